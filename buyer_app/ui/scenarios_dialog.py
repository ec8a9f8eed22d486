"""Compare scenarios: the profile on show against a quick variant of itself or a saved profile, side by side
(the household's key figures, each car's cost in both, the answer in words), with an "Export PDF…" button.
`add_compare_menu` puts the "Compare scenarios…" action on the window's menu bar."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from buyer_app.core.errors import InputError
from buyer_app.core.profiles.scenarios import Change, ScenarioComparison, compare_scenarios, variant
from buyer_app.core.profiles.schema import Profile, load_profile
from buyer_app.core.profiles.store import list_profiles, slug
from buyer_app.core.vehicles.database import VehicleDatabase
from buyer_app.text.scenarios import (
    VARIANT_WORDS,
    already_words,
    answer,
    household_rows,
    variant_name,
    vehicle_headers,
    vehicle_rows,
)
from buyer_app.text.translate import tr
from buyer_app.text.units import Display


class ScenarioWindow(Protocol):
    """What the dialog needs of the main window (not imported: the window imports this module)."""

    db: VehicleDatabase
    profile: Profile
    help_menu: QMenu

    def display(self) -> Display: ...


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for k in range(1, len(headers)):
        table.horizontalHeader().setSectionResizeMode(k, QHeaderView.ResizeMode.ResizeToContents)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], right_from: int) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if c >= right_from:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)


def _fit_height(table: QTableWidget) -> None:
    """As tall as its rows (a few, always): no scroll bar over six lines."""
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows + 2 * table.frameWidth())


class ScenariosDialog(QDialog):
    """The side-by-side view. `current` is the profile on show (its what-ifs count); the other side is chosen in
    the combos and computed at once."""

    def __init__(self, db: VehicleDatabase, current: Profile, display: Display, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Compare scenarios"))
        self.db, self.current, self.display = db, current, display
        self.scenarios: ScenarioComparison | None = None
        self.names: tuple[str, str] = (current.name, current.name)
        self.change: Change | None = None
        self.saved: list[tuple[Path, Profile]] = []
        for path in list_profiles():
            try:
                self.saved.append((path, load_profile(path)))
            except InputError:
                continue  # an unreadable file is not offered (File > Open says what is wrong with it)

        self.use_variant = QRadioButton(tr("A quick change:"))
        self.use_saved = QRadioButton(tr("A saved profile:"))
        group = QButtonGroup(self)
        group.addButton(self.use_variant)
        group.addButton(self.use_saved)
        self.variant_combo = QComboBox()
        for change, words in VARIANT_WORDS:
            self.variant_combo.addItem(tr(words), change)
        self.saved_combo = QComboBox()
        names = [profile.name for _path, profile in self.saved]
        for path, profile in self.saved:  # the file's name only where two profiles share a name
            self.saved_combo.addItem(
                profile.name if names.count(profile.name) == 1 else f"{profile.name} ({path.name})", str(path)
            )
        self.use_saved.setEnabled(bool(self.saved))
        self.saved_combo.setEnabled(bool(self.saved))
        if not self.saved:
            self.saved_combo.addItem(tr("(no saved profiles yet: File > Save As…)"))
        self.use_variant.setChecked(True)
        for k, (change, _words) in enumerate(VARIANT_WORDS):  # open on a change this household can make
            try:
                variant(current, change)
            except InputError:
                continue
            self.variant_combo.setCurrentIndex(k)
            break

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.answer_label = QLabel()
        self.answer_label.setWordWrap(True)
        self.answer_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answer_label.setStyleSheet("font-size: 12pt; padding: 6px 0")
        self.household_table = _table(["", "A", "B"])
        self.household_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for k in (1, 2):
            self.household_table.horizontalHeader().setSectionResizeMode(k, QHeaderView.ResizeMode.Stretch)
        self.vehicle_table = _table(vehicle_headers())
        self.export_button = QPushButton(tr("Export PDF…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        choose = QGridLayout()
        choose.addWidget(QLabel(tr("Compare “{name}” (A) with (B):").format(name=current.name)), 0, 0, 1, 2)
        choose.addWidget(self.use_variant, 1, 0)
        choose.addWidget(self.variant_combo, 1, 1)
        choose.addWidget(self.use_saved, 2, 0)
        choose.addWidget(self.saved_combo, 2, 1)
        choose.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.heading)
        layout.addWidget(self.answer_label)
        layout.addWidget(self.household_table)
        layout.addWidget(self.vehicle_table, 3)
        layout.addWidget(buttons)

        self.variant_combo.activated.connect(lambda _i: self._choose(self.use_variant))
        self.saved_combo.activated.connect(lambda _i: self._choose(self.use_saved))
        group.buttonClicked.connect(lambda _b: self.refresh())
        self.export_button.clicked.connect(lambda: self.export_pdf())
        self.resize(1000, 640)
        self.refresh()

    def _choose(self, button: QRadioButton) -> None:
        button.setChecked(True)
        self.refresh()

    def other(self) -> tuple[Profile, str, Change | None]:
        """The B side as chosen: the profile, its name, and the change when it is a quick variant."""
        if self.use_saved.isChecked() and self.saved:
            profile = self.saved[self.saved_combo.currentIndex()][1]
            name = profile.name if profile.name != self.current.name else f"{profile.name} ({tr('saved')})"
            return profile, name, None
        change: Change = self.variant_combo.currentData()
        return variant(self.current, change), variant_name(self.current.name, change), change

    def refresh(self) -> None:
        """Compute both sides and show them; a choice that cannot be compared says why and empties the tables."""
        try:
            other, name, change = self.other()
            self.scenarios = compare_scenarios(self.db, self.current, other)
        except InputError as exc:
            self.scenarios = None
            self.heading.setText("")
            self.answer_label.setText(self._refusal(exc))
            _fill(self.household_table, [], 1)
            _fill(self.vehicle_table, [], 1)
            self.export_button.setEnabled(False)
            return
        self.names, self.change = (self.current.name, name), change
        self.heading.setText(f"<b>A:</b> {_escape(self.names[0])}<br><b>B:</b> {_escape(self.names[1])}")
        self.answer_label.setText(answer(self.scenarios, self.names, change, self.display))
        _fill(self.household_table, household_rows(self.scenarios, self.display), 3)
        _fit_height(self.household_table)
        _fill(self.vehicle_table, vehicle_rows(self.scenarios, self.display), 1)
        self.export_button.setEnabled(True)

    def _refusal(self, exc: InputError) -> str:
        if self.use_variant.isChecked() and all(p.field == "variant" for p in exc.problems):
            return already_words(self.current, self.variant_combo.currentData())
        return tr("Cannot compare these: {why}").format(why=str(exc))

    def export_pdf(self, path: Path | None = None, paper: str = "letter") -> Path | None:
        """Write the side-by-side PDF (asking where when `path` is None); the path written, or None."""
        if self.scenarios is None:
            return None
        if path is None:
            default = Path.home() / f"{slug(self.names[0])}-scenarios.pdf"
            name, _chosen = QFileDialog.getSaveFileName(self, tr("Export PDF"), str(default), tr("PDF (*.pdf)"))
            if not name:
                return None
            path = Path(name)
        from buyer_app.report.scenarios import write_scenarios_pdf

        try:
            write_scenarios_pdf(self.scenarios, self.names, path, change=self.change, display=self.display, paper=paper)
        except OSError as exc:
            QMessageBox.warning(self, tr("Export PDF"), tr("The PDF could not be written: {why}").format(why=exc.strerror or exc))
            return None
        return path


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def add_compare_menu(window: QMainWindow) -> tuple[QMenu, QAction]:
    """A "Compare" menu before Help with "Compare scenarios…", which opens the dialog on the profile on show.
    The menu is returned for the window to keep (a menu nobody holds is lost under PySide 6.8)."""
    menu = QMenu(tr("&Compare"), window)
    own: ScenarioWindow = window  # type: ignore[assignment]
    window.menuBar().insertMenu(own.help_menu.menuAction(), menu)
    action = QAction(tr("Compare scenarios…"), window)
    action.setStatusTip(tr("This household against a change (a charger, years, cash or a loan) or a saved profile"))

    def open_dialog() -> None:
        dialog = ScenariosDialog(own.db, own.profile, own.display(), window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    action.triggered.connect(open_dialog)
    menu.addAction(action)
    return menu, action
