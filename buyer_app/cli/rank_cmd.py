"""`buyer-app rank`: the cheapest vehicles in the whole database for a household."""

from __future__ import annotations

import argparse
import json
from typing import Any

import pandas as pd

from buyer_app.cli.driving_args import add_driving_arguments, driving_from_args
from buyer_app.cli.household_args import add_household_arguments, household_from_args
from buyer_app.cli.tables import table
from buyer_app.cli.uncertainty_args import PROFILE_DRAWS, settings_from_args
from buyer_app.cli.validation import finite_at_least, powertrain_problem
from buyer_app.core.costs.rank import RankFilters, rank
from buyer_app.core.errors import FieldProblem, InputError
from buyer_app.core.markets.databases import market_database
from buyer_app.core.markets.market import market_of_region
from buyer_app.core.uncertainty.rank import rank_chances
from buyer_app.core.vehicles.database import VehicleDatabase, load_database
from buyer_app.core.vehicles.schema import Powertrain
from buyer_app.text.ranking import not_sold_new_note, not_sold_new_reason
from buyer_app.text.translate import tr
from buyer_app.text.units import display_of, per_distance_label, per_distance_money
from buyer_app.text.vehicle_words import distinct_names
from buyer_app.text.wording import money


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("rank", help="rank the whole database by total cost for a household")
    add_household_arguments(p)
    add_driving_arguments(p)
    f = p.add_argument_group("filters")
    f.add_argument("--powertrain", metavar="P", help="one of " + ", ".join(x.value for x in Powertrain))
    f.add_argument(
        "--class",
        dest="epa_class",
        metavar="TEXT",
        help='a body (SUV, pickup, van, wagon, car) or words of the EPA class, e.g. "SUV" or "midsize"',
    )
    f.add_argument("--max-price", type=float, metavar="USD", help="base MSRP at most USD (unpriced vehicles left out)")
    f.add_argument(
        "--min-range",
        type=float,
        metavar="MI",
        help="electric range at least MI (a BEV's range, a plug-in hybrid's electric range); "
        "vehicles without a plug are left out",
    )
    f.add_argument("--year", type=int, metavar="Y", dest="model_year", help="model year")
    f.add_argument("--search", default="", metavar="TEXT", help="words of year, make and model")
    p.add_argument("--top", type=int, default=20, metavar="N", help="list N vehicles (default 20)")
    p.add_argument(
        "--simulate",
        nargs="?",
        type=int,
        const=PROFILE_DRAWS,
        default=None,
        metavar="N",
        help="simulate N futures (default 10,000) and give each of the top 50 priced vehicles its chance of "
        "being the cheapest of them",
    )
    p.add_argument("--seed", type=int, metavar="S", help="random seed for --simulate")
    p.add_argument("--spread", action="append", default=[], metavar="NAME=VALUE", help="one spread for --simulate")
    p.set_defaults(pair=None)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run)


RANK_TOP = 50


def _records(frame: pd.DataFrame) -> list[dict[str, object]]:
    records = []
    for rec in frame.to_dict("records"):
        records.append({str(k): (None if isinstance(v, float) and v != v else v) for k, v in rec.items()})
    return records


