"""`buyer-app prices`: the base prices the app uses (curated table, your own), and `prices import/show/export`."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from buyer_app.cli.tables import table
from buyer_app.core.errors import FieldProblem, InputError
from buyer_app.core.files.safe_read import Unreadable, read_limited
from buyer_app.core.files.storage import atomic_write_text
from buyer_app.core.profiles.store import set_aside
from buyer_app.core.vehicles.database import load_database
from buyer_app.core.vehicles.prices import load_price_table
from buyer_app.core.vehicles.user_prices import (
    COLUMNS,
    MAX_BYTES,
    REQUIRED,
    catalogue_from_frame,
    export_text,
    import_user_prices,
    read_user_prices,
    user_prices_path,
)
from buyer_app.text.wording import money

FORMAT_HELP = (
    "CSV with a header line; required columns: "
    + ", ".join(REQUIRED)
    + "; optional: "
    + ", ".join(c for c in COLUMNS if c not in REQUIRED)
    + ". make/model as the vehicle database spells "
    "them (EPA make and base model, e.g. Toyota,Camry); powertrain one of bev, phev, hev, ice, diesel "
    "(may be left out when the model year has only one); epa_model_regex selects EPA variants (empty: "
    "every variant); as_of YYYY-MM-DD (empty: today)."
)


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "prices",
        help="the base prices the app uses: the curated table and your own prices",
        description="Without a command: how many vehicles have a price, from the curated table and "
        "from your own price file. Your prices (`prices import`) take precedence over "
        "the curated ones for the vehicles they match.",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_summary)
    psub = p.add_subparsers(dest="prices_command", metavar="{import,show,export}")
    imp = psub.add_parser(
        "import",
        help="add or update your own prices from a CSV file (checked first: a bad row changes nothing)",
        description=FORMAT_HELP,
    )
    imp.add_argument("path", type=Path, metavar="FILE.csv")
    imp.add_argument("--replace", action="store_true", help="replace all your prices instead of adding to them")
    imp.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
    imp.set_defaults(func=run_import)
    show = psub.add_parser("show", help="list your own prices")
    show.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
    show.set_defaults(func=run_show)
    exp = psub.add_parser("export", help="write your own prices as a CSV to edit and import again")
    exp.add_argument("path", type=Path, nargs="?", metavar="FILE.csv", help="where to write (default: the screen)")
    exp.set_defaults(func=run_export)


def _stored() -> list[Any]:
    try:
        return read_user_prices()
    except Unreadable as exc:
        raise InputError(
            [
                FieldProblem(
                    "your price file",
                    str(exc.path),
                    f"a price file this app wrote: it {exc.reason}; move it aside, or import with --replace (a copy is kept)",
                )
            ]
        ) from None


def summary_dict() -> dict[str, Any]:
    db = load_database()
    curated = load_price_table()
    frame = db.frame
    mine = frame["msrp_source"].astype(str).str.startswith("your price")
    recent = frame["year"] >= int(frame["year"].max()) - 1
    return {
        "vehicles": len(frame),
        "vehicles_priced": int(frame["msrp_usd"].notna().sum()),
        "recent_model_years": sorted(int(y) for y in frame.loc[recent, "year"].unique()),
        "recent_vehicles": int(recent.sum()),
        "recent_priced": int(frame.loc[recent, "msrp_usd"].notna().sum()),
        "curated": {"rows": len(curated), "priced_rows": int(curated["msrp_usd"].notna().sum()), "as_of": db.prices_as_of},
        "yours": {
            "file": str(user_prices_path()),
            "rows": db.user_prices,
            "vehicles_priced": int(mine.sum()),
            "problem": db.user_prices_problem or None,
        },
    }


def run_summary(args: argparse.Namespace) -> int:
    d = summary_dict()
    if args.json:
        print(json.dumps(d, indent=2))
        return 0
    years = "/".join(map(str, d["recent_model_years"]))
    print(
        f"{d['vehicles_priced']:,} of {d['vehicles']:,} vehicles have a base price ({d['recent_priced']:,} of "
        f"{d['recent_vehicles']:,} of model years {years}); the rest ask for your price."
    )
    c, y = d["curated"], d["yours"]
    print(
        f"Curated table: {c['priced_rows']:,} priced rows of {c['rows']:,}, newest as of {c['as_of']}, a source and date per row."
    )
    print(
        f"Your prices: {y['rows']} rows pricing {y['vehicles_priced']:,} vehicles ({y['file']}); they take "
        "precedence over the curated ones. Add or update them with `buyer-app prices import FILE.csv`."
    )
    if y["problem"]:
        print(f"  note: {y['problem']}")
    return 0


def _read_import_file(path: Path) -> str:
    try:
        raw = read_limited(path, MAX_BYTES)
    except Unreadable as exc:
        raise InputError(
            [FieldProblem("FILE.csv", str(path), f"a readable CSV file of at most {MAX_BYTES >> 20} MB ({exc.reason})")]
        ) from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError([FieldProblem("FILE.csv", str(path), f"UTF-8 text (byte {exc.start} is not)")]) from None


def run_import(args: argparse.Namespace) -> int:
    text = _read_import_file(args.path)
    catalogue = catalogue_from_frame(load_database(with_prices=False).frame)
    target = user_prices_path()
    if not args.replace:
        _stored()  # a damaged stored file is refused before anything is written
    elif target.exists():
        try:
            read_user_prices(target)
        except Unreadable:
            set_aside(target)  # --replace over a damaged file: a copy of it is kept next to it
    try:
        result = import_user_prices(text, catalogue, date.today(), replace_all=args.replace)
    except Unreadable as exc:
        raise InputError([FieldProblem("your price file", str(exc.path), exc.reason)]) from None
    except OSError as exc:
        print(f"buyer-app: {target} cannot be written ({exc.strerror or exc}); nothing was imported", file=sys.stderr)
        return 2
    if getattr(args, "json", False):
        print(
            json.dumps(
                {
                    "file": str(target),
                    "added": result.added,
                    "replaced": result.replaced,
                    "kept": result.kept,
                    "rows": len(result.rows),
                },
                indent=2,
            )
        )
        return 0
    print(
        f"Imported {result.added + result.replaced} prices from {args.path}: {result.added} added, "
        f"{result.replaced} replaced, {result.kept} kept; {len(result.rows)} in {target}. They take precedence "
        "over the curated prices for the vehicles they match."
    )
    return 0


def run_show(args: argparse.Namespace) -> int:
    rows = _stored()
    if getattr(args, "json", False):
        print(json.dumps({"file": str(user_prices_path()), "rows": [asdict(r) for r in rows]}, indent=2))
        return 0
    if not rows:
        print(f"You have no prices of your own yet ({user_prices_path()}); add them with `buyer-app prices import FILE.csv`.")
        return 0
    print(f"Your prices ({user_prices_path()}):")
    print(
        table(
            ["year", "make", "model", "trim", "type", "EPA variants", "price", "as of"],
            [
                [str(r.year), r.make, r.model, r.trim, r.powertrain, r.epa_model_regex or "all", money(r.msrp_usd), r.as_of]
                for r in rows
            ],
            [True, False, False, False, False, False, True, False],
        )
    )
    return 0


def run_export(args: argparse.Namespace) -> int:
    text = export_text(_stored())
    if args.path is None or str(args.path) == "-":
        sys.stdout.write(text)
        return 0
    try:
        atomic_write_text(args.path, text, backup=False)
    except OSError as exc:
        print(f"buyer-app: {args.path} cannot be written ({exc.strerror or exc})", file=sys.stderr)
        return 2
    print(f"Wrote {text.count(chr(10)) - 1} prices to {args.path}; edit it and `buyer-app prices import` it again.")
    return 0
