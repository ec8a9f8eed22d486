"""A household's own driving log (CSV) turned into a year of real daily distances.

This module reads the generic log (format "generic_csv") and holds the rules every format shares (LogImport, how
the year is placed); `formats/` recognises the other exports (TeslaMate, Google Takeout, evcc, odometer readings)
and `formats.read_driving_log` is the one entry that reads a file and detects which it is.

The file is an export of a mileage-tracking app or notes of dates and distances: UTF-8, comma, semicolon
or tab separated, a header row naming a date column and a distance column (see DATE_HEADERS and
DISTANCE_HEADERS). Several rows on one date are trips and are summed; a row identical to an earlier one
in every field is a duplicate. Import is all or nothing: any bad row raises InputError listing the bad
rows, and nothing is returned.

Placing the log on the 365 days of the year (index 0 = 1 January, day-of-year of a non-leap year):

* The year is the calendar year ending at the last logged date: the days after the same calendar date one
  year earlier up to and including `last_date`. That is 365 days, or 366 when a 29 February falls inside;
  each calendar day occurs once, and a logged 29 February is added to 28 February.
* Days of that year inside the log's span (first to last date) take their logged total, 0 when the log
  has no entry that day (not driven). Runs of 7 or more days without entries anywhere in the span are
  reported as gaps.
* A log spanning 365 days or more therefore uses its most recent year; older entries are counted
  (`rows_before_year`), not used. A log of more than MAX_SPAN_YEARS years is refused.
* A shorter log is repeated in calendar order. Its period is the span truncated to whole weeks,
  P = 7 * (span_days // 7) days, and a day t of the year before the first logged date takes the value
  of day `last_date - ((last_date - t) mod P)`: the most recent P days of the log, stepped back in whole
  periods. t and its source are a whole number of weeks apart, so a Monday is filled from a Monday.
  A 29 February outside the span is skipped (a repeated year has one day per calendar day).
* A log of exactly 365 days whose year holds a 29 February leaves the first day of that year (the day
  before the log starts) without data: it counts as 0 miles, so the year's total is the logged total.

Slash dates: DD/MM/YYYY when any row's first number is from 13 to 31, otherwise MM/DD/YYYY (US); when no
row settles the order the US reading is assumed and summary() says so. Distances are decimal numbers
with a point; a comma is read only as a thousands separator (1,234.5), and in a comma-separated file
such a number must be quoted. The result depends only on the bytes (and the unit argument).

Over 300 lines on purpose: one file format with every check an all-or-nothing import needs (dates in five
notations, units, delimiters, duplicates, gaps) next to how the days are placed; split, each half would need the
other's rules to be read.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import numpy.typing as npt

from buyer_app.core.errors import FieldProblem, InputError, format_bound

FloatArray = npt.NDArray[np.float64]

MAX_DAY_MI = 1500.0  # a day above this (after summing the day's rows) is absurd
FIRST_YEAR, LAST_YEAR = 1990, 2100  # dates of a driving log; outside, a date is refused (not a traceback)
MAX_LOG_BYTES = 20 * 2**20
MIN_SPAN_DAYS = 28  # a shorter log cannot describe a year
MAX_SPAN_YEARS = 15  # a longer log is refused (a date typo also makes a long span); its most recent year is used
MAX_SPAN_DAYS = MAX_SPAN_YEARS * 365 + 4  # fifteen years with their 29 Februaries
MI_PER_KM = 0.621371
GAP_DAYS = 7  # a run of this many days without entries is reported
MAX_LISTED_PROBLEMS = 20
YEAR_DAYS = 365

DATE_HEADERS = ("date", "day", "trip date", "start date", "start", "started")
DISTANCE_HEADERS = (
    "distance",
    "miles",
    "mi",
    "km",
    "kilometers",
    "kilometres",
    "distance (mi)",
    "distance (km)",
    "distance_mi",
    "distance_km",
    "mileage",
)
UNIT_HEADERS = ("unit", "units")
# The unit a distance header names. "distance" and "mileage" name none ("mileage" is also said of km).
HEADER_UNITS = {
    "miles": "mi",
    "mi": "mi",
    "distance (mi)": "mi",
    "distance_mi": "mi",
    "km": "km",
    "kilometers": "km",
    "kilometres": "km",
    "distance (km)": "km",
    "distance_km": "km",
}
ROW_UNITS = {
    "mi": "mi",
    "mile": "mi",
    "miles": "mi",
    "km": "km",
    "kilometer": "km",
    "kilometers": "km",
    "kilometre": "km",
    "kilometres": "km",
}

_TIME = r"(?:T.*|\s+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[AaPp][Mm])?)?"
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})" + _TIME)
_YMD_SLASH = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})" + _TIME)
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})" + _TIME)
_SLASH = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})" + _TIME)
_NUMBER = re.compile(r"\+?(?:\d+(?:\.\d*)?|\.\d+)")
_GROUPED = re.compile(r"\+?\d{1,3}(?:,\d{3})+(?:\.\d*)?")
_NEGATIVE = re.compile(r"-\s*(?:\d[\d,]*(?:\.\d*)?|\.\d+)")

DATE_FORMATS = "YYYY-MM-DD (a time may follow), MM/DD/YYYY or DD/MM/YYYY, DD.MM.YYYY or YYYY/MM/DD"
NUMBER_RULE = "a distance of 0 or more written with a decimal point, e.g. 12.5 or 1,234.5"


@dataclass(frozen=True, eq=False)
class LogImport:
    """A driving log placed on the 365 days of a year (see the module docstring for how)."""

    distances_mi: FloatArray  # 365 miles a day, index 0 = 1 January of a non-leap year (read-only)
    first_date: date
    last_date: date
    rows: int  # data rows read
    days_logged: int  # distinct dates with entries
    span_days: int  # last - first + 1
    unit: str  # "mi" or "km" as read, "mixed" when a unit column holds both
    gaps: tuple[tuple[date, date], ...]  # runs of 7+ days without entries inside the span (first, last missing day)
    repeated: bool  # the log spans less than 365 days and was repeated to fill the year
    source: str  # file name
    date_order: str = ""  # "MM/DD" or "DD/MM" when the file has slash dates like 03/04/2026, else ""
    date_order_assumed: bool = False  # no slash date settled the order; MM/DD (US) was assumed
    logged_total_mi: float = 0.0  # every row of the log, in miles
    format: str = "generic_csv"  # which export was recognised (a code; text/driving_log.py names it)
    rows_before_year: int = 0  # rows dated before the year used (counted, not used)
    skipped: int = 0  # rows read but not driving (a drive without a distance, a session without an odometer...)
    # mean outside temperature driven in, F, January first (weighted by distance, every year of the log); None for
    # a month without drives that record one; empty when the log has no temperatures
    monthly_temp_f: tuple[float | None, ...] = ()
    ignored: tuple[tuple[str, int, float], ...] = ()  # (activity type, segments, miles) not counted as driving
    spread_intervals: int = 0  # odometer readings more than a day apart, whose distance was spread over the days between
    charging: ChargingSummary | None = None  # an evcc sessions export: where and how much the household charges

    @property
    def climate_temps_f(self) -> tuple[float, ...] | None:
        """The twelve monthly temperatures when every month has them, else None."""
        temps = self.monthly_temp_f
        if len(temps) != 12 or any(t is None for t in temps):
            return None
        return tuple(float(t) for t in temps if t is not None)


@dataclass(frozen=True)
class ChargingSummary:
    """Charging sessions of an evcc export: the energy charged, and where."""

    sessions: int
    kwh_total: float
    kwh_year: float  # the most recent 365 days, or the total scaled to a year for a shorter export
    annualised: bool  # kwh_year was scaled from a span shorter than a year
    span_days: int  # first to last session
    by_loadpoint: tuple[tuple[str, int, float], ...] = ()  # (charging point, sessions, kWh), most energy first
    by_vehicle: tuple[tuple[str, int, float], ...] = ()


def _count(n: int, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")


def year_start(last: date) -> date:
    """The first day of the year ending at `last`: the day after the same calendar date a year earlier."""
    day = 28 if (last.month, last.day) == (2, 29) else last.day
    return date(last.year - 1, last.month, day) + timedelta(days=1)


def day_of_year(day: date) -> int:
    """Index 0..364 of a date on a non-leap year; 29 February shares 28 February's index (58)."""
    index = day.timetuple().tm_yday - 1
    leap = day.year % 4 == 0 and (day.year % 100 != 0 or day.year % 400 == 0)
    return index - 1 if leap and index >= 59 else index


