"""The curated US base-MSRP table and its matching onto vehicles (make, base model, year, trim)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from buyer_app.core.resources import resource_path

PRICE_COLUMNS = ["msrp_usd", "msrp_trim", "msrp_year", "msrp_as_of", "msrp_source"]
_PRICE_POWERTRAIN = {"flex": "ice"}  # diesels are priced only by their own rows


def load_price_table(path: Path | None = None) -> pd.DataFrame:
    """The curated table (rows without a price included: they record a known gap)."""
    table = pd.read_csv(path or resource_path("prices", "us_msrp.csv"), dtype={"epa_model_regex": "string"})
    table["epa_model_regex"] = table["epa_model_regex"].fillna("")
    return table


def price_table_as_of(table: pd.DataFrame) -> str:
    """The newest ISO date among the as_of values of rows that carry a price."""
    dates = table.loc[table["msrp_usd"].notna(), "as_of"].astype(str).str.extract(r"(\d{4}-\d{2}(?:-\d{2})?)")[0].dropna()
    return str(dates.max()) if not dates.empty else ""


def attach_prices(vehicles: pd.DataFrame, table: pd.DataFrame) -> pd.DataFrame:
    """Add msrp_* columns: the lowest matching trim price of the same model year, else of the year before.

    A row with a regex applies to the EPA variants whose model it matches; a row without one is the
    nameplate's base price for every variant of that powertrain. Unpriced vehicles keep NaN.
    """
    priced = table[table["msrp_usd"].notna()]
    n = len(vehicles)
    best_price = np.full(n, np.nan)
    best_rank = np.full(n, -1)
    best_row = np.full(n, -1)
    pt = vehicles["powertrain"].map(lambda p: _PRICE_POWERTRAIN.get(p, p))
    groups = vehicles.groupby([vehicles["make"], vehicles["base_model"], pt], sort=False).indices
    years = vehicles["year"].to_numpy()
    models = vehicles["model"].to_numpy(dtype=object)
    records: list[dict[str, Any]] = priced.to_dict("records")  # type: ignore[assignment]
    for row_no, rec in enumerate(records):
        positions = groups.get((rec["make"], rec["model"], rec["powertrain"]))
        if positions is None:
            continue
        age = years[positions] - int(rec["year"])
        positions = positions[(age == 0) | (age == 1)]
        if rec["epa_model_regex"]:
            pattern = re.compile(rec["epa_model_regex"], re.IGNORECASE)
            positions = np.array([p for p in positions if pattern.search(models[p])], dtype=int)
        if positions.size == 0:
            continue
        # rank: same model year beats the year before; a trim match beats a nameplate base price
        rank = (years[positions] == int(rec["year"])) * 2 + bool(rec["epa_model_regex"])
        price = float(rec["msrp_usd"])
        better = (rank > best_rank[positions]) | ((rank == best_rank[positions]) & (price < best_price[positions]))
        chosen = positions[better]
        best_price[chosen], best_rank[chosen], best_row[chosen] = price, rank[better], row_no
    out = vehicles.copy()
    out["msrp_usd"] = best_price
    picked = priced.iloc[np.where(best_row >= 0, best_row, 0)].reset_index(drop=True)
    has = best_row >= 0
    for column, source, empty in (("msrp_trim", "trim", ""), ("msrp_year", "year", 0), ("msrp_as_of", "as_of", ""),
                                  ("msrp_source", "source", "")):
        values = picked[source].to_numpy()
        out[column] = np.where(has, values.astype(str) if empty == "" else values, empty)
    return out
