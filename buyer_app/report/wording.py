"""Plain-language sentences about a comparison, shared by the command line, the window and the PDF."""

from __future__ import annotations

from buyer_app.core.compare import Comparison


def money(value: float | None, cents: bool = False) -> str:
    if value is None or value != value:
        return "—"
    sign = "-" if value < 0 else ""
    return f"{sign}${abs(value):,.2f}" if cents else f"{sign}${abs(value):,.0f}"


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


def verdict(c: Comparison) -> str:
    """One plain sentence on the first two vehicles."""
    if len(c.vehicles) < 2:
        v = c.vehicles[0]
        return f"Over {c.household.years} years the {v.label} costs {money(v.total_cost)} in all."
    a, b = c.vehicles[0], c.vehicles[1]
    pair = c.break_even[0]
    if pair.reason == "price unknown":
        missing = [v.label for v in (a, b) if v.price is None]
        return f"A price is missing for the {' and the '.join(missing)}, so the totals are not comparable yet."
    if a.total_cost == b.total_cost:
        return f"Over {c.household.years} years the two cost the same."
    cheap, dear = (a, b) if a.total_cost < b.total_cost else (b, a)
    sentence = (f"Over {c.household.years} years the {cheap.label} costs "
                f"{money(dear.total_cost - cheap.total_cost)} less than the {dear.label}")
    if pair.year is not None:
        payer = a if c.result.upfront[0] > c.result.upfront[1] else b
        sentence += f"; the {payer.label} pays back its higher price after {years_text(pair.year)}"
    elif cheap is (a if c.result.upfront[0] > c.result.upfront[1] else b):
        sentence += ", but only once its higher resale value is counted at the end"
    return sentence + "."
