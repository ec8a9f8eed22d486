"""The weekly charging calendar in the Driving tab: a row of seven plugs (where the car sleeps each night and what it
plugs into), the overnight trips that end at a relative's plug, and what a relative charges.

Unticked, the household charges as the Household tab's home charging says, every night at home (no calendar in the
profile); the row then shows that, greyed. `changed` carries the calendar on screen (or None) once it is valid.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from buyer_app.core.household.calendar import (
    MAX_RELATIVE_PRICE,
    MAX_VISITS,
    NIGHT_CODES,
    RELATIVE_PRICE_SOURCE,
    ChargingCalendar,
    calendar_for,
)
from buyer_app.core.household.choices import NightPlug
from buyer_app.core.household.fields import Household
from buyer_app.text.calendar import DAY_SHORT
from buyer_app.text.choices import night_plug_label
from buyer_app.text.currency import currency_symbol
from buyer_app.text.translate import tr

DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
INVALID_STYLE = "QLineEdit { border: 2px solid #d62728; }"


class ChargingCalendarBox(QGroupBox):
    changed = Signal(object)  # ChargingCalendar | None

    def __init__(self) -> None:
        super().__init__(tr("Where the car sleeps and charges"))
        self._household = Household()
        self._calendar: ChargingCalendar | None = None
        self._showing = False
        layout = QVBoxLayout(self)
        self.use = QCheckBox(tr("Charge by a weekly calendar"))
        self.use.setToolTip(tr("Unticked: the Household tab's home charging, every night the car is home"))
        self.use.toggled.connect(self._edited)
        layout.addWidget(self.use)
        grid = QGridLayout()
        grid.setHorizontalSpacing(4)
        self.nights: list[QComboBox] = []
        for d, (short, name) in enumerate(zip(DAY_SHORT, DAY_NAMES, strict=True)):
            row, column = (0, d) if d < 4 else (2, d - 4)  # Mon-Thu, then Fri-Sun under them (fits a narrow panel)
            grid.addWidget(QLabel(tr(short)), row, column)
            combo = QComboBox()
            for k, code in enumerate(NIGHT_CODES):
                combo.addItem(night_plug_label(code, short=True), code)
                combo.setItemData(k, night_plug_label(code), Qt.ItemDataRole.ToolTipRole)
            combo.setAccessibleName(tr("{} night").format(tr(name)))
            combo.setToolTip(tr("Where the car sleeps the night after {} and what it plugs into there").format(tr(name)))
            combo.currentIndexChanged.connect(self._edited)
            grid.addWidget(combo, row + 1, column)
            self.nights.append(combo)
        layout.addLayout(grid)
        visits_row = QHBoxLayout()
        visits_row.addWidget(QLabel(tr("Overnight trips a year to a relative's plug")))
        self.visits = QSpinBox()
        self.visits.setRange(0, MAX_VISITS)
        self.visits.setAccessibleName(tr("Overnight trips ending at a relative's plug"))
        self.visits.valueChanged.connect(self._edited)
        visits_row.addWidget(self.visits)
        self.visit_plug = QComboBox()
        for plug in (NightPlug.RELATIVE_L1, NightPlug.RELATIVE_L2):
            self.visit_plug.addItem(night_plug_label(plug, short=True), str(plug))
        self.visit_plug.setAccessibleName(tr("Plug on those trips"))
        self.visit_plug.currentIndexChanged.connect(self._edited)
        visits_row.addWidget(self.visit_plug)
        visits_row.addStretch()
        layout.addLayout(visits_row)
        price_row = QHBoxLayout()
        self.price_label = QLabel(tr("A relative's price ({}/kWh)").format(currency_symbol()))
        price_row.addWidget(self.price_label)
        self.price = QLineEdit()
        self.price.setAccessibleName(tr("A relative's price per kWh"))
        self.price.setPlaceholderText(tr("your own price"))
        self.price.setToolTip(tr("Empty: {}. 0: they charge nothing.").format(RELATIVE_PRICE_SOURCE))
        self.price.textEdited.connect(self._edited)
        price_row.addWidget(self.price)
        price_row.addStretch()
        layout.addLayout(price_row)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setAccessibleName(tr("Charging calendar problems"))
        layout.addWidget(self.problem)
        self._enable()

    # -- showing a profile ----------------------------------------------------------------------
    def set_calendar(self, calendar: ChargingCalendar | None, household: Household) -> None:
        """Show the household's calendar; without one, what its home charging does every night (no `changed`)."""
        self._showing = True
        try:
            self._household, self._calendar = household, calendar
            self.price_label.setText(tr("A relative's price ({}/kWh)").format(currency_symbol()))  # the profile's money
            shown = calendar or calendar_for(household.home_charging, household.workplace_charging, household.workplace_days)
            self.use.setChecked(calendar is not None)
            for combo, plug in zip(self.nights, shown.nights, strict=True):
                combo.setCurrentIndex(combo.findData(str(plug)))
            self.visits.setValue(shown.visits)
            self.visit_plug.setCurrentIndex(max(self.visit_plug.findData(str(shown.visit_plug)), 0))
            self.price.setText("" if shown.relative_price is None else f"{shown.relative_price:g}")
            self._mark("")
            self._enable()
        finally:
            self._showing = False

    # -- edits ----------------------------------------------------------------------------------
    def _enable(self) -> None:
        on = self.use.isChecked()
        for widget in (*self.nights, self.visits, self.visit_plug, self.price):
            widget.setEnabled(on)

    def read(self) -> tuple[ChargingCalendar | None, str]:
        """The calendar on screen (None when unticked), or a problem that stops it."""
        if not self.use.isChecked():
            return None, ""
        text = self.price.text().strip()
        price: float | None = None
        if text:
            try:
                price = float(text)
            except ValueError:
                price = -1.0
            if not 0 <= price <= MAX_RELATIVE_PRICE:
                return None, tr("A relative's price: {!r} is not allowed (empty, or a number from 0 to {:g} {}/kWh)").format(
                    text, MAX_RELATIVE_PRICE, currency_symbol()
                )
        start = self._calendar or calendar_for(
            self._household.home_charging, self._household.workplace_charging, self._household.workplace_days
        )
        visits = self.visits.value()
        return replace(
            start,
            nights=tuple(NightPlug(c.currentData()) for c in self.nights),
            visits=visits,
            visit_plug=NightPlug(self.visit_plug.currentData()) if visits else start.visit_plug,
            relative_price=price,
        ), ""

    def _mark(self, problem: str) -> None:
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.price.setStyleSheet(INVALID_STYLE if problem else "")

    def _edited(self, *_args: object) -> None:
        self._enable()
        if self._showing:
            return
        calendar, problem = self.read()
        self._mark(problem)
        if not problem and calendar != self._calendar:
            self._calendar = calendar
            self.changed.emit(calendar)
