"""The day model's two ways of stepping through days (numpy over many vehicles, plain Python over a few)
give the same year, and identical days computed once give the same year as every day computed."""

from __future__ import annotations

import numpy as np
import pytest

from buyer_app.core.driving.patterns import SimplePattern, Trip, WeeklyPattern, driving_year
from buyer_app.core.energy import day_model as energy_year
from buyer_app.core.energy import day_walk as charging_days
from buyer_app.core.household.fields import Household
from buyer_app.core.region.climate import state_climate
from buyer_app.core.vehicles.database import load_database
from buyer_app.core.vehicles.inputs import inputs_from_frame

IDS = [48765, 49160, 48032, 48937, 48764, 48030, 48996, 48034]
FIELDS = (
    "gallons",
    "kwh",
    "kwh_by_source",
    "cost_by_source",
    "monthly_cost",
    "electric_miles",
    "home_only_days",
    "public_days",
    "dc_sessions",
    "l2_sessions",
    "trip_dc_sessions",
    "trip_cost",
    "home_kwh_bought",
)


@pytest.fixture(scope="module")
def inputs():
    db = load_database()
    frame = db.get(IDS).copy()
    return inputs_from_frame(frame)


@pytest.mark.parametrize("access", ["level2", "level1", "none"])
@pytest.mark.parametrize(
    "pattern",
    [
        SimplePattern(30, 15, 6, 250),
        SimplePattern(55, 90, 12, 320, True),
        WeeklyPattern((40, 0, 40, 0, 40, 120, 10), (Trip(1, 400), Trip(1, 380), Trip(7, 150))),
    ],
)
def test_small_and_vectorised_walks_agree(monkeypatch, inputs, access, pattern):
    h = Household(home_charging=access, workplace_charging="free" if access == "level1" else "none")
    year = driving_year(pattern)
    climate = state_climate("MN")
    price = np.full(len(inputs), 3.0)
    small = energy_year.simulate_year(h, inputs, year, climate, price)
    monkeypatch.setattr(charging_days, "SMALL_WALK", 0)
    vectorised = energy_year.simulate_year(h, inputs, year, climate, price)
    for name in FIELDS:
        np.testing.assert_allclose(getattr(small, name), getattr(vectorised, name), rtol=1e-9, atol=1e-9, err_msg=name)
    assert small.dc_sessions.sum() > 0 or access != "none"


def _reference(h: Household, v, year, climate):
    """The documented rules, one vehicle and one day at a time, nothing grouped or skipped."""
    from buyer_app.core.driving.patterns import MONTH, WEEKDAY
    from buyer_app.core.energy.day_model import plugged_weekdays
    from buyer_app.core.region.climate import ev_energy_factors

    ev_f = ev_energy_factors(climate, v.heat_pump, v.retention_32f)
    plugged = plugged_weekdays(h.phev_plug_nights)  # the nights a plug-in hybrid is plugged in at home
    out = {}
    for i in np.flatnonzero(np.isin(v.powertrain, ("bev", "phev"))):
        bev = v.powertrain[i] == "bev"
        range_mi = float(v.electric_range_mi[i])
        kc, kh = v.kwh100_city[i] / 100, v.kwh100_hwy[i] / 100
        label = h.city_share * kc + (1 - h.city_share) * kh
        cap = range_mi * label  # kWh at the wall
        floor = h.charge_reserve * cap if bev else 0.0
        supply = {"level2": h.home_charger_kw, "level1": 1.4, "none": 0.0}[h.home_charging]
        ac = v.ac_max_kw[i]
        night_kwh = (min(ac, supply) if ac > 0 else supply) * h.home_hours_per_night
        state = cap if (bev or supply > 0) else floor
        sources = np.zeros(4)
        dc_month, home_days, used_kwh = np.zeros(12), np.zeros(12), 0.0
        for d in range(365):
            cf = 0.0 if year.trip_day[d] else h.city_share
            need = year.miles[d] * ev_f[i, MONTH[d]] * (cf * kc + (1 - cf) * kh)
            work = 0.0
            if h.workplace_charging != "none" and WEEKDAY[d] < h.workplace_days and not year.trip_day[d]:
                wkw = min(ac, h.workplace_charger_kw) if ac > 0 else h.workplace_charger_kw
                work = min(need, wkw * h.workplace_hours)
            avail = max(state - floor, 0.0)
            home_before = supply > 0  # home charging at all: a trip's return leg counts when the charge lasts
            from_batt = min(need - work, avail)
            short = need - work - from_batt if bev and need - work - from_batt > 1e-9 else 0.0
            dc_day = year.trip_day[d] or h.public_everyday == "dc_fast"
            size = (max(0.8 - h.charge_reserve, 0.1) * cap) if dc_day else cap - floor
            k = np.ceil(short / size - 1e-9) if short > 0 else 0.0
            end = state - from_batt + k * size - short
            fits = need <= cap - floor + 1e-9 and k == 0 if bev else need <= avail + 1e-9
            if fits and home_before:
                home_days[MONTH[d]] += 1
            home_tonight = not year.away_night[d] and (bev or WEEKDAY[d] in plugged)
            refill = min(max(cap - end, 0.0), night_kwh if home_tonight else 0.0)
            sources += np.array([refill, work, 0.0 if dc_day else k * size, k * size if dc_day else 0.0])
            if dc_day:
                dc_month[MONTH[d]] += k
            used_kwh += work + from_batt + short
            state = end + refill
        scale = used_kwh / sources.sum() if sources.sum() > 1e-9 else 0.0
        out[int(i)] = (sources * scale, dc_month, home_days, used_kwh)
    return out


@pytest.mark.parametrize("access", ["level2", "level1", "none"])
@pytest.mark.parametrize(
    "pattern",
    [
        SimplePattern(30, 15, 6, 250),
        SimplePattern(55, 90, 12, 320, True),
        WeeklyPattern((40, 0, 40, 0, 40, 120, 10), (Trip(1, 400), Trip(7, 150))),
    ],
)
def test_grouped_days_match_a_plain_day_by_day_reference(inputs, access, pattern):
    h = Household(home_charging=access, workplace_charging="free" if access == "level1" else "none")
    year = driving_year(pattern)
    climate = state_climate("MN")
    energy = energy_year.simulate_year(h, inputs, year, climate)
    for i, (sources, dc_month, home_days, used) in _reference(h, inputs, year, climate).items():
        if np.isnan(inputs.electric_range_mi[i]):
            continue
        np.testing.assert_allclose(energy.kwh[i], used, rtol=1e-9)
        np.testing.assert_allclose(energy.kwh_by_source[i][:4], sources, rtol=1e-9, atol=1e-6)
        assert energy.kwh_by_source[i][4] == 0  # no calendar, no relative's plug
        np.testing.assert_array_equal(energy.dc_sessions[i], dc_month)
        np.testing.assert_array_equal(energy.home_only_days[i], home_days)
