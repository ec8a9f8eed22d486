"""Plain-language sentences about a comparison, shared by the command line, the window and the PDF."""

from __future__ import annotations

from buyer_app.core.costs.compare import Comparison
from buyer_app.text.charging import charging_note
from buyer_app.text.currency import CURRENCY_SYMBOLS as CURRENCY_SYMBOLS
from buyer_app.text.currency import money as money
from buyer_app.text.currency import money_compact as money_compact
from buyer_app.text.translate import tr, trn
from buyer_app.text.units import US_DISPLAY, Display


def years_text(value: float) -> str:
    """'2 years 3 months', '1 year', '7 months', or 'at once'."""
    whole = int(value)
    months = round((value - whole) * 12)
    if months == 12:
        whole, months = whole + 1, 0
    parts = []
    if whole:
        parts.append(trn("{} year", "{} years", whole).format(whole))
    if months:
        parts.append(trn("{} month", "{} months", months).format(months))
    return " ".join(parts) or tr("at once")


def after_text(value: float) -> str:
    """'after 2 years 3 months', or 'at once' for a break-even at purchase."""
    text = years_text(value)
    return text if text == tr("at once") else tr("after {}").format(text)


def verdict(c: Comparison, display: Display = US_DISPLAY) -> str:
    """One plain sentence: the two cheapest priced vehicles, and when the dearer-to-buy one catches up (amounts in
    the display's currency)."""
    currency = display.currency
    years = c.household.years
    if len(c.vehicles) == 1:
        v = c.vehicles[0]
        if v.price is None:  # its running costs alone are not what it costs
            return tr("The {label} needs a price before its total can be shown.").format(label=v.label)
        return tr("Over {years} years the {label} costs {total} in all.").format(
            years=years, label=v.label, total=money(v.total_cost, currency=currency)
        )
    priced = [(k, v) for k, v in enumerate(c.vehicles) if v.price is not None]
    if len(priced) < 2:
        missing = tr(" and the ").join(v.label for v in c.vehicles if v.price is None)
        return tr("A price is missing for the {missing}, so the totals are not comparable yet.").format(missing=missing)
    (i, cheap), (j, dear) = sorted(priced, key=lambda kv: kv[1].total_cost)[:2]
    if cheap.total_cost == dear.total_cost:
        return tr("Over {years} years the {cheap} and the {dear} cost the same.").format(
            years=years, cheap=cheap.label, dear=dear.label
        )
    sentence = tr("Over {years} years the {cheap} costs {less} less than the {dear}").format(
        years=years, cheap=cheap.label, less=money(dear.total_cost - cheap.total_cost, currency=currency), dear=dear.label
    )
    pair = next(b for b in c.break_even if {b.a, b.b} == {cheap.id, dear.id})
    if pair.year is not None and c.result.upfront[i] > c.result.upfront[j]:
        sentence += tr(
            "; it costs more to buy, and is the cheaper one to have owned after {when} (counting what each would sell for then)"
        ).format(when=years_text(pair.year))
    return sentence + tr(".")


def charging_notes(c: Comparison | None, display: Display = US_DISPLAY) -> str:
    """One line per plug-in vehicle on range and charging, plus what the long trips cost each vehicle (distances
    and amounts as the display shows them)."""
    if c is None:
        return ""
    notes = [(v.label, charging_note(v.charging, display)) for v in c.vehicles if v.charging]
    lines = [f"{label}: {note}" for label, note in notes if note]
    trips = [v for v in c.vehicles if v.trips]
    if trips and c.year is not None:
        costs = "; ".join(f"{v.label} {money(v.trips.energy_cost, currency=display.currency)}" for v in trips if v.trips)
        lines.append(
            tr("Energy for your long-trip days ({days} days, first year): {costs}.").format(days=c.year.trip_days, costs=costs)
        )
    return "\n".join(lines)
