"""`--custom-vehicle FILE`: cars the market's table lacks, entered by the household (compare and report)."""

from __future__ import annotations

import argparse
from pathlib import Path

from buyer_app.core.costs.choices import VehicleChoice
from buyer_app.core.errors import FieldProblem, InputError
from buyer_app.core.files.safe_read import Unreadable, read_json
from buyer_app.core.profiles.schema import Profile
from buyer_app.core.vehicles.custom import CUSTOM_ID_BASE, CustomVehicle, custom_from_dict
from buyer_app.core.vehicles.custom import database_with as database_with  # the verbs take it from here

MAX_FILE = 1 << 20


def add_custom_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--custom-vehicle",
        action="append",
        default=[],
        type=Path,
        metavar="FILE",
        help="a car the list lacks, as JSON (one object or a list): make, model, year, powertrain (bev, phev, hev, "
        "ice), cycle (EPA, WLTP, CLTC, real), price, range_km, kwh_per_100km, l_per_100km, battery_kwh, dc_max_kw; "
        "compared beside the others, marked as your entry, kept by --save-profile (README: Your own vehicle)",
    )


def customs_from_args(args: argparse.Namespace, profile: Profile | None) -> tuple[CustomVehicle, ...]:
    """The profile's own vehicles, then those of each --custom-vehicle file (numbered after them)."""
    customs = list(profile.custom_vehicles) if profile else []
    problems: list[FieldProblem] = []
    for path in getattr(args, "custom_vehicle", []):
        try:
            raw = read_json(path, MAX_FILE)
        except Unreadable as exc:
            problems.append(FieldProblem("--custom-vehicle", str(path), f"a readable JSON file ({exc.reason})"))
            continue
        for k, item in enumerate(raw if isinstance(raw, list) else [raw]):
            next_id = max([c.id for c in customs], default=CUSTOM_ID_BASE) + 1
            try:
                customs.append(custom_from_dict(item, f"--custom-vehicle {path.name}[{k}]", next_id))
            except InputError as exc:
                problems.extend(exc.problems)
    if len(customs) > 8:
        problems.append(FieldProblem("--custom-vehicle", f"{len(customs)} vehicles", "at most 8 of your own"))
    if problems:
        raise InputError(problems)
    return tuple(customs)


def add_customs(
    choices: list[VehicleChoice], customs: tuple[CustomVehicle, ...], added: tuple[CustomVehicle, ...]
) -> list[VehicleChoice]:
    """The choices with the vehicles of the files appended (a profile's own are compared when it lists them)."""
    have = {c.id for c in choices}
    return choices + [VehicleChoice(c.id) for c in added if c.id not in have]
