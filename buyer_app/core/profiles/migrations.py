"""The versions of the profile format and the migration of each to the next.

A file of an older version is migrated in order when it is read (`store.open_profile` then keeps the original as
`<name>.v<N>.bak` and rewrites the file); a newer version is refused with a message rather than misread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from buyer_app.core.errors import FieldProblem, InputError
from buyer_app.core.region.state_figures import STATE_NAMES, WEEK_FIELDS, regional_values

SCHEMA_VERSION = 8


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 adds the driving pattern and the climate: older profiles get the neutral ones."""
    return {**data, "driving": {"kind": "annual"}, "climate": None}


def _v2_to_v3(data: dict[str, Any]) -> dict[str, Any]:
    """Version 3 adds where and when the household buys (state "US", today) and new or used per vehicle
    (new): the defaults reproduce version 2's results."""
    return dict(data)


def _v3_to_v4(data: dict[str, Any]) -> dict[str, Any]:
    """Version 4 adds the uncertainty settings (spreads, draws, seed): older profiles get the defaults."""
    return {**data, "uncertainty": None}


# Version 4's national defaults and the values its state table filled, which version 5 replaces by better ones
_V4_INSURANCE = 1771.0
_V4_DEPRECIATION = {"depreciation_bev": 0.139, "depreciation_phev": 0.122, "depreciation_hev": 0.104, "depreciation_ice": 0.104}


def _v4_to_v5(data: dict[str, Any]) -> dict[str, Any]:
    """Version 5 estimates insurance per car, follows published resale curves, and takes a state's gasoline price as
    the average of the latest months. A version-4 household keeps every figure its owner typed; what version 4
    filled in by default (insurance $1,771 for every car, the four yearly depreciation rates, the state's gasoline
    prices of the week of 2026-04-27) gives way to the new defaults."""
    household = data.get("household")
    if not isinstance(household, dict):
        return dict(data)
    household = dict(household)
    if household.get("insurance_annual") == _V4_INSURANCE:
        household.pop("insurance_annual")
    rates = {k: household.get(k, v) for k, v in _V4_DEPRECIATION.items()}
    household["resale_basis"] = "published" if rates == _V4_DEPRECIATION else "your_rates"
    state = household.get("state", "US")
    if isinstance(state, str) and state in STATE_NAMES and state != "US":
        week = regional_values(state, "latest_week")
        for name in WEEK_FIELDS:
            if name in household and name in week and household[name] == week[name]:
                household.pop(name)  # the state's figure of version 4: the state fills its average now
    return {**data, "household": household}


def _v5_to_v6(data: dict[str, Any]) -> dict[str, Any]:
    """Version 6 adds how the faces show figures (`units`) and the currency of the amounts (`currency`): older
    profiles are shown as before, in US units and US dollars."""
    return {"units": "us", "currency": "USD", **data}  # a value the file already holds is kept, and checked


def _v6_to_v7(data: dict[str, Any]) -> dict[str, Any]:
    """Version 7 adds the weekly charging calendar (`charging_calendar`): older profiles have none, so they charge
    as `home_charging` says, every night at home, as before."""
    return {"charging_calendar": None, **data}  # a value the file already holds is kept, and checked


def _v7_to_v8(data: dict[str, Any]) -> dict[str, Any]:
    """Version 8 names the profile's market (`market`): older profiles are all of the US market."""
    return {"market": "us", **data}  # a value the file already holds is kept, and checked


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    1: _v1_to_v2,
    2: _v2_to_v3,
    3: _v3_to_v4,
    4: _v4_to_v5,
    5: _v5_to_v6,
    6: _v6_to_v7,
    7: _v7_to_v8,
}


def migrate(data: dict[str, Any], context: str) -> dict[str, Any]:
    """`data` brought to SCHEMA_VERSION, one migration after the other; InputError for a version that is not a whole
    number from 1, or is newer than this app's."""
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise InputError([FieldProblem("schema_version", version, f"a whole number from 1 to {SCHEMA_VERSION}")], context)
    if version > SCHEMA_VERSION:
        raise InputError(
            [
                FieldProblem(
                    "schema_version",
                    version,
                    f"at most {SCHEMA_VERSION}: this file was written by a newer version of the app; update the app to open it",
                )
            ],
            context,
        )
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
        data["schema_version"] = version
    return data