@dataclass
class _Row:
    line: int
    day: date
    miles: float
    text: str  # the distance as written


class _Problems:
    """Bad rows by line, one problem a row (the first found)."""

    def __init__(self) -> None:
        self.by_line: dict[int, FieldProblem] = {}

    def add(self, line: int, value: object, allowed: str) -> None:
        self.by_line.setdefault(line, FieldProblem(f"line {line}", value, allowed))

    def raise_if_any(self, context: str) -> None:
        if not self.by_line:
            return
        lines = sorted(self.by_line)
        listed = [self.by_line[n] for n in lines[:MAX_LISTED_PROBLEMS]]
        more = len(lines) - MAX_LISTED_PROBLEMS
        if more > 0:
            listed.append(
                FieldProblem(
                    "(more)",
                    f"{more} more bad rows",
                    f"only the first {MAX_LISTED_PROBLEMS} bad rows are listed; nothing was imported",
                )
            )
        raise InputError(listed, context)


def _decode(data: bytes, context: str) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(
            [
                FieldProblem(
                    f"line {line}", f"byte {data[exc.start]:#04x} at offset {exc.start}", "UTF-8 text (save the log as CSV UTF-8)"
                )
            ],
            context,
        ) from exc
    return text.removeprefix("\ufeff")


def _delimiter(text: str) -> str:
    """The separator of the header line: the most frequent of tab, semicolon and comma (in that order on a tie)."""
    header = next((line for line in text.splitlines() if line.strip()), "")
    counts = {sep: header.count(sep) for sep in ("\t", ";", ",")}
    best = max(counts, key=lambda sep: counts[sep])  # max keeps the first of equal counts
    return best if counts[best] else ","


