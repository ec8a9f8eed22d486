"""A thin QAbstractTableModel over vehicle search results (rows of the core's vehicle table)."""

from __future__ import annotations

from typing import Any

import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex

COLUMNS = [("Year", "year"), ("Make", "make"), ("Model", "model"), ("Type", "powertrain"),
           ("EPA label", "label_mpg_comb"), ("Range (mi)", "range_mi"), ("Base MSRP", "msrp_usd")]


class VehicleTableModel(QAbstractTableModel):
    """Shows vehicles; `vehicle_id(row)` gives the EPA id of a row."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[tuple[Any, ...]] = []
        self._ids: list[int] = []

    def set_frame(self, frame: pd.DataFrame) -> None:
        self.beginResetModel()
        self._rows = list(frame[[c for _, c in COLUMNS]].itertuples(index=False, name=None))
        self._ids = [int(i) for i in frame["id"]]
        self.endResetModel()

    def vehicle_id(self, row: int) -> int:
        return self._ids[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section][0]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        value = self._rows[index.row()][index.column()]
        key = COLUMNS[index.column()][1]
        if value is None or (isinstance(value, float) and value != value):
            return "ask" if key == "msrp_usd" else ""
        if key == "msrp_usd":
            return f"${value:,.0f}"
        if key in ("label_mpg_comb", "range_mi"):
            return f"{value:.0f}"
        return str(value)
