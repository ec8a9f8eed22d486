"""Household flags shared by compare and rank: flags override the profile, which overrides defaults."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from buyer_app.cli.calendar_args import calendar_from_args
from buyer_app.cli.tariff_args import tariff_from_args
from buyer_app.core.errors import FieldProblem, InputError
from buyer_app.core.household.fields import FIELD_BY_NAME, STATE_CHOICES, Household, validate_value
from buyer_app.core.household.state_fill import refill_region, with_state
from buyer_app.core.incentives.catalogue import utilities_for
from buyer_app.core.markets.market import Market, installed_market_codes, load_market, market_of_region
from buyer_app.core.markets.regions import KM_PER_MI, L_PER_GAL, market_region_codes
from buyer_app.core.profiles.schema import Profile, load_profile
from buyer_app.text.currency import set_currency

# household fields that have a flag of their own (--annual-miles sets annual_miles, and so on)
FLAG_FIELDS = (
    "years",
    "annual_miles",
    "city_share",
    "gas_price",
    "premium_price",
    "diesel_price",
    "electricity_price",
    "purchase_date",
    "income",
    "filing_status",
    "household_size",
    "utility",
    "tenure",
)


def _default(name: str) -> str:
    """A household field's default as the help shows it (declared once, in FIELDS)."""
    return f"default {FIELD_BY_NAME[name].default}"


def add_household_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("household (flags override --profile, which overrides the defaults)")
    group.add_argument("--profile", type=Path, metavar="FILE", help="a saved comparison profile (JSON)")
    group.add_argument("--years", type=int, metavar="N", help=f"years of ownership, 1-20 ({_default('years')})")
    group.add_argument("--annual-miles", type=float, metavar="M", help=f"miles a year ({_default('annual_miles')})")
    group.add_argument("--city-share", type=float, metavar="S", help=f"share of city miles, 0-1 ({_default('city_share')})")
    group.add_argument("--gas-price", type=float, metavar="USD", help=f"regular gasoline, USD/gal ({_default('gas_price')})")
    group.add_argument(
        "--premium-price", type=float, metavar="USD", help=f"premium gasoline, USD/gal ({_default('premium_price')})"
    )
    group.add_argument("--diesel-price", type=float, metavar="USD", help=f"diesel, USD/gal ({_default('diesel_price')})")
    group.add_argument(
        "--electricity-price", type=float, metavar="USD", help=f"home electricity, USD/kWh ({_default('electricity_price')})"
    )
    group.add_argument(
        "--state",
        metavar="XX",
        help="US state (two letters, or US for national figures): fills its "
        "electricity and gasoline prices, sales tax, EV/hybrid fees, grid CO2 and climate; other flags "
        "still override",
    )
    group.add_argument(
        "--market",
        metavar="CODE",
        help="the market whose cars, prices, taxes and regions are used: us (default) or cn (China: CNY, km, cities); "
        "default the profile's",
    )
    group.add_argument(
        "--city",
        metavar="CODE",
        help="a market's city, e.g. CN-SH (Shanghai), CN-BJ (Beijing): fills its prices, taxes, plate rule and "
        "climate (the China pack: CN-BJ, CN-SH, CN-GZ, CN-SZ, CN-CD, CN-HRB, or CN for national figures; README, "
        "Markets); with --market cn the default is the market's own",
    )
    group.add_argument("--annual-km", type=float, metavar="KM", help="kilometres a year (instead of --annual-miles)")
    group.add_argument("--purchase-date", metavar="YYYY-MM-DD", help="when you buy (incentives are decided on it; default today)")
    group.add_argument("--income", type=float, metavar="USD", help="household income a year (checks income limits)")
    group.add_argument("--filing-status", choices=("joint", "single", "hoh", "married_filing_separately"))
    group.add_argument("--household-size", type=int, metavar="N", help="people in the household (income tables)")
    group.add_argument(
        "--utility",
        metavar="ID",
        help="your electric utility's id for utility incentives (see `buyer-app incentives --state XX`)",
    )
    group.add_argument("--tenure", choices=("own", "rent"), help="own or rent your home (charger incentives)")
    group.add_argument(
        "--units",
        choices=("us", "metric"),
        help="how the text and the PDF show distances and fuel: us (mi, gal, MPG) or metric (km, L/100 km, "
        "kWh/100 km); default the profile's, else us. The JSON always keeps its US-unit figures",
    )
    group.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help="any other household field, e.g. --set financing=loan --set loan_apr=0.069 (see `buyer-app fields`)",
    )


def _flag(field: str) -> str:
    return "--" + field.replace("_", "-")


