"""Rate-plan flags shared by compare, rank and report (and `tariffs compare`):

--tariff ID|FILE   a shipped tariff (buyer-app tariffs list) or a URDB rate JSON file
--charge-start HH  the hour home charging starts, 0-23 (the car's or charger's schedule; default 18)
--household-kwh N  the household's own use a month, on top of which the car's kWh fall in the tiers
--no-tariff        ignore the profile's plan (home charging at the flat or time-of-use price)
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

from buyer_app.core.errors import FieldProblem, InputError
from buyer_app.core.household.fields import Household
from buyer_app.core.markets.market import market_of_region
from buyer_app.core.tariffs.choice import DEFAULT_HOUSEHOLD_KWH, DEFAULT_START_HOUR, HomeTariff, tariff_from_dict
from buyer_app.core.tariffs.shipped import read_tariff_file, shipped_ids


def add_tariff_arguments(group: argparse._ArgumentGroup) -> None:
    group.add_argument(
        "--tariff",
        metavar="ID|FILE",
        help="your utility's rate plan: a shipped tariff id (buyer-app tariffs list) or a URDB rate JSON file; home "
        "charging is then priced hour by hour",
    )
    group.add_argument(
        "--charge-start", type=int, metavar="HH", help=f"the hour home charging starts, 0-23 (default {DEFAULT_START_HOUR})"
    )
    group.add_argument(
        "--household-kwh",
        type=float,
        metavar="KWH",
        help=f"the household's own electricity use a month, for the plan's tiers (default {DEFAULT_HOUSEHOLD_KWH:g}, EIA)",
    )
    group.add_argument("--no-tariff", action="store_true", help="ignore the profile's rate plan")


def plan_from_text(text: str, start: int = DEFAULT_START_HOUR, household_kwh: float = DEFAULT_HOUSEHOLD_KWH) -> HomeTariff:
    """A plan from a shipped id or a URDB JSON file's path (InputError naming --tariff and the reason)."""
    if text in shipped_ids():
        raw: dict[str, object] = {"id": text}
    else:
        path = Path(text)
        if not path.exists():
            raise InputError(
                [FieldProblem("--tariff", text, "a shipped tariff id (" + ", ".join(shipped_ids()) + ") or a URDB JSON file")]
            )
        _, rate = read_tariff_file(path)
        raw = {"rate": rate}
    plan = tariff_from_dict({**raw, "charge_start_hour": start, "household_kwh_month": household_kwh})
    assert plan is not None
    return plan


def tariff_from_args(args: argparse.Namespace, household: Household) -> Household:
    """The household with the flags' plan (the profile's when no flag names one)."""
    if getattr(args, "no_tariff", False):
        return _with(household, None)
    current = household.home_tariff
    start = (
        args.charge_start
        if getattr(args, "charge_start", None) is not None
        else (current.charge_start_hour if current else DEFAULT_START_HOUR)
    )
    base = (
        args.household_kwh
        if getattr(args, "household_kwh", None) is not None
        else (current.household_kwh_month if current else DEFAULT_HOUSEHOLD_KWH)
    )
    problems: list[FieldProblem] = []
    if not 0 <= start <= 23:
        problems.append(FieldProblem("--charge-start", start, "a whole hour from 0 (midnight) to 23"))
    if not 0 <= base <= 10_000:
        problems.append(FieldProblem("--household-kwh", base, "a number of kWh a month from 0 to 10,000"))
    if problems:
        raise InputError(problems)
    text = getattr(args, "tariff", None)
    if text and not market_of_region(household.state).is_us:
        raise InputError([FieldProblem("--tariff", text, "a US household's plan: URDB rates are US utilities', in USD")])
    if text:
        return _with(household, plan_from_text(text, start, base))
    if current is None:
        if getattr(args, "charge_start", None) is not None or getattr(args, "household_kwh", None) is not None:
            raise InputError(
                [FieldProblem("--charge-start", start, "used with a rate plan: --tariff ID|FILE, or a profile with one")]
            )
        return household
    return _with(household, HomeTariff(current.tariff, current.id, current.rate, start, base))


def _with(household: Household, plan: HomeTariff | None) -> Household:
    return replace(household, home_tariff=plan)
