"""`--simulate [N]` and its settings for compare and report: spreads, seed and the pair to explain."""

from __future__ import annotations

import argparse

from buyer_app.core.costs.compare import Comparison
from buyer_app.core.errors import FieldProblem, InputError
from buyer_app.core.profiles.schema import Profile
from buyer_app.core.uncertainty.draws import SPREADS, UncertaintySettings, settings_from_dict, settings_to_dict

PROFILE_DRAWS = object()  # --simulate with no number: the profile's draw count (an explicit 0 is refused)


def add_uncertainty_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("uncertainty (Monte Carlo; see README)")
    group.add_argument(
        "--simulate",
        nargs="?",
        type=int,
        const=PROFILE_DRAWS,
        default=None,
        metavar="N",
        help="simulate N futures (100-200,000; default the profile's, 10,000) and add how sure the verdict is",
    )
    group.add_argument("--seed", type=int, metavar="S", help="random seed (default the profile's; same seed, same result)")
    group.add_argument(
        "--spread",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="one spread, e.g. --spread gas_volatility=0.25; names: " + ", ".join(s.name for s in SPREADS),
    )
    group.add_argument(
        "--pair", metavar="ID,ID", help="the two vehicles to explain (difference, tornado, thresholds); default the two cheapest"
    )


def settings_from_args(args: argparse.Namespace, profile: Profile | None) -> UncertaintySettings | None:
    """The settings to simulate with, or None without --simulate (flags override the profile's)."""
    if args.simulate is None:
        for flag, given in (("--seed", args.seed is not None), ("--spread", bool(args.spread)), ("--pair", bool(args.pair))):
            if given:
                raise InputError([FieldProblem(flag, "given", "only with --simulate")])
        return None
    base = profile.uncertainty if profile else UncertaintySettings()
    raw = settings_to_dict(base)
    problems = []
    names = {spec.name for spec in SPREADS}
    for item in args.spread:
        name, sep, value = item.partition("=")
        if name.strip() not in names:  # draws and seed have flags of their own: --simulate N, --seed S
            problems.append(FieldProblem("--spread", item, "NAME=VALUE with NAME one of " + ", ".join(sorted(names))))
            continue
        try:
            raw[name.strip()] = float(value) if sep else None
            if not sep:
                raise ValueError
        except ValueError:
            problems.append(FieldProblem("--spread", item, "NAME=VALUE with a number, e.g. gas_volatility=0.25"))
    if args.simulate is not PROFILE_DRAWS:
        raw["draws"] = args.simulate
    if args.seed is not None:
        raw["seed"] = args.seed
    if problems:
        raise InputError(problems)
    return settings_from_dict(raw, context="--simulate")


def pair_from_args(args: argparse.Namespace, c: Comparison) -> tuple[int, int] | None:
    """Indices of --pair in the comparison (None: the default pair)."""
    if not args.pair:
        return None
    ids = [v.id for v in c.vehicles]
    parts = args.pair.split(",")
    try:
        a, b = (int(x) for x in parts)
        if a == b or a not in ids or b not in ids:
            raise ValueError
    except ValueError:
        raise InputError([FieldProblem("--pair", args.pair, "two different compared vehicle ids, e.g. 48765,48032")]) from None
    return ids.index(a), ids.index(b)
