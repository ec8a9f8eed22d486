"""Utility rate plans (URDB): reading and refusing rates, pricing nights hour by hour, the day model on a plan."""

from __future__ import annotations

import copy
import json
from dataclasses import replace

import numpy as np
import pytest

from buyer_app.core.driving.patterns import SimplePattern, driving_year
from buyer_app.core.energy.day_model import HOME, simulate_year
from buyer_app.core.errors import InputError
from buyer_app.core.household.fields import Household
from buyer_app.core.region.climate import state_climate
from buyer_app.core.tariffs.choice import home_tariff, tariff_from_dict, tariff_to_dict
from buyer_app.core.tariffs.schedule import marginal_rates, night_periods, price_nights
from buyer_app.core.tariffs.shipped import shipped_tariff, shipped_tariffs
from buyer_app.core.tariffs.urdb import IGNORED_DEMAND, IGNORED_NET_METERING, IGNORED_UNITS, tariff_from_urdb
from buyer_app.core.vehicles.inputs import inputs_from_frame

BOLT = 43955  # a 2022 Chevrolet Bolt EV (on-board charger 11 kW)
# LADWP A-3 (URDB 67c1f1c74737dd843e060fe8): winter weekday hours 0-9 and 20-23 are period 0 (0.03798 + 0.10499
# adj USD/kWh), 10-12 and 17-19 period 1 (0.05464 + 0.10499), 13-16 period 2
LADWP_OFF, LADWP_MID = 0.03798 + 0.10499, 0.05464 + 0.10499


def _ladwp_rate() -> dict[str, object]:
    return copy.deepcopy(shipped_tariff("ladwp-a-3-2025").raw["items"][0])  # type: ignore[index]


def test_the_shipped_tariffs_are_real_urdb_rates_with_their_provenance():
    shipped = {s.id: s for s in shipped_tariffs()}
    assert set(shipped) == {
        "jackson-emc-a-2017",
        "ladwp-a-3-2025",
        "coned-sc-9-2025",
        "xcel-co-re-tou-2022",
        "xcel-co-r-opt-out-2022",
    }
    ladwp = shipped["ladwp-a-3-2025"]
    assert (ladwp.tariff.utility, ladwp.tariff.eiaid, ladwp.tariff.label) == (
        "Los Angeles Department of Water & Power",
        11208,
        "67c1f1c74737dd843e060fe8",
    )
    assert ladwp.tariff.start == "2025-01-01" and ladwp.tariff.time_of_use
    assert ladwp.uri.startswith("https://apps.openei.org/") and "CC BY 4.0" in ladwp.licence and ladwp.provenance
    assert IGNORED_DEMAND in ladwp.tariff.ignored  # its $/kW charges are not the car's and are said to be ignored
    jackson = shipped["jackson-emc-a-2017"].tariff
    assert jackson.tiered and not jackson.time_of_use and jackson.start == "2017-01-01"
    assert IGNORED_NET_METERING in jackson.ignored
    assert jackson.fixed_monthly == 5.5


@pytest.mark.parametrize(
    ("change", "path", "reason"),
    [
        (lambda r: r.update(energyweekdayschedule=[[0] * 24] * 11), "energyweekdayschedule", "12 lists"),
        (lambda r: r["energyweekdayschedule"][3].__setitem__(7, 9), "energyweekdayschedule[3][7]", "from 0 to 5"),
        (lambda r: r["energyratestructure"][2][0].__setitem__("rate", -0.1), "energyratestructure[2][0].rate", "from 0"),
        (lambda r: r.update(energyratestructure="cheap"), "energyratestructure", "a list of 1 to"),
        (lambda r: r.update(fixedchargeunits="$/year"), "fixedchargeunits", '"$/month" or "$/day"'),
        (lambda r: r.pop("energyratestructure"), "energyratestructure", "no energy charge"),
    ],
)
def test_a_malformed_rate_is_refused_with_the_key_path_and_what_is_allowed(change, path, reason):
    rate = _ladwp_rate()
    change(rate)
    with pytest.raises(InputError) as err:
        tariff_from_urdb({"items": [rate]})
    assert any(p.field == path and reason in p.allowed for p in err.value.problems), str(err.value)
    assert path in str(err.value)


