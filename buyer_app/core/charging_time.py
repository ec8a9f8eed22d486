"""How long charging takes: DC fast sessions shaped by a charging curve (or a generic taper) and
Level 1 / Level 2 sessions limited by the car's on-board charger.

The generic taper (used where the database has no curve for the vehicle) is this app's documented
assumption, drawn from REFERENCE.md ("fast above ~10%, tapering past ~80%"): full power from 10% to
50% state of charge, falling linearly to 45% of it at 80% and to 10% at 100%.
"""

from __future__ import annotations

import json

import numpy as np

GENERIC_TAPER = ((0.0, 0.6), (10.0, 1.0), (50.0, 1.0), (80.0, 0.45), (100.0, 0.10))  # % SoC -> share of max kW
LEVEL1_KW = 1.4  # REFERENCE.md: Level 1 (120 V) about 1.4 kW
DEFAULT_LEVEL2_KW = 7.2  # REFERENCE.md: Level 2 7.2-11.5 kW; the lower figure as the default
AC_EFFICIENCY = 0.90  # wall to battery; EPA kWh/100 mi figures already include charging losses


def parse_curve(text: str) -> list[tuple[float, float]]:
    """A stored curve '[[percent, kW], ...]' as pairs, or [] when absent or unreadable."""
    if not text:
        return []
    try:
        pairs = [(float(p), float(k)) for p, k in json.loads(text)]
    except (ValueError, TypeError):
        return []
    return sorted(pairs)


def dc_session_minutes(battery_kwh: float, dc_max_kw: float, curve: list[tuple[float, float]] | None = None,
                       start_pct: float = 10.0, end_pct: float = 80.0, station_kw: float = 350.0) -> float:
    """Minutes to charge from start_pct to end_pct on a DC fast charger (the usual 10-80% stop)."""
    if battery_kwh <= 0 or dc_max_kw <= 0 or end_pct <= start_pct:
        return float("nan")
    soc = np.linspace(start_pct, end_pct, 141)
    limit = min(dc_max_kw, station_kw)
    if curve:
        points = np.array(curve)
        power = np.interp(soc, points[:, 0], points[:, 1])
    else:
        taper = np.array(GENERIC_TAPER)
        power = np.interp(soc, taper[:, 0], taper[:, 1]) * dc_max_kw
    power = np.clip(power, 1.0, limit)
    kwh_per_step = battery_kwh * (soc[1] - soc[0]) / 100.0
    # time for each slice at the power at its middle
    mid_power = (power[1:] + power[:-1]) / 2
    return float(np.sum(kwh_per_step / mid_power) * 60.0)


def ac_hours(battery_kwh: float, onboard_kw: float, supply_kw: float, start_pct: float = 10.0,
             end_pct: float = 100.0) -> float:
    """Hours on Level 1 or Level 2 (the lower of the car's on-board charger and the supply), with losses."""
    power = min(onboard_kw, supply_kw) if onboard_kw > 0 else supply_kw
    if battery_kwh <= 0 or power <= 0 or end_pct <= start_pct:
        return float("nan")
    return battery_kwh * (end_pct - start_pct) / 100.0 / (power * AC_EFFICIENCY)


def weekly_plugged_hours(kwh_per_year: float, onboard_kw: float, supply_kw: float) -> float:
    """Hours a week plugged in at home to put back a year's electricity, spread evenly."""
    power = min(onboard_kw, supply_kw) if onboard_kw > 0 else supply_kw
    if power <= 0:
        return float("nan")
    return kwh_per_year / 52.0 / power  # kWh at the wall, so no further loss factor
