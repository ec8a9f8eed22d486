"""Compare chosen vehicles for a household: the cost model plus labels, prices and break-evens.

Over 300 lines because the outcome types and the one `compare` that fills them are read together; the vehicles'
sources are in car_sources.py.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from itertools import combinations
from typing import Any

import numpy as np
import pandas as pd

from buyer_app.core.costs.breakeven import break_even_year, cost_curve
from buyer_app.core.costs.car_sources import InsuranceBasis as InsuranceBasis  # re-exported for the faces
from buyer_app.core.costs.car_sources import VehicleSources as VehicleSources
from buyer_app.core.costs.car_sources import WinterBasis as WinterBasis
from buyer_app.core.costs.car_sources import vehicle_sources
from buyer_app.core.costs.choices import MAX_VEHICLES, VehicleChoice
from buyer_app.core.costs.model import CATEGORIES, CostResult, compute_costs
from buyer_app.core.driving.patterns import AnnualPattern, DrivingYear, Pattern, driving_year
from buyer_app.core.energy.charging_summary import ChargingSummary, charging_summary
from buyer_app.core.errors import FieldProblem, InputError
from buyer_app.core.household.fields import Household
from buyer_app.core.household.state_fill import household_climate
from buyer_app.core.incentives.catalogue import Payment, programs_for
from buyer_app.core.incentives.rules import Decision, Item, Reason, ReasonKind, VehicleCase, decide_all, purchase_day
from buyer_app.core.markets.regions import KM_PER_MI
from buyer_app.core.region.climate import Climate
from buyer_app.core.vehicles.database import VehicleDatabase
from buyer_app.core.vehicles.inputs import VehicleInputs, inputs_from_frame
from buyer_app.core.vehicles.prices import OWN_PRICE_SOURCE
from buyer_app.core.vehicles.schema import UNSUPPORTED


class PriceKind(StrEnum):
    QUOTE = "quote"  # the user's
    MSRP = "msrp"  # the curated table's base MSRP
    GUIDE = "guide"  # a market pack's published guide price (China's 指导价), dated
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class PriceBasis:
    """Where a vehicle's purchase price comes from."""

    kind: PriceKind
    trim: str = ""
    model_year: int = 0
    as_of: str = ""
    source: str = ""

    @property
    def own(self) -> bool:
        """A price from the user's own price file (`prices import`): in the msrp columns, but the user's, not a base
        MSRP (a property, so the JSON's price_basis keeps its keys)."""
        return self.kind is PriceKind.MSRP and self.source.startswith(OWN_PRICE_SOURCE)


@dataclass(frozen=True)
class TripCost:
    """What the household's long-trip days cost one vehicle in its first year."""

    days: int
    miles: float
    energy_cost: float
    dc_stops: float
    dc_hours: float | None


@dataclass(frozen=True)
class Co2Outcome:
    """kg CO2 per year (lists over the ownership years) by where it comes out."""

    tailpipe: list[float]
    electricity: list[float]
    upstream: list[float]

    @property
    def lifetime_kg(self) -> float:
        return float(sum(self.tailpipe) + sum(self.electricity) + sum(self.upstream))


@dataclass(frozen=True)
class VehicleOutcome:
    """The result for one vehicle (money in USD; arrays are per year)."""

    id: int
    label: str
    powertrain: str
    epa_class: str
    price: float | None
    price_basis: PriceBasis
    yearly_costs: dict[str, list[float]]  # category -> per-year
    cumulative: list[float]
    total_cost: float
    cost_per_mile: float | None
    gallons_per_year: float
    kwh_per_year: float
    co2_kg_per_year: float
    range_mi: float | None
    electric_range_mi: float | None
    label_mpg: float | None
    charging: ChargingSummary | None = None  # plug-in vehicles only
    monthly_energy_cost: list[float] | None = None  # first year, January first
    trips: TripCost | None = None  # long-trip days of the driving pattern
    incentives: tuple[Decision, ...] = ()  # every program decided, applied first, then the user's own
    co2: Co2Outcome | None = None
    used: bool = False
    sources: VehicleSources | None = None  # where this car's own figures come from: insurance, resale, winter


