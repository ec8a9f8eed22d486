"""The household's driving pattern turned into a year of daily distances, and what a range covers.

Simple pattern: a typical weekday and weekend-day distance plus long trips (how many a year, one-way
distance, there and back the same day or not). Trips fall on Saturdays spread evenly over the year, so
the result is reproducible.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import numpy.typing as npt

from buyer_app.core.errors import FieldProblem, InputError

FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True)
class SimplePattern:
    weekday_mi: float
    weekend_mi: float
    long_trips_per_year: int = 0
    long_trip_one_way_mi: float = 0.0
    round_trip_same_day: bool = False

    def validate(self) -> None:
        problems = []
        for name, value, hi in (("weekday_mi", self.weekday_mi, 1000), ("weekend_mi", self.weekend_mi, 1000),
                                ("long_trip_one_way_mi", self.long_trip_one_way_mi, 3000)):
            if not (isinstance(value, (int, float)) and math.isfinite(value) and 0 <= value <= hi):
                problems.append(FieldProblem(f"pattern.{name}", value, f"a distance from 0 to {hi:,} miles"))
        if not (isinstance(self.long_trips_per_year, int) and 0 <= self.long_trips_per_year <= 52):
            problems.append(FieldProblem("pattern.long_trips_per_year", self.long_trips_per_year,
                                         "a whole number from 0 to 52 (at most one a week)"))
        if problems:
            raise InputError(problems)


def daily_distances(pattern: SimplePattern, year: int = 2026) -> FloatArray:
    """365 daily distances in miles (day 0 is 1 January of `year`)."""
    pattern.validate()
    days = [date(year, 1, 1) + timedelta(days=k) for k in range(365)]
    weekend = np.array([d.weekday() >= 5 for d in days])
    miles = np.where(weekend, pattern.weekend_mi, pattern.weekday_mi).astype(float)
    saturdays = [k for k, d in enumerate(days) if d.weekday() == 5]
    n = pattern.long_trips_per_year
    if n:
        picks = [saturdays[int((i + 0.5) * len(saturdays) / n)] for i in range(n)]
        for k in picks:
            if pattern.round_trip_same_day:
                miles[k] = 2 * pattern.long_trip_one_way_mi
            else:
                miles[k] = pattern.long_trip_one_way_mi
                miles[min(k + 1, 364)] = pattern.long_trip_one_way_mi
    return miles


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
