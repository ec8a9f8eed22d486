"""Range and charging (issue 4): the day-by-day energy year, climate factors, profiles and the CLI flags.

Properties over synthetic vehicles, random driving patterns and households (hypothesis); one year worked
by hand; the Minnesota scenario through the real database; profile round trips and refusals; the CLI.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from field_strategies import field_strategy
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from buyer_app.cli.main import main
from buyer_app.core.costs.choices import VehicleChoice
from buyer_app.core.costs.compare import Comparison, compare
from buyer_app.core.costs.model import energy_use
from buyer_app.core.driving.patterns import (
    MONTH,
    AnnualPattern,
    DrivingYear,
    LogPattern,
    Pattern,
    SimplePattern,
    Trip,
    WeeklyPattern,
    driving_year,
)
from buyer_app.core.energy.day_model import EnergyYear, simulate_year
from buyer_app.core.errors import InputError
from buyer_app.core.household.fields import FIELDS, Household
from buyer_app.core.profiles.schema import SCHEMA_VERSION, Profile, profile_from_dict, profile_to_dict
from buyer_app.core.region.climate import Climate, ev_energy_factors, gas_factors, manual_climate, state_climate, state_codes
from buyer_app.core.vehicles.database import VehicleDatabase
from buyer_app.core.vehicles.dc_charging import LEVEL1_KW
from buyer_app.core.vehicles.inputs import VehicleInputs, inputs_from_frame

SETTINGS = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NAN = float("nan")
MODEL_3, RAV4_PHEV, CAMRY = 48765, 49160, 48032
HOME, WORK, PUBLIC_L2, PUBLIC_DC = range(4)


# --- strategies -----------------------------------------------------------------------------------


def _field_strategy(spec: Any) -> st.SearchStrategy[Any]:
    if spec.name == "financing":
        return st.just("cash")  # financing does not touch the energy year
    return field_strategy(spec, subnormal=False)


def households(**fixed: Any) -> st.SearchStrategy[Household]:
    """Random valid households (every field, charging access included); `fixed` values are kept."""
    values = {spec.name: st.just(fixed[spec.name]) if spec.name in fixed else _field_strategy(spec) for spec in FIELDS}
    return st.fixed_dictionaries(values).map(lambda v: Household().with_values(v))


distances = st.floats(0, 200, allow_nan=False)
trip_miles = st.floats(0, 600, allow_nan=False)


@st.composite
def simple_patterns(draw: st.DrawFn, min_mi: float = 0.0) -> SimplePattern:
    return SimplePattern(
        draw(st.floats(min_mi, 200)),
        draw(st.floats(min_mi, 200)),
        draw(st.integers(0, 52)),
        draw(trip_miles),
        draw(st.booleans()),
    )


def _at_most_four_a_month(trips: list[Trip]) -> bool:
    return all(sum(t.month == m for t in trips) <= 4 for m in range(1, 13))


trips = st.lists(st.builds(Trip, st.integers(1, 12), trip_miles, st.booleans()), max_size=8).filter(_at_most_four_a_month)


@st.composite
def weekly_patterns(draw: st.DrawFn, min_mi: float = 0.0) -> WeeklyPattern:
    week = tuple(draw(st.floats(min_mi, 200)) for _ in range(7))
    return WeeklyPattern(week, tuple(draw(trips)))


log_patterns = st.lists(distances, min_size=365, max_size=365).map(lambda miles: LogPattern(tuple(miles)))
any_patterns = st.one_of(st.just(AnnualPattern()), simple_patterns(), weekly_patterns(), log_patterns)
month_temps = st.floats(-60, 120, allow_nan=False)
climates = st.one_of(
    st.none(),
    st.sampled_from(("MN", "AK", "FL", "CA", "TX", "ME")).map(state_climate),
    st.lists(month_temps, min_size=12, max_size=12).map(manual_climate),
)
heat_pumps = st.sampled_from((1.0, 0.0, NAN))


def _bev(draw: st.DrawFn, electric_range: Any = None) -> dict[str, Any]:
    kc, kh = draw(st.floats(18, 55)), draw(st.floats(20, 60))
    return {
        "powertrain": "bev",
        "fuel_grade": "electricity",
        "mpg_city": NAN,
        "mpg_hwy": NAN,
        "kwh100_city": kc,
        "kwh100_hwy": kh,
        "kwh100_comb": (kc + kh) / 2,
        "uf_city": NAN,
        "uf_hwy": NAN,
        "cd_gal100_city": NAN,
        "cd_gal100_hwy": NAN,
        "co2_tailpipe_gpm": 0.0,
        "electric_range_mi": draw(st.floats(60, 520)) if electric_range is None else electric_range,
        "ac_max_kw": draw(st.one_of(st.just(NAN), st.floats(3.3, 19.2))),
        "heat_pump": draw(heat_pumps),
    }


def _phev(draw: st.DrawFn, nan_range: bool = False, flat: bool = False) -> dict[str, Any]:
    kc = draw(st.floats(25, 60))
    kh = kc if flat else draw(st.floats(25, 60))
    return {
        "powertrain": "phev",
        "fuel_grade": "regular",
        "mpg_city": draw(st.floats(25, 60)),
        "mpg_hwy": draw(st.floats(25, 60)),
        "kwh100_city": kc,
        "kwh100_hwy": kh,
        "kwh100_comb": (kc + kh) / 2,
        "uf_city": draw(st.floats(0.2, 0.95)),
        "uf_hwy": draw(st.floats(0.1, 0.9)),
        "cd_gal100_city": draw(st.floats(0, 2)),
        "cd_gal100_hwy": draw(st.floats(0, 2)),
        "co2_tailpipe_gpm": draw(st.floats(120, 400)),
        "electric_range_mi": draw(st.one_of(st.just(NAN), st.floats(10, 90)) if nan_range else st.floats(10, 90)),
        "ac_max_kw": NAN,
        "heat_pump": draw(heat_pumps),
    }


def _gas(draw: st.DrawFn) -> dict[str, Any]:
    pt = draw(st.sampled_from(("hev", "ice")))
    low, high = {"hev": (35, 60), "ice": (9, 45)}[pt]
    return {
        "powertrain": pt,
        "fuel_grade": draw(st.sampled_from(("regular", "premium"))),
        "mpg_city": draw(st.floats(low, high)),
        "mpg_hwy": draw(st.floats(low, high)),
        "kwh100_city": NAN,
        "kwh100_hwy": NAN,
        "kwh100_comb": NAN,
        "uf_city": NAN,
        "uf_hwy": NAN,
        "cd_gal100_city": NAN,
        "cd_gal100_hwy": NAN,
        "co2_tailpipe_gpm": draw(st.floats(120, 900)),
        "electric_range_mi": NAN,
        "ac_max_kw": NAN,
        "heat_pump": NAN,
    }


@st.composite
def bev_rows(draw: st.DrawFn) -> dict[str, Any]:
    return _bev(draw)


@st.composite
def mixed_vehicles(draw: st.DrawFn, nan_ranges: bool = True, flat_phevs: bool = False) -> VehicleInputs:
    rows = []
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(("bev", "phev", "gas")))
        if kind == "bev":
            rows.append(_bev(draw, NAN if nan_ranges and draw(st.booleans()) and draw(st.booleans()) else None))
        elif kind == "phev":
            rows.append(_phev(draw, nan_range=nan_ranges, flat=flat_phevs))
        else:
            rows.append(_gas(draw))
    return inputs_from_frame(pd.DataFrame(rows))


def _year(pattern: Pattern, h: Household) -> DrivingYear:
    return driving_year(pattern, h.annual_miles)


# --- 1a: more range never covers fewer days ------------------------------------------------------------


def _night_kwh(h: Household, ac_max_kw: float) -> float:
    supply = {"level2": h.home_charger_kw, "level1": LEVEL1_KW, "none": 0.0}[h.home_charging]
    return (min(ac_max_kw, supply) if ac_max_kw > 0 else supply) * h.home_hours_per_night


@SETTINGS
@given(h=households(), pattern=any_patterns, climate=climates, data=st.data())
def test_more_range_never_covers_fewer_home_only_days(
    h: Household, pattern: Pattern, climate: Climate | None, data: st.DataObject
) -> None:
    """Any charging access (home Level 2, Level 1 or none, work, public, reserve) whose nights at home put
    back a full battery; a charger too weak for that is the xfail case below."""
    small = data.draw(bev_rows())
    night = _night_kwh(h, small["ac_max_kw"])
    worst = max(small["kwh100_city"], small["kwh100_hwy"])  # a battery holds at most range x worst / 100 kWh
    top = 600.0 if h.home_charging == "none" else min(600.0, night * 100 / worst)
    assume(top > 20)
    low = data.draw(st.floats(20, top), label="range")
    small["electric_range_mi"] = low
    large = {**small, "electric_range_mi": data.draw(st.floats(low, top), label="larger range")}
    energy = simulate_year(h, inputs_from_frame(pd.DataFrame([small, large])), _year(pattern, h), climate)
    days = energy.home_only_days.sum(axis=1)
    assert days[1] >= days[0], (days, h.home_charging, h.charge_reserve)
    assert np.all(energy.home_only_days >= 0) and np.all(days <= 365)
    if h.home_charging == "none":
        assert np.all(days == 0)


def test_more_range_never_covers_fewer_days_with_level1_at_home() -> None:
    """A commuter on Level 1 for 11 h a night (15.4 kWh): 63 mi on weekdays, 44 mi on weekend days, 3 trips of
    80 mi back the next day; 25 / 30 kWh per 100 mi city / highway; 268 and 359 miles of range. A week uses
    403 mi and Level 1 puts back about 395, so each car slowly runs down to a public DC charge (70% of its
    range), then runs for weeks on that energy. The 268-mile car charges in public on 4 days and counts 360
    days home-only; the 359-mile car charges in public on 3 days and counts 359: the days run on DC energy
    count as covered by the night's home charge alone (360 / 359 until e5566d6, which counts a day home-only
    only when a battery charged at home, with no public charge, covers it)."""

    def car(range_mi: float) -> dict[str, Any]:
        return {
            "powertrain": "bev",
            "fuel_grade": "electricity",
            "kwh100_city": 25.0,
            "kwh100_hwy": 30.0,
            "kwh100_comb": 27.5,
            "electric_range_mi": range_mi,
            "co2_tailpipe_gpm": 0.0,
        }

    h = Household(home_charging="level1", home_hours_per_night=11)
    energy = simulate_year(
        h, inputs_from_frame(pd.DataFrame([car(268.0), car(359.0)])), driving_year(SimplePattern(63, 44, 3, 80, False))
    )
    days = energy.home_only_days.sum(axis=1)
    assert days[1] >= days[0], (days, energy.public_days.sum(axis=1))


@pytest.mark.xfail(
    strict=True,
    reason="Known limitation (README): what is left from public DC sessions bought on a trip "
    "spares a later everyday public charge, so with a home charger that cannot "
    "refill overnight a smaller battery that bought more DC counts more home-only days",
)
def test_more_range_never_covers_fewer_days_after_trips_with_level1() -> None:
    """Level 1 for 12 h a night (16.8 kWh); 84 mi on weekdays, nothing at weekends, 12 trips of 308 mi out on a
    Saturday and back on the Sunday; 25 / 30 kWh per 100 mi city / highway (27.25 at the 55% city mix);
    326 and 369 miles of range (88.8 and 100.6 kWh, 10% reserve). Each trip weekend the 326-mile car buys
    1 + 2 DC sessions (of 70% of its battery) and comes home on Sunday with about 77 kWh; the 369-mile car
    needs 1 + 1 and has about 43 kWh. Level 1 puts back 16.8 kWh a night against 22.9 kWh a commute, so by
    Wednesday the larger car has 20.6 kWh above its reserve, too little for the 22.9 kWh day: a public charge,
    not a home-only day. The smaller car runs that Wednesday on its extra DC energy and counts it home-only:
    341 home-only days (24 public days) for 326 miles of range, 329 (36 public days) for 369."""

    def car(range_mi: float) -> dict[str, Any]:
        return {
            "powertrain": "bev",
            "fuel_grade": "electricity",
            "kwh100_city": 25.0,
            "kwh100_hwy": 30.0,
            "kwh100_comb": 27.5,
            "electric_range_mi": range_mi,
            "co2_tailpipe_gpm": 0.0,
        }

    h = Household(home_charging="level1", home_hours_per_night=12)
    energy = simulate_year(
        h, inputs_from_frame(pd.DataFrame([car(326.0), car(369.0)])), driving_year(SimplePattern(84, 0, 12, 308, False))
    )
    days = energy.home_only_days.sum(axis=1)
    assert days[1] >= days[0], (days, energy.public_days.sum(axis=1))


# --- 1b: a colder month never lowers energy use ------------------------------------------------------------


@pytest.mark.parametrize("heat_pump", [1.0, 0.0, NAN], ids=["with", "without", "unknown"])
def test_ev_factor_never_falls_as_it_gets_colder(heat_pump: float) -> None:
    grid = np.linspace(-60.0, 70.0, 12 * 109)  # 0.1 F steps, twelve months at a time
    factors = np.concatenate(
        [ev_energy_factors(manual_climate(list(chunk)), np.array([heat_pump]))[0] for chunk in grid.reshape(-1, 12)]
    )
    assert np.all(np.diff(factors) <= 1e-12), "EV factor rises with temperature somewhere below 70 F"
    assert factors[0] > factors[-1]  # and the cold does cost something
    gas = np.concatenate([gas_factors(manual_climate(list(chunk))) for chunk in grid.reshape(-1, 12)])
    assert np.all(np.diff(gas) <= 1e-12)


@SETTINGS
@given(
    temps=st.lists(st.floats(-60, 120), min_size=12, max_size=12),
    month=st.integers(0, 11),
    colder=st.floats(-60, 70),
    pumps=st.lists(heat_pumps, min_size=3, max_size=3),
)
def test_a_colder_month_never_lowers_the_ev_factor(temps: list[float], month: int, colder: float, pumps: list[float]) -> None:
    assume(colder <= min(temps[month], 70.0))
    warm = manual_climate(temps)
    cold = manual_climate([colder if m == month else t for m, t in enumerate(temps)])
    pump = np.array(pumps)
    if temps[month] <= 70:
        assert np.all(ev_energy_factors(cold, pump)[:, month] >= ev_energy_factors(warm, pump)[:, month] - 1e-12)
    others = [m for m in range(12) if m != month]
    np.testing.assert_array_equal(ev_energy_factors(cold, pump)[:, others], ev_energy_factors(warm, pump)[:, others])


@SETTINGS
@given(
    h=households(),
    v=mixed_vehicles(),
    pattern=any_patterns,
    temps=st.lists(st.floats(-60, 120), min_size=12, max_size=12),
    month=st.integers(0, 11),
    drop=st.floats(0, 130),
)
def test_a_colder_month_never_lowers_yearly_energy(
    h: Household, v: VehicleInputs, pattern: Pattern, temps: list[float], month: int, drop: float
) -> None:
    """(A bug found and fixed while this file was written: the worked example below.)"""
    temps[month] = min(temps[month], 70.0)
    colder = max(temps[month] - drop, -60.0)
    warm = manual_climate(temps)
    cold = manual_climate([colder if m == month else t for m, t in enumerate(temps)])
    year = _year(pattern, h)
    before, after = simulate_year(h, v, year, warm), simulate_year(h, v, year, cold)
    assert np.all(after.kwh >= before.kwh * (1 - 1e-9) - 1e-9), (before.kwh, after.kwh)
    gas = np.isin(v.powertrain, ("hev", "ice"))
    assert np.all(after.gallons[gas] >= before.gallons[gas] * (1 - 1e-9) - 1e-9)


def _rav4_like_phev(kwh100_city: float = 31.0, kwh100_hwy: float = 42.0, range_mi: float = 50.0) -> VehicleInputs:
    return inputs_from_frame(
        pd.DataFrame(
            [
                {
                    "powertrain": "phev",
                    "fuel_grade": "regular",
                    "mpg_city": 41.0,
                    "mpg_hwy": 36.0,
                    "kwh100_city": kwh100_city,
                    "kwh100_hwy": kwh100_hwy,
                    "kwh100_comb": (kwh100_city + kwh100_hwy) / 2,
                    "uf_city": 0.7,
                    "uf_hwy": 0.6,
                    "cd_gal100_city": 0.0,
                    "cd_gal100_hwy": 0.0,
                    "co2_tailpipe_gpm": 200.0,
                    "electric_range_mi": range_mi,
                }
            ]
        )
    )


KWH_ROUNDING = 1e-6  # kWh a year: far below any real effect, far above float rounding


def test_a_colder_month_never_lowers_a_phevs_yearly_kwh() -> None:
    """Minnesota, Level 1 for 7 h a night (9.8 kWh), 25 mi on weekdays, 40 mi on weekend days, 8 trips of 34 mi
    there and back the same day (all highway); a plug-in hybrid of 50 miles at 31 / 42 kWh per 100 mi city /
    highway. Making September 32 F colder (58.6 -> 26.6 F) raises its gasoline (45.24 -> 50.51 gal) but lowers
    its electricity (3588.24 -> 3586.87 kWh) at 372a958 .. 1f00bd7 (battery counted in miles of label range,
    a mile turned into kWh at the rate of the day it is used or refilled); fixed in 521c1f6 (kWh at the wall)."""
    mn = list(state_climate("MN").monthly_f)
    colder = [t - 32 if m == 8 else t for m, t in enumerate(mn)]
    h = Household(home_charging="level1", home_hours_per_night=7)
    year = driving_year(SimplePattern(25, 40, 8, 34, True))
    v = _rav4_like_phev()
    before, after = simulate_year(h, v, year, manual_climate(mn)), simulate_year(h, v, year, manual_climate(colder))
    assert after.gallons[0] > before.gallons[0]
    # equal up to rounding (numpy versions differ in the last bit); the defect lowered it by 1.37 kWh
    assert after.kwh[0] >= before.kwh[0] - KWH_ROUNDING, (before.kwh, after.kwh)


def test_a_plug_in_hybrid_charged_only_at_home_buys_what_it_uses() -> None:
    """Every Saturday 100 mi out and back (200 mi, all highway), no other driving; Level 1 for 7 h a night
    (9.8 kWh); 50 miles of range at 31 / 42 kWh per 100 mi. Each Saturday empties the battery and Level 1 refills
    it by Monday night at the latest, so the battery is full every Tuesday and at the year's end (the last trip
    is on 26 December): the home charger buys exactly what was used. With the battery counted in miles of
    label range (372a958 .. 1f00bd7), 52 x 50 mi x 0.42 = 1092 kWh are used but 1020.46 kWh bought: Saturday
    night's 9.8 kWh become 27.3 miles of range at the household's mix (0.3595 kWh/mi) and are counted back at
    the highway rate (11.45 kWh, more than the charger gives), Sunday's 22.7 remaining miles at 0.3595.
    Fixed in 521c1f6 (energy counted in kWh at the wall)."""
    h = Household(home_charging="level1", home_hours_per_night=7)
    e = simulate_year(h, _rav4_like_phev(), driving_year(SimplePattern(0, 0, 52, 100, True)))
    assert e.kwh[0] > 0 and np.all(e.public_days == 0)
    assert e.home_kwh_bought[0] == pytest.approx(e.kwh[0], rel=1e-9), (e.home_kwh_bought, e.kwh)
    assert e.kwh_by_source[0, HOME] == pytest.approx(e.kwh[0], rel=1e-9)


# --- 1c: no home charging and no work charging: every kWh of a BEV is bought in public ------------------------


@SETTINGS
@given(
    h=households(home_charging="none", workplace_charging="none"),
    pattern=st.one_of(simple_patterns(10), weekly_patterns(10)),
    climate=climates,
    data=st.data(),
)
def test_without_home_or_work_charging_every_bev_kwh_is_public(
    h: Household, pattern: Pattern, climate: Climate | None, data: st.DataObject
) -> None:
    rows = data.draw(st.lists(bev_rows(), min_size=1, max_size=3))
    v = inputs_from_frame(pd.DataFrame(rows))
    # at least 10 mi a day: 3,650 mi a year, beyond any battery of 1 January (that case: the test below)
    energy = simulate_year(h, v, _year(pattern, h), climate, np.zeros(len(v)))
    src = energy.kwh_by_source
    assert np.all(src[:, HOME] == 0) and np.all(src[:, WORK] == 0)
    np.testing.assert_allclose(src[:, PUBLIC_L2] + src[:, PUBLIC_DC], energy.kwh, rtol=1e-6)
    assert np.all(energy.cost_by_source[:, [HOME, WORK]] == 0)
    assert np.all(energy.home_only_days == 0) and np.all(energy.home_kwh_bought == 0)
    assert np.all(energy.public_days.sum(axis=1) >= 1)


def test_without_home_charging_the_battery_of_1_january_is_not_free() -> None:
    """Found by this file against 74ba1f1 (kWh from no source, cost 0); fixed in 372a958: the unbought battery is
    charged where the household charges (here DC fast, the default everyday public charger)."""
    # 300 mi of range at 25 kWh/100 mi: a 75 kWh battery, 67.5 kWh above the 10% reserve; 100 mi a year uses 25 kWh
    v = _hand_bev(range_mi=300.0)
    h = Household(annual_miles=100, home_charging="none")
    energy = simulate_year(h, v, driving_year(AnnualPattern(), 100))
    assert energy.kwh[0] == pytest.approx(25.0)
    np.testing.assert_allclose(energy.kwh_by_source[0], [0.0, 0.0, 0.0, 25.0, 0.0], atol=1e-9)
    assert energy.electricity_cost[0] == pytest.approx(25.0 * h.public_dc_price)


# --- 1d: a plug-in hybrid whose every day fits in its range drives only on electricity -------------------------


@st.composite
def phev_within_range(draw: st.DrawFn, cd_zero: bool) -> tuple[VehicleInputs, Pattern, Household]:
    row = _phev(draw)
    if cd_zero:
        row["cd_gal100_city"] = row["cd_gal100_hwy"] = 0.0
    # the longest distance one full charge covers on any mix of city and highway, whether the battery is
    # sized at the combined figure or at the household's mix (both lie between the city and highway figures)
    low, high = sorted((row["kwh100_city"], row["kwh100_hwy"]))
    reach = row["electric_range_mi"] * low / high * (1 - 1e-9)
    day = st.floats(0, reach)
    # a trip back the next day spends the night away: there and back on one charge
    trip = st.builds(Trip, st.integers(1, 12), st.floats(0, reach / 2), st.booleans())
    if draw(st.booleans()):
        n = draw(st.integers(0, 52))
        pattern: Pattern = SimplePattern(draw(day), draw(day), n, draw(st.floats(0, reach / 2)), draw(st.booleans()))
    else:
        pattern = WeeklyPattern(
            tuple(draw(day) for _ in range(7)), tuple(draw(st.lists(trip, max_size=8).filter(_at_most_four_a_month)))
        )
    capacity = row["electric_range_mi"] * high / 100  # at most this many kWh
    kw = draw(st.floats(1.0, 19.2))
    hours = draw(st.floats(min(max(capacity / kw, 1.0), 24.0), 24.0))
    assume(kw * hours >= capacity)  # the night refills the battery
    # plugged in every night (the habit of phev_plug_nights is tested on its own)
    h = draw(households(home_charging="level2", home_charger_kw=kw, home_hours_per_night=hours, phev_plug_nights=7))
    return inputs_from_frame(pd.DataFrame([row])), pattern, h


def _charge_depleting_gallons(v: VehicleInputs, year: DrivingYear, h: Household) -> float:
    """Gasoline a plug-in hybrid burns on electric miles (EPA's cd_gal100 terms); trips are all highway."""
    regular, trip = float(year.miles[~year.trip_day].sum()), float(year.miles[year.trip_day].sum())
    city, hwy = v.cd_gal100_city[0] / 100, v.cd_gal100_hwy[0] / 100
    return regular * (h.city_share * city + (1 - h.city_share) * hwy) + trip * hwy


@SETTINGS
@given(case=phev_within_range(cd_zero=False))
def test_phev_days_within_range_are_all_electric(case: tuple[VehicleInputs, Pattern, Household]) -> None:
    v, pattern, h = case
    year = _year(pattern, h)
    energy = simulate_year(h, v, year)
    assert energy.electric_miles[0] == pytest.approx(year.annual_miles, rel=1e-9, abs=1e-9)
    assert energy.gallons[0] == pytest.approx(_charge_depleting_gallons(v, year, h), rel=1e-9, abs=1e-9)
    assert np.all(energy.public_days == 0) and energy.kwh_by_source[0, PUBLIC_L2:].sum() == 0


@SETTINGS
@given(case=phev_within_range(cd_zero=True))
def test_phev_days_within_range_burn_no_gasoline_without_cd_terms(case: tuple[VehicleInputs, Pattern, Household]) -> None:
    v, pattern, h = case
    year = _year(pattern, h)
    energy = simulate_year(h, v, year, None, np.array([3.0]))
    if h.workplace_charging == "none":
        assert energy.gallons[0] == 0.0 and energy.fuel_cost[0] == 0.0
    else:  # work + (need - work) can differ from the need in the last bit: 2e-14 gal seen, nothing real
        assert energy.gallons[0] <= 1e-9 and energy.fuel_cost[0] <= 3e-9
    assert energy.electric_miles[0] == pytest.approx(year.annual_miles, rel=1e-9, abs=1e-9)


# --- 1e: the neutral pattern keeps the EPA label method ---------------------------------------------------------


def _phev_capped(h: Household, v: VehicleInputs) -> np.ndarray:
    """Plug-in hybrids whose daily label electric miles exceed one full charge (range x 365 caps them)."""
    per_day = h.annual_miles / 365 * (h.city_share * v.uf_city + (1 - h.city_share) * v.uf_hwy)
    return np.asarray((v.powertrain == "phev") & (per_day > np.nan_to_num(v.electric_range_mi, nan=np.inf)))


def _phev_not_refilled(h: Household, v: VehicleInputs, night_kwh: float) -> np.ndarray:
    """Plug-in hybrids whose daily electric kWh exceed what a night at home puts back (the label method
    ignores the charger; the day model rightly does not)."""
    per_day = h.annual_miles / 365
    e_city, e_hwy = per_day * h.city_share * v.uf_city, per_day * (1 - h.city_share) * v.uf_hwy
    kwh = (e_city * v.kwh100_city + e_hwy * v.kwh100_hwy) / 100
    return np.asarray((v.powertrain == "phev") & (kwh > night_kwh * (1 - 1e-9)))


@SETTINGS
@given(
    h=households(home_charging="level2", home_rate="flat", home_charger_kw=7.2, home_hours_per_night=10.0, phev_plug_nights=7),
    v=mixed_vehicles(),
)
def test_neutral_pattern_matches_the_epa_label_method(h: Household, v: VehicleInputs) -> None:
    """EPA's utility factor assumes a plug-in hybrid charged every night: so does this household."""
    energy = simulate_year(h, v, driving_year(AnnualPattern(), h.annual_miles))
    with np.errstate(over="ignore"):  # energy_use divides by the miles (1e-308 miles overflow, harmlessly)
        gallons, kwh = energy_use(h, v)
    # a night at 7.2 kW for 10 h puts back 72 kWh; charging at work lets a plug-in hybrid beyond one charge a
    # day, which the label method's cap (range x 365) cannot know
    same = ~_phev_not_refilled(h, v, night_kwh=72.0)
    if h.workplace_charging != "none":
        same &= ~_phev_capped(h, v)
    np.testing.assert_allclose(energy.gallons[same], gallons[same], rtol=1e-9, atol=1e-9)
    np.testing.assert_allclose(energy.kwh[same], kwh[same], rtol=1e-9, atol=1e-9)


def test_neutral_pattern_matches_the_label_method_for_a_capped_phev() -> None:
    """Found by this file against 74ba1f1 (the day model capped kWh at range x kwh100_comb: 2555 kWh, 177.99 gal);
    fixed in 372a958 (the battery is counted in miles of label range)."""
    row = {
        "powertrain": "phev",
        "fuel_grade": "regular",
        "mpg_city": 40.0,
        "mpg_hwy": 45.0,
        "kwh100_city": 30.0,
        "kwh100_hwy": 40.0,
        "kwh100_comb": 35.0,
        "uf_city": 0.8,
        "uf_hwy": 0.7,
        "cd_gal100_city": 0.0,
        "cd_gal100_hwy": 0.0,
        "co2_tailpipe_gpm": 200.0,
        "electric_range_mi": 20.0,
    }
    v = inputs_from_frame(pd.DataFrame([row]))
    h = Household(annual_miles=15000, phev_plug_nights=7)  # 41.1 mi a day, 31.3 electric by the utility factors
    assert _phev_capped(h, v)[0]
    energy = simulate_year(h, v, driving_year(AnnualPattern(), h.annual_miles))
    gallons, kwh = energy_use(h, v)
    # label method: 20 electric miles a day at the household's electric mix = 2494.57 kWh, 182.21 gal
    assert kwh[0] == pytest.approx(2494.5695, abs=1e-4) and gallons[0] == pytest.approx(182.2103, abs=1e-4)
    np.testing.assert_allclose(energy.kwh, kwh, rtol=1e-9)
    np.testing.assert_allclose(energy.gallons, gallons, rtol=1e-9)


# --- 1f: costs add up -------------------------------------------------------------------------------------------


@SETTINGS
@given(h=households(), v=mixed_vehicles(), pattern=any_patterns, climate=climates, data=st.data())
def test_costs_by_source_and_by_month_add_up(
    h: Household, v: VehicleInputs, pattern: Pattern, climate: Climate | None, data: st.DataObject
) -> None:
    price = np.array(data.draw(st.lists(st.floats(0, 20), min_size=len(v), max_size=len(v))))
    energy = simulate_year(h, v, _year(pattern, h), climate, price)
    for name in (
        "gallons",
        "kwh",
        "kwh_by_source",
        "fuel_cost",
        "electricity_cost",
        "cost_by_source",
        "monthly_cost",
        "electric_miles",
        "trip_cost",
    ):
        values = getattr(energy, name)
        assert np.all(np.isfinite(values)) and np.all(values >= -1e-9), (name, values)
    np.testing.assert_allclose(energy.cost_by_source.sum(axis=1), energy.electricity_cost, rtol=1e-9, atol=1e-9)
    np.testing.assert_allclose(energy.monthly_cost.sum(axis=1), energy.fuel_cost + energy.electricity_cost, rtol=1e-9, atol=1e-9)
    np.testing.assert_allclose(energy.fuel_cost, energy.gallons * price, rtol=1e-9, atol=1e-9)
    assert np.all(energy.electric_miles <= energy.miles * (1 + 1e-9) + 1e-9)


# --- 2: a year worked by hand ---------------------------------------------------------------------------------


def _hand_bev(range_mi: float = 100.0) -> VehicleInputs:
    return inputs_from_frame(
        pd.DataFrame(
            [
                {
                    "powertrain": "bev",
                    "fuel_grade": "electricity",
                    "kwh100_city": 25.0,
                    "kwh100_hwy": 25.0,
                    "kwh100_comb": 25.0,
                    "electric_range_mi": range_mi,
                    "co2_tailpipe_gpm": 0.0,
                }
            ]
        )
    )


HAND_PATTERN = SimplePattern(20, 10, 4, 150, round_trip_same_day=False)
TRIP_OUT = (44, 135, 226, 317)  # Saturdays 14 Feb, 16 May, 15 Aug, 14 Nov 2026 (day 0 = Thursday 1 January)
TRIP_MONTHS = (1, 4, 7, 10)  # February, May, August, November


def test_hand_worked_year_with_level2_at_home() -> None:
    """A 100-mile BEV at 25 kWh/100 mi: a 25 kWh battery, 2.5 kWh reserve (10%), 22.5 kWh (90 mi) to use.

    Driving: 20 mi (5 kWh) on each of 261 weekdays, 10 mi (2.5 kWh) on weekend days, and 4 trips of 150 mi
    out and back the next day. 2026 has 52 Saturdays (3 Jan .. 26 Dec); trip i goes on Saturday number
    int((i + 0.5) * 52 / 4) = 6, 19, 32, 45 (0-based): days 44, 135, 226, 317, back on the Sunday after.
    Miles: 261 x 20 + (104 - 8) x 10 + 8 x 150 = 5220 + 960 + 1200 = 7380; kWh: 1305 + 240 + 300 = 1845.

    Level 2 at home: 7.2 kW x 10 h = 72 kWh a night, more than the battery, so every regular day starts
    full and needs at most 5 kWh: covered from home. The 8 trip days are not:
    - out (Saturday): 37.5 kWh needed, 22.5 from the battery, 15 short: one DC session of (0.8 - 0.1) x 25
      = 17.5 kWh; the car ends at 2.5 + 17.5 - 15 = 5 kWh, and the night is away (no home charge);
    - back (Sunday): 5 - 2.5 = 2.5 kWh to use, 35 short: exactly 2 sessions (35 kWh), ends at 2.5 kWh;
      home that night refills 22.5 kWh.
    So: 357 home-only days, 8 public days, 3 DC sessions per trip (12, all on trip days), no Level 2 sessions.
    Bought: DC 12 x 17.5 = 210 kWh; home = 1845 - 300 (regular days) + 4 x 22.5 (after each trip) = 1635 kWh;
    together 1845 = used (the year ends full as it began, so the scale is 1).
    Cost: 1635 x 0.15 = 245.25 USD at home, 210 x 0.46 = 96.60 USD DC fast.
    """
    h = Household(annual_miles=1)  # annual miles are unused by a simple pattern
    year = driving_year(HAND_PATTERN)
    assert np.flatnonzero(year.away_night).tolist() == list(TRIP_OUT)
    assert np.flatnonzero(year.trip_day).tolist() == sorted([*TRIP_OUT, *(d + 1 for d in TRIP_OUT)])
    assert year.annual_miles == 7380.0 and year.trip_count == 4
    e = simulate_year(h, _hand_bev(), year)
    assert e.miles == 7380.0 and e.gallons[0] == 0.0
    assert e.kwh[0] == pytest.approx(1845.0, abs=1e-9)
    assert e.electric_miles[0] == pytest.approx(7380.0, abs=1e-9)
    home_days = np.array([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], dtype=float)
    trip_months = np.zeros(12)
    trip_months[list(TRIP_MONTHS)] = 1
    np.testing.assert_array_equal(e.home_only_days[0], home_days - 2 * trip_months)
    assert e.home_only_days[0].sum() == 357
    np.testing.assert_array_equal(e.public_days[0], 2 * trip_months)
    np.testing.assert_array_equal(e.dc_sessions[0], 3 * trip_months)
    assert e.l2_sessions[0].sum() == 0 and e.trip_dc_sessions[0] == 12
    np.testing.assert_allclose(e.kwh_by_source[0], [1635.0, 0.0, 0.0, 210.0, 0.0], atol=1e-9)
    assert e.home_kwh_bought[0] == pytest.approx(1635.0, abs=1e-9)
    np.testing.assert_allclose(e.cost_by_source[0], [245.25, 0.0, 0.0, 96.60, 0.0], atol=1e-9)
    assert e.electricity_cost[0] == pytest.approx(341.85, abs=1e-9)
    np.testing.assert_allclose(e.kwh_per_mile_month[0], 0.25)


def _public_only_by_hand(needs: list[float], usable: float = 22.5, session: float = 17.5) -> tuple[int, int, list[int]]:
    """Stepping the rule of day_model.py for a BEV never charged at home: the battery (kWh above the
    reserve) pays a day while it can; a shortfall buys just enough whole sessions, the rest stays in."""
    battery, sessions, days, per_day = usable, 0, 0, []
    for need in needs:
        k = 0
        if need > battery + 1e-9:
            k = math.ceil((need - battery) / session - 1e-9)
            battery += k * session
        battery -= need
        sessions, days = sessions + k, days + (k > 0)
        per_day.append(k)
    return sessions, days, per_day


def test_hand_worked_year_without_home_charging() -> None:
    """The same car and year with no charger at home (public everyday charging DC fast, 17.5 kWh a session).

    The car starts the year with 22.5 kWh above the reserve and buys whole sessions only when short, so by
    the year's end it has bought ceil((1845 - 22.5) / 17.5) = ceil(104.14) = 105 sessions = 1837.5 kWh.
    Sources are scaled to what was used: public kWh = 1845 = total kWh, none from home; cost 1845 x 0.46
    = 848.70 USD. No day is covered from home. Each trip day needs 37.5 kWh, more than two sessions beyond
    any start below 5 kWh, so it always buys 2 or 3 sessions (counted per day by _public_only_by_hand).
    """
    h = Household(annual_miles=1, home_charging="none")
    year = driving_year(HAND_PATTERN)
    e = simulate_year(h, _hand_bev(), year)
    assert e.kwh[0] == pytest.approx(1845.0, abs=1e-9)
    assert e.dc_sessions[0].sum() == 105 and e.l2_sessions[0].sum() == 0
    np.testing.assert_allclose(e.kwh_by_source[0], [0.0, 0.0, 0.0, 1845.0, 0.0], atol=1e-9)
    np.testing.assert_allclose(e.cost_by_source[0], [0.0, 0.0, 0.0, 848.70, 0.0], atol=1e-9)
    assert e.home_only_days[0].sum() == 0 and e.home_kwh_bought[0] == 0
    sessions, days, per_day = _public_only_by_hand((year.miles * 0.25).tolist())
    assert sessions == 105
    assert e.public_days[0].sum() == days
    by_month = np.bincount(MONTH, weights=per_day, minlength=12)
    np.testing.assert_array_equal(e.dc_sessions[0], by_month)
    trip_sessions = sum(k for k, t in zip(per_day, year.trip_day, strict=True) if t)
    assert e.trip_dc_sessions[0] == trip_sessions
    assert all(per_day[d] in (2, 3) for d in np.flatnonzero(year.trip_day))
    assert 16 <= trip_sessions <= 24


# --- 3: the Minnesota scenario through the real database ------------------------------------------------------

MN_PATTERN = SimplePattern(30, 15, 6, 250, False)
MN_CHOICES = [VehicleChoice(MODEL_3), VehicleChoice(RAV4_PHEV), VehicleChoice(CAMRY)]


def _by_id(c: Comparison) -> dict[int, Any]:
    return {v.id: v for v in c.vehicles}


def test_minnesota_scenario(db: VehicleDatabase) -> None:
    mn = state_climate("MN")
    home = _by_id(compare(db, Household(home_charging="level2"), MN_CHOICES, MN_PATTERN, mn))
    tesla, rav4, camry = home[MODEL_3], home[RAV4_PHEV], home[CAMRY]
    assert sum(tesla.charging.monthly.dc_stops) >= 1 and tesla.trips is not None and tesla.trips.dc_stops > 0
    assert tesla.charging.winter_range_mi < tesla.charging.summer_range_mi
    assert tesla.charging.winter_month in ("January", "December", "February")
    for v in (tesla, rav4, camry):
        assert v.trips is not None and v.trips.energy_cost > 0 and v.trips.days == 12 and v.trips.miles == 3000
        assert len(v.monthly_energy_cost) == 12
        assert sum(v.monthly_energy_cost) == pytest.approx(v.yearly_costs["energy"][0], abs=0.06)
    assert rav4.charging.electric_share_of_miles != pytest.approx(rav4.charging.epa_utility_factor, abs=1e-3)
    assert camry.charging is None

    away = _by_id(compare(db, Household(home_charging="none"), MN_CHOICES, MN_PATTERN, mn))
    assert away[MODEL_3].charging.public_charge_days > tesla.charging.public_charge_days
    assert away[MODEL_3].charging.energy_cost_by_source["home"] == 0
    assert away[MODEL_3].charging.energy_cost_by_source["public"] > tesla.charging.energy_cost_by_source["public"]
    assert away[RAV4_PHEV].charging.electric_share_of_miles < 0.05

    mild = _by_id(compare(db, Household(home_charging="level2"), MN_CHOICES, MN_PATTERN, None))
    assert camry.yearly_costs["energy"][0] > mild[CAMRY].yearly_costs["energy"][0]
    assert tesla.kwh_per_year > mild[MODEL_3].kwh_per_year


# --- 4: profiles ------------------------------------------------------------------------------------------------

WEEKLY = WeeklyPattern(
    (32.0, 32.0, 32.0, 32.0, 40.5, 15.0, 0.0), (Trip(7, 240.0), Trip(7, 180.0, True), Trip(12, 400.0), Trip(1, 0.0, True))
)
LOG = LogPattern(tuple(round(5 + (k % 7) * 3.25 + (k % 5) * 0.01, 2) for k in range(365)), "trips.csv", "365 rows, 9,000 mi")
MANUAL = manual_climate([5.5, 10, 25, 45, 58, 68, 73, 71, 60, 47, 30, 12])


@pytest.mark.parametrize(
    ("pattern", "climate"),
    [
        (WEEKLY, state_climate("MN")),
        (LOG, MANUAL),
        (WEEKLY, MANUAL),
        (LOG, state_climate("hi")),
        (SimplePattern(30.0, 15.0, 6, 250.0, True), None),
        (AnnualPattern(), None),
    ],
)
def test_profile_round_trip(pattern: Pattern, climate: Climate | None) -> None:
    profile = Profile(
        name="Range test",
        household=Household(home_charging="level1", charge_reserve=0.2, workplace_charging="priced", public_everyday="level2"),
        vehicles=(VehicleChoice(MODEL_3, heat_pump=True), VehicleChoice(RAV4_PHEV, heat_pump=False), VehicleChoice(CAMRY)),
        driving=pattern,
        climate=climate,
    )
    back = profile_from_dict(json.loads(json.dumps(profile_to_dict(profile))))
    assert back == profile
    assert back.driving == pattern and back.climate == climate
    assert [v.heat_pump for v in back.vehicles] == [True, False, None]


def test_version_1_profile_opens_with_the_neutral_pattern() -> None:
    old = {
        "schema_version": 1,
        "name": "old",
        "household": {"annual_miles": 12000},
        "vehicles": [{"id": MODEL_3, "price": 42490}],
        "what_if": {},
    }
    profile = profile_from_dict(old)
    assert profile.driving == AnnualPattern() and profile.climate is None
    assert profile.household.annual_miles == 12000 and profile.vehicles[0].heat_pump is None
    assert profile_to_dict(profile)["schema_version"] == SCHEMA_VERSION


def _base_profile(**extra: Any) -> dict[str, Any]:
    return {
        "schema_version": 2,
        "name": "p",
        "household": {},
        "vehicles": [{"id": MODEL_3}],
        "what_if": {},
        "driving": {"kind": "annual"},
        "climate": None,
        **extra,
    }


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"driving": {"kind": "simple", "weekday_mi": -5, "weekend_mi": 10}}, "driving.weekday_mi"),
        ({"climate": {"state": "XX"}}, "climate.state"),
        ({"climate": {"monthly_f": [50.0] * 11}}, "climate.monthly_f"),
        ({"climate": {"monthly_f": [50.0] * 11 + [150.0]}}, "climate.monthly_f[December]"),
        ({"vehicles": [{"id": MODEL_3, "heat_pump": "maybe"}]}, "vehicles[0].heat_pump"),
        (
            {"driving": {"kind": "weekly", "week_mi": [10] * 7, "trips": [{"month": 3, "one_way_mi": 100}] * 5}},
            "driving.trips (month 3)",
        ),
        ({"driving": {"kind": "weekly", "week_mi": [10] * 6}}, "driving.week_mi"),
        ({"driving": {"kind": "hourly"}}, "driving.kind"),
        ({"driving": {"kind": "log", "miles": [10] * 364}}, "driving.miles"),
    ],
)
def test_bad_profile_values_are_refused_by_field(change: dict[str, Any], field: str) -> None:
    with pytest.raises(InputError) as caught:
        profile_from_dict(_base_profile(**change))
    assert field in [p.field for p in caught.value.problems], caught.value.problems


