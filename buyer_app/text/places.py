"""A household's place in the reader's language: a market pack's city by its own name in Chinese (上海) when the
words are Chinese, else as the data names it (Shanghai, Colorado)."""

from __future__ import annotations

from buyer_app.core.markets.market import market_of_region
from buyer_app.core.markets.regions import Region, market_regions, place_name
from buyer_app.text.translate import current_language


def place_words(code: str) -> str:
    """The region's name for the reader: its Chinese name in Chinese where the pack gives one."""
    market = market_of_region(code) if isinstance(code, str) else None
    if market is not None and not market.is_us and current_language().startswith("zh"):
        region = market_regions(market).get(code)
        if region is not None and region.name_zh:
            return region.name_zh
    return place_name(code)


def region_words(region: Region, field: str) -> str:
    """A text figure of the region in the reader's language: `field`_zh in Chinese where the pack gives it."""
    if current_language().startswith("zh"):
        local = region.text(f"{field}_zh")
        if local:
            return local
    return region.text(field)
