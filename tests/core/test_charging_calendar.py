"""The weekly charging calendar: its profile form and checks, and what the day model does with it (nights without a
plug refill nothing, a relative's plug is paid at its own price, visits plug in on the way), against a plain
day-by-day reference and as a property (more nights plugged in never buys more public charging)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from buyer_app.core.costs.compare import compare
from buyer_app.core.driving.patterns import MONTH, WEEKDAY, SimplePattern, Trip, WeeklyPattern, driving_year
from buyer_app.core.energy import day_model
from buyer_app.core.energy.day_model import PUBLIC_DC, PUBLIC_L2, RELATIVE, simulate_year
from buyer_app.core.errors import InputError
from buyer_app.core.household.calendar import (
    NIGHT_CODES,
    ChargingCalendar,
    calendar_for,
    calendar_from_dict,
    calendar_to_dict,
)
from buyer_app.core.household.choices import NightPlug
from buyer_app.core.household.fields import Household
from buyer_app.core.profiles.migrations import migrate
from buyer_app.core.profiles.samples import load_sample
from buyer_app.core.profiles.schema import Profile, profile_from_dict, profile_to_dict
from buyer_app.core.region.climate import state_climate
from buyer_app.core.vehicles.inputs import inputs_from_frame

BOLT, NIRO_EV, IONIQ5, EQUINOX = 43955, 48370, 48714, 48695
WEEKENDS = {"mon": "none", "tue": "none", "wed": "none", "thu": "none", "fri": "none", "sat": "relative_l1", "sun": "relative_l1"}


def _calendar(**over: object) -> dict[str, object]:
    return {"nights": dict(WEEKENDS), "work_days": [], "relative_price": None, "relative_hours": None, **over}


@pytest.fixture(scope="module")
def bevs(db):
    frame = db.get([BOLT, NIRO_EV, IONIQ5, EQUINOX]).copy()
    assert (frame["powertrain"] == "bev").all()
    return inputs_from_frame(frame)


def test_a_calendar_round_trips_through_its_profile_form():
    calendar = calendar_from_dict(_calendar(relative_price=0, relative_hours=12, visit_plug="relative_l2", visits=6))
    assert calendar is not None
    assert calendar.nights == (NightPlug.NONE,) * 5 + (NightPlug.RELATIVE_L1,) * 2
    assert (calendar.relative_price, calendar.relative_hours, calendar.visit_plug, calendar.visits) == (
        0.0,
        12.0,
        "relative_l2",
        6,
    )
    assert calendar_from_dict(calendar_to_dict(calendar)) == calendar
    assert calendar_from_dict(None) is None and calendar_to_dict(None) is None
    profile = Profile("cal", replace(Household(state="GA"), charging_calendar=calendar))
    assert profile_from_dict(profile_to_dict(profile)).household.charging_calendar == calendar


@pytest.mark.parametrize(
    ("raw", "field", "allowed"),
    [
        ("weekends", "charging_calendar", "null (no calendar) or an object"),
        (_calendar(nights={**WEEKENDS, "sat": "garage"}), "charging_calendar.nights.sat", "one of home_l2, home_l1"),
        (_calendar(nights={k: v for k, v in WEEKENDS.items() if k != "sun"}), "charging_calendar.nights.sun", "one of"),
        (_calendar(nights={**WEEKENDS, "someday": "none"}), "charging_calendar.nights.someday", "a day: mon, tue"),
        (_calendar(nights=["none"] * 7), "charging_calendar.nights", "an object with a plug for each day"),
        (_calendar(work_days=["monday"]), "charging_calendar.work_days[0]", "a day: mon"),
        (_calendar(relative_price=-0.1), "charging_calendar.relative_price", "from 0 to 2 USD/kWh (0: free)"),
        (_calendar(relative_price="free"), "charging_calendar.relative_price", "from 0 to 2"),
        (_calendar(relative_hours=30), "charging_calendar.relative_hours", "from 1 to 24 hours"),
        (_calendar(visit_plug="home_l2"), "charging_calendar.visit_plug", "one of relative_l2, relative_l1, none"),
        (_calendar(visits=53), "charging_calendar.visits", "a whole number from 0 to 52"),
        (_calendar(visits=True), "charging_calendar.visits", "a whole number"),
        (_calendar(weekend=True), "charging_calendar.weekend", "not a calendar field"),
    ],
)
def test_a_bad_calendar_is_refused_naming_field_value_and_what_is_allowed(raw, field, allowed):
    with pytest.raises(InputError) as caught:
        calendar_from_dict(raw)
    problems = {p.field: p for p in caught.value.problems}
    assert field in problems, caught.value
    assert allowed in problems[field].allowed
    # the same problem in a profile file is named under the profile
    with pytest.raises(InputError, match=field.replace("[", r"\[").replace("]", r"\]")):
        profile_from_dict({"schema_version": 7, "charging_calendar": raw})


def test_profiles_of_version_6_get_no_calendar_and_charge_as_before():
    old = profile_to_dict(Profile("six", Household(home_charging="level1")))
    old["schema_version"] = 6
    del old["charging_calendar"]
    assert migrate(dict(old), "test")["charging_calendar"] is None
    assert profile_from_dict(old).household.charging_calendar is None


def test_the_calendar_of_every_night_at_home_gives_the_same_year(bevs):
    """A calendar that says what the household's fields say (home every night, work on its first days) changes no
    figure of a battery-electric car."""
    pattern = WeeklyPattern((40, 12, 40, 12, 40, 120, 10), (Trip(1, 300), Trip(7, 200, True)))
    year, climate = driving_year(pattern), state_climate("MN")
    for access in ("level2", "level1", "none"):
        h = Household(home_charging=access, workplace_charging="free", workplace_days=2)
        same = replace(h, charging_calendar=calendar_for(access, "free", 2))
        a, b = simulate_year(h, bevs, year, climate), simulate_year(same, bevs, year, climate)
        for name in ("kwh", "kwh_by_source", "cost_by_source", "home_only_days", "public_days", "dc_sessions", "monthly_cost"):
            np.testing.assert_allclose(getattr(a, name), getattr(b, name), rtol=1e-12, atol=1e-9, err_msg=f"{access} {name}")


def _reference(h: Household, v, year, climate, i: int):
    """The documented rules for one battery-electric car, day by day, nothing grouped or skipped: (used kWh,
    public sessions, kWh refilled at a relative's)."""
    from buyer_app.core.region.climate import ev_energy_factors

    calendar = h.charging_calendar
    assert calendar is not None
    ev_f = ev_energy_factors(climate, v.heat_pump, v.retention_32f)
    kc, kh = v.kwh100_city[i] / 100, v.kwh100_hwy[i] / 100
    cap = float(v.electric_range_mi[i]) * (h.city_share * kc + (1 - h.city_share) * kh)
    floor = h.charge_reserve * cap
    ac = v.ac_max_kw[i]
    supply = {"home_l2": h.home_charger_kw, "home_l1": 1.4, "relative_l2": h.home_charger_kw, "relative_l1": 1.4, "none": 0.0}
    rel_hours = calendar.relative_hours or h.home_hours_per_night
    away = np.flatnonzero(year.away_night)
    n = min(calendar.visits, len(away))
    visit_nights = {int(away[int(round((k + 0.5) * len(away) / n - 0.5))]) for k in range(n)} if n else set()
    state, used, sessions, relative = cap, 0.0, 0.0, 0.0
    for d in range(365):
        cf = 0.0 if year.trip_day[d] else h.city_share
        need = year.miles[d] * ev_f[i, MONTH[d]] * (cf * kc + (1 - cf) * kh)
        work = 0.0
        if h.workplace_charging != "none" and calendar.work_days[WEEKDAY[d]] and not year.trip_day[d]:
            work = min(need, (min(ac, h.workplace_charger_kw) if ac > 0 else h.workplace_charger_kw) * h.workplace_hours)
        from_batt = min(need - work, max(state - floor, 0.0))
        short = need - work - from_batt if need - work - from_batt > 1e-9 else 0.0
        dc_day = year.trip_day[d] or h.public_everyday == "dc_fast"
        size = (max(0.8 - h.charge_reserve, 0.1) * cap) if dc_day else cap - floor
        k = np.ceil(short / size - 1e-9) if short > 0 else 0.0
        end = state - from_batt + k * size - short
        plug = ("none" if d not in visit_nights else calendar.visit_plug) if year.away_night[d] else calendar.nights[WEEKDAY[d]]
        hours = rel_hours if plug.startswith("relative") else h.home_hours_per_night
        power = min(ac, supply[plug]) if ac > 0 else supply[plug]  # the on-board charger limits it (NaN: unknown)
        refill = min(max(cap - end, 0.0), power * hours)
        relative += refill if plug.startswith("relative") else 0.0
        used += work + from_batt + short
        sessions += k
        state = end + refill
    return used, sessions, relative


@pytest.mark.parametrize(
    "nights",
    [
        ("none",) * 5 + ("relative_l1",) * 2,
        ("home_l1", "none", "home_l2", "none", "relative_l2", "none", "home_l1"),
        ("none",) * 7,
    ],
)
def test_the_day_model_follows_the_calendar_night_by_night(bevs, nights):
    pattern = SimplePattern(38, 20, 8, 190)
    year, climate = driving_year(pattern), state_climate("GA")
    calendar = ChargingCalendar(
        nights=tuple(NightPlug(n) for n in nights),
        work_days=(True, False, True, False, False, False, False),
        relative_hours=9.0,
        visit_plug=NightPlug.RELATIVE_L2,
        visits=5,
    )
    h = replace(Household(workplace_charging="free", workplace_hours=3.0), charging_calendar=calendar)
    energy = simulate_year(h, bevs, year, climate)
    for i in range(len(bevs)):
        used, sessions, relative = _reference(h, bevs, year, climate, i)
        np.testing.assert_allclose(energy.kwh[i], used, rtol=1e-9)
        assert (energy.dc_sessions[i] + energy.l2_sessions[i]).sum() == sessions
        # what a relative's plug put in, less at most the full battery of 1 January the balance may take from it
        cap = float(bevs.electric_range_mi[i]) * (0.55 * bevs.kwh100_city[i] + 0.45 * bevs.kwh100_hwy[i]) / 100
        assert relative - cap - 1e-6 <= energy.kwh_by_source[i, RELATIVE] <= relative + cap + 1e-6
        assert energy.kwh_by_source[i].sum() == pytest.approx(energy.kwh[i])


def test_a_relative_who_charges_nothing_costs_nothing_and_their_price_is_used_otherwise(bevs):
    year, climate = driving_year(SimplePattern(27, 19)), state_climate("GA")
    weekends = calendar_from_dict(_calendar(relative_hours=12))
    assert weekends is not None
    h = replace(Household(state="GA", electricity_price=0.15, home_charging="none"), charging_calendar=weekends)
    paid = simulate_year(h, bevs, year, climate)
    free = simulate_year(replace(h, charging_calendar=replace(weekends, relative_price=0.0)), bevs, year, climate)
    dear = simulate_year(replace(h, charging_calendar=replace(weekends, relative_price=0.30)), bevs, year, climate)
    assert (paid.kwh_by_source[:, RELATIVE] > 100).all()
    np.testing.assert_allclose(paid.cost_by_source[:, RELATIVE], paid.kwh_by_source[:, RELATIVE] * 0.15)
    np.testing.assert_allclose(dear.cost_by_source[:, RELATIVE], dear.kwh_by_source[:, RELATIVE] * 0.30)
    assert (free.cost_by_source[:, RELATIVE] == 0).all()
    np.testing.assert_allclose(free.kwh_by_source, paid.kwh_by_source)  # the price moves money, not energy
    # no home nights: no day counts as covered from home
    assert (paid.home_only_days == 0).all()


NIGHTS = st.lists(st.sampled_from(NIGHT_CODES), min_size=7, max_size=7)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(
    nights=NIGHTS,
    day=st.integers(0, 6),
    plug=st.sampled_from([p for p in NIGHT_CODES if p != "none"]),
    weekday_mi=st.floats(5, 120),
    weekend_mi=st.floats(0, 150),
    trips=st.integers(0, 12),
    visits=st.integers(0, 12),
    visit_plug=st.sampled_from(("relative_l1", "relative_l2", "none")),
)
def test_more_nights_plugged_in_never_raise_public_charging(
    bevs, nights, day, plug, weekday_mi, weekend_mi, trips, visits, visit_plug
):
    """Plugging in on one more night (a night without a plug gets one) never buys more public kWh in the year."""
    year = driving_year(SimplePattern(weekday_mi, weekend_mi, trips, 180 if trips else 0))
    climate = state_climate("MN")
    fewer = ChargingCalendar(nights=tuple(NightPlug(n) for n in nights), visit_plug=NightPlug(visit_plug), visits=visits)
    more = fewer.with_night(day, NightPlug.NONE).with_night(day, NightPlug(plug))
    fewer = fewer.with_night(day, NightPlug.NONE)
    h = Household(home_charging="none")
    a = simulate_year(replace(h, charging_calendar=fewer), bevs, year, climate)
    b = simulate_year(replace(h, charging_calendar=more), bevs, year, climate)
    public_a = a.kwh_by_source[:, PUBLIC_L2] + a.kwh_by_source[:, PUBLIC_DC]
    public_b = b.kwh_by_source[:, PUBLIC_L2] + b.kwh_by_source[:, PUBLIC_DC]
    assert (public_b <= public_a + 1e-6).all(), (public_a, public_b)


def test_georgia_weekends_at_a_parents_need_public_charging_and_new_york_visits_save_some(db):
    """The two samples with a calendar, against the same households charging as before (every night at home)."""
    ga = load_sample("georgia-used-car-buyer")
    before_ga = replace(ga.household, home_charging="level1", charging_calendar=None)
    now = compare(db, ga.household, list(ga.vehicles), ga.driving, ga.climate)
    was = compare(db, before_ga, list(ga.vehicles), ga.driving, ga.climate)
    bolt_now = next(v for v in now.vehicles if v.id == BOLT).charging
    bolt_was = next(v for v in was.vehicles if v.id == BOLT).charging
    assert bolt_now is not None and bolt_was is not None
    assert bolt_was.share_days_home_only == 1.0 and bolt_now.share_days_home_only is not None
    assert bolt_now.share_days_home_only < 1.0
    assert bolt_now.kwh_by_source["public"] > bolt_was.kwh_by_source["public"] + 100
    assert bolt_now.public_charging_cost_year_usd > bolt_was.public_charging_cost_year_usd + 50
    assert bolt_now.kwh_by_source["relative"] > 1000 and bolt_now.kwh_by_source["home"] == 0

    ny = load_sample("new-york-retirees")
    assert ny.household.charging_calendar is not None
    no_visits = replace(ny.household, charging_calendar=replace(ny.household.charging_calendar, visits=0))
    now = compare(db, ny.household, list(ny.vehicles), ny.driving, ny.climate)
    was = compare(db, no_visits, list(ny.vehicles), ny.driving, ny.climate)
    niro_now = next(v for v in now.vehicles if v.id == NIRO_EV).charging
    niro_was = next(v for v in was.vehicles if v.id == NIRO_EV).charging
    assert niro_now is not None and niro_was is not None
    assert niro_now.public_charging_cost_year_usd < niro_was.public_charging_cost_year_usd
    assert niro_now.kwh_by_source["relative"] > 0 == niro_was.kwh_by_source["relative"]


def test_a_night_without_a_plug_is_not_refilled(bevs):
    """Home every night but one: the day model refills nothing that night (a short year shows it in the sessions)."""
    year, climate = driving_year(SimplePattern(150, 150)), state_climate("GA")
    every = ChargingCalendar(nights=(NightPlug.HOME_L1,) * 7)
    gaps = every.with_night(2, NightPlug.NONE).with_night(5, NightPlug.NONE)
    h = Household()
    a = simulate_year(replace(h, charging_calendar=every), bevs, year, climate)
    b = simulate_year(replace(h, charging_calendar=gaps), bevs, year, climate)
    assert (b.kwh_by_source[:, 0] < a.kwh_by_source[:, 0]).all()
    assert ((b.dc_sessions.sum(axis=1)) > (a.dc_sessions.sum(axis=1))).all()
    assert day_model.home_kw(replace(h, charging_calendar=gaps), bevs.ac_max_kw).tolist() == [1.4] * len(bevs)


def test_a_calendars_home_level_2_counts_the_charger_and_none_does_not(bevs):
    """The charger's installation follows the home plugs the household really uses: a calendar's home Level 2 counts
    it (whatever home_charging says), a calendar without one does not."""
    from buyer_app.core.costs.model import CAT, compute_costs

    year = driving_year(SimplePattern(27, 19))
    h = Household(home_charging="none", home_charger_cost=1500.0)
    with_l2 = replace(h, charging_calendar=ChargingCalendar(nights=(NightPlug.HOME_L2,) + (NightPlug.NONE,) * 6))
    without = replace(
        Household(home_charging="level2", home_charger_cost=1500.0), charging_calendar=calendar_for("none", "none", 0)
    )
    purchase = CAT["purchase"]
    base = compute_costs(h, bevs, year).costs[:, 0, purchase]
    np.testing.assert_allclose(compute_costs(with_l2, bevs, year).costs[:, 0, purchase] - base, 1500.0)
    np.testing.assert_allclose(compute_costs(without, bevs, year).costs[:, 0, purchase], base)
