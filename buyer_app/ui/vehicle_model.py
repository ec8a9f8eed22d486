"""The vehicle picker's models: a thin table over the database and a proxy that narrows and ranks it (the order
comes from the core's search: best match first while the shopper types, else the clicked column's order)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractProxyModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from buyer_app.core.costs.model import annual_energy_cost
from buyer_app.core.driving.patterns import AnnualPattern, Pattern, driving_year
from buyer_app.core.household.fields import Household
from buyer_app.core.markets.regions import KM_PER_MI
from buyer_app.core.region.climate import Climate
from buyer_app.core.vehicles.inputs import inputs_from_frame
from buyer_app.core.vehicles.narrowing import Limits, Narrowed, narrow
from buyer_app.core.vehicles.search import SearchIndex
from buyer_app.text.choices import epa_class_label, powertrain_short
from buyer_app.text.translate import tr, tr_noop
from buyer_app.text.vehicle_words import details_lines, epa_label
from buyer_app.text.wording import money

Index = QModelIndex | QPersistentModelIndex

# header, column of the vehicle table (or "energy_cost", computed for the household)
COLUMNS = [
    (tr_noop("Vehicle"), "name"),  # two lines: make and EPA model name in full (elided in the middle); year, type, class
    (tr_noop("EPA label"), "label_mpg_comb"),
    (tr_noop("Range"), "range_mi"),
    (tr_noop("Price"), "msrp_usd"),
    (tr_noop("Energy/yr"), "energy_cost"),
]
KEY = {key: i for i, (_, key) in enumerate(COLUMNS)}
NUMBERS = ("label_mpg_comb", "range_mi", "msrp_usd", "energy_cost")
HEADER_TIPS = {
    "label_mpg_comb": tr_noop("The EPA window-sticker figure: combined MPG, or MPGe for electric cars"),
    "range_mi": tr_noop("EPA range in miles (a plug-in hybrid: with its gasoline)"),
    "msrp_usd": tr_noop("Base MSRP from the sourced price table (hover a price for its source)"),
    "energy_cost": tr_noop("Energy a year for this household's driving, charging and prices"),
}


class VehicleTableModel(QAbstractTableModel):
    """Shows vehicles; `vehicle_id(row)` gives the EPA id of a row. Energy cost follows the household."""

    def __init__(self) -> None:
        super().__init__()
        self.frame = pd.DataFrame()
        self.sorted_by: tuple[int, Qt.SortOrder] | None = None
        self._values: list[np.ndarray] = []
        self._shown_names = np.zeros(0, dtype=object)
        self._name_parts: list[np.ndarray] = []
        self._powertrains = np.zeros(0, dtype=object)
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
        self._columns()
        # the energy column fills a moment later (set_household), or at once when it is sorted on: the list
        # then appears without waiting for a year of energy for every vehicle
        self._energy_wanted = setting if isinstance(setting, tuple) else (setting or Household(), None, None)
        self._energy = np.full(len(self.frame), np.nan)
        self._energy_setting = None
        self.endResetModel()

    def _columns(self) -> None:
        frame = self.frame
        if "name" not in frame.columns:  # what the Vehicle column sorts on: year, make, model
            frame["name"] = frame["year"].astype(str) + " " + frame["make"] + " " + frame["model"]
        self._values = [frame[key].to_numpy() for _, key in COLUMNS[:-1]]
        # the two-line names are made when a row is shown (a list of 15,000 shows a few dozen): ~30 ms less at start
        self._name_parts = [frame[key].to_numpy(dtype=object) for key in ("make", "model", "year", "powertrain", "epa_class")]
        self._shown_names = np.full(len(frame), None, dtype=object)
        self._powertrains = frame["powertrain"].to_numpy(dtype=object)

    def _shown_name(self, row: int) -> str:
        """'Toyota Camry HEV FF LE' over '2025 · Hybrid · Midsize Cars' (made once, when first shown)."""
        name = self._shown_names[row]
        if name is None:
            make, model, year, powertrain, epa_class = (part[row] for part in self._name_parts)
            name = f"{make} {model}\n{year} · {powertrain_short(str(powertrain))} · {epa_class_label(str(epa_class))}"
            self._shown_names[row] = name
        return str(name)

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
        if key == "name":
            values = values.astype(str).str.lower()
        order_index = values.sort_values(
            ascending=order == Qt.SortOrder.AscendingOrder, na_position="last", kind="stable"
        ).index.to_numpy()
        self.beginResetModel()
        self.frame = self.frame.iloc[order_index].reset_index(drop=True)
        self._columns()
        self._energy = self._energy[order_index]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.frame)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    metric = False  # figures in km and per 100 km (a metric profile), else miles and the EPA sticker's MPG(e)

    def set_metric(self, metric: bool) -> None:
        """Show ranges in km and energy use per 100 km (a metric profile), or miles and MPG(e)."""
        if metric != self.metric:
            self.metric = metric
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
            if self.rowCount():
                self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(COLUMNS) - 1))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if self.metric and COLUMNS[section][1] == "label_mpg_comb":
                return tr("Per 100 km")
            return tr(COLUMNS[section][0])
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = HEADER_TIPS.get(COLUMNS[section][1])
            return tr(tip) if tip else None
        return None

    def _raw(self, row: int, column: int) -> Any:
        return self._energy[row] if COLUMNS[column][1] == "energy_cost" else self._values[column][row]

    def details(self, row: int) -> str:
        """The car's details in lines (full name, type, codes, drive, figures, price and its source)."""
        return "\n".join(details_lines(self.frame.iloc[row].to_dict(), self.metric))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = COLUMNS[index.column()][1]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.details(index.row())  # every cell: the full name and what tells the trims apart
        if role == Qt.ItemDataRole.TextAlignmentRole and key in NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        value = self._raw(index.row(), index.column())
        missing = value is None or (isinstance(value, float) and value != value) or value is pd.NA
        if missing:
            return tr("ask") if key == "msrp_usd" else ""
        if key in ("msrp_usd", "energy_cost"):
            return money(value)
        if key == "label_mpg_comb":
            if self.metric:
                return per_100_km(float(value), str(self._powertrains[index.row()]))
            return epa_label({"label_mpg_comb": float(value), "powertrain": self._powertrains[index.row()]})
        if key == "range_mi":
            return f"{value * KM_PER_MI:.0f} km" if self.metric else f"{value:.0f} mi"
        if key == "name":
            return self._shown_name(index.row())
        return str(value)


