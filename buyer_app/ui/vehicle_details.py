"""Per-vehicle inputs: new or used, the user's own incentives, an insurance quote, lease terms and the heat pump
(validated, nothing clamped; a bad input is named and the dialog stays open)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from buyer_app.core.costs.choices import Incentive, LeaseTerms, VehicleChoice
from buyer_app.text.currency import current_currency
from buyer_app.text.translate import tr, tr_noop
from buyer_app.text.wording import money

# field, label, minimum, maximum, whole number
FIELDS = (
    ("insurance", tr_noop("Insurance quote, {currency} a year (empty: the household's figure)"), 0.0, 50_000.0, False),
    ("lease_due", tr_noop("Lease: due at signing, {currency}"), 0.0, 1_000_000.0, False),
    ("lease_monthly", tr_noop("Lease: monthly payment, {currency}"), 0.0, 100_000.0, False),
    ("lease_term", tr_noop("Lease: term, months"), 1.0, 120.0, True),
)
NAME_MAX = 80
AMOUNT_MAX = 1_000_000.0
OWN_LABEL = tr_noop("Your own incentive (dealer, employer…)")


def field_words(text: str) -> str:
    """A row label of FIELDS in the user's language and the amounts' currency."""
    return tr(text).format(currency=current_currency())


def own_label(k: int) -> str:
    return tr(OWN_LABEL) if k == 1 else tr("Your own incentive {}").format(k)


class VehicleDetailsDialog(QDialog):
    def __init__(self, choice: VehicleChoice, label: str, parent: QWidget | None = None, price: float | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Details — {}").format(label))
        self.choice = choice
        self.price = price  # your own incentives together may not exceed it
        self.edits: dict[str, QLineEdit] = {}
        self.incentive_rows: list[tuple[QLineEdit, QLineEdit]] = []
        form = QFormLayout()
        self.form = form
        self.used = QCheckBox(tr("Bought used"))
        self.used.setChecked(choice.used)
        self.used.setToolTip(
            tr(
                "Incentives for used vehicles are checked instead of those for new ones. Enter the price "
                "you are quoted (the price column of the results): the base MSRP is for a new car."
            )
        )
        form.addRow(self.used)
        for incentive in choice.incentives or (None,):
            self.add_incentive_row(incentive.name if incentive else "", incentive.amount if incentive else None)
        self.edits["incentive"] = self.incentive_rows[0][1]
        self.incentive_name = self.incentive_rows[0][0]
        add = QPushButton(tr("Add another own incentive"))
        add.clicked.connect(lambda: self.add_incentive_row("", None))
        form.addRow("", add)
        lease = choice.lease
        current = {
            "insurance": choice.insurance_annual if choice.insurance_annual is not None else "",
            "lease_due": lease.due_at_signing if lease else "",
            "lease_monthly": lease.monthly if lease else "",
            "lease_term": lease.term_months if lease else "",
        }
        for name, text, _lo, _hi, _whole in FIELDS:
            edit = QLineEdit("" if current[name] == "" else f"{float(current[name]):g}")
            edit.setAccessibleName(field_words(text))
            edit.textChanged.connect(self.validate)
            form.addRow(field_words(text), edit)
            self.edits[name] = edit
        self.heat_pump = QComboBox()
        self.heat_pump.setAccessibleName(tr("Heat pump"))
        for text, value in ((tr("not known (fleet-average winter loss)"), None), (tr("yes"), True), (tr("no"), False)):
            self.heat_pump.addItem(text, value)
        self.heat_pump.setCurrentIndex({None: 0, True: 1, False: 2}[choice.heat_pump])
        self.heat_pump.setToolTip(
            tr("Winter range: Recurrent 2024/25 found 83% of normal range with a heat pump, 75% without, 80% on average")
        )
        form.addRow(tr("Heat pump (plug-ins: winter range)"), self.heat_pump)
        self.message = QLabel(wordWrap=True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet("color: #d62728")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                tr(
                    "Leave a field empty to use nothing (or the household's figure). Your own incentives "
                    "are always counted, on top of the programs the app finds (Incentives tab). Lease terms "
                    "are used when the household pays by lease."
                ),
                wordWrap=True,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.validate()

    def add_incentive_row(self, name: str, amount: float | None) -> None:
        """One own incentive: a name and an amount in USD."""
        name_edit = QLineEdit(name)
        name_edit.setPlaceholderText(tr("name, e.g. dealer discount"))
        amount_edit = QLineEdit("" if amount is None else f"{amount:g}")
        amount_edit.setPlaceholderText(current_currency())
        k = len(self.incentive_rows) + 1
        name_edit.setAccessibleName(tr("Own incentive {}: name").format(k))
        amount_edit.setAccessibleName(tr("Own incentive {k}: amount, {currency}").format(k=k, currency=current_currency()))
        for edit in (name_edit, amount_edit):
            edit.textChanged.connect(self.validate)
        row = QWidget()
        hl = QHBoxLayout(row)
        hl.setContentsMargins(0, 0, 0, 0)
        hl.addWidget(name_edit, 3)
        hl.addWidget(amount_edit, 1)
        hl.addWidget(QLabel(current_currency()))
        label = own_label(k)
        self.form.insertRow(k, label, row)  # below the used box, above the button and the other fields
        self.incentive_rows.append((name_edit, amount_edit))
        if hasattr(self, "buttons"):
            self.validate()

    def _incentives(self, problems: list[str]) -> list[Incentive]:
        out = []
        for k, (name_edit, amount_edit) in enumerate(self.incentive_rows, start=1):
            name = name_edit.text().strip()
            raw = amount_edit.text().replace("$", "").replace(",", "").strip()
            where = own_label(k)
            if len(name) > NAME_MAX:
                problems.append(
                    tr("{where}: the name has {count} characters (at most {most})").format(
                        where=where, count=len(name), most=NAME_MAX
                    )
                )
            elif any(ord(c) < 32 for c in name):
                problems.append(tr("{where}: the name {name} holds control characters").format(where=where, name=repr(name)))
            if not raw:
                if name:
                    problems.append(
                        tr("{where}: {name} needs an amount (a number from 0 to {most} {currency})").format(
                            where=where, name=repr(name), most=f"{AMOUNT_MAX:,.0f}", currency=current_currency()
                        )
                    )
                continue
            try:
                amount = float(raw)
                if not 0 <= amount <= AMOUNT_MAX:
                    raise ValueError
            except ValueError:
                problems.append(
                    tr("{where}: amount {value} is not allowed (a number from 0 to {most} {currency})").format(
                        where=where, value=repr(amount_edit.text()), most=f"{AMOUNT_MAX:,.0f}", currency=current_currency()
                    )
                )
                continue
            if amount > 0:  # a zero amount counts for nothing and is not kept
                out.append(Incentive(name or tr("your own incentive"), amount))
        return out

    def _values(self) -> tuple[dict[str, float | None], list[str]]:
        values: dict[str, float | None] = {}
        problems: list[str] = []
        own = sum(i.amount for i in self._incentives(problems))
        if self.price is not None and own > self.price:
            problems.append(
                tr("Your own incentives add up to {own}, more than the vehicle's price ({price})").format(
                    own=money(own), price=money(self.price)
                )
            )
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
                kind = tr("a whole number from {lo} to {hi}") if whole else tr("a number from {lo} to {hi}")
                allowed = kind.format(lo=f"{lo:,.0f}", hi=f"{hi:,.0f}")
                problems.append(
                    tr("{label}: {value} is not allowed ({allowed})").format(
                        label=field_words(text), value=repr(raw), allowed=allowed
                    )
                )
        lease = [values.get("lease_due"), values.get("lease_monthly"), values.get("lease_term")]
        if not problems and any(v is not None for v in lease) and not all(v is not None for v in lease):
            problems.append(tr("Lease: give all three (due at signing, monthly, term) or none"))
        return values, problems

    def accept(self) -> None:
        """Close only with valid values (Enter in a field must not slip past the disabled OK)."""
        _, problems = self._values()
        if problems:
            self.validate()
            return
        super().accept()

    def validate(self) -> None:
        _, problems = self._values()
        self.message.setText("\n".join(problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)

    def result_choice(self) -> VehicleChoice:
        """The vehicle with the dialog's values (call only when valid)."""
        values, problems = self._values()
        assert not problems, problems
        incentives = tuple(self._incentives([]))
        lease = None
        if values["lease_term"] is not None:
            lease = LeaseTerms(values["lease_due"] or 0.0, values["lease_monthly"] or 0.0, int(values["lease_term"]))
        return replace(
            self.choice,
            incentives=incentives,
            insurance_annual=values["insurance"],
            lease=lease,
            heat_pump=self.heat_pump.currentData(),
            used=self.used.isChecked(),
        )
