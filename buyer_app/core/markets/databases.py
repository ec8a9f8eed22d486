"""The vehicle database of a market: the EPA table (or the user's import) for the US, the pack's table otherwise."""

from __future__ import annotations

from buyer_app.core.markets.market import load_market
from buyer_app.core.vehicles.database import VehicleDatabase, load_database
from buyer_app.core.vehicles.pack_database import load_pack_database


def market_database(code: str = "us", with_prices: bool = True) -> VehicleDatabase:
    """The active vehicle database of market `code`; InputError naming the code when no such market is installed."""
    market = load_market(code)
    if market.folder is None:
        return load_database(with_prices)
    return load_pack_database(market.folder, market.currency, market.name)
