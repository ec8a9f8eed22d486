"""Every household input of the cost engine, grouped, with units, sources and validation as you type.

A value that is not allowed is marked and explained (never clamped). `changed` carries the household
made of every valid field (so other edits are kept) and the list of problems still marked. Picking a
state fills its prices, tax, fees and grid at once (one `changed`), and every input's tooltip says
where its current value comes from.

Over 300 lines because every household input's editor, its validation as you type and its source tooltip are built
from one table (FIELDS) in one place; the words come from buyer_app.text.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from buyer_app.core.household.choices import UnitSystem
from buyer_app.core.household.fields import (
    FIELD_BY_NAME,
    US_STATE_CHOICES,
    FieldSpec,
    Household,
    household_to_dict,
    validate_value,
)
from buyer_app.core.household.relevant import unused_inputs
from buyer_app.core.household.state_fill import field_origin, with_fuel_price_basis, with_state
from buyer_app.core.incentives.catalogue import utilities_for
from buyer_app.core.markets.market import market_of_region
from buyer_app.core.markets.regions import KM_PER_MI, L_PER_GAL, LB_PER_G, market_region_codes
from buyer_app.core.region.state_figures import REGIONAL_FIELDS, state_defaults
from buyer_app.text.choices import choice_label, unit_system_name
from buyer_app.text.field_words import allowed_words, field_label, market_words, region_label, unit_words
from buyer_app.text.places import place_words
from buyer_app.text.translate import tr, tr_noop
from buyer_app.text.wording import money
from buyer_app.ui.tariff_box import TariffBox

GROUPS = (
    (
        tr_noop("Where and when you buy"),
        ("state", "utility", "purchase_date", "income", "filing_status", "household_size", "tenure"),
    ),
    (tr_noop("Driving"), ("years", "annual_miles", "city_share")),
    (
        tr_noop("Prices"),
        (
            "fuel_price_basis",
            "gas_price",
            "midgrade_price",
            "premium_price",
            "diesel_price",
            "electricity_price",
            "fuel_escalation",
            "electricity_escalation",
        ),
    ),
    (
        tr_noop("Charging"),
        (
            "home_charging",
            "home_charger_kw",
            "home_hours_per_night",
            "phev_plug_nights",
            "home_rate",
            "offpeak_price",
            "offpeak_share",
            "workplace_charging",
            "workplace_price",
            "workplace_days",
            "workplace_charger_kw",
            "workplace_hours",
            "public_everyday",
            "public_l2_price",
            "public_dc_price",
            "public_dc_pricing",
            "public_dc_per_minute",
            "idle_fee_per_minute",
            "idle_minutes_per_session",
            "charge_reserve",
        ),
    ),
    (
        tr_noop("Ownership and financing"),
        ("financing", "down_payment_share", "loan_apr", "loan_term_months", "home_charger_cost", "discount_rate"),
    ),
    (
        tr_noop("Running costs"),
        (
            "maintenance_bev",
            "maintenance_phev",
            "maintenance_hev",
            "maintenance_ice",
            "maintenance_age_growth",
            "resale_basis",
            "depreciation_bev",
            "depreciation_phev",
            "depreciation_hev",
            "depreciation_ice",
        ),
    ),
    (
        tr_noop("Insurance and fees"),
        (
            "insurance_reference",
            "insurance_annual",
            "sales_tax_rate",
            "sales_tax_cap",
            "title_fees",
            "registration_annual",
            "bev_surcharge",
            "phev_surcharge",
            "hev_surcharge",
        ),
    ),
    (tr_noop("CO2 of electricity"), ("grid_co2_lb_per_mwh", "grid_loss")),
)
INVALID_STYLE = "QLineEdit { border: 2px solid #d62728; }"
UNIT_NOTES = {"income": "USD/yr, 0: not given", "purchase_date": "YYYY-MM-DD"}
ORIGIN_WORDS = {
    "state": tr_noop("from the state table"),
    "default": tr_noop("the app's default"),
    "yours": tr_noop("your own figure"),
}
NO_UTILITY = tr_noop("(none)")


def is_percent(spec: FieldSpec) -> bool:
    return spec.unit.startswith("fraction")


@dataclass(frozen=True)
class FormView:
    """How the form writes figures: per litre and per km (metric) or per gallon and per mile, in a currency. The
    household keeps gallons and miles inside; only what is typed and shown converts."""

    metric: bool = False
    currency: str = "USD"


US_FORM = FormView()


def _factor(spec: FieldSpec, view: FormView) -> float:
    """The shown figure per stored one."""
    if not view.metric:
        return 1.0
    if spec.unit.endswith("/gal"):
        return 1 / L_PER_GAL
    if spec.unit.endswith("/mi"):
        return 1 / KM_PER_MI
    if spec.unit == "mi/yr":
        return KM_PER_MI
    if spec.unit == "lb/MWh":
        return 1 / LB_PER_G / 1000  # g/kWh
    return 1.0


def shown_unit(spec: FieldSpec, view: FormView = US_FORM) -> str:
    unit = UNIT_NOTES.get(spec.name, spec.unit.replace("fraction/yr", "%/yr").replace("fraction", "%"))
    if view.metric:  # "USD/min" is per minute, not per mile
        unit = {"USD/gal": "USD/L", "USD/mi": "USD/km", "mi/yr": "km/yr", "lb/MWh": "g/kWh"}.get(unit, unit)
    return unit.replace("USD", view.currency)


def unit_shown(spec: FieldSpec, view: FormView = US_FORM) -> str:
    """`shown_unit` in the user's language ('CNY/yr' / 'CNY/年')."""
    return unit_words(shown_unit(spec, view), view.currency)


