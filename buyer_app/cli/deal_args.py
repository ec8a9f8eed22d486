"""Per-vehicle deal flags: bought used, and incentives of the user's own (a dealer or employer offer)."""

from __future__ import annotations

import argparse
from dataclasses import replace

from buyer_app.core.costs.choices import Incentive, VehicleChoice
from buyer_app.core.errors import FieldProblem, InputError

MAX_OWN_AMOUNT = 1_000_000.0


def add_deal_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--used",
        type=int,
        action="append",
        default=[],
        metavar="ID",
        help="this vehicle is bought used (incentives for used vehicles; give its price with --price)",
    )
    parser.add_argument(
        "--incentive",
        action="append",
        default=[],
        metavar="ID=USD[:NAME]",
        help="an incentive of your own for a vehicle, always counted, e.g. 48765=1000:dealer cash",
    )


def _own_incentives(items: list[str], ids: set[int]) -> dict[int, list[Incentive]]:
    out: dict[int, list[Incentive]] = {}
    problems = []
    for item in items:
        left, sep, right = item.partition("=")
        amount_text, _, name = right.partition(":")
        try:
            vid, amount = int(left), float(amount_text)
            if not sep or vid not in ids or not 0 < amount <= MAX_OWN_AMOUNT or len(name) > 80:
                raise ValueError
        except ValueError:
            problems.append(
                FieldProblem(
                    "--incentive",
                    item,
                    "ID=USD[:NAME] for a compared vehicle, an amount from 0 "
                    "to 1,000,000 and a name of at most 80 characters, e.g. 48765=1000:dealer cash",
                )
            )
            continue
        out.setdefault(vid, []).append(Incentive(name.strip() or "your incentive", amount))
    if problems:
        raise InputError(problems)
    return out


def apply_deal_arguments(args: argparse.Namespace, choices: list[VehicleChoice]) -> list[VehicleChoice]:
    """Choices with --used and --incentive applied; flags name only compared vehicles."""
    ids = {c.id for c in choices}
    used = set(getattr(args, "used", []) or [])
    bad = sorted(used - ids)
    if bad:
        raise InputError([FieldProblem("--used", b, "the id of a vehicle given with --vehicle") for b in bad])
    own = _own_incentives(getattr(args, "incentive", []) or [], ids)
    return [replace(c, used=c.used or c.id in used, incentives=c.incentives + tuple(own.get(c.id, []))) for c in choices]