class BreakEvenReason(StrEnum):
    """Whether a pair's cost lines cross (the codes are the JSON's words)."""

    CROSSES = "crosses"
    NEVER_CROSSES = "never crosses"
    PRICE_UNKNOWN = "price unknown"


@dataclass(frozen=True)
class BreakEven:
    """When vehicle `b` has paid back its higher price against `a` (years after purchase), or why not."""

    a: int
    b: int
    year: float | None
    cheaper_over_period: int | None
    reason: BreakEvenReason


@dataclass(frozen=True)
class Comparison:
    household: Household
    vehicles: tuple[VehicleOutcome, ...]
    break_even: tuple[BreakEven, ...]
    result: CostResult
    pattern: Pattern = AnnualPattern()
    year: DrivingYear | None = None
    climate: Climate | None = None
    inputs: VehicleInputs | None = None  # what the engine was given (thresholds re-run it)


def vehicle_label(row: pd.Series) -> str:
    return f"{int(row['year'])} {row['make']} {row['model']}"


def _frame_for(
    db: VehicleDatabase, household: Household, choices: list[VehicleChoice]
) -> tuple[pd.DataFrame, list[tuple[Decision, ...]]]:
    problems: list[FieldProblem] = []
    if not choices:
        problems.append(FieldProblem("vehicles", "none", "at least one vehicle id"))
    if len(choices) > MAX_VEHICLES:
        problems.append(FieldProblem("vehicles", len(choices), f"at most {MAX_VEHICLES} vehicles"))
    ids = [c.id for c in choices]
    for dup in sorted({i for i in ids if ids.count(i) > 1}):
        problems.append(FieldProblem("vehicles", dup, "each vehicle once (compare two prices as two profiles)"))
    if problems:
        raise InputError(problems)
    frame = db.get([c.id for c in choices])
    # the four columns read here, not itertuples over all of them (~1.2 ms of a what-if step for 8 cars)
    rows = zip(frame["powertrain"], frame["year"], frame["make"], frame["model"], strict=True)
    for choice, (powertrain, model_year, make, model) in zip(choices, rows, strict=True):
        if powertrain in UNSUPPORTED:
            problems.append(
                FieldProblem(
                    f"vehicle {choice.id}",
                    f"{model_year} {make} {model}",
                    f"a vehicle the cost model supports (not {powertrain!s})",
                )
            )
        if household.financing == "lease" and choice.lease is None:
            problems.append(
                FieldProblem(
                    f"vehicle {choice.id} lease terms",
                    "missing",
                    "lease terms for this vehicle (due at signing, monthly, term in months) when financing is lease",
                )
            )
    if problems:
        raise InputError(problems)
    frame = frame.copy()
    quotes = [c.price for c in choices]
    # a used vehicle without a quote has no known price (its new base MSRP would be wrong)
    frame["price"] = [
        q if q is not None else (np.nan if c.used else m) for q, m, c in zip(quotes, frame["msrp_usd"], choices, strict=True)
    ]
    decided = [decide_incentives(household, choice, row) for choice, (_, row) in zip(choices, frame.iterrows(), strict=True)]
    frame["incentives"] = [sum(d.amount for d in ds) for ds in decided]
    frame["incentives_at_purchase"] = [sum(d.amount for d in ds if d.paid_at_purchase) for ds in decided]
    frame["insurance_annual"] = [np.nan if c.insurance_annual is None else c.insurance_annual for c in choices]
    frame["lease_due"] = [c.lease.due_at_signing if c.lease else np.nan for c in choices]
    frame["lease_monthly"] = [c.lease.monthly if c.lease else np.nan for c in choices]
    frame["lease_term_months"] = [c.lease.term_months if c.lease else np.nan for c in choices]
    frame["heat_pump"] = [np.nan if c.heat_pump is None else float(c.heat_pump) for c in choices]
    frame["age_years"] = [
        used_age(household, int(year)) if c.used else 0.0 for c, year in zip(choices, frame["year"], strict=True)
    ]
    return frame, decided


