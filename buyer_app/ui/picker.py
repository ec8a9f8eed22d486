"""The vehicle picker: free text beside Year > Make > Model > Trim choices, the list (full names, plain types, the
details of the current car), Add; then type, body, price and range limits that say what they hide.

Keyboard alone: Tab goes search -> year -> make -> model -> trim -> list -> Add -> your own vehicle -> the limits;
Down or Enter in the search field goes to the list; Enter (or a double click) on a row adds the car.

(A little over 300 lines: the widgets, their keyboard path and the cascading choices are one piece; the search,
facets and limits themselves are in core/vehicles.)"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from buyer_app.core.driving.patterns import Pattern
from buyer_app.core.household.fields import Household
from buyer_app.core.ownership.tables import BODIES
from buyer_app.core.region.climate import Climate
from buyer_app.core.vehicles import facets
from buyer_app.core.vehicles.custom import CUSTOM_ID_BASE
from buyer_app.core.vehicles.database import VehicleDatabase
from buyer_app.core.vehicles.facets import Choice
from buyer_app.core.vehicles.narrowing import Limits
from buyer_app.core.vehicles.schema import UNSUPPORTED, Powertrain
from buyer_app.text.choices import body_label, powertrain_label
from buyer_app.text.translate import tr
from buyer_app.text.units import KM_PER_MI
from buyer_app.text.vehicle_words import explain_codes, hidden_note, search_note
from buyer_app.ui.vehicle_model import KEY, VehicleFilterProxy, VehicleTableModel

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _number(text: str) -> float | None:
    cleaned = text.replace("$", "").replace(",", "").strip()
    if not cleaned:
        return None
    value = float(cleaned)
    if value < 0 or value != value:
        raise ValueError(text)
    return value


def _combo(name: str, any_text: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.setToolTip(name)
    combo.addItem(any_text, None)
    # narrow in the row; the open list is as wide as its longest entry
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(3)  # four in a row: the pane stays narrow, the chart keeps its width
    return combo


class VehiclePicker(QWidget):
    add_requested = Signal(list)  # EPA ids
    own_new_requested = Signal()  # "Your own vehicle…": a car the list lacks
    own_edit_requested = Signal(int)  # the id of one of the household's own cars
    own_remove_requested = Signal(int)

    def __init__(self, db: VehicleDatabase) -> None:
        super().__init__()
        self.db = db
        self.model = VehicleTableModel()
        self.proxy = VehicleFilterProxy(self.model)
        self._listed = db.frame[db.frame["supported"]]  # what the choices offer (the list shows these)
        self._pending: tuple[Household, Pattern | None, Climate | None] = (Household(), None, None)
        self._energy_timer = QTimer(self, singleShot=True, interval=120)
        self._energy_timer.timeout.connect(self._apply_energy)
        self.search = QLineEdit(placeholderText=tr("Search: 2025 camry hybrid, suv awd electric, model 3…"))
        self.search.setAccessibleName(tr("Vehicle search"))
        self.search.setToolTip(
            tr(
                "Words in any order: a model year, make, model, trim, type (hybrid, plug-in, electric, gas), "
                "body (SUV, pickup, van, wagon) or drive (AWD, FWD, RWD). Down or Enter goes to the list."
            )
        )
        self.search.setClearButtonEnabled(True)
        self.year = _combo(tr("Model year"), tr("Any year"))
        for y in facets.years(self._listed):
            self.year.addItem(str(y), y)
        self.make = _combo(tr("Make"), tr("Any make"))
        self.model_choice = _combo(tr("Model"), tr("Any model"))
        self.trim = _combo(tr("Trim"), tr("Any trim"))
        self.trim.view().setMinimumWidth(320)  # trims carry their codes in words
        self.powertrain = QComboBox()
        self.powertrain.setAccessibleName(tr("Type filter"))
        self.powertrain.addItem(tr("Any type"), "")
        for p in Powertrain:
            if p not in UNSUPPORTED:
                self.powertrain.addItem(powertrain_label(p), p.value)
        self.body = QComboBox()
        self.body.setAccessibleName(tr("Body filter"))
        self.body.addItem(tr("Any body"), "")
        for b in BODIES:
            self.body.addItem(body_label(b), b)
        self.max_price = QLineEdit(placeholderText=tr("max. price"))
        self.min_range = QLineEdit(placeholderText=tr("min. range"))
        self._currency = "USD"
        self._unit_words()
        for edit in (self.max_price, self.min_range):
            edit.setMaximumWidth(150)
        for combo in (self.powertrain, self.body):  # long type names must not widen the pane (the chart needs it)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.problem = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.problem.setStyleSheet("color: #d62728")
        self.note = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.note.setAccessibleName(tr("Search note"))
        self.table = self._make_table()
        self.details = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.details.setAccessibleName(tr("Details of the current vehicle"))
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setStyleSheet("QLabel { background: palette(alternate-base); padding: 4px; }")
        self.details.setMinimumHeight(self.fontMetrics().lineSpacing() * 4 + 10)
        self.count = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.count.setAccessibleName(tr("Vehicles listed and hidden"))
        self.add_button = QPushButton(tr("&Add to comparison"))
        self.add_button.clicked.connect(self._add)
        self.own_new = QPushButton(tr("Your o&wn vehicle…"))
        self.own_new.setToolTip(tr("Enter a car the list lacks: its price, range and consumption on the cycle you have"))
        self.own_new.clicked.connect(lambda _checked=False: self.own_new_requested.emit())
        self.own_edit = QPushButton(tr("Change yours…"))
        self.own_edit.setToolTip(tr("Change the figures of your own vehicle chosen in the list"))
        self.own_edit.clicked.connect(lambda _checked=False: self._own(self.own_edit_requested))
        self.own_remove = QPushButton(tr("Remove yours"))
        self.own_remove.setToolTip(tr("Take your own vehicle chosen in the list out of the profile (Undo brings it back)"))
        self.own_remove.clicked.connect(lambda _checked=False: self._own(self.own_remove_requested))
        self._lay_out()
        self._connect()
        self._year_chosen()  # fills the makes and shows the (empty) list's count

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicatorShown(False)  # shown once a column is clicked (not while ranked)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setAccessibleName(tr("Vehicles in the database"))
        # two lines a car: its full name (a longer one loses its middle, so the trim at the end stays readable),
        # then year, type and class
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        table.setTabKeyNavigation(False)  # Tab leaves the list for the Add button
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() * 2 + 6)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(KEY["name"], QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        metrics = self.fontMetrics()
        for key, sample in (
            ("label_mpg_comb", "132 MPGe"),  # also "16.5 kWh" per 100 km (metric)
            ("range_mi", "999 km"),
            ("msrp_usd", "$100,000"),
            ("energy_cost", "Energy/yr"),
        ):
            table.setColumnWidth(KEY[key], metrics.horizontalAdvance(sample) + 14)
        header.sectionClicked.connect(lambda _s: header.setSortIndicatorShown(True))
        table.doubleClicked.connect(lambda _i: self._add())
        table.installEventFilter(self)
        return table

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        choices = QHBoxLayout()
        for combo in (self.year, self.make, self.model_choice, self.trim):
            choices.addWidget(combo, 1)
        layout.addLayout(choices)
        layout.addWidget(self.problem)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.add_button)
        layout.addLayout(bottom)
        own = QHBoxLayout()
        for button in (self.own_new, self.own_edit, self.own_remove):
            own.addWidget(button)
        own.addStretch()
        layout.addLayout(own)
        limits = QHBoxLayout()
        for widget in (self.powertrain, self.body, self.max_price, self.min_range):
            limits.addWidget(widget)
        layout.addLayout(limits)
        order = [self.search, self.year, self.make, self.model_choice, self.trim, self.table, self.add_button]
        order += [self.own_new, self.own_edit, self.own_remove, self.powertrain, self.body, self.max_price, self.min_range]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.search.textChanged.connect(self.apply_filters)
        self.search.installEventFilter(self)
        for edit in (self.max_price, self.min_range):
            edit.textChanged.connect(self.apply_filters)
        for combo in (self.powertrain, self.body, self.trim):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.year.currentIndexChanged.connect(self._year_chosen)
        self.make.currentIndexChanged.connect(self._make_chosen)
        self.model_choice.currentIndexChanged.connect(self._model_chosen)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        self.proxy.modelReset.connect(self._after_reset)

    # --- Year > Make > Model > Trim: each list holds what the choices above leave --------------------------

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
        """Replace the choices after the first ("Any …"), keeping the current one when it is still offered."""
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for text, data in items:
            combo.addItem(text, data)
        found = combo.findData(current) if current is not None else -1
        combo.setCurrentIndex(max(found, 0))
        combo.setEnabled(combo.count() > 1)
        combo.blockSignals(False)

    def _year_chosen(self) -> None:
        self._refill(self.make, [(m, m) for m in facets.makes(self._listed, self.year.currentData())])
        self._make_chosen()

    def _make_chosen(self) -> None:
        make = self.make.currentData()
        models = facets.models(self._listed, make, self.year.currentData()) if make else []
        self._refill(self.model_choice, [(m, m) for m in models])
        self._model_chosen()

    def _model_chosen(self) -> None:
        make, model = self.make.currentData(), self.model_choice.currentData()
        trims = facets.trims(self._listed, make, model, self.year.currentData()) if make and model else []
        items: list[tuple[str, object]] = []
        for full, trim in trims:
            codes = explain_codes(full, model)
            items.append(((trim or tr("base")) + (f" — {codes}" if codes else ""), full))
        self._refill(self.trim, items)
        self.apply_filters()

    def choice(self) -> Choice:
        return Choice(self.year.currentData(), self.make.currentData(), self.model_choice.currentData(), self.trim.currentData())

    # --- the list --------------------------------------------------------------------------------------------

    def set_database(self, db: VehicleDatabase) -> None:
        """List another market's vehicles (a profile of another market was opened): the choices, the search and the
        list start over."""
        if db is self.db:
            return
        self.db = db
        self._listed = db.frame[db.frame["supported"]]
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._refill(self.year, [(str(y), y) for y in facets.years(self._listed)])
        self.model.set_frame(self._listed.iloc[:0], self._pending)
        self._year_chosen()
        self.populate()

    def populate(self) -> None:
        """Fill the list (about 60 ms; the window calls it just after its first paint)."""
        if self.model.rowCount():
            return
        newest_first = self._listed.sort_values(["year", "make", "model"], ascending=[False, True, True], kind="stable")
        self.model.set_frame(newest_first, self._pending)
        self.apply_filters()
        self._energy_timer.start()  # the energy column follows just after the list

    def set_units(self, metric: bool, currency: str) -> None:
        """List ranges in km and energy per 100 km (metric) or miles and MPG(e); the filters' words follow, and the
        minimum range is typed in the unit shown."""
        self.model.set_metric(metric)
        self._currency = currency
        self._unit_words()
        if self.min_range.text().strip():
            self.apply_filters()

    def _unit_words(self) -> None:
        currency = self._currency
        self.max_price.setToolTip(
            tr("Maximum base MSRP in {currency} (cars with no sourced price are hidden too, and counted)").format(
                currency=currency
            )
        )
        self.max_price.setAccessibleName(tr("Maximum base MSRP, {currency}").format(currency=currency))
        if self.model.metric:
            self.min_range.setToolTip(tr("Minimum electric range in km (cars that do not plug in are hidden, and counted)"))
            self.min_range.setAccessibleName(tr("Minimum electric range, km"))
        else:
            self.min_range.setToolTip(tr("Minimum electric range in miles (cars that do not plug in are hidden, and counted)"))
            self.min_range.setAccessibleName(tr("Minimum electric range, miles"))

    def apply_filters(self) -> None:
        try:
            max_price = _number(self.max_price.text())
            min_range = _number(self.min_range.text())
            if min_range is not None and self.model.metric:
                min_range /= KM_PER_MI  # typed in km as the list shows; the filter compares miles
        except ValueError:
            self.problem.setText(tr("Max. price and min. range take a number of 0 or more, e.g. 35000 or 200."))
            self.problem.setVisible(True)
            return
        self.problem.setText("")
        self.problem.setVisible(False)
        limits = Limits(self.choice(), self.powertrain.currentData() or "", self.body.currentData() or "", max_price, min_range)
        self.proxy.set_filters(self.search.text(), limits)
        if self.proxy.rank_by_match and self.search.text().strip():
            self.table.horizontalHeader().setSortIndicatorShown(False)  # best match first, not a column's order
        narrowed = self.proxy.narrowed
        shown = tr("{shown:,} of {total:,} vehicles").format(shown=self.proxy.rowCount(), total=self.model.rowCount())
        hidden = hidden_note(narrowed.hidden, max_price) if narrowed else ""
        self.count.setText(f"{shown}. {hidden}" if hidden else shown)
        note = search_note(narrowed.ranking, facets.years(self._listed)) if narrowed and self.search.text().strip() else ""
        self.note.setText(note)
        self.note.setVisible(bool(note))

    def _after_reset(self) -> None:
        if self.proxy.rowCount() == 1:
            self.table.selectRow(0)  # one car left (a trim chosen): it is the one Enter or Add takes
        self._show_details()

    def current_id(self) -> int | None:
        """The id of the car current in the list (None: none)."""
        row = self.table.currentIndex().row()
        return self.proxy.vehicle_id(row) if 0 <= row < self.proxy.rowCount() else None

    def _own(self, signal: SignalInstance) -> None:
        current = self.current_id()
        if current is not None and current > CUSTOM_ID_BASE:
            signal.emit(current)

    def _show_details(self) -> None:
        row = self.table.currentIndex().row()
        current = self.current_id()
        mine = current is not None and current > CUSTOM_ID_BASE
        self.own_edit.setEnabled(mine)
        self.own_remove.setEnabled(mine)
        if 0 <= row < self.proxy.rowCount():
            self.details.setText(self.proxy.details(row))
        else:
            self.details.setText(tr("Choose a car in the list to see its drive, range, EPA label and price with its source."))

    def sizeHint(self) -> QSize:
        return QSize(520, 600)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down/Enter in the search field go to the list (Up from its first car comes back); Enter on a row adds
        the car."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search and (key == Qt.Key.Key_Down or key in ENTER_KEYS) and self.proxy.rowCount():
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                self.table.selectRow(0)
                return True
            if watched is self.table and key in ENTER_KEYS:
                self._add()
                return True
            if watched is self.table and key == Qt.Key.Key_Up and self.table.currentIndex().row() <= 0:
                self.search.setFocus(Qt.FocusReason.OtherFocusReason)  # up from the first car: back to the words
                return True
        if watched is self.table and event.type() == QEvent.Type.FocusIn and self.proxy.rowCount():
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)  # Tab into the list lands on its first car
        return super().eventFilter(watched, event)

    def set_household(self, household: Household, pattern: Pattern | None = None, climate: Climate | None = None) -> None:
        """Energy cost follows the driving, climate, charging and prices, a moment after they stop
        moving (the results and charts come first while a what-if slider is dragged)."""
        key = (household, pattern, climate)  # all frozen, so comparable
        if key != getattr(self, "_energy_key", None):
            self._energy_key = key
            self._pending = key
            self._energy_timer.start()

    def _apply_energy(self) -> None:
        self.model.set_household(*self._pending)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.proxy.vehicle_id(r) for r in rows]

    def _add(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.add_requested.emit(ids)