def run(args: argparse.Namespace) -> int:
    household, profile = household_from_args(args)
    pattern, climate = driving_from_args(args, profile)
    checks = [
        powertrain_problem(args.powertrain, costed_only=True),
        finite_at_least("--max-price", args.max_price, 0),
        finite_at_least("--min-range", args.min_range, 0),
        None if args.top >= 1 else FieldProblem("--top", args.top, "1 or more"),
    ]
    problems = [p for p in checks if p]
    if problems:
        raise InputError(problems)
    filters = RankFilters(
        powertrain=args.powertrain,
        epa_class=args.epa_class,
        max_price=args.max_price,
        min_range=args.min_range,
        year=args.model_year,
        text=args.search,
    )
    settings = settings_from_args(args, profile)
    market = market_of_region(household.state)
    db = load_database() if market.is_us else market_database(market.code)
    ranking = rank(db, household, filters, pattern, climate)
    top, unpriced = ranking.priced.head(args.top), ranking.unpriced.head(args.top)
    gone = ranking.not_sold_new.head(args.top)
    gone = gone.assign(reason=[not_sold_new_reason(int(y)) for y in gone["last_model_year"]])
    chances = None
    if settings is not None and len(ranking.priced):
        chances = rank_chances(db, household, ranking, settings, RANK_TOP, pattern, climate)
        top = top.merge(chances[["id", "p_cheapest", "p10", "p50", "p90"]], on="id", how="left")
    note = tr(
        "{count} matching vehicles have no known price: they are listed apart, ranked on running costs only (energy, "
        "maintenance, insurance, fees)"
    ).format(count=len(ranking.unpriced))
    if args.json:
        print(
            json.dumps(
                {
                    "years": household.years,
                    "considered": ranking.considered,
                    "priced_count": len(ranking.priced),
                    "ranked": _records(top),
                    "unpriced_count": len(ranking.unpriced),
                    "running_cost_only": _records(unpriced),
                    "uncertainty": None
                    if chances is None
                    else {
                        "draws": settings.draws if settings else None,
                        "seed": settings.seed if settings else None,
                        "among_top": len(chances),
                        "note": "p_cheapest: the chance of being the cheapest of the top priced vehicles, with "
                        "the same futures for all; p10/p50/p90: the total cost",
                    },
                    "note": note,
                    "sold_new_from_year": ranking.new_from_year,
                    "not_sold_new_count": len(ranking.not_sold_new),
                    "not_sold_new": _records(gone),
                    "not_sold_new_note": not_sold_new_note(ranking.new_from_year),
                },
                indent=2,
            )
        )
        return 0
    display = display_of(profile, args.units, market_of_region(household.state))
    if not market_of_region(household.state).is_us:
        price_name = tr("guide price")
    elif getattr(db, "user_prices", 0):
        price_name = tr("base MSRP, or your own imported price where you gave one")
    else:
        price_name = tr("base MSRP")
    if ranking.considered == 0:
        print(tr("No vehicle matches these filters."))
        return 0
    print(
        tr(
            "{considered} vehicles match; {priced} with a known price, ranked by {years}-year total cost (each costed as "
            "bought new at its {price}):"
        ).format(considered=ranking.considered, priced=len(ranking.priced), years=household.years, price=price_name)
    )
    rows = [
        [
            str(i + 1),
            str(r["id"]),
            name,
            str(r["powertrain"]),
            money(r["price"]),
            money(r["incentives"]) if r["incentives"] else "—",
            money(r["total_cost"]),
            per_distance_money(r["cost_per_mile"], display),
        ]
        for i, (r, name) in enumerate(zip(_each(top), _names(db, top), strict=True))
    ]
    headers = ["#", "id", tr("vehicle"), tr("type"), tr("price"), tr("incentives"), tr("total"), per_distance_label(display)]
    if chances is not None:
        for row, r in zip(rows, _each(top), strict=True):
            row.append("—" if r["p_cheapest"] != r["p_cheapest"] else f"{r['p_cheapest']:.0%}")
        headers.append(tr("cheapest in"))
    print(table(headers, rows, [True, True, False, False] + [True] * (len(headers) - 4)))
    if chances is not None and settings is not None:
        print(
            tr(
                "cheapest in: the share of {draws:,} simulated futures (seed {seed}) in which the vehicle is the cheapest "
                "of the top {top} priced ones"
            ).format(draws=settings.draws, seed=settings.seed, top=len(chances))
        )
    if len(gone):
        print(
            "\n"
            + tr("{count} matching vehicles are {note}:").format(
                count=len(ranking.not_sold_new), note=not_sold_new_note(ranking.new_from_year)
            )
        )
        rows = [
            [str(r["id"]), name, str(r["powertrain"]), money(r["price"]), money(r["running_cost"]), str(r["reason"])]
            for r, name in zip(_each(gone), _names(db, gone), strict=True)
        ]
        print(
            table(
                ["id", tr("vehicle"), tr("type"), tr("last MSRP"), tr("running costs"), tr("why")],
                rows,
                [True, False, False, True, True, False],
            )
        )
    if len(unpriced):
        print("\n" + tr("{}:").format(note))
        rows = [
            [str(r["id"]), name, str(r["powertrain"]), money(r["running_cost"])]
            for r, name in zip(_each(unpriced), _names(db, unpriced), strict=True)
        ]
        print(table(["id", tr("vehicle"), tr("type"), tr("running costs")], rows, [True, False, False, True]))
    return 0


def _names(db: VehicleDatabase, frame: pd.DataFrame) -> list[str]:
    """The vehicles of a ranking table as the text names them: two that would read the same are told apart by
    their transmission or drive (the JSON keeps the label; its id tells them apart)."""
    if not len(frame):
        return []
    return distinct_names(db.get([int(i) for i in frame["id"]]).to_dict("records"))


def _each(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """The rows of a ranking table as dicts (typed values for the text table)."""
    return [{str(k): v for k, v in row.items()} for row in frame.to_dict("records")]
