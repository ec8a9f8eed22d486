"""An answer card's words (`Card`) and where its car stands (`Place`), light enough for the window's first paint.

Kept apart from `text.answer` (which works them out from a comparison, with numpy) so that the start-up preview can
show the cards saved by the last run before pandas, numpy and pyqtgraph are loaded. `card_to_dict` and
`card_from_dict` turn a card into plain JSON values and back; the reader checks every field (the cache file they
go to is the user's to damage) and raises ValueError naming the first field it cannot use.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields
from enum import StrEnum
from typing import Any

from buyer_app.text.translate import tr_noop

SIMULATING = tr_noop("How sure: simulating the futures…")  # tr() where it is shown
MAX_LINE = 2000  # characters in one line of a card: far more than any the app words


class Standing(StrEnum):
    """Where one car stands against the others over the years owned."""

    NEEDS_PRICE = "needs price"
    ONLY_PRICED = "only priced"  # the one car with a price: nothing to stand against
    FROM_DAY_ONE = "cheaper from day one"  # the cheapest over the years, never dearer on the way
    PAYS_BACK = "pays back"  # dearer to buy than the cheapest-to-buy, cheaper to have owned after `years`
    COSTS_MORE = "costs more"  # costs `more` over the years than the cheapest car


@dataclass(frozen=True)
class Place:
    """A car's standing in figures: `years` of the pay-back (PAYS_BACK), `more` than the cheapest (USD), the
    cheapest car's label (`against`) and whether this car is the cheapest over the years."""

    standing: Standing
    cheapest: bool = False
    years: float | None = None
    more: float = 0.0
    against: str = ""  # the cheapest car over the years (its short name)


@dataclass(frozen=True)
class Card:
    """Every line of one answer card, in words; `monthly`/`total` are '' for a car without a price."""

    name: str
    headline: str  # '$612 a month' or 'Needs a price'
    total: str  # '$58,700 over 8 years, after selling it' or why there is none
    standing: str
    place: Place
    price: str
    price_source: str  # where a base MSRP comes from ('' for a quote or none)
    sure: str  # '' when no run is available
    level: int | None  # 0-10 for the meter; None without a run or a price
    range: str
    charging: str
    worry: str
    priced: bool


def card_to_dict(card: Card) -> dict[str, Any]:
    """The card as plain JSON values (the standing by its value)."""
    data = asdict(card)
    data["place"]["standing"] = card.place.standing.value
    return data


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or len(value) > MAX_LINE or "\0" in value:
        raise ValueError(f"{key}: {type(value).__name__}, not a text of at most {MAX_LINE} characters")
    return value


def _flag(data: dict[str, Any], key: str) -> bool:
    value = data.get(key)
    if not isinstance(value, bool):
        raise ValueError(f"{key}: {type(value).__name__}, not true or false")
    return value


def _number(data: dict[str, Any], key: str, optional: bool = False) -> float | None:
    value = data.get(key)
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError(f"{key}: {value!r:.40}, not a finite number")
    return float(value)


def place_from_dict(data: Any) -> Place:
    if not isinstance(data, dict) or set(data) != {f.name for f in fields(Place)}:
        raise ValueError("place: not an object with " + ", ".join(f.name for f in fields(Place)))
    try:
        standing = Standing(data["standing"])
    except ValueError:
        raise ValueError(f"place.standing: {data['standing']!r:.40} is not one of {[s.value for s in Standing]}") from None
    more = _number(data, "more")
    return Place(standing, _flag(data, "cheapest"), _number(data, "years", optional=True), more or 0.0, _text(data, "against"))


def card_from_dict(data: Any) -> Card:
    """A card read back from plain JSON values; ValueError naming the field that cannot be used."""
    if not isinstance(data, dict) or set(data) != {f.name for f in fields(Card)}:
        raise ValueError("card: not an object with exactly the fields " + ", ".join(f.name for f in fields(Card)))
    level = data["level"]
    if level is not None and (isinstance(level, bool) or not isinstance(level, int) or not 0 <= level <= 10):
        raise ValueError(f"level: {level!r:.40}, not a whole number from 0 to 10 (or null)")
    return Card(
        name=_text(data, "name"),
        headline=_text(data, "headline"),
        total=_text(data, "total"),
        standing=_text(data, "standing"),
        place=place_from_dict(data["place"]),
        price=_text(data, "price"),
        price_source=_text(data, "price_source"),
        sure=_text(data, "sure"),
        level=level,
        range=_text(data, "range"),
        charging=_text(data, "charging"),
        worry=_text(data, "worry"),
        priced=_flag(data, "priced"),
    )
