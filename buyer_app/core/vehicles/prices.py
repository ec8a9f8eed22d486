"""The curated US base-MSRP table and its matching onto vehicles (make, base model, year, trim)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from buyer_app.core.files.datasets import active_set
from buyer_app.core.files.resources import resource_path

PRICE_FILE = "us_msrp.csv"
PRICE_COLUMNS = ["msrp_usd", "msrp_trim", "msrp_year", "msrp_as_of", "msrp_source"]
_PRICE_POWERTRAIN = {"flex": "ice"}  # diesels are priced only by their own rows


def shipped_price_path() -> Path:
    return resource_path("prices", PRICE_FILE)


def active_price_path() -> tuple[Path, str]:
    """The active curated table's file (the user's import of `db import --kind prices`, else the shipped one) and
    why an import was not used ("" when it was, or when there is none)."""
    try:
        found = active_set("prices")
    except (OSError, ValueError) as exc:
        return shipped_price_path(), f"the imported price table could not be read ({exc}); using the shipped one"
    if found is None:
        return shipped_price_path(), ""
    path = found[0] / PRICE_FILE
    if not path.is_file():
        return shipped_price_path(), f"the imported price table {path} is missing; using the shipped one"
    return path, ""


def load_price_table(path: Path | None = None) -> pd.DataFrame:
    """The curated table, the active one unless `path` names another (rows without a price included: they record
    a known gap)."""
    try:
        table = pd.read_csv(path or active_price_path()[0], dtype={"epa_model_regex": "string"})
    except (OSError, ValueError):  # an imported table damaged since its import: the shipped one stands in
        if path is not None:
            raise
        table = pd.read_csv(shipped_price_path(), dtype={"epa_model_regex": "string"})
    table["epa_model_regex"] = table["epa_model_regex"].fillna("")
    return table


def price_table_as_of(table: pd.DataFrame) -> str:
    """The newest ISO date among the as_of values of rows that carry a price."""
    dates = table.loc[table["msrp_usd"].notna(), "as_of"].astype(str).str.extract(r"(\d{4}-\d{2}(?:-\d{2})?)")[0].dropna()
    return str(dates.max()) if not dates.empty else ""


OWN_PRICE_SOURCE = "your price"  # how the source of a price from the user's own price file begins (PriceBasis.own)
USER_RANK = 4  # a price of the user's own beats every curated one for the vehicles it matches


def attach_prices(vehicles: pd.DataFrame, table: pd.DataFrame, user: pd.DataFrame | None = None) -> pd.DataFrame:
    """Add msrp_* columns: the lowest matching trim price of the vehicle's own model year; the year before's only
    when the table has no price at all for that nameplate (make, base model, powertrain) in the vehicle's year
    (a price of the new model year, however partial, is never mixed with last year's, which may predate a cut).

    A row with a regex applies to the EPA variants whose model it matches; a row without one is the nameplate's
    base price for every variant of that powertrain. Rows of `user` (the user's own prices, same columns) beat
    the curated table wherever they match; their source reads "your price, <as_of>". Unpriced vehicles keep NaN.
    """
    curated = table[table["msrp_usd"].notna()].assign(_user=False)
    parts = [curated]
    if user is not None and len(user):
        parts.append(
            user[user["msrp_usd"].notna()].assign(
                _user=True,
                source=lambda u: (
                    f"{OWN_PRICE_SOURCE}, "
                    + u["as_of"].astype(str)
                    + u["source"].fillna("").astype(str).map(lambda s: f" ({s})" if s else "")
                ),
            )
        )
    priced = pd.concat(parts, ignore_index=True) if len(parts) > 1 else curated.reset_index(drop=True)
    priced["epa_model_regex"] = priced["epa_model_regex"].fillna("")
    n = len(vehicles)
    best_price = np.full(n, np.nan)
    best_rank = np.full(n, -1)
    best_row = np.full(n, -1)
    pt = vehicles["powertrain"].replace(_PRICE_POWERTRAIN)
    groups = vehicles.groupby([vehicles["make"], vehicles["base_model"], pt], sort=False).indices
    years = vehicles["year"].to_numpy()
    models = vehicles["model"].to_numpy(dtype=object)
    # the columns as plain lists zipped into records: DataFrame.to_dict("records") took ~20 ms of every start
    names = ["make", "model", "powertrain", "year", "epa_model_regex", "msrp_usd", "_user"]
    rows = zip(*(priced[n].tolist() for n in names), strict=True)
    records: list[dict[str, Any]] = [dict(zip(names, row, strict=True)) for row in rows]
    own_years: dict[tuple[str, str, str], set[int]] = {}
    for rec in records:
        own_years.setdefault((rec["make"], rec["model"], rec["powertrain"]), set()).add(int(rec["year"]))
    for row_no, rec in enumerate(records):
        key = (rec["make"], rec["model"], rec["powertrain"])
        positions = groups.get(key)
        if positions is None:
            continue
        year = int(rec["year"])
        age = years[positions] - year
        next_year_has_own = (year + 1) in own_years[key]
        positions = positions[(age == 0) | ((age == 1) & (not next_year_has_own))]
        if rec["epa_model_regex"]:
            pattern = re.compile(rec["epa_model_regex"], re.IGNORECASE)
            positions = np.array([p for p in positions if pattern.search(models[p])], dtype=int)
        if positions.size == 0:
            continue
        # rank: the user's own price beats the curated one; then same model year beats the year before; then a
        # trim match beats a nameplate base price
        rank = (years[positions] == year) * 2 + bool(rec["epa_model_regex"]) + USER_RANK * bool(rec["_user"])
        price = float(rec["msrp_usd"])
        better = (rank > best_rank[positions]) | ((rank == best_rank[positions]) & (price < best_price[positions]))
        chosen = positions[better]
        best_price[chosen], best_rank[chosen], best_row[chosen] = price, rank[better], row_no
    out = vehicles.copy()
    out["msrp_usd"] = best_price
    picked = priced.iloc[np.where(best_row >= 0, best_row, 0)].reset_index(drop=True) if len(priced) else priced
    has = best_row >= 0
    for column, source, empty in (
        ("msrp_trim", "trim", ""),
        ("msrp_year", "year", 0),
        ("msrp_as_of", "as_of", ""),
        ("msrp_source", "source", ""),
    ):
        values = picked[source].to_numpy() if len(priced) else np.full(n, empty, dtype=object)
        out[column] = np.where(has, values.astype(str) if empty == "" else values, empty)
    return out
