"""Per-vehicle inputs: incentives, an insurance quote, lease terms and the heat pump (validated, nothing clamped)."""

from __future__ import annotations

from dataclasses import replace

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

from buyer_app.core.profile import Incentive, LeaseTerms, VehicleChoice

# field, label, minimum, maximum, whole number
FIELDS = (
    ("incentive", "Incentives (rebates, dealer or employer offers), USD", 0.0, 1_000_000.0, False),
    ("insurance", "Insurance quote, USD a year (empty: the household's figure)", 0.0, 50_000.0, False),
    ("lease_due", "Lease: due at signing, USD", 0.0, 1_000_000.0, False),
    ("lease_monthly", "Lease: monthly payment, USD", 0.0, 100_000.0, False),
    ("lease_term", "Lease: term, months", 1.0, 120.0, True),
)


class VehicleDetailsDialog(QDialog):
    def __init__(self, choice: VehicleChoice, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Details — {label}")
        self.choice = choice
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        lease = choice.lease
        current = {
            "incentive": sum(i.amount for i in choice.incentives) or "",
            "insurance": choice.insurance_annual if choice.insurance_annual is not None else "",
            "lease_due": lease.due_at_signing if lease else "",
            "lease_monthly": lease.monthly if lease else "",
            "lease_term": lease.term_months if lease else "",
        }
        for name, text, _lo, _hi, _whole in FIELDS:
            edit = QLineEdit("" if current[name] == "" else f"{float(current[name]):g}")
            edit.setAccessibleName(text)
            edit.textChanged.connect(self.validate)
            form.addRow(text, edit)
            self.edits[name] = edit
        self.heat_pump = QComboBox()
        self.heat_pump.setAccessibleName("Heat pump")
        for text, value in (("not known (fleet-average winter loss)", None), ("yes", True), ("no", False)):
            self.heat_pump.addItem(text, value)
        self.heat_pump.setCurrentIndex({None: 0, True: 1, False: 2}[choice.heat_pump])
        self.heat_pump.setToolTip("Winter range: Recurrent 2024/25 found 83% of normal range with a heat pump, "
                                  "75% without, 80% on average")
        form.addRow("Heat pump (plug-ins: winter range)", self.heat_pump)
        self.message = QLabel(wordWrap=True)
        self.message.setStyleSheet("color: #d62728")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Leave a field empty to use nothing (or the household's figure). Lease terms are used "
                                "when the household pays by lease."))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.validate()

    def _values(self) -> tuple[dict[str, float | None], list[str]]:
        values: dict[str, float | None] = {}
        problems = []
        for name, text, lo, hi, whole in FIELDS:
            raw = self.edits[name].text().replace("$", "").replace(",", "").strip()
            if not raw:
                values[name] = None
                continue
            try:
                number = float(raw)
                if not lo <= number <= hi or (whole and number != int(number)):
                    raise ValueError
                values[name] = number
            except ValueError:
                kind = "a whole number" if whole else "a number"
                problems.append(f"{text}: {raw!r} is not allowed ({kind} from {lo:,.0f} to {hi:,.0f})")
        lease = [values.get("lease_due"), values.get("lease_monthly"), values.get("lease_term")]
        if not problems and any(v is not None for v in lease) and not all(v is not None for v in lease):
            problems.append("Lease: give all three (due at signing, monthly, term) or none")
        return values, problems

    def validate(self) -> None:
        _, problems = self._values()
        self.message.setText("\n".join(problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)

    def result_choice(self) -> VehicleChoice:
        """The vehicle with the dialog's values (call only when valid)."""
        values, problems = self._values()
        assert not problems, problems
        incentives = (Incentive("incentives", values["incentive"]),) if values["incentive"] else ()
        lease = None
        if values["lease_term"] is not None:
            lease = LeaseTerms(values["lease_due"] or 0.0, values["lease_monthly"] or 0.0, int(values["lease_term"]))
        return replace(self.choice, incentives=incentives, insurance_annual=values["insurance"], lease=lease,
                       heat_pump=self.heat_pump.currentData())