def _records(text: str, delimiter: str, context: str) -> Iterator[tuple[int, list[str]]]:
    """(line where the record starts, fields) of every non-blank record."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    end = 0
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise InputError([FieldProblem(f"line {end + 1}", str(exc), "a readable CSV record")], context) from exc
        start, end = end + 1, reader.line_num
        if any(field.strip() for field in fields):
            yield start, fields


def _find_column(headers: list[str], names: tuple[str, ...]) -> int | None:
    """The column of the first accepted name (in the order of `names`) found among the headers."""
    for name in names:
        if name in headers:
            return headers.index(name)
    return None


def _check_unit_argument(unit: str | None, context: str) -> str | None:
    if unit is None:
        return None
    key = unit.strip().lower()
    if key not in ROW_UNITS:
        raise InputError([FieldProblem("unit", unit, "mi or km")], context)
    return ROW_UNITS[key]


def _parse_distance(text: str) -> tuple[float | None, str]:
    """(value, "") or (None, why the text is not a distance)."""
    value = text.strip()
    if not value:
        return None, f"the distance is empty; {NUMBER_RULE}"
    if _NUMBER.fullmatch(value) or _GROUPED.fullmatch(value):
        number = float(value.replace(",", ""))
        if math.isfinite(number):
            return number, ""
    if _NEGATIVE.fullmatch(value):
        return None, f"a negative distance; {NUMBER_RULE}"
    if "," in value and _NUMBER.fullmatch(value.replace(",", ".", 1)):
        return None, f"a decimal comma is not read (write 12.5, not 12,5); {NUMBER_RULE}"
    return None, f"not a number; {NUMBER_RULE}"


def _date_or_none(year: int, month: int, day: int) -> date | None:
    """The date, or None when it is not a calendar date between FIRST_YEAR and LAST_YEAR (a log of year 1 or of
    9999-12-31 would overflow the date arithmetic that builds the year)."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _parse_date(text: str) -> tuple[date | None, tuple[int, int, int] | None, str]:
    """(date, None, "") for an unambiguous format, (None, (a, b, year), "") for a/b/YYYY, or (None, None, why)."""
    value = text.strip()
    if not value:
        return None, None, f"the date is empty; dates are written {DATE_FORMATS}"
    for pattern, order in ((_ISO, "ymd"), (_YMD_SLASH, "ymd"), (_DOTTED, "dmy")):
        match = pattern.fullmatch(value)
        if match:
            first, second, third = (int(g) for g in match.groups()[:3])
            day = _date_or_none(first, second, third) if order == "ymd" else _date_or_none(third, second, first)
            return (day, None, "") if day else (None, None, f"not a calendar date from {FIRST_YEAR} to {LAST_YEAR}")
    match = _SLASH.fullmatch(value)
    if match:
        a, b, year = (int(g) for g in match.groups()[:3])
        return None, (a, b, year), ""
    return None, None, f"an unknown date format; dates are written {DATE_FORMATS}"


