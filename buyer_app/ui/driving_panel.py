"""How the household drives and where it lives: the driving pattern (annual miles only, simple, weekly or an
imported log) and the climate (ui/climate_box.py: average US, a state or a market pack's city, or twelve
temperatures typed in).

Values are checked as they are typed; a bad one is marked and named, and the last valid pattern stays in
use until it is fixed. `changed` carries a valid (pattern, climate) pair.

Over 300 lines because the four driving patterns' editors (annual, simple, weekly, log) share one form whose parts
switch together (the climate is a box of its own).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from buyer_app.core.driving.formats import read_driving_log
from buyer_app.core.driving.patterns import (
    WEEKDAY_NAMES,
    AnnualPattern,
    LogPattern,
    Pattern,
    SimplePattern,
    Trip,
    WeeklyPattern,
)
from buyer_app.core.errors import FieldProblem, InputError
from buyer_app.core.markets.market import Market
from buyer_app.core.region.climate import Climate
from buyer_app.text.driving_log import log_summary
from buyer_app.text.field_words import problems_words
from buyer_app.text.translate import tr, tr_noop
from buyer_app.text.units import KM_PER_MI
from buyer_app.ui.charging_calendar_box import ChargingCalendarBox
from buyer_app.ui.climate_box import INVALID_STYLE, ClimateBox, parse_number

KINDS = (
    ("annual", tr_noop("Annual miles only (Household tab)")),
    ("simple", tr_noop("Typical weekday and weekend, long trips")),
    ("weekly", tr_noop("A weekly schedule and trips by month")),
    ("log", tr_noop("An imported driving log (CSV or JSON)")),
)
LOG_FILTER = tr_noop(
    "Driving histories (*.csv *.txt *.json *.zip);;CSV files (*.csv *.txt);;JSON files (*.json);;Takeout archives (*.zip);;"
    "All files (*)"
)


def parse_trips(text: str) -> tuple[tuple[Trip, ...], list[FieldProblem]]:
    """'7:240, 12:300:same-day' -> trips (month:one-way miles[:same-day])."""
    trips, problems = [], []
    for item in [t.strip() for t in text.replace(";", ",").split(",") if t.strip()]:
        parts = item.split(":")
        try:
            if len(parts) not in (2, 3) or (len(parts) == 3 and parts[2].strip() != "same-day"):
                raise ValueError
            trips.append(Trip(int(parts[0]), float(parts[1]), len(parts) == 3))
        except ValueError:
            problems.append(FieldProblem("trips", item, tr("MONTH:MILES or MONTH:MILES:same-day, e.g. 7:240")))
    return tuple(trips), problems


class DrivingPanel(QWidget):
    changed = Signal(object, object)  # Pattern, Climate | None

    def __init__(self) -> None:
        super().__init__()
        self.pattern: Pattern = AnnualPattern()
        self.climate: Climate | None = None
        self._log: LogPattern | None = None
        self._showing = False
        layout = QVBoxLayout(self)

        box = QGroupBox(tr("How you drive"))
        bv = QVBoxLayout(box)
        self.kind = QComboBox()
        self.kind.setAccessibleName(tr("Driving pattern"))
        for key, text in KINDS:
            self.kind.addItem(tr(text), key)
        bv.addWidget(self.kind)
        self.pages = QStackedWidget()
        self.pages.addWidget(
            QLabel(
                tr(
                    "Every day is your annual miles / 365. Plug-in hybrids use EPA's utility "
                    "factors. Describe your days for a truer answer."
                ),
                wordWrap=True,
            )
        )
        self.simple_edits: dict[str, QLineEdit] = {}
        self.km = False  # distances typed and shown in km (a metric profile); the pattern keeps miles
        self._exact: dict[QLineEdit, tuple[str, float]] = {}  # an edit's text as shown -> the miles it stands for
        self._trips_shown: tuple[str, tuple[Trip, ...]] = ("", ())
        simple = QWidget()
        form = QFormLayout(simple)
        self._simple_form = form
        for key, label, default in (
            ("weekday_mi", tr("Typical weekday (mi)"), "30"),
            ("weekend_mi", tr("Typical weekend day (mi)"), "15"),
            ("long_trips_per_year", tr("Long trips a year"), "6"),
            ("long_trip_one_way_mi", tr("Long trip, one way (mi)"), "250"),
        ):
            edit = QLineEdit(default)
            edit.setAccessibleName(label)
            edit.textEdited.connect(self._edited)
            self.simple_edits[key] = edit
            form.addRow(label, edit)
        self.same_day = QCheckBox(tr("There and back the same day"))
        self.same_day.toggled.connect(self._edited)
        form.addRow("", self.same_day)
        self.pages.addWidget(simple)
        weekly = QWidget()
        wform = QFormLayout(weekly)
        self._weekly_form = wform
        self.week_edits = []
        for name, default in zip(WEEKDAY_NAMES, ("32", "32", "32", "32", "32", "15", "15"), strict=True):
            edit = QLineEdit(default)
            edit.setAccessibleName(tr("{day} miles").format(day=tr(name)))
            edit.textEdited.connect(self._edited)
            self.week_edits.append(edit)
            wform.addRow(tr("{day} (mi)").format(day=tr(name)), edit)
        self.trips_edit = QLineEdit("")
        self.trips_edit.setPlaceholderText(tr("e.g. 1:240, 7:240, 12:300:same-day"))
        self.trips_edit.setToolTip(
            tr(
                "Long trips as MONTH:MILES one way, separated by commas; add :same-day for "
                "a trip there and back in one day. Trips fall on that month's Saturdays."
            )
        )
        self.trips_edit.textEdited.connect(self._edited)
        wform.addRow(tr("Long trips"), self.trips_edit)
        self.pages.addWidget(weekly)
        log = QWidget()
        lv = QVBoxLayout(log)
        row = QHBoxLayout()
        self.import_button = QPushButton(tr("&Import driving log…"))
        self.import_button.clicked.connect(lambda: self.import_log())
        self.log_unit = QComboBox()
        self.log_unit.addItem(tr("unit from the file"), None)
        self.log_unit.addItem(tr("miles"), "mi")
        self.log_unit.addItem(tr("kilometres"), "km")
        row.addWidget(self.import_button)
        row.addWidget(self.log_unit)
        lv.addLayout(row)
        self.log_label = QLabel(
            tr(
                "No log imported. A CSV of dates and distances or odometer readings, a TeslaMate drives or Grafana "
                "Drives export, a Google Takeout location history (JSON) or an evcc sessions export."
            ),
            wordWrap=True,
            textFormat=Qt.TextFormat.PlainText,
        )
        self.log_label.setAccessibleName(tr("Driving log"))
        lv.addWidget(self.log_label)
        self.log_temps_button = QPushButton(tr("Use the log's temperatures as the climate"))
        self.log_temps_button.setVisible(False)
        self.log_temps_button.clicked.connect(self.use_log_temperatures)
        self._log_temps: tuple[float, ...] | None = None
        lv.addWidget(self.log_temps_button)
        self.pages.addWidget(log)
        bv.addWidget(self.pages)
        layout.addWidget(box)
        self.calendar_box = ChargingCalendarBox()  # its edits go to the household's calendar, not to `changed`
        layout.addWidget(self.calendar_box)

        self.climate_box = ClimateBox()
        self.climate_combo, self.temp_edits = self.climate_box.combo, self.climate_box.edits
        self.climate_note, self.manual = self.climate_box.note, self.climate_box.manual
        for edit in self.temp_edits:
            edit.textEdited.connect(self._edited)
        layout.addWidget(self.climate_box)
        self.problem_label = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)  # file names, cell values
        self.problem_label.setStyleSheet("color: #b00020")
        self.problem_label.setAccessibleName(tr("Driving problems"))
        layout.addWidget(self.problem_label)
        layout.addStretch()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.climate_combo.currentIndexChanged.connect(self._edited)
        self._kind_changed()

    # -- showing a profile ----------------------------------------------------------------------
    def set_values(self, pattern: Pattern, climate: Climate | None) -> None:
        """Show a saved pattern and climate (no `changed` signal)."""
        self._showing = True
        try:
            self.pattern, self.climate = pattern, climate
            self.kind.setCurrentIndex([k for k, _ in KINDS].index(pattern.kind))
            self._exact.clear()
            if isinstance(pattern, SimplePattern):
                for key, edit in self.simple_edits.items():
                    value = getattr(pattern, key)
                    self._show_distance(edit, value) if key.endswith("_mi") else edit.setText(f"{value:g}")
                self.same_day.setChecked(pattern.round_trip_same_day)
            elif isinstance(pattern, WeeklyPattern):
                for edit, value in zip(self.week_edits, pattern.week_mi, strict=True):
                    self._show_distance(edit, value)
                self.trips_edit.setText(
                    ", ".join(
                        f"{t.month}:{self._shown_distance(t.one_way_mi)}" + (":same-day" if t.round_trip_same_day else "")
                        for t in pattern.trips
                    )
                )
                self._trips_shown = (self.trips_edit.text(), pattern.trips)
            elif isinstance(pattern, LogPattern):
                if pattern is not self._log:  # another profile's log: the temperatures offered were the import's
                    self._log_temps = None
                    self.log_temps_button.setVisible(False)
                self._log = pattern
                self.log_label.setText(f"{pattern.source}: {pattern.summary}")
            self.climate_box.show_climate(climate)
            self._mark([])
            self._show_climate_note()
        finally:
            self._showing = False

    # -- units ----------------------------------------------------------------------------------
    def set_metric(self, metric: bool) -> None:
        """Type and show distances in km (a metric profile) or miles; the pattern keeps miles (no `changed`)."""
        if metric == self.km:
            return
        self.km = metric
        unit = tr("km") if metric else tr("mi")
        for key, label in (
            ("weekday_mi", tr("Typical weekday ({unit})")),
            ("weekend_mi", tr("Typical weekend day ({unit})")),
            ("long_trip_one_way_mi", tr("Long trip, one way ({unit})")),
        ):
            self._relabel(self._simple_form, self.simple_edits[key], label.format(unit=unit))
        for name, edit in zip(WEEKDAY_NAMES, self.week_edits, strict=True):
            self._relabel(self._weekly_form, edit, tr("{day} ({unit})").format(day=tr(name), unit=unit))
        self.trips_edit.setToolTip(
            tr(
                "Long trips as MONTH:KM one way, separated by commas; add :same-day for "
                "a trip there and back in one day. Trips fall on that month's Saturdays."
            )
            if metric
            else tr(
                "Long trips as MONTH:MILES one way, separated by commas; add :same-day for "
                "a trip there and back in one day. Trips fall on that month's Saturdays."
            )
        )
        self.climate_box.set_metric(metric)
        self.set_values(self.pattern, self.climate)

    def set_market(self, market: Market) -> None:
        """Offer the climates of the profile's market: the US states or the pack's cities (no `changed`)."""
        if self.climate_box.set_market(market):
            self.set_values(self.pattern, self.climate)

    @staticmethod
    def _relabel(form: QFormLayout, edit: QLineEdit, text: str) -> None:
        label = form.labelForField(edit)
        if isinstance(label, QLabel):
            label.setText(text)
        edit.setAccessibleName(text)

    def _shown_distance(self, miles: float) -> str:
        return f"{round(miles * KM_PER_MI, 2):g}" if self.km else f"{miles:g}"

    def _show_distance(self, edit: QLineEdit, miles: float) -> None:
        edit.setText(self._shown_distance(miles))
        self._exact[edit] = (edit.text(), miles)

    def _distance(self, edit: QLineEdit) -> float | str:
        """The miles an edit stands for: its pattern's own figure while the text shown is unchanged, else the
        number typed (km converted); a text that is no number is handed on as text, to be named."""
        shown = self._exact.get(edit)
        if shown is not None and shown[0] == edit.text():
            return shown[1]
        value = parse_number(edit.text())
        return value / KM_PER_MI if self.km and isinstance(value, float) else value

    # -- edits ----------------------------------------------------------------------------------
    def _kind_changed(self) -> None:
        self.pages.setCurrentIndex(self.kind.currentIndex())
        self._edited()

    def read(self) -> tuple[Pattern | None, Climate | None, list[FieldProblem]]:
        """The pattern and climate on screen, or the problems that stop them."""
        problems: list[FieldProblem] = []
        pattern: Pattern | None = None
        kind = self.kind.currentData()
        try:
            if kind == "annual":
                pattern = AnnualPattern()
            elif kind == "simple":
                values = {
                    k: self._distance(e) if k.endswith("_mi") else parse_number(e.text()) for k, e in self.simple_edits.items()
                }
                trips = values["long_trips_per_year"]
                if isinstance(trips, float) and trips.is_integer():
                    values["long_trips_per_year"] = int(trips)
                pattern = SimplePattern(  # a text left as text is named by validate() below
                    values["weekday_mi"],  # type: ignore[arg-type]
                    values["weekend_mi"],  # type: ignore[arg-type]
                    values["long_trips_per_year"],  # type: ignore[arg-type]
                    values["long_trip_one_way_mi"],  # type: ignore[arg-type]
                    self.same_day.isChecked(),
                )
                pattern.validate()
            elif kind == "weekly":
                trips_, trip_problems = parse_trips(self.trips_edit.text())
                problems.extend(trip_problems)
                if self._trips_shown[0] == self.trips_edit.text():
                    trips_ = self._trips_shown[1]  # as shown: the pattern's own miles, not a rounded km figure
                elif self.km:
                    trips_ = tuple(replace(t, one_way_mi=t.one_way_mi / KM_PER_MI) for t in trips_)
                pattern = WeeklyPattern(tuple(self._distance(e) for e in self.week_edits), trips_)  # type: ignore[misc]
                pattern.validate()
            elif self._log is not None:
                pattern = self._log
            else:
                problems.append(FieldProblem(tr("driving log"), tr("none imported"), tr("a CSV imported with the button above")))
        except InputError as exc:
            problems.extend(exc.problems)
            pattern = None
        climate: Climate | None = None
        try:
            climate = self.climate_box.read()
        except InputError as exc:
            problems.extend(exc.problems)
        return (None if problems else pattern), climate, problems

    def _edited(self, *_args: object) -> None:
        self.manual.setVisible(self.climate_combo.currentData() == "manual")
        if self._showing:
            return
        pattern, climate, problems = self.read()
        self._mark(problems)
        if climate is not None and climate.state:
            self.climate_box.fill(climate)
        if not problems and pattern is not None:
            self.pattern, self.climate = pattern, climate
            self._show_climate_note()  # the climate now in use (before the signal: the window may show it again)
            self.changed.emit(pattern, climate)
        else:
            self._show_climate_note()

    def _mark(self, problems: list[FieldProblem]) -> None:
        fields = " ".join(p.field for p in problems)
        for key, edit in self.simple_edits.items():
            edit.setStyleSheet(INVALID_STYLE if f"driving.{key}" in fields else "")
        for name, edit in zip(WEEKDAY_NAMES, self.week_edits, strict=True):
            edit.setStyleSheet(INVALID_STYLE if f"week_mi[{name}]" in fields else "")
        self.trips_edit.setStyleSheet(INVALID_STYLE if "trips" in fields else "")
        self.climate_box.mark(fields)
        self.problem_label.setText(
            "" if not problems else tr("Not used until fixed (the last valid pattern stays in use): ") + problems_words(problems)
        )

    def _show_climate_note(self) -> None:
        self.climate_box.show_note(self.climate)

    def import_log(self, path: Path | None = None) -> bool:
        """Read a driving history of any supported format (asks for the file when `path` is None); a refused file
        changes nothing: the previous log, its label and the pattern stay."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, tr("Import driving log"), "", tr(LOG_FILTER))
            if not name:
                return False
            path = Path(name)
        try:
            log = read_driving_log(path, self.log_unit.currentData())
        except InputError as exc:
            self.problem_label.setText(
                tr("{file} was not imported (nothing changed): ").format(file=path.name) + problems_words(exc.problems)
            )
            return False
        summary = log_summary(log)
        self._log = LogPattern(tuple(float(x) for x in log.distances_mi), log.source, summary, log.format)
        self._log_temps = log.climate_temps_f
        self.log_temps_button.setVisible(self._log_temps is not None)
        self.log_label.setText(f"{log.source}: {summary}")
        self.kind.setCurrentIndex([k for k, _ in KINDS].index("log"))
        self._edited()
        return True

    def use_log_temperatures(self) -> None:
        """Put the imported log's twelve monthly temperatures in the climate, as temperatures typed in."""
        if self._log_temps is None:
            return
        self.climate_box.type_in(self._log_temps)
        self._edited()
