"""`buyer-app compare`: year-by-year costs of up to 8 vehicles and their break-even points.

Over 300 lines because the verb's contract is here whole: its flags, the JSON (documented in README.md) and the
text; the words themselves come from buyer_app.text.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

import numpy as np

from buyer_app.cli.custom_args import add_custom_arguments, add_customs, customs_from_args, database_with
from buyer_app.cli.deal_args import add_deal_arguments, apply_deal_arguments
from buyer_app.cli.driving_args import add_driving_arguments, driving_from_args
from buyer_app.cli.household_args import add_household_arguments, household_from_args
from buyer_app.cli.tables import table
from buyer_app.cli.tariff_view import home_tariff_json, home_tariff_lines
from buyer_app.cli.uncertainty_args import add_uncertainty_arguments, pair_from_args, settings_from_args
from buyer_app.core.costs.choices import VehicleChoice
from buyer_app.core.costs.compare import Comparison, PriceKind, compare
from buyer_app.core.costs.export_csv import write_csv
from buyer_app.core.costs.model import CATEGORIES
from buyer_app.core.driving.patterns import MONTH
from buyer_app.core.errors import FieldProblem, InputError
from buyer_app.core.household.choices import Currency
from buyer_app.core.household.fields import FIELDS, household_to_dict
from buyer_app.core.markets.databases import market_database
from buyer_app.core.markets.market import market_of_region
from buyer_app.core.profiles.schema import Profile
from buyer_app.core.profiles.store import save_profile
from buyer_app.core.region.climate import CLIMATE_SOURCE, FACTOR_SOURCE
from buyer_app.core.uncertainty.run import run_uncertainty
from buyer_app.core.vehicles.database import VehicleDatabase, load_database
from buyer_app.text.calendar import calendar_json, describe_calendar
from buyer_app.text.charging import charging_json, charging_note
from buyer_app.text.choices import category_name
from buyer_app.text.currency import currency_symbol
from buyer_app.text.driving import describe_pattern
from buyer_app.text.field_words import market_words
from buyer_app.text.incentives import decision_json
from buyer_app.text.market import market_json, market_region_text, pack_json, plate_sentence
from buyer_app.text.region import co2_assumptions, co2_json, co2_text, incentives_text, origin_json, region_json, region_text
from buyer_app.text.sources import price_basis_words, sources_text, vehicle_notes
from buyer_app.text.translate import tr, tr_noop
from buyer_app.text.uncertainty import uncertainty_json, uncertainty_text
from buyer_app.text.units import US_DISPLAY, Display, display_of, distance, fuel_price, per_distance_label, per_distance_money
from buyer_app.text.vehicle_words import own_marker
from buyer_app.text.wording import after_text, money, verdict


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "compare",
        help="compare vehicles year by year for a household",
        description="Total cost of ownership of up to 8 vehicles, year by year, with break-even points.",
    )
    p.add_argument(
        "--vehicle",
        type=int,
        action="append",
        default=[],
        metavar="ID",
        help="EPA vehicle id (see `vehicles search`); repeat for each vehicle",
    )
    p.add_argument(
        "--price",
        action="append",
        default=[],
        metavar="ID=USD",
        help="your purchase price for a vehicle (a dealer quote), e.g. --price 48032=29500",
    )
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
    add_uncertainty_arguments(p)
    p.add_argument("--json", action="store_true", help="print JSON (the documented contract) instead of text")
    p.add_argument(
        "--save-profile",
        type=Path,
        metavar="FILE",
        help="save this comparison (household, vehicles, driving, climate, uncertainty settings) as a profile "
        "the window and --profile open (atomic; the previous file kept as FILE.bak)",
    )
    p.add_argument(
        "--csv",
        type=Path,
        metavar="FILE",
        help="also write the costs per vehicle, year and category to FILE as CSV for a spreadsheet (UTF-8 with BOM)",
    )
    p.add_argument(
        "--xlsx",
        type=Path,
        metavar="FILE",
        help="also write the comparison to FILE as an Excel workbook: a summary sheet, one sheet per vehicle "
        "year by year, and the assumptions with their sources (atomic)",
    )
    p.set_defaults(func=run)


def parse_prices(items: list[str]) -> dict[int, float]:
    prices: dict[int, float] = {}
    problems = []
    for item in items:
        left, sep, right = item.partition("=")
        try:
            vid, price = int(left), float(right)
            if not sep or not 1 <= price <= 10_000_000:
                raise ValueError
        except ValueError:
            problems.append(FieldProblem("--price", item, "ID=USD with a price from 1 to 10,000,000, e.g. 48032=29500"))
            continue
        if vid in prices:
            problems.append(FieldProblem("--price", item, f"one price per vehicle (vehicle {vid} has two)"))
        prices[vid] = price
    if problems:
        raise InputError(problems)
    return prices


def choices_from_args(args: argparse.Namespace, profile_choices: tuple[VehicleChoice, ...]) -> list[VehicleChoice]:
    by_id = {c.id: c for c in profile_choices}
    choices = [by_id.get(v, VehicleChoice(v)) for v in args.vehicle] if args.vehicle else list(profile_choices)
    prices = parse_prices(args.price)
    unknown = sorted(set(prices) - {c.id for c in choices})
    if unknown:
        raise InputError([FieldProblem("--price", f"{u}=...", "a price for a vehicle given with --vehicle") for u in unknown])
    choices = [replace(c, price=prices[c.id]) if c.id in prices else c for c in choices]
    pumps = parse_heat_pumps(getattr(args, "heat_pump", []), {c.id for c in choices})
    choices = [replace(c, heat_pump=pumps[c.id]) if c.id in pumps else c for c in choices]
    return apply_deal_arguments(args, choices)


def parse_heat_pumps(items: list[str], ids: set[int]) -> dict[int, bool]:
    pumps: dict[int, bool] = {}
    problems = []
    for item in items:
        left, _, right = item.partition("=")
        if not left.strip().isdigit() or right.strip().lower() not in ("yes", "no") or int(left) not in ids:
            problems.append(FieldProblem("--heat-pump", item, "ID=yes or ID=no for a compared vehicle, e.g. 48765=yes"))
            continue
        pumps[int(left)] = right.strip().lower() == "yes"
    if problems:
        raise InputError(problems)
    return pumps


def run(args: argparse.Namespace) -> int:
    household, profile = household_from_args(args)
    choices = choices_from_args(args, profile.vehicles if profile else ())
    customs = customs_from_args(args, profile)
    choices = add_customs(choices, customs, customs[len(profile.custom_vehicles) if profile else 0 :])
    if not choices:
        raise InputError([FieldProblem("--vehicle", "none", "at least one EPA vehicle id (or a profile with vehicles)")])
    csv_path: Path | None = args.csv
    if csv_path is not None and (csv_path.is_dir() or not csv_path.parent.is_dir()):
        raise InputError([FieldProblem("--csv", str(csv_path), "a file path in an existing folder")])
    xlsx_path: Path | None = args.xlsx
    check_xlsx_path(xlsx_path)
    save_path: Path | None = args.save_profile
    market = market_of_region(household.state)
    display = display_of(profile, args.units, market)
    if save_path is not None and (save_path.is_dir() or not save_path.parent.is_dir() or save_path.suffix != ".json"):
        raise InputError([FieldProblem("--save-profile", str(save_path), "a .json file path in an existing folder")])
    pattern, climate = driving_from_args(args, profile)
    settings = settings_from_args(args, profile)
    tables = load_database() if market.is_us else market_database(market.code)
    db = database_with(tables, customs) if args.json else database_with(tables, customs, own_marker())  # JSON: English
    result = compare(db, household, choices, pattern, climate)
    if save_path is not None:  # only a comparison that computed is saved
        base = profile or Profile(name=save_path.stem)
        saved = replace(
            base,
            market=market.code,
            currency=Currency(market.currency),
            custom_vehicles=customs,
            units=display.units,
            household=household,
            vehicles=tuple(choices),
            driving=pattern,
            climate=climate,
            uncertainty=settings or base.uncertainty,
        )
        try:
            save_profile(saved, save_path)
        except OSError as exc:
            raise InputError(
                [FieldProblem("--save-profile", str(save_path), f"a file that can be written ({exc.strerror or exc})")]
            ) from exc
        print(f"Saved profile {save_path}.", file=sys.stderr)
    run = run_uncertainty(result, settings, pair_from_args(args, result)) if settings is not None else None
    if csv_path is not None:
        try:
            rows = write_csv(result, csv_path)
        except OSError as exc:
            raise InputError(
                [FieldProblem("--csv", str(csv_path), f"a file that can be written ({exc.strerror or exc})")]
            ) from exc
        print(f"Wrote {csv_path} ({rows} rows, CSV).", file=sys.stderr)
    if xlsx_path is not None:
        write_workbook(result, db, display, profile.name if profile else "Comparison", xlsx_path)
    if args.json:
        out = to_json(result, db)
        if not market.is_us:
            out = {"market": market_json(market, display), **out, **pack_json(result, db, market)}
        if run is not None:
            out["uncertainty"] = uncertainty_json(run, result)
        print(json.dumps(out, indent=2))
    else:
        print(to_text(result, db, display) + ("\n".join([""] + uncertainty_text(run, result)) if run is not None else ""))
        if household.home_tariff is not None:
            print("\n".join(["", *home_tariff_lines(result)]))
    return 0


def check_xlsx_path(path: Path | None) -> None:
    """`--xlsx` is refused before anything is computed or written unless it names an .xlsx file in an existing folder."""
    if path is not None and (path.is_dir() or not path.parent.is_dir() or path.suffix.lower() != ".xlsx"):
        raise InputError([FieldProblem("--xlsx", str(path), "an .xlsx file path in an existing folder")])


def write_workbook(c: Comparison, db: VehicleDatabase, display: Display, title: str, path: Path) -> None:
    """`--xlsx`: the workbook, written atomically; a path that cannot be written is refused naming it."""
    from buyer_app.report.workbook import context_for, write_xlsx

    try:
        sheets = write_xlsx(c, context_for(title, db.metadata, db.prices_as_of, display), path)
    except OSError as exc:
        raise InputError([FieldProblem("--xlsx", str(path), f"a file that can be written ({exc.strerror or exc})")]) from exc
    print(f"Wrote {path} ({sheets} sheets, XLSX).", file=sys.stderr)


def to_json(c: Comparison, db: VehicleDatabase) -> dict[str, Any]:
    """The `compare --json` contract (documented in README.md)."""
    vehicles = []
    for v in c.vehicles:
        years = []
        for y in range(c.household.years):
            years.append(
                {
                    "year": y + 1,
                    "costs": {k: round(v.yearly_costs[k][y], 2) for k in CATEGORIES},
                    "cumulative": round(v.cumulative[y], 2),
                }
            )
        vehicles.append(
            {
                "id": v.id,
                "label": v.label,
                "powertrain": v.powertrain,
                "epa_class": v.epa_class,
                "price": v.price,
                "price_basis": asdict(v.price_basis),
                "total_cost": round(v.total_cost, 2),
                "cost_per_mile": None if v.cost_per_mile is None else round(v.cost_per_mile, 4),
                "years": years,
                "energy_use": {
                    "gasoline_gal_per_year": round(v.gallons_per_year, 2),
                    "electricity_kwh_per_year": round(v.kwh_per_year, 1),
                },
                "co2_kg_per_year": round(v.co2_kg_per_year, 1),
                "range_mi": v.range_mi,
                "electric_range_mi": v.electric_range_mi,
                "charging": charging_json(v.charging) if v.charging else None,
                "monthly_energy_cost": v.monthly_energy_cost,
                "trips": asdict(v.trips) if v.trips else None,
                "used": v.used,
                "sources": sources_text(v.sources),
                "incentives": [decision_json(d) for d in v.incentives],
                "co2": co2_json(v, c.household),
                "notes": vehicle_notes(v, c.household),
            }
        )
    h = household_to_dict(c.household)
    return {
        "household": h,
        "vehicles": vehicles,
        "break_even": [
            {
                "a": b.a,
                "b": b.b,
                "year": None if b.year is None else round(b.year, 2),
                "cheaper_over_period": b.cheaper_over_period,
                "reason": b.reason,
            }
            for b in c.break_even
        ],
        "driving": driving_json(c),
        "charging_calendar": calendar_json(c.household),
        "region": region_json(c.household),
        "assumptions": [
            {
                "field": s.name,
                "value": h[s.name],
                "unit": s.unit.replace("USD", c.household.currency),
                **origin_json(c.household, s.name),
            }
            for s in FIELDS
        ]
        + climate_assumptions(c)
        + co2_assumptions(),
        "database": {
            "origin": db.origin,
            "source_file": db.metadata.get("source_file"),
            "source_date": db.metadata.get("source_date"),
            "prices_as_of": db.prices_as_of,
        },
    } | ({"home_tariff": home_tariff_json(c)} if c.household.home_tariff is not None else {})


def driving_json(c: Comparison) -> dict[str, Any]:
    """The driving pattern and climate behind the figures."""
    year = c.year
    assert year is not None
    return {
        "pattern": c.pattern.to_dict() if c.pattern.kind != "log" else {**c.pattern.to_dict(), "miles": "(365 values)"},
        "description": describe_pattern(c.pattern, year),
        "annual_miles": round(year.annual_miles, 1),
        "city_share": round(year.city_share(c.household.city_share), 4),
        "long_trip_days": year.trip_days,
        "longest_regular_day_mi": round(year.longest_regular_day(), 1),
        "monthly_miles": [round(float(x), 1) for x in year.miles @ np.eye(12)[MONTH]],
        "climate": None
        if c.climate is None
        else {"label": c.climate.label, "monthly_f": list(c.climate.monthly_f), **c.climate.to_dict()},
    }


def climate_assumptions(c: Comparison) -> list[dict[str, Any]]:
    if c.climate is None:
        return [
            {
                "field": "climate",
                "value": "average US conditions (EPA label)",
                "unit": "",
                "source": FACTOR_SOURCE,
                "as_of": "2025",
            }
        ]
    return [
        {
            "field": "climate",
            "value": c.climate.label,
            "unit": "F by month",
            "source": (CLIMATE_SOURCE if c.climate.state else "entered by the household") + "; factors: " + FACTOR_SOURCE,
            "as_of": "1991-2020" if c.climate.state else "",
        }
    ]


# why a pair never breaks even (BreakEvenReason's values), as the text says them
BREAK_EVEN_REASONS = {
    "never crosses": tr_noop("never crosses"),
    "price unknown": tr_noop("price unknown"),
}


FINANCING_WORDS = {"cash": tr_noop("cash"), "loan": tr_noop("loan"), "lease": tr_noop("lease")}  # as the text has read


def to_text(c: Comparison, db: VehicleDatabase, display: Display = US_DISPLAY) -> str:
    """The text output of `compare`: distances, fuel and per-distance costs in the display's units."""
    years = c.household.years
    assert c.year is not None
    if display.metric:
        driven = tr("{}/yr").format(distance(c.year.annual_miles, display))
        gas = fuel_price(c.household.gas_price, display)
    else:  # as it always read
        driven = tr("{:,.0f} mi/yr").format(c.year.annual_miles)
        gas = tr("{}/gal").format(money(c.household.gas_price, True))
    out = [
        tr(
            "Household: {driven}, {city:.0%} city, regular {gas}, electricity {electricity}/kWh, {financing}, {years} years. "
        ).format(
            driven=driven,
            city=c.year.city_share(c.household.city_share),
            gas=gas,
            electricity=money(c.household.electricity_price, True),
            financing=tr(FINANCING_WORDS.get(str(c.household.financing), str(c.household.financing))),
            years=years,
        )
        + database_words(db)
    ]
    for v in c.vehicles:
        basis = v.price_basis
        price = price_basis_words(basis) if basis.kind is PriceKind.UNKNOWN else f"{money(v.price)} ({price_basis_words(basis)})"
        out.append(
            "\n"
            + tr("{label}  [{powertrain}, {epa_class}]  price: {price}").format(
                label=v.label, powertrain=v.powertrain, epa_class=v.epa_class, price=price
            )
        )
        headers = [tr("category")] + [tr("yr {}").format(y + 1) for y in range(years)] + [tr("total")]
        rows = [[category_name(k)] + [money(x) for x in v.yearly_costs[k]] + [money(sum(v.yearly_costs[k]))] for k in CATEGORIES]
        rows.append([tr("cumulative")] + [money(x) for x in v.cumulative] + [money(v.total_cost)])
        out.append(table(headers, rows))
        for note in vehicle_notes(v, c.household):
            out.append("  " + tr("note: {}").format(note))
    out.append("\n" + tr("Summary"))
    summary = [
        [
            v.label + (" *" if v.price is None else ""),
            money(v.total_cost),
            per_distance_money(v.cost_per_mile, display),
            money(v.total_cost / years),
            distance(v.range_mi, display, grouping=False) if v.range_mi else "—",
            tr("{:.1f} t").format(v.co2_kg_per_year * years / 1000),
        ]
        for v in c.vehicles
    ]
    out.append(
        table(
            [tr("vehicle"), tr("total"), per_distance_label(display), tr("per year"), tr("range"), tr("CO2 (all)")],
            summary,
            [False, True, True, True, True, True],
        )
    )
    if any(v.price is None for v in c.vehicles):
        out.append(tr("* no known price: running costs only"))
    labels = {v.id: v.label for v in c.vehicles}
    for b in c.break_even:
        if b.year is not None:
            pair = [v for v in c.vehicles if v.id in (b.a, b.b)]
            cheaper = min(pair, key=lambda v: v.total_cost)
            out.append(
                tr("Break-even {a} vs {b}: {when} ({years:.1f} years); over {total} years the {cheaper} costs less").format(
                    a=labels[b.a], b=labels[b.b], when=after_text(b.year), years=b.year, total=years, cheaper=labels[cheaper.id]
                )
            )
        else:
            out.append(
                tr("Break-even {a} vs {b}: none within {years} years ({reason})").format(
                    a=labels[b.a],
                    b=labels[b.b],
                    years=years,
                    reason=tr(BREAK_EVEN_REASONS[b.reason]) if b.reason in BREAK_EVEN_REASONS else b.reason,
                )
            )
    out.append("\n" + verdict(c, display))
    plate = plate_sentence(c, display)
    if plate:
        out.append(plate)
    out.extend(incentives_text(c))
    out.extend(co2_text(c))
    out.extend(charging_text(c, display))
    out.append("")
    out.extend(
        region_text(c.household) if market_of_region(c.household.state).is_us else market_region_text(c.household, display)
    )
    return "\n".join(out)