def used_age(household: Household, model_year: int) -> float:
    """A used car's age at purchase in years: from the middle of its model year (a model year's cars are sold
    from about the autumn before it) to the purchase date; at least half a year."""
    day = purchase_day(household)
    return max(0.5, day.year + (day.timetuple().tm_yday - 1) / 365.0 - (model_year - 0.5))


def _rule_range_mi(row: pd.Series) -> float | None:
    """The electric range an incentive rule reads: the published one (a market pack's test-cycle range, which its
    rules are written against, e.g. China's 100 km CLTC for plug-in hybrids), else the label's."""
    cycle_km = _optional(row["cycle_range_km"]) if "cycle_range_km" in row else None
    return cycle_km / KM_PER_MI if cycle_km is not None else _optional(row["electric_range_mi"])


def decide_incentives(household: Household, choice: VehicleChoice, row: pd.Series) -> tuple[Decision, ...]:
    """The catalogue's programs decided for this vehicle and household, then the user's own incentives
    (always counted), none above the vehicle's price in total."""
    msrp = _optional(row["msrp_usd"]) if "msrp_usd" in row else None
    price = choice.price if choice.price is not None else (None if choice.used else msrp)
    case = VehicleCase(
        powertrain=str(row["powertrain"]),
        used=choice.used,
        msrp=msrp if msrp is not None else (None if choice.used else price),
        price=price,
        electric_range_mi=_rule_range_mi(row),
        epa_class=str(row["epa_class"]),
        lease=household.financing == "lease",
    )
    decisions = decide_all(programs_for(household.state), household, case)
    own = [
        Decision(
            id=f"own-{k + 1}",
            name=i.name,
            offered_by="",
            level="custom",
            item=Item.VEHICLE,
            applied=True,
            amount=i.amount,
            reason=None,
            payment=Payment.OWN_OFFER,
            start=None,
            end=None,
            source="",
            checked="",
        )
        for k, i in enumerate(choice.incentives)
    ]
    out = [*own, *decisions]
    if price is not None:  # never more back than the price: yours first, then the catalogue's in order
        room = price
        trimmed = []
        for d in out:
            if d.applied:
                amount = max(0.0, min(d.amount, room))
                room -= amount
                if amount < d.amount:
                    d = Decision(
                        **{
                            **d.__dict__,
                            "amount": amount,
                            "applied": amount > 0,
                            "reason": Reason(ReasonKind.TRIMMED_TO_PRICE, amount=price)
                            if amount > 0
                            else Reason(ReasonKind.PRICE_COVERED),
                        }
                    )
            trimmed.append(d)
        out = trimmed
    return tuple(sorted(out, key=lambda d: not d.applied))


def _basis(choice: VehicleChoice, row: pd.Series) -> PriceBasis:
    if choice.price is not None:
        return PriceBasis(PriceKind.QUOTE)
    if choice.used:
        return PriceBasis(PriceKind.UNKNOWN)
    if pd.notna(row["msrp_usd"]):
        return PriceBasis(
            PriceKind.GUIDE if "msrp_local" in row else PriceKind.MSRP,
            str(row["msrp_trim"]),
            int(row["msrp_year"]),
            str(row["msrp_as_of"]),
            str(row["msrp_source"]),
        )
    return PriceBasis(PriceKind.UNKNOWN)


def _optional(value: Any) -> float | None:
    return None if value is None or pd.isna(value) else float(value)


