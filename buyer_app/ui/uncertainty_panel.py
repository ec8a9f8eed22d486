"""The uncertainty settings (spreads, draws, seed, the pair to explain) and the run bar (progress, Cancel,
Simulate uncertainty).

Values are checked as typed with the core's `settings_from_dict`: a bad one is marked red and named with
its allowed range, nothing is clamped, and the last valid settings stay in use. The pair lives in the
window only (it is not saved in the profile); by default it is the two cheapest vehicles.

Over 300 lines because the settings form and the run bar under the verdict are two views of one run's state;
splitting them would pass that state across modules for no reader's gain.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from buyer_app.core.errors import InputError
from buyer_app.core.uncertainty.draws import (
    DEFAULT_DRAWS,
    DEFAULT_SEED,
    DRAWS_RANGE,
    SPREADS,
    UncertaintySettings,
    settings_from_dict,
    settings_to_dict,
)
from buyer_app.text.field_words import SPREAD_LABELS
from buyer_app.text.translate import tr, tr_noop
from buyer_app.ui.household_panel import INVALID_STYLE, rich_tip

OTHER_FIELDS = {
    "draws": (
        tr_noop("Number of futures simulated (draws)"),
        tr_noop("More draws give steadier percentages and take longer. App default {default}."),
    ),
    "seed": (
        tr_noop("Random seed"),
        tr_noop("The same seed gives the same futures again (saved with the profile). App default {default}."),
    ),
}
OTHER_DEFAULTS = {"draws": f"{DEFAULT_DRAWS:,}", "seed": str(DEFAULT_SEED)}
AUTO = None


def _label(name: str) -> str:
    if name in SPREAD_LABELS:
        return tr(SPREAD_LABELS[name])
    return tr(OTHER_FIELDS[name][0]) if name in OTHER_FIELDS else name


def _allowed(name: str) -> str:
    spec = next((s for s in SPREADS if s.name == name), None)
    if spec is not None:
        return tr("a number from {lo} to {hi}").format(lo=f"{spec.low:g}", hi=f"{spec.high:g}")
    if name == "draws":
        return tr("a whole number from {lo} to {hi}").format(lo=f"{DRAWS_RANGE[0]:,}", hi=f"{DRAWS_RANGE[1]:,}")
    return tr("a whole number from 0 to 2^63-1")


def _parse(text: str) -> object:
    cleaned = text.strip().replace(",", "").replace("_", "")
    if cleaned.lstrip("-").isdigit():
        return int(cleaned)  # whole numbers exactly (a seed near 2^63 does not survive a float)
    try:
        number = float(cleaned)
    except ValueError:
        return text
    return int(number) if number.is_integer() and abs(number) < 2**63 else number


def _shown(name: str, value: float | int) -> str:
    return f"{value:,}" if name == "draws" else (str(value) if name == "seed" else f"{value:g}")


def hint(name: str, value: float) -> str:
    """What a spread means in plain numbers (one standard deviation)."""
    if name == "price_correlation":
        return ""
    if name == "depreciation_spread":
        return tr("±{points} points a year").format(points=f"{value * 100:.1f}")
    share = f"{(math.exp(value) - 1) * 100:.0f}"
    return (tr("about ±{share}% a year") if name.endswith("volatility") else tr("about ±{share}%")).format(share=share)


class UncertaintyPanel(QWidget):
    settings_changed = Signal(object, str)  # UncertaintySettings (every valid field), the field edited
    pair_changed = Signal()

    def __init__(self, settings: UncertaintySettings | None = None) -> None:
        super().__init__()
        self.settings = settings or UncertaintySettings()
        self.editors: dict[str, QLineEdit] = {}
        self.hints: dict[str, QLabel] = {}
        self.problems: dict[str, str] = {}
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "How sure is the verdict? The app simulates many futures at once for every compared vehicle "
                "(the same futures for each, so differences between cars are not noise). Each spread is one "
                "standard deviation; hover an input for its allowed range and its source."
            ),
            wordWrap=True,
        )
        intro.setStyleSheet("color: #444")
        layout.addWidget(intro)
        spreads = QGroupBox(tr("Spreads of the uncertain inputs"))
        form = QFormLayout(spreads)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a narrow panel puts labels above
        for spec in SPREADS:
            tip = tr("{label}. Allowed: {allowed}. App default {default}.\nSource: {source}").format(
                label=_label(spec.name), allowed=_allowed(spec.name), default=f"{spec.default:g}", source=spec.source
            )
            line = QWidget()
            row = QHBoxLayout(line)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(self._editor(spec.name, tip), 1)
            self.editors[spec.name].setMinimumWidth(60)
            self.hints[spec.name] = QLabel()
            self.hints[spec.name].setFixedWidth(
                self.fontMetrics().horizontalAdvance(tr("about ±{share}% a year").format(share="100"))
            )
            self.hints[spec.name].setStyleSheet("color: #444")
            row.addWidget(self.hints[spec.name])
            form.addRow(_label(spec.name), line)
        layout.addWidget(spreads)
        run = QGroupBox(tr("Simulation"))
        form = QFormLayout(run)
        for name, (label, text) in OTHER_FIELDS.items():
            words = tr("{label}. Allowed: {allowed}. {text}").format(
                label=tr(label), allowed=_allowed(name), text=tr(text).format(default=OTHER_DEFAULTS[name])
            )
            form.addRow(tr(label), self._editor(name, words))
        layout.addWidget(run)
        pair_box = QGroupBox(tr("The pair to explain (tornado, difference, thresholds)"))
        form = QFormLayout(pair_box)
        self.pair_combos = (QComboBox(), QComboBox())
        for combo, label in zip(self.pair_combos, (tr("First vehicle"), tr("Against")), strict=True):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
            combo.setAccessibleName(tr("Pair to explain: {which}").format(which=label.lower()))
            combo.setToolTip(
                tr(
                    "Which two vehicles the tornado, the histogram of the difference and the thresholds "
                    "compare. Automatic: the two cheapest over the years owned. Kept in this window only."
                )
            )
            combo.currentIndexChanged.connect(lambda _index: self._pair_picked())
            form.addRow(label, combo)
        layout.addWidget(pair_box)
        row = QHBoxLayout()
        defaults = QPushButton(tr("Back to the default spreads"))
        defaults.setToolTip(tr("Every spread and the number of draws at the app's default (the seed is kept)"))
        defaults.clicked.connect(self.restore_defaults)
        row.addWidget(defaults)
        row.addStretch()
        layout.addLayout(row)
        self.message = QLabel(wordWrap=True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet("color: #d62728")
        self.message.setAccessibleName(tr("Uncertainty input problems"))
        layout.addWidget(self.message)
        layout.addStretch()
        self._ids: list[int] = []
        self._show(self.settings)

    def _editor(self, name: str, tip: str) -> QLineEdit:
        editor = QLineEdit()
        editor.setAccessibleName(_label(name))
        editor.setToolTip(rich_tip(tip))
        editor.setAccessibleDescription(tip)
        editor.textEdited.connect(lambda _text, n=name: self._edited(n))
        self.editors[name] = editor
        return editor

    # -- showing ---------------------------------------------------------------------------------
    def set_settings(self, settings: UncertaintySettings) -> None:
        """Show `settings` (undo, opening a profile; no signal). Inputs still marked bad keep their text
        while the settings in use are unchanged."""
        if settings != self.settings:
            self._show(settings)

    def _show(self, settings: UncertaintySettings) -> None:
        self.settings = settings
        for name, value in settings_to_dict(settings).items():
            self.editors[name].setText(_shown(name, value))
            self.editors[name].setStyleSheet("")
            if name in self.hints:
                self.hints[name].setText(hint(name, value))
        self.problems.clear()
        self.message.setText("")

    def restore_defaults(self) -> None:
        defaults = UncertaintySettings(seed=self.settings.seed)
        self._show(defaults)
        self.settings_changed.emit(defaults, "defaults")

    # -- edits -----------------------------------------------------------------------------------
    def _edited(self, name: str) -> None:
        editor = self.editors[name]
        value = _parse(editor.text())
        try:
            settings_from_dict({name: value})
        except InputError as exc:
            allowed = exc.problems[0].allowed
            self.problems[name] = tr("{label}: {value} is not allowed ({allowed})").format(
                label=_label(name), value=repr(editor.text()), allowed=allowed
            )
            editor.setStyleSheet(INVALID_STYLE)
        else:
            self.problems.pop(name, None)
            editor.setStyleSheet("")
            if name in self.hints:
                self.hints[name].setText(hint(name, float(value)))  # type: ignore[arg-type]
        self.message.setText("\n".join(self.problems.values()))
        if name in self.problems:
            return  # the last valid settings stay in use
        values = settings_to_dict(self.settings)
        values[name] = value
        settings = settings_from_dict(values)
        if settings != self.settings:
            self.settings = settings
            self.settings_changed.emit(settings, name)

    # -- the pair --------------------------------------------------------------------------------
    def set_vehicles(self, ids: list[int], labels: list[str]) -> None:
        """The compared vehicles; a chosen vehicle that is still compared stays chosen (no signal)."""
        chosen = self.chosen_pair()
        self._ids = list(ids)
        for combo, auto, keep in zip(
            self.pair_combos, (tr("Automatic: the cheapest"), tr("Automatic: the runner-up")), chosen, strict=True
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(auto, AUTO)
            for vid, label in zip(ids, labels, strict=True):
                combo.addItem(label, vid)
            combo.setCurrentIndex(max(combo.findData(keep), 0) if keep is not None else 0)
            combo.setEnabled(len(ids) > 1)
            combo.blockSignals(False)

    def chosen_pair(self) -> tuple[int | None, int | None]:
        """The vehicle ids picked (None: automatic)."""
        a, b = (combo.currentData() for combo in self.pair_combos)
        return (a if isinstance(a, int) else None, b if isinstance(b, int) else None)

    def _pair_picked(self) -> None:
        a, b = self.chosen_pair()
        same = a is not None and a == b
        self.problems.pop("pair", None)
        if same:
            self.problems["pair"] = tr("The pair to explain needs two different vehicles (the two cheapest are used).")
        self.message.setText("\n".join(self.problems.values()))
        self.pair_changed.emit()

    def resolve_pair(self, default: tuple[int, int]) -> tuple[int, int] | None:
        """Indices into the compared vehicles: the vehicles picked, automatic ones from `default`; None when both
        are automatic (the run then explains the two cars most often cheapest, as the command line does)."""
        a_id, b_id = self.chosen_pair()
        if (a_id is None and b_id is None) or (a_id is not None and a_id == b_id):
            return None
        a = self._ids.index(a_id) if a_id in self._ids else None
        b = self._ids.index(b_id) if b_id in self._ids else None
        if a is None:
            a = default[0] if default[0] != b else default[1]
        if b is None:
            b = default[1] if default[1] != a else default[0]
        return a, b


class RunBar(QWidget):
    """Progress of the run, Cancel / Run again, the Simulate uncertainty switch and the settings button."""

    cancel_requested = Signal()
    run_requested = Signal()
    enabled_changed = Signal(bool)
    settings_requested = Signal()

    def __init__(self, enabled: bool = True) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.enabled = QCheckBox(tr("Simulate uncertainty"))
        self.enabled.setChecked(enabled)
        self.enabled.setToolTip(
            tr(
                "Simulate many futures of prices, miles, resale and running costs to say how sure "
                "the verdict is (bands, chance of being cheapest, what moves it)"
            )
        )
        self.enabled.toggled.connect(self.enabled_changed.emit)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setAccessibleName(tr("Simulation progress"))
        self.bar.setMaximumWidth(220)
        self.button = QPushButton(tr("Cancel"))
        self.button.clicked.connect(self._clicked)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setStyleSheet("color: #444")
        settings = QPushButton(tr("Uncertainty settings…"))
        settings.clicked.connect(self.settings_requested.emit)
        for widget in (self.enabled, self.bar, self.button, self.status):
            layout.addWidget(widget)
        layout.addStretch()
        layout.addWidget(settings)
        self.show_state("idle")

    def _clicked(self) -> None:
        (self.cancel_requested if self.button.text() == tr("Cancel") else self.run_requested).emit()

    def show_state(self, state: str, text: str = "", share: float = 0.0) -> None:
        """idle / pending / running / done / stopped / failed, with words for the status."""
        busy = state in ("pending", "running")
        self.bar.setVisible(busy)
        self.bar.setValue(round(share * 100))
        self.button.setText(tr("Cancel") if busy else tr("Run again"))
        self.button.setVisible(busy or state in ("stopped", "failed"))
        self.status.setText(text)
