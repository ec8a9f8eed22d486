"""`buyer-app vehicles search`: find vehicles and their EPA ids."""

from __future__ import annotations

import argparse
import json
from typing import Any

import pandas as pd

from buyer_app.cli.tables import table
from buyer_app.cli.validation import powertrain_problem
from buyer_app.core.errors import FieldProblem, InputError
from buyer_app.core.vehicles.database import load_database
from buyer_app.core.vehicles.facets import years
from buyer_app.core.vehicles.schema import Powertrain
from buyer_app.text.choices import powertrain_short
from buyer_app.text.vehicle_words import search_note
from buyer_app.text.wording import money


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("vehicles", help="search the vehicle database")
    vsub = p.add_subparsers(dest="vehicles_command", required=True, metavar="search")
    s = vsub.add_parser("search", help="find vehicles by words of their year, make, model, type, body and drive")
    s.add_argument(
        "text",
        nargs="*",
        metavar="TEXT",
        help="words to match in any order, e.g. 2025 camry hybrid, tesla model 3, suv awd electric (best match first)",
    )
    s.add_argument("--year", type=int, metavar="Y")
    s.add_argument("--powertrain", metavar="P", help="one of " + ", ".join(p.value for p in Powertrain))
    s.add_argument("--limit", type=int, default=50, metavar="N", help="at most N rows (default 50; 0 = all)")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=run_search)


def _row(r: pd.Series) -> dict[str, Any]:
    def num(x: Any) -> float | None:
        return None if pd.isna(x) else float(x)

    return {
        "id": int(r["id"]),
        "year": int(r["year"]),
        "make": r["make"],
        "model": r["model"],
        "base_model": r["base_model"],
        "powertrain": r["powertrain"],
        "epa_class": r["epa_class"],
        "drive": r["drive"],
        "fuel_grade": r["fuel_grade"],
        "supported": bool(r["supported"]),
        "mpg_comb": num(r["mpg_comb"]),
        "label_mpg_comb": num(r["label_mpg_comb"]),
        "kwh100_comb": num(r["kwh100_comb"]),
        "range_mi": num(r["range_mi"]),
        "electric_range_mi": num(r["electric_range_mi"]),
        "battery_kwh": num(r["battery_kwh"]),
        "dc_max_kw": num(r["dc_max_kw"]),
        "msrp_usd": num(r["msrp_usd"]),
    }


def run_search(args: argparse.Namespace) -> int:
    checks = [
        powertrain_problem(args.powertrain, costed_only=False),
        None if args.limit >= 0 else FieldProblem("--limit", args.limit, "0 (all) or more"),
    ]
    problems = [p for p in checks if p]
    if problems:
        raise InputError(problems)
    db = load_database()
    text = " ".join(args.text)
    found, ranking = db.find(text, args.year, args.powertrain)
    total = len(found)
    if args.limit:
        found = found.head(args.limit)
    rows = [_row(r) for _, r in found.iterrows()]
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    if not rows:
        note = search_note(ranking, years(db.frame))
        print(f"No vehicles match {text!r}." + (f" {note}" if note else ""))
        if not ranking.positions.size:
            return 0
        found = db.frame.iloc[ranking.positions]  # the closest: they match the most words
        total = len(found)
        found = found.head(args.limit) if args.limit else found
        rows = [_row(r) for _, r in found.iterrows()]
    lines = []
    for r in rows:
        economy = (
            f"{r['label_mpg_comb']:.0f} MPGe, {r['kwh100_comb']:.0f} kWh/100mi"
            if r["powertrain"] == "bev"
            else f"{r['label_mpg_comb']:.0f} MPG"
            if r["label_mpg_comb"]
            else "—"
        )
        rng = f"{r['range_mi']:.0f} mi" if r["range_mi"] else ""
        lines.append(
            [
                str(r["id"]),
                str(r["year"]),
                f"{r['make']} {r['model']}",
                powertrain_short(str(r["powertrain"])),
                economy,
                rng,
                money(r["msrp_usd"]) if r["msrp_usd"] else "ask",
            ]
        )
    print(
        table(
            ["id", "year", "vehicle", "type", "EPA label", "range", "base MSRP"],
            lines,
            [True, False, False, False, False, True, True],
        )
    )
    if total > len(rows):
        print(f"({len(rows)} of {total} shown; use --limit 0 for all)")
    return 0
