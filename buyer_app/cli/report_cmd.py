"""`buyer-app report --pdf OUT.pdf`: the printable summary, made without a display."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from buyer_app.cli.compare_cmd import check_xlsx_path, choices_from_args, write_workbook
from buyer_app.cli.custom_args import add_custom_arguments, add_customs, customs_from_args, database_with
from buyer_app.cli.deal_args import add_deal_arguments
from buyer_app.cli.driving_args import add_driving_arguments, driving_from_args
from buyer_app.cli.household_args import add_household_arguments, household_from_args
from buyer_app.cli.uncertainty_args import add_uncertainty_arguments, pair_from_args, settings_from_args
from buyer_app.core.costs.compare import compare
from buyer_app.core.data_sets.summary import data_today
from buyer_app.core.errors import FieldProblem, InputError
from buyer_app.core.markets.databases import market_database
from buyer_app.core.markets.market import market_of_region
from buyer_app.core.uncertainty.run import run_uncertainty
from buyer_app.core.vehicles.database import load_database
from buyer_app.text.units import display_of
from buyer_app.text.vehicle_words import own_marker


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("report", help="write the PDF summary of a comparison (no display needed)")
    p.add_argument("--vehicle", type=int, action="append", default=[], metavar="ID", help="EPA vehicle id; repeat")
    p.add_argument("--price", action="append", default=[], metavar="ID=USD", help="your price for a vehicle")
    p.add_argument(
        "--heat-pump",
        action="append",
        default=[],
        metavar="ID=yes|no",
        help="whether a vehicle has a heat pump (winter range); unknown by default",
    )
    add_deal_arguments(p)
    add_custom_arguments(p)
    add_household_arguments(p)
    add_driving_arguments(p)
    add_uncertainty_arguments(p)  # with --simulate the PDF gains "How sure is this?"
    p.add_argument("--pdf", type=Path, required=True, metavar="OUT.pdf", help="where to write the PDF")
    p.add_argument("--paper", choices=("letter", "a4"), default="letter")
    p.add_argument("--title", default=None, help="title on the first page (default: the profile's name)")
    p.add_argument(
        "--full",
        action="store_true",
        help="add the appendix: year-by-year tables, how sure (with --simulate), charging, CO2, every incentive, methodology",
    )
    p.add_argument(
        "--xlsx",
        type=Path,
        metavar="FILE",
        help="also write the comparison to FILE as an Excel workbook (summary, a sheet per vehicle, assumptions)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    household, profile = household_from_args(args)
    choices = choices_from_args(args, profile.vehicles if profile else ())
    customs = customs_from_args(args, profile)
    choices = add_customs(choices, customs, customs[len(profile.custom_vehicles) if profile else 0 :])
    if not choices:
        raise InputError([FieldProblem("--vehicle", "none", "at least one EPA vehicle id (or a profile with vehicles)")])
    out: Path = args.pdf
    if out.is_dir() or not out.parent.is_dir():
        raise InputError([FieldProblem("--pdf", str(out), "a file path in an existing folder")])
    check_xlsx_path(args.xlsx)
    settings = settings_from_args(args, profile)  # a bad spread is refused before anything is written
    market = market_of_region(household.state)
    db = database_with(load_database() if market.is_us else market_database(market.code), customs, own_marker())
    pattern, climate = driving_from_args(args, profile)
    comparison = compare(db, household, choices, pattern, climate)
    run = run_uncertainty(comparison, settings, pair_from_args(args, comparison)) if settings is not None else None
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from buyer_app.report.pdf import write_pdf
    from buyer_app.report.summary import ReportContext

    app = QApplication.instance() or QApplication(["buyer-app"])  # noqa: F841 (keeps Qt alive while rendering)
    title = args.title or (profile.name if profile and profile.name != "Untitled" else "Vehicle comparison")
    ctx = ReportContext(
        title=title,
        database=db.metadata,
        prices_as_of=db.prices_as_of,
        generated=data_today(),
        display=display_of(profile, args.units, market_of_region(household.state)),
    )
    try:
        write_pdf(comparison, ctx, out, args.paper, run, full=args.full)
    except OSError as exc:
        raise InputError(
            [FieldProblem("--pdf", str(out), f"a file that can be written; {exc.strerror or exc} (nothing was written)")]
        ) from exc
    if args.xlsx is not None:
        write_workbook(comparison, db, ctx.display, title, args.xlsx)
    simulated = f"; {run.settings.draws:,} futures simulated, seed {run.settings.seed}" if run is not None else ""
    kind = "summary and appendix" if args.full else "two-page summary"
    print(f"Wrote {out} ({kind}, {out.stat().st_size / 1024:.0f} KiB, {args.paper}{simulated}).")
    return 0
