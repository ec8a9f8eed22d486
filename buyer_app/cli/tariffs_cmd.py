"""`buyer-app tariffs`: the shipped utility rate plans, one plan in full, and two plans side by side for a household.

buyer-app tariffs list [--json]
buyer-app tariffs show ID|FILE [--json]
buyer-app tariffs compare ID|FILE ID|FILE [--profile P] [--vehicle ID] [--charge-start HH] [--json]
"""

from __future__ import annotations

import argparse
import json

import numpy as np

from buyer_app.cli.driving_args import add_driving_arguments, driving_from_args
from buyer_app.cli.household_args import add_household_arguments, household_from_args
from buyer_app.cli.tariff_args import plan_from_text
from buyer_app.core.driving.patterns import driving_year
from buyer_app.core.energy.plans import SEASONS, PlanCost, plan_costs
from buyer_app.core.errors import FieldProblem, InputError
from buyer_app.core.household.state_fill import household_climate
from buyer_app.core.tariffs.choice import DEFAULT_HOUSEHOLD_KWH, DEFAULT_START_HOUR
from buyer_app.core.tariffs.shipped import shipped_tariffs
from buyer_app.core.vehicles.database import load_database
from buyer_app.core.vehicles.inputs import inputs_from_frame
from buyer_app.text.currency import money
from buyer_app.text.tariffs import night_table_lines, plan_json, tariff_json, tariff_lines
from buyer_app.text.translate import tr


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("tariffs", help="utility rate plans (URDB): list, show one, compare two for your household")
    tsub = p.add_subparsers(dest="tariffs_command", required=True, metavar="{list,show,compare}")
    listing = tsub.add_parser("list", help="the shipped rate plans with their utility and date")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=run_list)
    show = tsub.add_parser("show", help="one plan: periods, tiers, peak hours by season, what the app ignores")
    show.add_argument("tariff", metavar="ID|FILE", help="a shipped tariff id or a URDB rate JSON file")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=run_show)
    both = tsub.add_parser(
        "compare",
        help="your home charging on two plans side by side (e.g. your current plan and the utility's EV plan)",
        description="What the household's home charging costs on each plan, hour by hour, with its own monthly "
        "use and the plan's fixed charge (the whole bill changes when you switch plans).",
    )
    both.add_argument("plans", nargs=2, metavar="ID|FILE")
    both.add_argument("--vehicle", type=int, action="append", default=[], metavar="ID", help="EPA vehicle id; repeat")
    both.add_argument("--json", action="store_true")
    add_household_arguments(both)
    add_driving_arguments(both)
    both.set_defaults(func=run_compare)


def run_list(args: argparse.Namespace) -> int:
    rows = [
        {
            "id": s.id,
            "utility": s.tariff.utility,
            "eiaid": s.tariff.eiaid,
            "name": s.tariff.name,
            "label": s.tariff.label,
            "uri": s.uri,
            "effective": s.tariff.start,
            "sector": s.tariff.sector,
            "time_of_use": s.tariff.time_of_use,
            "for_persona": s.for_persona,
            "provenance": s.provenance,
        }
        for s in shipped_tariffs()
    ]
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    for row in rows:
        kind = tr("time of use") if row["time_of_use"] else tr("one price all day")
        print(f"{row['id']:<22} {row['utility']} — {row['name']} ({tr('effective')} {row['effective']}, {row['sector']}, {kind})")
    print(
        tr(
            "Data: OpenEI U.S. Utility Rate Database (NREL), CC BY 4.0, and published prices transcribed by the app "
            "(each plan's source and licence: buyer-app tariffs show ID)"
        )
    )
    return 0


def run_show(args: argparse.Namespace) -> int:
    plan = plan_from_text(args.tariff)
    shipped = next((s for s in shipped_tariffs() if s.id == plan.id), None) if plan.id else None
    uri, licence = (shipped.uri, shipped.licence) if shipped else ("", "")
    if args.json:
        print(json.dumps(tariff_json(plan.tariff, plan.id, uri, licence), indent=2))
        return 0
    print("\n".join(tariff_lines(plan.tariff, uri, licence)))
    return 0


