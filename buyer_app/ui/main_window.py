"""The main window: household, vehicle picker, what-ifs, results, charts; one Profile is the state.

Every edit replaces `self.profile` through an undoable ProfileChange, so Undo/Redo, the modified
marker and crash recovery (an autosave file) all follow from one place.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QUndoCommand, QUndoStack
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

from buyer_app.core.costs.choices import MAX_VEHICLES, VehicleChoice
from buyer_app.core.costs.compare import Comparison, compare
from buyer_app.core.driving.patterns import Pattern
from buyer_app.core.errors import InputError, UnknownVehicle
from buyer_app.core.household.fields import Household
from buyer_app.core.household.state_fill import household_climate
from buyer_app.core.profiles.recovery import RecoveryFile
from buyer_app.core.profiles.schema import Profile
from buyer_app.core.region.climate import Climate
from buyer_app.core.uncertainty.draws import UncertaintySettings
from buyer_app.core.uncertainty.run import UncertaintyResult, default_pair, run_uncertainty
from buyer_app.core.vehicles.database import VehicleDatabase
from buyer_app.text.uncertainty import uncertainty_sentence
from buyer_app.text.wording import charging_notes, verdict
from buyer_app.ui.chart_tabs import UNCERTAINTY_CHARTS, ChartTabs, co2_readout  # noqa: F401 (tests import co2_readout here)
from buyer_app.ui.comparison_model import ComparisonModel
from buyer_app.ui.driving_panel import DrivingPanel
from buyer_app.ui.file_actions import FileActions
from buyer_app.ui.household_panel import HouseholdPanel
from buyer_app.ui.picker import VehiclePicker
from buyer_app.ui.settings_store import settings, value_bytes, value_flag
from buyer_app.ui.sources_dialog import SourcesDialog
from buyer_app.ui.uncertainty_panel import RunBar, UncertaintyPanel
from buyer_app.ui.uncertainty_worker import UncertaintyRunner
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


class MainWindow(FileActions, ChartTabs, QMainWindow):
    def __init__(self, db: VehicleDatabase, profile: Profile = SAMPLE) -> None:
        super().__init__()
        self.db = db
        self.profile = profile
        self.comparison: Comparison | None = None
        self.household_valid = True
        self.undo_stack = QUndoStack(self)
        self.recovery = RecoveryFile()
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
        self.uncertainty_panel = UncertaintyPanel(profile.uncertainty)
        self.uncertainty_panel.settings_changed.connect(self._uncertainty_edited)
        self.uncertainty_panel.pair_changed.connect(self._request_run)
        uncertainty_scroll = QScrollArea()
        uncertainty_scroll.setWidget(self.uncertainty_panel)
        uncertainty_scroll.setWidgetResizable(True)
        left.addTab(uncertainty_scroll, "&Uncertainty")
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
            button.clicked.connect(lambda _checked=False, call=slot: call())  # clicked(bool) is not an argument
            buttons.addWidget(button)
        buttons.addStretch()
        self.verdict = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.verdict.setAccessibleName("Verdict")
        self.verdict.setStyleSheet("font-size: 11pt; font-weight: 600")
        self.run_bar = RunBar(value_flag("uncertainty/enabled", True))
        self.runner = UncertaintyRunner(self)
        self.runner.started.connect(lambda _draws: self._show_run_state())
        self.runner.progress.connect(lambda share: self.run_bar.show_state("running", "", share))
        self.runner.finished.connect(lambda _run: self._show_run_state())
        self.runner.failed.connect(lambda _message: self._show_run_state())
        self.runner.stopped.connect(self._show_run_state)
        self.run_bar.cancel_requested.connect(self.runner.cancel)
        self.run_bar.run_requested.connect(self._request_run)
        self.run_bar.enabled_changed.connect(self._simulate_toggled)
        self.run_bar.settings_requested.connect(lambda: left.setCurrentWidget(uncertainty_scroll))
        self._verdict_text = ""
        self.build_chart_tabs()

        top = QWidget()
        rv = QVBoxLayout(top)
        rv.addWidget(self.whatif)
        rv.addWidget(self.results, 2)
        rv.addLayout(buttons)
        rv.addWidget(self.verdict)
        rv.addWidget(self.run_bar)
        self.charging_notes = QLabel(wordWrap=True)
        self.charging_notes.setAccessibleName("Range and charging notes")
        self.charging_notes.setTextFormat(Qt.TextFormat.PlainText)
        rv.addWidget(self.charging_notes)
        # results above, charts below: on a short screen the upper part scrolls and the divider can be dragged
        top_scroll = QScrollArea()
        top_scroll.setWidget(top)
        top_scroll.setWidgetResizable(True)
        top_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.right_splitter = QSplitter(Qt.Orientation.Vertical)
        self.right_splitter.addWidget(top_scroll)
        self.right_splitter.addWidget(self.charts)
        self.right_splitter.setStretchFactor(1, 1)  # a taller window gives the charts the room
        self._top = top
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right_splitter)
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
        self.uncertainty_panel.set_settings(profile.uncertainty)
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
        self._verdict_text = text
        self.verdict.setText(text)
        self.charging_notes.setText(charging_notes(comparison))
        # only the chart on show is drawn now; the others when their tab is opened
        self._stale = set(self.tab_names)
        self._request_run()  # the bands go at once; the run for these inputs follows
        self._draw_current_chart()

    # -- uncertainty ---------------------------------------------------------------------------
    def _request_run(self) -> None:
        """Start a run for the inputs on show (after a short pause for more edits); the old one is dropped."""
        comparison = self.comparison
        if comparison is None or not self.run_bar.enabled.isChecked():
            self.runner.clear()
            self._show_run_state()
            return
        self.uncertainty_panel.set_vehicles([v.id for v in comparison.vehicles], [v.label for v in comparison.vehicles])
        pair = self.uncertainty_panel.resolve_pair(default_pair(comparison))
        self.runner.request(comparison, self.profile.uncertainty, pair)

    def run_message(self) -> str:
        """What the simulation is doing, in words (the verdict's second line and the empty charts' titles)."""
        state, draws = self.runner.state, self.profile.uncertainty.draws
        if not self.run_bar.enabled.isChecked():
            return "Simulation is off (tick Simulate uncertainty)."
        return {"pending": f"Simulating {draws:,} futures…", "running": f"Simulating {draws:,} futures…",
                "stopped": "Simulation stopped (Run again to restart it).",
                "failed": f"The simulation failed ({self.runner.error}); the results above do not depend on it."
                }.get(state, "")

    def _show_run_state(self) -> None:
        """The verdict's second line, the run bar, the bands and the uncertainty charts for the runner's state."""
        run, on = self.runner.latest, self.run_bar.enabled.isChecked()
        second = uncertainty_sentence(run.result, run.comparison) if run is not None else (self.run_message() if on else "")
        self.verdict.setText(self._verdict_text + (f"\n{second}" if second and self.comparison else ""))
        done = f"{run.result.settings.draws:,} futures in {run.seconds:.2f} s" if run is not None else ""
        busy = self.runner.state in ("pending", "running")  # the verdict says so; the bar shows how far
        self.run_bar.show_state(self.runner.state, done or ("" if busy or not self.comparison else self.run_message()))
        self._stale |= set(UNCERTAINTY_CHARTS)
        self._draw_bands()
        self._draw_current_chart()

    def current_run(self) -> UncertaintyResult | None:
        """The run of the inputs on show for the PDF (computed now if it is still pending); None when off."""
        if self.comparison is None or not self.run_bar.enabled.isChecked():
            return None
        latest = self.runner.latest
        if latest is not None and latest.comparison is self.comparison:
            return latest.result
        pair = self.uncertainty_panel.resolve_pair(default_pair(self.comparison))
        return run_uncertainty(self.comparison, self.profile.uncertainty, pair)

    def _simulate_toggled(self, on: bool) -> None:
        settings().setValue("uncertainty/enabled", on)
        self._request_run()

    def _uncertainty_edited(self, uncertainty: UncertaintySettings, name: str) -> None:
        self.change(replace(self.profile, uncertainty=uncertainty), "Change uncertainty settings", f"uncertainty:{name}")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        super().closeEvent(event)
        if event.isAccepted():
            self.runner.shutdown()

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
        dialog = SourcesDialog(self.profile.household, self.profile.climate, self, self.comparison)
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
        """The window's size and dividers as last left; a saved value of the wrong kind is ignored."""
        geometry = value_bytes("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = value_bytes("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        right = value_bytes("window/right_splitter")
        if right is None or not self.right_splitter.restoreState(right):
            QTimer.singleShot(0, self._fit_top)

    def _fit_top(self) -> None:
        """First start: the results and the verdict in full (up to 2/3 of the height), the charts below."""
        height = self.right_splitter.height()
        self.right_splitter.setSizes([min(self._top.sizeHint().height(), height * 2 // 3), height])

    def save_layout(self) -> None:
        s = settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/splitter", self.splitter.saveState())
        s.setValue("window/right_splitter", self.right_splitter.saveState())
        s.sync()

