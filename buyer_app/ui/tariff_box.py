"""The Household tab's "Your utility's rate plan": a shipped URDB tariff or one read from a file, and the hour home
charging starts. Choosing one prices home charging hour by hour (the flat or time-of-use price above is then not
used); the results show an average night's charging by hour (see `nights_text`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from buyer_app.core.errors import InputError
from buyer_app.core.tariffs.choice import DEFAULT_START_HOUR, START_HOUR_SOURCE, HomeTariff, home_tariff
from buyer_app.core.tariffs.shipped import read_tariff_file, shipped_tariffs
from buyer_app.text.tariffs import ignored_words, peak_line
from buyer_app.text.translate import tr

NONE = ""
FROM_FILE = "(file)"


class TariffBox(QGroupBox):
    """Pick a rate plan and when charging starts; `chosen` carries the HomeTariff (None: no plan)."""

    chosen = Signal(object)

    def __init__(self) -> None:
        super().__init__(tr("Your utility's rate plan"))
        form = QFormLayout(self)
        self.plan = QComboBox()
        self.plan.setAccessibleName(tr("Rate plan"))
        self.plan.addItem(tr("None: the home electricity rate above"), NONE)
        for shipped in shipped_tariffs():
            self.plan.addItem(f"{shipped.tariff.utility}: {shipped.tariff.name} ({shipped.tariff.start})", shipped.id)
        self.open_file = QPushButton(tr("From a URDB file…"))
        self.open_file.setAccessibleName(tr("Read a rate plan from a URDB JSON file"))
        line = QWidget()
        row = QHBoxLayout(line)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.plan, 1)
        row.addWidget(self.open_file)
        form.addRow(tr("Rate plan"), line)
        self.start = QSpinBox()
        self.start.setRange(0, 23)
        self.start.setValue(DEFAULT_START_HOUR)
        self.start.setSuffix(":00")
        self.start.setAccessibleName(tr("Home charging starts at"))
        self.start.setToolTip(START_HOUR_SOURCE)
        form.addRow(tr("Home charging starts at"), self.start)
        self.about = QLabel(wordWrap=True)
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.about.setAccessibleName(tr("About the rate plan"))
        form.addRow(self.about)
        self.current: HomeTariff | None = None
        self.plan.currentIndexChanged.connect(self._picked)
        self.start.valueChanged.connect(self._start_changed)
        self.open_file.clicked.connect(self._open)
        self._show_about()

    def set_plan(self, plan: HomeTariff | None) -> None:
        """Show `plan` (no signal)."""
        self.current = plan
        for widget in (self.plan, self.start):
            widget.blockSignals(True)
        if plan is not None and not plan.id:  # a rate read from a file: one entry for it
            index = self.plan.findData(FROM_FILE)
            if index < 0:
                self.plan.addItem("", FROM_FILE)
                index = self.plan.count() - 1
            self.plan.setItemText(index, f"{plan.tariff.utility}: {plan.tariff.name} ({tr('from a file')})")
        else:
            index = self.plan.findData(plan.id if plan else NONE)
        self.plan.setCurrentIndex(max(index, 0))
        self.start.setValue(plan.charge_start_hour if plan else self.start.value())
        self.start.setEnabled(plan is not None)
        for widget in (self.plan, self.start):
            widget.blockSignals(False)
        self._show_about()

    def _picked(self) -> None:
        data = self.plan.currentData()
        if data == FROM_FILE and self.current is not None and not self.current.id:
            return
        plan = None if data in (NONE, FROM_FILE) else home_tariff(str(data), start_hour=self.start.value())
        self._choose(plan)

    def _start_changed(self, hour: int) -> None:
        if self.current is not None:
            self._choose(self.current.with_start(hour))

    def _open(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, tr("Open a URDB rate"), "", tr("JSON files (*.json);;All files (*)"))
        if name:
            self.read_file(name)

    def read_file(self, name: str) -> bool:
        """Read a URDB rate file and choose it; a refused file is said in the box and changes nothing."""
        try:
            _, rate = read_tariff_file(Path(name))
            plan = home_tariff(rate=rate, start_hour=self.start.value())
        except InputError as exc:
            self.about.setText(tr("This file was not used: {why}").format(why=str(exc)))
            return False
        self.set_plan(plan)
        self.chosen.emit(plan)
        return True

    def _choose(self, plan: HomeTariff | None) -> None:
        self.current = plan
        self.start.setEnabled(plan is not None)
        self._show_about()
        self.chosen.emit(plan)

    def _show_about(self) -> None:
        plan = self.current
        if plan is None:
            self.about.setText(tr("Home charging is priced at the home electricity rate above."))
            return
        t = plan.tariff
        lines = [
            tr("{utility}, effective {start}; URDB {label}").format(
                utility=t.utility, start=t.start or "?", label=t.label or "-"
            ),
            *(peak_line(t, season) for season in ("winter", "summer")),
            tr(
                "The car's kWh are priced hour by hour on top of {kwh:,.0f} kWh a month of household use; the fixed charge is "
                "the household's anyway."
            ).format(kwh=plan.household_kwh_month),
            *ignored_words(t),
        ]
        self.about.setText("\n".join(lines))
