"""Insurance: a car's yearly premium is the state's average full-coverage premium for a reference car (Bankrate,
September 2025: a 2023 Camry) times factors for its body class and powertrain, times (value / reference price)^e
for its value; the value-dependent part (collision and comprehensive) falls with the car's value as it ages.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np
import numpy.typing as npt
import pandas as pd

from buyer_app.core.ownership.tables import INSURANCE_FACTOR_RANGE, STATE_PREMIUM_RANGE_USD, FloatArray, number, table_rows


@dataclass(frozen=True)
class InsuranceFactors:
    reference_price: float
    price_elasticity: float
    value_independent_share: float
    powertrain: dict[str, float]
    body: dict[str, float]
    sources: dict[str, tuple[str, str]]  # "factor:key" -> (source, as_of)


@cache
def insurance_factors() -> InsuranceFactors:
    rows = table_rows("insurance_factors.csv")
    scalars: dict[str, float] = {}
    groups: dict[str, dict[str, float]] = {"powertrain": {}, "body": {}}
    sources = {}
    for k, row in enumerate(rows):
        where = f"insurance_factors.csv row {k + 2}"
        value = number(row["value"], *INSURANCE_FACTOR_RANGE, where)
        if row["factor"] in groups:
            groups[row["factor"]][row["key"]] = value
        else:
            scalars[row["factor"]] = value
        sources[f"{row['factor']}:{row['key']}"] = (row["source"], row["as_of"])
    return InsuranceFactors(
        scalars["reference_price"],
        scalars["price_elasticity"],
        scalars["value_independent_share"],
        groups["powertrain"],
        groups["body"],
        sources,
    )


@cache
def state_premiums() -> dict[str, tuple[float, str, str]]:
    """State (and "US") -> (average yearly full-coverage premium of the reference car, source, as of)."""
    out = {}
    for k, row in enumerate(table_rows("insurance_by_state.csv")):
        out[row["state"]] = (
            number(row["full_coverage_usd"], *STATE_PREMIUM_RANGE_USD, f"insurance_by_state.csv row {k + 2}"),
            row["source"],
            row["as_of"],
        )
    return out


def _factor_of(keys: npt.NDArray[np.str_], factors: dict[str, float]) -> FloatArray:
    """Each key's factor (1.0 when it has none), looked up once per distinct key: a whole database is 15,000 rows."""
    at, distinct = pd.factorize(np.asarray(keys, dtype=object))
    return np.array([factors.get(str(k), 1.0) for k in distinct] or [1.0], dtype=float)[at]


def premiums(
    reference: float,
    powertrain: npt.NDArray[np.str_],
    bodies: npt.NDArray[np.str_],
    value: FloatArray,
    years: int,
    factors: InsuranceFactors | None = None,
) -> FloatArray:
    """(N, years): each car's yearly premium. `reference` is the household's premium for the reference car (its
    state's average unless it set its own); `value` (N, years + 1) what the car is worth (its price at t = 0; a car
    without a known price is insured as a car of the reference price). `factors`: a market's own (the US table's by
    default)."""
    f = factors or insurance_factors()
    pt = _factor_of(powertrain, f.powertrain)
    body = _factor_of(bodies, f.body)
    start = np.where(value[:, 0] > 0, value[:, 0], f.reference_price)
    level = reference * pt * body * (start / f.reference_price) ** f.price_elasticity
    with np.errstate(divide="ignore", invalid="ignore"):
        kept = np.where(value[:, :1] > 0, value[:, :-1] / value[:, :1], 1.0)  # value at the start of each year
    share = f.value_independent_share
    return np.asarray(level[:, None] * (share + (1 - share) * kept), dtype=float)
