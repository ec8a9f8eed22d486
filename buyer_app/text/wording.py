"""Plain-language sentences about a comparison, shared by the command line, the window and the PDF."""

from __future__ import annotations

from buyer_app.core.costs.compare import Comparison
from buyer_app.text.charging import charging_note

CURRENCY_SYMBOLS = {"USD": "$"}


def money(value: float | None, cents: bool = False, *, currency: str = "USD", digits: int | None = None) -> str:
    """The app's one money formatter: '$1,234', '-$5', '$0.15' (cents), '$0.146' (digits=3); '—' when unknown.

    A currency without a symbol here is written after the number ('1,234 EUR')."""
    if value is None or value != value:
        return "—"
    places = digits if digits is not None else (2 if cents else 0)
    sign = "-" if value < 0 else ""
    number = f"{abs(value):,.{places}f}"
    symbol = CURRENCY_SYMBOLS.get(currency)
    return f"{sign}{symbol}{number}" if symbol else f"{sign}{number} {currency}"


def years_text(value: float) -> str:
    whole = int(value)
    months = round((value - whole) * 12)
    if months == 12:
        whole, months = whole + 1, 0
    parts = []
    if whole:
        parts.append(f"{whole} year{'s' if whole != 1 else ''}")
    if months:
        parts.append(f"{months} month{'s' if months != 1 else ''}")
    return " ".join(parts) or "at once"


def after_text(value: float) -> str:
    """'after 2 years 3 months', or 'at once' for a break-even at purchase."""
    text = years_text(value)
    return text if text == "at once" else f"after {text}"


def verdict(c: Comparison) -> str:
    """One plain sentence: the two cheapest priced vehicles, and when the dearer-to-buy one catches up."""
    if len(c.vehicles) == 1:
        v = c.vehicles[0]
        return f"Over {c.household.years} years the {v.label} costs {money(v.total_cost)} in all."
    priced = [(k, v) for k, v in enumerate(c.vehicles) if v.price is not None]
    if len(priced) < 2:
        missing = [v.label for v in c.vehicles if v.price is None]
        return f"A price is missing for the {' and the '.join(missing)}, so the totals are not comparable yet."
    (i, cheap), (j, dear) = sorted(priced, key=lambda kv: kv[1].total_cost)[:2]
    if cheap.total_cost == dear.total_cost:
        return f"Over {c.household.years} years the {cheap.label} and the {dear.label} cost the same."
    sentence = (f"Over {c.household.years} years the {cheap.label} costs "
                f"{money(dear.total_cost - cheap.total_cost)} less than the {dear.label}")
    pair = next(b for b in c.break_even if {b.a, b.b} == {cheap.id, dear.id})
    if pair.year is not None and c.result.upfront[i] > c.result.upfront[j]:
        sentence += (f"; it costs more to buy, and is the cheaper one to have owned after "
                     f"{years_text(pair.year)} (counting what each would sell for then)")
    return sentence + "."


def charging_notes(c: Comparison | None) -> str:
    """One line per plug-in vehicle on range and charging, plus what the long trips cost each vehicle."""
    if c is None:
        return ""
    notes = [(v.label, charging_note(v.charging)) for v in c.vehicles if v.charging]
    lines = [f"{label}: {note}" for label, note in notes if note]
    trips = [v for v in c.vehicles if v.trips]
    if trips and c.year is not None:
        costs = "; ".join(f"{v.label} {money(v.trips.energy_cost)}" for v in trips if v.trips)
        lines.append(f"Energy for your long-trip days ({c.year.trip_days} days, first year): {costs}.")
    return "\n".join(lines)
