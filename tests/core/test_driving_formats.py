"""Driving histories of the tools households already use (tests/data/driving, written from the published schemas):
each recognised by its structure, read to the expected daily miles (worked out by hand below), and a malformed one
refused with its line (or JSON path) and the reason."""

from __future__ import annotations

import json
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from buyer_app.core.driving.formats import FORMATS, parse_history, read_driving_log
from buyer_app.core.driving.logs import MI_PER_KM, day_of_year, year_start
from buyer_app.core.errors import FieldProblem, InputError
from buyer_app.text.driving_log import FORMAT_NAMES, log_summary

DATA = Path(__file__).resolve().parent.parent / "data" / "driving"
TESLAMATE_HEADER = (
    "id,start_date,end_date,outside_temp_avg,speed_max,power_max,power_min,start_ideal_range_km,end_ideal_range_km,"
    "start_km,end_km,distance,duration_min,car_id,inside_temp_avg,start_address_id,end_address_id"
)


def _day(log_miles: object, day: date) -> float:
    return float(log_miles[day_of_year(day)])  # type: ignore[index]


def _refused(data: bytes, source: str = "log.csv", unit: str | None = None) -> list[FieldProblem]:
    with pytest.raises(InputError) as caught:
        parse_history(data, source, unit)
    assert caught.value.context == f"driving log {source}"
    return caught.value.problems


def _teslamate(rows: list[tuple[str, float | str, float | str]], car: str = "1") -> bytes:
    """A drives table export: (start timestamp, distance km, outside temperature C) a drive."""
    lines = [TESLAMATE_HEADER]
    for k, (start, km, temp) in enumerate(rows, start=1):
        lines.append(f"{k},{start},{start},{temp},90,80.0,-30.0,400,380,1000,1010,{km},15,{car},21,1,2")
    return ("\n".join(lines) + "\n").encode()


def test_every_format_has_a_name_in_words() -> None:
    assert set(FORMAT_NAMES) == set(FORMATS)


def test_teslamate_drives_table() -> None:
    log = read_driving_log(DATA / "teslamate_drives.csv")
    assert log.format == "teslamate_drives" and log.unit == "km"
    assert (log.first_date, log.last_date, log.span_days, log.repeated) == (date(2025, 1, 1), date(2025, 12, 31), 365, False)
    # Tuesday 4 March 2025: three drives, 12.4 km + 3.1 km + 12.6 km = 28.1 km = 17.46 mi
    assert _day(log.distances_mi, date(2025, 3, 4)) == pytest.approx(28.1 * 0.621371)
    assert _day(log.distances_mi, date(2025, 3, 4)) == pytest.approx(17.46, abs=0.005)
    assert _day(log.distances_mi, date(2025, 3, 5)) == pytest.approx(25.0 * MI_PER_KM)  # 12.4 + 12.6 km
    assert _day(log.distances_mi, date(2025, 3, 8)) == pytest.approx(31.0 * MI_PER_KM)  # a Saturday's one drive
    assert _day(log.distances_mi, date(2025, 3, 9)) == 0.0  # Sundays: no drives
    # 261 weekdays of 25 km, 52 Saturdays of 31 km and the extra 3.1 km: 8,140.1 km
    assert float(log.distances_mi.sum()) == pytest.approx(8140.1 * MI_PER_KM)
    assert log.rows == 576 and log.skipped == 1  # the last drive was still in progress: no end, no distance
    # every drive of a month at the same outside temperature: the month's mean is it, in F (March 4 C = 39.2 F)
    temps_c = (-2, 0, 4, 9, 14, 18, 21, 20, 16, 10, 4, 0)
    assert log.climate_temps_f == pytest.approx(tuple(c * 9 / 5 + 32 for c in temps_c))
    text = log_summary(log)
    assert text.startswith("TeslaMate drives export: 576 drives over 365 days (2025-01-01 to 2025-12-31)")
    assert "1 without a distance (in progress when exported), skipped" in text
    assert "outside temperatures driven in, by month: 28, 32, 39, 48" in text


def test_teslamate_grafana_drives_export_newest_first() -> None:
    log = read_driving_log(DATA / "teslamate_grafana_drives.csv")
    assert log.format == "teslamate_grafana_drives"
    assert (log.first_date, log.last_date, log.span_days, log.repeated) == (date(2025, 3, 3), date(2025, 4, 6), 35, True)
    # Wednesday 12 March: 18.3 km + 2.4 km (the bakery) + 18.9 km = 39.6 km = 24.61 mi
    assert _day(log.distances_mi, date(2025, 3, 12)) == pytest.approx(39.6 * MI_PER_KM)
    assert _day(log.distances_mi, date(2025, 3, 16)) == pytest.approx(64.2 * MI_PER_KM)  # a Sunday at the lake
    assert _day(log.distances_mi, date(2025, 3, 15)) == 0.0
    # Temp beside km is Celsius: March's drives 6 C and 9 C, weighted by distance (18.3, 18.9 km; the bakery 8 C)
    assert log.monthly_temp_f[0] is None and log.climate_temps_f is None
    assert "outside temperatures for 2 of 12 months (too few for a climate)" in log_summary(log)