def run_compare(args: argparse.Namespace) -> int:
    given_start, given_base = args.charge_start, args.household_kwh
    args.charge_start = args.household_kwh = None  # they apply to the two plans here, not to the profile's
    household, profile = household_from_args(args)
    current = household.home_tariff
    start = given_start if given_start is not None else (current.charge_start_hour if current else DEFAULT_START_HOUR)
    base = given_base if given_base is not None else (current.household_kwh_month if current else DEFAULT_HOUSEHOLD_KWH)
    problems: list[FieldProblem] = []
    if not 0 <= start <= 23:
        problems.append(FieldProblem("--charge-start", start, "a whole hour from 0 (midnight) to 23"))
    if not 0 <= base <= 10_000:
        problems.append(FieldProblem("--household-kwh", base, "a number of kWh a month from 0 to 10,000"))
    if problems:
        raise InputError(problems)
    plans = [plan_from_text(text, start, base) for text in args.plans]
    ids = list(args.vehicle) or [v.id for v in (profile.vehicles if profile else ())]
    db = load_database()
    frame = db.get(ids) if ids else db.get([])
    plug_in = frame[frame["powertrain"].isin(["bev", "phev"])] if len(frame) else frame
    if not len(plug_in):
        raise InputError(
            [
                FieldProblem(
                    "--vehicle", ids or "none", "at least one electric or plug-in hybrid vehicle id (or a profile with one)"
                )
            ]
        )
    inputs = inputs_from_frame(plug_in.copy())
    pattern, climate = driving_from_args(args, profile)
    year = driving_year(pattern, household.annual_miles)
    climate = climate if climate is not None else household_climate(household)
    costs = [plan_costs(household, inputs, year, climate, plan) for plan in plans]
    names = [f"{plug_in.iloc[i]['year']} {plug_in.iloc[i]['make']} {plug_in.iloc[i]['model']}" for i in range(len(plug_in))]
    if args.json:
        print(json.dumps(_compare_json(costs, [int(x) for x in plug_in["id"]], names, args.plans), indent=2))
        return 0
    for k, cost in enumerate(costs):
        t = cost.plan.tariff
        print(f"[{args.plans[k]}] {t.name} — {t.utility} ({tr('effective')} {t.start})")
    print(
        tr("Home charging starts at {hour:02d}:00; the household's own use {kwh:,.0f} kWh a month.").format(hour=start, kwh=base)
    )
    for i, name in enumerate(names):
        print()
        print(name)
        for k, cost in enumerate(costs):
            kwh, usd = float(cost.home_kwh[i]), float(cost.home_usd[i])
            print(
                "  "
                + tr("{plan}: {kwh:,.0f} kWh a year at home, {cost} ({price}/kWh)").format(
                    plan=args.plans[k], kwh=kwh, cost=money(usd), price=money(usd / kwh, digits=3) if kwh > 0 else "-"
                )
            )
        difference = float(costs[1].home_usd[i] - costs[0].home_usd[i])
        if difference > 0:
            said = tr("Charging on {b} instead of {a} costs {diff} more a year")
        elif difference < 0:
            said = tr("Charging on {b} instead of {a} saves {diff} a year")
        else:
            said = tr("Charging on {b} instead of {a} costs the same")
        print("  " + said.format(a=args.plans[0], b=args.plans[1], diff=money(abs(difference))))
        for line in night_table_lines(costs[0], i, "summer"):
            print("  " + line)
    print()
    for k, cost in enumerate(costs):
        print(
            tr("{plan}: the household's own use {bill} a year (fixed charge included, use spread evenly over the hours)").format(
                plan=args.plans[k], bill=money(cost.household_bill_usd)
            )
        )
    print(tr("The car's charging is counted at the marginal price; fixed charges are the household's anyway."))
    return 0


def _compare_json(costs: list[PlanCost], ids: list[int], names: list[str], texts: list[str]) -> dict[str, object]:
    return {
        "plans": [
            {
                "given": texts[k],
                "tariff": tariff_json(cost.plan.tariff, cost.plan.id),
                "charge_start_hour": cost.plan.charge_start_hour,
                "household_kwh_month": cost.plan.household_kwh_month,
                "household_bill_usd": round(cost.household_bill_usd, 2),
                "vehicles": [{"id": ids[i], "name": names[i], **plan_json(cost, i)} for i in range(len(names))],
            }
            for k, cost in enumerate(costs)
        ],
        "difference_cost_usd": [round(float(costs[1].home_usd[i] - costs[0].home_usd[i]), 2) for i in range(len(names))],
        "seasons": list(SEASONS),
        "same_energy": bool(np.allclose(costs[0].home_kwh, costs[1].home_kwh)),
    }
