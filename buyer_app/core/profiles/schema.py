"""Comparison profiles: the household, the compared vehicles with their overrides, the what-if settings.

The JSON format (documented in README.md) carries `schema_version`; older versions are migrated in
order (`migrations.py`), newer ones are refused with a message rather than misread.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from buyer_app.core.costs.choices import MAX_VEHICLES, Incentive, LeaseTerms, VehicleChoice
from buyer_app.core.driving.patterns import AnnualPattern, Pattern, pattern_from_dict
from buyer_app.core.errors import FieldProblem, InputError, format_bound
from buyer_app.core.files.safe_read import HUGE_INTEGER, Unreadable, read_limited
from buyer_app.core.household.calendar import ChargingCalendar, calendar_from_dict, calendar_to_dict
from buyer_app.core.household.choices import Currency, UnitSystem
from buyer_app.core.household.fields import STATE_CHOICES, Household, household_to_dict, validate_value
from buyer_app.core.household.state_fill import market_region_values, state_values
from buyer_app.core.markets.market import installed_market_codes, load_market, market_of_region
from buyer_app.core.markets.regions import region_climate, region_of
from buyer_app.core.profiles.migrations import SCHEMA_VERSION as SCHEMA_VERSION
from buyer_app.core.profiles.migrations import migrate
from buyer_app.core.region.climate import Climate, climate_from_dict
from buyer_app.core.tariffs.choice import HomeTariff, tariff_from_dict, tariff_to_dict
from buyer_app.core.uncertainty.draws import UncertaintySettings, settings_from_dict, settings_to_dict
from buyer_app.core.vehicles.custom import CustomVehicle, customs_from_list

MAX_PROFILE_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class Profile:
    """A saved comparison."""

    name: str = "Untitled"
    household: Household = field(default_factory=Household)
    vehicles: tuple[VehicleChoice, ...] = ()
    what_if: dict[str, float] = field(default_factory=dict)
    driving: Pattern = field(default_factory=AnnualPattern)
    climate: Climate | None = None
    uncertainty: UncertaintySettings = field(default_factory=UncertaintySettings)
    units: UnitSystem = UnitSystem.US  # how the faces show distances and fuel; the figures stay in US units
    currency: Currency = Currency.USD
    market: str = "us"  # the market of its cars and figures; its household's region and currency are this market's
    custom_vehicles: tuple[CustomVehicle, ...] = ()  # cars the household entered itself (ids from 8,000,001)


def _number(problems: list[FieldProblem], where: str, value: object, lo: float, hi: float, integer: bool = False) -> float:
    # compared as is: float() of an integer too large for a float (10**400) would raise OverflowError
    ok = isinstance(value, (int, float)) and not isinstance(value, bool) and lo <= value <= hi
    if ok and integer:
        ok = float(value) == int(float(value))  # type: ignore[arg-type]
    if not ok:
        kind = "a whole number" if integer else "a number"
        problems.append(FieldProblem(where, value, f"{kind} from {format_bound(lo)} to {format_bound(hi)}"))
        return 0.0
    return float(value)  # type: ignore[arg-type]


def _vehicle(problems: list[FieldProblem], where: str, raw: object) -> VehicleChoice | None:
    if not isinstance(raw, dict):
        problems.append(FieldProblem(where, raw, 'an object like {"id": 48765, "price": 42490}'))
        return None
    unknown = set(raw) - {"id", "price", "incentives", "insurance_annual", "lease", "heat_pump", "used"}
    for key in sorted(unknown):
        problems.append(
            FieldProblem(f"{where}.{key}", raw[key], "one of id, price, incentives, insurance_annual, lease, heat_pump, used")
        )
    used = raw.get("used", False)
    if not isinstance(used, bool):
        problems.append(FieldProblem(f"{where}.used", used, "true or false"))
        used = False
    heat_pump = raw.get("heat_pump")
    if heat_pump is not None and not isinstance(heat_pump, bool):
        problems.append(FieldProblem(f"{where}.heat_pump", heat_pump, "true, false or null (not known)"))
        heat_pump = None
    vid = int(_number(problems, f"{where}.id", raw.get("id"), 1, 10**9, integer=True))
    price = raw.get("price")
    if price is not None:
        price = _number(problems, f"{where}.price", price, 1, 10_000_000)
    insurance = raw.get("insurance_annual")
    if insurance is not None:
        insurance = _number(problems, f"{where}.insurance_annual", insurance, 0, 50_000)
    incentives: list[Incentive] = []
    raw_incentives = raw.get("incentives", [])
    if not isinstance(raw_incentives, list):
        problems.append(FieldProblem(f"{where}.incentives", raw_incentives, 'a list of {"name", "amount"}'))
        raw_incentives = []
    for k, item in enumerate(raw_incentives):
        spot = f"{where}.incentives[{k}]"
        if not isinstance(item, dict) or not isinstance(item.get("name", ""), str):
            problems.append(FieldProblem(spot, item, 'an object {"name": text, "amount": USD}'))
            continue
        amount = _number(problems, f"{spot}.amount", item.get("amount"), 0, 1_000_000)
        incentives.append(Incentive(str(item.get("name", "incentive")), amount))
    lease = None
    raw_lease = raw.get("lease")
    if raw_lease is not None:
        if not isinstance(raw_lease, dict):
            problems.append(FieldProblem(f"{where}.lease", raw_lease, "an object with due_at_signing, monthly, term_months"))
        else:
            lease = LeaseTerms(
                _number(problems, f"{where}.lease.due_at_signing", raw_lease.get("due_at_signing"), 0, 1_000_000),
                _number(problems, f"{where}.lease.monthly", raw_lease.get("monthly"), 0, 100_000),
                int(_number(problems, f"{where}.lease.term_months", raw_lease.get("term_months"), 1, 120, integer=True)),
            )
    return VehicleChoice(vid, price, tuple(incentives), insurance, lease, heat_pump, used)


def _climate(raw: object) -> Climate | None:
    """A saved climate: a market region's ({"state": "CN-SH"}) or what climate_from_dict reads."""
    if isinstance(raw, dict) and set(raw) == {"state"} and isinstance(raw["state"], str):
        market = market_of_region(raw["state"])
        if not market.is_us:
            return region_climate(region_of(market, raw["state"]))
    return climate_from_dict(raw)