def compare(
    db: VehicleDatabase,
    household: Household,
    choices: list[VehicleChoice],
    pattern: Pattern | None = None,
    climate: Climate | None = None,
    pattern_miles_what_if: float | None = None,
) -> Comparison:
    """Cost every chosen vehicle over the household's years, for its driving pattern and climate, and
    find each pair's break-even. `pattern_miles_what_if` (the window's miles slider over a pattern): every day of
    the pattern scaled so that the year comes to these miles ("what if we drove 20% more")."""
    frame, decided = _frame_for(db, household, choices)
    pattern = pattern or AnnualPattern()
    climate = climate if climate is not None else household_climate(household)
    year = driving_year(pattern, household.annual_miles)
    if pattern_miles_what_if is not None and not isinstance(pattern, AnnualPattern) and year.annual_miles > 0:
        year = replace(year, miles=year.miles * (pattern_miles_what_if / year.annual_miles))
    inputs = inputs_from_frame(frame)
    result = compute_costs(household, inputs, year, climate)
    energy = result.energy
    trip_miles = float(year.miles[year.trip_day].sum())
    cumulative = result.cumulative
    totals = result.total
    per_mile = result.cost_per_mile
    outcomes = []
    for k, (choice, (_, row)) in enumerate(zip(choices, frame.iterrows(), strict=True)):
        known = bool(result.price_known[k])
        outcomes.append(
            VehicleOutcome(
                id=choice.id,
                label=vehicle_label(row),
                powertrain=str(row["powertrain"]),
                epa_class=str(row["epa_class"]),
                price=float(row["price"]) if known and pd.notna(row["price"]) else None,
                price_basis=_basis(choice, row),
                yearly_costs={c: result.costs[k, :, i].tolist() for i, c in enumerate(CATEGORIES)},
                cumulative=cumulative[k].tolist(),
                total_cost=float(totals[k]),
                cost_per_mile=None if np.isnan(per_mile[k]) else float(per_mile[k]),
                gallons_per_year=float(result.gallons_per_year[k]),
                kwh_per_year=float(result.kwh_per_year[k]),
                co2_kg_per_year=float(result.co2_kg_per_year[k]),
                range_mi=_optional(row["range_mi"]),
                electric_range_mi=_optional(row["electric_range_mi"]),
                label_mpg=_optional(row["label_mpg_comb"]),
                charging=(
                    charging_summary(row, k, energy, year, household, float(inputs.dc_10_80_minutes[k]))
                    if row["powertrain"] in ("bev", "phev")
                    else None
                ),
                monthly_energy_cost=[round(float(x), 2) for x in energy.monthly_cost[k]],
                trips=TripCost(
                    days=year.trip_days,
                    miles=trip_miles,
                    energy_cost=round(float(energy.trip_cost[k]), 2),
                    dc_stops=float(energy.trip_dc_sessions[k]),
                    dc_hours=(
                        None
                        if np.isnan(inputs.dc_10_80_minutes[k])
                        else round(float(energy.trip_dc_sessions[k] * inputs.dc_10_80_minutes[k] / 60), 2)
                    ),
                )
                if year.trip_days
                else None,
                incentives=decided[k],
                co2=Co2Outcome(
                    *(
                        np.full(household.years, round(float(part[k]), 1)).tolist()
                        for part in (result.co2.tailpipe, result.co2.electricity, result.co2.upstream)
                    )
                ),
                used=choice.used,
                sources=vehicle_sources(household, row, choice),
            )
        )
    curves = cost_curve(result)
    pairs = []
    for i, j in combinations(range(len(choices)), 2):
        a, b = outcomes[i], outcomes[j]
        cheaper = None if totals[i] == totals[j] else (a.id if totals[i] < totals[j] else b.id)
        if not (result.price_known[i] and result.price_known[j]):
            pairs.append(BreakEven(a.id, b.id, None, None, BreakEvenReason.PRICE_UNKNOWN))
            continue
        when = break_even_year(curves[i], curves[j])
        pairs.append(
            BreakEven(a.id, b.id, when, cheaper, BreakEvenReason.CROSSES if when is not None else BreakEvenReason.NEVER_CROSSES)
        )
    return Comparison(
        household=household,
        vehicles=tuple(outcomes),
        break_even=tuple(pairs),
        result=result,
        pattern=pattern,
        year=year,
        climate=climate,
        inputs=inputs,
    )
