"""Words and JSON for where the household buys, its incentives and CO2 (shared by the CLI, the PDF and
the window, so they say the same thing)."""

from __future__ import annotations

from typing import Any

from buyer_app.core.costs.compare import Comparison, VehicleOutcome
from buyer_app.core.energy.co2 import ELECTRICITY_SOURCE, TAILPIPE_SOURCE, UPSTREAM_SOURCE, grid_kg_per_kwh
from buyer_app.core.household.choices import Tenure
from buyer_app.core.household.fields import Household
from buyer_app.core.household.state_fill import GridKind, field_origin, grid_basis
from buyer_app.core.incentives.catalogue import catalogue_notice, programs_for, utilities_for
from buyer_app.core.incentives.relevance import group_decisions
from buyer_app.core.incentives.rules import ReasonKind, purchase_day
from buyer_app.core.region.state_figures import REGIONAL_FIELDS
from buyer_app.text.choices import choice_label
from buyer_app.text.incentives import could_apply_text, decision_line, decision_source, distinct_names
from buyer_app.text.places import place_words as place_name
from buyer_app.text.translate import tr, trn
from buyer_app.text.wording import money

REGION_SHOWN = (
    "electricity_price",
    "gas_price",
    "sales_tax_rate",
    "bev_surcharge",
    "phev_surcharge",
    "hev_surcharge",
    "grid_co2_lb_per_mwh",
    "grid_loss",
)


def grid_description(h: Household) -> str:
    """Which grid the electricity CO2 stands for: 'Colorado grid: RMPA', 'US average grid (eGRID2023)'."""
    grid = grid_basis(h)
    if grid.kind is GridKind.STATE:
        if not grid.subregion:
            return tr("{state} grid").format(state=place_name(grid.state))
        return tr("{state} grid: {subregion}").format(state=place_name(grid.state), subregion=grid.subregion)
    if grid.kind is GridKind.US_AVERAGE:
        return tr("US average grid (eGRID2023)")
    return tr("your grid figure")


def region_json(h: Household) -> dict[str, Any]:
    """The state, purchase date and each regional figure with its origin, source and date."""
    return {
        "state": h.state,
        "state_name": place_name(h.state),
        "purchase_date": purchase_day(h).isoformat(),
        "purchase_date_given": bool(h.purchase_date),
        "utility": h.utility or None,
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
        "tailpipe": v.co2.tailpipe,
        "electricity": v.co2.electricity,
        "upstream": v.co2.upstream,
        "lifetime_kg": {
            "tailpipe": round(sum(v.co2.tailpipe), 1),
            "electricity": round(sum(v.co2.electricity), 1),
            "upstream": round(sum(v.co2.upstream), 1),
            "total": round(v.co2.lifetime_kg, 1),
        },
        "grid_kg_per_kwh": round(grid_kg_per_kwh(h.grid_co2_lb_per_mwh, h.grid_loss), 4),
        "grid": grid_description(h),
    }


def co2_assumptions() -> list[dict[str, Any]]:
    return [
        {"field": "co2_tailpipe", "value": "EPA g/mi per vehicle", "unit": "", "source": TAILPIPE_SOURCE, "as_of": "2025"},
        {"field": "co2_upstream", "value": "GREET well to tank", "unit": "", "source": UPSTREAM_SOURCE, "as_of": "2024"},
        {"field": "co2_electricity", "value": "eGRID2023", "unit": "", "source": ELECTRICITY_SOURCE, "as_of": "2025-01"},
    ]


def region_text(h: Household) -> list[str]:
    """Lines naming the state, date and regional figures with where each comes from."""
    day = purchase_day(h)
    lines = [
        tr("Where and when: {state}, buying on {day}").format(state=place_name(h.state), day=day.isoformat())
        + ("" if h.purchase_date else tr(" (today)"))
        + (tr(", utility {}").format(h.utility) if h.utility else "")
    ]
    for name in REGION_SHOWN:
        o = field_origin(h, name)
        value = getattr(h, name)
        shown = f"{value:.2%}" if name in ("sales_tax_rate", "grid_loss") else f"{value:,.4g}"
        lines.append(f"  {name}: {shown} — {o.origin}: {o.source}" + (f" ({o.as_of})" if o.as_of else ""))
    return lines