def profile_from_dict(data: object, context: str = "profile") -> Profile:
    """Validate a decoded profile; raises InputError naming every bad field."""
    if not isinstance(data, dict):
        raise InputError([FieldProblem("(top level)", type(data).__name__, "a JSON object")], context)
    data = migrate(dict(data), context)
    problems: list[FieldProblem] = []
    known = {
        "schema_version",
        "name",
        "household",
        "charging_calendar",
        "tariff",
        "vehicles",
        "what_if",
        "driving",
        "climate",
        "uncertainty",
        "units",
        "currency",
        "market",
        "custom_vehicles",
    }
    for key in sorted(set(data) - known):
        problems.append(FieldProblem(key, data[key], "not a profile field; known: " + ", ".join(sorted(known))))
    name = data.get("name", "Untitled")
    if not isinstance(name, str) or len(name) > 200:
        problems.append(FieldProblem("name", name, "text of at most 200 characters"))
        name = "Untitled"
    raw_household = data.get("household", {})
    values: dict[str, Any] = {}
    if not isinstance(raw_household, dict):
        problems.append(FieldProblem("household", raw_household, "an object of household fields"))
    else:
        state = raw_household.get("state", "US")
        money_in = market_of_region(state).currency if isinstance(state, str) and state in STATE_CHOICES else "USD"
        for key, value in raw_household.items():
            clean, problem = validate_value(key, value, money_in)
            if problem:
                problems.append(FieldProblem(f"household.{key}", value, problem.allowed))
            else:
                values[key] = clean
        # a household that names its state but not all its figures takes the state's, not the national ones
        basis = str(values.get("fuel_price_basis", "average"))
        state = str(values.get("state", "US"))
        if market_of_region(state).is_us:
            filled: dict[str, Any] = dict(state_values(state, basis))
        else:  # the tiered electricity price depends on the household's own size and miles
            size, miles = values.get("household_size", Household.household_size), values.get("annual_miles")
            filled = dict(market_region_values(state, int(size), float(miles if miles is not None else Household.annual_miles)))
        values = {**filled, **values}
    raw_vehicles = data.get("vehicles", [])
    vehicles: list[VehicleChoice] = []
    if not isinstance(raw_vehicles, list) or len(raw_vehicles) > MAX_VEHICLES:
        shown = f"{len(raw_vehicles)} vehicles" if isinstance(raw_vehicles, list) else type(raw_vehicles).__name__
        problems.append(FieldProblem("vehicles", shown, f"a list of at most {MAX_VEHICLES} vehicles"))
    else:
        for k, raw in enumerate(raw_vehicles):
            choice = _vehicle(problems, f"vehicles[{k}]", raw)
            if choice:
                vehicles.append(choice)
    what_if = data.get("what_if", {})
    if not isinstance(what_if, dict):
        problems.append(FieldProblem("what_if", what_if, "an object of household fields"))
        what_if = {}
    else:
        for key, value in what_if.items():
            _, problem = validate_value(key, value)
            if problem:
                problems.append(FieldProblem(f"what_if.{key}", value, problem.allowed))
    driving: Pattern = AnnualPattern()
    climate: Climate | None = None
    try:
        driving = pattern_from_dict(data.get("driving"))
    except InputError as exc:
        problems.extend(exc.problems)
    try:
        climate = _climate(data.get("climate"))
    except InputError as exc:
        problems.extend(exc.problems)
    calendar: ChargingCalendar | None = None
    try:
        calendar = calendar_from_dict(data.get("charging_calendar"))
    except InputError as exc:
        problems.extend(exc.problems)
    chosen_tariff: HomeTariff | None = None
    try:
        chosen_tariff = tariff_from_dict(data.get("tariff"))
        if chosen_tariff is not None and not market_of_region(str(values.get("state", "US"))).is_us:
            problems.append(FieldProblem("tariff", "a rate plan", "none for a household outside the US (URDB rates are in USD)"))
    except InputError as exc:
        problems.extend(exc.problems)
    uncertainty = UncertaintySettings()
    try:
        uncertainty = settings_from_dict(data.get("uncertainty"))
    except InputError as exc:
        problems.extend(exc.problems)
    units, currency = _display_choices(problems, data)
    market = _market_choice(problems, data, values.get("state", "US"), currency)
    customs: tuple[CustomVehicle, ...] = ()
    try:
        customs = customs_from_list(data.get("custom_vehicles") or [], "custom_vehicles")
    except InputError as exc:
        problems.extend(exc.problems)
    if problems:
        raise InputError(problems, context)
    return Profile(
        name=name,
        household=replace(Household().with_values(values), charging_calendar=calendar, home_tariff=chosen_tariff),
        vehicles=tuple(vehicles),
        what_if=dict(what_if),
        driving=driving,
        climate=climate,
        uncertainty=uncertainty,
        units=units,
        currency=currency,
        market=market,
        custom_vehicles=customs,
    )