class VehicleFilterProxy(QAbstractProxyModel):
    """The source's rows narrowed by the core (facets, type, body, words, price and range), in the order it ranks
    them while words are typed and `rank_by_match` is on, else in the source's (column) order. A flat list: each
    proxy row is one source row, mapped by two arrays."""

    def __init__(self, source: VehicleTableModel) -> None:
        super().__init__()
        self._rows = np.zeros(0, dtype=np.int64)  # proxy row -> source row
        self._where = np.zeros(0, dtype=np.int64)  # source row -> proxy row, -1 when hidden
        self._index: SearchIndex | None = None
        self.text = ""
        self.limits = Limits()
        self.rank_by_match = True
        self.narrowed: Narrowed | None = None
        self.setSourceModel(source)
        source.modelAboutToBeReset.connect(self.beginResetModel)
        source.modelReset.connect(self._source_reset)
        source.dataChanged.connect(self._source_changed)

    def source(self) -> VehicleTableModel:
        return self.sourceModel()  # type: ignore[return-value]

    def _source_reset(self) -> None:
        self._index = None  # rows were re-ordered or replaced
        self._compute()
        self.endResetModel()

    def _source_changed(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        if len(self._rows):
            self.dataChanged.emit(self.index(0, top_left.column()), self.index(len(self._rows) - 1, bottom_right.column()))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A clicked column orders the list (sorted in the source, vectorised) until the words change."""
        self.rank_by_match = False
        if self.source().sorted_by == (column, order):
            self.beginResetModel()
            self._compute()
            self.endResetModel()
        else:
            self.source().sort(column, order)

    def set_filters(self, text: str = "", limits: Limits | None = None, rank: bool | None = None) -> None:
        """Narrow to `limits` and `text`; `rank` (default: when the words changed) orders by best match."""
        if rank is None:
            rank = self.rank_by_match or text != self.text
        self.text, self.limits, self.rank_by_match = text, limits or Limits(), rank
        self.beginResetModel()
        self._compute()
        self.endResetModel()

    def _compute(self) -> None:
        frame = self.source().frame
        if "make" not in frame.columns:  # no list yet
            self._rows, self._where, self.narrowed = np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), None
            return
        if self._index is None:
            self._index = SearchIndex(frame)  # once per list order, not per keystroke
        self.narrowed = narrow(self._index, self.text, self.limits, rank=self.rank_by_match and bool(self.text.strip()))
        self._rows = self.narrowed.positions
        self._where = np.full(len(frame), -1, dtype=np.int64)
        self._where[self._rows] = np.arange(len(self._rows))

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < len(self._rows) and 0 <= column < len(COLUMNS)):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, child: Index | None = None) -> Any:  # type: ignore[override]
        if child is None:
            return super().parent()  # the QObject's parent
        return QModelIndex()

    def sibling(self, row: int, column: int, idx: Index) -> QModelIndex:
        return self.index(row, column)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) > 0

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self.source().headerData(section, orientation, role)

    def mapToSource(self, proxy_index: Index) -> QModelIndex:
        if not proxy_index.isValid() or proxy_index.row() >= len(self._rows):
            return QModelIndex()
        return self.source().index(int(self._rows[proxy_index.row()]), proxy_index.column())

    def mapFromSource(self, source_index: Index) -> QModelIndex:
        if not source_index.isValid() or source_index.row() >= len(self._where):
            return QModelIndex()
        row = int(self._where[source_index.row()])
        return self.index(row, source_index.column()) if row >= 0 else QModelIndex()

    def vehicle_id(self, proxy_row: int) -> int:
        return self.source().vehicle_id(int(self._rows[proxy_row]))

    def details(self, proxy_row: int) -> str:
        return self.source().details(int(self._rows[proxy_row]))


KWH_PER_GALLON_EQUIVALENT = 33.705  # EPA: the energy of a gallon of gasoline, for MPGe
L100KM_PER_MPG = 235.215  # L/100 km = 235.215 / MPG (US gallon)


def per_100_km(label_mpg: float, powertrain: str) -> str:
    """A sticker figure per 100 km (the column's header says so): '15.8 kWh' (from MPGe), '4.7 L' (from MPG)."""
    if label_mpg <= 0:
        return ""
    if powertrain == "bev":
        return f"{KWH_PER_GALLON_EQUIVALENT * 100 / label_mpg / KM_PER_MI:.1f} kWh"
    return f"{L100KM_PER_MPG / label_mpg:.1f} L"
