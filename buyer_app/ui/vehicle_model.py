"""The vehicle picker's models: a thin table over the database and a filtering, sorting proxy."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, qVersion

from buyer_app.core.costs.model import annual_energy_cost
from buyer_app.core.driving.patterns import AnnualPattern, Pattern, driving_year
from buyer_app.core.household.fields import Household
from buyer_app.core.region.climate import Climate
from buyer_app.core.vehicles.database import search_text, text_match
from buyer_app.core.vehicles.inputs import inputs_from_frame
from buyer_app.text.wording import money

# beginFilterChange() came with Qt 6.9 and endFilterChange(Direction) with 6.10; the declared floor is older
NEW_FILTER_API = tuple(int(p) for p in qVersion().split(".")[:2]) >= (6, 10)

Index = QModelIndex | QPersistentModelIndex

# header, column of the vehicle table (or "energy_cost", computed for the household)
COLUMNS = [
    ("Year", "year"),
    ("Make", "make"),
    ("Model", "model"),
    ("Type", "powertrain"),
    ("EPA class", "epa_class"),
    ("EPA label", "label_mpg_comb"),
    ("Range (mi)", "range_mi"),
    ("Base MSRP", "msrp_usd"),
    ("Energy $/yr", "energy_cost"),
]
KEY = {key: i for i, (_, key) in enumerate(COLUMNS)}


class VehicleTableModel(QAbstractTableModel):
    """Shows vehicles; `vehicle_id(row)` gives the EPA id of a row. Energy cost follows the household."""

    def __init__(self) -> None:
        super().__init__()
        self.frame = pd.DataFrame()
        self.sorted_by: tuple[int, Qt.SortOrder] | None = None
        self._values: list[np.ndarray] = []
        self._energy = np.zeros(0)
        self._energy_wanted: tuple[Household, Pattern | None, Climate | None] = (Household(), None, None)
        self._energy_setting: tuple[Household, Pattern | None, Climate | None] | None = None

    def set_frame(
        self,
        frame: pd.DataFrame,
        setting: tuple[Household, Pattern | None, Climate | None] | Household | None = None,
        sorted_by: tuple[int, Qt.SortOrder] | None = None,
    ) -> None:
        """Show `frame` with the energy column for `setting` (a household, or a household with its driving
        pattern and climate); `sorted_by` says how it is already sorted, so asking for that order costs nothing."""
        self.sorted_by = sorted_by
        self.beginResetModel()
        self.frame = frame.reset_index(drop=True)
        self._values = [self.frame[key].to_numpy() for _, key in COLUMNS[:-1]]
        # the energy column fills a moment later (set_household), or at once when it is sorted on: the list
        # then appears without waiting for a year of energy for every vehicle
        self._energy_wanted = setting if isinstance(setting, tuple) else (setting or Household(), None, None)
        self._energy = np.full(len(self.frame), np.nan)
        self._energy_setting = None
        self.endResetModel()

    def _energy_for(self, household: Household, pattern: Pattern | None = None, climate: Climate | None = None) -> np.ndarray:
        if self.frame.empty:
            return np.zeros(0)
        year = driving_year(pattern or AnnualPattern(), household.annual_miles)
        return annual_energy_cost(household, inputs_from_frame(self.frame), year, climate)

    def set_household(self, household: Household, pattern: Pattern | None = None, climate: Climate | None = None) -> None:
        """Recompute the energy column for the household's driving, climate, charging and prices
        (one vectorised pass)."""
        self._energy_wanted = (household, pattern, climate)
        if self._energy_setting == (household, pattern, climate):
            return  # already shown for exactly this setting
        self._energy = self._energy_for(household, pattern, climate)
        self._energy_setting = (household, pattern, climate)
        if self.sorted_by is not None and COLUMNS[self.sorted_by[0]][1] == "energy_cost":
            column, order = self.sorted_by
            self.sorted_by = None
            self.sort(column, order)  # the order follows the new figures
            return
        if len(self.frame):
            column = KEY["energy_cost"]
            self.dataChanged.emit(self.index(0, column), self.index(len(self.frame) - 1, column))

    def vehicle_id(self, row: int) -> int:
        return int(self.frame["id"].iloc[row])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows in one vectorised pass (a Python sort through data() is far too slow here)."""
        if self.frame.empty or self.sorted_by == (column, order):
            return
        self.sorted_by = (column, order)
        key = COLUMNS[column][1]
        if key == "energy_cost" and self._energy_setting is None:
            self._energy = self._energy_for(*self._energy_wanted)
            self._energy_setting = self._energy_wanted
        values = pd.Series(self._energy if key == "energy_cost" else self.frame[key].to_numpy())
        if key in ("make", "model", "powertrain", "epa_class"):
            values = values.astype(str).str.lower()
        order_index = values.sort_values(
            ascending=order == Qt.SortOrder.AscendingOrder, na_position="last", kind="stable"
        ).index.to_numpy()
        self.beginResetModel()
        self.frame = self.frame.iloc[order_index].reset_index(drop=True)
        self._values = [self.frame[k].to_numpy() for _, k in COLUMNS[:-1]]
        self._energy = self._energy[order_index]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.frame)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section][0]
        return None

    def _raw(self, row: int, column: int) -> Any:
        return self._energy[row] if COLUMNS[column][1] == "energy_cost" else self._values[column][row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._raw(index.row(), index.column())
        key = COLUMNS[index.column()][1]
        missing = value is None or (isinstance(value, float) and value != value) or value is pd.NA
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("label_mpg_comb", "range_mi", "msrp_usd", "energy_cost"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and key == "msrp_usd" and missing:
            return "No sourced price: add it and enter your dealer's price"
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if missing:
            return "ask" if key == "msrp_usd" else ""
        if key in ("msrp_usd", "energy_cost"):
            return money(value)
        if key == "label_mpg_comb":
            return f"{value:.0f} {'MPGe' if self._values[KEY['powertrain']][index.row()] == 'bev' else 'MPG'}"
        if key == "range_mi":
            return f"{value:.0f}"
        return str(value)


class VehicleFilterProxy(QSortFilterProxyModel):
    """Text search plus powertrain, class, year, price and range filters over VehicleTableModel."""

    def __init__(self, source: VehicleTableModel) -> None:
        super().__init__()
        self._mask = np.ones(0, dtype=bool)
        self._haystack: pd.Series | None = None
        self.filters: dict[str, Any] = {}
        self.setSourceModel(source)
        self.setDynamicSortFilter(False)
        source.modelReset.connect(self._source_reset)

    def _source_reset(self) -> None:
        self._haystack = None  # rows were re-ordered or replaced
        self.refilter()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting happens in the source model (vectorised); the proxy keeps its order."""
        self.sourceModel().sort(column, order)

    def set_filters(
        self,
        text: str = "",
        powertrain: str = "",
        epa_class: str = "",
        year: int | None = None,
        max_price: float | None = None,
        min_range: float | None = None,
    ) -> None:
        self.filters = {
            "text": text,
            "powertrain": powertrain,
            "epa_class": epa_class,
            "year": year,
            "max_price": max_price,
            "min_range": min_range,
        }
        self.refilter()

    def refilter(self) -> None:
        frame = self.sourceModel().frame  # type: ignore[attr-defined]
        f = self.filters
        mask = np.ones(len(frame), dtype=bool)
        if len(frame):
            if f.get("text"):
                if self._haystack is None or len(self._haystack) != len(frame):
                    self._haystack = search_text(frame)  # built once per list order, not per keystroke
                mask &= text_match(self._haystack, str(f["text"]))
            if f.get("powertrain"):
                mask &= (frame["powertrain"] == f["powertrain"]).to_numpy()
            if f.get("epa_class"):
                mask &= frame["epa_class"].str.contains(f["epa_class"], case=False, regex=False).to_numpy(dtype=bool)
            if f.get("year"):
                mask &= (frame["year"] == f["year"]).to_numpy()
            if f.get("max_price") is not None:
                mask &= (frame["msrp_usd"] <= f["max_price"]).fillna(False).to_numpy(dtype=bool)
            if f.get("min_range") is not None:
                mask &= (frame["electric_range_mi"].fillna(0) >= f["min_range"]).to_numpy()
        if NEW_FILTER_API:
            self.beginFilterChange()
            self._mask = mask
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # Qt before 6.10 (invalidateRowsFilter is deprecated from 6.10 on)
            self._mask = mask
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        return bool(self._mask[source_row]) if source_row < len(self._mask) else True

    def vehicle_id(self, proxy_row: int) -> int:
        source = self.mapToSource(self.index(proxy_row, 0))
        return self.sourceModel().vehicle_id(source.row())  # type: ignore[attr-defined, no-any-return]