def _market_choice(problems: list[FieldProblem], data: dict[str, Any], state: object, currency: Currency) -> str:
    """The profile's `market`, checked against its household's region and its currency."""
    market = data.get("market", "us")
    codes = installed_market_codes()
    if not isinstance(market, str) or market not in codes:
        problems.append(FieldProblem("market", market, "one of " + ", ".join(codes)))
        return "us"
    region_market = market_of_region(state).code if isinstance(state, str) else "us"
    if region_market != market:
        problems.append(FieldProblem("household.state", state, f"a region of market {market} (the profile's market)"))
    wanted = load_market(market).currency
    if currency.value != wanted:
        problems.append(FieldProblem("currency", currency.value, f"{wanted}, the currency of market {market}'s data"))
    return market


UNITS_ALLOWED = '"us" (mi, gal, MPG, USD) or "metric" (km, L/100 km, kWh/100 km)'
CURRENCY_ALLOWED = "the currency of the profile's market (USD for us, CNY for cn)"


def _display_choices(problems: list[FieldProblem], data: dict[str, Any]) -> tuple[UnitSystem, Currency]:
    """The profile's `units` and `currency` (US and USD when absent); a bad value is added to `problems`."""
    units, currency = data.get("units", UnitSystem.US.value), data.get("currency", Currency.USD.value)
    if not isinstance(units, str) or units not in set(UnitSystem):
        problems.append(FieldProblem("units", units, UNITS_ALLOWED))
        units = UnitSystem.US
    if not isinstance(currency, str) or currency not in set(Currency):
        problems.append(FieldProblem("currency", currency, CURRENCY_ALLOWED))
        currency = Currency.USD
    return UnitSystem(units), Currency(currency)


