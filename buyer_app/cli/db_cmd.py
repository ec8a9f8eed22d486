"""`buyer-app db import [--kind KIND] PATH`, `buyer-app db reset --kind KIND` and `buyer-app db info`.

`db import PATH` imports an EPA file as it always has; `--kind prices|incentives|state-figures` imports the other
data sets (core/vehicles/price_import, core/incentives/importers/refresh, core/region/state_import)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from buyer_app.core.data_sets.summary import KINDS, all_data_sets, data_today, reset_kind, stale_sets
from buyer_app.core.errors import FieldProblem, InputError
from buyer_app.core.incentives.importers.refresh import import_incentives
from buyer_app.core.region.state_import import import_state_figures
from buyer_app.core.vehicles.database import load_database
from buyer_app.core.vehicles.db_import import import_database
from buyer_app.core.vehicles.price_import import import_price_table
from buyer_app.core.vehicles.prices import load_price_table
from buyer_app.core.vehicles.user_prices import catalogue_from_frame
from buyer_app.text.data_sets import data_set_line, stale_line


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("db", help="import newer data (EPA file, prices, incentives, state figures), or show what is active")
    dsub = p.add_subparsers(dest="db_command", required=True, metavar="{import,reset,info}")
    imp = dsub.add_parser(
        "import",
        help="import fueleconomy.gov's vehicles.csv(.zip), or with --kind a newer price table, incentives or state figures",
        description="Checked first, all or nothing: a file with any bad line changes nothing. --kind vehicles (the "
        "default): fueleconomy.gov's vehicles.csv or vehicles.csv.zip. --kind prices: a curated MSRP table CSV "
        "(the shipped us_msrp.csv columns; year, make, model, msrp_usd, as_of, source required). --kind incentives: "
        "Rewiring America's incentives data folder or a zip of its repository (--as-of: the data's date, required "
        "for a folder). --kind state-figures: a complete state figures CSV (the shipped state_defaults.csv columns).",
    )
    imp.add_argument("path", type=Path, metavar="PATH")
    imp.add_argument("--kind", choices=KINDS, default="vehicles", help="which data set PATH holds (default: vehicles)")
    imp.add_argument("--as-of", default="", metavar="YYYY-MM-DD", help="incentives: the data's date (e.g. its commit's)")
    imp.add_argument("--label", default="", metavar="TEXT", help="incentives: what copy of the data it is (e.g. a commit)")
    imp.set_defaults(func=run_import)
    reset = dsub.add_parser("reset", help="go back to the shipped data of one kind (your import stays on disk)")
    reset.add_argument("--kind", choices=KINDS, required=True)
    reset.set_defaults(func=run_reset)
    info = dsub.add_parser("info", help="every data set: source, its date, shipped or imported, rows, checksum, staleness")
    info.add_argument("--json", action="store_true")
    info.set_defaults(func=run_info)


def run_import(args: argparse.Namespace) -> int:
    for flag, value in (("--as-of", args.as_of), ("--label", args.label)):
        if value and args.kind != "incentives":
            raise InputError([FieldProblem(flag, value, "only with --kind incentives (the other data carry their own dates)")])
    try:
        if args.kind != "vehicles":
            return _import_other(args)
    except InputError as exc:
        print(f"buyer-app: {exc.context or args.path}: not imported, the active {args.kind} data is unchanged", file=sys.stderr)
        for problem in exc.problems:
            print(f"  - {problem.describe()}", file=sys.stderr)
        return 2
    result = import_database(args.path)
    m = result.metadata
    e = result.enrich
    skipped = sum(m["rows_skipped"].values())
    print(
        f"Imported {m['vehicles']:,} vehicles (model years {m['min_year']}+) from {m['source_file']} "
        f"({m['source_date']}); {m['rows_before_min_year']:,} older rows left out, {skipped} unusable rows skipped"
        + (f" ({', '.join(f'{k}: {v}' for k, v in m['rows_skipped'].items() if v)})" if skipped else "")
        + "."
    )
    print(
        f"Battery and charging specs matched for {e.matched} of {e.eligible} plug-in vehicles ({e.rate:.1%}): "
        f"{e.exact_year} same model year, {e.near_year} neighbouring year; {e.with_curve} with a DC curve."
    )
    print(f"Now active: {result.folder}")
    return 0


def _import_other(args: argparse.Namespace) -> int:
    today = data_today()
    path = Path(args.path)
    if args.kind == "prices":
        catalogue = catalogue_from_frame(load_database(with_prices=False).frame)
        p = import_price_table(path, catalogue, today)
        unmatched = f"{p.unmatched:,} row matches" if p.unmatched == 1 else f"{p.unmatched:,} rows match"
        priced_now = int(load_database().frame["msrp_usd"].notna().sum())
        print(
            f"Imported {p.rows:,} price rows ({p.priced:,} with a price, newest as of {p.as_of}) from {path} as the "
            f"curated price table; {unmatched} no vehicle of the active database (kept for when it lists them). "
            f"It replaces the whole table: {priced_now:,} vehicles of the database now have a price "
            "(`buyer-app db reset --kind prices` returns to the shipped table). Your own prices "
            "(`buyer-app prices import`) still take precedence."
        )
    elif args.kind == "incentives":
        i = import_incentives(path, today, args.as_of, args.label)
        print(
            f"Imported {i.programs:,} vehicle and charger incentives of {i.states} states (data of {i.as_of}) from {path}; "
            f"{i.skipped:,} entries left out (each with its reason, as for the shipped catalogue). The federal "
            "programs stay the app's curated ones."
        )
    else:
        s = import_state_figures(path)
        print(f"Imported {s.rows:,} state figures (newest gasoline prices of {s.as_of}) from {path}.")
    print(f"Now active: {_folder_of(args.kind)}. `buyer-app db reset --kind {args.kind}` returns to the shipped data.")
    return 0


def _folder_of(kind: str) -> str:
    return next((d.file for d in all_data_sets() if d.key == kind), "")


def run_reset(args: argparse.Namespace) -> int:
    if reset_kind(args.kind):
        print(f"The shipped {args.kind} data is active again ({_folder_of(args.kind)}).")
    else:
        print(f"The shipped {args.kind} data was already active; nothing changed.")
    return 0


def data_sets_dict() -> tuple[list[dict[str, Any]], list[dict[str, Any]], str]:
    """Every data set with explicit keys, the stale ones, and the day they were judged on."""
    today = data_today()
    sets = all_data_sets()
    stale = {d.key: months for d, months in stale_sets(sets, today)}
    rows = [
        {
            "key": d.key,
            "market": d.market,
            "origin": d.origin,
            "source": d.source,
            "as_of": d.as_of,
            "imported_at": d.imported_at or None,
            "rows": d.rows,
            "sha256": d.sha256,
            "file": d.file,
            "problem": d.problem or None,
            "stale": d.key in stale,
            "refresh": d.refresh or None,
        }
        for d in sets
    ]
    warnings = [
        {"key": d.key, "as_of": d.as_of, "age_months": months, "message": stale_line(d, months)}
        for d, months in stale_sets(sets, today)
    ]
    return rows, warnings, today.isoformat()


def info_dict() -> dict[str, Any]:
    db = load_database()
    prices = load_price_table()
    sets, stale, today = data_sets_dict()
    return {
        "origin": db.origin,
        "folder": str(db.folder),
        "fallback_reason": db.fallback_reason,
        **db.metadata,
        "curated_tables": {
            "us_msrp": {
                "rows": len(prices),
                "priced_rows": int(prices["msrp_usd"].notna().sum()),
                "as_of": db.prices_as_of,
                "vehicles_priced": int(db.frame["msrp_usd"].notna().sum()),
            },
            "household_defaults": {"as_of": "2026-11 (each default carries its own date)"},
        },
        "data_sets": sets,
        "stale": stale,
        "stale_judged_on": today,
    }


def run_info(args: argparse.Namespace) -> int:
    d = info_dict()
    if args.json:
        print(json.dumps(d, indent=2))
        return 0
    e = d["enrichment"]
    print(f"Active database: {d['origin']} ({d['folder']})")
    if d["fallback_reason"]:
        print(f"  note: {d['fallback_reason']}")
    print(
        f"Source: {d['source_file']} of {d['source_date']} (newest record {d['newest_record_modified']}), "
        f"{d['source_url']}\n  sha256 {d['source_sha256']}\n  licence: {d['source_licence']}"
    )
    print(f"Vehicles: {d['vehicles']:,} (model years {d['min_year']}+), from {d['rows_read']:,} rows read")
    print("By powertrain: " + ", ".join(f"{k} {v:,}" for k, v in d["by_powertrain"].items()))
    print("By year: " + ", ".join(f"{k} {v:,}" for k, v in d["by_year"].items()))
    print(
        f"Battery/charging specs: {e['matched']} of {e['eligible']} plug-ins ({e['rate']:.1%}; BEV "
        f"{e['bev_rate']:.1%}, PHEV {e['phev_rate']:.1%}), {e['with_dc_curve']} with a DC charging curve; "
        f"from {', '.join(e['sources'])}"
    )
    msrp = d["curated_tables"]["us_msrp"]
    print(
        f"Curated prices: {msrp['priced_rows']} priced rows of {msrp['rows']} (as of {msrp['as_of']}), "
        f"pricing {msrp['vehicles_priced']:,} vehicles; the rest ask for your price"
    )
    print(f"Household defaults: {d['curated_tables']['household_defaults']['as_of']}; see `buyer-app fields`")
    print("Data sets (the data's own date; shipped with the app or imported by you):")
    for data_set in all_data_sets():
        print(f"  {data_set_line(data_set)}")
        print(
            f"    {data_set.origin}, {data_set.rows:,} rows, sha256 {data_set.sha256[:16] or '-'}"
            + (f", imported {data_set.imported_at}" if data_set.imported_at else "")
            + f"\n    file: {data_set.file}"
        )
        if data_set.problem:
            print(f"    note: {data_set.problem}")
    for warning in d["stale"]:
        print(f"Warning: {warning['message']}")
    if not d["stale"]:
        print(f"No data set is more than 12 months old (on {d['stale_judged_on']}).")
    return 0
