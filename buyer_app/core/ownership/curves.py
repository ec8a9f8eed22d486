"""What owning a car costs besides energy and upkeep: what it keeps of its value (resale) and what insuring it costs,
each from published figures (resources/ownership/, every row with its source and date).

Resale: the share of the price a car keeps at age t follows R(t) = (1 - d1) (1 - r)^(t - 1) for t >= 1, R(0) = 1,
with the first-year loss d1 by powertrain and r set so that R(5) is the published five-year figure of its body
class and powertrain (iSeeCars 2025: all cars lost 45.6%, EVs 58.8%, hybrids 40.7%, SUVs 48.9%, trucks 40.4%), or of
the model itself where the study names it (Model 3 55.9%, RAV4 30.9%...). A used car bought at age a keeps
R(a + t) / R(a) of what it cost.

Insurance: a car's yearly premium is the state's average full-coverage premium for a reference car (Bankrate,
September 2025: a 2023 Camry) times factors for its body class and powertrain, times (value / reference price)^e
for its value; the value-dependent part (collision and comprehensive) falls with the car's value as it ages.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache

import numpy as np
import numpy.typing as npt
import pandas as pd

from buyer_app.core.errors import FieldProblem, InputError
from buyer_app.core.files.resources import resource_path

FloatArray = npt.NDArray[np.float64]
BODIES = ("car", "sports", "suv", "pickup", "minivan")
FIVE_YEARS = 5
# what resources/ownership/ may hold (a value outside is a typo there, refused with its row)
FIRST_YEAR_LOSS_RANGE = (0, 0.6)  # share of the price lost in the first year
RETAINED_5YR_RANGE = (0.1, 0.95)  # share of the price kept after five years
INSURANCE_FACTOR_RANGE = (0, 1e6)  # insurance_factors.csv values (factors, reference price, elasticity)
STATE_PREMIUM_RANGE_USD = (300, 20000)  # a state's average yearly full-coverage premium
MIN_KEPT_SHARE = 1e-6  # floor of the share kept from year 1 to 5, so that its yearly root stays finite and positive


def body_class(epa_class: str) -> str:
    """The body class of an EPA size class ("Small Sport Utility Vehicle 4WD" -> "suv")."""
    text = epa_class.lower()
    if "pickup" in text:
        return "pickup"
    if "sport utility" in text or "special purpose" in text:
        return "suv"
    if "minivan" in text or "van" in text:
        return "minivan"
    if "two seater" in text:
        return "sports"
    return "car"


@dataclass(frozen=True)
class CurveRow:
    first_year_loss: float
    retained_5yr: float
    source: str
    as_of: str


def _rows(name: str) -> list[dict[str, str]]:
    path = resource_path("ownership", name)
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _number(raw: str, lo: float, hi: float, where: str) -> float:
    try:
        value = float(raw)
    except ValueError:
        value = float("nan")
    if not lo <= value <= hi:
        raise InputError([FieldProblem(where, raw, f"a number from {lo:g} to {hi:g}")], "resources/ownership")
    return value


@cache
def resale_table() -> dict[tuple[str, str], CurveRow]:
    """(powertrain, body) -> the segment curve's parameters, checked."""
    out = {}
    for k, row in enumerate(_rows("resale_curves.csv")):
        where = f"resale_curves.csv row {k + 2}"
        out[(row["powertrain"], row["body"])] = CurveRow(_number(row["first_year_loss"], *FIRST_YEAR_LOSS_RANGE, where),
                                                         _number(row["retained_5yr"], *RETAINED_5YR_RANGE, where),
                                                         row["source"], row["as_of"])
    return out


@cache
def model_table() -> dict[tuple[str, str, str], CurveRow]:
    """(make, base model, powertrain) -> a model's own five-year figure."""
    out = {}
    for k, row in enumerate(_rows("resale_models.csv")):
        where = f"resale_models.csv row {k + 2}"
        out[(row["make"], row["base_model"], row["powertrain"])] = CurveRow(
            float("nan"), _number(row["retained_5yr"], *RETAINED_5YR_RANGE, where), row["source"], row["as_of"])
    return out


def curve_for(powertrain: str, body: str, make: str = "", base_model: str = "") -> CurveRow:
    """The curve parameters of one vehicle: its model's five-year figure where published, else its segment's."""
    segment = resale_table().get((powertrain, body)) or resale_table()[("ice", body if body in BODIES else "car")]
    own = model_table().get((make, base_model, powertrain))
    if own is None:
        return segment
    return CurveRow(segment.first_year_loss, own.retained_5yr, own.source, own.as_of)


def retained(first_year_loss: FloatArray, retained_5yr: FloatArray, ages: FloatArray,
             segment_5yr: FloatArray | None = None) -> FloatArray:
    """R(age) for each vehicle (rows) at each age (columns, in years, fractional allowed). Up to five years the
    curve meets the car's own five-year figure; after five years it falls at its segment's yearly rate (a model's
    published figure says nothing of later years), `segment_5yr` (default: the car's own)."""
    d1 = first_year_loss[:, None]
    yearly = _yearly(first_year_loss, retained_5yr)[:, None]  # (1 - r)
    later_yearly = yearly if segment_5yr is None else _yearly(first_year_loss, segment_5yr)[:, None]
    ages = np.asarray(ages, dtype=float)
    first = 1 - d1 * np.clip(ages, 0, 1)  # the first year's loss spread over the first year
    middle = (1 - d1) * yearly ** np.clip(ages - 1, 0, FIVE_YEARS - 1)
    late = later_yearly ** np.clip(ages - FIVE_YEARS, 0, None)
    return np.asarray(np.where(ages <= 1, first, middle * late), dtype=float)