def test_the_bare_rate_and_the_api_answer_read_alike_and_other_units_are_said():
    rate = _ladwp_rate()
    bare, answer = tariff_from_urdb(rate), tariff_from_urdb({"items": [rate]})
    np.testing.assert_array_equal(bare.rates, answer.rates)
    rate["energyratestructure"][0] = [{"rate": 0.2, "max": 10.5, "unit": "kWh daily"}, {"rate": 0.3, "unit": "kWh daily"}]
    daily = tariff_from_urdb(rate)
    assert IGNORED_UNITS in daily.ignored and np.isinf(daily.tier_max[0]).all()  # the daily bounds are not used


def test_a_night_crosses_midnight_into_the_next_days_schedule_and_month():
    t = shipped_tariff("ladwp-a-3-2025").tariff
    # a Friday night of 31 May running into Saturday 1 June: from midnight the weekend schedule of June applies
    periods = night_periods(t, 22, np.array([4]), np.array([0]), np.array([5]), np.array([1]))
    assert list(periods[0, :2]) == [int(t.weekday[4, 22]), int(t.weekday[4, 23])]
    assert list(periods[0, 2:4]) == [int(t.weekend[5, 0]), int(t.weekend[5, 1])]


def test_moving_the_start_to_midnight_saves_what_the_hand_calculation_says():
    """One kind of night, a January weekday: 14.4 kWh at 7.2 kW is two hours. Starting at 18:00 both hours are in
    LADWP's period 1 (0.15963 USD/kWh); at midnight both are in period 0 (0.14297)."""
    t = shipped_tariff("ladwp-a-3-2025").tariff
    kwh, kw = np.array([[14.4]]), np.array([[7.2]])
    month, weekday, by_month = np.array([0]), np.array([0]), np.eye(12)[[0]] * 20  # 20 such nights in January
    costs = {}
    for start in (18, 0):
        periods = night_periods(t, start, month, weekday, month, weekday)
        priced = price_nights(t, start, 893.0, kwh, kw, periods, month, by_month)
        costs[start] = float(priced.year_usd_per_kwh[0] * 14.4 * 20)
        assert priced.hourly_kwh[0, 0, start] == pytest.approx(7.2 * 20)
        assert priced.hourly_kwh[0].sum() == pytest.approx(14.4 * 20)
        assert priced.hourly_usd[0].sum() == pytest.approx(costs[start])
    assert costs[18] == pytest.approx(14.4 * 20 * LADWP_MID)
    assert costs[0] == pytest.approx(14.4 * 20 * LADWP_OFF)
    assert costs[18] - costs[0] == pytest.approx(288 * (LADWP_MID - LADWP_OFF))  # 4.80 USD


def test_charging_pays_the_marginal_tier_on_top_of_the_households_own_use():
    t = shipped_tariff("jackson-emc-a-2017").tariff  # summer tiers: 0.0896 to 650 kWh, 0.1121 to 1000, then 0.1181
    summer = marginal_rates(t, 893.0, np.array(200.0))[1]  # 893-1000 at 0.1121, 1000-1093 at 0.1181
    assert summer == pytest.approx((107 * 0.1121 + 93 * 0.1181) / 200)
    assert marginal_rates(t, 100.0, np.array(0.0))[1] == pytest.approx(0.0896)  # nothing bought: the rate at the base


@pytest.fixture(scope="module")
def bolt(db):
    return inputs_from_frame(db.get([BOLT]).copy())


