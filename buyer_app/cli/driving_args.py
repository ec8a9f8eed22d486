"""Driving pattern, climate and charging flags shared by compare, rank and report (flags override the profile)."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

from buyer_app.cli.calendar_args import add_calendar_arguments
from buyer_app.core.driving.formats import read_driving_log
from buyer_app.core.driving.patterns import AnnualPattern, LogPattern, Pattern, SimplePattern, Trip, WeeklyPattern
from buyer_app.core.errors import FieldProblem, InputError
from buyer_app.core.profiles.schema import Profile
from buyer_app.core.region.climate import Climate, manual_climate, state_climate
from buyer_app.text.driving_log import log_summary
from buyer_app.text.translate import tr


def add_driving_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("driving pattern, climate and charging (replace annual miles with real days; see README)")
    group.add_argument("--weekday-miles", type=float, metavar="MI", help="simple pattern: a typical weekday")
    group.add_argument("--weekend-miles", type=float, metavar="MI", help="simple pattern: a typical weekend day")
    group.add_argument("--trips", type=int, metavar="N", help="simple pattern: long trips a year (0-52)")
    group.add_argument("--trip-miles", type=float, metavar="MI", help="simple pattern: one-way distance of a long trip")
    group.add_argument("--trip-same-day", action="store_true", help="long trips go there and back the same day")
    group.add_argument(
        "--week", metavar="MON,...,SUN", help="weekly pattern: seven distances in miles, Monday first, e.g. 32,32,32,32,32,15,15"
    )
    group.add_argument(
        "--trip",
        action="append",
        default=[],
        metavar="MONTH:MILES[:same-day]",
        help="weekly pattern: a long trip in a month (1-12) with its one-way distance; repeat",
    )
    group.add_argument(
        "--driving-log",
        type=Path,
        metavar="FILE",
        help="your driving history, recognised by its contents: a CSV of dates and distances or of odometer readings, "
        "a TeslaMate drives or Grafana Drives CSV, a Google Takeout location history (JSON) or an evcc sessions CSV; "
        "see README",
    )
    group.add_argument(
        "--log-unit", choices=("mi", "km"), help="unit of a CSV log's distances or odometer if its header does not say"
    )
    group.add_argument("--climate", metavar="STATE", help="US state (two letters) whose monthly temperatures apply")
    group.add_argument("--climate-temps", metavar="T1,...,T12", help="twelve monthly mean temperatures in F, January first")
    group.add_argument(
        "--home-charging", choices=("level2", "level1", "none"), help="charging at home (same as --set home_charging=...)"
    )
    add_calendar_arguments(group)


def _floats(flag: str, text: str, count: int, problems: list[FieldProblem]) -> list[float] | None:
    try:
        values = [float(x) for x in text.split(",")]
    except ValueError:
        values = []
    if len(values) != count:
        problems.append(FieldProblem(flag, text, f"{count} numbers separated by commas"))
        return None
    return values


def driving_from_args(args: argparse.Namespace, profile: Profile | None) -> tuple[Pattern, Climate | None]:
    """The pattern and climate: the profile's, replaced by whichever flags are given; bad values named."""
    pattern: Pattern = profile.driving if profile else AnnualPattern()
    climate = profile.climate if profile else None
    log_climate: Climate | None = None
    problems: list[FieldProblem] = []
    simple = [args.weekday_miles, args.weekend_miles, args.trips, args.trip_miles]
    chosen = [
        name
        for name, used in (
            ("simple (--weekday-miles ...)", any(x is not None for x in simple)),
            ("weekly (--week)", args.week is not None),
            ("log (--driving-log)", args.driving_log is not None),
        )
        if used
    ]
    if len(chosen) > 1:
        raise InputError([FieldProblem("driving pattern", " and ".join(chosen), "one way of describing the driving")])
    if args.trip and args.week is None:
        problems.append(FieldProblem("--trip", args.trip[0], "used with --week (a simple pattern takes --trips)"))
    try:
        if any(x is not None for x in simple):
            if args.weekday_miles is None or args.weekend_miles is None:
                problems.append(
                    FieldProblem("--weekday-miles / --weekend-miles", "missing", "both distances for a simple pattern")
                )
            else:
                pattern = SimplePattern(
                    args.weekday_miles, args.weekend_miles, args.trips or 0, args.trip_miles or 0.0, bool(args.trip_same_day)
                )
                pattern.validate()
        elif args.week is not None:
            week = _floats("--week", args.week, 7, problems)
            trips = []
            for item in args.trip:
                parts = item.split(":")
                try:
                    if len(parts) not in (2, 3) or (len(parts) == 3 and parts[2] != "same-day"):
                        raise ValueError
                    trips.append(Trip(int(parts[0]), float(parts[1]), len(parts) == 3))
                except ValueError:
                    problems.append(FieldProblem("--trip", item, "MONTH:MILES or MONTH:MILES:same-day, e.g. 7:240"))
            if week is not None:
                pattern = WeeklyPattern(tuple(week), tuple(trips))
                pattern.validate()
        elif args.driving_log is not None:
            log = read_driving_log(args.driving_log, args.log_unit)
            pattern = LogPattern(tuple(float(x) for x in log.distances_mi), log.source, log_summary(log), log.format)
            log_temps = log.climate_temps_f
            if log_temps is not None and args.climate is None and args.climate_temps is None:
                # the temperatures the log was driven in stand for the climate unless a flag names one
                log_climate = replace(
                    manual_climate(list(log_temps)),
                    label=tr("temperatures driven in, from the driving log {source}").format(source=log.source),
                )
    except InputError as exc:
        problems.extend(exc.problems)
    try:
        if args.climate is not None and args.climate_temps is not None:
            problems.append(FieldProblem("--climate / --climate-temps", "both", "one of the two"))
        elif args.climate is not None:
            climate = state_climate(args.climate)
        elif args.climate_temps is not None:
            temps = _floats("--climate-temps", args.climate_temps, 12, problems)
            if temps is not None:
                climate = manual_climate(temps)
    except InputError as exc:
        problems.extend(FieldProblem(p.field.replace("climate.state", "--climate"), p.value, p.allowed) for p in exc.problems)
    if log_climate is not None:
        climate = log_climate
    if problems:
        raise InputError(problems)
    return pattern, climate
