"""Charging times, a driving pattern and range coverage, worked by hand."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from buyer_app.cli.main import main
from buyer_app.core.driving.patterns import SimplePattern, coverage, daily_distances, fast_charge_stops
from buyer_app.core.errors import InputError
from buyer_app.core.vehicles.dc_charging import ac_hours, dc_session_minutes, parse_curve, weekly_plugged_hours


def test_dc_session_on_a_flat_curve_is_energy_over_power():
    # 75 kWh from 10% to 80% = 52.5 kWh at a flat 100 kW = 31.5 minutes
    assert dc_session_minutes(75.0, 250.0, [(0, 100.0), (100, 100.0)]) == pytest.approx(31.5)
    # the car's own maximum caps the curve
    assert dc_session_minutes(75.0, 50.0, [(0, 100.0), (100, 100.0)]) == pytest.approx(63.0)


def test_generic_taper_is_slower_than_full_power_and_curve_parsing():
    full_power = 75.0 * 0.7 / 250.0 * 60
    assert dc_session_minutes(75.0, 250.0) > full_power
    assert parse_curve("[[80, 50.0], [0, 100]]") == [(0.0, 100.0), (80.0, 50.0)]
    assert parse_curve("not json") == []


def test_ac_hours_and_weekly_plugging():
    assert ac_hours(60.0, 11.0, 7.2) == pytest.approx(60 * 0.9 / (7.2 * 0.9))
    assert ac_hours(60.0, 6.6, 11.5, 0, 100) == pytest.approx(60 / (6.6 * 0.9))
    assert weekly_plugged_hours(3744.0, 11.0, 7.2) == pytest.approx(3744 / 52 / 7.2)


def test_minnesota_pattern_counted_by_hand():
    days = daily_distances(SimplePattern(30, 15, 6, 250, round_trip_same_day=False), year=2026)
    assert len(days) == 365
    # 2026 has 261 weekdays and 104 weekend days; six weekends become 250 mi out and 250 mi back
    assert days.sum() == pytest.approx(261 * 30 + 104 * 15 + 12 * (250 - 15))
    assert (days == 250).sum() == 12
    ranges = np.array([300.0, 200.0])
    assert coverage(days, ranges).tolist() == [1.0, pytest.approx(353 / 365)]
    # the 200-mile car needs one 150-mile top-up on each of the 12 long days
    assert fast_charge_stops(days, ranges, np.array([200.0, 150.0])).tolist() == [0.0, 12.0]
    same_day = daily_distances(SimplePattern(30, 15, 6, 250, round_trip_same_day=True))
    assert (same_day == 500).sum() == 6


def test_bad_pattern_is_refused_with_the_field():
    with pytest.raises(InputError, match="long_trips_per_year"):
        daily_distances(SimplePattern(30, 15, 60, 250))
    with pytest.raises(InputError, match="weekday_mi"):
        daily_distances(SimplePattern(-1, 15))


@given(st.lists(st.floats(0, 600), min_size=1, max_size=60), st.floats(0, 500), st.floats(0, 200))
def test_more_range_never_covers_fewer_days(distances, base, extra):
    days = np.array(distances)
    low, high = coverage(days, np.array([base, base + extra]))
    assert high >= low


def test_compare_json_has_a_charging_block_for_plug_ins_only(capsys):
    assert main(["compare", "--vehicle", "48765", "--vehicle", "49160", "--vehicle", "48032", "--json"]) == 0
    import json

    vehicles = {v["id"]: v for v in json.loads(capsys.readouterr().out)["vehicles"]}
    tesla, rav4, camry = vehicles[48765]["charging"], vehicles[49160]["charging"], vehicles[48032]["charging"]
    assert tesla["dc_10_80_minutes"] > 10 and tesla["battery_kwh"] == 75.0 and tesla["share_days_home_only"] == 1.0
    assert 0.5 < rav4["electric_share_of_miles"] <= 1 and rav4["epa_utility_factor"] == pytest.approx(0.693)
    assert camry is None
