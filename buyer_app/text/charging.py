"""The plain-language charging note of a plug-in vehicle, and its `charging` block of `compare --json`."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from buyer_app.core.energy.charging_summary import ChargingSummary
from buyer_app.core.household.choices import HomeCharging
from buyer_app.text.currency import money
from buyer_app.text.translate import tr, tr_noop, trn
from buyer_app.text.units import US_DISPLAY, Display, distance

# core.region.climate.MONTH_NAMES (the core makes no words), marked here for the catalogue: shown as tr(month)
MONTH_WORDS = (
    tr_noop("January"),
    tr_noop("February"),
    tr_noop("March"),
    tr_noop("April"),
    tr_noop("May"),
    tr_noop("June"),
    tr_noop("July"),
    tr_noop("August"),
    tr_noop("September"),
    tr_noop("October"),
    tr_noop("November"),
    tr_noop("December"),
)


def _bev_parts(s: ChargingSummary, display: Display) -> list[str]:
    parts = []
    no_home = s.home_charging == HomeCharging.NONE
    if s.share_days_home_only is None:
        parts.append(tr("Range unknown in the database, so daily coverage cannot be judged."))
    elif no_home:
        hours = tr(", about {:.0f} hours).").format(s.dc_fast_hours) if s.dc_fast_hours is not None else tr(").")
        relative = s.note_facts.relative_nights
        lead = (
            trn("Charging at a relative's {} night a week, it", "Charging at a relative's {} nights a week, it", relative).format(
                relative
            )
            if relative
            else tr("Without home charging, it")
        )
        parts.append(
            lead
            + tr(" needs a public charge on about {days:.0f} days a year ({stops:.0f} DC fast stops").format(
                days=s.public_charge_days, stops=s.dc_fast_stops
            )
            + hours
        )
    else:
        parts.append(tr("Covers {:.0%} of your days from home charging.").format(s.share_days_home_only))
    trips = s.note_facts.road_trips
    if trips and not no_home:
        count = trn("{} road trip", "{} road trips", trips).format(trips)
        hours = tr(", about {:.0f} hours a year").format(s.trip_dc_hours) if s.trip_dc_hours is not None else ""
        parts.append(
            tr("Your {trips} add about {stops:.0f} fast charging stops{hours}.").format(
                trips=count, stops=s.trip_dc_stops, hours=hours
            )
            if s.trip_dc_stops
            else tr("Your {trips} need no fast charging.").format(trips=count)
        )
    if s.public_charging_cost_year_usd >= 1:
        parts.append(tr("Public charging costs about {} a year.").format(money(s.public_charging_cost_year_usd)))
    january = s.monthly.dc_stops[0]
    if january:
        parts.append(
            (
                tr("In January it needs about {:.0f} fast-charging stop.")
                if january == 1
                else tr("In January it needs about {:.0f} fast-charging stops.")
            ).format(january)
        )
    if s.winter_range_covers_longest_day is False:
        parts.append(
            tr(
                "In {month} its usable range ({range} less the reserve) is shorter than your longest regular day ({longest})."
            ).format(
                month=tr(s.winter_month),
                range=distance(s.winter_range_mi or 0, display, grouping=False),
                longest=distance(s.longest_regular_day_mi, display, grouping=False),
            )
        )
    return parts


def _phev_parts(s: ChargingSummary, display: Display) -> list[str]:
    share, uf = s.electric_share_of_miles, s.epa_utility_factor
    if share is None:
        return []
    label = tr(" (EPA's label assumes {:.0%})").format(uf) if uf else ""
    if s.home_charging == HomeCharging.NONE and s.kwh_by_source["work"] == 0 and s.kwh_by_source["relative"] == 0:
        text = (
            tr("Without home charging it runs almost only on gasoline: {share:.0%} of your kilometres electric{label}.")
            if display.metric
            else tr("Without home charging it runs almost only on gasoline: {share:.0%} of your miles electric{label}.")
        )
        return [text.format(share=share, label=label)]
    text = (
        tr("About {share:.0%} of your kilometres would be electric{label}.")
        if display.metric
        else tr("About {share:.0%} of your miles would be electric{label}.")
    )
    return [text.format(share=share, label=label)]


def charging_note(s: ChargingSummary, display: Display = US_DISPLAY) -> str:
    """A sentence or two for one plug-in vehicle: how much home charging covers, road trips, January's fast
    stops and a winter range shorter than the longest day (a battery-electric car); the electric share of the
    miles against EPA's label (a plug-in hybrid). Empty when there is nothing to say. Distances as `display` shows
    them."""
    return " ".join(_bev_parts(s, display) if s.note_facts.is_bev else _phev_parts(s, display))


def charging_json(s: ChargingSummary) -> dict[str, Any]:
    """The `charging` block of a vehicle in `compare --json`: every figure, then the `note` (in US units, as the
    JSON's figures are)."""
    out = asdict(s)
    del out["note_facts"]
    out["note"] = charging_note(s)
    return out


def charging_note_parts(s: ChargingSummary, display: Display = US_DISPLAY) -> list[str]:
    """The sentences of `charging_note`, one by one (the answer cards say the first in their own line)."""
    return _bev_parts(s, display) if s.note_facts.is_bev else _phev_parts(s, display)
