"""Resale: the share of the price a car keeps at age t follows R(t) = (1 - d1) (1 - r)^(t - 1) for t >= 1, R(0) = 1,
with the first-year loss d1 by powertrain and r set so that R(5) is the published five-year figure of its body
class and powertrain (iSeeCars 2025: all cars lost 45.6%, EVs 58.8%, hybrids 40.7%, SUVs 48.9%, trucks 40.4%), or of
the model itself where the study names it (Model 3 55.9%, RAV4 30.9%...). A used car bought at age a keeps
R(a + t) / R(a) of what it cost.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np
import numpy.typing as npt
import pandas as pd

from buyer_app.core.ownership.tables import (
    BODIES,
    FIRST_YEAR_LOSS_RANGE,
    FIVE_YEARS,
    MIN_KEPT_SHARE,
    RETAINED_5YR_RANGE,
    FloatArray,
    body_class,
    number,
    table_rows,
)


@dataclass(frozen=True)
class CurveRow:
    first_year_loss: float
    retained_5yr: float
    source: str
    as_of: str


@cache
def resale_table() -> dict[tuple[str, str], CurveRow]:
    """(powertrain, body) -> the segment curve's parameters, checked."""
    out = {}
    for k, row in enumerate(table_rows("resale_curves.csv")):
        where = f"resale_curves.csv row {k + 2}"
        out[(row["powertrain"], row["body"])] = CurveRow(
            number(row["first_year_loss"], *FIRST_YEAR_LOSS_RANGE, where),
            number(row["retained_5yr"], *RETAINED_5YR_RANGE, where),
            row["source"],
            row["as_of"],
        )
    return out


@cache
def model_table() -> dict[tuple[str, str, str], CurveRow]:
    """(make, base model, powertrain) -> a model's own five-year figure."""
    out = {}
    for k, row in enumerate(table_rows("resale_models.csv")):
        where = f"resale_models.csv row {k + 2}"
        out[(row["make"], row["base_model"], row["powertrain"])] = CurveRow(
            float("nan"), number(row["retained_5yr"], *RETAINED_5YR_RANGE, where), row["source"], row["as_of"]
        )
    return out


def curve_for(powertrain: str, body: str, make: str = "", base_model: str = "") -> CurveRow:
    """The curve parameters of one vehicle: its model's five-year figure where published, else its segment's."""
    segment = resale_table().get((powertrain, body)) or resale_table()[("ice", body if body in BODIES else "car")]
    own = model_table().get((make, base_model, powertrain))
    if own is None:
        return segment
    return CurveRow(segment.first_year_loss, own.retained_5yr, own.source, own.as_of)


def retained(
    first_year_loss: FloatArray, retained_5yr: FloatArray, ages: FloatArray, segment_5yr: FloatArray | None = None
) -> FloatArray:
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
    return np.asarray(np.clip(retained_5yr / (1 - first_year_loss), MIN_KEPT_SHARE, None) ** (1 / (FIVE_YEARS - 1)), dtype=float)


def value_path(
    price: FloatArray,
    first_year_loss: FloatArray,
    retained_5yr: FloatArray,
    age_at_purchase: FloatArray,
    years: int,
    segment_5yr: FloatArray | None = None,
) -> FloatArray:
    """(N, years + 1): what each car is worth at purchase and at each year end, from what it cost (NaN price: 0)."""
    ages = age_at_purchase[:, None] + np.arange(years + 1, dtype=float)[None, :]
    curve = retained(first_year_loss, retained_5yr, ages, segment_5yr)
    share = curve / curve[:, :1]
    return np.asarray(np.nan_to_num(price)[:, None] * share, dtype=float)


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
    return (class_bodies[class_at], np.asarray(d1, dtype=float), np.asarray(r5, dtype=float), np.asarray(segment_r5, dtype=float))
