"""The household's driving pattern turned into a year of daily distances, and what a range covers.

Four ways to describe driving, each giving 365 reproducible daily distances (day 0 is 1 January of a
365-day year laid out like 2026, a non-leap year starting on a Thursday):
- annual: the household's annual miles spread evenly (the neutral pattern of older profiles; plug-in
  hybrids then keep EPA's utility factors, which stand for the national mix of daily distances);
- simple: a typical weekday and weekend-day distance plus long trips (how many a year, one-way
  distance, there and back the same day or not), placed on Saturdays spread evenly over the year;
- weekly: a distance for each day of the week plus long trips by month (on that month's Saturdays);
- log: a year of days from an imported driving log (see logs.py).
Long-trip days count as highway miles; the night between the outward and return day of a trip is
spent away from home (no home charging).

A little over 300 lines: four patterns, each with its validation and its year of days, share the calendar
helpers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import numpy as np
import numpy.typing as npt

from buyer_app.core.errors import FieldProblem, InputError
from buyer_app.core.household.fields import Household

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
LAYOUT_YEAR = 2026
DAYS = tuple(date(LAYOUT_YEAR, 1, 1) + timedelta(days=k) for k in range(365))
WEEKDAY = np.array([d.weekday() for d in DAYS])  # 0 = Monday
MONTH = np.array([d.month - 1 for d in DAYS])  # 0 = January
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MAX_DAY_MI = 1500.0
MAX_ANNUAL_MI = 150000.0
PATTERN_KINDS = ("annual", "simple", "weekly", "log")


@dataclass(frozen=True)
class DrivingYear:
    """365 days of driving and what the charging model needs to know about each."""

    miles: FloatArray
    trip_day: BoolArray  # long-trip days: all highway, and the ones a fast charger serves
    away_night: BoolArray  # the night after this day is spent away from home
    kind: str
    neutral: bool = False  # annual-only pattern: plug-in hybrids keep EPA's utility factors
    trip_count: int = 0  # long trips (a trip back the next day is one trip over two days)

    @property
    def annual_miles(self) -> float:
        return float(self.miles.sum())

    @property
    def trip_days(self) -> int:
        return int(self.trip_day.sum())

    def longest_regular_day(self) -> float:
        """The longest day that is not a long trip (for a log, which has no trips marked: the 95th
        percentile of days, so one unusual day does not count as regular)."""
        if self.kind == "log":
            return float(np.percentile(self.miles, 95))
        regular = self.miles[~self.trip_day]
        return float(regular.max()) if regular.size else 0.0

    def city_share(self, regular_city_share: float) -> float:
        """Share of the year's miles in the city: regular days at the household's share, trips all highway."""
        total = self.annual_miles
        if total <= 0:
            return regular_city_share
        return float(self.miles[~self.trip_day].sum() * regular_city_share / total)


def _problem(where: str, value: object, allowed: str) -> FieldProblem:
    return FieldProblem(f"driving.{where}", value, allowed)


def _distance(problems: list[FieldProblem], where: str, value: object, hi: float = MAX_DAY_MI) -> float:
    # the range first: comparing never overflows, math.isfinite does for an integer too large for a float
    ok = isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value <= hi and math.isfinite(value)
    if not ok:
        problems.append(_problem(where, value, f"a distance from 0 to {hi:,.0f} miles"))
        return 0.0
    return float(value)  # type: ignore[arg-type]


@dataclass(frozen=True)
class AnnualPattern:
    """Annual miles spread evenly (the household's `annual_miles` field)."""

    kind: str = field(default="annual", init=False)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": "annual"}


@dataclass(frozen=True)
class SimplePattern:
    weekday_mi: float
    weekend_mi: float
    long_trips_per_year: int = 0
    long_trip_one_way_mi: float = 0.0
    round_trip_same_day: bool = False
    kind: str = field(default="simple", init=False)

    def validate(self) -> None:
        problems: list[FieldProblem] = []
        _distance(problems, "weekday_mi", self.weekday_mi)
        _distance(problems, "weekend_mi", self.weekend_mi)
        one_way_max = MAX_DAY_MI / 2 if self.round_trip_same_day else MAX_DAY_MI
        _distance(problems, "long_trip_one_way_mi", self.long_trip_one_way_mi, one_way_max)
        n = self.long_trips_per_year
        if not (isinstance(n, int) and not isinstance(n, bool) and 0 <= n <= 52):
            problems.append(_problem("long_trips_per_year", n, "a whole number from 0 to 52 (at most one a week)"))
        if problems:
            raise InputError(problems)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": "simple",
            "weekday_mi": self.weekday_mi,
            "weekend_mi": self.weekend_mi,
            "long_trips_per_year": self.long_trips_per_year,
            "long_trip_one_way_mi": self.long_trip_one_way_mi,
            "round_trip_same_day": self.round_trip_same_day,
        }


@dataclass(frozen=True)
class Trip:
    """A long trip in a given month (1-12)."""

    month: int
    one_way_mi: float
    round_trip_same_day: bool = False


