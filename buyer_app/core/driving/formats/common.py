"""What every driving-history format shares: reading a CSV table, dates, numbers, odometer readings, and turning
per-day distances into the same LogImport as the generic log (logs.py's rules for placing the year).

Rows are collected as three parallel arrays (day as a proleptic ordinal, miles, line) and summed per day with
numpy, so a ten-year log of 50,000 drives is placed in a few milliseconds after it is read.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

import numpy as np
import numpy.typing as npt

from buyer_app.core.driving.logs import (
    _GROUPED,
    _NUMBER,
    FIRST_YEAR,
    LAST_YEAR,
    MAX_DAY_MI,
    MAX_SPAN_DAYS,
    MAX_SPAN_YEARS,
    MIN_SPAN_DAYS,
    YEAR_DAYS,
    LogImport,
    _delimiter,
    _gaps,
    _parse_date,
    _place_year,
    _Problems,
    _records,
    _slash_order,
    year_start,
)
from buyer_app.core.errors import FieldProblem, InputError, format_bound

MI_PER_KM = 0.621371
MI_PER_M = MI_PER_KM / 1000.0
IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]


def f_from_c(celsius: float) -> float:
    return celsius * 9.0 / 5.0 + 32.0


@dataclass
class Table:
    """A CSV file's header and its records."""

    header_line: int
    header: list[str]  # as written (stripped)
    names: list[str]  # lower case
    delimiter: str
    records: Iterator[tuple[int, list[str]]]

    def column(self, *names: str) -> int | None:
        """The first of `names` (lower case) among the headers."""
        for name in names:
            if name in self.names:
                return self.names.index(name)
        return None


def read_table(text: str, context: str) -> Table:
    delimiter = _delimiter(text)
    records = _records(text, delimiter, context)
    try:
        line, header = next(records)
    except StopIteration:
        raise InputError([FieldProblem("file", "empty", "a header row and rows of data")], context) from None
    stripped = [h.strip().strip('"') for h in header]
    return Table(line, stripped, [h.lower() for h in stripped], delimiter, records)


def epoch_day(seconds: float) -> date | None:
    try:
        day = datetime.fromtimestamp(seconds, tz=UTC).date()
    except (OverflowError, OSError, ValueError):
        return None
    return day if FIRST_YEAR <= day.year <= LAST_YEAR else None


@dataclass
class Days:
    """Dates read row by row: ISO at full speed, the other notations of the generic log through its parser, slash
    dates (a/b/YYYY) settled for the whole file at the end as logs.py settles them."""

    ordinals: list[int] = field(default_factory=list)
    pending: list[tuple[int, tuple[int, int, int], str, int]] = field(default_factory=list)  # index, (a, b, y), text, line
    order: str = ""
    order_assumed: bool = False

    def add(self, text: str, line: int, problems: _Problems, epoch_ms: bool = False) -> bool:
        """Read one date; False (and the problem noted) when it is not one."""
        value = text.strip()
        if len(value) >= 10 and value[4] == "-" and value[7] == "-" and (len(value) == 10 or value[10] in "T "):
            try:
                day = date.fromisoformat(value[:10])
            except ValueError:
                day = None
            if day is not None and FIRST_YEAR <= day.year <= LAST_YEAR:
                self.ordinals.append(day.toordinal())
                return True
            problems.add(line, text, f"not a calendar date from {FIRST_YEAR} to {LAST_YEAR}")
            return False
        if epoch_ms and value.isdigit() and 11 <= len(value) <= 14:
            day = epoch_day(int(value) / 1000.0)
            if day is not None:
                self.ordinals.append(day.toordinal())
                return True
        parsed, slash, why = _parse_date(value)
        if why:
            problems.add(line, text, why)
            return False
        if parsed is not None:
            self.ordinals.append(parsed.toordinal())
        else:
            assert slash is not None
            self.pending.append((len(self.ordinals), slash, text, line))
            self.ordinals.append(0)
        return True

    def settle(self, problems: _Problems) -> IntArray:
        """The ordinals, slash dates read in the file's order (DD/MM when any first number is 13 to 31)."""
        self.order, self.order_assumed = _slash_order([p for _, p, _, _ in self.pending])
        for index, (a, b, year), text, line in self.pending:
            month, day = (b, a) if self.order == "DD/MM" else (a, b)
            try:
                ok = FIRST_YEAR <= year <= LAST_YEAR
                self.ordinals[index] = date(year, month, day).toordinal() if ok else 0
            except ValueError:
                ok = False
            if not ok:
                problems.add(line, text, f"not a calendar date (slash dates in this file are read as {self.order}/YYYY)")
        return np.asarray(self.ordinals, dtype=np.int64)


def number(text: str, signed: bool = False) -> float | None:
    """A decimal number with a point (a comma only groups thousands: 1,234.5); a trailing unit of a formatted
    export ('12.4 km', '8 °C') is dropped. None when it is not one, or negative unless `signed`."""
    value = text.strip()
    if not value:
        return None
    try:
        x = float(value)
    except ValueError:
        head = value.split()[0].replace("°", "")
        for suffix in ("km", "mi", "kwh", "c", "f"):
            if head.lower().endswith(suffix) and len(head) > len(suffix):
                head = head[: -len(suffix)]
                break
        body = head.lstrip("-")
        if not (_NUMBER.fullmatch(body) or _GROUPED.fullmatch(body)):
            return None
        x = float(head.replace(",", ""))
    if not math.isfinite(x) or (x < 0 and not signed):
        return None
    return x


