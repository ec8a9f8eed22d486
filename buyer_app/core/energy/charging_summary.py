"""What the household's driving and charging mean for each vehicle, in figures (the plain-language note is
written from them by `buyer_app.text.charging`).

Built from the day-by-day year of day_model.py: how many days home charging covers, public and DC
fast charging over the year (and in each month), what long trips add in stops, hours and money, the
cost split by where the car charges, a plug-in hybrid's electric share beside EPA's utility factor,
and the range in the warmest and coldest month against the household's longest regular day.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from buyer_app.core.driving.patterns import DrivingYear
from buyer_app.core.energy.day_model import HOME, PUBLIC_DC, PUBLIC_L2, RELATIVE, WORK, EnergyYear, home_kw
from buyer_app.core.household.calendar import home_level
from buyer_app.core.household.choices import HomeCharging
from buyer_app.core.household.fields import Household
from buyer_app.core.region.climate import MONTH_NAMES
from buyer_app.core.vehicles.dc_charging import LEVEL1_KW, ac_hours, parse_curve

DAYS_IN_MONTH = np.array([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], dtype=float)


@dataclass(frozen=True)
class Monthly:
    """Per-month figures, January first."""

    coverage: list[float]  # share of the month's days done on home charging alone (no public charge)
    public_days: list[float]
    dc_stops: list[float]
    range_mi: list[float]  # full range in that month's climate


@dataclass(frozen=True)
class ChargingNoteFacts:
    """What the charging note needs beyond the summary's figures."""

    is_bev: bool  # a battery-electric car (else a plug-in hybrid)
    road_trips: int  # the driving pattern's road trips a year
    relative_nights: int = 0  # nights a week at a relative's plug (charging calendar)
    home_nights: int = 7  # nights a week plugged in at home (7 without a calendar that says otherwise)


@dataclass(frozen=True)
class ChargingSummary:
    """Charging facts for one plug-in vehicle (None where the database lacks the spec)."""

    battery_kwh: float | None
    dc_max_kw: float | None
    ac_max_kw: float | None
    connector: str
    spec_source: str
    dc_10_80_minutes: float | None
    dc_curve: str  # which curve the DC time uses: the database's dc_curve_source ("measured curve (...)" / "generic ...")
    level2_10_100_hours: float | None
    level1_10_100_hours: float | None
    epa_240v_hours: float | None
    home_charging: str
    home_plugged_hours_per_week: float | None
    share_days_home_only: float | None
    public_charge_days: float
    dc_fast_stops: float
    dc_fast_hours: float | None
    public_level2_sessions: float
    trip_dc_stops: float
    trip_dc_hours: float | None
    energy_cost_by_source: dict[str, float]  # home, work, public, relative (USD a year)
    public_charging_cost_year_usd: float  # what public charging costs a year (Level 2 and DC fast, fees included)
    kwh_by_source: dict[str, float]
    electric_share_of_miles: float | None
    epa_utility_factor: float | None
    summer_range_mi: float | None
    winter_range_mi: float | None
    winter_month: str
    longest_regular_day_mi: float
    winter_range_covers_longest_day: bool | None
    monthly: Monthly
    note_facts: ChargingNoteFacts


def _num(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) and number > 0 else None


def _r(value: float | None, digits: int = 1) -> float | None:
    return None if value is None or not math.isfinite(value) else round(float(value), digits)