@dataclass(frozen=True)
class WeeklyPattern:
    week_mi: tuple[float, ...]  # Monday .. Sunday
    trips: tuple[Trip, ...] = ()
    kind: str = field(default="weekly", init=False)

    def validate(self) -> None:
        problems: list[FieldProblem] = []
        if not isinstance(self.week_mi, (tuple, list)) or len(self.week_mi) != 7:
            problems.append(_problem("week_mi", self.week_mi, "seven distances, Monday first"))
        else:
            for name, value in zip(WEEKDAY_NAMES, self.week_mi, strict=True):
                _distance(problems, f"week_mi[{name}]", value)
        per_month: dict[int, int] = {}
        for k, trip in enumerate(self.trips):
            if not (isinstance(trip.month, int) and not isinstance(trip.month, bool) and 1 <= trip.month <= 12):
                problems.append(_problem(f"trips[{k}].month", trip.month, "a month from 1 (January) to 12"))
                continue
            per_month[trip.month] = per_month.get(trip.month, 0) + 1
            hi = MAX_DAY_MI / 2 if trip.round_trip_same_day else MAX_DAY_MI
            _distance(problems, f"trips[{k}].one_way_mi", trip.one_way_mi, hi)
        for month, count in sorted(per_month.items()):
            if count > 4:
                problems.append(_problem(f"trips (month {month})", count, "at most 4 long trips in one month (one a weekend)"))
        if problems:
            raise InputError(problems)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": "weekly",
            "week_mi": list(self.week_mi),
            "trips": [
                {"month": t.month, "one_way_mi": t.one_way_mi, "round_trip_same_day": t.round_trip_same_day} for t in self.trips
            ],
        }


@dataclass(frozen=True)
class LogPattern:
    """A year of days from an imported driving log (stored whole, so a profile does not need the file)."""

    miles: tuple[float, ...]
    source: str = "driving log"
    summary: str = ""
    format: str = ""  # the history's format code (formats.FORMATS); "" in profiles saved before it was recorded
    kind: str = field(default="log", init=False)

    def validate(self) -> None:
        problems: list[FieldProblem] = []
        if not isinstance(self.miles, (tuple, list)) or len(self.miles) != 365:
            problems.append(
                _problem(
                    "miles",
                    f"{len(self.miles) if isinstance(self.miles, (tuple, list)) else self.miles} values",
                    "365 daily distances, 1 January first",
                )
            )
        else:
            bad = [
                k
                for k, v in enumerate(self.miles)
                if not (isinstance(v, (int, float)) and not isinstance(v, bool) and 0 <= v <= MAX_DAY_MI and math.isfinite(v))
            ]
            for k in bad[:10]:
                problems.append(
                    _problem(f"miles[{k}] ({DAYS[k]:%d %B})", self.miles[k], f"a distance from 0 to {MAX_DAY_MI:,.0f} miles")
                )
            if len(bad) > 10:
                problems.append(_problem("miles", f"{len(bad) - 10} more bad days", "distances from 0 to 1,500 miles"))
        if problems:
            raise InputError(problems)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": "log", "source": self.source, "summary": self.summary}
        if self.format:  # optional: a profile without it reads as before
            out["format"] = self.format
        out["miles"] = [round(float(v), 2) for v in self.miles]
        return out


Pattern = AnnualPattern | SimplePattern | WeeklyPattern | LogPattern


def _saturdays(month: int | None = None) -> list[int]:
    return [k for k, d in enumerate(DAYS) if d.weekday() == 5 and (month is None or d.month == month)]


def _place_trip(miles: FloatArray, trip_day: BoolArray, away: BoolArray, k: int, one_way: float, same_day: bool) -> None:
    if same_day:
        miles[k] = 2 * one_way
        trip_day[k] = True
        return
    back = min(k + 1, 364)
    miles[k] = one_way
    miles[back] = one_way
    trip_day[[k, back]] = True
    if back != k:
        away[k] = True


def _check_total(year: DrivingYear) -> DrivingYear:
    if year.annual_miles > MAX_ANNUAL_MI:
        raise InputError(
            [_problem("(whole year)", f"{year.annual_miles:,.0f} miles", f"at most {MAX_ANNUAL_MI:,.0f} miles a year")]
        )
    return year


def driving_year(pattern: Pattern, annual_miles: float = Household.annual_miles) -> DrivingYear:
    """The 365 days of a pattern (raises InputError naming every bad value)."""
    trip_day = np.zeros(365, dtype=bool)
    away = np.zeros(365, dtype=bool)
    if isinstance(pattern, AnnualPattern):
        return DrivingYear(np.full(365, annual_miles / 365.0), trip_day, away, "annual", neutral=True)
    pattern.validate()
    if isinstance(pattern, LogPattern):
        return _check_total(DrivingYear(np.asarray(pattern.miles, dtype=float), trip_day, away, "log"))
    if isinstance(pattern, SimplePattern):
        miles = np.where(WEEKDAY >= 5, pattern.weekend_mi, pattern.weekday_mi).astype(float)
        saturdays = _saturdays()
        n = pattern.long_trips_per_year
        for i in range(n):
            _place_trip(
                miles,
                trip_day,
                away,
                saturdays[int((i + 0.5) * len(saturdays) / n)],
                pattern.long_trip_one_way_mi,
                pattern.round_trip_same_day,
            )
        return _check_total(DrivingYear(miles, trip_day, away, "simple", trip_count=n))
    miles = np.asarray(pattern.week_mi, dtype=float)[WEEKDAY]
    used: dict[int, int] = {}
    for trip in pattern.trips:
        slot = used.get(trip.month, 0)
        used[trip.month] = slot + 1
        _place_trip(miles, trip_day, away, _saturdays(trip.month)[slot], trip.one_way_mi, trip.round_trip_same_day)
    return _check_total(DrivingYear(miles, trip_day, away, "weekly", trip_count=len(pattern.trips)))


