"""A market pack's vehicle table (resources/markets/<code>/vehicles.csv) as a VehicleDatabase.

The pack writes the app's vehicle columns in the engine's units with its test cycle's real-world factor applied, and
adds its own: the guide price in the market's currency (`msrp_local`), its basis, date and source, the published
cycle figures (`cycle`, `cycle_range_km`, `cycle_kwh_100km`, `cycle_l_100km`), what was derived (`derived`) and the
engine displacement. Here the guide price becomes the price columns the cost model reads (`msrp_usd` holds the amount
in the market's currency: the engine is currency-blind).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from buyer_app.core.ownership.resale import resale_columns
from buyer_app.core.region.climate import retention_column
from buyer_app.core.vehicles.database import VEHICLES_FILE, VehicleDatabase, read_vehicle_table

PACK_COLUMNS: dict[str, str] = {
    "msrp_local": "float64",
    "price_basis": "string",
    "price_date": "string",
    "price_source": "string",
    "cycle": "string",
    "cycle_range_km": "float64",
    "cycle_kwh_100km": "float64",
    "cycle_l_100km": "float64",
    "derived": "string",
    "displacement_l": "float64",
}


def read_pack_vehicles(folder: Path) -> tuple[pd.DataFrame, dict[str, object]]:
    """The pack's vehicles and metadata, columns checked (the app's and the pack's own); ValueError naming the file
    and what is wrong."""
    frame, metadata = read_vehicle_table(folder, PACK_COLUMNS)
    if frame["id"].duplicated().any():
        raise ValueError(f"{folder / VEHICLES_FILE}: ids {sorted(frame.loc[frame['id'].duplicated(), 'id'])} twice")
    return frame, metadata


def load_pack_database(folder: Path, currency: str, market: str = "") -> VehicleDatabase:
    """The pack's vehicles with their guide prices as the price columns, resale and winter columns as the US
    table's."""
    frame, metadata = read_pack_vehicles(folder)
    (frame["body"], frame["resale_first_year_loss"], frame["resale_retained_5yr"], frame["resale_segment_5yr"]) = resale_columns(
        frame
    )
    frame["retention_32f"] = retention_column(frame)
    priced = frame["msrp_local"].notna()
    frame["msrp_usd"] = frame["msrp_local"]
    frame["msrp_trim"] = frame["price_basis"].where(priced, "")
    frame["msrp_year"] = np.where(priced, frame["year"], 0)
    frame["msrp_as_of"] = frame["price_date"].where(priced, "")
    frame["msrp_source"] = frame["price_source"].where(priced, "")
    dates = frame.loc[priced, "price_date"].dropna().astype(str)
    return VehicleDatabase(
        frame=frame,
        metadata={**metadata, "currency": currency, "market": market or folder.name},
        folder=folder,
        origin="shipped",
        prices_as_of=max(dates) if len(dates) else "",
    )