def _yearly(first_year_loss: FloatArray, retained_5yr: FloatArray) -> FloatArray:
    """(1 - r): the yearly share kept from year 1 to year 5."""
    return np.asarray(np.clip(retained_5yr / (1 - first_year_loss), MIN_KEPT_SHARE, None) ** (1 / (FIVE_YEARS - 1)),
                      dtype=float)


def value_path(price: FloatArray, first_year_loss: FloatArray, retained_5yr: FloatArray, age_at_purchase: FloatArray,
               years: int, segment_5yr: FloatArray | None = None) -> FloatArray:
    """(N, years + 1): what each car is worth at purchase and at each year end, from what it cost (NaN price: 0)."""
    ages = age_at_purchase[:, None] + np.arange(years + 1, dtype=float)[None, :]
    curve = retained(first_year_loss, retained_5yr, ages, segment_5yr)
    share = curve / curve[:, :1]
    return np.asarray(np.nan_to_num(price)[:, None] * share, dtype=float)


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
    rows = _rows("insurance_factors.csv")
    scalars: dict[str, float] = {}
    groups: dict[str, dict[str, float]] = {"powertrain": {}, "body": {}}
    sources = {}
    for k, row in enumerate(rows):
        where = f"insurance_factors.csv row {k + 2}"
        value = _number(row["value"], *INSURANCE_FACTOR_RANGE, where)
        if row["factor"] in groups:
            groups[row["factor"]][row["key"]] = value
        else:
            scalars[row["factor"]] = value
        sources[f"{row['factor']}:{row['key']}"] = (row["source"], row["as_of"])
    return InsuranceFactors(scalars["reference_price"], scalars["price_elasticity"], scalars["value_independent_share"],
                            groups["powertrain"], groups["body"], sources)


@cache
def state_premiums() -> dict[str, tuple[float, str, str]]:
    """State (and "US") -> (average yearly full-coverage premium of the reference car, source, as of)."""
    out = {}
    for k, row in enumerate(_rows("insurance_by_state.csv")):
        out[row["state"]] = (_number(row["full_coverage_usd"], *STATE_PREMIUM_RANGE_USD, f"insurance_by_state.csv row {k + 2}"),
                             row["source"], row["as_of"])
    return out


def _factor_of(keys: npt.NDArray[np.str_], factors: dict[str, float]) -> FloatArray:
    """Each key's factor (1.0 when it has none), looked up once per distinct key: a whole database is 15,000 rows."""
    at, distinct = pd.factorize(np.asarray(keys, dtype=object))
    return np.array([factors.get(str(k), 1.0) for k in distinct] or [1.0], dtype=float)[at]


def premiums(reference: float, powertrain: npt.NDArray[np.str_], bodies: npt.NDArray[np.str_], value: FloatArray,
             years: int) -> FloatArray:
    """(N, years): each car's yearly premium. `reference` is the household's premium for the reference car (its
    state's average unless it set its own); `value` (N, years + 1) what the car is worth (its price at t = 0; a car
    without a known price is insured as a car of the reference price)."""
    f = insurance_factors()
    pt = _factor_of(powertrain, f.powertrain)
    body = _factor_of(bodies, f.body)
    start = np.where(value[:, 0] > 0, value[:, 0], f.reference_price)
    level = reference * pt * body * (start / f.reference_price) ** f.price_elasticity
    with np.errstate(divide="ignore", invalid="ignore"):
        kept = np.where(value[:, :1] > 0, value[:, :-1] / value[:, :1], 1.0)  # value at the start of each year
    share = f.value_independent_share
    return np.asarray(level[:, None] * (share + (1 - share) * kept), dtype=float)


def resale_columns(frame: pd.DataFrame) -> tuple[npt.NDArray[np.str_], FloatArray, FloatArray, FloatArray]:
    """(body class, first-year loss, five-year retained share, the segment's five-year share) for each row of a
    vehicle table (columns powertrain, epa_class, make, base_model): the segment's curve, then each model's own
    figure where published. Vectorised over the distinct values (a whole database takes a few milliseconds)."""
    class_at, classes = pd.factorize(frame["epa_class"].fillna(""))
    class_bodies = np.array([body_class(str(c)) for c in classes] or ["car"], dtype=str)
    pt_at, pts = pd.factorize(frame["powertrain"])
    segment = np.empty((max(len(pts), 1), len(class_bodies), 2))
    for i, pt in enumerate(pts):
        for j, body in enumerate(class_bodies):
            row = resale_table().get((str(pt), str(body))) or resale_table()[("ice", str(body))]
            segment[i, j] = row.first_year_loss, row.retained_5yr
    values = segment[pt_at, class_at]
    d1, r5 = values[:, 0].copy(), values[:, 1].copy()
    segment_r5 = r5.copy()
    models = model_table()
    candidates = np.flatnonzero(frame["base_model"].isin({model for _mk, model, _pt in models}).to_numpy())
    if candidates.size:
        sub = frame.iloc[candidates]
        for k, key in zip(candidates, zip(sub["make"], sub["base_model"], sub["powertrain"], strict=True), strict=True):
            if key in models:
                r5[k] = models[key].retained_5yr
    return (class_bodies[class_at], np.asarray(d1, dtype=float), np.asarray(r5, dtype=float),
            np.asarray(segment_r5, dtype=float))