def test_takeout_timeline_objects_counts_only_car_segments() -> None:
    log = read_driving_log(DATA / "takeout_timeline_objects.json")
    assert log.format == "takeout_timeline_objects"
    assert (log.first_date, log.last_date) == (date(2025, 3, 1), date(2025, 3, 31))
    # Monday 3 March: two car segments of 15,230 m and 15,710 m = 30.94 km = 19.23 mi (the walk between is not driving)
    assert _day(log.distances_mi, date(2025, 3, 3)) == pytest.approx(30.94 * MI_PER_KM)
    assert _day(log.distances_mi, date(2025, 3, 1)) == pytest.approx(9.8 * MI_PER_KM)  # IN_VEHICLE counts
    assert _day(log.distances_mi, date(2025, 3, 20)) == pytest.approx(30.94 * MI_PER_KM)  # the taxi that night does not
    assert _day(log.distances_mi, date(2025, 3, 14)) == pytest.approx(30.94 * MI_PER_KM)  # nor the flight
    counts = {kind: n for kind, n, _ in log.ignored}
    assert counts == {"WALKING": 21, "CYCLING": 5, "FLYING": 1, "IN_BUS": 1, "IN_TAXI": 1}
    text = log_summary(log)
    assert text.startswith("Google Takeout location history (Semantic Location History): 76 activities")
    assert "not counted as driving: walking 21 (5 mi), cycling 5 (26 mi), flights 1 (1,025 mi)" in text


def test_takeout_semantic_segments_use_the_local_date() -> None:
    log = read_driving_log(DATA / "takeout_semantic_segments.json")
    assert log.format == "takeout_semantic_segments"
    # Monday 10 March: 14,870.5 m + 15,020.0 m, and a journey at 00:20+01:00 (23:20 UTC on the 9th) of 42,000 m
    assert _day(log.distances_mi, date(2025, 3, 10)) == pytest.approx(71.8905 * MI_PER_KM)
    assert _day(log.distances_mi, date(2025, 3, 9)) == 0.0  # a Sunday walk only
    assert {kind: n for kind, n, _ in log.ignored} == {"WALKING": 5, "IN_TRAIN": 1}


def test_takeout_month_files_in_a_folder_or_a_zip_read_as_one(tmp_path: Path) -> None:
    whole = json.loads((DATA / "takeout_timeline_objects.json").read_text())
    objects = whole["timelineObjects"]
    folder = tmp_path / "Semantic Location History"
    (folder / "2025").mkdir(parents=True)
    (folder / "2025" / "2025_MARCH_1.json").write_text(json.dumps({"timelineObjects": objects[:40]}))
    (folder / "2025" / "2025_MARCH_2.json").write_text(json.dumps({"timelineObjects": objects[40:]}))
    one = read_driving_log(DATA / "takeout_timeline_objects.json")
    split = read_driving_log(folder)
    assert split.format == "takeout_timeline_objects" and split.source == "Semantic Location History"
    assert list(split.distances_mi) == pytest.approx(list(one.distances_mi)) and split.ignored == one.ignored
    archive = tmp_path / "takeout-20250401.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("Takeout/Location History/Settings.json", "{}")
        zipped.writestr("Takeout/Location History/Semantic Location History/2025/2025_MARCH.json", json.dumps(whole))
    assert list(read_driving_log(archive).distances_mi) == pytest.approx(list(one.distances_mi))
    objects[44]["activitySegment"]["distance"] = -5
    (folder / "2025" / "2025_MARCH_2.json").write_text(json.dumps({"timelineObjects": objects[40:]}))
    with pytest.raises(InputError) as caught:
        read_driving_log(folder)
    assert caught.value.problems[0].field == "2025/2025_MARCH_2.json: timelineObjects[4].activitySegment.distance"


def test_takeout_phone_variant_top_level_list() -> None:
    segments = [
        {
            "startTime": f"2025-05-{d:02d}T08:00:00.000-05:00",
            "endTime": f"2025-05-{d:02d}T08:30:00.000-05:00",
            "activity": {"distanceMeters": "10000.0", "topCandidate": {"type": "in passenger vehicle", "probability": "0.9"}},
        }
        for d in range(1, 31)
    ]
    log = parse_history(json.dumps(segments).encode(), "location-history.json")
    assert log.format == "takeout_semantic_segments" and log.days_logged == 30
    assert _day(log.distances_mi, date(2025, 5, 7)) == pytest.approx(10 * MI_PER_KM)