def database_words(db: VehicleDatabase) -> str:
    """Which vehicle data the figures come from: the EPA file and its date, or a market pack's."""
    if "market" in db.metadata:
        return tr("Vehicles: {market} pack built {built} (prices as of {prices}).").format(
            market=market_words(str(db.metadata.get("market"))),
            built=db.metadata.get("built", ""),
            prices=db.prices_as_of,
        )
    return tr("Database: {file} of {date} ({origin}).").format(
        file=db.metadata.get("source_file"), date=db.metadata.get("source_date"), origin=db.origin
    )


def charging_text(c: Comparison, display: Display = US_DISPLAY) -> list[str]:
    """The range-and-charging section of the text output (distances in the display's unit)."""
    assert c.year is not None
    h = c.household
    climate = c.climate.label if c.climate else tr("average US conditions (EPA label)")
    access = (
        {
            "level2": tr("Level 2 at home ({:g} kW)").format(h.home_charger_kw),
            "level1": tr("Level 1 (120 V) at home"),
            "none": tr("no home charging"),
        }[h.home_charging]
        if h.charging_calendar is None
        else describe_calendar(h)
    )
    work = {
        "none": "",
        "free": tr("; free charging at work"),
        "priced": tr("; charging at work at {}/kWh").format(money(h.workplace_price, True)),
    }
    out = [
        "\n" + tr("Driving and charging"),
        "  " + tr("Driving: {}").format(describe_pattern(c.pattern, c.year, display)),
        "  " + tr("Climate: {}").format(climate),
        "  "
        + tr("Charging: {access}{work}; DC fast {price}").format(
            access=access,
            work=work[h.workplace_charging],
            price=tr("{}/kWh").format(money(h.public_dc_price, True))
            if h.public_dc_pricing == "per_kwh"
            else tr("{}/min").format(money(h.public_dc_per_minute, True)),
        ),
    ]
    rows = []
    for v in c.vehicles:
        ch = v.charging
        trip = v.trips
        if ch is None:
            rows.append([v.label, "—", "—", "—", "—", "—", "—", money(trip.energy_cost) if trip else "—"])
            continue
        share = "—" if ch.share_days_home_only is None else f"{ch.share_days_home_only:.0%}"
        winter = (
            "—"
            if ch.winter_range_mi is None
            else f"{distance(ch.winter_range_mi, display, grouping=False)} ({tr(ch.winter_month)[:3]})"
        )
        rows.append(
            [
                v.label,
                share,
                f"{ch.public_charge_days:.0f}",
                money(ch.public_charging_cost_year_usd),
                f"{ch.dc_fast_stops:.0f}" + (tr(" / {:.1f} h").format(ch.dc_fast_hours) if ch.dc_fast_hours else ""),
                f"{ch.monthly.dc_stops[0]:.0f}",
                winter,
                money(trip.energy_cost) if trip else "—",
            ]
        )
    out.append(
        table(
            [
                tr("vehicle"),
                tr("home-only days"),
                tr("public days"),
                tr("public {}/yr").format(currency_symbol()),
                tr("DC stops/yr"),
                tr("Jan DC"),
                tr("winter range"),
                tr("trip energy"),
            ],
            rows,
            [False, True, True, True, True, True, True, True],
        )
    )
    for v in c.vehicles:
        note = charging_note(v.charging, display) if v.charging else ""
        if note:
            out.append(f"  {v.label}: {note}")
    return out
