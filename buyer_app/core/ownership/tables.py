"""The published ownership tables in resources/ownership/ read and checked (a value outside its range is a typo there,
refused with its row), and the body class every table is keyed by."""

from __future__ import annotations

import csv

import numpy as np
import numpy.typing as npt

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


def table_rows(name: str) -> list[dict[str, str]]:
    path = resource_path("ownership", name)
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def number(raw: str, lo: float, hi: float, where: str) -> float:
    try:
        value = float(raw)
    except ValueError:
        value = float("nan")
    if not lo <= value <= hi:
        raise InputError([FieldProblem(where, raw, f"a number from {lo:g} to {hi:g}")], "resources/ownership")
    return value
