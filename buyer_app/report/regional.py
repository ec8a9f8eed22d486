"""Words and JSON for where the household buys, its incentives and CO2 (shared by the CLI, the PDF and
the window, so they say the same thing)."""

from __future__ import annotations

from typing import Any

from buyer_app.core.co2 import ELECTRICITY_SOURCE, TAILPIPE_SOURCE, UPSTREAM_SOURCE, grid_kg_per_kwh
from buyer_app.core.compare import Comparison, VehicleOutcome
from buyer_app.core.household import Household
from buyer_app.core.household_region import field_origin, grid_description
from buyer_app.core.incentives import Decision, purchase_day
from buyer_app.core.regional import REGIONAL_FIELDS, STATE_NAMES
from buyer_app.report.wording import money

REGION_SHOWN = ("electricity_price", "gas_price", "sales_tax_rate", "bev_surcharge", "phev_surcharge", "hev_surcharge",
                "grid_co2_lb_per_mwh", "grid_loss")


def region_json(h: Household) -> dict[str, Any]:
    """The state, purchase date and each regional figure with its origin, source and date."""
    return {
        "state": h.state, "state_name": STATE_NAMES[h.state], "purchase_date": purchase_day(h).isoformat(),
        "purchase_date_given": bool(h.purchase_date), "utility": h.utility or None,
        "grid": grid_description(h),
        "figures": {name: {"value": getattr(h, name), **origin_json(h, name)} for name in REGIONAL_FIELDS},
    }


def origin_json(h: Household, name: str) -> dict[str, str]:
    o = field_origin(h, name)
    return {"origin": o.origin, "source": o.source, "as_of": o.as_of, "note": o.note}


def co2_json(v: VehicleOutcome, h: Household) -> dict[str, Any]:
    """Per-year kg CO2 by part, lifetime totals and the factors used."""
    assert v.co2 is not None
    return {
        "unit": "kg per year",
        "tailpipe": v.co2.tailpipe, "electricity": v.co2.electricity, "upstream": v.co2.upstream,
        "lifetime_kg": {"tailpipe": round(sum(v.co2.tailpipe), 1), "electricity": round(sum(v.co2.electricity), 1),
                        "upstream": round(sum(v.co2.upstream), 1), "total": round(v.co2.lifetime_kg, 1)},
        "grid_kg_per_kwh": round(grid_kg_per_kwh(h.grid_co2_lb_per_mwh, h.grid_loss), 4),
        "grid": grid_description(h),
    }


def co2_assumptions() -> list[dict[str, Any]]:
    return [{"field": "co2_tailpipe", "value": "EPA g/mi per vehicle", "unit": "", "source": TAILPIPE_SOURCE, "as_of": "2025"},
            {"field": "co2_upstream", "value": "GREET well to tank", "unit": "", "source": UPSTREAM_SOURCE, "as_of": "2024"},
            {"field": "co2_electricity", "value": "eGRID2023", "unit": "", "source": ELECTRICITY_SOURCE, "as_of": "2025-01"}]


def decision_line(d: Decision) -> str:
    """One incentive in a sentence: applied with its amount and timing, or why not."""
    who = d.offered_by if d.level != "custom" else "your own entry"
    if d.applied:
        return f"{d.name} ({who}): {money(d.amount)}, paid {d.when_paid}"
    return f"{d.name} ({who}): not applied — {d.reason}"


def decision_source(d: Decision) -> str:
    if d.level == "custom":
        return "entered by you"
    return f"{d.dates}; source {d.source}; last checked {d.checked}"


def region_text(h: Household) -> list[str]:
    """Lines naming the state, date and regional figures with where each comes from."""
    day = purchase_day(h)
    lines = [f"Where and when: {STATE_NAMES[h.state]}, buying on {day.isoformat()}"
             + ("" if h.purchase_date else " (today)") + (f", utility {h.utility}" if h.utility else "")]
    for name in REGION_SHOWN:
        o = field_origin(h, name)
        value = getattr(h, name)
        shown = f"{value:.2%}" if name in ("sales_tax_rate", "grid_loss") else f"{value:,.4g}"
        lines.append(f"  {name}: {shown} — {o.origin}: {o.source}" + (f" ({o.as_of})" if o.as_of else ""))
    return lines


def incentives_text(c: Comparison) -> list[str]:
    out = ["\nIncentives on " + purchase_day(c.household).isoformat() + f" in {STATE_NAMES[c.household.state]}"]
    for v in c.vehicles:
        applied = [d for d in v.incentives if d.applied]
        out.append(f"  {v.label}{' (used)' if v.used else ''}: {money(sum(d.amount for d in applied))} applied")
        for d in v.incentives:
            out.append(f"    {'+' if d.applied else '-'} {decision_line(d)}")
            out.append(f"        {decision_source(d)}")
    return out


def co2_text(c: Comparison) -> list[str]:
    years = c.household.years
    out = [f"\nCO2 over {years} years (kg; {grid_description(c.household)}, "
           f"{grid_kg_per_kwh(c.household.grid_co2_lb_per_mwh, c.household.grid_loss):.3f} kg/kWh with grid losses)"]
    for v in c.vehicles:
        assert v.co2 is not None
        out.append(f"  {v.label}: tailpipe {sum(v.co2.tailpipe):,.0f}, electricity {sum(v.co2.electricity):,.0f}, "
                   f"upstream fuel {sum(v.co2.upstream):,.0f}; total {v.co2.lifetime_kg / 1000:,.1f} t")
    return out