def load_profile(path: Path) -> Profile:
    """Read and validate a profile file; raises InputError with the file's name as context. Only a regular file of
    at most MAX_PROFILE_BYTES is read (a folder, a named pipe or /dev/zero never is, and a pipe never blocks)."""
    context = f"profile {path}"
    try:
        raw = read_limited(path, MAX_PROFILE_BYTES)
    except Unreadable as exc:
        if exc.kind == "too_large":
            try:
                size = f"{path.stat().st_size / 1e6:.0f} MB"
            except OSError:
                size = "too large"
            problem = FieldProblem("(file size)", size, f"at most {MAX_PROFILE_BYTES // 2**20} MiB")
        elif exc.kind == "missing":
            problem = FieldProblem("(file)", str(path), "an existing profile file")
        else:
            problem = FieldProblem("(file)", str(path), f"a regular file that can be read; this one is {exc.reason}")
        raise InputError([problem], context) from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except RecursionError as exc:  # [[[[...]]]] nested deeper than the decoder can follow
        raise InputError([FieldProblem("(JSON)", "nested too deeply", "a profile object as the app writes it")], context) from exc
    except UnicodeDecodeError as exc:
        raise InputError([FieldProblem("(file)", f"byte {exc.start}", "UTF-8 text")], context) from exc
    except json.JSONDecodeError as exc:
        raise InputError(
            [FieldProblem("(JSON)", f"line {exc.lineno} column {exc.colno}: {exc.msg}", "a complete JSON object")], context
        ) from exc
    except ValueError as exc:  # a number of more than 4,300 digits (Python's int-to-text limit)
        raise InputError([FieldProblem("(JSON)", HUGE_INTEGER, "numbers as the app writes them")], context) from exc
    return profile_from_dict(data, context)


def profile_to_dict(profile: Profile) -> dict[str, Any]:
    """The JSON-ready form written by Save."""
    vehicles = []
    for v in profile.vehicles:
        entry: dict[str, Any] = {"id": v.id}
        if v.price is not None:
            entry["price"] = v.price
        if v.incentives:
            entry["incentives"] = [{"name": i.name, "amount": i.amount} for i in v.incentives]
        if v.insurance_annual is not None:
            entry["insurance_annual"] = v.insurance_annual
        if v.lease is not None:
            entry["lease"] = {
                "due_at_signing": v.lease.due_at_signing,
                "monthly": v.lease.monthly,
                "term_months": v.lease.term_months,
            }
        if v.heat_pump is not None:
            entry["heat_pump"] = v.heat_pump
        if v.used:
            entry["used"] = True
        vehicles.append(entry)
    saved: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "name": profile.name,
        "household": household_to_dict(profile.household),
        "charging_calendar": calendar_to_dict(profile.household.charging_calendar),
        "vehicles": vehicles,
        "what_if": dict(profile.what_if),
        "driving": profile.driving.to_dict(),
        "climate": None if profile.climate is None else profile.climate.to_dict(),
        "uncertainty": settings_to_dict(profile.uncertainty),
        "units": profile.units.value,
        "currency": profile.currency.value,
        "market": profile.market,
    } | ({"custom_vehicles": [c.to_dict() for c in profile.custom_vehicles]} if profile.custom_vehicles else {})
    if profile.household.home_tariff is not None:  # written only when chosen: a profile without one reads as before
        saved["tariff"] = tariff_to_dict(profile.household.home_tariff)
    return saved
