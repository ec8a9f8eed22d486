"""The main window: household, vehicle picker, what-ifs, results, charts; one Profile is the state.

Every edit replaces `self.profile` through an undoable ProfileChange, so Undo/Redo, the modified
marker and crash recovery (an autosave file) all follow from one place.

The window is composed of parts it owns, none of which imports this module: the document session and its menus
(`self.files`, a FileController over `core.profiles.session.DocumentSession`), the PDF/CSV/print actions
(`self.report`), the uncertainty run (`self.run_control`) and the chart tabs (`self.chart_tabs`). Thin delegates
(`save`, `open_path`, `path`, `read_only`...) keep the window's API as the tests and tools use it.
Longer than 300 lines: the panels' wiring and the edits they make belong together, plus those delegates.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QResizeEvent, QUndoStack
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
from buyer_app.core.driving.patterns import Pattern, driving_year
from buyer_app.core.errors import InputError, UnknownVehicle
from buyer_app.core.household.calendar import ChargingCalendar
from buyer_app.core.household.choices import UnitSystem
from buyer_app.core.household.fields import Household
from buyer_app.core.household.state_fill import household_climate
from buyer_app.core.markets.databases import market_database, unsupported_in_markets
from buyer_app.core.markets.market import load_market
from buyer_app.core.profiles.lock import ProfileLock
from buyer_app.core.profiles.recovery import RecoveryFile
from buyer_app.core.profiles.schema import Profile
from buyer_app.core.region.climate import Climate
from buyer_app.core.uncertainty.draws import UncertaintySettings
from buyer_app.core.vehicles.custom import CustomVehicle, database_with
from buyer_app.core.vehicles.database import VehicleDatabase
from buyer_app.text.answer import cards as answer_cards
from buyer_app.text.card import Card
from buyer_app.text.currency import set_currency
from buyer_app.text.field_words import problems_words
from buyer_app.text.market import plate_sentence
from buyer_app.text.session import notice_text
from buyer_app.text.tariffs import nights_text
from buyer_app.text.translate import tr
from buyer_app.text.units import Display
from buyer_app.text.vehicle_words import full_name, own_marker
from buyer_app.text.wording import charging_notes, verdict
from buyer_app.ui.answer_cards import AnswerCards
from buyer_app.ui.answer_keeper import AnswerKeeper
from buyer_app.ui.chart_tabs import ChartTabs, co2_readout  # noqa: F401 (tests import co2_readout here)
from buyer_app.ui.comparison_model import ComparisonModel
from buyer_app.ui.custom_vehicles import CustomVehicleActions
from buyer_app.ui.driving_panel import DrivingPanel
from buyer_app.ui.file_controller import FileController
from buyer_app.ui.household_panel import HouseholdPanel
from buyer_app.ui.picker import VehiclePicker
from buyer_app.ui.profile_change import ProfileChange
from buyer_app.ui.report_actions import ReportActions
from buyer_app.ui.run_control import RunControl
from buyer_app.ui.scenarios_dialog import add_compare_menu
from buyer_app.ui.settings_store import settings, value_bytes
from buyer_app.ui.sources_dialog import SourcesDialog
from buyer_app.ui.start_preview import VERDICT_STYLE, answer_layout
from buyer_app.ui.start_preview import scroll_pane as _scroll
from buyer_app.ui.uncertainty_panel import UncertaintyPanel
from buyer_app.ui.vehicle_details import VehicleDetailsDialog
from buyer_app.ui.whatif import WhatIfPanel

if TYPE_CHECKING:
    from buyer_app.report.summary import ReportContext

LEFT_WIDTH = 560  # the vehicle list's columns at most; less on a narrow window (41% of it)
CHART_MIN = 250  # the chart's height (with its tabs) the panes leave it where the window is tall enough
CHART_ROW = 40  # px a car needs on a chart with a row per car
DETAILS_MIN = 36  # the what-ifs and the table: at least a row of them, the rest scrolls
PREFERRED = QSize(1440, 920)  # the window's first size on a screen with room for it


def initial_size(room: QSize) -> QSize:
    """The first size of the window on a screen with `room` available: the preferred size, or about 94% x 92% of
    the room on a smaller screen (the title bar and the panel stay visible), never larger than the room."""
    return QSize(min(PREFERRED.width(), round(room.width() * 0.94)), min(PREFERRED.height(), round(room.height() * 0.92)))


# 2025 Tesla Model 3 Long Range RWD, 2025 Toyota Camry Hybrid LE, 2025 Toyota RAV4 PHEV
SAMPLE = Profile("Sample household", Household(years=8), (VehicleChoice(48765), VehicleChoice(48032), VehicleChoice(49160)))


class MainWindow(QMainWindow):
    def __init__(self, db: VehicleDatabase, profile: Profile = SAMPLE) -> None:
        super().__init__()
        self.db = db
        self.profile = profile
        self.comparison: Comparison | None = None
        self._cards: list[Card] = []
        self._divider_moved = False  # once the reader drags a results divider, the window stops placing them itself
        self._left_kept = False  # the same for the divider between the left tabs and the results
        self._fit_timer = QTimer(self, singleShot=True, interval=0)  # one fit after a burst of changes
        self._fit_timer.timeout.connect(self.fit_panes)
        self.household_valid = True
        self.undo_stack = QUndoStack(self)
        self.files = FileController(
            self,
            self.undo_stack,
            lambda: self.profile,
            self.show_profile,
            lambda after, text: self.change(after, text),
            unsupported_in_markets(db),
        )
        self._us_db = db  # the window follows its profile's market (its cars, currency) and the household's own cars
        self._market: tuple[str, tuple[CustomVehicle, ...]] = ("us", ())
        self._own_marker = own_marker()  # the words after an own vehicle's name, in the window's language
        self.report = ReportActions(
            self,
            db,
            lambda: self.comparison,
            lambda: self.run_control.current(),
            lambda: self.profile.name,
            lambda title, text: self.files.warn(title, text),
            self.display,
        )
        self.setWindowTitle("Vehicle Buyer")  # the product name; update_title() adds the profile
        self.resize(initial_size(self.screen().availableGeometry().size()))

        self.household = HouseholdPanel(profile.household)
        self.household.changed.connect(self._household_edited)
        self.household.state_applied.connect(lambda text: self.statusBar().showMessage(text, 20000))
        self.household.sources_requested.connect(self.show_sources)
        self.household.units_chosen.connect(self._units_chosen)
        self._from_panel = False
        scroll = QScrollArea()
        scroll.setWidget(self.household)
        scroll.setWidgetResizable(True)
        self.picker = VehiclePicker(db)
        QTimer.singleShot(0, self.picker.populate)  # the list fills right after the first paint
        self.picker.add_requested.connect(self.add_vehicles)
        self.own_vehicles = CustomVehicleActions(
            self,
            lambda: self.profile,
            lambda after, text: self.change(after, text),
            lambda t: self.statusBar().showMessage(t, 8000),
        )
        self.picker.own_new_requested.connect(self.own_vehicles.new)
        self.picker.own_edit_requested.connect(self.own_vehicles.edit)
        self.picker.own_remove_requested.connect(self.own_vehicles.remove)
        self.driving = DrivingPanel()
        self.driving.changed.connect(self._driving_edited)
        self.driving.calendar_box.changed.connect(self._calendar_edited)
        driving_scroll = QScrollArea()
        driving_scroll.setWidget(self.driving)
        driving_scroll.setWidgetResizable(True)
        left = QTabWidget()
        left.addTab(self.picker, tr("&Vehicles"))
        left.addTab(scroll, tr("&Household"))
        left.addTab(driving_scroll, tr("&Driving"))
        self.uncertainty_panel = UncertaintyPanel(profile.uncertainty)
        self.uncertainty_panel.settings_changed.connect(self._uncertainty_edited)
        uncertainty_scroll = QScrollArea()
        uncertainty_scroll.setWidget(self.uncertainty_panel)
        uncertainty_scroll.setWidgetResizable(True)
        left.addTab(uncertainty_scroll, tr("&Uncertainty"))
        self.left_tabs = left

        self.whatif = WhatIfPanel()
        self.whatif.changed.connect(self._whatif_moved)
        self.whatif.reset_all.connect(self._clear_whatifs)
        self.results_model = ComparisonModel()
        self.results_model.price_edited.connect(self._price_edited)
        self.results_model.price_rejected.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.results = QTableView()
        self.results.setModel(self.results_model)
        self.results.setAccessibleName(tr("Comparison results"))
        self.results.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.results.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.results.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.results.setWordWrap(False)
        buttons = QHBoxLayout()
        for text, slot in (
            (tr("&Remove"), self.remove_selected),
            (tr("Move &up"), lambda: self.move_selected(-1)),
            (tr("Move &down"), lambda: self.move_selected(1)),
            (tr("Used, own &incentives, insurance, lease, heat pump…"), self.edit_details),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, call=slot: call())  # clicked(bool) is not an argument
            buttons.addWidget(button)
        buttons.addStretch()
        self.verdict = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.verdict.setAccessibleName(tr("Verdict"))
        self.verdict.setStyleSheet(VERDICT_STYLE)
        self.run_control = RunControl(
            self,
            self.uncertainty_panel,
            lambda: self.comparison,
            lambda: self.profile.uncertainty,
            self._show_second_line,
            lambda: self.chart_tabs.run_changed(),
        )
        self.run_bar, self.runner = self.run_control.run_bar, self.run_control.runner
        self.run_bar.settings_requested.connect(lambda: left.setCurrentWidget(uncertainty_scroll))
        self._verdict_text = ""
        self.answer_cards = AnswerCards()
        self.answer_cards.price_entered.connect(self._price_edited)
        self.answer_cards.details_requested.connect(lambda: self._show_uncertainty(uncertainty_scroll))
        self.chart_tabs = ChartTabs(lambda: self.comparison, lambda: self.runner.latest, self.run_control.message, self.display)
        self.charts, self.plots, self.tab_names = self.chart_tabs.tabs, self.chart_tabs.plots, self.chart_tabs.tab_names
        self.thresholds_text, self.incentives_view = self.chart_tabs.thresholds_text, self.chart_tabs.incentives_view

        # the answer first (cards and verdict, in full), then the what-ifs and the table (they scroll), the charts below
        answer = QWidget()
        answer_layout(answer, self.answer_cards, self.verdict)
        self.answer_scroll = _scroll(answer)
        top = QWidget()
        rv = QVBoxLayout(top)
        rv.setContentsMargins(6, 2, 6, 2)
        rv.addWidget(self.run_bar)
        rv.addWidget(self.whatif)
        rv.addWidget(self.results, 2)
        rv.addLayout(buttons)
        self.charging_notes = QLabel(wordWrap=True)
        self.charging_notes.setAccessibleName(tr("Range and charging notes"))
        self.charging_notes.setTextFormat(Qt.TextFormat.PlainText)
        rv.addWidget(self.charging_notes)
        self.tariff_nights = QLabel()
        self.tariff_nights.setAccessibleName(tr("Home charging hour by hour on your rate plan"))
        self.tariff_nights.setTextFormat(Qt.TextFormat.PlainText)
        self.tariff_nights.setStyleSheet("font-family: monospace")
        rv.addWidget(self.tariff_nights)
        self.details_scroll = _scroll(top)
        self.right_splitter = QSplitter(Qt.Orientation.Vertical)
        self.right_splitter.addWidget(self.answer_scroll)
        self.right_splitter.addWidget(self.details_scroll)
        self.right_splitter.addWidget(self.charts)
        self.right_splitter.setStretchFactor(2, 1)  # a taller window gives the charts the room
        self.right_splitter.setChildrenCollapsible(False)
        self.answer_scroll.setMinimumHeight(60)
        self.details_scroll.setMinimumHeight(DETAILS_MIN)
        self.charts.setMinimumHeight(120)
        self.right_splitter.splitterMoved.connect(self._divider_dragged)
        self._answer, self._top = answer, top
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right_splitter)
        self._place_left()
        self.splitter.splitterMoved.connect(self._left_dragged)
        self.setCentralWidget(self.splitter)
        self.files.build_menus(self.report)
        self.file_menu, self.recent_menu = self.files.file_menu, self.files.recent_menu
        self.edit_menu, self.help_menu = self.files.edit_menu, self.files.help_menu
        self.compare_menu, self.scenarios_action = add_compare_menu(self)
        # after the stack has moved (a command's redo runs before the index changes); bound methods, so
        # Qt drops the connections when the window goes
        self.undo_stack.cleanChanged.connect(self._stack_moved)
        self.undo_stack.indexChanged.connect(self._stack_moved)
        self.keeper = AnswerKeeper(self, self)  # the cards of the profile as saved, for the next start's preview
        self.restore_layout()
        self.show_profile(profile)

    # -- state ---------------------------------------------------------------------------------
    def _stack_moved(self, _state: object) -> None:
        self.update_title()
        # a slider dragged (edits that merge) is kept by the recovery file's writer thread: an fsync a step would
        # cost about two frames; the file holds the latest state a few ms after each write (see RecoveryFile)
        top = self.undo_stack.command(self.undo_stack.index() - 1)
        self.files.session.autosave(soon=isinstance(top, ProfileChange) and bool(top.merge_key))
        self.keeper.cards_changed()  # a save (the stack made clean) makes the cards on show the file's answer

    def display(self) -> Display:
        """The units and currency the profile on show asks the results, charts and PDF to use."""
        return Display(self.profile.units, self.profile.currency)

    def _units_chosen(self, units: UnitSystem) -> None:
        self.change(replace(self.profile, units=units), tr("Change units"))

    def _unscaled_pattern_miles(self) -> float | None:
        """The driving pattern's own yearly miles (before a what-if scales them); None without a pattern."""
        if self.profile.driving.kind == "annual":
            return None
        return driving_year(self.profile.driving, self.profile.household.annual_miles).annual_miles

    def effective_household(self) -> Household:
        household = self.profile.household.with_values(dict(self.profile.what_if))
        plan, base = self.profile.household.home_tariff, self.profile.household.electricity_price
        if plan is not None and "electricity_price" in self.profile.what_if and base > 0:  # the plan moves with the slider
            household = replace(household, home_tariff=plan.scaled(household.electricity_price / base))
        return household

    def change(self, after: Profile, text: str, merge_key: str = "") -> None:
        """Apply an edit through the undo stack."""
        if after != self.profile:
            self.undo_stack.push(ProfileChange(self.show_profile, self.profile, after, text, merge_key))

    def _use_market(self, profile: Profile) -> None:
        """The cars and currency of the profile's market: the picker lists that market's, amounts are written in its
        currency, distances in its units."""
        set_currency(profile.currency.value)
        metric = profile.units == UnitSystem.METRIC
        self.picker.set_units(metric, profile.currency.value)
        self.driving.set_market(load_market(profile.market))
        self.driving.set_metric(metric)
        self.whatif.set_display(metric, load_market(profile.market).money_scale)
        if (profile.market, profile.custom_vehicles) == self._market:
            return
        base = self._us_db if profile.market == "us" else market_database(profile.market)
        self.db = database_with(
            base, profile.custom_vehicles, self._own_marker
        )  # the household's own cars listed beside the others
        self._market = (profile.market, profile.custom_vehicles)
        self.picker.set_database(self.db)
        self.report.db = self.db

    def show_profile(self, profile: Profile) -> None:
        """Make `profile` the state and refresh every view (used by undo/redo and opening files)."""
        self.profile = profile
        self._use_market(profile)
        if not self._from_panel:  # an edit typed in the panel is already shown there, problems included
            self.household.set_household(profile.household)
            self.household_valid = True
        self.household.set_units(profile.units, profile.currency.value)
        self.whatif.show_values(profile.household, dict(profile.what_if))
        if (profile.driving, profile.climate) != (self.driving.pattern, self.driving.climate):
            self.driving.set_values(profile.driving, profile.climate)
        self.driving.calendar_box.set_calendar(profile.household.charging_calendar, profile.household)
        self.uncertainty_panel.set_settings(profile.uncertainty)
        self.recompute()
        year = self.comparison.year if self.comparison else None
        pattern_miles = None if profile.driving.kind == "annual" or year is None else year.annual_miles
        # the pattern's own miles: the year shown unless a what-if scales it (then worked out once more)
        own = pattern_miles if pattern_miles is None or "annual_miles" not in profile.what_if else self._unscaled_pattern_miles()
        self.whatif.set_pattern_miles(pattern_miles, own)
        self.household.set_pattern_miles(own)
        self.update_title()

    def recompute(self) -> None:
        household = self.effective_household()
        # the vehicle list's energy column uses the climate the comparison uses (the state's unless one is set)
        self.picker.set_household(household, self.profile.driving, self.profile.climate or household_climate(household))
        if not self.household_valid:
            self._show_results(
                None,
                tr("Results are hidden until the marked household inputs are fixed: ")
                + "; ".join(self.household.problems.values()),
            )
            return
        if not self.profile.vehicles:
            self._show_results(None, tr("Add vehicles from the list on the left (double-click or Add)."))
            return
        try:
            comparison = compare(
                self.db,
                household,
                list(self.profile.vehicles),
                self.profile.driving,
                self.profile.climate,
                self.profile.what_if.get("annual_miles") if self.profile.driving.kind != "annual" else None,
            )
        except InputError as exc:
            self._show_results(None, problems_words(exc.problems))
            return
        except UnknownVehicle as exc:  # a profile from a newer database: say so, keep the window usable
            self._show_results(
                None, tr("Vehicle id {ids} is not in the active database.").format(ids=", ".join(map(str, exc.ids)))
            )
            return
        missing = [v.label for v in comparison.vehicles if v.price is None]
        text = verdict(comparison, self.display())
        plate = plate_sentence(comparison, self.display(), full=False)  # a cost the totals leave out (rule: tooltip)
        if plate:
            text += " " + plate
        if missing:
            text += " " + tr("Enter a price for: {names} (type it in its card, or double-click its Price cell).").format(
                names=", ".join(missing)
            )
        self._show_results(comparison, text)

    def _show_results(self, comparison: Comparison | None, text: str) -> None:
        self.comparison = comparison
        display = self.display()
        if display != self.results_model.display:
            self.results_model.display = display
            self.results_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.results_model.columnCount() - 1)
        self.results_model.set_comparison(comparison)
        self._verdict_text = text
        self.verdict.setText(text)
        self.charging_notes.setText(charging_notes(comparison, display))
        self.tariff_nights.setText(nights_text(comparison))
        self.tariff_nights.setVisible(bool(self.tariff_nights.text()))
        self._cards = self._words(comparison) if comparison else []
        self.answer_cards.set_cards(self._cards)
        self.keeper.cards_changed()
        self._fit_timer.start()
        # only the chart on show is drawn now; the others when their tab is opened
        self.chart_tabs.inputs_changed()
        self.run_control.request()  # the bands go at once; the run for these inputs follows
        self.chart_tabs.draw_current()

    def _show_second_line(self, second: str) -> None:
        """The verdict, with the simulation's outcome or state under it; the cards' how-sure lines follow the run."""
        self.verdict.setText(self._verdict_text + (f"\n{second}" if second else ""))
        if self.comparison is not None and self._cards:
            self._cards = self._words(self.comparison)
            self.answer_cards.show_sure(self._cards)
            self.keeper.cards_changed()
        self._fit_timer.start()

    def _words(self, comparison: Comparison) -> list[Card]:
        """The cards' words, with how sure from the finished uncertainty run of exactly these inputs, if there is one."""
        run = self.runner.latest
        result = run.result if run is not None and run.comparison is comparison else None
        busy = self.run_control.enabled() and self.runner.state in ("pending", "running")
        return answer_cards(comparison, result, self.display(), simulating=busy)

    def current_cards(self) -> list[Card]:
        """The cards on show (empty when there are no results)."""
        return self._cards

    def answer_pane(self) -> QWidget:
        """The pane of the cards and the verdict (the start-up preview shows the saved answer in its place)."""
        return self.answer_scroll

    def _show_uncertainty(self, page: QWidget) -> None:
        """A card's "details": the Uncertainty tab (spreads, draws, the pair) and the Chance cheapest chart."""
        self.left_tabs.setCurrentWidget(page)
        self.charts.setCurrentIndex(self.tab_names.index("cheapest"))

    def _uncertainty_edited(self, uncertainty: UncertaintySettings, name: str) -> None:
        self.change(replace(self.profile, uncertainty=uncertainty), tr("Change uncertainty settings"), f"uncertainty:{name}")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        """Close once unsaved changes are saved or dropped: the recovery file and the lock go, the layout is kept.
        A write still with the writer thread lands first: refused, the window leaves the latest state on disk."""
        self.recovery.flush()
        if not self.files.session.close():
            event.ignore()
            return
        self.keeper.keep()
        self.save_layout()
        event.accept()
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
            text = tr("Change state") if household.state != self.profile.household.state else tr("Change household")
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
        self.change(replace(self.profile, driving=pattern, climate=climate), tr("Change driving or climate"), "driving")

    def _calendar_edited(self, calendar: ChargingCalendar | None) -> None:
        household = replace(self.profile.household, charging_calendar=calendar)
        self.change(replace(self.profile, household=household), tr("Change charging calendar"))

    def _clear_whatifs(self) -> None:
        self.change(replace(self.profile, what_if={}), tr("Clear what-ifs"))

    def _whatif_moved(self, name: str, value: object) -> None:
        what_if = dict(self.profile.what_if)
        if value is None:
            what_if.pop(name, None)
        else:
            what_if[name] = value  # type: ignore[assignment]
        self.change(
            replace(self.profile, what_if=what_if), tr("What if: {name}").format(name=name.replace("_", " ")), f"whatif:{name}"
        )

    def add_vehicles(self, ids: list[int]) -> None:
        have = {v.id for v in self.profile.vehicles}
        new = [VehicleChoice(i) for i in ids if i not in have]
        room = MAX_VEHICLES - len(self.profile.vehicles)
        if len(new) > room:
            self.statusBar().showMessage(tr("A comparison holds at most {n} vehicles.").format(n=MAX_VEHICLES), 8000)
            new = new[:room]
        if new:
            self.change(replace(self.profile, vehicles=self.profile.vehicles + tuple(new)), tr("Add vehicle"))
            names = ", ".join(full_name(row) for row in self.db.get([v.id for v in new]).to_dict("records"))
            self.statusBar().showMessage(tr("Added to the comparison: {names}").format(names=names), 8000)
        elif ids:
            self.statusBar().showMessage(tr("Already in the comparison."), 6000)

    def _price_edited(self, row: int, price: float | None) -> None:
        vehicles = list(self.profile.vehicles)
        vehicles[row] = replace(vehicles[row], price=price)
        self.change(replace(self.profile, vehicles=tuple(vehicles)), tr("Change price"))

    def _selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.results.selectionModel().selectedIndexes()})

    def edit_details(self, dialog: VehicleDetailsDialog | None = None) -> None:
        """Per-vehicle incentives, insurance quote and lease terms for the selected row."""
        rows = self._selected_rows()
        if len(rows) != 1 or self.comparison is None and dialog is None:
            self.statusBar().showMessage(tr("Select one vehicle in the results first."), 6000)
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
        self.change(replace(self.profile, vehicles=tuple(vehicles)), tr("Change vehicle details"))

    def remove_selected(self) -> None:
        rows = set(self._selected_rows())
        if rows:
            kept = tuple(v for k, v in enumerate(self.profile.vehicles) if k not in rows)
            self.change(replace(self.profile, vehicles=kept), tr("Remove vehicle"))

    def move_selected(self, step: int) -> None:
        rows = self._selected_rows()
        if len(rows) != 1 or not 0 <= rows[0] + step < len(self.profile.vehicles):
            return
        row = rows[0]
        vehicles = list(self.profile.vehicles)
        vehicles[row], vehicles[row + step] = vehicles[row + step], vehicles[row]
        self.change(replace(self.profile, vehicles=tuple(vehicles)), tr("Reorder vehicles"))
        self.results.selectRow(row + step)

    # -- layout --------------------------------------------------------------------------------
    def restore_layout(self) -> None:
        """The window's size and left divider as last left, never larger than the screen it opens on; a saved value
        of the wrong kind is ignored. The results' dividers are placed for the answer on show (`fit_panes`)."""
        geometry = value_bytes("window/geometry")
        if geometry is not None and self.restoreGeometry(geometry):
            room = self.screen().availableGeometry().size()
            if self.width() > room.width() or self.height() > room.height():
                self.resize(self.size().boundedTo(room))
        splitter = value_bytes("window/splitter")
        if splitter is not None and self.splitter.restoreState(splitter):
            self._left_kept = True
        self._fit_timer.start()

    def _divider_dragged(self, _pos: int, _index: int) -> None:
        self._divider_moved = True

    def _left_dragged(self, _pos: int, _index: int) -> None:
        self._left_kept = True

    def _place_left(self) -> None:
        """Until the reader places it (or a saved layout does), the left side takes 41% of the width, at most
        LEFT_WIDTH: the vehicle list's name, price and energy columns at 1280 wide; the results get the rest."""
        if not self._left_kept:
            left = min(LEFT_WIDTH, self.width() * 41 // 100)
            self.splitter.setSizes([left, self.width() - left])

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._place_left()
        if not self._divider_moved:
            self._fit_timer.start()

    def fit_panes(self) -> None:
        """The answer cards and the verdict take what they need; of the rest the charts keep at least 55% (and
        CHART_MIN where the height allows), the what-ifs and the table up to what they need (they scroll)."""
        if self._divider_moved:
            return
        height = self.right_splitter.height() - 2 * self.right_splitter.handleWidth()
        width = self.answer_scroll.viewport().width()
        layout = self._answer.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        cards = self.answer_cards.needed_height(width - margins.left() - margins.right())
        words = self.verdict.heightForWidth(width - margins.left() - margins.right())
        answer = cards + words + layout.spacing() + margins.top() + margins.bottom() + 2
        # a chart with a row per car (chance of being the cheapest) needs room for every car's name
        chart_min = min(max(CHART_MIN, CHART_ROW * len(self.profile.vehicles)), height * 3 // 4)
        answer = min(answer, max(height - chart_min - DETAILS_MIN, height // 3))
        rest = height - answer
        details = min(self._top.sizeHint().height(), max(DETAILS_MIN, rest - max(chart_min, rest * 11 // 20)))
        sizes = [answer, details, max(rest - details, 0)]
        if sizes != self.right_splitter.sizes():
            self.right_splitter.setSizes(sizes)

    def save_layout(self) -> None:
        s = settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/splitter", self.splitter.saveState())
        s.sync()

    # -- the document, delegated to the session and its controller (the window's API for tests and tools) --------
    @property
    def path(self) -> Path | None:
        return self.files.session.path

    @property
    def lock(self) -> ProfileLock | None:
        return self.files.session.lock

    @property
    def read_only(self) -> bool:
        return self.files.session.read_only

    @property
    def data_problem(self) -> str:
        return self.files.session.data_problem

    @property
    def recovery(self) -> RecoveryFile:
        return self.files.session.recovery

    def update_title(self) -> None:
        self.files.update_title()

    def open_path(self, path: Path) -> str | None:
        """Open a saved profile; None when it opened as it was, else what went wrong or was left out, in words."""
        notice = self.files.session.open(path)
        return notice_text(notice) if notice is not None else None

    def load(self, profile: Profile, path: Path | None) -> None:
        self.files.session.load(profile, path)

    def save(self) -> bool:
        return self.files.session.save()

    def save_as(self, name: str | None = None) -> bool:
        return self.files.session.save_as(name)

    def new_profile(self) -> None:
        self.files.session.new()

    def maybe_save(self) -> bool:
        return self.files.session.maybe_save()

    def recover(self) -> bool:
        return self.files.session.recover()

    def set_data_read_only(self, reason: str) -> None:
        self.files.set_data_read_only(reason)

    def warn(self, title: str, text: str) -> None:
        self.files.warn(title, text)

    def recent_paths(self) -> list[Path]:
        return self.files.recent_paths()

    def remember(self, path: Path) -> None:
        self.files.remember(path)

    def refresh_recent(self) -> None:
        self.files.refresh_recent()

    def export_pdf(self, path: Path | None = None, paper: str = "letter") -> Path | None:
        return self.report.export_pdf(path, paper)

    def export_csv(self, path: Path | None = None) -> Path | None:
        return self.report.export_csv(path)

    def export_xlsx(self, path: Path | None = None) -> Path | None:
        return self.report.export_xlsx(path)

    def report_context(self) -> ReportContext:
        return self.report.report_context()
