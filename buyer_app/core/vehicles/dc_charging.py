"""How long charging takes: DC fast sessions shaped by a charging curve (or a generic taper) and
Level 1 / Level 2 sessions limited by the car's on-board charger.

The generic taper (used where the database has no measured curve for the vehicle, or refused the one it
found) is this app's documented assumption, shaped from the car's own DC maximum and battery:

- its effective peak is the lower of the car's DC maximum and a C-rate ceiling times its usable battery
  (GENERIC_C_RATE: 1.4 C for a 400 V pack or an unknown one, 2.5 C for an 800 V pack, the voltage class from
  OpenEV Data);
  a big pack with a modest quoted maximum is limited by the charger, a small pack with a high quoted
  maximum by what its cells take for long;
- that peak holds from 10% to 35% state of charge, then falls to 75% of it at 60%, 50% at 80% and 10% at
  100% (GENERIC_TAPER).

Both were set on 2026-12-06 from published warm-weather 10-80% times (maker figures and press tests, listed
with sources in tests/core/test_bestseller_charging.py): the old taper (full power to 50%) averaged 84% of
the quoted maximum over 10-80%, while the published sessions of 400 V cars average 45-75% of it.
"""

from __future__ import annotations

import json

import numpy as np

GENERIC_TAPER = ((0.0, 0.9), (10.0, 1.0), (35.0, 1.0), (60.0, 0.75), (80.0, 0.5), (100.0, 0.10))  # % SoC -> share
GENERIC_C_RATE = {"400v": 1.4, "800v": 2.5}  # kW per kWh of usable battery the generic peak may not exceed
LEVEL1_KW = 1.4  # REFERENCE.md: Level 1 (120 V) about 1.4 kW
AC_EFFICIENCY = 0.90  # wall to battery; EPA kWh/100 mi figures already include charging losses
SESSION_START_PCT = 10.0  # a session starts at 10% state of charge (the usual arrival reserve)
DC_END_PCT = 80.0  # a DC fast session stops at 80% (charging slows sharply above it)
AC_END_PCT = 100.0  # a Level 1 / Level 2 session charges to full
STATION_KW = 350.0  # app assumption: the fastest public DC stations (350 kW class) limit every car
MIN_CURVE_KW = 1.0  # a curve point below 1 kW counts as 1 kW (keeps the session time finite)
SOC_STEPS = 141  # state-of-charge points of the 10-80% integration: steps of 0.5%, finer than any published curve
MINUTES_PER_HOUR = 60.0
WEEKS_PER_YEAR = 52.0
PERCENT = 100.0


def parse_curve(text: str) -> list[tuple[float, float]]:
    """A stored curve '[[percent, kW], ...]' as pairs, or [] when absent or unreadable."""
    if not text:
        return []
    try:
        pairs = [(float(p), float(k)) for p, k in json.loads(text)]
    except (ValueError, TypeError):
        return []
    return sorted(pairs)


def generic_peak_kw(battery_kwh: float, dc_max_kw: float, voltage_class: str = "") -> float:
    """The generic taper's peak: the car's DC maximum, or less where its battery is small for it."""
    return min(dc_max_kw, GENERIC_C_RATE.get(voltage_class, GENERIC_C_RATE["400v"]) * battery_kwh)


def generic_curve(battery_kwh: float, dc_max_kw: float, voltage_class: str = "") -> list[tuple[float, float]]:
    """The generic curve [(percent, kW), ...] for a car with this battery, DC maximum and voltage class."""
    peak = generic_peak_kw(battery_kwh, dc_max_kw, voltage_class)
    return [(pct, share * peak) for pct, share in GENERIC_TAPER]


def dc_session_minutes(
    battery_kwh: float,
    dc_max_kw: float,
    curve: list[tuple[float, float]] | None = None,
    start_pct: float = SESSION_START_PCT,
    end_pct: float = DC_END_PCT,
    station_kw: float = STATION_KW,
    voltage_class: str = "",
) -> float:
    """Minutes to charge from start_pct to end_pct on a DC fast charger (the usual 10-80% stop), on the
    car's measured curve when given, else on the generic one for its battery and DC maximum."""
    if battery_kwh <= 0 or dc_max_kw <= 0 or end_pct <= start_pct:
        return float("nan")
    soc_pct = np.linspace(start_pct, end_pct, SOC_STEPS)
    limit_kw = min(dc_max_kw, station_kw)
    points = np.array(curve or generic_curve(battery_kwh, dc_max_kw, voltage_class))
    power_kw = np.clip(np.interp(soc_pct, points[:, 0], points[:, 1]), MIN_CURVE_KW, limit_kw)
    kwh_per_step = battery_kwh * (soc_pct[1] - soc_pct[0]) / PERCENT
    # time for each slice at the power at its middle
    mid_power_kw = (power_kw[1:] + power_kw[:-1]) / 2
    return float(np.sum(kwh_per_step / mid_power_kw) * MINUTES_PER_HOUR)


def ac_hours(
    battery_kwh: float, onboard_kw: float, supply_kw: float, start_pct: float = SESSION_START_PCT, end_pct: float = AC_END_PCT
) -> float:
    """Hours on Level 1 or Level 2 (the lower of the car's on-board charger and the supply), with losses."""
    power_kw = min(onboard_kw, supply_kw) if onboard_kw > 0 else supply_kw
    if battery_kwh <= 0 or power_kw <= 0 or end_pct <= start_pct:
        return float("nan")
    return battery_kwh * (end_pct - start_pct) / PERCENT / (power_kw * AC_EFFICIENCY)


def weekly_plugged_hours(kwh_per_year: float, onboard_kw: float, supply_kw: float) -> float:
    """Hours a week plugged in at home to put back a year's electricity, spread evenly."""
    power_kw = min(onboard_kw, supply_kw) if onboard_kw > 0 else supply_kw
    if power_kw <= 0:
        return float("nan")
    return kwh_per_year / WEEKS_PER_YEAR / power_kw  # kWh at the wall, so no further loss factor