def _slash_order(pending: list[tuple[int, int, int]]) -> tuple[str, bool]:
    """("DD/MM" or "MM/DD", assumed) for the file's a/b/YYYY dates."""
    if not pending:
        return "", False
    if any(13 <= a <= 31 for a, _, _ in pending):
        return "DD/MM", False
    settled = any(13 <= b <= 31 for _, b, _ in pending)
    ambiguous = any(a != b for a, b, _ in pending)
    return "MM/DD", not settled and ambiguous


def _row_unit(fields: list[str], unit_col: int | None, fixed: str | None, fixed_from: str) -> tuple[str | None, str]:
    """(unit of the row, "") or (None, why)."""
    raw = fields[unit_col].strip() if unit_col is not None and unit_col < len(fields) else ""
    read = ROW_UNITS.get(raw.lower()) if raw else None
    if fixed_from == "argument":
        return fixed, ""
    if raw and read is None:
        return None, f"an unknown unit {raw!r}; the unit column holds mi, miles, km or kilometers"
    if fixed is not None:
        if read is not None and read != fixed:
            return None, f"the unit column says {read} but the {fixed_from} says {fixed}"
        return fixed, ""
    if read is None:
        return None, "the unit is empty; the unit column holds mi, miles, km or kilometers"
    return read, ""


def parse_driving_log(data: bytes, source: str = "driving log", unit: str | None = None) -> LogImport:
    """Parse the bytes of a CSV driving log into a year of daily miles (all or nothing)."""
    context = f"driving log {source}"
    if len(data) > MAX_LOG_BYTES:
        raise InputError(
            [
                FieldProblem(
                    "file size", f"{len(data) / 2**20:,.1f} MiB", f"a driving log of at most {MAX_LOG_BYTES // 2**20} MiB"
                )
            ],
            context,
        )
    fixed = _check_unit_argument(unit, context)
    text = _decode(data, context)
    delimiter = _delimiter(text)
    records = _records(text, delimiter, context)
    try:
        header_line, header = next(records)
    except StopIteration:
        raise InputError([FieldProblem("file", "empty", "a header row and rows of dates and distances")], context) from None
    headers = [h.strip().lower() for h in header]
    date_col = _find_column(headers, DATE_HEADERS)
    dist_col = _find_column(headers, DISTANCE_HEADERS)
    unit_col = _find_column(headers, UNIT_HEADERS)
    found = ", ".join(h.strip() for h in header) or "none"
    missing = []
    if date_col is None:
        missing.append(FieldProblem("date column", f"headers found: {found}", "a column named " + " or ".join(DATE_HEADERS)))
    if dist_col is None:
        missing.append(
            FieldProblem("distance column", f"headers found: {found}", "a column named " + " or ".join(DISTANCE_HEADERS))
        )
    if missing:
        raise InputError(missing, context)
    assert date_col is not None and dist_col is not None
    fixed_from = "argument" if fixed else ""
    if fixed is None and headers[dist_col] in HEADER_UNITS:
        fixed, fixed_from = HEADER_UNITS[headers[dist_col]], f"column name {header[dist_col].strip()!r}"
    if fixed is None and unit_col is None:
        raise InputError(
            [
                FieldProblem(
                    "unit",
                    f"distance column {header[dist_col].strip()!r}",
                    "miles or kilometres: name the column 'distance (mi)' or 'distance (km)', add a unit "
                    'column, or give the unit argument (unit="mi" or unit="km")',
                )
            ],
            context,
        )

    problems = _Problems()
    seen: dict[tuple[str, ...], int] = {}
    parsed: list[tuple[int, date | None, tuple[int, int, int] | None, str, float, str]] = []
    units: set[str] = set()
    rows = 0
    width = len(header)
    for line, fields in records:
        rows += 1
        key = tuple(f.strip() for f in fields)
        if key in seen:
            problems.add(
                line,
                delimiter.join(fields),
                f"a duplicate of line {seen[key]}: every field is the same "
                "(if they are two trips, write one row with the day's total)",
            )
            continue
        seen[key] = line
        if len(fields) > width and any(f.strip() for f in fields[width:]):
            problems.add(
                line,
                delimiter.join(fields),
                f"{len(fields)} fields where the header has {width}; "
                'a number with a thousands separator must be quoted ("1,234.5")',
            )
            continue
        if max(date_col, dist_col) >= len(fields):
            problems.add(line, delimiter.join(fields), f"{len(fields)} fields where the header has {width}")
            continue
        day, pending, why = _parse_date(fields[date_col])
        if why:
            problems.add(line, fields[date_col], why)
            continue
        distance, why = _parse_distance(fields[dist_col])
        if distance is None:
            problems.add(line, fields[dist_col], why)
            continue
        row_unit, why = _row_unit(fields, unit_col, fixed, fixed_from)
        if row_unit is None:
            assert unit_col is not None
            problems.add(line, fields[unit_col] if unit_col < len(fields) else "", why)
            continue
        units.add(row_unit)
        miles = distance * MI_PER_KM if row_unit == "km" else distance
        parsed.append((line, day, pending, fields[date_col], miles, fields[dist_col].strip()))

    order, assumed = _slash_order([p for _, _, p, _, _, _ in parsed if p is not None])
    good: list[_Row] = []
    for line, day, pending, date_text, miles, dist_text in parsed:
        if pending is not None:
            a, b, year = pending
            day = _date_or_none(year, b, a) if order == "DD/MM" else _date_or_none(year, a, b)
            if day is None:
                problems.add(
                    line,
                    date_text,
                    f"not a calendar date from {FIRST_YEAR} to {LAST_YEAR} (slash dates in this file are read as {order}/YYYY)",
                )
                continue
        assert day is not None
        good.append(_Row(line, day, miles, dist_text))

    totals: dict[date, float] = {}
    for row in good:
        totals[row.day] = totals.get(row.day, 0.0) + row.miles
    for row in good:
        if totals[row.day] > MAX_DAY_MI:
            problems.add(
                row.line,
                row.text,
                f"the rows on {row.day.isoformat()} add up to {totals[row.day]:,.1f} mi; "
                f"a day over {format_bound(MAX_DAY_MI)} mi is not plausible",
            )
    problems.raise_if_any(context)
    if not good:
        raise InputError(
            [FieldProblem("rows", "none", f"rows of dates and distances under the header (line {header_line})")], context
        )

    first = min(totals)
    last = max(totals)
    span = (last - first).days + 1
    _check_span(good, first, last, span, context)
    distances = _place_year(totals, first, last, span)
    return LogImport(
        distances_mi=distances,
        first_date=first,
        last_date=last,
        rows=rows,
        days_logged=len(totals),
        span_days=span,
        unit=fixed if fixed is not None else (units.pop() if len(units) == 1 else "mixed"),
        gaps=_gaps(totals, first, last),
        repeated=span < YEAR_DAYS,
        source=source,
        date_order=order,
        date_order_assumed=assumed,
        logged_total_mi=math.fsum(row.miles for row in good),
        rows_before_year=sum(1 for row in good if row.day < year_start(last)),
    )


