"""`buyer-app db import PATH` and `buyer-app db info`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from buyer_app.core.vehicles.database import load_database
from buyer_app.core.vehicles.db_import import import_database
from buyer_app.core.vehicles.prices import load_price_table


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("db", help="import a newer EPA file, or show what the active database holds")
    dsub = p.add_subparsers(dest="db_command", required=True, metavar="{import,info}")
    imp = dsub.add_parser("import", help="import fueleconomy.gov's vehicles.csv or vehicles.csv.zip")
    imp.add_argument("path", type=Path, metavar="PATH")
    imp.set_defaults(func=run_import)
    info = dsub.add_parser("info", help="source, date, checksum and counts of the active database")
    info.add_argument("--json", action="store_true")
    info.set_defaults(func=run_info)


def run_import(args: argparse.Namespace) -> int:
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


def info_dict() -> dict[str, Any]:
    db = load_database()
    prices = load_price_table()
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
    return 0