def spread_readings(
    readings: list[tuple[int, int, str, float]], what: str, problems: _Problems
) -> tuple[IntArray, FloatArray, IntArray, int]:
    """Per-day distances from odometer readings (day ordinal, line, sort key, miles), in time order: a reading's
    distance since the one before goes to its day when both are on the same day, else spread evenly over the days
    after the earlier reading up to the later one. A decreasing odometer is a problem of its line.
    Returns (days, miles, lines, intervals spread over more than one day)."""
    readings = sorted(readings, key=lambda r: (r[0], r[2], r[1]))
    days: list[IntArray] = []
    miles: list[FloatArray] = []
    lines: list[IntArray] = []
    spread = 0
    for (d0, line0, _, o0), (d1, line1, _, o1) in zip(readings, readings[1:], strict=False):
        if o1 < o0:
            problems.add(
                line1,
                f"{o1 / MI_PER_KM:,.1f} km" if what == "km" else f"{o1:,.1f} mi",
                f"an odometer that never goes down: line {line0} ({date.fromordinal(d0).isoformat()}) reads "
                + (f"{o0 / MI_PER_KM:,.1f} km" if what == "km" else f"{o0:,.1f} mi"),
            )
            continue
        n = max(d1 - d0, 1)
        spread += n > 1
        start = d0 + 1 if d1 > d0 else d0
        days.append(np.arange(start, start + n, dtype=np.int64))
        miles.append(np.full(n, (o1 - o0) / n))
        lines.append(np.full(n, line1, dtype=np.int64))
    if not days:
        return np.zeros(0, np.int64), np.zeros(0), np.zeros(0, np.int64), 0
    return np.concatenate(days), np.concatenate(miles), np.concatenate(lines), spread


def monthly_temps_f(days: IntArray, miles: FloatArray, temps_f: FloatArray) -> tuple[float | None, ...]:
    """Twelve distance-weighted mean temperatures (F), January first, over every year; None for a month without
    a drive that records one. NaN temperatures are left out."""
    ok = np.isfinite(temps_f) & (miles > 0)
    if not ok.any():
        return ()
    uniq, inverse = np.unique(days[ok], return_inverse=True)
    months = np.array([date.fromordinal(int(d)).month - 1 for d in uniq], dtype=np.int64)
    index = months[inverse]
    weight = np.bincount(index, weights=miles[ok], minlength=12)
    total = np.bincount(index, weights=miles[ok] * temps_f[ok], minlength=12)
    return tuple(round(float(total[m] / weight[m]), 1) if weight[m] > 0 else None for m in range(12))


def build_import(
    days: IntArray,
    miles: FloatArray,
    lines: IntArray,
    *,
    rows: int,
    source: str,
    fmt: str,
    unit: str,
    context: str,
    problems: _Problems,
    header_line: int,
    names: list[str] | None = None,
    **extra: object,
) -> LogImport:
    """The LogImport of per-row (or per-day) distances: days summed, checked (a day over MAX_DAY_MI, the span) and
    placed on the year as logs.py places them; `extra` fills the format's own fields. `names[line - 1]` names a
    "line" of a JSON file (its path), when given."""

    def label(line: int) -> str:
        return names[line - 1] if names else f"line {line}"

    if days.size:
        uniq, inverse = np.unique(days, return_inverse=True)
        totals = np.bincount(inverse, weights=miles)
        for k in np.flatnonzero(totals > MAX_DAY_MI)[:20]:
            first_line = int(lines[inverse == k].min())
            problems.by_line.setdefault(
                first_line,
                FieldProblem(
                    label(first_line),
                    f"{totals[k]:,.1f} mi on {date.fromordinal(int(uniq[k])).isoformat()}",
                    f"a day over {format_bound(MAX_DAY_MI)} mi is not plausible",
                ),
            )
    problems.raise_if_any(context)
    if not days.size:
        raise InputError([FieldProblem("rows", "none", f"driving under the header (line {header_line})")], context)
    first, last = date.fromordinal(int(uniq[0])), date.fromordinal(int(uniq[-1]))
    span = (last - first).days + 1

    def where(ordinal: int) -> str:
        return f"{date.fromordinal(ordinal).isoformat()} ({label(int(lines[days == ordinal].min()))})"

    if span < MIN_SPAN_DAYS or span > MAX_SPAN_DAYS:
        allowed = (
            f"a log of at least {MIN_SPAN_DAYS} days (4 weeks) to describe a year"
            if span < MIN_SPAN_DAYS
            else f"at most {MAX_SPAN_YEARS} years (the most recent year is used; a date typo also makes a long span)"
        )
        raise InputError(
            [FieldProblem("span", f"{span:,} days, {where(int(uniq[0]))} to {where(int(uniq[-1]))}", allowed)], context
        )
    start = year_start(last).toordinal()
    keep = uniq >= start - YEAR_DAYS  # the year and, for a short log, everything (it is shorter than a year)
    totals_by_day = {date.fromordinal(int(d)): float(t) for d, t in zip(uniq[keep], totals[keep], strict=True)}
    all_days = {date.fromordinal(int(d)): 0.0 for d in uniq}
    return LogImport(
        distances_mi=_place_year(totals_by_day, first, last, span),
        first_date=first,
        last_date=last,
        rows=rows,
        days_logged=int(uniq.size),
        span_days=span,
        unit=unit,
        gaps=_gaps(all_days, first, last),
        repeated=span < YEAR_DAYS,
        source=source,
        logged_total_mi=float(math.fsum(miles.tolist())),
        format=fmt,
        rows_before_year=int(np.unique(lines[days < start]).size),
        **extra,  # type: ignore[arg-type]
    )
