"""The vehicle database of a market: the EPA table (or the user's import) for the US, the pack's table otherwise."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

from buyer_app.core.markets.market import installed_market_codes, load_market
from buyer_app.core.vehicles.database import VehicleDatabase, load_database
from buyer_app.core.vehicles.pack_database import load_pack_database


def market_database(code: str = "us", with_prices: bool = True) -> VehicleDatabase:
    """The active vehicle database of market `code`; InputError naming the code when no such market is installed."""
    market = load_market(code)
    if market.folder is None:
        return load_database(with_prices)
    return _pack(code)


@cache
def _pack(code: str) -> VehicleDatabase:
    """A pack's table, read once a process (packs ship with the app; nothing imports into them)."""
    market = load_market(code)
    assert market.folder is not None
    return load_pack_database(market.folder, market.currency, market.name)


def market_of_vehicle(vehicle_id: int) -> str:
    """The market whose table a vehicle id belongs to: a pack's ids start at its `vehicle_id_base`."""
    bases = sorted(((load_market(c).vehicle_id_base, c) for c in installed_market_codes()[1:]), reverse=True)
    return next((code for base, code in bases if vehicle_id >= base), "us")


def unsupported_in_markets(us: VehicleDatabase) -> Callable[[Sequence[int]], list[int]]:
    """`unsupported(ids)` over every market: each id checked in its own market's table (`us` for the EPA ids)."""

    def unsupported(ids: Sequence[int]) -> list[int]:
        out = []
        for i in ids:
            code = market_of_vehicle(i)
            frame = (us if code == "us" else _pack(code)).frame
            row = frame.loc[frame["id"] == i, "supported"]
            if row.empty or not bool(row.iloc[0]):
                out.append(i)
        return out

    return unsupported