def incentives_text(c: Comparison) -> list[str]:
    """Each vehicle's incentives, most useful first: what applies (+), what could apply if something changed (?,
    with what would make it count), the programs of single utilities and of towns in one line each, and the other
    programs (ended, for other households, already covered) as a count."""
    h = c.household
    out = ["\n" + tr("Incentives on {day} in {state}").format(day=purchase_day(h).isoformat(), state=place_name(h.state))]
    for v in c.vehicles:
        groups = group_decisions(v.incentives)
        out.append(
            "  "
            + tr("{label}{used}: {amount} applied").format(
                label=v.label, used=tr(" (used)") if v.used else "", amount=money(groups.applied_total)
            )
        )
        if not v.incentives:
            out.append(f"    {no_incentive_line(h)}")
        names = dict(zip(map(id, v.incentives), distinct_names(v.incentives), strict=True))
        for d in groups.applies:
            out.append(f"    + {decision_line(d, names[id(d)])}")
            out.append(f"        {decision_source(d)}")
        for d in groups.could_apply:
            out.append(
                "    ? "
                + tr("{line}; it would count {could}").format(line=decision_line(d, names[id(d)]), could=could_apply_text(d))
            )
            out.append(f"        {decision_source(d)}")
        if groups.utility_programs:
            offered = sorted({d.offered_by for d in groups.utility_programs})
            out.append(
                "    ? "
                + tr(
                    "{count} programs only for customers of one utility each ({names}): give yours with "
                    "--utility ID (`buyer-app incentives --state XX --utilities`)"
                ).format(count=len(groups.utility_programs), names=", ".join(offered))
            )
        if groups.local_programs:
            offered = sorted({d.offered_by for d in groups.local_programs})
            out.append(
                "    ? "
                + tr(
                    "{count} local programs the app cannot check from a state ({names}): add one with --incentive if you qualify"
                ).format(count=len(groups.local_programs), names=", ".join(offered))
            )
        if groups.not_for_you:
            ended = sum(1 for d in groups.not_for_you if d.reason is not None and d.reason.kind is ReasonKind.ENDED)
            out.append(
                "    - "
                + trn(
                    "{count} other program does not apply ({ended} ended; otherwise paused, for other households or "
                    "already covered): --json lists it with its reason",
                    "{count} other programs do not apply ({ended} ended; the rest paused, for other households or "
                    "already covered): --json lists each with its reason",
                    len(groups.not_for_you),
                ).format(count=len(groups.not_for_you), ended=ended)
            )
    return out


def co2_text(c: Comparison) -> list[str]:
    h = c.household
    out = [
        "\n"
        + tr("CO2 over {years} years (kg; {grid}, {kg:.3f} kg/kWh with grid losses)").format(
            years=h.years, grid=grid_description(h), kg=grid_kg_per_kwh(h.grid_co2_lb_per_mwh, h.grid_loss)
        )
    ]
    for v in c.vehicles:
        assert v.co2 is not None
        out.append(
            "  "
            + tr(
                "{label}: tailpipe {tailpipe:,.0f}, electricity {electricity:,.0f}, upstream fuel "
                "{upstream:,.0f}; total {tonnes:,.1f} t"
            ).format(
                label=v.label,
                tailpipe=sum(v.co2.tailpipe),
                electricity=sum(v.co2.electricity),
                upstream=sum(v.co2.upstream),
                tonnes=v.co2.lifetime_kg / 1000,
            )
        )
    return out


