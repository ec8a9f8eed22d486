"""How the household drives and where it lives: the driving pattern (annual miles only, simple, weekly or an
imported log) and the climate (average US, a state, or twelve temperatures typed in).

Values are checked as they are typed; a bad one is marked and named, and the last valid pattern stays in
use until it is fixed. `changed` carries a valid (pattern, climate) pair.

Over 300 lines because the four driving patterns' editors (annual, simple, weekly, log) and the climate share one
form whose parts switch together.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
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
from buyer_app.core.region.climate import MONTH_NAMES, Climate, manual_climate, state_climate, state_table
from buyer_app.text.driving_log import log_summary
from buyer_app.text.translate import tr, tr_noop
from buyer_app.ui.charging_calendar_box import ChargingCalendarBox

KINDS = (
    ("annual", "Annual miles only (Household tab)"),
    ("simple", "Typical weekday and weekend, long trips"),
    ("weekly", "A weekly schedule and trips by month"),
    ("log", "An imported driving log (CSV or JSON)"),
)
INVALID_STYLE = "QLineEdit { border: 2px solid #d62728; }"
LOG_FILTER = tr_noop(
    "Driving histories (*.csv *.txt *.json *.zip);;CSV files (*.csv *.txt);;JSON files (*.json);;Takeout archives (*.zip);;"
    "All files (*)"
)


def _number(text: str) -> float | str:
    try:
        return float(text.replace(",", "").strip())
    except ValueError:
        return text


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
            problems.append(FieldProblem("trips", item, "MONTH:MILES or MONTH:MILES:same-day, e.g. 7:240"))
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

        box = QGroupBox("How you drive")
        bv = QVBoxLayout(box)
        self.kind = QComboBox()
        self.kind.setAccessibleName("Driving pattern")
        for key, text in KINDS:
            self.kind.addItem(text, key)
        bv.addWidget(self.kind)
        self.pages = QStackedWidget()
        self.pages.addWidget(
            QLabel(
                "Every day is your annual miles / 365. Plug-in hybrids use EPA's utility "
                "factors. Describe your days for a truer answer.",
                wordWrap=True,
            )
        )
        self.simple_edits: dict[str, QLineEdit] = {}
        simple = QWidget()
        form = QFormLayout(simple)
        for key, label, default in (
            ("weekday_mi", "Typical weekday (mi)", "30"),
            ("weekend_mi", "Typical weekend day (mi)", "15"),
            ("long_trips_per_year", "Long trips a year", "6"),
            ("long_trip_one_way_mi", "Long trip, one way (mi)", "250"),
        ):
            edit = QLineEdit(default)
            edit.setAccessibleName(label)
            edit.textEdited.connect(self._edited)
            self.simple_edits[key] = edit
            form.addRow(label, edit)
        self.same_day = QCheckBox("There and back the same day")
        self.same_day.toggled.connect(self._edited)
        form.addRow("", self.same_day)
        self.pages.addWidget(simple)
        weekly = QWidget()
        wform = QFormLayout(weekly)
        self.week_edits = []
        for name, default in zip(WEEKDAY_NAMES, ("32", "32", "32", "32", "32", "15", "15"), strict=True):
            edit = QLineEdit(default)
            edit.setAccessibleName(f"{name} miles")
            edit.textEdited.connect(self._edited)
            self.week_edits.append(edit)
            wform.addRow(f"{name} (mi)", edit)
        self.trips_edit = QLineEdit("")
        self.trips_edit.setPlaceholderText("e.g. 1:240, 7:240, 12:300:same-day")
        self.trips_edit.setToolTip(
            "Long trips as MONTH:MILES one way, separated by commas; add :same-day for "
            "a trip there and back in one day. Trips fall on that month's Saturdays."
        )
        self.trips_edit.textEdited.connect(self._edited)
        wform.addRow("Long trips", self.trips_edit)
        self.pages.addWidget(weekly)
        log = QWidget()
        lv = QVBoxLayout(log)
        row = QHBoxLayout()
        self.import_button = QPushButton("&Import driving log…")
        self.import_button.clicked.connect(lambda: self.import_log())
        self.log_unit = QComboBox()
        self.log_unit.addItem("unit from the file", None)
        self.log_unit.addItem("miles", "mi")
        self.log_unit.addItem("kilometres", "km")
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

        cbox = QGroupBox("Climate")
        cv = QVBoxLayout(cbox)
        self.climate_combo = QComboBox()
        self.climate_combo.setAccessibleName("Climate")
        self.climate_combo.addItem("Your state's (Household tab; average US without one)", "")
        for code, row_ in state_table().iterrows():
            self.climate_combo.addItem(f"{row_['state_name']} ({code})", code)
        self.climate_combo.addItem("Enter monthly temperatures…", "manual")
        cv.addWidget(self.climate_combo)
        self.manual = QWidget()
        grid = QGridLayout(self.manual)
        self.temp_edits = []
        for k, name in enumerate(MONTH_NAMES):
            edit = QLineEdit("50")
            edit.setAccessibleName(f"{name} mean temperature (F)")
            edit.textEdited.connect(self._edited)
            self.temp_edits.append(edit)
            grid.addWidget(QLabel(name[:3]), k // 6 * 2, k % 6)
            grid.addWidget(edit, k // 6 * 2 + 1, k % 6)
        cv.addWidget(self.manual)
        self.climate_note = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        cv.addWidget(self.climate_note)
        layout.addWidget(cbox)
        self.problem_label = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)  # file names, cell values
        self.problem_label.setStyleSheet("color: #b00020")
        self.problem_label.setAccessibleName("Driving problems")
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
            if isinstance(pattern, SimplePattern):
                for key, edit in self.simple_edits.items():
                    edit.setText(f"{getattr(pattern, key):g}")
                self.same_day.setChecked(pattern.round_trip_same_day)
            elif isinstance(pattern, WeeklyPattern):
                for edit, value in zip(self.week_edits, pattern.week_mi, strict=True):
                    edit.setText(f"{value:g}")
                self.trips_edit.setText(
                    ", ".join(
                        f"{t.month}:{t.one_way_mi:g}" + (":same-day" if t.round_trip_same_day else "") for t in pattern.trips
                    )
                )
            elif isinstance(pattern, LogPattern):
                if pattern is not self._log:  # another profile's log: the temperatures offered were the import's
                    self._log_temps = None
                    self.log_temps_button.setVisible(False)
                self._log = pattern
                self.log_label.setText(f"{pattern.source}: {pattern.summary}")
            if climate is None:
                self.climate_combo.setCurrentIndex(0)
            elif climate.state:
                self.climate_combo.setCurrentIndex(self.climate_combo.findData(climate.state))
            else:
                self.climate_combo.setCurrentIndex(self.climate_combo.count() - 1)
                for edit, value in zip(self.temp_edits, climate.monthly_f, strict=True):
                    edit.setText(f"{value:g}")
            self._mark([])
            self._show_climate_note()
        finally:
            self._showing = False

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
                values = {k: _number(e.text()) for k, e in self.simple_edits.items()}
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
                pattern = WeeklyPattern(tuple(_number(e.text()) for e in self.week_edits), trips_)  # type: ignore[misc]
                pattern.validate()
            elif self._log is not None:
                pattern = self._log
            else:
                problems.append(FieldProblem("driving log", "none imported", "a CSV imported with the button above"))
        except InputError as exc:
            problems.extend(exc.problems)
            pattern = None
        climate: Climate | None = None
        code = self.climate_combo.currentData()
        try:
            if code == "manual":
                climate = manual_climate([_number(e.text()) for e in self.temp_edits])
            elif code:
                climate = state_climate(code)
        except InputError as exc:
            problems.extend(exc.problems)
        return (None if problems else pattern), climate, problems

    def _edited(self, *_args: object) -> None:
        self.manual.setVisible(self.climate_combo.currentData() == "manual")
        if self._showing:
            return
        pattern, climate, problems = self.read()
        self._mark(problems)
        self._show_climate_note()
        if not problems and pattern is not None:
            self.pattern, self.climate = pattern, climate
            self.changed.emit(pattern, climate)

    def _mark(self, problems: list[FieldProblem]) -> None:
        fields = " ".join(p.field for p in problems)
        for key, edit in self.simple_edits.items():
            edit.setStyleSheet(INVALID_STYLE if f"driving.{key}" in fields else "")
        for name, edit in zip(WEEKDAY_NAMES, self.week_edits, strict=True):
            edit.setStyleSheet(INVALID_STYLE if f"week_mi[{name}]" in fields else "")
        self.trips_edit.setStyleSheet(INVALID_STYLE if "trips" in fields else "")
        for name, edit in zip(MONTH_NAMES, self.temp_edits, strict=True):
            edit.setStyleSheet(INVALID_STYLE if f"monthly_f[{name}]" in fields else "")
        self.problem_label.setText(
            ""
            if not problems
            else "Not used until fixed (the last valid pattern stays in use): " + "; ".join(p.describe() for p in problems)
        )

    def _show_climate_note(self) -> None:
        climate = self.climate
        if self.climate_combo.currentData() == "":
            self.climate_note.setText(
                "The climate of the state chosen on the Household tab (NOAA 1991-2020 means); with "
                "no state, EPA's average US conditions with no monthly adjustment."
            )
        elif climate is not None:
            temps = ", ".join(f"{name[:3]} {t:.0f}" for name, t in zip(MONTH_NAMES, climate.monthly_f, strict=True))
            self.climate_note.setText(
                f"{climate.label}: {temps} F. Source: NOAA NCEI nClimDiv 1991-2020 statewide means (public domain)."
                if climate.state
                else f"{temps} F, as entered."
            )

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
                tr("{name} was not imported (nothing changed): {problems}").format(
                    name=path.name, problems="; ".join(p.describe() for p in exc.problems)
                )
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
        for edit, value in zip(self.temp_edits, self._log_temps, strict=True):
            edit.setText(f"{value:.1f}")
        self.climate_combo.setCurrentIndex(self.climate_combo.count() - 1)
        self._edited()