def _parse_set(items: list[str]) -> tuple[dict[str, Any], list[FieldProblem]]:
    values: dict[str, Any] = {}
    problems: list[FieldProblem] = []
    for item in items:
        name, sep, raw = item.partition("=")
        name = name.strip().replace("-", "_")
        if not sep or name not in FIELD_BY_NAME:
            problems.append(FieldProblem("--set", item, "FIELD=VALUE with FIELD one of " + ", ".join(FIELD_BY_NAME)))
            continue
        spec = FIELD_BY_NAME[name]
        if spec.kind != "number":
            values[name] = raw.strip()
            continue
        try:
            values[name] = float(raw)
        except ValueError:
            problems.append(FieldProblem(f"--set {name}", raw, spec.allowed()))
    return values, problems


def market_from_args(args: argparse.Namespace, profile: Profile | None = None) -> Market:
    """--market, else the market of the profile's region, else the US; InputError naming the markets there are."""
    code = getattr(args, "market", None)
    if code is None:
        place = getattr(args, "city", None) or getattr(args, "state", None)
        if isinstance(place, str) and place.strip().upper() in STATE_CHOICES:  # a city names its market
            return market_of_region(place.strip().upper())
        return market_of_region(profile.household.state) if profile else load_market("us")
    if code not in installed_market_codes():
        raise InputError([FieldProblem("--market", code, "one of " + ", ".join(installed_market_codes()))])
    return load_market(code)


def household_from_args(args: argparse.Namespace) -> tuple[Household, Profile | None]:
    """Defaults, then the profile, then --set, then the named flags; every bad value reported at once."""
    profile = load_profile(args.profile) if args.profile else None
    market = market_from_args(args, profile)
    set_currency(market.currency)  # every amount this verb writes is in the market's currency
    base = profile.household if profile else Household()
    values, problems = _parse_set(args.set)
    state = getattr(args, "state", None)
    city = getattr(args, "city", None)
    flag = "--state"
    if city is not None:
        if state is not None:
            problems.append(FieldProblem("--city", city, "either --city or --state, not both"))
        state, flag = city, "--city"
    if state is not None and "state" in values:
        problems.append(FieldProblem("--set state", values.pop("state"), f"no second state: {flag} is given"))
    state = values.pop("state", None) if state is None else state
    if state is None and market_of_region(base.state) != market:
        state, flag = market.default_region, "--market"  # a market's households start in its default region
    if state is not None:
        clean, problem = validate_value("state", str(state).strip().upper())
        if problem:
            problems.append(FieldProblem(flag, state, problem.allowed))
        elif market_of_region(str(clean)) != market:
            problems.append(
                FieldProblem(
                    flag,
                    state,
                    f"a {market.region_label.lower()} of market {market.code}: " + ", ".join(market_region_codes(market)),
                )
            )
        else:
            base = with_state(base, str(clean))
    if getattr(args, "annual_km", None) is not None:
        if getattr(args, "annual_miles", None) is not None:
            problems.append(FieldProblem("--annual-km", args.annual_km, "either --annual-km or --annual-miles, not both"))
        else:
            args.annual_miles = args.annual_km / KM_PER_MI
    if not market.is_us:  # a metric market's fuel prices are typed per litre
        for name in ("gas_price", "premium_price", "diesel_price"):
            if getattr(args, name, None) is not None:
                setattr(args, name, getattr(args, name) * L_PER_GAL)
    where = {name: f"--set {name}" for name in values}
    if getattr(args, "home_charging", None) is not None:
        values["home_charging"] = args.home_charging
        where["home_charging"] = "--home-charging"
    for field in FLAG_FIELDS:
        value = getattr(args, field, None)
        if value is not None:
            values[field] = value
            where[field] = f"{_flag(field)} ({field})"
    for name, value in values.items():
        _, problem = validate_value(name, value, market.currency)
        if problem:
            problems.append(FieldProblem(where[name], value, problem.allowed))
    if problems:
        raise InputError(problems)
    # a region's tiered electricity price follows the household's own size and miles unless the user typed one
    household = tariff_from_args(args, calendar_from_args(args, refill_region(base, base.with_values(values))))
    known = utilities_for(household.state)
    if household.utility and household.utility not in {uid for uid, _ in known}:
        allowed = ("one of " + ", ".join(uid for uid, _ in known)) if known else "empty: the incentive data names no utility here"
        raise InputError(
            [
                FieldProblem(
                    where.get("utility", "utility"),
                    household.utility,
                    f"{allowed} (buyer-app incentives --state {household.state} --utilities)",
                )
            ]
        )
    return household, profile
