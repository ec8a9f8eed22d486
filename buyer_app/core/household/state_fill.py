"""Where the household lives: picking a state fills its regional figures, and every figure can say where it
comes from (the state table, the app's national default, or the user)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from buyer_app.core.errors import FieldProblem, InputError
from buyer_app.core.household.fields import FIELD_BY_NAME, Household
from buyer_app.core.markets.household_fill import missing_required, region_fill
from buyer_app.core.markets.market import market_of_region
from buyer_app.core.markets.regions import region_climate, region_of
from buyer_app.core.region.climate import Climate, state_climate
from buyer_app.core.region.state_figures import REGIONAL_FIELDS, STATE_NAMES, WEEK_FIELDS, regional_values, state_defaults
from buyer_app.core.region.vehicle_taxes import flat_fees, vehicle_tax_rules

FEE_FIELDS = ("title_fees", "registration_annual")  # filled by a state from resources/regional/vehicle_taxes.csv


@dataclass(frozen=True)
class FieldOrigin:
    """Where one household value comes from."""

    origin: str  # "state", "default" or "yours"
    source: str
    as_of: str
    note: str = ""


def market_region_values(state: str, household_size: int = 2, annual_mi: float = 12_000.0) -> dict[str, float | str]:
    """The values a market pack's region fills in (amounts in the market's currency, engine units), the resale basis
    set to the market's yearly rates; InputError naming the fields a pack lacks."""
    market = market_of_region(state)
    region = region_of(market, state)
    lacking = missing_required(region)
    if lacking:
        raise InputError([FieldProblem(f"{state} figures", ", ".join(lacking), "a value in the market pack's regions.csv")])
    filled = region_fill(market, region, household_size, annual_mi)
    values: dict[str, float | str] = {k: f.value for k, f in filled.items() if k in FIELD_BY_NAME}
    values["resale_basis"] = "your_rates"
    values["fuel_price_basis"] = "average"
    return values


def state_values(state: str, fuel_price_basis: str = "average") -> dict[str, float]:
    """The values a state fills in: its table's, and the app's national default where the table has none
    (so nothing of the previous state stays behind); "US" is the national defaults. Gasoline prices are the
    average of the latest months, or the newest week with `fuel_price_basis` "latest_week"."""
    if not market_of_region(state).is_us:
        return {k: v for k, v in market_region_values(state).items() if isinstance(v, float)}
    national = {name: float(FIELD_BY_NAME[name].default) for name in (*REGIONAL_FIELDS, *FEE_FIELDS)}
    if state == "US":
        return national
    return {**national, **regional_values(state, fuel_price_basis), **flat_fees(state)}


def with_state(h: Household, state: str) -> Household:
    """`h` moved to `state`: its prices, tax, fees and grid replaced by the state's (the national default
    where the state's table has no figure), and the utility of another state forgotten."""
    utility = h.utility if state == h.state else ""  # a utility id belongs to one state
    if not market_of_region(state).is_us:
        values = market_region_values(state, h.household_size, h.annual_miles)
        return h.with_values({"state": state, "utility": "", **values}, context=f"region {state}")
    return h.with_values(
        {"state": state, "utility": utility, **state_values(state, h.fuel_price_basis)}, context=f"state {state}"
    )


def refill_region(before: Household, after: Household) -> Household:
    """`after` with the market region's figures that depend on the household's size and miles (the tiered home
    electricity price) worked out again for its own size and miles, wherever it still holds the figure the region
    gave `before` (a figure the user typed stays). A US household, or one that moved region, is returned as is."""
    if market_of_region(after.state).is_us or after.state != before.state:
        return after
    if (before.household_size, before.annual_miles) == (after.household_size, after.annual_miles):
        return after
    market = market_of_region(after.state)
    region = region_of(market, after.state)
    old = region_fill(market, region, before.household_size, before.annual_miles)
    new = region_fill(market, region, after.household_size, after.annual_miles)
    changed = {
        name: f.value
        for name, f in new.items()
        if name in FIELD_BY_NAME
        and name in old
        and isinstance(getattr(after, name), (int, float))
        and abs(float(getattr(after, name)) - old[name].value) < 1e-9
        and abs(f.value - old[name].value) >= 1e-12
    }
    return after.with_values(changed, context=f"region {after.state}") if changed else after


def with_fuel_price_basis(h: Household, basis: str) -> Household:
    """`h` with its state's gasoline prices on another basis (the average of the latest months, or the newest
    week); the other figures stay as they are."""
    prices = {f: v for f, v in state_values(h.state, basis).items() if f in WEEK_FIELDS}
    return h.with_values({"fuel_price_basis": basis, **prices}, context=f"gasoline prices ({basis})")


