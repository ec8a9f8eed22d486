"""Charging-calendar flags shared by compare, rank and report: where the car sleeps each night and what it plugs into.

    --plug sat=relative-l1,sun=relative-l1 --plug weekdays=none   (days: mon..sun, weekdays, weekend, all)
    --work-days mon,wed   --relative-price free   --relative-hours 12   --visits 12:relative-l1   --no-calendar

A flag changes the profile's calendar; without one in the profile, it starts from what the household does without a
calendar (its home charging every night, work on its first workplace_days weekdays).
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import Any

from buyer_app.core.errors import FieldProblem, InputError
from buyer_app.core.household.calendar import (
    DAY_CODES,
    NIGHT_CODES,
    VISIT_PLUGS,
    calendar_for,
    calendar_from_dict,
    calendar_to_dict,
)
from buyer_app.core.household.fields import Household

DAY_GROUPS = {"weekdays": DAY_CODES[:5], "weekend": DAY_CODES[5:], "all": DAY_CODES}
_DAY_WORDS = dict(zip(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"), DAY_CODES, strict=True))
PLUG_WORDS = ", ".join(code.replace("_", "-") for code in NIGHT_CODES)
_FLAG_OF = {
    "nights": "--plug",
    "work_days": "--work-days",
    "relative_price": "--relative-price",
    "relative_hours": "--relative-hours",
    "visit_plug": "--visits",
    "visits": "--visits",
}


def add_calendar_arguments(group: argparse._ArgumentGroup) -> None:
    """The calendar's flags, in the driving and charging group."""
    group.add_argument(
        "--plug",
        action="append",
        default=[],
        metavar="DAY=PLUG[,...]",
        help=f"the plug of the night after DAY (mon..sun, weekdays, weekend, all): {PLUG_WORDS}; "
        "e.g. --plug weekdays=none,weekend=relative-l1 (a charging calendar; repeat or join with commas)",
    )
    group.add_argument("--work-days", metavar="DAY,...", help="charging calendar: the days the car charges at work, e.g. mon,wed")
    group.add_argument(
        "--relative-price",
        metavar="USD|free",
        help="charging calendar: USD/kWh at a relative's (default: your own electricity price)",
    )
    group.add_argument(
        "--relative-hours", type=float, metavar="H", help="charging calendar: hours plugged in a night at a relative's"
    )
    group.add_argument(
        "--visits",
        metavar="N[:PLUG]",
        help="charging calendar: N of the year's overnight trips end at a relative's plug (relative-l1 unless given)",
    )
    group.add_argument("--no-calendar", action="store_true", help="ignore the profile's charging calendar")


def _days(text: str) -> tuple[str, ...] | None:
    """The days a word names: mon or monday, weekdays, weekend, all (None: not a day)."""
    word = text.strip().lower()
    if word in DAY_GROUPS:
        return DAY_GROUPS[word]
    code = _DAY_WORDS.get(word, word)
    return (code,) if code in DAY_CODES else None


def _plugs(items: list[str], nights: dict[str, str], problems: list[FieldProblem]) -> None:
    for item in (part for flag in items for part in flag.split(",") if part.strip()):
        day, sep, plug = item.partition("=")
        days = _days(day)
        code = plug.strip().lower().replace("-", "_")
        if not sep or days is None or code not in NIGHT_CODES:
            problems.append(
                FieldProblem(
                    "--plug",
                    item,
                    f"DAY=PLUG with DAY one of {', '.join(DAY_CODES)}, weekdays, weekend, all and PLUG {PLUG_WORDS}",
                )
            )
            continue
        for d in days:
            nights[d] = code


def _number(text: str) -> float | str:
    """A number, or the text as typed (the calendar's check then names it)."""
    try:
        return float(text)
    except ValueError:
        return text


def calendar_from_args(args: argparse.Namespace, household: Household) -> Household:
    """The household with its calendar as the flags leave it; InputError naming each bad flag and value."""
    given = [getattr(args, name, None) for name in ("work_days", "relative_price", "relative_hours", "visits")]
    if getattr(args, "no_calendar", False):
        if getattr(args, "plug", []) or any(x is not None for x in given):
            raise InputError([FieldProblem("--no-calendar", "with calendar flags", "either --no-calendar or calendar flags")])
        return replace(household, charging_calendar=None)
    if not getattr(args, "plug", []) and all(x is None for x in given):
        return household
    start = household.charging_calendar or calendar_for(
        household.home_charging, household.workplace_charging, household.workplace_days
    )
    raw: dict[str, Any] = calendar_to_dict(start) or {}
    problems: list[FieldProblem] = []
    _plugs(args.plug, raw["nights"], problems)
    if args.work_days is not None:
        days = [_days(d) for d in args.work_days.split(",") if d.strip()]
        if any(d is None for d in days):
            problems.append(FieldProblem("--work-days", args.work_days, f"days separated by commas: {', '.join(DAY_CODES)}"))
        else:
            raw["work_days"] = [d for group in days if group for d in group]
    if args.relative_price is not None:
        text = args.relative_price.strip().lower()
        raw["relative_price"] = 0.0 if text == "free" else _number(args.relative_price)
    if args.relative_hours is not None:
        raw["relative_hours"] = args.relative_hours
    if args.visits is not None:
        count, _, plug = args.visits.partition(":")
        code = (plug.strip().lower() or "relative-l1").replace("-", "_")
        if not count.strip().isdigit() or code not in VISIT_PLUGS:
            words = ", ".join(p.replace("_", "-") for p in VISIT_PLUGS)
            problems.append(FieldProblem("--visits", args.visits, f"N or N:PLUG, N a whole number and PLUG one of {words}"))
        else:
            raw["visits"], raw["visit_plug"] = int(count), code
    try:
        calendar = calendar_from_dict(raw)
    except InputError as exc:  # named by the flag that set it
        problems += [
            FieldProblem(_FLAG_OF.get(p.field.split(".")[1].split("[")[0], p.field), p.value, p.allowed) for p in exc.problems
        ]
    if problems:
        raise InputError(problems)
    return replace(household, charging_calendar=calendar)
