"""The main window: household, vehicle picker, what-ifs, results, charts; one Profile is the state.

Every edit replaces `self.profile` through an undoable ProfileChange, so Undo/Redo, the modified
marker and crash recovery (an autosave file) all follow from one place.
"""

from __future__ import annotations

from dataclasses import replace

import pyqtgraph as pg
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from buyer_app.core.climate import Climate
from buyer_app.core.compare import Comparison, compare
from buyer_app.core.database import VehicleDatabase
from buyer_app.core.driving import Pattern
from buyer_app.core.errors import InputError, UnknownVehicle
from buyer_app.core.household import Household
from buyer_app.core.household_region import grid_description, household_climate
from buyer_app.core.profile import MAX_VEHICLES, Profile, VehicleChoice
from buyer_app.core.storage import user_data_dir
from buyer_app.report.wording import charging_notes, verdict
from buyer_app.ui.charts import (
    CO2_PARTS,
    clear_plot,
    draw_breakdown,
    draw_co2,
    draw_cumulative,
    draw_days,
    draw_energy,
    draw_monthly,
    hover_text,
    new_plot,
    update_cumulative,
)
from buyer_app.ui.comparison_model import ComparisonModel
from buyer_app.ui.driving_panel import DrivingPanel
from buyer_app.ui.file_actions import FileActions
from buyer_app.ui.household_panel import HouseholdPanel
from buyer_app.ui.incentives_view import IncentivesView
from buyer_app.ui.picker import VehiclePicker
from buyer_app.ui.sources_dialog import SourcesDialog
from buyer_app.ui.vehicle_details import VehicleDetailsDialog
from buyer_app.ui.whatif import WhatIfPanel

# 2025 Tesla Model 3 Long Range RWD, 2025 Toyota Camry Hybrid LE, 2025 Toyota RAV4 PHEV
SAMPLE = Profile("Sample household", Household(years=8),
                 (VehicleChoice(48765), VehicleChoice(48032), VehicleChoice(49160)))


class ProfileChange(QUndoCommand):
    """One edit of the profile; consecutive edits of the same what-if slider merge into one."""

    def __init__(self, window: MainWindow, before: Profile, after: Profile, text: str, merge_key: str = "") -> None:
        super().__init__(text)
        self.window, self.before, self.after, self.merge_key = window, before, after, merge_key

    def id(self) -> int:
        return (hash(self.merge_key) & 0x3FFFFFFF) if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ProfileChange) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self.window.show_profile(self.after)

    def undo(self) -> None:
        self.window.show_profile(self.before)


def co2_readout(comparison: Comparison, x: float) -> str:
    """The CO2 chart's read-out: the nearest vehicle's tonnes by part over the years of ownership."""
    v = comparison.vehicles[min(max(round(x), 0), len(comparison.vehicles) - 1)]
    if v.co2 is None:
        return v.label
    parts = [f"{label}: {sum(getattr(v.co2, part)) / 1000:,.1f} t" for part, label, _ in CO2_PARTS if sum(getattr(v.co2, part))]
    return "\n".join([v.label, *parts, f"total: {v.co2.lifetime_kg / 1000:,.1f} t over {comparison.household.years} years"])


def settings() -> QSettings:
    """Window and recent-file settings, kept beside the user's data (BUYER_APP_DATA_DIR for tests)."""
    return QSettings(str(user_data_dir() / "settings.ini"), QSettings.Format.IniFormat)