def field_origin(h: Household, name: str) -> FieldOrigin:
    """The source of the household's value for `name`: the state's table when it still holds that value,
    the app's default when it is the default, else the user's own figure."""
    spec = FIELD_BY_NAME[name]
    value = getattr(h, name)
    market = market_of_region(h.state)
    if not market.is_us:
        return _region_origin(h, name, value)
    if name in FEE_FIELDS and h.state != "US" and abs(flat_fees(h.state)[name] - float(value)) < 1e-9:
        rules = [
            r
            for r in vehicle_tax_rules(h.state)
            if r.counted
            and r.applies_to == "all"
            and not r.area
            and r.component == ("title" if name == "title_fees" else "registration")
        ]
        text = "; ".join(f"{r.charge}: {r.rule} ({r.source_url})" for r in rules) or "none in the state table"
        return FieldOrigin("state", f"{STATE_NAMES[h.state]}: {text}", max((r.as_of for r in rules), default=""))
    if name in REGIONAL_FIELDS and h.state != "US":
        table = state_defaults(h.state)
        row = table[WEEK_FIELDS[name]] if name in WEEK_FIELDS and h.fuel_price_basis == "latest_week" else table[name]
        if isinstance(row.value, float) and abs(row.value - float(value)) < 1e-9:
            return FieldOrigin("state", f"{STATE_NAMES[h.state]}: {row.source}", row.as_of, row.note)
        if row.value is None and value == spec.default:
            return FieldOrigin(
                "default",
                f"{STATE_NAMES[h.state]} has no figure in the state table, so the app's national default: {spec.source}",
                spec.as_of,
                row.note,
            )
    if value == spec.default:
        return FieldOrigin("default", spec.source, spec.as_of)
    return FieldOrigin("yours", "your figure", "")


def _region_origin(h: Household, name: str, value: object) -> FieldOrigin:
    """Where a market region's household value comes from: its regions.csv rows while the value is still theirs."""
    market = market_of_region(h.state)
    region = region_of(market, h.state)
    filled = region_fill(market, region, h.household_size, h.annual_miles).get(name)
    if filled is not None and isinstance(value, (int, float)) and abs(filled.value - float(value)) < 1e-9:
        rows = [region.figures[r] for r in filled.rows if r in region.figures]
        urls = "; ".join(dict.fromkeys(r.source for r in rows))
        said = _first_clause(rows[0].note) if rows else ""
        source = f"{said} ({urls})" if said and urls else (said or urls or market.name)
        as_of = max((r.as_of for r in rows), default="")
        note = "; ".join(x for x in [filled.how, *(r.note for r in rows)] if x)
        return FieldOrigin("state", f"{region.name}: {source}", as_of, note)
    spec = FIELD_BY_NAME[name]
    if value == spec.default and not spec.money:
        return FieldOrigin("default", spec.source, spec.as_of)
    return FieldOrigin("yours", "your figure", "")


def _first_clause(note: str) -> str:
    """The first clause of a pack row's note, as a few words of where its figure comes from."""
    head = note.split(". ", 1)[0].split("; ", 1)[0].strip(" .")
    return head if len(head) <= 90 else head[:88].rsplit(" ", 1)[0] + "…"


def household_climate(h: Household) -> Climate | None:
    """The climate of the household's state or market region (None: the average US conditions of EPA's labels)."""
    if h.state == "US":
        return None
    market = market_of_region(h.state)
    return state_climate(h.state) if market.is_us else region_climate(region_of(market, h.state))


class GridKind(StrEnum):
    STATE = "state"  # the state's eGRID subregions
    US_AVERAGE = "us_average"  # the eGRID2023 US average
    YOURS = "yours"  # a figure the household set


@dataclass(frozen=True)
class GridBasis:
    """Which grid the electricity CO2 stands for (in words: buyer_app.text.region.grid_description)."""

    kind: GridKind
    state: str = ""
    subregion: str = ""


def grid_basis(h: Household) -> GridBasis:
    """Which grid the household's grid CO2 figure is: its state's, the US average, or its own."""
    if not market_of_region(h.state).is_us:
        origin = field_origin(h, "grid_co2_lb_per_mwh")
        return GridBasis(GridKind.STATE if origin.origin == "state" else GridKind.YOURS, h.state)
    if h.state != "US":
        row = state_defaults(h.state)["grid_co2_lb_per_mwh"]
        if isinstance(row.value, float) and abs(row.value - h.grid_co2_lb_per_mwh) < 1e-9:
            return GridBasis(GridKind.STATE, h.state, str(state_defaults(h.state)["egrid_subregion"].value))
    if h.grid_co2_lb_per_mwh == FIELD_BY_NAME["grid_co2_lb_per_mwh"].default:
        return GridBasis(GridKind.US_AVERAGE)
    return GridBasis(GridKind.YOURS)
