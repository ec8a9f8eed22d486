"""The answer for each vehicle on the summary's first page, in words: its total and a month, how it stands against
the cheapest, its range and its charging in one line each, and a printed name that never runs over two lines."""

from __future__ import annotations

from dataclasses import dataclass

from buyer_app.core.costs.compare import Comparison, VehicleOutcome
from buyer_app.text.charging import charging_note
from buyer_app.text.choices import powertrain_label
from buyer_app.text.units import US_DISPLAY, Display, distance
from buyer_app.text.wording import money, years_text

NAME_CHARS = 54  # a name longer than this may wrap over more than two lines of its column: shortened, with a key
KEYS = "*†‡§"  # the marks of shortened names, in order (at most four vehicles on the summary's first page)


@dataclass(frozen=True)
class Answer:
    """One vehicle's row on the first page (plain text, not yet escaped)."""

    name: str  # as printed: the label, or its shortened form followed by its key
    kind: str  # "Battery electric, your price $48,990"
    total: str  # "$50,059", or "enter a price"
    per_month: str  # "$417", or "—"
    standing: str  # "cheapest; cheaper from day one" / "pays back its higher price in 3 years" / "costs $4,210 more"
    range_line: str  # "" unless a plug-in
    charging_line: str  # "" unless a plug-in
    priced: bool


def printed_names(labels: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """Each label as printed, and the key of those shortened: (mark, full label). A label longer than `NAME_CHARS`
    is cut at a word (make, model and the start of the trim kept) and marked."""
    names: list[str] = []
    key: list[tuple[str, str]] = []
    for label in labels:
        if len(label) <= NAME_CHARS:
            names.append(label)
            continue
        mark = KEYS[len(key) % len(KEYS)] * (1 + len(key) // len(KEYS))
        cut = label[: NAME_CHARS - 2].rsplit(" ", 1)[0]
        names.append(f"{cut}… {mark}")
        key.append((mark, label))
    return names, key


def _price_words(v: VehicleOutcome, currency: str, priced: bool) -> str:
    kind = v.price_basis.kind
    if kind == "quote":
        return f"your price {money(v.price, currency=currency)}"
    if kind == "msrp":
        return f"base price {money(v.price, currency=currency)} (MSRP)"
    return "leased on your terms" if priced else "no price yet"


def _kind(v: VehicleOutcome, currency: str, priced: bool) -> str:
    kind = powertrain_label(v.powertrain).split(" (")[0]
    return f"{kind}{', used' if v.used else ''}; {_price_words(v, currency, priced)}"


def _standings(c: Comparison, currency: str) -> list[str]:
    """How each vehicle stands against the cheapest priced one over the years owned."""
    priced = [k for k, v in enumerate(c.vehicles) if c.result.price_known[k]]
    out = ["no price yet, so not compared" if not c.result.price_known[k] else "" for k in range(len(c.vehicles))]
    if len(priced) == 1 and len(c.vehicles) > 1:
        out[priced[0]] = "the only one with a price yet"
    if len(priced) < 2:
        return out
    best = min(priced, key=lambda k: c.vehicles[k].total_cost)
    winner = c.vehicles[best]
    years = c.household.years
    paybacks = []
    for k in priced:
        if k == best:
            continue
        v = c.vehicles[k]
        extra = v.total_cost - winner.total_cost
        out[k] = f"costs {money(extra, currency=currency)} more over {years} years" if extra >= 0.5 else "costs the same"
        pair = next(b for b in c.break_even if {b.a, b.b} == {winner.id, v.id})
        if pair.year is not None:
            paybacks.append(pair.year)
    if not paybacks:
        out[best] = "the cheapest; cheaper from day one"
    else:
        out[best] = f"the cheapest; pays back its higher price in {years_text(max(paybacks))}"
    return out


def _range_line(v: VehicleOutcome, display: Display) -> str:
    ch = v.charging
    if ch is None:
        return ""
    if v.powertrain == "phev":
        electric = distance(v.electric_range_mi, display, grouping=False) if v.electric_range_mi else "unknown"
        total = f", {distance(v.range_mi, display, grouping=False)} with gasoline" if v.range_mi else ""
        return f"{electric} on electricity (EPA){total}"
    if not v.range_mi:
        return "range unknown"
    winter = f"; about {distance(ch.winter_range_mi, display, grouping=False)} in {ch.winter_month}" if ch.winter_range_mi else ""
    return f"{distance(v.range_mi, display, grouping=False)} on the EPA label{winter}"


def _charging_line(v: VehicleOutcome, display: Display) -> str:
    ch = v.charging
    if ch is None:
        return ""
    note = charging_note(ch, display)
    first = note.split(". ")[0].rstrip(".") if note else ""
    public = ch.energy_cost_by_source.get("public", 0.0)
    spend = f"public charging about {money(public, currency=display.currency)} a year" if public >= 0.5 else "no public charging"
    return f"{first}; {spend}." if first else f"{spend[0].upper()}{spend[1:]}."


def answers(c: Comparison, display: Display = US_DISPLAY) -> tuple[list[Answer], list[tuple[str, str]]]:
    """Each vehicle's answer in the comparison's order, and the key of the shortened names."""
    currency = display.currency
    names, key = printed_names([v.label + (" (used)" if v.used else "") for v in c.vehicles])
    months = c.household.years * 12
    standings = _standings(c, currency)
    rows = []
    for k, v in enumerate(c.vehicles):
        priced = bool(c.result.price_known[k])
        rows.append(
            Answer(
                name=names[k],
                kind=_kind(v, currency, priced),
                total=money(v.total_cost, currency=currency) if priced else "enter a price",
                per_month=money(v.total_cost / months, currency=currency) if priced else "—",
                standing=standings[k],
                range_line=_range_line(v, display),
                charging_line=_charging_line(v, display),
                priced=priced,
            )
        )
    return rows, key