class MainWindow(FileActions, QMainWindow):
    def __init__(self, db: VehicleDatabase, profile: Profile = SAMPLE) -> None:
        super().__init__()
        self.db = db
        self.profile = profile
        self.comparison: Comparison | None = None
        self.household_valid = True
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle("Vehicle Buyer")
        self.resize(1360, 860)

        self.household = HouseholdPanel(profile.household)
        self.household.changed.connect(self._household_edited)
        self.household.state_applied.connect(lambda text: self.statusBar().showMessage(text, 20000))
        self.household.sources_requested.connect(self.show_sources)
        self._from_panel = False
        scroll = QScrollArea()
        scroll.setWidget(self.household)
        scroll.setWidgetResizable(True)
        self.picker = VehiclePicker(db)
        QTimer.singleShot(0, self.picker.populate)  # the list fills right after the first paint
        self.picker.add_requested.connect(self.add_vehicles)
        self.driving = DrivingPanel()
        self.driving.changed.connect(self._driving_edited)
        driving_scroll = QScrollArea()
        driving_scroll.setWidget(self.driving)
        driving_scroll.setWidgetResizable(True)
        left = QTabWidget()
        left.addTab(self.picker, "&Vehicles")
        left.addTab(scroll, "&Household")
        left.addTab(driving_scroll, "&Driving")
        self.left_tabs = left

        self.whatif = WhatIfPanel()
        self.whatif.changed.connect(self._whatif_moved)
        self.whatif.reset_all.connect(self._clear_whatifs)
        self.results_model = ComparisonModel()
        self.results_model.price_edited.connect(self._price_edited)
        self.results_model.price_rejected.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.results = QTableView()
        self.results.setModel(self.results_model)
        self.results.setAccessibleName("Comparison results")
        self.results.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.results.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.results.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.results.setWordWrap(False)
        buttons = QHBoxLayout()
        for text, slot in (("&Remove", self.remove_selected), ("Move &up", lambda: self.move_selected(-1)),
                           ("Move &down", lambda: self.move_selected(1)),
                           ("Used, own &incentives, insurance, lease, heat pump…", self.edit_details)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch()
        self.verdict = QLabel(wordWrap=True)
        self.verdict.setAccessibleName("Verdict")
        self.verdict.setStyleSheet("font-size: 11pt; font-weight: 600")
        self.charts = QTabWidget()
        self.chart_titles = {"cumulative": "Cost of ownership so far (if sold then)", "breakdown": "Where the money goes",
                             "energy": "Energy cost per year", "days": "Your days and each car's range",
                             "monthly": "Energy cost by month (first year)", "co2": "CO2 over the years of ownership"}
        self.chart_names = list(self.chart_titles)
        self.plots: dict[str, pg.PlotWidget] = {}
        self.readouts: dict[str, pg.TextItem] = {}
        self._hovers: list[pg.SignalProxy] = []
        self._chart_pages: dict[str, QWidget] = {}
        for name, label in zip(self.chart_names, ("Cost over time", "Breakdown", "Energy", "Range and your days",
                                                   "By month", "CO2"), strict=True):
            page = QWidget()
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self._chart_pages[name] = page
            self.charts.addTab(page, label)
        self.incentives_view = IncentivesView()
        self.charts.addTab(self.incentives_view, "Incentives")
        self.tab_names = [*self.chart_names, "incentives"]
        self._ensure_plot("cumulative")  # the others are built when their tab is first opened (faster start)
        self._stale: set[str] = set()
        self.charts.currentChanged.connect(lambda _index: self._draw_current_chart())

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.addWidget(self.whatif)
        rv.addWidget(self.results, 2)
        rv.addLayout(buttons)
        rv.addWidget(self.verdict)
        self.charging_notes = QLabel(wordWrap=True)
        self.charging_notes.setAccessibleName("Range and charging notes")
        self.charging_notes.setTextFormat(Qt.TextFormat.PlainText)
        rv.addWidget(self.charging_notes)
        rv.addWidget(self.charts, 3)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setSizes([560, 800])
        self.setCentralWidget(self.splitter)
        self.build_menus()
        # after the stack has moved (a command's redo runs before the index changes); bound methods, so
        # Qt drops the connections when the window goes
        self.undo_stack.cleanChanged.connect(self._stack_moved)
        self.undo_stack.indexChanged.connect(self._stack_moved)
        self.restore_layout()
        self.show_profile(profile)

    # -- state ---------------------------------------------------------------------------------
    def _stack_moved(self, _state: object) -> None:
        self.update_title()
        self.autosave()

    def effective_household(self) -> Household:
        return self.profile.household.with_values(dict(self.profile.what_if))

    def change(self, after: Profile, text: str, merge_key: str = "") -> None:
        """Apply an edit through the undo stack."""
        if after != self.profile:
            self.undo_stack.push(ProfileChange(self, self.profile, after, text, merge_key))

    def show_profile(self, profile: Profile) -> None:
        """Make `profile` the state and refresh every view (used by undo/redo and opening files)."""
        self.profile = profile
        if not self._from_panel:  # an edit typed in the panel is already shown there, problems included
            self.household.set_household(profile.household)
            self.household_valid = True
        self.whatif.show_values(profile.household, dict(profile.what_if))
        if (profile.driving, profile.climate) != (self.driving.pattern, self.driving.climate):
            self.driving.set_values(profile.driving, profile.climate)
        self.recompute()
        year = self.comparison.year if self.comparison else None
        self.whatif.set_pattern_miles(None if profile.driving.kind == "annual" or year is None else year.annual_miles)
        self.update_title()

    def recompute(self) -> None:
        household = self.effective_household()
        # the vehicle list's energy column uses the climate the comparison uses (the state's unless one is set)
        self.picker.set_household(household, self.profile.driving, self.profile.climate or household_climate(household))
        if not self.household_valid:
            self._show_results(None, "Results are hidden until the marked household inputs are fixed: "
                               + "; ".join(self.household.problems.values()))
            return
        if not self.profile.vehicles:
            self._show_results(None, "Add vehicles from the list on the left (double-click or Add).")
            return
        try:
            comparison = compare(self.db, household, list(self.profile.vehicles), self.profile.driving,
                                 self.profile.climate)
        except InputError as exc:
            self._show_results(None, "; ".join(p.describe() for p in exc.problems))
            return
        except UnknownVehicle as exc:  # a profile from a newer database: say so, keep the window usable
            self._show_results(None, f"Vehicle id {', '.join(map(str, exc.ids))} is not in the active database.")
            return
        missing = [v.label for v in comparison.vehicles if v.price is None]
        text = verdict(comparison)
        if missing:
            text += " Enter a price for: " + ", ".join(missing) + " (double-click its Price cell)."
        self._show_results(comparison, text)

    def _show_results(self, comparison: Comparison | None, text: str) -> None:
        self.comparison = comparison
        self.results_model.set_comparison(comparison)
        self.verdict.setText(text)
        self.charging_notes.setText(charging_notes(comparison))
        # only the chart on show is drawn now; the others when their tab is opened
        self._stale = set(self.tab_names)
        self._draw_current_chart()

    def _draw_current_chart(self) -> None:
        name = self.tab_names[self.charts.currentIndex()]
        if name == "incentives":
            if name in self._stale:
                self._stale.discard(name)
                self.incentives_view.set_comparison(self.comparison)
            return
        self._ensure_plot(name)
        if name not in self._stale:
            return
        self._stale.discard(name)
        plot = self.plots[name].getPlotItem()
        comparison = self.comparison
        if name == "cumulative" and comparison is not None and update_cumulative(plot, comparison):
            return
        clear_plot(plot)
        if comparison is None:
            return
        if name == "co2":
            plot.setTitle(f"CO2 over {comparison.household.years} years — electricity: "
                          f"{grid_description(comparison.household)}", color="#222")
        {"cumulative": draw_cumulative, "breakdown": draw_breakdown, "energy": draw_energy, "days": draw_days,
         "monthly": draw_monthly, "co2": draw_co2}[name](plot, comparison)
        plot.addItem(self.readouts[name], ignoreBounds=True)
        self.readouts[name].setText("")
        self.readouts[name].hide()  # an empty read-out would still paint its white box at (0, 0)

    def _ensure_plot(self, name: str) -> None:
        """Build a chart the first time it is needed, with its hover read-out."""
        if name in self.plots:
            return
        widget = new_plot(self.chart_titles[name])
        self._chart_pages[name].layout().addWidget(widget)
        self.plots[name] = widget
        self.readouts[name] = pg.TextItem(anchor=(0, 0), color="#222", fill=pg.mkBrush(255, 255, 255, 220))
        self._hovers.append(pg.SignalProxy(widget.scene().sigMouseMoved, rateLimit=30,
                                           slot=lambda event, n=name: self._hovered(n, event)))

    def _hovered(self, name: str, event: tuple[object, ...]) -> None:
        if self.comparison is None:
            return
        plot = self.plots[name].getPlotItem()
        position = event[0]
        if not plot.sceneBoundingRect().contains(position):  # type: ignore[arg-type]
            return
        point = plot.vb.mapSceneToView(position)
        text = co2_readout(self.comparison, point.x()) if name == "co2" else hover_text(self.comparison, point.x(), name)
        self.readouts[name].setText(text)
        self.readouts[name].show()
        self.readouts[name].setPos(point.x(), point.y())

    # -- edits ---------------------------------------------------------------------------------
    def _household_edited(self, household: Household, problems: list[str]) -> None:
        self.household_valid = not problems
        if household == self.profile.household:
            self.recompute()
            return
        # a value typed in the panel replaces a what-if override of the same input
        changed = {k for k in self.profile.what_if if getattr(household, k) != getattr(self.profile.household, k)}
        what_if = {k: v for k, v in self.profile.what_if.items() if k not in changed}
        self._from_panel = True
        try:
            text = "Change state" if household.state != self.profile.household.state else "Change household"
            self.change(replace(self.profile, household=household, what_if=what_if), text)
        finally:
            self._from_panel = False

    def show_sources(self) -> SourcesDialog:
        """Where every household figure comes from (the values on show, what-ifs aside), the climate and CO2."""
        dialog = SourcesDialog(self.profile.household, self.profile.climate, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _driving_edited(self, pattern: Pattern, climate: Climate | None) -> None:
        self.change(replace(self.profile, driving=pattern, climate=climate), "Change driving or climate", "driving")

    def _clear_whatifs(self) -> None:
        self.change(replace(self.profile, what_if={}), "Clear what-ifs")

    def _whatif_moved(self, name: str, value: object) -> None:
        what_if = dict(self.profile.what_if)
        if value is None:
            what_if.pop(name, None)
        else:
            what_if[name] = value  # type: ignore[assignment]
        self.change(replace(self.profile, what_if=what_if), f"What if: {name.replace('_', ' ')}", f"whatif:{name}")

    def add_vehicles(self, ids: list[int]) -> None:
        have = {v.id for v in self.profile.vehicles}
        new = [VehicleChoice(i) for i in ids if i not in have]
        room = MAX_VEHICLES - len(self.profile.vehicles)
        if len(new) > room:
            self.statusBar().showMessage(f"A comparison holds at most {MAX_VEHICLES} vehicles.", 8000)
            new = new[:room]
        if new:
            self.change(replace(self.profile, vehicles=self.profile.vehicles + tuple(new)), "Add vehicle")

    def _price_edited(self, row: int, price: float | None) -> None:
        vehicles = list(self.profile.vehicles)
        vehicles[row] = replace(vehicles[row], price=price)
        self.change(replace(self.profile, vehicles=tuple(vehicles)), "Change price")

    def _selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.results.selectionModel().selectedIndexes()})

    def edit_details(self, dialog: VehicleDetailsDialog | None = None) -> None:
        """Per-vehicle incentives, insurance quote and lease terms for the selected row."""
        rows = self._selected_rows()
        if len(rows) != 1 or self.comparison is None and dialog is None:
            self.statusBar().showMessage("Select one vehicle in the results first.", 6000)
            return
        row = rows[0]
        choice = self.profile.vehicles[row]
        outcome = self.comparison.vehicles[row] if self.comparison else None
        label = outcome.label if outcome else str(choice.id)
        dialog = dialog or VehicleDetailsDialog(choice, label, self, outcome.price if outcome else choice.price)
        if dialog.result() == 0 and dialog.exec() != VehicleDetailsDialog.DialogCode.Accepted:
            return
        vehicles = list(self.profile.vehicles)
        vehicles[row] = dialog.result_choice()
        self.change(replace(self.profile, vehicles=tuple(vehicles)), "Change vehicle details")

    def remove_selected(self) -> None:
        rows = set(self._selected_rows())
        if rows:
            kept = tuple(v for k, v in enumerate(self.profile.vehicles) if k not in rows)
            self.change(replace(self.profile, vehicles=kept), "Remove vehicle")

    def move_selected(self, step: int) -> None:
        rows = self._selected_rows()
        if len(rows) != 1 or not 0 <= rows[0] + step < len(self.profile.vehicles):
            return
        row = rows[0]
        vehicles = list(self.profile.vehicles)
        vehicles[row], vehicles[row + step] = vehicles[row + step], vehicles[row]
        self.change(replace(self.profile, vehicles=tuple(vehicles)), "Reorder vehicles")
        self.results.selectRow(row + step)

    # -- layout --------------------------------------------------------------------------------
    def restore_layout(self) -> None:
        s = settings()
        geometry = s.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = s.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def save_layout(self) -> None:
        s = settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/splitter", self.splitter.saveState())
        s.sync()

