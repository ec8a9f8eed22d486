"""Every household input of the cost engine, grouped, with units, sources and validation as you type.

A value that is not allowed is marked and explained (never clamped). `changed` carries the household
made of every valid field (so other edits are kept) and the list of problems still marked.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from buyer_app.core.household import FIELD_BY_NAME, FieldSpec, Household, household_to_dict, validate_value

GROUPS = (
    ("Driving", ("years", "annual_miles", "city_share")),
    ("Prices", ("gas_price", "midgrade_price", "premium_price", "diesel_price", "electricity_price",
                "fuel_escalation", "electricity_escalation")),
    ("Charging", ("home_charging", "home_charger_kw", "home_hours_per_night", "home_rate", "offpeak_price",
                  "offpeak_share", "workplace_charging", "workplace_price", "workplace_days", "workplace_charger_kw",
                  "workplace_hours", "public_everyday", "public_l2_price", "public_dc_price", "public_dc_pricing",
                  "public_dc_per_minute", "idle_fee_per_minute", "idle_minutes_per_session", "charge_reserve")),
    ("Ownership and financing", ("financing", "down_payment_share", "loan_apr", "loan_term_months",
                                 "home_charger_cost", "discount_rate")),
    ("Running costs", ("maintenance_bev", "maintenance_phev", "maintenance_hev", "maintenance_ice",
                       "maintenance_age_growth", "depreciation_bev", "depreciation_phev", "depreciation_hev",
                       "depreciation_ice")),
    ("Insurance and fees", ("insurance_annual", "sales_tax_rate", "title_fees", "registration_annual",
                            "bev_surcharge", "phev_surcharge", "hev_surcharge")),
)
INVALID_STYLE = "QLineEdit { border: 2px solid #d62728; }"


def is_percent(spec: FieldSpec) -> bool:
    return spec.unit.startswith("fraction")


def shown_unit(spec: FieldSpec) -> str:
    return spec.unit.replace("fraction/yr", "%/yr").replace("fraction", "%")


def to_text(spec: FieldSpec, value: Any) -> str:
    if spec.choices:
        return str(value)
    number = float(value) * (100 if is_percent(spec) else 1)
    return f"{number:.10g}"


def from_text(spec: FieldSpec, text: str) -> object:
    cleaned = text.strip().replace(",", "").replace("$", "").rstrip("%").strip()
    try:
        number = float(cleaned)
    except ValueError:
        return text
    return number / 100 if is_percent(spec) else number


class HouseholdPanel(QWidget):
    changed = Signal(object, list)  # Household of every valid field, list[str] of problems (empty: all valid)

    def __init__(self, household: Household | None = None) -> None:
        super().__init__()
        self.editors: dict[str, QLineEdit | QComboBox] = {}
        self.problems: dict[str, str] = {}
        layout = QVBoxLayout(self)
        for title, names in GROUPS:
            box = QGroupBox(title)
            form = QFormLayout(box)
            for name in names:
                spec = FIELD_BY_NAME[name]
                editor = self._editor(spec)
                unit = QLabel(shown_unit(spec))
                line = QWidget()
                hl = QHBoxLayout(line)
                hl.setContentsMargins(0, 0, 0, 0)
                hl.addWidget(editor, 1)
                hl.addWidget(unit)
                form.addRow(spec.label, line)
            layout.addWidget(box)
        self.message = QLabel(wordWrap=True)
        self.message.setStyleSheet("color: #d62728")
        self.message.setAccessibleName("Household input problems")
        layout.addWidget(self.message)
        layout.addStretch()
        self.set_household(household or Household())

    def _editor(self, spec: FieldSpec) -> QLineEdit | QComboBox:
        tip = f"{spec.label}. Allowed: {spec.allowed()}.\nDefault {to_text(spec, spec.default)} {shown_unit(spec)} " \
              f"— source ({spec.as_of}): {spec.source}"
        editor: QLineEdit | QComboBox
        if spec.choices:
            editor = QComboBox()
            editor.addItems(list(spec.choices))
            editor.currentTextChanged.connect(lambda _text, n=spec.name: self._edited(n))
        else:
            editor = QLineEdit()
            editor.textEdited.connect(lambda _text, n=spec.name: self._edited(n))
        editor.setToolTip(tip)
        editor.setAccessibleName(spec.label)
        editor.setAccessibleDescription(tip)
        self.editors[spec.name] = editor
        return editor

    def set_household(self, household: Household) -> None:
        """Show `household` (no signal)."""
        values = household_to_dict(household)
        for name, editor in self.editors.items():
            editor.blockSignals(True)
            if isinstance(editor, QComboBox):
                if editor.currentText() != str(values[name]):
                    editor.setCurrentText(str(values[name]))
            else:
                text = to_text(FIELD_BY_NAME[name], values[name])
                if editor.text() != text or name in self.problems:
                    editor.setText(text)
                    editor.setStyleSheet("")
            editor.blockSignals(False)
        if self.problems:
            self.problems.clear()
            self.message.setText("")

    def values(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for name, editor in self.editors.items():
            spec = FIELD_BY_NAME[name]
            out[name] = editor.currentText() if isinstance(editor, QComboBox) else from_text(spec, editor.text())
        return out

    def _edited(self, name: str) -> None:
        spec = FIELD_BY_NAME[name]
        editor = self.editors[name]
        value = editor.currentText() if isinstance(editor, QComboBox) else from_text(spec, editor.text())
        _, problem = validate_value(name, value)
        if problem:
            shown = editor.text() if isinstance(editor, QLineEdit) else value
            allowed = spec.allowed()
            if is_percent(spec) and spec.minimum is not None and spec.maximum is not None:
                allowed = f"a percentage from {spec.minimum * 100:g} to {spec.maximum * 100:g}"
            self.problems[name] = f"{spec.label}: {shown!r} is not allowed ({allowed})"
            if isinstance(editor, QLineEdit):
                editor.setStyleSheet(INVALID_STYLE)
        else:
            self.problems.pop(name, None)
            if isinstance(editor, QLineEdit):
                editor.setStyleSheet("")
        self.message.setText("\n".join(self.problems.values()))
        valid = {k: v for k, v in self.values().items() if k not in self.problems}
        self.changed.emit(Household().with_values(valid), list(self.problems.values()))
