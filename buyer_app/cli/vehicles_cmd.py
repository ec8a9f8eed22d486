"""`buyer-app vehicles search`: find vehicles and their EPA ids."""

from __future__ import annotations

import argparse
import json
from typing import Any

import pandas as pd

from buyer_app.cli.tables import table
from buyer_app.cli.validation import powertrain_problem
from buyer_app.core.errors import FieldProblem, InputError
from buyer_app.core.markets.databases import market_database
from buyer_app.core.markets.market import Market, installed_market_codes, load_market
from buyer_app.core.markets.regions import KM_PER_MI
from buyer_app.core.vehicles.facets import years
from buyer_app.core.vehicles.schema import Powertrain
from buyer_app.text.choices import powertrain_short
from buyer_app.text.vehicle_words import distinct_names, full_name, search_note
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
    s.add_argument("--market", default="us", metavar="CODE", help="the market's cars: us (EPA, default) or cn (China)")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=run_search)


def _row(r: pd.Series, market: Market) -> dict[str, Any]:
    def num(x: Any) -> float | None:
        return None if pd.isna(x) else float(x)

    if not market.is_us:  # a pack's cars: prices in its currency, ranges in km, its test cycle's figures beside
        km = num(r["range_mi"])
        electric_km = num(r["electric_range_mi"])
        kwh100 = num(r["kwh100_comb"])
        cur = market.currency.lower()
        return {
            "id": int(r["id"]),
            "year": int(r["year"]),
            "make": r["make"],
            "model": r["model"],
            "base_model": r["base_model"],
            "powertrain": r["powertrain"],
            "class": r["epa_class"],
            "supported": bool(r["supported"]),
            f"price_{cur}": num(r["msrp_local"]),
            "price_basis": r["price_basis"] or None,
            "price_date": r["price_date"] or None,
            "cycle": r["cycle"] or None,
            "cycle_range_km": num(r["cycle_range_km"]),
            "cycle_kwh_per_100km": num(r["cycle_kwh_100km"]),
            "cycle_l_per_100km": num(r["cycle_l_100km"]),
            "real_world_range_km": None if km is None else round(km * KM_PER_MI, 1),
            "real_world_electric_range_km": None if electric_km is None else round(electric_km * KM_PER_MI, 1),
            "real_world_kwh_per_100km": None if kwh100 is None else round(kwh100 / KM_PER_MI, 2),
            "battery_kwh": num(r["battery_kwh"]),
            "dc_max_kw": num(r["dc_max_kw"]),
            "derived": r["derived"] or None,
        }
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
    market = market_from_code(args.market)
    db = market_database(market.code)
    text = " ".join(args.text)
    found, ranking = db.find(text, args.year, args.powertrain)
    total = len(found)
    if args.limit:
        found = found.head(args.limit)
    rows = [_row(r, market) for _, r in found.iterrows()]
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
        rows = [_row(r, market) for _, r in found.iterrows()]
    if not market.is_us:
        print(_pack_table(rows, market))
        if total > len(rows):
            print(f"({len(rows)} of {total} shown; use --limit 0 for all)")
        return 0
    lines = []
    # two rows that would read the same (the EPA lists a car per transmission) are told apart, as in `rank`
    records = found.to_dict("records")
    told_apart = [name[len(full_name(r)) :] for name, r in zip(distinct_names(records), records, strict=True)]
    for r, apart in zip(rows, told_apart, strict=True):
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
                f"{r['make']} {r['model']}{apart}",
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


def market_from_code(code: str) -> Market:
    """The market a --market flag names; InputError naming the markets installed."""
    if code not in installed_market_codes():
        raise InputError([FieldProblem("--market", code, "one of " + ", ".join(installed_market_codes()))])
    return load_market(code)


def _pack_table(rows: list[dict[str, Any]], market: Market) -> str:
    """A market pack's cars: the test cycle's range beside the real-world one, the guide price in its currency."""
    cur = market.currency.lower()
    lines = []
    for r in rows:
        cycle_range = f"{r['cycle_range_km']:,.0f} km" if r["cycle_range_km"] else "—"
        real = r["real_world_electric_range_km"] if r["powertrain"] == "phev" else r["real_world_range_km"]
        use = (
            f"{r['real_world_kwh_per_100km']:.1f} kWh/100 km"
            if r["real_world_kwh_per_100km"]
            else (f"{r['cycle_l_per_100km']:.1f} L/100 km ({r['cycle']})" if r["cycle_l_per_100km"] else "—")
        )
        price = r[f"price_{cur}"]
        lines.append(
            [
                str(r["id"]),
                str(r["year"]),
                f"{r['make']} {r['model']}",
                powertrain_short(str(r["powertrain"])),
                cycle_range + (f" ({r['cycle']})" if r["cycle"] and r["cycle_range_km"] else ""),
                f"{real:,.0f} km" if real else "—",
                use,
                money(price, currency=market.currency) if price else "ask",
            ]
        )
    head = ["id", "year", "vehicle", "type", "range (test cycle)", "range (real world)", "energy (real world)", "guide price"]
    return table(head, lines, [True, False, False, False, True, True, False, True])
