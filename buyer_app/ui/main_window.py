"""The first window: search the database, pick vehicles, set the basics, read totals and a chart.

The full desktop app (household panel, profiles, charts, PDF) is the next issue; this window is
already a real face over the same core.
"""

from __future__ import annotations

import sys
from dataclasses import replace

import pyqtgraph as pg
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from buyer_app.core.compare import compare
from buyer_app.core.database import VehicleDatabase, load_database
from buyer_app.core.errors import InputError
from buyer_app.core.household import Household
from buyer_app.core.profile import MAX_VEHICLES, VehicleChoice
from buyer_app.ui.charts import draw_cumulative
from buyer_app.ui.vehicle_model import VehicleTableModel

SAMPLE = (VehicleChoice(48765), VehicleChoice(48937))  # 2025 Model 3 LR RWD, 2025 RAV4 Hybrid AWD


class MainWindow(QMainWindow):
    def __init__(self, db: VehicleDatabase) -> None:
        super().__init__()
        self.db = db
        self.choices: list[VehicleChoice] = list(SAMPLE)
        self.setWindowTitle("Vehicle Buyer")
        self.resize(1200, 760)
        self.model = VehicleTableModel()
        self.search = QLineEdit(placeholderText="Search year, make, model (e.g. 2025 camry)")
        self.search.setAccessibleName("Vehicle search")
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        add = QPushButton("Add to comparison")
        add.clicked.connect(self.add_selected)
        self.table.doubleClicked.connect(lambda _: self.add_selected())
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.addWidget(self.search)
        lv.addWidget(self.table)
        lv.addWidget(add)

        self.miles = QSpinBox(minimum=0, maximum=150000, singleStep=500, value=15000, suffix=" mi/yr")
        self.years = QSpinBox(minimum=1, maximum=20, value=8, suffix=" years")
        self.gas = QDoubleSpinBox(minimum=0, maximum=20, decimals=2, singleStep=0.1, value=3.02, prefix="$", suffix="/gal")
        self.elec = QDoubleSpinBox(minimum=0, maximum=2, decimals=3, singleStep=0.01, value=0.15, prefix="$", suffix="/kWh")
        form = QFormLayout()
        for label, widget in (("Annual miles", self.miles), ("Ownership", self.years),
                              ("Regular gasoline", self.gas), ("Electricity", self.elec)):
            widget.setAccessibleName(label)
            widget.valueChanged.connect(self.recompute)
            form.addRow(label, widget)
        self.results = QTableWidget(0, 5)
        self.results.setHorizontalHeaderLabels(["Vehicle", "Price (edit)", "Total", "Per mile", "Break-even vs 1st"])
        self.results.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.results.itemChanged.connect(self.price_edited)
        remove = QPushButton("Remove selected")
        remove.clicked.connect(self.remove_selected)
        self.verdict = QLabel(wordWrap=True)
        self.plot = pg.PlotWidget(background="w")
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.addLayout(form)
        rv.addWidget(self.results)
        row = QHBoxLayout()
        row.addWidget(remove)
        row.addStretch()
        rv.addLayout(row)
        rv.addWidget(self.verdict)
        rv.addWidget(self.plot, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([520, 680])
        self.setCentralWidget(splitter)
        self.search.textChanged.connect(self.refresh_search)
        self.refresh_search("")
        self.recompute()

    def refresh_search(self, text: str) -> None:
        self.model.set_frame(self.db.search(text).head(500))
        self.table.resizeColumnsToContents()

    def add_selected(self) -> None:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        for row in sorted(rows):
            if len(self.choices) < MAX_VEHICLES:
                self.choices.append(VehicleChoice(self.model.vehicle_id(row)))
        self.recompute()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.results.selectedIndexes()}, reverse=True)
        for row in rows:
            del self.choices[row]
        self.recompute()

    def price_edited(self, item: QTableWidgetItem) -> None:
        if item.column() != 1 or self._filling:
            return
        text = item.text().replace("$", "").replace(",", "").strip()
        try:
            price = float(text) if text else None
            if price is not None and not 1 <= price <= 10_000_000:
                raise ValueError
        except ValueError:
            self.verdict.setText(f"Price {item.text()!r} is not valid: enter US dollars from 1 to 10,000,000.")
            return
        self.choices[item.row()] = replace(self.choices[item.row()], price=price)
        self.recompute()

    def household(self) -> Household:
        return Household().with_values({"annual_miles": self.miles.value(), "years": self.years.value(),
                                        "gas_price": self.gas.value(), "electricity_price": self.elec.value()})

    _filling = False

    def recompute(self) -> None:
        if not self.choices:
            self.results.setRowCount(0)
            self.plot.clear()
            self.verdict.setText("Add vehicles from the list on the left.")
            return
        try:
            result = compare(self.db, self.household(), self.choices)
        except InputError as exc:
            self.verdict.setText(str(exc))
            return
        self._filling = True
        self.results.setRowCount(len(result.vehicles))
        first = result.vehicles[0].id
        be = {b.b: b for b in result.break_even if b.a == first}
        for r, v in enumerate(result.vehicles):
            price = "enter price" if v.price is None else f"${v.price:,.0f}"
            pair = be.get(v.id)
            be_text = "—" if pair is None else (f"year {pair.year:.1f}" if pair.year is not None else pair.reason)
            for c, text in enumerate([v.label, price, f"${v.total_cost:,.0f}",
                                      f"${v.cost_per_mile:.2f}" if v.cost_per_mile else "—", be_text]):
                self.results.setItem(r, c, QTableWidgetItem(text))
        self._filling = False
        self.plot.clear()
        draw_cumulative(self.plot.getPlotItem(), result)
        unknown = [v.label for v in result.vehicles if v.price is None]
        if unknown:
            self.verdict.setText("Enter a price for: " + ", ".join(unknown) + " (double-click its price cell).")
        else:
            cheapest = min(result.vehicles, key=lambda v: v.total_cost)
            self.verdict.setText(f"Over {result.household.years} years the {cheapest.label} costs the least: "
                                 f"${cheapest.total_cost:,.0f}.")


def run(smoke: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Vehicle Buyer")
    window = MainWindow(load_database())
    window.show()
    if smoke:
        QApplication.processEvents()
        image = window.grab()
        ok = not image.isNull() and window.results.rowCount() == len(SAMPLE)
        QTimer.singleShot(0, app.quit)
        app.exec()
        print(f"smoke: window painted, {window.results.rowCount()} vehicles computed")
        return 0 if ok else 1
    return int(app.exec())