def pattern_from_dict(raw: object) -> Pattern:
    """A saved pattern (see README, profile format); raises InputError naming every bad value."""
    if raw is None:
        return AnnualPattern()
    if not isinstance(raw, dict) or raw.get("kind") not in PATTERN_KINDS:
        shown = raw.get("kind") if isinstance(raw, dict) else raw
        raise InputError([_problem("kind", shown, "one of " + ", ".join(PATTERN_KINDS))])
    kind = raw["kind"]
    allowed = {
        "annual": {"kind"},
        "simple": {"kind", "weekday_mi", "weekend_mi", "long_trips_per_year", "long_trip_one_way_mi", "round_trip_same_day"},
        "weekly": {"kind", "week_mi", "trips"},
        "log": {"kind", "miles", "source", "summary", "format"},
    }[kind]
    unknown = sorted(set(raw) - allowed)
    if unknown:
        raise InputError([_problem(k, raw[k], "one of " + ", ".join(sorted(allowed))) for k in unknown])
    pattern: Pattern
    if kind == "annual":
        return AnnualPattern()
    if kind == "simple":
        same_day = raw.get("round_trip_same_day", False)
        if not isinstance(same_day, bool):
            raise InputError([_problem("round_trip_same_day", same_day, "true or false")])
        pattern = SimplePattern(  # the types are checked by validate() below, with a message naming the field
            raw.get("weekday_mi"),  # type: ignore[arg-type]
            raw.get("weekend_mi"),  # type: ignore[arg-type]
            raw.get("long_trips_per_year", 0),  # type: ignore[arg-type]
            raw.get("long_trip_one_way_mi", 0.0),
            same_day,
        )
    elif kind == "weekly":
        trips_raw = raw.get("trips", [])
        if not isinstance(trips_raw, list):
            raise InputError([_problem("trips", trips_raw, 'a list of {"month", "one_way_mi", "round_trip_same_day"}')])
        trips = []
        for k, t in enumerate(trips_raw):
            if (
                not isinstance(t, dict)
                or not set(t) <= {"month", "one_way_mi", "round_trip_same_day"}
                or not isinstance(t.get("round_trip_same_day", False), bool)
            ):
                raise InputError(
                    [
                        _problem(
                            f"trips[{k}]", t, 'an object {"month": 1-12, "one_way_mi": miles, "round_trip_same_day": true/false}'
                        )
                    ]
                )
            trips.append(Trip(t.get("month"), t.get("one_way_mi"), t.get("round_trip_same_day", False)))  # type: ignore[arg-type]
        week = raw.get("week_mi")
        pattern = WeeklyPattern(tuple(week) if isinstance(week, list) else week, tuple(trips))  # type: ignore[arg-type]
    else:
        miles = raw.get("miles")
        source, summary, fmt = raw.get("source", "driving log"), raw.get("summary", ""), raw.get("format", "")
        if not isinstance(source, str) or not isinstance(summary, str):
            raise InputError([_problem("source", source, "text")])
        if not isinstance(fmt, str) or len(fmt) > 40:
            raise InputError([_problem("format", fmt, "a log format code such as teslamate_drives")])
        pattern = LogPattern(tuple(miles) if isinstance(miles, list) else miles, source[:300], summary[:2000], fmt)  # type: ignore[arg-type]
    pattern.validate()
    return pattern


def daily_distances(pattern: SimplePattern, year: int = LAYOUT_YEAR) -> FloatArray:
    """365 daily distances in miles of a simple pattern (kept for callers that only need the miles)."""
    del year  # the layout year is fixed so that results are reproducible
    return driving_year(pattern).miles


def coverage(distances: FloatArray, usable_range_mi: FloatArray) -> FloatArray:
    """(N,) share of days each vehicle covers on one overnight charge (usable range per vehicle)."""
    return np.asarray((distances[None, :] <= usable_range_mi[:, None]).mean(axis=1), dtype=float)


def fast_charge_stops(distances: FloatArray, usable_range_mi: FloatArray, leg_mi: FloatArray) -> FloatArray:
    """(N,) DC fast stops a year: each day beyond the usable range needs ceil(excess / leg) stops,
    where a leg is the distance one 10-80% charge adds."""
    excess = np.maximum(distances[None, :] - usable_range_mi[:, None], 0.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        stops = np.where(excess > 0, np.ceil(excess / leg_mi[:, None]), 0.0)
    return np.asarray(stops.sum(axis=1), dtype=float)
