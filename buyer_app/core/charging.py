"""What charging means for one plug-in vehicle and one household (the start of the range-and-charging
model: until the household describes its driving pattern, every day is the annual miles / 365)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from buyer_app.core.charging_time import (
    DEFAULT_LEVEL2_KW,
    ac_hours,
    dc_session_minutes,
    parse_curve,
    weekly_plugged_hours,
)
from buyer_app.core.driving import coverage

RESERVE = 0.10  # share of range kept in reserve when judging a day (issue 4: default 10%)


@dataclass(frozen=True)
class ChargingSummary:
    """Charging facts for one plug-in vehicle (NaN / None where the database lacks the spec)."""

    battery_kwh: float | None
    dc_max_kw: float | None
    ac_max_kw: float | None
    connector: str
    spec_source: str
    dc_10_80_minutes: float | None
    dc_curve: str  # "vehicle curve" or "generic taper"
    level2_10_100_hours: float | None
    epa_240v_hours: float | None
    home_plugged_hours_per_week: float | None
    share_days_home_only: float | None
    electric_share_of_miles: float | None
    epa_utility_factor: float | None


def _num(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) and number > 0 else None


def charging_summary(row: Any, kwh_per_year: float, annual_miles: float,
                     level2_kw: float = DEFAULT_LEVEL2_KW) -> ChargingSummary:
    """Summary for a vehicle table row (BEV or PHEV) at the household's energy use."""
    battery, dc_kw, ac_kw = _num(row["battery_kwh"]), _num(row["dc_max_kw"]), _num(row["ac_max_kw"])
    curve = parse_curve(str(row["dc_curve"] or ""))
    dc_minutes = dc_session_minutes(battery, dc_kw, curve) if battery and dc_kw else None
    l2_hours = ac_hours(battery, ac_kw or level2_kw, level2_kw) if battery else None
    electric_range = _num(row["electric_range_mi"])
    daily = np.array([annual_miles / 365.0])
    share_days = (float(coverage(daily, np.array([electric_range * (1 - RESERVE)]))[0])
                  if electric_range and row["powertrain"] == "bev" else None)
    electric_share = None
    if row["powertrain"] == "phev" and annual_miles > 0:
        kwh_per_mile = ((_num(row["kwh100_city"]) or 0) + (_num(row["kwh100_hwy"]) or 0)) / 200
        electric_share = min(1.0, kwh_per_year / kwh_per_mile / annual_miles) if kwh_per_mile else None
    return ChargingSummary(
        battery_kwh=battery, dc_max_kw=dc_kw, ac_max_kw=ac_kw, connector=str(row["connector"] or ""),
        spec_source=str(row["spec_source"] or ""),
        dc_10_80_minutes=None if dc_minutes is None else round(dc_minutes, 1),
        dc_curve="" if dc_minutes is None else ("vehicle curve (Chargeprice 2021)" if curve else "generic taper"),
        level2_10_100_hours=None if l2_hours is None else round(l2_hours, 2),
        epa_240v_hours=_num(row["charge_240v_h"]),
        home_plugged_hours_per_week=round(weekly_plugged_hours(kwh_per_year, ac_kw or level2_kw, level2_kw), 2),
        share_days_home_only=share_days,
        electric_share_of_miles=None if electric_share is None else round(electric_share, 3),
        epa_utility_factor=_num(row["uf_comb"]),
    )