def to_text(spec: FieldSpec, value: Any, view: FormView = US_FORM) -> str:
    if spec.choices or spec.kind in ("date", "text"):
        return str(value)
    number = float(value) * (100 if is_percent(spec) else _factor(spec, view))
    # six significant digits (a derived price showed as 0.6547777778); the field keeps its exact value until the
    # text is edited, since an unedited field is compared with this same text
    text = f"{number:.2f}".rstrip("0").rstrip(".") if abs(number) >= 100_000 else f"{number:.6g}"
    return "0" if text == "-0" else text


def from_text(spec: FieldSpec, text: str, view: FormView = US_FORM) -> object:
    if spec.kind in ("date", "text"):
        return text
    cleaned = text.strip().replace(",", "").replace("$", "").replace("¥", "").rstrip("%").strip()
    try:
        number = float(cleaned)
    except ValueError:
        return text
    return round(number / 100, 12) if is_percent(spec) else number / _factor(spec, view)


def rich_tip(text: str) -> str:
    """A tooltip that wraps and shows `text` literally (no markup from the data is interpreted)."""
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"


def origin_text(h: Household, name: str) -> str:
    """'your own figure' / 'from the state table — Colorado: EIA … (2023)' plus the table's note."""
    o = field_origin(h, name)
    text = tr(ORIGIN_WORDS[o.origin]) + ("" if o.origin == "yours" else f" — {o.source}") + (f" ({o.as_of})" if o.as_of else "")
    return text + ("\n" + tr("Note: {note}").format(note=o.note) if o.note else "")


def allowed_text(spec: FieldSpec, view: FormView = US_FORM) -> str:
    """What the input takes, in the units and currency the form shows: 'a number from 0.26 to 5.28 CNY/L'."""
    if is_percent(spec) and spec.minimum is not None and spec.maximum is not None:
        return tr("a percentage from {lo} to {hi}").format(lo=f"{spec.minimum * 100:g}", hi=f"{spec.maximum * 100:g}")
    factor = _factor(spec, view)
    if factor == 1.0 or spec.choices or spec.kind != "number":
        return allowed_words(spec, view.currency)
    lo, hi = (bound * factor for bound in spec.bounds(view.currency))
    return tr("a number from {lo} to {hi} {unit}").format(lo=_bound(lo, 3), hi=_bound(hi, 4), unit=unit_shown(spec, view))


def _bound(value: float, digits: int) -> str:
    """A converted range limit: 241,402 rather than 2.414e+05."""
    return f"{value:,.0f}" if abs(value) >= 10**digits else f"{value:,.{digits}g}"