FEDERAL_VEHICLE_CREDITS = (("US-30D", "30D"), ("US-25E", "25E"), ("US-45W", "45W"))
FEDERAL_CHARGER_CREDIT = ("US-30C", "30C")


def federal_sentence() -> str:
    """One sentence: when the federal credits ended (dates read from the catalogue) and what is never counted."""
    ends = {p.id: p.end for p in programs_for("US")}
    vehicle: dict[str, list[str]] = {}
    for pid, code in FEDERAL_VEHICLE_CREDITS:
        if ends.get(pid):
            vehicle.setdefault(str(ends[pid]), []).append(code)
    parts = [tr("{codes} ended {end}").format(codes="/".join(codes), end=end) for end, codes in vehicle.items()]
    charger_end = ends.get(FEDERAL_CHARGER_CREDIT[0])
    if charger_end:
        parts.append(tr("{code} ended for chargers after {end}").format(code=FEDERAL_CHARGER_CREDIT[1], end=charger_end))
    federal = tr("The federal credits {}; ").format(tr(" and ").join(parts)) if parts else ""
    return federal + tr(
        "programs the app cannot check (limited to an area, or with an income table it cannot read) are listed but never counted."
    )


def catalogue_provenance() -> str:
    notice = catalogue_notice()
    return (notice + " " if notice else "") + tr(
        "Plus curated entries typed from public pages (the federal credits and "
        "state programs whose rules the imported data lacks), each naming its page and when it was last checked."
    )


def place(h: Household) -> str:
    """Where the incentives are decided: the state's name, or the federal programs alone when none is chosen."""
    return place_name(h.state) if h.state != "US" else tr("the US (no state chosen: federal programs only)")


def no_incentive_line(h: Household) -> str:
    return tr("No incentive in the catalogue for this vehicle in {place} on {day}.").format(
        place=place(h), day=purchase_day(h).isoformat()
    )


def utility_text(h: Household) -> str:
    if not h.utility:
        return tr("not set: utility programs are listed but not counted")
    names = dict(utilities_for(h.state))
    return f"{names[h.utility]} ({h.utility})" if h.utility in names else h.utility


def income_text(h: Household) -> str:
    home = tr("you own your home") if h.tenure == Tenure.OWN else tr("you rent your home")
    if h.income <= 0:
        return tr("income not given: programs with an income limit are not counted; {home}").format(home=home)
    people = trn("{} person", "{} people", h.household_size).format(h.household_size)
    return tr("{income} a year, {status}, {people}; {home}").format(
        income=money(h.income), status=choice_label("filing_status", h.filing_status), people=people, home=home
    )


def origin_tag(h: Household, name: str) -> str:
    """A short note of where a figure comes from: '(Colorado, 2023)', '(your figure)' or '(app default, 2025)'."""
    o = field_origin(h, name)
    if o.origin == "state":
        return f"({place_name(h.state)}, {o.as_of})" if o.as_of else f"({place_name(h.state)})"
    if o.origin == "yours":
        return tr("(your figure)")
    return tr("(app default, {})").format(o.as_of) if o.as_of else tr("(app default)")


def fees_text(h: Household) -> str:
    return tr("EV {bev}, plug-in hybrid {phev}, hybrid {hev} a year over a gasoline car {origin}").format(
        bev=money(h.bev_surcharge),
        phev=money(h.phev_surcharge),
        hev=money(h.hev_surcharge),
        origin=origin_tag(h, "bev_surcharge"),
    )


def grid_text(h: Household) -> str:
    return tr("{lb:,.0f} lb/MWh, {grid}; {loss:.1%} grid losses: {kg:.3f} kg per kWh at the meter {origin}").format(
        lb=h.grid_co2_lb_per_mwh,
        grid=grid_description(h),
        loss=h.grid_loss,
        kg=grid_kg_per_kwh(h.grid_co2_lb_per_mwh, h.grid_loss),
        origin=origin_tag(h, "grid_co2_lb_per_mwh"),
    )
