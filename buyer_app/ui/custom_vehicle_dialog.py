"""Your own vehicle in the window: a dialog for a car the list lacks (issue 17 item 5), checked field by field by the
core's own validation (`core.vehicles.custom.custom_from_dict`) as it is typed.

Figures are typed in the profile's units: a metric profile takes km, kWh/100 km and L/100 km (as the core keeps
them); a US profile takes miles, kWh/100 mi and MPG, turned into the core's units before they are checked. A figure
shown for editing and not changed is kept exactly as stored (no drift from converting it there and back). A field
the powertrain does not use is greyed out and not kept. OK stays off while anything is wrong, and the message
under the fields names each wrong field, what was typed and what is allowed, in the profile's units.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from buyer_app.core.errors import InputError
from buyer_app.core.vehicles.custom import CYCLES, LIMITS, NAME_MAX, NEEDS, POWERTRAINS, YEARS, CustomVehicle, custom_from_dict
from buyer_app.text.choices import powertrain_label
from buyer_app.text.translate import tr, tr_noop

KM_PER_MI = 1.609344
L100KM_PER_MPG = 235.214583  # L/100 km x MPG (US gallon)
NUMBERS = ("price", "range_km", "kwh_per_100km", "l_per_100km", "battery_kwh", "dc_max_kw")
CYCLE_WORDS = {
    "EPA": tr_noop("EPA label (US window sticker)"),
    "WLTP": tr_noop("WLTP (Europe; made real-world x 0.88)"),
    "CLTC": tr_noop("CLTC (China; made real-world x 0.85)"),
    "real": tr_noop("measured in your own driving"),
}
# each figure's label in the window: (metric, US); {currency}: the profile's currency code
LABELS = {
    "make": (tr_noop("Make"), tr_noop("Make")),
    "model": (tr_noop("Model"), tr_noop("Model")),
    "year": (tr_noop("Model year"), tr_noop("Model year")),
    "powertrain": (tr_noop("Type"), tr_noop("Type")),
    "cycle": (tr_noop("Figures measured on"), tr_noop("Figures measured on")),
    "price": (tr_noop("Price ({currency})"), tr_noop("Price ({currency})")),
    "range_km": (
        tr_noop("Range (km; a plug-in hybrid's electric range)"),
        tr_noop("Range (miles; a plug-in hybrid's electric range)"),
    ),
    "kwh_per_100km": (tr_noop("Electricity use (kWh/100 km)"), tr_noop("Electricity use (kWh/100 mi)")),
    "l_per_100km": (tr_noop("Fuel use (L/100 km)"), tr_noop("Fuel economy (MPG)")),
    "battery_kwh": (tr_noop("Battery (kWh, usable)"), tr_noop("Battery (kWh, usable)")),
    "dc_max_kw": (tr_noop("Fastest DC charging (kW)"), tr_noop("Fastest DC charging (kW)")),
}
UNITS = {
    "range_km": (tr_noop("km"), tr_noop("mi")),
    "kwh_per_100km": (tr_noop("kWh/100 km"), tr_noop("kWh/100 mi")),
    "l_per_100km": (tr_noop("L/100 km"), "MPG"),
    "battery_kwh": ("kWh", "kWh"),
    "dc_max_kw": (tr_noop("kW"), tr_noop("kW")),
}


def to_core(key: str, value: float, metric: bool) -> float:
    """A figure as typed in the window's units, in the core's (km, kWh/100 km, L/100 km)."""
    if metric:
        return value
    if key == "range_km":
        return value * KM_PER_MI
    if key == "kwh_per_100km":
        return value / KM_PER_MI
    if key == "l_per_100km":
        return L100KM_PER_MPG / value if value > 0 else math.inf
    return value


def from_core(key: str, value: float, metric: bool) -> float:
    """A stored figure in the window's units (the inverse of `to_core`)."""
    if metric or key not in UNITS:
        return value
    if key == "l_per_100km":
        return L100KM_PER_MPG / value
    return value / KM_PER_MI if key == "range_km" else value * KM_PER_MI


def allowed_range(key: str, metric: bool) -> tuple[float, float]:
    """The core's limits of a figure in the window's units, rounded inward to one decimal (a figure inside them is
    accepted), low first (MPG turns L/100 km's limits around)."""
    lo, hi = sorted(from_core(key, bound, metric) for bound in LIMITS[key])
    return math.ceil(lo * 10 - 1e-9) / 10, math.floor(hi * 10 + 1e-9) / 10


def _shown(value: float) -> str:
    return f"{value:,.1f}".removesuffix(".0")