def test_evcc_sessions_distances_and_charging() -> None:
    log = read_driving_log(DATA / "evcc_sessions.csv")
    assert log.format == "evcc_sessions"
    # Model Y: 15,230 km on 1 March, 15,510 km on 5 March: 280 km spread over 2-5 March, 70 km a day
    assert _day(log.distances_mi, date(2025, 3, 3)) == pytest.approx(70 * MI_PER_KM)
    # 5 to 12 March: 15,790 - 15,510 = 280 km over 7 days (40 a day), and 12 km more between two sessions on the 12th
    assert _day(log.distances_mi, date(2025, 3, 11)) == pytest.approx(40 * MI_PER_KM)
    assert _day(log.distances_mi, date(2025, 3, 12)) == pytest.approx(52 * MI_PER_KM)
    assert log.first_date == date(2025, 3, 2) and log.spread_intervals == 6 and log.skipped == 1
    charging = log.charging
    assert charging is not None and charging.sessions == 9 and charging.kwh_total == pytest.approx(165.8)
    assert charging.annualised and charging.kwh_year == pytest.approx(165.8 * 365 / 40, abs=0.05)
    assert charging.by_loadpoint == (("Garage", 7, 153.2), ("Carport", 2, 12.6))
    text = log_summary(log)
    assert text.startswith("evcc charging sessions export: 9 sessions")
    assert "where and how much you already charge: 9 sessions, 165.8 kWh, 1,513 kWh a year (scaled from 40 days)" in text
    assert "by charging point: Garage 153.2 kWh (7), Carport 12.6 kWh (2)" in text


def test_odometer_readings() -> None:
    log = read_driving_log(DATA / "odometer_readings.csv")
    assert log.format == "odometer_csv" and log.unit == "mi"
    assert _day(log.distances_mi, date(2025, 2, 4)) == pytest.approx(31.5)  # 41,231.5 - 41,200.0
    assert _day(log.distances_mi, date(2025, 2, 7)) == pytest.approx(27.6)  # (41,400 - 41,262) over 6-10 February
    assert _day(log.distances_mi, date(2025, 3, 4)) == pytest.approx(41.0)  # two readings that day: 29 + 12
    assert log.logged_total_mi == pytest.approx(41961 - 41200)
    assert "spread evenly" in log_summary(log)


def test_generic_log_still_recognised() -> None:
    rows = [f"2026-03-{d:02d},{d}" for d in range(1, 32)]
    log = parse_history(("date,km\n" + "\n".join(rows) + "\n").encode())
    assert log.format == "generic_csv" and _day(log.distances_mi, date(2026, 3, 5)) == pytest.approx(5 * MI_PER_KM)


def test_malformed_teslamate_is_refused_with_line_and_reason() -> None:
    good = [(f"2025-03-{d:02d} 08:00:00", 10.0, 5.0) for d in range(1, 31)]
    bad = list(good)
    bad[4] = ("2025-03-05 08:00:00", -3.0, 5.0)  # line 6 (the header is line 1)
    (problem,) = _refused(_teslamate(bad))
    assert problem.field == "line 6" and problem.value == "-3.0" and "distance" in problem.allowed
    bad[4] = ("2025-02-30 08:00:00", 3.0, 5.0)
    assert _refused(_teslamate(bad))[0].field == "line 6"
    bad[4] = ("2025-03-05 08:00:00", 3.0, "warm")
    assert _refused(_teslamate(bad))[0].allowed.startswith("an outside temperature")
    two_cars = _teslamate(good).decode() + "99,2025-03-09 08:00:00,,,,,,,,,,7.0,,2,,,\n"
    (cars,) = _refused(two_cars.encode())
    assert cars.field == "car_id" and "car_id 2: 1 drives" in str(cars.value)


def test_duplicates_are_refused_with_both_places(tmp_path: Path) -> None:
    rows = (DATA / "teslamate_drives.csv").read_text().splitlines()
    (problem,) = _refused(("\n".join([*rows, rows[10]]) + "\n").encode(), "drives.csv")
    assert problem.field == f"line {len(rows) + 1}" and "a duplicate of line 11: the drive with id 10" in problem.allowed
    sessions = (DATA / "evcc_sessions.csv").read_text().splitlines()
    (problem,) = _refused(("\n".join([*sessions, sessions[3]]) + "\n").encode(), "sessions.csv")
    assert problem.field == "line 11" and "a duplicate of line 4" in problem.allowed
    folder = tmp_path / "history"
    folder.mkdir()
    (folder / "2025_MARCH.json").write_bytes((DATA / "takeout_timeline_objects.json").read_bytes())
    (folder / "2025_MARCH (1).json").write_bytes((DATA / "takeout_timeline_objects.json").read_bytes())
    with pytest.raises(InputError) as caught:
        read_driving_log(folder)
    first = caught.value.problems[0]
    assert first.field == "2025_MARCH.json: timelineObjects[2].activitySegment"
    assert "a duplicate of 2025_MARCH (1).json: timelineObjects[2].activitySegment" in first.allowed