def field_tip(h: Household, spec: FieldSpec, view: FormView = US_FORM) -> str:
    """What the input means, what is allowed, where the value shown comes from, and the app's default."""
    value = to_text(spec, getattr(h, spec.name), view) or tr("(empty)")
    allowed = allowed_text(spec, view)
    lines = [
        tr("{label}. Allowed: {allowed}.").format(label=field_label(spec.name), allowed=allowed),
        tr("Now {value} {unit}: {origin}")
        .format(value=value, unit=unit_shown(spec, view), origin=origin_text(h, spec.name))
        .replace("  ", " "),
    ]
    if field_origin(h, spec.name).origin != "default":
        default = to_text(spec, spec.default) or tr("(empty)")
        lines.append(
            tr("App default {value} {unit} — {source} ({date})").format(
                value=default, unit=unit_shown(spec), source=spec.source, date=spec.as_of
            )
        )
    return "\n".join(lines)


SUMMARY: tuple[tuple[str, Callable[[float], str]], ...] = (
    ("electricity_price", lambda x: tr("electricity {price}/kWh").format(price=money(x, digits=3))),
    ("gas_price", lambda x: tr("gasoline {price}/gal").format(price=money(x, True))),
    ("sales_tax_rate", lambda x: tr("sales tax {rate}%").format(rate=f"{x * 100:.4g}")),
    ("bev_surcharge", lambda x: tr("EV fee {amount} a year").format(amount=money(x))),
    ("phev_surcharge", lambda x: tr("plug-in hybrid fee {amount} a year").format(amount=money(x))),
    ("hev_surcharge", lambda x: tr("hybrid fee {amount} a year").format(amount=money(x))),
    ("grid_co2_lb_per_mwh", lambda x: tr("grid {amount} lb CO2/MWh").format(amount=f"{x:,.0f}")),
)


def state_summary(h: Household) -> str:
    """'Colorado: electricity $0.143/kWh, gasoline $3.93/gal, sales tax 2.9%, EV fee $50/yr, …' with the
    figures that are the user's own or that the state table lacks marked."""
    market = market_of_region(h.state)
    if not market.is_us:
        parts = [
            tr("electricity {price}/kWh").format(price=money(h.electricity_price, digits=3)),
            tr("gasoline {price}/L").format(price=money(h.gas_price / L_PER_GAL, True)),
            tr("purchase tax {rate}% of the price").format(rate=f"{h.sales_tax_rate * 100:.3g}"),
            tr("vehicle and vessel tax {amount} a year (fuel cars; NEVs none)").format(amount=money(h.registration_annual)),
            tr("grid {amount} g CO2/kWh").format(amount=f"{h.grid_co2_lb_per_mwh / 2.20462:,.0f}"),
        ]
        head = tr("{place} ({market}, amounts in {currency})").format(
            place=place_words(h.state), market=market_words(market.name), currency=market.currency
        )
        return tr("{head}: {parts}.").format(head=head, parts=tr(", ").join(parts))
    table = state_defaults(h.state)
    parts = []
    for name, shown in SUMMARY:
        text = shown(getattr(h, name))
        if h.state != "US" and table[name].value is None:
            text += tr(" (no state figure: kept)")
        elif field_origin(h, name).origin == "yours":
            text += tr(" (yours)")
        parts.append(text)
    head = tr("US national figures") if h.state == "US" else place_words(h.state)
    return tr("{head}: {parts}.").format(head=head, parts=tr(", ").join(parts))


