"""`buyer-app incentives` and `buyer-app region`: the incentive catalogue and a state's figures, with sources."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from datetime import date

from buyer_app.core.errors import FieldProblem, InputError
from buyer_app.core.household.fields import Household, validate_value
from buyer_app.core.incentives.catalogue import Program, load_catalogue
from buyer_app.core.region.state_figures import STATE_NAMES, state_defaults
from buyer_app.text.incentives import program_items_text, when_paid_text
from buyer_app.text.wording import money


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "incentives",
        help="list the incentive programs the app knows for a state, with their rules",
        description="Every program in the catalogue for a state (and the federal ones): amounts, rules, "
        "dates, whether it is open on a date, and its source. `compare` decides them for "
        "your household and vehicles.",
    )
    p.add_argument("--state", required=True, metavar="XX", help="US state, two letters")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="say which are open on this date (default today)")
    p.add_argument("--utilities", action="store_true", help="list the state's utility ids (for --utility)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_incentives)
    r = sub.add_parser("region", help="a state's prices, tax, fees, grid and climate, each with its source and date")
    r.add_argument("--state", required=True, metavar="XX", help="US state, two letters (or US)")
    r.add_argument("--json", action="store_true")
    r.set_defaults(func=run_region)


def _state(raw: str, flag: str = "--state") -> str:
    clean, problem = validate_value("state", raw.strip().upper())
    if problem:
        raise InputError([FieldProblem(flag, raw, problem.allowed)])
    return str(clean)


def _status(p: Program, day: date) -> str:
    if p.start and day < date.fromisoformat(p.start):
        return f"starts {p.start}"
    if p.end and day > date.fromisoformat(p.end):
        return f"ended {p.end}"
    return "paused" if p.paused else "open"


def run_incentives(args: argparse.Namespace) -> int:
    state = _state(args.state)
    day_text = args.date or ""
    Household().with_values({"purchase_date": day_text}, context="--date")  # validates the date
    day = date.fromisoformat(day_text) if day_text else date.today()
    catalogue = load_catalogue()
    programs = catalogue.for_state(state)
    if args.utilities:
        rows = catalogue.utilities.get(state, ())
        if args.json:
            print(json.dumps([{"id": i, "name": n} for i, n in rows], indent=2))
        else:
            print("\n".join(f"{i}  {n}" for i, n in rows) or f"No utility programs in the catalogue for {STATE_NAMES[state]}.")
        return 0
    if args.json:
        print(
            json.dumps(
                {
                    "state": state,
                    "date": day.isoformat(),
                    "notice": catalogue.notice,
                    "programs": [{**asdict(p), "status": _status(p, day)} for p in programs],
                },
                indent=2,
                default=str,
            )
        )
        return 0
    print(f"{len(programs)} programs for {STATE_NAMES[state]} (with the federal ones), status on {day.isoformat()}:")
    for p in programs:
        amount = (
            f"{p.amount:.0%} up to {money(p.amount_cap)}"
            if p.amount_kind == "percent" and p.amount_cap
            else (f"{p.amount:.0%}" if p.amount_kind == "percent" else money(p.amount))
        )
        where = p.utility_name or p.area or p.level
        who = p.offered_by if where == p.offered_by else f"{p.offered_by}; {where}"
        print(
            f"  [{_status(p, day)}] {p.id}: {p.name} ({who}) — {amount} for {program_items_text(p.items)}; "
            f"{when_paid_text(p.payment)}\n      {p.source} (checked {p.checked})"
        )
    print(f"\n{catalogue.notice}")
    return 0


def run_region(args: argparse.Namespace) -> int:
    state = _state(args.state)
    rows = state_defaults(state)
    if args.json:
        print(
            json.dumps({"state": state, "name": STATE_NAMES[state], "figures": {k: asdict(v) for k, v in rows.items()}}, indent=2)
        )
        return 0
    print(f"{STATE_NAMES[state]}:")
    for name, v in rows.items():
        value = "missing (the household keeps its own value)" if v.value in (None, "") else f"{v.value} {v.unit}".strip()
        print(f"  {name}: {value}\n      {v.source} ({v.as_of})" + (f"\n      note: {v.note}" if v.note else ""))
    return 0