def _check_span(good: list[_Row], first: date, last: date, span: int, context: str) -> None:
    def where(day: date) -> str:
        return f"{day.isoformat()} (line {min(row.line for row in good if row.day == day)})"

    if span < MIN_SPAN_DAYS:
        raise InputError(
            [
                FieldProblem(
                    "span",
                    f"{_count(span, 'day')}, {where(first)} to {where(last)}",
                    f"a log of at least {MIN_SPAN_DAYS} days (4 weeks) to describe a year",
                )
            ],
            context,
        )
    if span > MAX_SPAN_DAYS:
        raise InputError(
            [
                FieldProblem(
                    "span",
                    f"{_count(span, 'day')}, {where(first)} to {where(last)}",
                    f"at most {MAX_SPAN_YEARS} years (the most recent year is used; a date typo also makes a long span)",
                )
            ],
            context,
        )


def _place_year(totals: dict[date, float], first: date, last: date, span: int) -> FloatArray:
    """365 daily miles from the per-date totals (see the module docstring)."""
    out = np.zeros(YEAR_DAYS, dtype=np.float64)
    period = 7 * (span // 7)
    day = year_start(last)
    while day <= last:
        if day >= first:
            out[day_of_year(day)] += totals.get(day, 0.0)
        elif span < YEAR_DAYS and (day.month, day.day) != (2, 29):
            source = last - timedelta(days=(last - day).days % period)
            out[day_of_year(day)] += totals.get(source, 0.0)
        day += timedelta(days=1)
    out.setflags(write=False)
    return out


def _gaps(totals: dict[date, float], first: date, last: date) -> tuple[tuple[date, date], ...]:
    """Runs of GAP_DAYS or more days without entries between the first and last date."""
    gaps = []
    logged = sorted(totals)
    for before, after in zip(logged, logged[1:], strict=False):
        missing = (after - before).days - 1
        if missing >= GAP_DAYS:
            gaps.append((before + timedelta(days=1), after - timedelta(days=1)))
    return tuple(gaps)
