"""`buyer-app scenarios`: two scenarios of one household side by side (two profiles, or a profile and a quick
variant of it), as text, JSON (the contract documented in README.md) or a PDF."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from buyer_app.cli.tables import table
from buyer_app.core.costs.compare import VehicleOutcome
from buyer_app.core.errors import FieldProblem, InputError
from buyer_app.core.household.fields import household_to_dict
from buyer_app.core.markets.databases import market_database
from buyer_app.core.markets.market import market_of_region
from buyer_app.core.profiles.scenarios import (
    KEY_FIGURES,
    Change,
    Scenario,
    ScenarioComparison,
    compare_scenarios,
    parse_change,
    variant,
)
from buyer_app.core.profiles.schema import load_profile
from buyer_app.core.vehicles.database import load_database
from buyer_app.text.scenarios import answer, household_rows, variant_name, vehicle_headers, vehicle_rows
from buyer_app.text.units import Display, display_of


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "scenarios",
        help="two scenarios of a household side by side (two profiles, or a profile and a variant)",
        description="Compare two profiles, or a profile with one change (a Level 2 charger, no home charging, "
        "keeping it N years, cash or a loan), vehicle by vehicle.",
    )
    p.add_argument(
        "--profile",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="a profile (JSON); give two, or one with --variant",
    )
    p.add_argument(
        "--variant",
        metavar="CHANGE",
        help="compare the profile with itself changed: level2 (a Level 2 charger at home, its installation counted), "
        "no-charger (no home charging), years=N (kept N years), cash or loan",
    )
    p.add_argument("--json", action="store_true", help="print JSON (the documented contract) instead of text")
    p.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="also write the side-by-side as a one- or two-page PDF")
    p.add_argument("--paper", choices=("letter", "a4"), default="letter")
    p.add_argument(
        "--units", choices=("us", "metric"), default=None, help="units of the text and PDF (default: the first profile's)"
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    profiles: list[Path] = args.profile
    wanted = "two --profile files, or one --profile with --variant"
    if args.variant is not None and len(profiles) != 1:
        raise InputError([FieldProblem("--profile", f"{len(profiles)} given with --variant", "exactly one with --variant")])
    if args.variant is None and len(profiles) != 2:
        raise InputError([FieldProblem("--profile", f"{len(profiles)} given", wanted)])
    out: Path | None = args.pdf
    if out is not None and (out.is_dir() or not out.parent.is_dir()):
        raise InputError([FieldProblem("--pdf", str(out), "a file path in an existing folder")])
    change: Change | None = parse_change(args.variant, "--variant") if args.variant is not None else None
    a = load_profile(profiles[0])
    if change is not None:
        b = variant(a, change, "--variant")
        names = (a.name, variant_name(a.name, change))
    else:
        b = load_profile(profiles[1])
        names = (a.name, b.name if b.name != a.name else f"{b.name} ({profiles[1].name})")
    market = market_of_region(a.household.state)
    display = display_of(a, args.units, market)
    sc = compare_scenarios(load_database() if market.is_us else market_database(market.code), a, b)
    if out is not None:
        write_pdf(sc, names, change, display, out, args.paper)
    if args.json:
        print(json.dumps(to_json(sc, names, change, display), indent=2))
    else:
        print(to_text(sc, names, change, display))
    return 0


def write_pdf(
    sc: ScenarioComparison, names: tuple[str, str], change: Change | None, display: Display, out: Path, paper: str
) -> None:
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from buyer_app.report.scenarios import write_scenarios_pdf

    app = QApplication.instance() or QApplication(["buyer-app"])  # noqa: F841 (keeps Qt alive while rendering)
    try:
        write_scenarios_pdf(sc, names, out, change=change, display=display, paper=paper)
    except OSError as exc:
        raise InputError(
            [FieldProblem("--pdf", str(out), f"a file that can be written; {exc.strerror or exc} (nothing was written)")]
        ) from exc
    print(f"Wrote {out} ({out.stat().st_size / 1024:.0f} KiB, {paper}).", file=sys.stderr)


def _car(v: VehicleOutcome) -> dict[str, Any]:
    return {"id": v.id, "label": v.label}


def _scenario_json(s: Scenario, name: str) -> dict[str, Any]:
    h = household_to_dict(s.comparison.household)
    year = s.comparison.year
    return {
        "name": name,
        "household": {
            **{k: h[k] for k in KEY_FIGURES},
            # the installation is counted only with a Level 2 charger at home, as the text's "none" says
            "home_charger_cost": h["home_charger_cost"] if h["home_charging"] == "level2" else 0.0,
            "annual_miles": None if year is None else round(year.annual_miles, 1),
        },
        "cheapest": None if s.cheapest is None else {**_car(s.cheapest), "total": round(s.cheapest.total_cost, 2)},
    }


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def to_json(sc: ScenarioComparison, names: tuple[str, str], change: Change | None, display: Display) -> dict[str, Any]:
    """The `scenarios --json` contract (documented in README.md); money in USD, miles in miles."""
    return {
        "scenarios": [_scenario_json(sc.a, names[0]), _scenario_json(sc.b, names[1])],
        "vehicles": [
            {
                "id": p.id,
                "label": p.label,
                "a_total": _rounded(p.a_total),
                "b_total": _rounded(p.b_total),
                "difference": _rounded(p.difference),
                "a_monthly": _rounded(p.a_monthly),
                "b_monthly": _rounded(p.b_monthly),
            }
            for p in sc.vehicles
        ],
        "only_in_a": [_car(v) for v in sc.only_in_a],
        "only_in_b": [_car(v) for v in sc.only_in_b],
        "answer": answer(sc, names, change, display),
    }


def to_text(sc: ScenarioComparison, names: tuple[str, str], change: Change | None, display: Display) -> str:
    out = [f"A: {names[0]}", f"B: {names[1]}", ""]
    out.append(table(["", "A", "B"], household_rows(sc, display), [False, False, False]))
    out.append("")
    out.append(table(vehicle_headers(), vehicle_rows(sc, display), [False, True, True, True, True, True]))
    out.append("")
    out.append(answer(sc, names, change, display))
    return "\n".join(out)
