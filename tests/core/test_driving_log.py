"""Driving log import: parsing, refusals (all or nothing), placing the log on 365 days, repetition, gaps."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from buyer_app.core.driving.formats import read_driving_log
from buyer_app.core.driving.logs import (
    MAX_LOG_BYTES,
    MI_PER_KM,
    MIN_SPAN_DAYS,
    LogImport,
    day_of_year,
    parse_driving_log,
    year_start,
)
from buyer_app.core.errors import FieldProblem, InputError
from buyer_app.text.driving_log import log_summary


def _csv(header: str, rows: list[str], newline: str = "\n") -> bytes:
    return newline.join([header, *rows]).encode()


Miles = float | str | Callable[[int], float]


def _daily(start: date, days: int, miles: Miles = 10, fmt: str = "%Y-%m-%d", sep: str = ",") -> list[str]:
    """One row a day; `miles` is a constant or a function of the day index."""
    rows = []
    for k in range(days):
        value = miles(k) if callable(miles) else miles
        rows.append(f"{(start + timedelta(days=k)).strftime(fmt)}{sep}{value}")
    return rows


def _refused(data: bytes, **kwargs: object) -> list[FieldProblem]:
    with pytest.raises(InputError) as caught:
        parse_driving_log(data, "log.csv", **kwargs)  # type: ignore[arg-type]
    assert caught.value.context == "driving log log.csv"
    return caught.value.problems


def _window(last: date) -> list[date]:
    start = year_start(last)
    return [start + timedelta(days=k) for k in range((last - start).days + 1)]


# --- a small hand-checked log ---------------------------------------------------------------------------


# Five weeks from Monday 2 March 2026 to Sunday 5 April 2026: 20 mi on weekdays, 5 mi on Saturdays,
# nothing logged on Sundays except the last one (0 mi, so the log ends on a Sunday), and on Wednesdays two
# trips of 12 and 8 mi (20 in all). Weekly total 5 * 20 + 5 = 105 mi, 525 mi in all.
def _five_weeks(unit: str = "mi") -> bytes:
    rows = []
    start = date(2026, 3, 2)
    for k in range(35):
        day = start + timedelta(days=k)
        if day.weekday() == 2:
            rows += [f"{day},12,commute", f"{day},8,shop"]
        elif day.weekday() < 5:
            rows.append(f"{day},20,commute")
        elif day.weekday() == 5:
            rows.append(f"{day},5,errand")
    rows.append("2026-04-05,0,none")
    header = "Date,Distance (km),Purpose" if unit == "km" else "Date,Distance (mi),Purpose"
    return _csv(header, rows)


def test_small_log_hand_checked() -> None:
    log = parse_driving_log(_five_weeks(), "five.csv")
    assert isinstance(log, LogImport)
    assert (log.first_date, log.last_date, log.span_days) == (date(2026, 3, 2), date(2026, 4, 5), 35)
    assert log.rows == 5 * (4 + 2 + 1) + 1  # 4 single weekdays, Wednesday's 2 trips, Saturday; + the last Sunday
    assert log.days_logged == 5 * 6 + 1
    assert log.unit == "mi" and log.source == "five.csv"
    assert log.gaps == () and log.repeated
    assert log.logged_total_mi == pytest.approx(525.0)
    miles = log.distances_mi
    assert miles.shape == (365,) and miles.dtype == np.float64
    assert miles[day_of_year(date(2026, 3, 4))] == 20.0  # Wednesday: two trips summed
    assert miles[day_of_year(date(2026, 3, 7))] == 5.0
    assert miles[day_of_year(date(2026, 3, 8))] == 0.0  # a Sunday without an entry counts as no driving
    # The year is 6 April 2025 .. 5 April 2026 (365 days, no 29 February): 52 whole weeks of 105 mi plus one
    # more day, 6 April 2025, a Sunday (0 mi).
    assert miles.sum() == pytest.approx(52 * 105.0)
    for day in _window(log.last_date):
        expected = {0: 20.0, 1: 20.0, 2: 20.0, 3: 20.0, 4: 20.0, 5: 5.0, 6: 0.0}[day.weekday()]
        assert miles[day_of_year(day)] == expected, day
    assert (
        log_summary(log)
        == "CSV log of dates and distances: 36 rows over 35 days (2026-03-02 to 2026-04-05), 525 mi; repeated to fill a year."
    )


def test_km_log_is_converted_to_miles() -> None:
    mi = parse_driving_log(_five_weeks("mi"))
    km = parse_driving_log(_five_weeks("km"))
    assert km.unit == "km"
    np.testing.assert_allclose(km.distances_mi, mi.distances_mi * MI_PER_KM)
    assert km.logged_total_mi == pytest.approx(525 * 0.621371)
    assert "converted from km" in log_summary(km)


def test_unit_from_argument_and_unit_column() -> None:
    rows = _daily(date(2026, 1, 1), 28, 10)
    assert parse_driving_log(_csv("date,distance", rows), unit="km").distances_mi.max() == pytest.approx(6.21371)
    by_row = [f"{r},{'km' if k % 2 else 'miles'}" for k, r in enumerate(rows)]
    log = parse_driving_log(_csv("Date,Distance,Unit", by_row))
    assert log.unit == "mixed"
    assert log.logged_total_mi == pytest.approx(14 * 10 + 14 * 6.21371)
    only_km = [f"{r},Kilometers" for r in rows]
    assert parse_driving_log(_csv("Date,Distance,Units", only_km)).unit == "km"


def test_semicolon_and_tab_files_and_bom_and_crlf() -> None:
    rows = _daily(date(2026, 1, 1), 30, "1,234.5", sep=";")
    log = parse_driving_log(b"\xef\xbb\xbf" + _csv("Day;Miles", rows, "\r\n"))
    assert log.distances_mi[day_of_year(date(2026, 1, 1))] == 1234.5
    tab = parse_driving_log(_csv("Trip Date\tKM\tnote", [r + "\t" for r in _daily(date(2026, 1, 1), 30, 3, sep="\t")]))
    assert tab.unit == "km" and tab.distances_mi[0] == pytest.approx(3 * MI_PER_KM)
    quoted = parse_driving_log(_csv("date,mi", [f'{(date(2026, 1, 1) + timedelta(days=k))},"1,000"' for k in range(30)]))
    assert quoted.distances_mi[0] == 1000.0


def test_times_and_other_date_formats() -> None:
    rows = [
        "2026-01-01T08:15:00Z,1",
        "2026-01-02 17:30,2",
        "03.01.2026,3",
        "2026/01/04,4",
        "01/05/2026 07:45 PM,5",
        "2026-01-28 06:00:01,6",
    ]
    log = parse_driving_log(_csv("Started,mileage", rows), unit="mi")
    assert list(log.distances_mi[:5]) == [1.0, 2.0, 3.0, 4.0, 5.0]
    assert log.last_date == date(2026, 1, 28)
    assert log.gaps == ((date(2026, 1, 6), date(2026, 1, 27)),)


# --- slash dates ----------------------------------------------------------------------------------------


def test_dd_mm_detected_from_a_day_over_12() -> None:
    rows = _daily(date(2026, 1, 1), 40, 7, fmt="%d/%m/%Y")
    log = parse_driving_log(_csv("date,miles", rows))
    assert (log.date_order, log.date_order_assumed) == ("DD/MM", False)
    assert (log.first_date, log.last_date) == (date(2026, 1, 1), date(2026, 2, 9))


def test_ambiguous_slash_dates_are_us_and_said_so() -> None:
    rows = [f"{m:02d}/{d:02d}/2026,5" for m in (1, 2, 3) for d in range(1, 13)]  # every day and month <= 12
    log = parse_driving_log(_csv("date,miles", rows))
    assert (log.date_order, log.date_order_assumed) == ("MM/DD", True)
    assert (log.first_date, log.last_date) == (date(2026, 1, 1), date(2026, 3, 12))
    assert "month/day (US order)" in log_summary(log)
    settled = parse_driving_log(_csv("date,miles", [*rows, "03/13/2026,5"]))
    assert (settled.date_order, settled.date_order_assumed) == ("MM/DD", False)
    assert "US order" not in log_summary(settled)


# --- refusals -------------------------------------------------------------------------------------------


def test_non_utf8_names_the_line_and_offset() -> None:
    data = _csv("date,miles", _daily(date(2026, 1, 1), 30, 5))
    bad = data.replace(b"2026-01-03,5", b"2026-01-03,5 caf\xe9")
    problems = _refused(bad)
    offset = bad.index(b"\xe9")
    assert problems == [FieldProblem("line 4", f"byte 0xe9 at offset {offset}", "UTF-8 text (save the log as CSV UTF-8)")]


@pytest.mark.parametrize(
    ("row", "value", "why"),
    [
        ("2026-01-05,-3", "-3", "negative"),
        ("2026-01-05,abc", "abc", "not a number"),
        ("2026-01-05,nan", "nan", "not a number"),
        ("2026-01-05,", "", "empty"),
        ("2026-01-05,12,5", "2026-01-05,12,5", "must be quoted"),
        ("Jan 5 2026,3", "Jan 5 2026", "unknown date format"),
        ("2026-02-30,3", "2026-02-30", "not a calendar date"),
        ("2026-01-05,1600", "1600", "add up to 1,600.0 mi"),
    ],
)
def test_each_bad_row_kind(row: str, value: str, why: str) -> None:
    rows = _daily(date(2026, 1, 1), 4, 5) + [row] + _daily(date(2026, 1, 6), 30, 5)
    problems = _refused(_csv("date,miles", rows))
    assert len(problems) == 1
    assert problems[0].field == "line 6" and problems[0].value == value and why in problems[0].allowed


def test_a_day_over_the_limit_names_each_of_its_rows_and_the_total() -> None:
    rows = _daily(date(2026, 1, 1), 30, 5) + ["2026-01-10,900,a", "2026-01-10,700,b"]
    rows = [r if r.count(",") == 2 else r + ",x" for r in rows]
    problems = _refused(_csv("date,km,note", rows), unit="mi")
    assert [p.field for p in problems] == ["line 11", "line 32", "line 33"]  # 5 + 900 + 700 mi on 10 January
    assert all("2026-01-10 add up to 1,605.0 mi" in p.allowed for p in problems)
    assert [p.value for p in problems] == ["5", "900", "700"]


def test_a_km_day_is_judged_in_miles() -> None:
    rows = _daily(date(2026, 1, 1), 30, 5) + ["2026-02-10,2400"]  # 1,491 mi: allowed
    assert parse_driving_log(_csv("date,km", rows)).distances_mi.max() == pytest.approx(2400 * MI_PER_KM)


def test_duplicate_row_names_the_first() -> None:
    rows = _daily(date(2026, 1, 1), 30, 5) + ["2026-01-02,5"]
    (problem,) = _refused(_csv("date,miles", rows))
    assert problem.field == "line 32" and "duplicate of line 3" in problem.allowed


def test_missing_columns_list_headers_and_names() -> None:
    problems = _refused(_csv("when,how far,notes", ["2026-01-01,3,x"]))
    assert [p.field for p in problems] == ["date column", "distance column"]
    assert problems[0].value == "headers found: when, how far, notes"
    assert "trip date" in problems[0].allowed and "distance_km" in problems[1].allowed


def test_missing_unit_asks_for_the_argument() -> None:
    (problem,) = _refused(_csv("date,distance", _daily(date(2026, 1, 1), 30, 5)))
    assert problem.field == "unit" and 'unit="mi"' in problem.allowed
    (bad_arg,) = _refused(_csv("date,distance", _daily(date(2026, 1, 1), 30, 5)), unit="furlongs")
    assert bad_arg.field == "unit"


def test_bad_unit_column_values() -> None:
    rows = [f"{r},mi" for r in _daily(date(2026, 1, 1), 30, 5)] + ["2026-02-01,5,leagues", "2026-02-02,5,km"]
    problems = _refused(_csv("date,distance,unit", rows[:-1]))
    assert [(p.field, p.value) for p in problems] == [("line 32", "leagues")]
    conflict = _refused(_csv("date,distance (mi),unit", rows[:30] + rows[-1:]))
    assert conflict[0].field == "line 32" and "unit column says km" in conflict[0].allowed


def test_too_short_and_too_long_spans() -> None:
    (short,) = _refused(_csv("date,miles", _daily(date(2026, 1, 1), MIN_SPAN_DAYS - 1, 5)))
    assert short.field == "span" and str(short.value).startswith("27 days") and "at least 28 days" in short.allowed
    parse_driving_log(_csv("date,miles", _daily(date(2026, 1, 1), MIN_SPAN_DAYS, 5)))  # 28 days is enough
    parse_driving_log(_csv("date,miles", ["2011-01-02,5", "2026-01-01,5"]))  # 15 years are read (the last one used)
    (long,) = _refused(_csv("date,miles", ["2010-01-01,5", "2026-01-01,5"]))
    assert long.field == "span" and "line 3" in str(long.value) and "most recent year" in long.allowed


def test_empty_and_header_only_files() -> None:
    assert _refused(b"")[0].field == "file"
    assert _refused(b"date,miles\n\n")[0].field == "rows"


def test_all_or_nothing_and_problem_cap() -> None:
    good = _daily(date(2026, 1, 1), 200, 5)
    parse_driving_log(_csv("date,miles", good))
    one_bad = good[:100] + ["2026-13-01,5"] + good[100:]
    with pytest.raises(InputError) as caught:
        parse_driving_log(_csv("date,miles", one_bad))
    assert [p.field for p in caught.value.problems] == ["line 102"]
    many_bad = [r.replace(",5", ",x") if k % 2 else r for k, r in enumerate(good)]  # 100 bad rows
    problems = _refused(_csv("date,miles", many_bad))
    assert len(problems) == 21
    assert [p.field for p in problems[:2]] == ["line 3", "line 5"]
    assert problems[-1].field == "(more)" and problems[-1].value == "80 more bad rows"


def test_blank_lines_skipped_and_lines_numbered_in_the_file() -> None:
    rows = _daily(date(2026, 1, 1), 30, 5)
    rows[10:10] = ["", " ", ",", "2026-01-11,oops"]
    problems = _refused(_csv("date,miles", rows))
    assert [p.field for p in problems] == ["line 15"]
    log = parse_driving_log(_csv("date,miles", [r for r in rows if "oops" not in r]))
    assert log.rows == 30


def test_read_driving_log(tmp_path: Path) -> None:
    path = tmp_path / "trips.csv"
    path.write_bytes(_five_weeks())
    assert read_driving_log(path).source == "trips.csv"
    with pytest.raises(InputError) as caught:
        read_driving_log(tmp_path / "absent.csv")
    assert caught.value.problems[0].field == "file"
    big = tmp_path / "big.csv"
    with open(big, "wb") as handle:
        handle.truncate(MAX_LOG_BYTES + 1)
    with pytest.raises(InputError) as caught:
        read_driving_log(big)
    assert caught.value.problems[0].field == "file size"


# --- placing on the year --------------------------------------------------------------------------------


def test_full_year_maps_by_day_of_year() -> None:
    log = parse_driving_log(_csv("date,miles", _daily(date(2025, 1, 1), 365, lambda k: k + 1)))
    assert not log.repeated and log.span_days == 365
    np.testing.assert_array_equal(log.distances_mi, np.arange(1, 366, dtype=float))


def test_longer_log_uses_the_most_recent_year() -> None:
    # 1 July 2024 .. 30 June 2026, 2 mi a day in the first year and the day-of-year index + 1 in the second.
    start = date(2024, 7, 1)
    rows = [f"{start + timedelta(days=k)},{2 if k < 365 else day_of_year(start + timedelta(days=k)) + 1}" for k in range(730)]
    log = parse_driving_log(_csv("date,miles", rows))
    assert not log.repeated and log.last_date == date(2026, 6, 30)
    np.testing.assert_array_equal(log.distances_mi, np.arange(1, 366, dtype=float))
    assert "the most recent year is used (from 2025-07-01)" in log_summary(log)


def test_leap_day_added_to_28_february() -> None:
    rows = _daily(date(2024, 1, 1), 366, lambda k: 10 if k == 59 else 1)  # day 59 of 2024 is 29 February
    assert rows[59].startswith("2024-02-29")
    log = parse_driving_log(_csv("date,miles", rows))
    expected = np.ones(365)
    expected[58] = 11.0
    np.testing.assert_array_equal(log.distances_mi, expected)
    assert log.distances_mi.sum() == log.logged_total_mi == 375.0


def test_leap_day_in_a_short_log_and_not_invented() -> None:
    rows = _daily(date(2024, 2, 1), 56, lambda k: k + 1)  # 1 Feb .. 27 Mar 2024, 29 Feb is 29 mi
    log = parse_driving_log(_csv("date,miles", rows))
    assert log.distances_mi[58] == 28 + 29  # 28 Feb + 29 Feb of the log
    # A short log ending in 2025 whose year holds 29 February 2024 outside the span: no day is invented.
    later = parse_driving_log(_csv("date,miles", _daily(date(2025, 1, 1), 28, 1)))  # year 29 Jan 2024 .. 28 Jan 2025
    assert later.distances_mi.sum() == 365.0


def test_repetition_keeps_weekdays() -> None:
    """A log with 30 mi on Mondays only (Monday 2 March to Monday 13 April 2026, 43 days, period 42 days):
    every Monday of the year 14 April 2025 .. 13 April 2026 gets 30 mi and every other day 0."""
    rows = [f"{date(2026, 3, 2) + timedelta(weeks=w)},30" for w in range(7)]
    log = parse_driving_log(_csv("date,miles", rows))
    assert log.repeated and log.span_days == 43 and log.gaps == ()
    mondays = 0
    for day in _window(log.last_date):
        assert log.distances_mi[day_of_year(day)] == (30.0 if day.weekday() == 0 else 0.0), day
        mondays += day.weekday() == 0
    assert log.distances_mi.sum() == 30.0 * mondays == 30.0 * 53


def test_repetition_uses_the_most_recent_whole_weeks() -> None:
    """Span 31 days: the period is the last 28; the 3 days before them appear once, on their own dates."""
    rows = _daily(date(2026, 3, 1), 31, lambda k: 100 + k)
    log = parse_driving_log(_csv("date,miles", rows))
    for k in range(3):
        assert np.count_nonzero(log.distances_mi == 100 + k) == 1
        assert log.distances_mi[day_of_year(date(2026, 3, 1) + timedelta(days=k))] == 100 + k
    assert log.distances_mi[day_of_year(date(2026, 2, 28))] == 127  # 28 February <- 28 March, 4 weeks on
    assert log.distances_mi[day_of_year(date(2026, 2, 1))] == 128  # 1 February <- 29 March, 8 weeks on
    assert log.distances_mi[day_of_year(date(2025, 4, 1))] == 130  # 1 April 2025, first day of the year <- 31 March 2026


def test_gaps_reported_and_count_as_zero() -> None:
    # 11..16 January (6 days) and 27..31 January (5 days) without entries: shorter than a week, no gap.
    rows = _daily(date(2026, 1, 1), 10, 5) + _daily(date(2026, 1, 17), 10, 5) + _daily(date(2026, 2, 1), 20, 5)
    assert parse_driving_log(_csv("date,miles", rows)).gaps == ()
    rows = _daily(date(2026, 1, 1), 10, 5) + _daily(date(2026, 1, 18), 30, 5) + ["2026-03-20,5"]
    log = parse_driving_log(_csv("date,miles", rows))
    assert log.gaps == ((date(2026, 1, 11), date(2026, 1, 17)), (date(2026, 2, 17), date(2026, 3, 19)))
    assert log.days_logged == 41 and log.span_days == 79
    assert log.distances_mi[day_of_year(date(2026, 1, 11)) : day_of_year(date(2026, 1, 17)) + 1].sum() == 0.0
    assert "2 gaps of a week or more (days without entries count as no driving)" in log_summary(log)


def test_365_day_log_holding_29_february_is_not_repeated() -> None:
    log = parse_driving_log(_csv("date,miles", _daily(date(2024, 1, 2), 365, 1)))  # 2 Jan 2024 .. 31 Dec 2024
    assert not log.repeated and log.span_days == 365
    assert log.distances_mi[0] == 0.0  # 1 January 2024 is before the log
    assert log.distances_mi[58] == 2.0 and log.distances_mi.sum() == 365.0


def test_reproducible_and_read_only() -> None:
    data = _five_weeks()
    first, second = parse_driving_log(data), parse_driving_log(data)
    assert first.distances_mi.tobytes() == second.distances_mi.tobytes()
    with pytest.raises(ValueError):
        first.distances_mi[0] = 1.0


def test_ten_thousand_rows_are_read() -> None:
    """10,000 rows over 1,000 days (its speed is measured in benchmarks/bench_core.py, not asserted here)."""
    start = date(2024, 1, 1)
    rows = [f"{start + timedelta(days=k // 10)},{k % 10 + 0.5},trip {k}" for k in range(10_000)]
    log = parse_driving_log(_csv("Date,Miles,Note", rows))
    assert log.rows == 10_000 and log.span_days == 1000


# --- property ---------------------------------------------------------------------------------------------

DATE_STYLES = {"iso": "%Y-%m-%d", "us": "%m/%d/%Y", "dotted": "%d.%m.%Y", "ymd": "%Y/%m/%d"}


@st.composite
def logs(draw: st.DrawFn) -> tuple[bytes, dict[date, float], str]:
    """A valid log: (bytes, miles per date, unit). Every row carries a trip number so no two rows are equal."""
    first = draw(st.dates(date(2019, 1, 1), date(2027, 12, 31)))
    span = draw(st.one_of(st.integers(MIN_SPAN_DAYS, 364), st.integers(365, 800)))
    last = first + timedelta(days=span - 1)
    inner = draw(st.sets(st.integers(1, span - 2), max_size=min(span - 2, 120)))
    unit = draw(st.sampled_from(["mi", "km"]))
    sep = draw(st.sampled_from([",", ";", "\t"]))
    style = DATE_STYLES[draw(st.sampled_from(sorted(DATE_STYLES)))]
    amounts = st.lists(st.integers(0, 3000).map(lambda t: t / 10), min_size=1, max_size=3)
    totals: dict[date, float] = {}
    rows: list[str] = []
    for offset in sorted({0, span - 1, *inner}):
        day = first + timedelta(days=offset)
        for trip in draw(amounts):
            rows.append(sep.join([day.strftime(style), f"{trip}", f"t{len(rows)}"]))
            totals[day] = totals.get(day, 0.0) + (trip * MI_PER_KM if unit == "km" else trip)
    assert last in totals
    header = sep.join(["Date", f"Distance ({unit})", "Note"])
    return _csv(header, rows), totals, unit


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(logs())
def test_any_valid_log_gives_a_year(case: tuple[bytes, dict[date, float], str]) -> None:
    data, totals, unit = case
    log = parse_driving_log(data)
    again = parse_driving_log(data)
    miles = log.distances_mi
    assert miles.shape == (365,) and np.all(np.isfinite(miles)) and np.all(miles >= 0)
    assert miles.tobytes() == again.distances_mi.tobytes()
    assert log.unit == unit and log.days_logged == len(totals)
    assert log.logged_total_mi == pytest.approx(math.fsum(totals.values()))
    if log.span_days >= 365:
        year = set(_window(log.last_date))
        assert miles.sum() == pytest.approx(math.fsum(v for d, v in totals.items() if d in year))
        assert not log.repeated
    else:
        assert log.repeated
