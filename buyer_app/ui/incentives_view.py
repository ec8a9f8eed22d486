"""The Incentives tab: for each compared vehicle, every program decided on the purchase date, in three groups:
what applies (the amount and when it is paid), what could apply if something changed (the income given, the
utility, a cheaper trim...; with the reason and what would make it count), and the other programs collapsed to a
count (ended, for others, or already covered). Names shared by two programs are told apart.

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
from buyer_app.core.incentives.relevance import group_decisions
from buyer_app.core.incentives.rules import Decision, purchase_day
from buyer_app.text.incentives import (
    could_apply_text,
    dates_text,
    decision_line,
    decision_name,
    decision_source,
    distinct_names,
    reason_text,
    when_paid_text,
)
from buyer_app.text.places import place_words
from buyer_app.text.translate import tr, tr_noop
from buyer_app.text.wording import money
from buyer_app.ui.household_panel import rich_tip

COLUMNS = (
    tr_noop("Incentive"),
    tr_noop("Who"),
    tr_noop("Amount"),
    tr_noop("Why not"),
    tr_noop("Would count"),
    tr_noop("When paid"),
    tr_noop("Dates"),
    tr_noop("Source"),
    tr_noop("Last checked"),
)
WIDTHS = (300, 190, 85, 300, 260, 250, 200, 300, 90)
SOURCE = COLUMNS.index("Source")


def where_text(comparison: Comparison) -> str:
    h = comparison.household
    place = (
        tr("the US (federal programs only: pick your state in the Household tab)") if h.state == "US" else place_words(h.state)
    )
    return tr("{place} on {day}").format(place=place, day=purchase_day(h).isoformat())


def vehicle_title(v: VehicleOutcome) -> str:
    groups = group_decisions(v.incentives)
    if not v.incentives:
        counts = tr("none listed")
    else:
        counts = tr("{applies} apply, {could} could apply, {other} other").format(
            applies=len(groups.applies), could=groups.could_apply_count, other=len(groups.not_for_you)
        )
    return tr("{car}{used} — {amount} applied ({counts})").format(
        car=v.label, used=tr(" (used)") if v.used else "", amount=money(groups.applied_total), counts=counts
    )


GROUP_TITLES = (
    tr_noop("Applies ({count})"),
    tr_noop("Could apply if something changed ({count})"),
    tr_noop("Other programs ({count}): ended, for other households, or already covered"),
)


UTILITY_PROGRAMS = tr_noop("{count} programs for one utility's customers each: choose your utility on the Household tab")
LOCAL_PROGRAMS = tr_noop("{count} programs of a town or county the app cannot check: add one as your own if you live there")


def decision_cells(d: Decision, name: str | None = None) -> list[str]:
    who = tr("you") if d.level == "custom" else d.offered_by
    amount = money(d.amount) if d.applied else tr("not applied")
    return [
        name or decision_name(d),
        who,
        amount,
        reason_text(d.reason),
        could_apply_text(d),
        when_paid_text(d.payment),
        dates_text(d),
        d.source if d.level != "custom" else tr("entered by you"),
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
        self.heading.setAccessibleName(tr("Incentives heading"))
        top.addWidget(self.heading, 1)
        self.show_all = QCheckBox(tr("Open every group"))
        self.show_all.setToolTip(
            tr("Utility and town programs, ended programs, those for other households and those another program covers")
        )
        self.show_all.setChecked(False)
        self.show_all.toggled.connect(lambda _on: self._fill())
        top.addWidget(self.show_all)
        layout.addLayout(top)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(tr("Incentives by vehicle"))
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setHeaderLabels([tr(c) for c in COLUMNS])
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
        self.detail.setAccessibleName(tr("Selected incentive"))
        bottom.addWidget(self.detail, 1)
        self.open_button = QPushButton(tr("Open source"))
        self.open_button.setToolTip(tr("Open the selected line's source address in a browser (it is copied too)"))
        self.open_button.clicked.connect(lambda: self.open_source(self.tree.currentItem()))
        self.copy_button = QPushButton(tr("Copy address"))
        self.copy_button.setToolTip(tr("Copy the selected line's source address"))
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
            self.heading.setText(tr("Incentives appear here once the comparison has results."))
            self._show_detail(None)
            return
        utility = comparison.household.utility
        self.heading.setText(
            tr("Incentives for buying in {}").format(where_text(comparison))
            + (
                tr(", utility {}").format(utility)
                if utility
                else tr(", no electric utility chosen (utility programs need it: Household tab)")
            )
            + tr(". Double-click a line to open its source.")
        )
        bold = QFont()
        bold.setBold(True)
        for v in comparison.vehicles:
            parent = QTreeWidgetItem(self.tree, [vehicle_title(v)])
            parent.setFont(0, bold)
            parent.setFirstColumnSpanned(True)
            groups = group_decisions(v.incentives)
            names = dict(zip(map(id, v.incentives), distinct_names(v.incentives), strict=True))
            for k, (title, decisions) in enumerate(
                zip(GROUP_TITLES, (groups.applies, groups.could_apply, groups.not_for_you), strict=True)
            ):
                count = groups.could_apply_count if k == 1 else len(decisions)
                if not count:
                    continue
                group = QTreeWidgetItem(parent, [tr(title).format(count=count)])
                group.setFirstColumnSpanned(True)
                for d in decisions:
                    self._add_decision(group, d, names[id(d)])
                if k == 1:  # dozens of utility and town programs: one line each kind, opened on demand
                    for heading, many in (
                        (UTILITY_PROGRAMS, groups.utility_programs),
                        (LOCAL_PROGRAMS, groups.local_programs),
                    ):
                        if many:
                            sub = QTreeWidgetItem(group, [tr(heading).format(count=len(many))])
                            sub.setFirstColumnSpanned(True)
                            for d in many:
                                self._add_decision(sub, d, names[id(d)])
                            sub.setExpanded(self.show_all.isChecked())
                group.setExpanded(k < 2 or self.show_all.isChecked())
            if not v.incentives:
                QTreeWidgetItem(
                    parent, [tr("No incentive in the catalogue for this vehicle in {}").format(where_text(comparison))]
                ).setFirstColumnSpanned(True)
            elif not groups.applies:
                QTreeWidgetItem(parent, [tr("None applies on this purchase date")]).setFirstColumnSpanned(True)
            parent.setExpanded(True)
        self._show_detail(None)

    @staticmethod
    def _add_decision(group: QTreeWidgetItem, d: Decision, name: str) -> None:
        item = QTreeWidgetItem(group, decision_cells(d, name))
        item.setData(0, Qt.ItemDataRole.UserRole, d)
        if not d.applied:
            for k in range(len(COLUMNS)):
                item.setForeground(k, Qt.GlobalColor.darkGray)
        tip = rich_tip("\n".join([decision_line(d), decision_source(d)] + ([d.notes] if d.notes else [])))
        for k in range(len(COLUMNS)):
            item.setToolTip(k, tip)

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
            self.detail.setText(tr("Select an incentive for its details; hover a line for the same."))
            return
        level = "" if d.level == "custom" else tr("{level} program, for the {item}: ").format(level=d.level, item=d.item)
        could = could_apply_text(d)
        lines = [level + decision_line(d)] + ([tr("It would count {}.").format(could)] if could else [])
        self.detail.setText(
            "\n".join([*lines, decision_source(d)] + ([tr("Note: {note}").format(note=d.notes)] if d.notes else []))
        )

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
            self.detail.setText(tr("No browser could be started; the address is copied: {}").format(url))
        return url
