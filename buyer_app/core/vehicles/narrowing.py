"""The picker's whole narrowing in one pass: facets, type and body, the shopper's words (ranked), then the price
and range limits, counting what each limit hides and why (a car with no price is hidden by a maximum price as
surely as one above it, and the shopper must be told)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np
import numpy.typing as npt

from buyer_app.core.vehicles.facets import Choice
from buyer_app.core.vehicles.search import Ranking, SearchIndex


class Hidden(StrEnum):
    """Why a car that matches the words and choices is not listed."""

    NO_PRICE = "no_price"  # a maximum price is set and the car has no sourced price
    ABOVE_MAX_PRICE = "above_max_price"
    NO_ELECTRIC_RANGE = "no_electric_range"  # a minimum electric range is set and the car does not plug in
    BELOW_MIN_RANGE = "below_min_range"


@dataclass(frozen=True)
class Limits:
    """Everything the picker narrows by besides the words."""

    choice: Choice = field(default_factory=Choice)
    powertrain: str = ""  # a Powertrain code, "" any
    body: str = ""  # a body class of ownership.tables.BODIES, "" any
    max_price: float | None = None  # USD, base MSRP
    min_range: float | None = None  # miles on electricity


@dataclass(frozen=True)
class Narrowed:
    """Rows to list (positions in the index's table, in order), the ranking of the words and what the limits hid."""

    positions: npt.NDArray[np.int64]
    ranking: Ranking
    hidden: dict[Hidden, int]


def narrow(index: SearchIndex, text: str, limits: Limits, rank: bool = True) -> Narrowed:
    """Rows of `index`'s table within `limits` that match `text`; best match first when `rank`, else in the
    table's order."""
    frame = index.frame
    mask = limits.choice.mask(frame)
    if limits.powertrain:
        mask &= (frame["powertrain"] == limits.powertrain).to_numpy(dtype=bool)
    if limits.body:
        mask &= (frame["body"] == limits.body).to_numpy(dtype=bool)
    ranking = index.rank(text, mask)
    found = ranking.positions if rank else np.sort(ranking.positions)
    keep = np.ones(len(found), dtype=bool)
    hidden: dict[Hidden, int] = {}
    if limits.max_price is not None:
        price = frame["msrp_usd"].to_numpy(dtype=float)[found]
        unpriced, above = np.isnan(price), price > limits.max_price
        hidden[Hidden.NO_PRICE] = int(unpriced.sum())
        hidden[Hidden.ABOVE_MAX_PRICE] = int(above.sum())
        keep &= ~unpriced & ~above
    if limits.min_range:  # 0 asks for nothing
        electric = frame["electric_range_mi"].to_numpy(dtype=float)[found]
        none = np.isnan(electric) | (electric <= 0)
        below = ~none & (electric < limits.min_range)
        hidden[Hidden.NO_ELECTRIC_RANGE] = int((none & keep).sum())
        hidden[Hidden.BELOW_MIN_RANGE] = int((below & keep).sum())
        keep &= ~none & ~below
    return Narrowed(found[keep], ranking, {k: v for k, v in hidden.items() if v})
