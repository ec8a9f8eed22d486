"""The Incentives tab: for each compared vehicle, every program decided on the purchase date (applied ones
first, with the amount and when it is paid; the others with the reason), each with its dates and source.

Plain items only (no rich text): names and reasons come from data and from the user.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from buyer_app.core.costs.compare import Comparison, VehicleOutcome
from buyer_app.core.incentives.rules import Decision, purchase_day
from buyer_app.core.region.state_figures import STATE_NAMES
from buyer_app.text.incentives import (
    dates_text,
    decision_line,
    decision_name,
    decision_source,
    reason_text,
    when_paid_text,
)
from buyer_app.text.wording import money
from buyer_app.ui.household_panel import rich_tip

COLUMNS = ("Incentive", "Who", "Amount", "Why not", "When paid", "Dates", "Source", "Last checked")
WIDTHS = (300, 190, 85, 330, 250, 200, 300, 90)
SOURCE = COLUMNS.index("Source")


def where_text(comparison: Comparison) -> str:
    h = comparison.household
    place = "the US (federal programs only: pick your state in the Household tab)" if h.state == "US" else STATE_NAMES[h.state]
    return f"{place} on {purchase_day(h).isoformat()}"


def vehicle_title(v: VehicleOutcome) -> str:
    applied = [d for d in v.incentives if d.applied]
    total = sum(d.amount for d in applied)
    counts = f"{len(applied)} applied, {len(v.incentives) - len(applied)} not" if v.incentives else "none listed"
    return f"{v.label}{' (used)' if v.used else ''} — {money(total)} applied ({counts})"


def decision_cells(d: Decision) -> list[str]:
    who = "you" if d.level == "custom" else d.offered_by
    amount = money(d.amount) if d.applied else "not applied"
    return [
        decision_name(d),
        who,
        amount,
        reason_text(d.reason),
        when_paid_text(d.payment),
        dates_text(d),
        d.source if d.level != "custom" else "entered by you",
        d.checked,
    ]


def open_address(url: str) -> bool:
    """Hand an address to the desktop (a browser); False when there is none to take it (offscreen)."""
    return bool(QDesktopServices.openUrl(QUrl(url)))


class IncentivesView(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.comparison: Comparison | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        self.heading = QLabel(wordWrap=True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setAccessibleName("Incentives heading")
        top.addWidget(self.heading, 1)
        self.show_all = QCheckBox("Show those not applied")
        self.show_all.setChecked(True)
        self.show_all.toggled.connect(lambda _on: self._fill())
        top.addWidget(self.show_all)
        layout.addLayout(top)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName("Incentives by vehicle")
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setHeaderLabels(list(COLUMNS))
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for k, width in enumerate(WIDTHS):
            self.tree.setColumnWidth(k, width)
        self.tree.itemDoubleClicked.connect(lambda item, _column: self.open_source(item))
        self.tree.currentItemChanged.connect(lambda item, _previous: self._show_detail(item))
        layout.addWidget(self.tree, 1)
        bottom = QHBoxLayout()
        self.detail = QLabel(wordWrap=True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAccessibleName("Selected incentive")
        bottom.addWidget(self.detail, 1)
        self.open_button = QPushButton("Open source")
        self.open_button.setToolTip("Open the selected line's source address in a browser (it is copied too)")
        self.open_button.clicked.connect(lambda: self.open_source(self.tree.currentItem()))
        self.copy_button = QPushButton("Copy address")
        self.copy_button.setToolTip("Copy the selected line's source address")
        self.copy_button.clicked.connect(lambda: self.copy_source(self.tree.currentItem()))
        bottom.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        bottom.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(bottom)
        self._show_detail(None)

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.comparison = comparison
        self._fill()

    def _fill(self) -> None:
        self.tree.clear()
        comparison = self.comparison
        if comparison is None:
            self.heading.setText("Incentives appear here once the comparison has results.")
            self._show_detail(None)
            return
        utility = comparison.household.utility
        self.heading.setText(
            f"Incentives for buying in {where_text(comparison)}"
            + (f", utility {utility}" if utility else ", no electric utility chosen (utility programs need it: Household tab)")
            + ". Double-click a line to open its source."
        )
        bold = QFont()
        bold.setBold(True)
        for v in comparison.vehicles:
            parent = QTreeWidgetItem(self.tree, [vehicle_title(v)])
            parent.setFont(0, bold)
            parent.setFirstColumnSpanned(True)
            shown = [d for d in sorted(v.incentives, key=lambda d: not d.applied) if d.applied or self.show_all.isChecked()]
            for d in shown:
                item = QTreeWidgetItem(parent, decision_cells(d))
                item.setData(0, Qt.ItemDataRole.UserRole, d)
                if not d.applied:
                    for k in range(len(COLUMNS)):
                        item.setForeground(k, Qt.GlobalColor.darkGray)
                tip = rich_tip("\n".join([decision_line(d), decision_source(d)] + ([d.notes] if d.notes else [])))
                for k in range(len(COLUMNS)):
                    item.setToolTip(k, tip)
            if not v.incentives:
                QTreeWidgetItem(
                    parent, [f"No incentive in the catalogue for this vehicle in {where_text(comparison)}"]
                ).setFirstColumnSpanned(True)
            elif not shown:
                QTreeWidgetItem(parent, ["None applied (tick “Show those not applied” for the reasons)"]).setFirstColumnSpanned(
                    True
                )
            parent.setExpanded(True)
        self._show_detail(None)

    @staticmethod
    def decision(item: QTreeWidgetItem | None) -> Decision | None:
        data = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return data if isinstance(data, Decision) else None

    def _show_detail(self, item: QTreeWidgetItem | None) -> None:
        d = self.decision(item)
        has_address = d is not None and d.source.startswith(("http://", "https://"))
        self.open_button.setEnabled(has_address)
        self.copy_button.setEnabled(has_address)
        if d is None:
            self.detail.setText("Select an incentive for its details; hover a line for the same.")
            return
        level = "" if d.level == "custom" else f"{d.level} program, for the {d.item}: "
        self.detail.setText("\n".join([level + decision_line(d), decision_source(d)] + ([f"Note: {d.notes}"] if d.notes else [])))

    def source_of(self, item: QTreeWidgetItem | None) -> str:
        d = self.decision(item)
        return d.source if d is not None and d.source.startswith(("http://", "https://")) else ""

    def copy_source(self, item: QTreeWidgetItem | None) -> str:
        url = self.source_of(item)
        if url:
            QGuiApplication.clipboard().setText(url)
        return url

    def open_source(self, item: QTreeWidgetItem | None) -> str:
        """Open the line's source in a browser; the address is copied too, so it is never lost."""
        url = self.copy_source(item)
        if url and not open_address(url):
            self.detail.setText(f"No browser could be started; the address is copied: {url}")
        return url