class HouseholdPanel(QWidget):
    changed = Signal(object, list)  # Household of every valid field, list[str] of problems (empty: all valid)
    state_applied = Signal(str)  # what picking a state changed, in words
    sources_requested = Signal()
    units_chosen = Signal(object)  # UnitSystem: how the faces show distances and fuel (the profile's `units`)

    def __init__(self, household: Household | None = None) -> None:
        super().__init__()
        self.editors: dict[str, QLineEdit | QComboBox] = {}
        self.problems: dict[str, str] = {}
        self.shown = household or Household()
        self._shown_once = False
        self._rows: dict[str, tuple[QFormLayout, QWidget]] = {}
        self._unit_labels: dict[str, QLabel] = {}
        self.view = US_FORM
        self._pattern_miles: float | None = None
        layout = QVBoxLayout(self)
        for title, names in GROUPS:
            box = QGroupBox(tr(title))
            form = QFormLayout(box)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # long labels above their input in a narrow pane
            for name in names:
                spec = FIELD_BY_NAME[name]
                editor = self._editor(spec)
                line = QWidget()
                hl = QHBoxLayout(line)
                hl.setContentsMargins(0, 0, 0, 0)
                hl.addWidget(editor, 1)
                if shown_unit(spec):
                    self._unit_labels[name] = QLabel(unit_shown(spec))
                    hl.addWidget(self._unit_labels[name])
                form.addRow(field_label(name), line)
                self._rows[name] = (form, line)
                if name == "annual_miles":  # with a driving pattern its days decide the miles: shown, not asked
                    self.pattern_miles = QLabel()
                    self.pattern_miles.setAccessibleName(tr("Distance a year from your driving pattern"))
                    form.addRow(tr("Distance a year"), self.pattern_miles)
                    form.setRowVisible(self.pattern_miles, False)
                    self._pattern_form = form
            if title == GROUPS[0][0]:
                self._region_rows(form)
            layout.addWidget(box)
            if title == "Charging":  # the utility's rate plan, beside the home rate
                self.tariff_box = TariffBox()
                self.tariff_box.chosen.connect(self._tariff_chosen)
                layout.addWidget(self.tariff_box)
        self.message = QLabel(wordWrap=True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet("color: #d62728")
        self.message.setAccessibleName(tr("Household input problems"))
        layout.addWidget(self.message)
        layout.addStretch()
        self.set_household(self.shown)

    def _region_rows(self, form: QFormLayout) -> None:
        self.units = QComboBox()
        for system in UnitSystem:
            self.units.addItem(unit_system_name(system), system.value)
        self.units.setAccessibleName(tr("Units"))
        self.units.setToolTip(
            tr(
                "How results, the PDF and the command line show distances and fuel. The inputs below stay in US units "
                "(the data is the US EPA's)."
            )
        )
        self.units.currentIndexChanged.connect(lambda _index: self.units_chosen.emit(UnitSystem(self.units.currentData())))
        form.addRow(tr("Units shown"), self.units)
        self.summary = QLabel(wordWrap=True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAccessibleName(tr("Regional figures in use"))
        self.summary.setStyleSheet("color: #444")
        form.addRow(self.summary)
        self.sources_button = QPushButton(tr("Sources of these figures…"))
        self.sources_button.setToolTip(
            tr("Every household figure with where it comes from and its date, the climate and the CO2 factors")
        )
        self.sources_button.clicked.connect(self.sources_requested.emit)
        row = QHBoxLayout()
        row.addWidget(self.sources_button)
        row.addStretch()
        form.addRow(row)

    def _editor(self, spec: FieldSpec) -> QLineEdit | QComboBox:
        editor: QLineEdit | QComboBox
        if spec.name == "state":
            editor = QComboBox()
            editor.setMaxVisibleItems(20)
            for code in US_STATE_CHOICES:
                editor.addItem(choice_label("state", code), code)
            editor.currentIndexChanged.connect(lambda _index: self._state_picked())
        elif spec.name == "utility":
            editor = QComboBox()
            editor.setMaxVisibleItems(20)
            editor.currentIndexChanged.connect(lambda _index, n=spec.name: self._edited(n))
        elif spec.choices:
            editor = QComboBox()
            for code in spec.choices:  # the words shown, the code stored
                editor.addItem(choice_label(spec.name, code), str(code))
            editor.currentIndexChanged.connect(lambda _index, n=spec.name: self._edited(n))
        else:
            editor = QLineEdit()
            if spec.name == "purchase_date":
                editor.setPlaceholderText(tr("today"))
            editor.textEdited.connect(lambda _text, n=spec.name: self._edited(n))
        if isinstance(editor, QComboBox) and spec.name in ("state", "utility", "filing_status"):
            # long choices ("DC — District of Columbia", a utility's name) must not widen the panel
            editor.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            editor.setMinimumContentsLength(12)
        editor.setAccessibleName(field_label(spec.name))
        self.editors[spec.name] = editor
        return editor

    def set_pattern_miles(self, miles: float | None) -> None:
        """With a driving pattern set (`miles` its yearly total) the miles used are shown instead of the
        'Miles driven a year' input, which the pattern overrides; None: the input is used and shown."""
        self._pattern_miles = miles
        if miles is not None:
            if self.view.metric:
                text = tr("{km:,.0f} km (from your driving pattern: Driving tab)").format(km=miles * KM_PER_MI)
            else:
                text = tr("{miles:,.0f} mi (from your driving pattern: Driving tab)").format(miles=miles)
            self.pattern_miles.setText(text)
        self._show_relevant(self.shown)

    def _show_relevant(self, household: Household) -> None:
        """Only the inputs that matter for the choices made are shown (a hidden one keeps its value)."""
        unused = unused_inputs(household) | ({"annual_miles"} if self._pattern_miles is not None else set())
        for name, (form, line) in self._rows.items():
            form.setRowVisible(line, name not in unused or name in self.problems)
        self._pattern_form.setRowVisible(self.pattern_miles, self._pattern_miles is not None)

    def set_units(self, units: UnitSystem, currency: str = "USD") -> None:
        """Show the profile's units and currency (no signal): the choice, and the inputs per litre and km (metric)."""
        blocked = self.units.blockSignals(True)
        self.units.setCurrentIndex(self.units.findData(units.value))
        self.units.blockSignals(blocked)
        view = FormView(units == UnitSystem.METRIC, currency)
        if view == self.view:
            return
        self.view = view
        for name, label in self._unit_labels.items():
            label.setText(unit_shown(FIELD_BY_NAME[name], view))
        if self._shown_once:
            self._show_values(self.shown, list(self.editors))
            self._show_origins(self.shown)

    # -- showing a household --------------------------------------------------------------------
    def set_household(self, household: Household) -> None:
        """Show `household` (no signal)."""
        if household == self.shown and not self.problems and self._shown_once:
            return  # already on show (the window shows its profile right after building the panel)
        self._shown_once = True
        self.tariff_box.set_plan(household.home_tariff)
        self.tariff_box.setVisible(market_of_region(household.state).is_us)  # URDB rates are US utilities', in USD
        self._show_values(household, list(self.editors))
        if self.problems:
            self.problems.clear()
            self.message.setText("")
        self._show_origins(household)

    def _fill_regions(self, state: str) -> None:
        """The region choices of the household's market: the US states, or a market pack's cities (its label
        follows: "State", "City")."""
        market = market_of_region(state)
        combo = self.editors["state"]
        assert isinstance(combo, QComboBox)
        codes = US_STATE_CHOICES if market.is_us else market_region_codes(market)
        if [combo.itemData(k) for k in range(combo.count())] == list(codes):
            return
        combo.blockSignals(True)
        combo.clear()
        for code in codes:
            combo.addItem(choice_label("state", code), code)
        combo.blockSignals(False)
        form, _line = self._rows.get("state", (None, None))
        label = form.labelForField(_line) if form is not None and _line is not None else None
        if isinstance(label, QLabel):
            label.setText(field_label("state") if market.is_us else region_label(market.region_label))

    def _show_values(self, household: Household, names: list[str]) -> None:
        values = household_to_dict(household)
        self._fill_regions(household.state)
        self._fill_utilities(household.state, household.utility)
        for name in names:
            editor = self.editors[name]
            editor.blockSignals(True)
            if isinstance(editor, QComboBox):
                index = editor.findData(values[name])
                if index >= 0 and index != editor.currentIndex():
                    editor.setCurrentIndex(index)
            else:
                text = to_text(FIELD_BY_NAME[name], values[name], self.view)
                if editor.text() != text or name in self.problems:
                    editor.setText(text)
                    editor.setStyleSheet("")
            editor.blockSignals(False)
            self.problems.pop(name, None)

    def _fill_utilities(self, state: str, chosen: str) -> None:
        """The utilities the incentive data names for `state`, "(none)" first; an id not in the list
        (typed elsewhere) is kept and shown as such."""
        combo = self.editors["utility"]
        assert isinstance(combo, QComboBox)
        rows = list(utilities_for(state))
        if chosen and chosen not in {uid for uid, _ in rows}:
            rows.append((chosen, tr("{id} (not in the incentive data for {state})").format(id=chosen, state=state)))
        wanted = [("", tr(NO_UTILITY)), *rows]
        combo.blockSignals(True)
        if [(combo.itemData(k), combo.itemText(k)) for k in range(combo.count())] != wanted:
            combo.clear()
            for uid, name in wanted:
                combo.addItem(name, uid)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.setEnabled(combo.count() > 1)
        combo.blockSignals(False)

    def _show_origins(self, household: Household) -> None:
        """Tooltips say where each current value comes from; the summary line names the state's figures."""
        self.shown = household
        for name, editor in self.editors.items():
            tip = field_tip(household, FIELD_BY_NAME[name], self.view)
            if name == "utility" and not editor.isEnabled():
                tip += "\n" + tr("The incentive data names no utility here: pick your state first.")
            editor.setToolTip(rich_tip(tip))
            editor.setAccessibleDescription(tip)
        self.summary.setText(state_summary(household) + " " + tr("Each can be changed below; hover an input for its source."))
        self._show_relevant(household)

    # -- edits ----------------------------------------------------------------------------------
    def values(self) -> dict[str, object]:
        """What the inputs hold; an input whose text still shows the current value keeps it exactly (2.9% is
        0.029, not 2.9 / 100)."""
        out: dict[str, object] = {}
        for name, editor in self.editors.items():
            spec = FIELD_BY_NAME[name]
            if isinstance(editor, QComboBox):
                out[name] = editor.currentData()
            elif editor.text() == to_text(spec, getattr(self.shown, name), self.view):
                out[name] = getattr(self.shown, name)
            else:
                out[name] = from_text(spec, editor.text(), self.view)
        return out

    def _valid_household(self) -> Household:
        # an input marked as not allowed keeps the value on show (never the app's default: a typing slip must not
        # change the household); the charging calendar is edited in the Driving tab and kept as shown
        valid = self.shown.with_values({k: v for k, v in self.values().items() if k not in self.problems})
        return replace(valid, home_tariff=self.tariff_box.current)

    def _tariff_chosen(self, plan: object) -> None:
        """A rate plan picked or its start hour changed: one change (the flat and time-of-use price stay as typed)."""
        household = self._valid_household()
        self._show_origins(household)
        self.changed.emit(household, list(self.problems.values()))

    def _state_picked(self) -> None:
        """The state's figures replace the household's at once (one change, one undo step)."""
        combo = self.editors["state"]
        assert isinstance(combo, QComboBox)
        code = str(combo.currentData())
        household = with_state(self._valid_household(), code)
        if household.utility and household.utility not in {uid for uid, _ in utilities_for(code)}:
            household = household.with_values({"utility": ""})  # another state's utility does not serve this one
        replaced = [n for n in self.editors if getattr(household, n) != getattr(self.shown, n) or n in REGIONAL_FIELDS]
        self._show_values(household, replaced)  # inputs still marked and not replaced keep what was typed
        self.message.setText("\n".join(self.problems.values()))
        self._show_origins(household)
        self.changed.emit(household, list(self.problems.values()))
        self.state_applied.emit(state_summary(household))

    def _basis_picked(self) -> None:
        """The state's gasoline prices on the chosen basis replace the household's (one change, one undo step)."""
        combo = self.editors["fuel_price_basis"]
        assert isinstance(combo, QComboBox)
        household = with_fuel_price_basis(self._valid_household(), str(combo.currentData()))
        self._show_values(household, [n for n in ("gas_price", "midgrade_price", "premium_price") if n not in self.problems])
        self._show_origins(household)
        self.changed.emit(household, list(self.problems.values()))

    def _edited(self, name: str) -> None:
        if name == "fuel_price_basis":
            self._basis_picked()
            return
        spec = FIELD_BY_NAME[name]
        editor = self.editors[name]
        value = editor.currentData() if isinstance(editor, QComboBox) else from_text(spec, editor.text(), self.view)
        _, problem = validate_value(name, value, self.view.currency)
        if problem:
            shown = editor.text() if isinstance(editor, QLineEdit) else value
            allowed = allowed_text(spec, self.view)
            self.problems[name] = tr("{label}: {value} is not allowed ({allowed})").format(
                label=field_label(name), value=repr(shown), allowed=allowed
            )
            if isinstance(editor, QLineEdit):
                editor.setStyleSheet(INVALID_STYLE)
        else:
            self.problems.pop(name, None)
            if isinstance(editor, QLineEdit):
                editor.setStyleSheet("")
        self.message.setText("\n".join(self.problems.values()))
        household = self._valid_household()
        self._show_origins(household)
        self.changed.emit(household, list(self.problems.values()))