def test_a_household_on_a_real_time_of_use_plan_pays_less_charging_after_midnight(bolt):
    year, climate = driving_year(SimplePattern(40, 20)), state_climate("CA")
    flat = Household(state="CA", home_charging="level2", home_charger_kw=7.2)
    evening = replace(flat, home_tariff=home_tariff("ladwp-a-3-2025", start_hour=18))
    midnight = replace(flat, home_tariff=evening.home_tariff.with_start(0))  # type: ignore[union-attr]
    a, b = simulate_year(evening, bolt, year, climate), simulate_year(midnight, bolt, year, climate)
    np.testing.assert_allclose(a.kwh_by_source, b.kwh_by_source)  # the hour moves money, not energy
    assert b.cost_by_source[0, HOME] < a.cost_by_source[0, HOME]
    assert a.home_hourly_kwh is not None and b.home_hourly_kwh is not None and b.home_hourly_usd is not None
    assert a.home_hourly_kwh[0, :, 18].sum() > 0 and a.home_hourly_kwh[0, :, 0].sum() == 0  # 40 mi is about 2 hours
    assert b.home_hourly_kwh[0, :, 0].sum() > 0 and b.home_hourly_kwh[0, :, 18].sum() == 0
    # at midnight every kWh of a winter month is in LADWP's off-peak period 0: the hour-by-hour cost says so
    january = b.home_hourly_usd[0, 0].sum() / b.home_hourly_kwh[0, 0].sum()
    assert january == pytest.approx(LADWP_OFF)
    # without a plan, the flat price as before
    plain = simulate_year(flat, bolt, year, climate)
    np.testing.assert_allclose(plain.cost_by_source[0, HOME], plain.kwh_by_source[0, HOME] * flat.electricity_price)
    assert plain.home_hourly_kwh is None


def test_a_plan_round_trips_through_its_profile_form_and_bad_ones_name_their_key():
    chosen = home_tariff("jackson-emc-a-2017", start_hour=0, household_kwh=700)
    assert tariff_from_dict(json.loads(json.dumps(tariff_to_dict(chosen)))) == chosen
    own = home_tariff(rate=_ladwp_rate(), start_hour=23)
    again = tariff_from_dict(json.loads(json.dumps(tariff_to_dict(own))))
    assert again == own and again is not None and again.tariff.label == "67c1f1c74737dd843e060fe8"
    with pytest.raises(InputError) as err:
        tariff_from_dict({"id": "nowhere", "charge_start_hour": 24})
    text = str(err.value)
    assert "tariff.charge_start_hour" in text and "tariff.id" in text and "ladwp-a-3-2025" in text


def test_a_profile_keeps_its_plan_under_tariff_and_one_without_writes_no_key():
    from buyer_app.core.profiles.schema import Profile, profile_from_dict, profile_to_dict

    plain = profile_to_dict(Profile())
    assert "tariff" not in plain and profile_from_dict(plain).household.home_tariff is None
    chosen = home_tariff("ladwp-a-3-2025", start_hour=1)
    saved = profile_to_dict(Profile(household=replace(Household(), home_tariff=chosen)))
    assert saved["tariff"] == {"id": "ladwp-a-3-2025", "charge_start_hour": 1, "household_kwh_month": 893.0}
    assert profile_from_dict(json.loads(json.dumps(saved))).household.home_tariff == chosen
    with pytest.raises(InputError, match=r"tariff\.rate\.energyweekdayschedule\[0\]\[0\]"):
        bad = _ladwp_rate()
        bad["energyweekdayschedule"][0][0] = "peak"
        profile_from_dict({**plain, "tariff": {"rate": bad}})


