"""The vehicle picker: search and filters over the whole database, sortable columns, Add."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from buyer_app.core.driving.patterns import Pattern
from buyer_app.core.household.fields import Household
from buyer_app.core.region.climate import Climate
from buyer_app.core.vehicles.database import VehicleDatabase
from buyer_app.core.vehicles.schema import UNSUPPORTED, Powertrain
from buyer_app.text.choices import powertrain_label
from buyer_app.ui.vehicle_model import VehicleFilterProxy, VehicleTableModel


def _number(text: str) -> float | None:
    cleaned = text.replace("$", "").replace(",", "").strip()
    if not cleaned:
        return None
    value = float(cleaned)
    if value < 0 or value != value:
        raise ValueError(text)
    return value


class VehiclePicker(QWidget):
    add_requested = Signal(list)  # EPA ids

    def __init__(self, db: VehicleDatabase) -> None:
        super().__init__()
        self.db = db
        self.model = VehicleTableModel()
        self.proxy = VehicleFilterProxy(self.model)
        self._pending: tuple[Household, Pattern | None, Climate | None] = (Household(), None, None)
        self._energy_timer = QTimer(self, singleShot=True, interval=120)
        self._energy_timer.timeout.connect(self._apply_energy)
        self.search = QLineEdit(placeholderText="Search: year, make, model — e.g. 2025 camry")
        self.powertrain = QComboBox()
        self.powertrain.addItem("any type", "")
        for p in Powertrain:
            if p not in UNSUPPORTED:
                self.powertrain.addItem(powertrain_label(p), p.value)
        self.epa_class = QLineEdit(placeholderText="e.g. SUV")
        self.year = QSpinBox(minimum=0, maximum=2100)
        self.year.setSpecialValueText("any year")
        self.year.setValue(0)
        self.max_price = QLineEdit(placeholderText="USD")
        self.min_range = QLineEdit(placeholderText="electric miles")
        self.problem = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.problem.setStyleSheet("color: #d62728")
        for widget, name in (
            (self.search, "Vehicle search"),
            (self.powertrain, "Powertrain filter"),
            (self.epa_class, "EPA class filter"),
            (self.year, "Model year filter"),
            (self.max_price, "Maximum base MSRP"),
            (self.min_range, "Minimum electric range"),
        ):
            widget.setAccessibleName(name)
        filters = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.powertrain)
        row.addWidget(self.year)
        filters.addRow("Type, year", row)
        filters.addRow("EPA class", self.epa_class)
        prices = QHBoxLayout()
        prices.addWidget(self.max_price)
        prices.addWidget(QLabel("min. range"))
        prices.addWidget(self.min_range)
        filters.addRow("Max. price", prices)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName("Vehicles in the database")
        header = self.table.horizontalHeader()
        for column, width in enumerate((48, 90, 0, 48, 130, 82, 70, 82, 86)):
            if width:
                self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.doubleClicked.connect(lambda _i: self._add())
        self.count = QLabel(textFormat=Qt.TextFormat.PlainText)
        add = QPushButton("&Add to comparison")
        add.clicked.connect(self._add)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.problem)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(add)
        layout.addLayout(bottom)
        for signal in (
            self.search.textChanged,
            self.epa_class.textChanged,
            self.max_price.textChanged,
            self.min_range.textChanged,
        ):
            signal.connect(self.apply_filters)
        self.powertrain.currentIndexChanged.connect(self.apply_filters)
        self.year.valueChanged.connect(self.apply_filters)
        self.apply_filters()

    def populate(self) -> None:
        """Fill the list (about 60 ms; the window calls it just after its first paint)."""
        if self.model.rowCount():
            return
        frame = self.db.frame
        newest_first = frame[frame["supported"]].sort_values(
            ["year", "make", "model"], ascending=[False, True, True], kind="stable"
        )
        self.model.set_frame(newest_first, self._pending, sorted_by=(0, Qt.SortOrder.DescendingOrder))
        self.apply_filters()
        self._energy_timer.start()  # the energy column follows just after the list

    def apply_filters(self) -> None:
        try:
            max_price = _number(self.max_price.text())
            min_range = _number(self.min_range.text())
        except ValueError:
            self.problem.setText("Price and range filters take a number of 0 or more.")
            return
        self.problem.setText("")
        self.proxy.set_filters(
            self.search.text(),
            self.powertrain.currentData() or "",
            self.epa_class.text().strip(),
            self.year.value() or None,
            max_price,
            min_range,
        )
        self.count.setText(f"{self.proxy.rowCount():,} of {self.model.rowCount():,} vehicles")

    def set_household(self, household: Household, pattern: Pattern | None = None, climate: Climate | None = None) -> None:
        """Energy cost follows the driving, climate, charging and prices, a moment after they stop
        moving (the results and charts come first while a what-if slider is dragged)."""
        key = (household, pattern, climate)  # all frozen, so comparable
        if key != getattr(self, "_energy_key", None):
            self._energy_key = key
            self._pending = key
            self._energy_timer.start()

    def _apply_energy(self) -> None:
        self.model.set_household(*self._pending)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.proxy.vehicle_id(r) for r in rows]

    def _add(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.add_requested.emit(ids)
