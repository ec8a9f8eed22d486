"""The active vehicle database: the user's latest import if any, else the shipped one."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from buyer_app.core.errors import UnknownVehicle
from buyer_app.core.files.datasets import pointed_folder
from buyer_app.core.files.resources import resource_path
from buyer_app.core.files.safe_read import Unreadable, read_json
from buyer_app.core.files.storage import user_data_dir
from buyer_app.core.ownership.resale import resale_columns
from buyer_app.core.region.climate import retention_column
from buyer_app.core.vehicles.prices import attach_prices, load_price_table, price_table_as_of
from buyer_app.core.vehicles.schema import COLUMNS, OPTIONAL_COLUMNS
from buyer_app.core.vehicles.search import Ranking, SearchIndex
from buyer_app.core.vehicles.user_prices import read_user_prices, user_prices_frame

VEHICLES_FILE = "vehicles.csv"
METADATA_FILE = "metadata.json"
ACTIVE_POINTER = "active.json"


def shipped_database_dir() -> Path:
    return resource_path("vehicles")


def imported_databases_dir() -> Path:
    return user_data_dir() / "databases"


@dataclass(frozen=True)
class VehicleDatabase:
    """A loaded vehicle table with its provenance."""

    frame: pd.DataFrame
    metadata: dict[str, Any]
    folder: Path
    origin: str  # "shipped" or "imported"
    prices_as_of: str
    fallback_reason: str = ""  # why an imported database was not used
    user_prices: int = 0  # rows of the user's own price file in use
    user_prices_problem: str = ""  # why the user's own price file was not used ("" when it was, or is absent)

    def get(self, ids: list[int]) -> pd.DataFrame:
        """Rows for `ids`, in that order; raises UnknownVehicle for ids not in the database."""
        positions = self._positions()
        missing = [i for i in ids if i not in positions]
        if missing:
            raise UnknownVehicle(missing)
        return self.frame.iloc[[positions[i] for i in ids]].reset_index(drop=True)

    def _positions(self) -> dict[int, int]:
        """EPA id -> row, built once per loaded database (the what-if loop calls get() often)."""
        cached: dict[int, int] | None = self.__dict__.get("_position_cache")
        if cached is None:
            cached = {int(v): k for k, v in enumerate(self.frame["id"].to_numpy())}
            object.__setattr__(self, "_position_cache", cached)
        return cached

    def search_index(self) -> SearchIndex:
        """The names normalised for search, built once per loaded database."""
        cached: SearchIndex | None = self.__dict__.get("_search_cache")
        if cached is None:
            cached = SearchIndex(self.frame)
            object.__setattr__(self, "_search_cache", cached)
        return cached

    def find(self, text: str = "", year: int | None = None, powertrain: str | None = None) -> tuple[pd.DataFrame, Ranking]:
        """Vehicles matching every word of `text` (any order; a 4-digit word from 1984 to 2030 is the model year;
        synonyms such as hybrid/HEV or SUV/sport utility), best match first, with the ranking (which says what
        did not match). When no vehicle matches every word, the frame is empty and the ranking holds the closest."""
        frame = self.frame
        mask = np.ones(len(frame), dtype=bool)
        if year is not None:
            mask &= (frame["year"] == year).to_numpy()
        if powertrain:
            mask &= (frame["powertrain"] == powertrain).to_numpy()
        ranking = self.search_index().rank(text, mask)
        return frame.iloc[ranking.positions if ranking.complete else []], ranking

    def search(self, text: str = "", year: int | None = None, powertrain: str | None = None) -> pd.DataFrame:
        """Vehicles matching every word of `text`, best first (see find)."""
        return self.find(text, year, powertrain)[0]


def read_vehicle_table(folder: Path, extra: dict[str, str] | None = None) -> tuple[pd.DataFrame, dict[str, Any]]:
    """Read one database folder (vehicles.csv + metadata.json), checking its columns; `extra`: more columns (name ->
    dtype) the folder must hold (a market pack's)."""
    dtypes = {**COLUMNS, **(extra or {})}
    try:
        metadata = read_json(folder / METADATA_FILE, 1 << 20)
    except Unreadable as exc:
        raise ValueError(f"{folder / METADATA_FILE}: {exc.reason}") from None
    if not isinstance(metadata, dict):
        raise ValueError(f"{folder / METADATA_FILE}: not the metadata object an import writes")
    frame = pd.read_csv(
        folder / VEHICLES_FILE,
        dtype=dtypes,
        keep_default_na=False,
        na_values={c: [""] for c, t in dtypes.items() if t == "float64"},
    )
    missing = set(dtypes) - set(frame.columns)
    if missing - set(OPTIONAL_COLUMNS):
        raise ValueError(f"{folder / VEHICLES_FILE}: missing columns {sorted(missing - set(OPTIONAL_COLUMNS))}")
    for column in sorted(missing):  # an import made before these columns existed
        frame[column] = pd.Series(OPTIONAL_COLUMNS[column], index=frame.index, dtype=COLUMNS[column])
    return frame, metadata


def active_imported_folder() -> Path | None:
    """The folder of the user's active imported database, or None; ValueError naming the problem when the pointer
    file cannot be used (the shipped database is then used, and the reason shown)."""
    pointer = imported_databases_dir() / ACTIVE_POINTER
    name = pointed_folder(pointer, "db")
    if name is None:
        return None
    folder = imported_databases_dir() / name
    if not folder.is_dir():
        raise ValueError(f"{pointer}: names {name}, which is not a folder of {imported_databases_dir()}")
    return folder


def load_database(with_prices: bool = True) -> VehicleDatabase:
    """Load the active database; a damaged import falls back to the shipped one and says why."""
    fallback = ""
    try:
        folder = active_imported_folder()
        if folder is not None:
            frame, metadata = read_vehicle_table(folder)
            return _finish(frame, metadata, folder, "imported", with_prices)
    except (OSError, ValueError, KeyError) as exc:
        fallback = f"the imported database could not be read ({exc}); using the shipped one"
    folder = shipped_database_dir()
    frame, metadata = read_vehicle_table(folder)
    return _finish(frame, metadata, folder, "shipped", with_prices, fallback)


def _finish(
    frame: pd.DataFrame, metadata: dict[str, Any], folder: Path, origin: str, with_prices: bool, fallback: str = ""
) -> VehicleDatabase:
    as_of, mine, problem = "", 0, ""
    (frame["body"], frame["resale_first_year_loss"], frame["resale_retained_5yr"], frame["resale_segment_5yr"]) = resale_columns(
        frame
    )
    frame["retention_32f"] = retention_column(frame)
    if with_prices:
        table = load_price_table()
        try:
            rows = read_user_prices()
        except Unreadable as exc:
            rows, problem = [], f"your price file {exc.path} cannot be used ({exc.reason}); it is left as it is"
        mine = len(rows)
        frame = attach_prices(frame, table, user_prices_frame(rows) if rows else None)
        as_of = price_table_as_of(table)
    return VehicleDatabase(
        frame=frame,
        metadata=metadata,
        folder=folder,
        origin=origin,
        prices_as_of=as_of,
        fallback_reason=fallback,
        user_prices=mine,
        user_prices_problem=problem,
    )