def test_malformed_takeout_is_refused_with_json_path() -> None:
    text = (DATA / "takeout_timeline_objects.json").read_text()
    (problem,) = _refused(text[:5000].encode(), "2025_MARCH.json")
    assert problem.field.startswith("line ") and "column" in problem.field
    data = json.loads(text)
    data["timelineObjects"][2]["activitySegment"]["distance"] = "far"
    (problem,) = _refused(json.dumps(data).encode(), "2025_MARCH.json")
    assert problem.field == "timelineObjects[2].activitySegment.distance" and problem.value == "far"
    data = json.loads(text)
    data["timelineObjects"][2]["activitySegment"]["duration"]["startTimestamp"] = "yesterday"  # a car segment
    (problem,) = _refused(json.dumps(data).encode(), "2025_MARCH.json")
    assert problem.field == "timelineObjects[2].activitySegment.duration.startTimestamp" and problem.value == "yesterday"
    (other,) = _refused(b'{"locations": []}', "Records.json")
    assert other.field == "JSON" and "timelineObjects or semanticSegments" in other.allowed
    only_walks = {"timelineObjects": [{"activitySegment": {"activityType": "WALKING", "distance": 300}}]}
    (none,) = _refused(json.dumps(only_walks).encode(), "walks.json")
    assert none.field == "car journeys" and "WALKING (1)" in str(none.value)


def test_malformed_evcc_and_odometer_are_refused() -> None:
    text = (DATA / "evcc_sessions.csv").read_text().replace(",15790,", ",14790,")
    (problem,) = _refused(text.encode(), "sessions.csv")
    assert problem.field == "line 5" and "never goes down" in problem.allowed and "line 3" in problem.allowed
    two = (DATA / "evcc_sessions.csv").read_text().replace("Carport,,Model Y,15802", "Carport,,Zoe,8000")
    (vehicles,) = _refused(two.encode(), "sessions.csv")
    assert vehicles.field == "Vehicle" and "Zoe: 1 sessions" in str(vehicles.value)
    rows = "\n".join(f"2025-03-{d:02d},{1000 + d * 30}" for d in range(1, 31))
    (unit,) = _refused(f"date,odometer\n{rows}\n".encode())
    assert unit.field == "unit" and "odometer (km)" in unit.allowed
    assert parse_history(f"date,odometer\n{rows}\n".encode(), unit="km").unit == "km"
    down = rows.replace("2025-03-10,1300", "2025-03-10,1200")
    (problem,) = _refused(f"date,odometer (mi)\n{down}\n".encode())
    assert problem.field == "line 11" and "never goes down" in problem.allowed


def test_a_ten_year_log_uses_its_most_recent_year_and_counts_the_rest() -> None:
    start = date(2016, 1, 4)
    rows = [(f"{start + timedelta(days=k)} 07:30:00", 20.0 + k % 3, 10.0) for k in range(0, 3652, 3)]
    log = parse_history(_teslamate(rows))
    first_used = year_start(log.last_date)
    used = [km for stamp, km, _ in rows if date.fromisoformat(stamp[:10]) >= first_used]
    assert not log.repeated and log.rows_before_year == len(rows) - len(used)
    assert float(log.distances_mi.sum()) == pytest.approx(sum(used) * MI_PER_KM)
    assert "before it counted, not used" in log_summary(log)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(st.integers(0, 900), st.integers(0, 23), st.floats(0.1, 40.0, allow_nan=False)),
        min_size=2,
        max_size=60,
    ),
    st.dates(date(2018, 1, 1), date(2030, 1, 1)),
)
def test_the_year_holds_exactly_the_most_recent_years_drives(drives: list[tuple[int, int, float]], origin: date) -> None:
    """Whatever the drives, several a day included, the year's total is the sum of the drives dated in it."""
    drives = [*drives, (0, 8, 1.0), (400, 9, 1.0)]  # the log spans more than a year
    rows = [(f"{origin + timedelta(days=d)} {h:02d}:00:00", round(km, 1), 5.0) for d, h, km in drives]
    log = parse_history(_teslamate(rows))
    first_used = year_start(log.last_date)
    in_year = sum(km for stamp, km, _ in rows if date.fromisoformat(stamp[:10]) >= first_used)
    assert float(log.distances_mi.sum()) == pytest.approx(in_year * MI_PER_KM, rel=1e-9, abs=1e-9)
    assert log.logged_total_mi == pytest.approx(sum(km for _, km, _ in rows) * MI_PER_KM)