def charging_summary(
    row: Any, k: int, energy: EnergyYear, year: DrivingYear, h: Household, dc_minutes: float | None
) -> ChargingSummary:
    """Summary for vehicle `k` of `energy` (a BEV or PHEV row of the vehicle table); `dc_minutes` is its
    10-80% DC fast session time (None when unknown)."""
    battery, dc_kw, ac_kw = _num(row["battery_kwh"]), _num(row["dc_max_kw"]), _num(row["ac_max_kw"])
    curve = parse_curve(str(row["dc_curve"] or ""))
    dc_minutes = _num(dc_minutes)
    l2_hours = ac_hours(battery, ac_kw or h.home_charger_kw, h.home_charger_kw) if battery else None
    l1_hours = ac_hours(battery, ac_kw or LEVEL1_KW, LEVEL1_KW) if battery else None
    is_bev = row["powertrain"] == "bev"
    month_range = energy.range_month[k]
    range_known = bool(np.isfinite(month_range).all())
    coldest = int(np.nanargmin(month_range)) if range_known else int(np.argmax(energy.kwh_per_mile_month[k]))
    usable_winter = float(month_range[coldest]) * (1 - (h.charge_reserve if is_bev else 0.0)) if range_known else None
    longest = year.longest_regular_day()
    power = float(home_kw(h, np.array([ac_kw or np.nan]))[0])
    plugged = float(energy.home_kwh_bought[k]) / power / 52.0 if power else None
    by_source = energy.cost_by_source[k]
    kwh = energy.kwh_by_source[k]
    dc_stops = float(energy.dc_sessions[k].sum())
    dc_hours = None if math.isnan(energy.dc_minutes[k]) else float(energy.dc_minutes[k]) / 60.0
    trip_stops = float(energy.trip_dc_sessions[k])
    per_stop = (dc_minutes or 0.0) / 60.0
    trip_hours = trip_stops * per_stop if dc_minutes else None
    home_days = energy.home_only_days[k]
    share_home = float(home_days.sum() / 365.0) if range_known else None
    electric_share = float(energy.electric_miles[k] / energy.miles) if (not is_bev and energy.miles > 0) else None
    return ChargingSummary(
        battery_kwh=battery,
        dc_max_kw=dc_kw,
        ac_max_kw=ac_kw,
        connector=str(row["connector"] or ""),
        spec_source=str(row["spec_source"] or ""),
        dc_10_80_minutes=_r(dc_minutes),
        dc_curve=""
        if dc_minutes is None
        else (str(row.get("dc_curve_source") or "") or ("measured curve (Chargeprice 2021)" if curve else "generic taper")),
        level2_10_100_hours=_r(l2_hours, 2),
        level1_10_100_hours=_r(l1_hours, 1),
        epa_240v_hours=_num(row["charge_240v_h"]),
        home_charging=home_level(h.home_charging, h.charging_calendar),
        home_plugged_hours_per_week=_r(plugged, 2),
        share_days_home_only=_r(share_home, 4),
        public_charge_days=float(energy.public_days[k].sum()),
        dc_fast_stops=dc_stops,
        dc_fast_hours=_r(dc_hours, 2),
        public_level2_sessions=float(energy.l2_sessions[k].sum()),
        trip_dc_stops=trip_stops,
        trip_dc_hours=_r(trip_hours, 2),
        energy_cost_by_source={
            "home": round(float(by_source[HOME]), 2),
            "work": round(float(by_source[WORK]), 2),
            "public": round(float(by_source[PUBLIC_L2] + by_source[PUBLIC_DC]), 2),
            "relative": round(float(by_source[RELATIVE]), 2),
        },
        public_charging_cost_year_usd=round(float(by_source[PUBLIC_L2] + by_source[PUBLIC_DC]), 2),
        kwh_by_source={
            "home": round(float(kwh[HOME]), 1),
            "work": round(float(kwh[WORK]), 1),
            "public": round(float(kwh[PUBLIC_L2] + kwh[PUBLIC_DC]), 1),
            "relative": round(float(kwh[RELATIVE]), 1),
        },
        electric_share_of_miles=_r(electric_share, 3),
        epa_utility_factor=_num(row["uf_comb"]),
        summer_range_mi=_r(float(np.nanmax(month_range))) if range_known else None,
        winter_range_mi=_r(float(month_range[coldest])) if range_known else None,
        winter_month=MONTH_NAMES[coldest],
        longest_regular_day_mi=round(longest, 1),
        winter_range_covers_longest_day=None if usable_winter is None else bool(usable_winter >= longest),
        monthly=Monthly(
            coverage=[round(float(x), 4) for x in home_days / DAYS_IN_MONTH],
            public_days=energy.public_days[k].tolist(),
            dc_stops=energy.dc_sessions[k].tolist(),
            range_mi=[round(float(x), 1) for x in np.nan_to_num(month_range)],
        ),
        note_facts=ChargingNoteFacts(
            is_bev=bool(is_bev),
            road_trips=int(year.trip_count),
            relative_nights=0 if h.charging_calendar is None else h.charging_calendar.relative_nights,
            home_nights=(7 if h.home_charging != HomeCharging.NONE else 0)
            if h.charging_calendar is None
            else h.charging_calendar.home_nights,
        ),
    )
