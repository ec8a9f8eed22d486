"""How sure the verdict is: Monte Carlo over prices, miles, resale, maintenance, insurance and battery health.

Every draw perturbs the deterministic result of `compute_costs` (the same vehicles, household and day model):
energy scales with the gasoline and electricity price paths and with the miles, maintenance with the miles
and a repair factor, insurance with its factor, and resale with a drawn depreciation rate and, for plug-ins,
battery health. All vehicles share the same draws (common random numbers), so a difference between two cars
is not noise. With every spread at zero the draws reproduce the deterministic result.

Over 300 lines because the settings, their validation and the vectorised draws share one table of spreads
(SPREADS); each part is short.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

import numpy as np

from buyer_app.core.costs.breakeven import cost_curve
from buyer_app.core.costs.model import CAT, CostResult
from buyer_app.core.errors import FieldProblem, InputError, format_bound
from buyer_app.core.household.fields import Household
from buyer_app.core.vehicles.inputs import FloatArray

_GAS_SERIES = (
    "US DOE AFDC, Average Annual Retail Fuel Price of Gasoline (EIA Monthly Energy Review Table 9.4), nominal "
    "$/gal 2000-2023, https://afdc.energy.gov/data/widgets/10641: standard deviation of the yearly change in "
    "log price 0.18 (23 changes)"
)
_ELEC_SERIES = (
    "EIA annual average US residential electricity price 2013-2023 (12.12 to 16.00 cents/kWh; EIA Electric "
    "Power Monthly Table 5.3, endpoints as in EIA Today in Energy 63064): standard deviation of the yearly "
    "change in log price 0.032"
)
PERCENTILES = (10, 50, 90)
BATTERY_POWERTRAINS = ("bev", "phev")
DEPRECIATION_GROUPS = ("bev", "phev", "hev", "ice")  # diesel and flex-fuel cars move with gasoline ones
DEPRECIATION_LIMITS = (-0.5, 0.95)  # app bounds of the drawn extra yearly loss of value: -50% to +95% a year
BATTERY_RESALE_LIMITS = (0.5, 1.5)  # app bounds of battery health's effect on resale: x0.5 to x1.5, within reason
SEED_LIMIT = 2**63  # a seed is a whole number from 0 to 2^63 - 1
# columns of the standard normal draws: this layout fixes which numbers a given seed gives each input
_Z_MILES, _Z_MAINTENANCE, _Z_INSURANCE = 0, 1, 2  # column 3 is drawn but unused (kept so that seeds keep their draws)
_Z_DEPRECIATION = slice(4, 4 + len(DEPRECIATION_GROUPS))
_Z_BATTERY = slice(_Z_DEPRECIATION.stop, _Z_DEPRECIATION.stop + len(BATTERY_POWERTRAINS))


@dataclass(frozen=True)
class SpreadSpec:
    name: str
    label: str
    default: float
    low: float
    high: float
    source: str


SPREADS: tuple[SpreadSpec, ...] = (
    SpreadSpec("gas_volatility", "Gasoline price: yearly volatility (log)", 0.18, 0, 1, _GAS_SERIES),
    SpreadSpec("electricity_volatility", "Electricity price: yearly volatility (log)", 0.032, 0, 1, _ELEC_SERIES),
    SpreadSpec(
        "price_correlation",
        "Correlation of gasoline and electricity price changes",
        0.47,
        -1,
        1,
        "correlation of the two series' yearly log changes, 2013-2023 (10 pairs; sources above)",
    ),
    SpreadSpec(
        "miles_spread",
        "Your annual miles: spread (log)",
        0.15,
        0,
        1,
        "app assumption: a household's miles vary about 15% (one standard deviation) around its estimate",
    ),
    SpreadSpec(
        "depreciation_spread",
        "Yearly loss of value: spread (absolute)",
        0.03,
        0,
        0.3,
        "app assumption from Schloter 2022's rates by powertrain (10.4%-13.9% a year): +-3 points covers the gap between them",
    ),
    SpreadSpec(
        "maintenance_spread",
        "Maintenance and repair: spread (log)",
        0.25,
        0,
        1,
        "app assumption: Argonne 2021 (ANL/ESD-21/4) per-mile costs are fleet averages; one car varies widely",
    ),
    SpreadSpec(
        "insurance_spread",
        "Insurance: spread (log)",
        0.15,
        0,
        1,
        "app assumption: quotes for one household differ about 15% between insurers and years",
    ),
    SpreadSpec(
        "battery_health_spread",
        "Battery health at resale (plug-ins): spread (log)",
        0.10,
        0,
        1,
        "app assumption: resale of a plug-in moves about 10% with its battery's state of health",
    ),
)
SPREAD_BY_NAME = {s.name: s for s in SPREADS}
DRAWS_RANGE = (100, 200_000)
DEFAULT_DRAWS = 10_000
DEFAULT_SEED = 20261126


def _spread(name: str) -> float:
    """The default SPREADS declares for a spread."""
    return SPREAD_BY_NAME[name].default


@dataclass(frozen=True)
class UncertaintySettings:
    """The spreads of the uncertain inputs (defaults from SPREADS), the number of draws and the seed (saved in
    the profile)."""

    gas_volatility: float = _spread("gas_volatility")
    electricity_volatility: float = _spread("electricity_volatility")
    price_correlation: float = _spread("price_correlation")
    miles_spread: float = _spread("miles_spread")
    depreciation_spread: float = _spread("depreciation_spread")
    maintenance_spread: float = _spread("maintenance_spread")
    insurance_spread: float = _spread("insurance_spread")
    battery_health_spread: float = _spread("battery_health_spread")
    draws: int = DEFAULT_DRAWS
    seed: int = DEFAULT_SEED

    def zero(self) -> UncertaintySettings:
        """The same settings with every spread at zero (the deterministic case)."""
        zeros: dict[str, Any] = {s.name: 0.0 for s in SPREADS}
        return replace(self, **zeros)


def _finite(value: float) -> bool:
    try:
        return bool(np.isfinite(float(value)))
    except OverflowError:  # an integer too large for a float
        return False


def settings_from_dict(raw: object, context: str = "uncertainty") -> UncertaintySettings:
    """Validated settings; every bad value is named with what is allowed (nothing clamped)."""
    if raw is None:
        return UncertaintySettings()
    if not isinstance(raw, dict):
        raise InputError([FieldProblem(context, raw, "an object of spreads, draws and seed")])
    problems: list[FieldProblem] = []
    values: dict[str, Any] = {}
    for key, value in raw.items():
        spec = SPREAD_BY_NAME.get(key)
        number = isinstance(value, (int, float)) and not isinstance(value, bool) and _finite(value)
        if spec is not None:
            if not number or not spec.low <= value <= spec.high:
                problems.append(
                    FieldProblem(
                        f"{context}.{key}", value, f"a number from {format_bound(spec.low)} to {format_bound(spec.high)}"
                    )
                )
            else:
                values[key] = float(value)
        elif key == "draws":
            lo, hi = DRAWS_RANGE
            if not number or value != int(value) or not lo <= value <= hi:
                problems.append(FieldProblem(f"{context}.draws", value, f"a whole number from {lo:,} to {hi:,}"))
            else:
                values[key] = int(value)
        elif key == "seed":
            if not number or value != int(value) or not 0 <= value < SEED_LIMIT:
                problems.append(FieldProblem(f"{context}.seed", value, "a whole number from 0 to 2^63-1"))
            else:
                values[key] = int(value)
        else:
            known = ", ".join([s.name for s in SPREADS] + ["draws", "seed"])
            problems.append(FieldProblem(f"{context}.{key}", value, f"one of {known}"))
    if problems:
        raise InputError(problems)
    return UncertaintySettings(**values)


def settings_to_dict(settings: UncertaintySettings) -> dict[str, Any]:
    return {f.name: getattr(settings, f.name) for f in fields(settings)}


@dataclass(frozen=True)
class Factors:
    """Multipliers of the deterministic result, one row per draw (D draws, Y years)."""

    gas: FloatArray  # (D, Y) gasoline price relative to the household's own path
    electricity: FloatArray  # (D, Y)
    miles: FloatArray  # (D,)
    maintenance: FloatArray  # (D,)
    insurance: FloatArray  # (D,)
    depreciation: FloatArray  # (D, G) extra yearly loss of value by DEPRECIATION_GROUPS (0: the deterministic curve)
    battery: FloatArray  # (D, 2) resale multiplier at the end by BATTERY_POWERTRAINS

    @property
    def draws(self) -> int:
        return int(self.miles.shape[0])


def draw_factors(settings: UncertaintySettings, h: Household, years: int) -> Factors:
    """Random inputs, reproducible from the seed. Prices follow a random walk in log (median: the household's
    path); miles, repairs, insurance and battery health are log-normal; all are positive by construction.
    Depreciation is an extra yearly loss, normal around 0 (the car's own curve) and kept within -50% and +95% a
    year; the battery's effect on resale is clipped to x0.5-x1.5 (documented)."""
    s = settings
    rng = np.random.default_rng(s.seed)
    d = s.draws
    shocks = rng.standard_normal((2, d, years))
    rho = s.price_correlation
    gas = np.exp(s.gas_volatility * np.cumsum(shocks[0], axis=1))
    elec_shock = rho * shocks[0] + np.sqrt(max(1.0 - rho * rho, 0.0)) * shocks[1]
    electricity = np.exp(s.electricity_volatility * np.cumsum(elec_shock, axis=1))
    z = rng.standard_normal((d, _Z_BATTERY.stop))
    return Factors(
        gas=gas,
        electricity=electricity,
        miles=np.exp(s.miles_spread * z[:, _Z_MILES]),
        maintenance=np.exp(s.maintenance_spread * z[:, _Z_MAINTENANCE]),
        insurance=np.exp(s.insurance_spread * z[:, _Z_INSURANCE]),
        depreciation=np.clip(s.depreciation_spread * z[:, _Z_DEPRECIATION], *DEPRECIATION_LIMITS),
        battery=np.clip(np.exp(s.battery_health_spread * z[:, _Z_BATTERY]), *BATTERY_RESALE_LIMITS),
    )


def fixed_factors(h: Household, years: int, **moved: float) -> Factors:
    """One 'draw' with every input at its deterministic value except those moved (for the tornado):
    gas, electricity, miles, maintenance, insurance (multipliers), depreciation (added to every group's
    rate), battery (multiplier)."""
    one = np.ones((1, years))
    return Factors(
        gas=one * moved.get("gas", 1.0),
        electricity=one * moved.get("electricity", 1.0),
        miles=np.array([moved.get("miles", 1.0)]),
        maintenance=np.array([moved.get("maintenance", 1.0)]),
        insurance=np.array([moved.get("insurance", 1.0)]),
        depreciation=np.full((1, len(DEPRECIATION_GROUPS)), float(np.clip(moved.get("depreciation", 0.0), *DEPRECIATION_LIMITS))),
        battery=np.full((1, len(BATTERY_POWERTRAINS)), moved.get("battery", 1.0)),
    )


def _factor_columns(powertrain: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each vehicle's column in Factors.depreciation (by DEPRECIATION_GROUPS; other powertrains move with the last)
    and in Factors.battery (by BATTERY_POWERTRAINS; -1 for none)."""
    last = len(DEPRECIATION_GROUPS) - 1
    group = np.select([powertrain == g for g in DEPRECIATION_GROUPS[:last]], list(range(last)), default=last)
    battery_col = np.select([powertrain == p for p in BATTERY_POWERTRAINS], list(range(len(BATTERY_POWERTRAINS))), default=-1)
    return group, battery_col


def simulate_curves(result: CostResult, h: Household, powertrain: np.ndarray, price: FloatArray, factors: Factors) -> FloatArray:
    """(D, N, Y+1) net cost of ownership if sold at purchase and at each year end, per draw."""
    n, years = result.costs.shape[:2]
    t = np.arange(years, dtype=float)
    disc = (1 + h.discount_rate) ** -t
    fuel_path = result.energy.fuel_cost[:, None] * (1 + h.fuel_escalation) ** t * disc  # (N, Y)
    elec_path = result.energy.electricity_cost[:, None] * (1 + h.electricity_escalation) ** t * disc
    miles = factors.miles[:, None, None]
    energy = miles * (fuel_path[None] * factors.gas[:, None, :] + elec_path[None] * factors.electricity[:, None, :])
    extra = energy - result.costs[None, :, :, CAT["energy"]]
    extra = extra + result.costs[None, :, :, CAT["maintenance"]] * (miles * factors.maintenance[:, None, None] - 1)
    extra = extra + result.costs[None, :, :, CAT["insurance"]] * (factors.insurance[:, None, None] - 1)
    curves = cost_curve(result)[None] + np.concatenate([np.zeros((factors.draws, n, 1)), np.cumsum(extra, axis=2)], axis=2)
    if h.financing == "lease":
        return np.asarray(curves)
    group, battery_col = _factor_columns(powertrain)
    age = np.arange(years + 1, dtype=float)
    base_value = _base_value(result, price, years)  # (N, Y+1), the deterministic curve
    dep = factors.depreciation[:, group]  # (D, N)
    value = base_value[None] * (1 - dep[:, :, None]) ** age[None, None, :]  # (D, N, Y+1)
    health = np.where(battery_col >= 0, factors.battery[:, np.maximum(battery_col, 0)], 1.0)  # (D, N)
    value = value * (1 + (health[:, :, None] - 1) * age[None, None, :] / years)
    at_year_end = (1 + h.discount_rate) ** -age
    # what the car fetches replaces the deterministic value (the loan owed is unchanged)
    return np.asarray(curves - (value - base_value[None]) * at_year_end[None, None, :])


def chunk_of(factors: Factors, start: int, stop: int) -> Factors:
    """The draws start..stop-1 of `factors`."""
    return Factors(**{f.name: getattr(factors, f.name)[start:stop] for f in fields(factors)})


def simulate_totals(result: CostResult, h: Household, powertrain: np.ndarray, price: FloatArray, factors: Factors) -> FloatArray:
    """(D, N) total cost of ownership per draw: `simulate_curves(...)[:, :, -1]` without the yearly detail
    (sums over the years become matrix products, so many vehicles cost little)."""
    n, years = result.costs.shape[:2]
    t = np.arange(years, dtype=float)
    disc = (1 + h.discount_rate) ** -t
    fuel_path = result.energy.fuel_cost[:, None] * (1 + h.fuel_escalation) ** t * disc  # (N, Y)
    elec_path = result.energy.electricity_cost[:, None] * (1 + h.electricity_escalation) ** t * disc
    energy = factors.miles[:, None] * (factors.gas @ fuel_path.T + factors.electricity @ elec_path.T)  # (D, N)
    costs = result.costs.sum(axis=1)  # (N, C) over the years
    extra = energy - costs[None, :, CAT["energy"]]
    extra += costs[None, :, CAT["maintenance"]] * (factors.miles * factors.maintenance - 1)[:, None]
    extra += costs[None, :, CAT["insurance"]] * (factors.insurance - 1)[:, None]
    totals = result.total[None, :] + extra
    if h.financing == "lease":
        return np.asarray(totals)
    group, battery_col = _factor_columns(powertrain)
    dep = factors.depreciation[:, group]
    health = np.where(battery_col >= 0, factors.battery[:, np.maximum(battery_col, 0)], 1.0)
    base_value = _base_value(result, price, years)[:, -1]
    value = base_value[None, :] * (1 - dep) ** years * health
    return np.asarray(totals - (value - base_value[None, :]) * (1 + h.discount_rate) ** -years)


def _base_value(result: CostResult, price: FloatArray, years: int) -> FloatArray:
    """(N, Y+1) the deterministic resale values the draws move around (the cost model's own)."""
    if result.value is not None:
        return np.asarray(result.value, dtype=float)
    return np.zeros((len(price), years + 1))
