"""What would have to change for the answer to flip: the gasoline price, electricity price, annual miles and
years of ownership at which two vehicles cost the same, found by solving with the full cost model.

A `Threshold` holds numbers only; `buyer_app.text.thresholds` says it in a sentence."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum

import numpy as np

from buyer_app.core.costs.breakeven import break_even_year, cost_curve
from buyer_app.core.costs.compare import Comparison
from buyer_app.core.costs.model import compute_costs
from buyer_app.core.driving.patterns import AnnualPattern, DrivingYear, driving_year
from buyer_app.core.household.fields import Household
from buyer_app.core.vehicles.inputs import take

FUEL_FIELDS = ("gas_price", "midgrade_price", "premium_price", "diesel_price")
ELECTRICITY_FIELDS = (
    "electricity_price",
    "offpeak_price",
    "workplace_price",
    "public_l2_price",
    "public_dc_price",
    "public_dc_per_minute",
)


class ThresholdInput(StrEnum):
    """The inputs a threshold is solved for (household fields, and the years of ownership)."""

    GAS_PRICE = "gas_price"
    ELECTRICITY_PRICE = "electricity_price"
    ANNUAL_MILES = "annual_miles"
    YEARS = "years"


# input -> (unit, lowest, highest) of the sensible range searched
RANGES = {
    ThresholdInput.GAS_PRICE: ("USD/gal", 1.0, 10.0),
    ThresholdInput.ELECTRICITY_PRICE: ("USD/kWh", 0.03, 1.0),
    ThresholdInput.ANNUAL_MILES: ("mi/yr", 1_000.0, 60_000.0),
    ThresholdInput.YEARS: ("years", 0.0, 20.0),
}


@dataclass(frozen=True)
class Threshold:
    """Where the cost difference between the pair's vehicles `a` and `b` changes sign for one input, or that
    it does not within the range searched (`value` None)."""

    input: ThresholdInput
    unit: str
    value: float | None  # None: no threshold in the range searched
    current: float
    low: float
    high: float
    cheaper_above: int | None  # the vehicle id that is cheaper above the threshold
    a: int  # vehicle id of the pair's first (the one cheaper to buy)
    b: int  # vehicle id of the pair's second


def _scaled(h: Household, names: tuple[str, ...], factor: float) -> Household:
    scaled = replace(h, **{n: getattr(h, n) * factor for n in names})
    if h.home_tariff is not None and "electricity_price" in names:  # a rate plan's prices move with the others
        scaled = replace(scaled, home_tariff=h.home_tariff.scaled(factor))
    return scaled


def _solve(f: Callable[[float], float], lo: float, hi: float, tol: float) -> float | None:
    """A root of f in [lo, hi] by regula falsi with the Illinois step (bracketed, so it cannot wander);
    None when f has the same sign at both ends."""
    flo, fhi = f(lo), f(hi)
    if flo == 0:
        return lo
    if fhi == 0:
        return hi
    if np.sign(flo) == np.sign(fhi):
        return None
    side = 0
    for _ in range(100):
        x = (lo * fhi - hi * flo) / (fhi - flo)
        fx = f(x)
        if abs(fx) < 0.01 or hi - lo < tol:
            return x
        if np.sign(fx) == np.sign(flo):
            lo, flo = x, fx
            if side == -1:
                fhi /= 2
            side = -1
        else:
            hi, fhi = x, fx
            if side == 1:
                flo /= 2
            side = 1
    return (lo + hi) / 2


def thresholds(c: Comparison, a: int, b: int) -> list[Threshold]:
    """The thresholds of the pair (indices into c.vehicles): at each value found, the two totals agree
    within a cent."""
    assert c.inputs is not None and c.year is not None
    h, year = c.household, c.year
    pair = take(c.inputs, [a, b])

    def diff(hh: Household, yy: DrivingYear) -> float:
        total = compute_costs(hh, pair, yy, c.climate, detail=False).total
        return float(total[1] - total[0])

    def miles_year(miles: float) -> tuple[Household, DrivingYear]:
        if year.neutral:
            return replace(h, annual_miles=miles), driving_year(AnnualPattern(), miles)
        k = miles / year.annual_miles
        return replace(h, annual_miles=h.annual_miles * k), replace(year, miles=year.miles * k)

    cases: dict[ThresholdInput, tuple[float, Callable[[float], float], float]] = {
        ThresholdInput.GAS_PRICE: (h.gas_price, lambda x: diff(_scaled(h, FUEL_FIELDS, x / h.gas_price), year), 0.001),
        ThresholdInput.ELECTRICITY_PRICE: (
            h.electricity_price,
            lambda x: diff(_scaled(h, ELECTRICITY_FIELDS, x / h.electricity_price), year),
            0.0001,
        ),
        ThresholdInput.ANNUAL_MILES: (year.annual_miles, lambda x: diff(*miles_year(x)), 1.0),
    }
    out = []
    for name, (current, f, tol) in cases.items():
        unit, lo, hi = RANGES[name]
        if current <= 0:
            continue
        root = _solve(f, lo, hi, tol)
        cheaper_above = None
        if root is not None:
            cheaper_above = c.vehicles[b].id if f(min(hi, root * 1.01 + tol)) < 0 else c.vehicles[a].id
        out.append(Threshold(name, unit, root, current, lo, hi, cheaper_above, c.vehicles[a].id, c.vehicles[b].id))
    out.append(_years_threshold(c, a, b, pair))
    return out


def _years_threshold(c: Comparison, a: int, b: int, pair: object) -> Threshold:
    """Years of ownership after which the dearer-to-buy car has paid back its price (up to 20)."""
    unit, lo, hi = RANGES[ThresholdInput.YEARS]
    long = compute_costs(replace(c.household, years=int(hi)), pair, c.year, c.climate, detail=False)  # type: ignore[arg-type]
    curve = cost_curve(long)
    when = break_even_year(curve[0], curve[1])
    later = None
    if when is not None:
        later = c.vehicles[a].id if curve[0][-1] < curve[1][-1] else c.vehicles[b].id
    return Threshold(
        ThresholdInput.YEARS, unit, when, float(c.household.years), lo, hi, later, c.vehicles[a].id, c.vehicles[b].id
    )