def test_scaling_the_households_electricity_prices_scales_the_plans_too(bolt):
    from buyer_app.core.uncertainty.thresholds import ELECTRICITY_FIELDS, _scaled

    year, climate = driving_year(SimplePattern(40, 20)), state_climate("CA")
    h = Household(state="CA", home_tariff=home_tariff("ladwp-a-3-2025"))
    doubled = _scaled(h, ELECTRICITY_FIELDS, 2.0)
    assert doubled.home_tariff is not None and doubled.home_tariff.price_factor == 2.0
    a, b = simulate_year(h, bolt, year, climate), simulate_year(doubled, bolt, year, climate)
    assert b.cost_by_source[0, HOME] == pytest.approx(2 * a.cost_by_source[0, HOME])
    assert a.home_hourly_usd is not None and b.home_hourly_usd is not None
    np.testing.assert_allclose(b.home_hourly_usd, 2 * a.home_hourly_usd)


def test_xcel_colorados_published_time_of_use_prices_hour_by_hour():
    """Xcel Energy Colorado's residential time of use as introduced 2022-03-01 (Westword, 2022-03; Colorado Daily,
    2022-03-08): off-peak 9.9 c/kWh, weekdays 1-3 p.m. mid-peak 13.6 c winter / 18.9 c summer, 3-7 p.m. on-peak
    17.3 c / 27.9 c, summer June-September; the opt-out plan 12 c winter / 14 c summer at every hour (The Solar
    Wave, 2022). A January weekday night of 14.4 kWh at 7.2 kW: from 18:00 one hour on-peak and one off-peak
    (7.2 x 0.173 + 7.2 x 0.099 = 1.9584 USD), from midnight both off-peak (14.4 x 0.099 = 1.4256 USD); a July
    weekday from 18:00: 7.2 x 0.279 + 7.2 x 0.099 = 2.7216 USD; the opt-out plan 1.728 USD in January whenever."""
    tou = shipped_tariff("xcel-co-re-tou-2022")
    opt_out = shipped_tariff("xcel-co-r-opt-out-2022")
    assert tou.tariff.time_of_use and tou.tariff.sector == "Residential" and "westword.com" in tou.provenance
    assert not opt_out.tariff.time_of_use and "Not a URDB record" in opt_out.licence
    kwh, kw = np.array([[14.4]]), np.array([[7.2]])

    def night(t, start, month):  # type: ignore[no-untyped-def]
        m, weekday = np.array([month]), np.array([0])
        periods = night_periods(t, start, m, weekday, m, weekday)
        priced = price_nights(t, start, 893.0, kwh, kw, periods, m, np.eye(12)[[month]])
        return float(priced.year_usd_per_kwh[0] * 14.4)

    assert night(tou.tariff, 18, 0) == pytest.approx(7.2 * 0.173 + 7.2 * 0.099)
    assert night(tou.tariff, 0, 0) == pytest.approx(14.4 * 0.099)
    assert night(tou.tariff, 18, 6) == pytest.approx(7.2 * 0.279 + 7.2 * 0.099)
    assert night(tou.tariff, 13, 6) == pytest.approx(7.2 * 0.189 + 7.2 * 0.189)  # 1-3 p.m. mid-peak in July
    assert night(opt_out.tariff, 18, 0) == night(opt_out.tariff, 0, 0) == pytest.approx(14.4 * 0.12)
    assert night(opt_out.tariff, 0, 6) == pytest.approx(14.4 * 0.14)


def test_a_rate_without_a_weekend_schedule_says_its_weekdays_serve_the_weekend():
    """Review of issue 18: such a file was taken silently, and a bad weekday schedule was reported under the name
    of the weekend one, which the file does not have."""
    from buyer_app.core.tariffs.urdb import WEEKEND_AS_WEEKDAY

    rate = _ladwp_rate()
    del rate["energyweekendschedule"]
    t = tariff_from_urdb(rate, "test")
    assert WEEKEND_AS_WEEKDAY in t.ignored and (t.weekend == t.weekday).all()
    rate["energyweekdayschedule"][3][7] = 9
    with pytest.raises(InputError) as caught:
        tariff_from_urdb(rate, "test")
    assert [p.field for p in caught.value.problems] == ["energyweekdayschedule[3][7]"]