class CustomVehicleDialog(QDialog):
    """Enter or change one of your own vehicles; `vehicle()` is the checked car once OK is pressed."""

    def __init__(
        self, parent: QWidget | None, vehicle_id: int, metric: bool, currency: str, existing: CustomVehicle | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Change your own vehicle") if existing else tr("Your own vehicle"))
        self.vehicle_id, self.metric_units, self.currency = vehicle_id, metric, currency
        self._checked: CustomVehicle | None = None
        self._kept: dict[str, tuple[str, float]] = {}  # a figure shown for editing: its text and stored value
        intro = QLabel(
            tr(
                "A car the list lacks: type the figures you have and say what they were measured on. It is compared "
                "like the others and marked “(your entry)”; the profile keeps it."
            ),
            wordWrap=True,
        )
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        self.make, self.model, self.year = self._line("make"), self._line("model"), self._line("year")
        self.powertrain = QComboBox()
        for code in POWERTRAINS:
            self.powertrain.addItem(powertrain_label(code), code)
        self.cycle = QComboBox()
        for code in CYCLES:
            self.cycle.addItem(tr(CYCLE_WORDS[code]), code)
        for key, widget in (("make", self.make), ("model", self.model), ("year", self.year)):
            form.addRow(self._label(key), widget)
        form.addRow(self._label("powertrain"), self.powertrain)
        form.addRow(self._label("cycle"), self.cycle)
        for key in NUMBERS:
            form.addRow(self._label(key), self._line(key))
        self.problem = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.problem.setAccessibleName(tr("Problems with the vehicle"))
        self.problem.setStyleSheet("color: #d62728")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        if existing is not None:
            self._show(existing)
        else:
            self.cycle.setCurrentIndex(self.cycle.findData("CLTC" if metric else "EPA"))
        self.powertrain.currentIndexChanged.connect(self.validate)
        self.cycle.currentIndexChanged.connect(self.validate)
        for edit in self.edits.values():
            edit.textChanged.connect(self.validate)
        self.validate()

    def _label(self, key: str) -> QLabel:
        metric_words, us_words = LABELS[key]
        label = QLabel(tr(metric_words if self.metric_units else us_words).format(currency=self.currency))
        self.labels[key] = label
        return label

    def _line(self, key: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(key)
        metric_words, us_words = LABELS[key]
        edit.setAccessibleName(tr(metric_words if self.metric_units else us_words).format(currency=self.currency))
        self.edits[key] = edit
        return edit

    def _show(self, v: CustomVehicle) -> None:
        self.make.setText(v.make)
        self.model.setText(v.model)
        self.year.setText(str(v.year))
        self.powertrain.setCurrentIndex(self.powertrain.findData(v.powertrain))
        self.cycle.setCurrentIndex(self.cycle.findData(v.cycle))
        for key in NUMBERS:
            stored = getattr(v, key)
            if stored is None:
                continue
            text = f"{from_core(key, stored, self.metric_units):.6g}"
            self.edits[key].setText(text)
            self._kept[key] = (text, stored)

    def field_name(self, key: str) -> str:
        """A field's label as the dialog shows it."""
        return self.labels[key].text()

    def _figures(self, used: set[str], problems: dict[str, str]) -> dict[str, Any]:
        raw: dict[str, Any] = {}
        for key in NUMBERS:
            text = self.edits[key].text().strip().replace(",", "")
            if key not in used or not text:
                continue
            kept = self._kept.get(key)
            if kept is not None and kept[0] == text:
                raw[key] = kept[1]
                continue
            try:
                typed = float(text)
                if not math.isfinite(typed):
                    raise ValueError(text)
            except ValueError:
                problems[key] = self._number_problem(key, text)
                continue
            raw[key] = to_core(key, typed, self.metric_units) if typed > 0 else typed
        return raw

    def _number_problem(self, key: str, text: str) -> str:
        lo, hi = allowed_range(key, self.metric_units)
        unit = tr(UNITS[key][0 if self.metric_units else 1]) if key in UNITS else self.currency
        return tr("{field}: {value} is not allowed (a number from {lo} to {hi} {unit})").format(
            field=self.field_name(key), value=repr(text), lo=_shown(lo), hi=_shown(hi), unit=unit
        )

    def validate(self) -> bool:
        """Check every field with the core's rules; show what is wrong; OK only when nothing is."""
        powertrain = str(self.powertrain.currentData())
        used = {"price", *NEEDS[powertrain]} | ({"battery_kwh", "dc_max_kw"} if powertrain in ("bev", "phev") else set())
        for key in NUMBERS:
            self.edits[key].setEnabled(key in used)
        problems: dict[str, str] = {}
        raw = self._figures(used, problems)
        year_text = self.year.text().strip()
        raw.update(make=self.make.text(), model=self.model.text(), powertrain=powertrain, cycle=self.cycle.currentData())
        raw["year"] = int(year_text) if year_text.isdigit() else year_text
        self._checked = None
        try:
            checked = custom_from_dict(raw, "vehicle", self.vehicle_id)
        except InputError as exc:
            for p in exc.problems:
                key = p.field.rsplit(".", 1)[-1]
                problems.setdefault(key, self._describe(key, p.value))
        else:
            if not problems:
                self._checked = checked
        for key, edit in self.edits.items():
            edit.setStyleSheet("QLineEdit { border: 1px solid #d62728; }" if key in problems else "")
            edit.setToolTip(problems.get(key, ""))
        order = ["make", "model", "year", *NUMBERS]
        self.problem.setText("\n".join(problems[k] for k in sorted(problems, key=lambda k: order.index(k) if k in order else 99)))
        self.problem.setVisible(bool(problems))
        self.ok.setEnabled(self._checked is not None)
        return self._checked is not None

    def _describe(self, key: str, value: object) -> str:
        """The core's refusal of a field in the dialog's words and units."""
        if key in ("make", "model"):
            return tr("{field}: {value} is not allowed (a name of 1 to {most} characters)").format(
                field=self.field_name(key), value=repr(value if value is not None else ""), most=NAME_MAX
            )
        if key == "year":
            return tr("{field}: {value} is not allowed (a model year from {first} to {last})").format(
                field=self.field_name(key), value=repr(self.year.text()), first=YEARS[0], last=YEARS[1]
            )
        if key in NUMBERS and value is None:
            return tr("{field}: needed for a {type}").format(
                field=self.field_name(key), type=powertrain_label(str(self.powertrain.currentData()))
            )
        if key in NUMBERS:
            return self._number_problem(key, self.edits[key].text().strip())
        return tr("{field}: {value} is not allowed").format(field=key, value=repr(value))

    def accept(self) -> None:
        if self.validate():  # OK refuses while anything is wrong (Enter in a field presses it too)
            super().accept()

    def vehicle(self) -> CustomVehicle | None:
        """The checked vehicle (None while anything is wrong)."""
        return self._checked