# --- 5: the command line -------------------------------------------------------------------------------------------


def _run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    code = main([*argv, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def _refused(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 2, (out, err)
    assert out == "" and "Traceback" not in err
    return err


def test_cli_simple_pattern_and_climate(capsys: pytest.CaptureFixture[str]) -> None:
    flags = (
        "compare",
        "--vehicle",
        str(MODEL_3),
        "--vehicle",
        str(RAV4_PHEV),
        "--vehicle",
        str(CAMRY),
        "--weekday-miles",
        "30",
        "--weekend-miles",
        "15",
        "--trips",
        "6",
        "--trip-miles",
        "250",
        "--climate",
        "mn",
    )
    d = _run_json(capsys, *flags)
    driving = d["driving"]
    # 261 weekdays x 30 + 104 weekend days x 15, six weekends of 15 mi days replaced by 12 days of 250 mi
    assert driving["annual_miles"] == 261 * 30 + 104 * 15 + 12 * (250 - 15) == 12210
    assert driving["pattern"] == MN_PATTERN.to_dict() and driving["long_trip_days"] == 12
    assert sum(driving["monthly_miles"]) == pytest.approx(12210, abs=0.5)
    assert driving["climate"]["state"] == "MN" and len(driving["climate"]["monthly_f"]) == 12
    vehicles = {v["id"]: v for v in d["vehicles"]}
    for vid in (MODEL_3, RAV4_PHEV):
        monthly = vehicles[vid]["charging"]["monthly"]
        assert len(monthly["coverage"]) == 12 and all(0 <= x <= 1 for x in monthly["coverage"])
        assert len(monthly["dc_stops"]) == 12 and len(monthly["range_mi"]) == 12
    for v in d["vehicles"]:
        assert len(v["monthly_energy_cost"]) == 12 and v["trips"]["days"] == 12 and v["trips"]["energy_cost"] > 0
    assert vehicles[CAMRY]["charging"] is None
    # a heat pump keeps at least the Model 3's measured winter range (Recurrent: 87% at 32 F), none keeps less
    pumped = {v["id"]: v for v in _run_json(capsys, *flags, "--heat-pump", f"{MODEL_3}=yes")["vehicles"]}
    assert pumped[MODEL_3]["charging"]["winter_range_mi"] >= vehicles[MODEL_3]["charging"]["winter_range_mi"]
    without = {v["id"]: v for v in _run_json(capsys, *flags, "--heat-pump", f"{MODEL_3}=no")["vehicles"]}
    assert without[MODEL_3]["charging"]["winter_range_mi"] < vehicles[MODEL_3]["charging"]["winter_range_mi"]


def test_cli_driving_log(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    rows = [f"2026-03-{day:02d},{20 if day % 7 else 60}" for day in range(2, 32)]  # 30 days
    path = tmp_path / "log.csv"
    path.write_text("date,miles\n" + "\n".join(rows) + "\n")
    d = _run_json(capsys, "compare", "--vehicle", str(MODEL_3), "--driving-log", str(path), "--home-charging", "level1")
    driving = d["driving"]
    assert driving["pattern"]["kind"] == "log" and driving["pattern"]["miles"] == "(365 values)"
    assert driving["pattern"]["source"] == "log.csv"
    # 28 of the 30 days repeat (four whole weeks): 24 days of 20 mi and 4 of 60 mi a period, 52 periods + 1 day
    assert 365 * 20 < driving["annual_miles"] < 365 * 60
    assert d["household"]["home_charging"] == "level1"
    assert d["vehicles"][0]["charging"]["home_charging"] == "level1"
    assert len(d["vehicles"][0]["charging"]["monthly"]["coverage"]) == 12


def test_cli_weekly_pattern_with_trips(capsys: pytest.CaptureFixture[str]) -> None:
    d = _run_json(
        capsys,
        "compare",
        "--vehicle",
        str(MODEL_3),
        "--week",
        "32,32,32,32,32,15,15",
        "--trip",
        "7:240",
        "--trip",
        "12:100:same-day",
        "--climate-temps",
        ",".join(["40"] * 12),
    )
    driving = d["driving"]
    assert driving["pattern"]["kind"] == "weekly" and len(driving["pattern"]["trips"]) == 2
    assert driving["long_trip_days"] == 3 and driving["climate"]["monthly_f"] == [40.0] * 12


def test_cli_mixed_patterns_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    err = _refused(capsys, "compare", "--vehicle", str(MODEL_3), "--week", "1,2,3,4,5,6,7", "--weekday-miles", "30")
    assert "--week" in err and "--weekday-miles" in err


def test_cli_unknown_state_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    err = _refused(capsys, "compare", "--vehicle", str(MODEL_3), "--climate", "XX")
    assert "--climate" in err and "XX" in err and "climate.state" not in err


def test_cli_home_charger_power_out_of_range_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    err = _refused(capsys, "compare", "--vehicle", str(MODEL_3), "--set", "home_charger_kw=50")
    assert "home_charger_kw" in err and "from 1 to 19.2 kW" in err


def test_state_table_covers_the_states() -> None:
    codes = state_codes()
    assert len(codes) == 51 and {"MN", "DC", "AK", "HI"} <= set(codes)
    assert state_climate(" mn ").state == "MN"
    assert min(state_climate("MN").monthly_f) < min(state_climate("FL").monthly_f)


def _energy(h: Household, v: VehicleInputs, pattern: Pattern, climate: Climate | None = None) -> EnergyYear:
    return simulate_year(h, v, driving_year(pattern, h.annual_miles), climate)


def test_away_nights_put_nothing_back_and_workplace_charging_counts() -> None:
    """Two small checks of the day model's charging access beyond the hand-worked year."""
    v = _hand_bev()
    work = _energy(Household(workplace_charging="free", workplace_days=5), v, SimplePattern(20, 10))
    # free work charging at 7.2 kW for 8 h covers every 5 kWh weekday: home buys only the weekend days
    assert work.kwh_by_source[0, WORK] == pytest.approx(261 * 5.0, abs=1e-9)
    assert work.kwh_by_source[0, HOME] == pytest.approx(104 * 2.5, abs=1e-9)
    assert work.cost_by_source[0, WORK] == 0
    priced = _energy(Household(workplace_charging="priced", workplace_price=0.2), v, SimplePattern(20, 10))
    assert priced.cost_by_source[0, WORK] == pytest.approx(261 * 5.0 * 0.2, abs=1e-9)
