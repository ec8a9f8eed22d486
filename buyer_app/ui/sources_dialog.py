"""Sources of the household's figures: a read-only table of every input with its value, where that value
comes from (the state table, the app's default or the user), the source, its date and any note; then the
climate and the CO2 factors. Every cell is plain text; a row can be read in full below and copied."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from buyer_app.core.costs.compare import Comparison
from buyer_app.core.energy.co2 import grid_kg_per_kwh
from buyer_app.core.household.fields import FIELD_BY_NAME, Household
from buyer_app.core.household.state_fill import field_origin, household_climate
from buyer_app.core.incentives.catalogue import utilities_for
from buyer_app.core.incentives.rules import purchase_day
from buyer_app.core.markets.market import market_of_region
from buyer_app.core.region.climate import CLIMATE_SOURCE, FACTOR_SOURCE, Climate
from buyer_app.text.choices import choice_label
from buyer_app.text.field_words import field_label, region_label, unit_words
from buyer_app.text.places import place_words
from buyer_app.text.region import co2_assumptions, grid_description
from buyer_app.text.sources import source_lines
from buyer_app.text.translate import tr, tr_noop
from buyer_app.text.wording import money
from buyer_app.ui.household_panel import GROUPS, UNIT_NOTES, FormView, rich_tip, shown_unit, to_text

COLUMNS = (tr_noop("Input"), tr_noop("Value"), tr_noop("Origin"), tr_noop("Source"), tr_noop("As of"), tr_noop("Note"))
WIDTHS = (250, 150, 70, 480, 80, 400)


def shown_value(h: Household, name: str) -> str:
    """The value as a person reads it: codes named, percentages, units, empty dates as today."""
    spec = FIELD_BY_NAME[name]
    value = getattr(h, name)
    if name == "utility":
        names = dict(utilities_for(h.state))
        return names.get(value, value) if value else tr("(none)")
    if name == "purchase_date":
        return value or tr("today ({})").format(purchase_day(h).isoformat())
    if spec.choices:
        return choice_label(name, str(value))
    if name == "income" and not value:
        return tr("not given (0)")
    market = market_of_region(h.state)  # a market pack's household is read per litre and km, in its money
    view = FormView(market.units == "metric", market.currency)
    unit = unit_words(shown_unit(spec, view) if name not in UNIT_NOTES else spec.unit.replace("USD", view.currency))
    return f"{to_text(spec, value, view)} {unit}".strip()


def household_rows(h: Household) -> list[tuple[str, list[str]]]:
    """(group title, []) section rows and (field name, cells) rows, in the panel's order."""
    rows: list[tuple[str, list[str]]] = []
    market = market_of_region(h.state)
    for title, names in GROUPS:
        rows.append((title, []))
        for name in names:
            o = field_origin(h, name)
            label = field_label(name) if name != "state" or market.is_us else region_label(market.region_label)
            source = tr(o.source) if o.origin == "yours" else o.source  # "your figure"; the others cite documents
            rows.append((name, [label, shown_value(h, name), o.origin, source, o.as_of, o.note]))
    return rows


def climate_rows(h: Household, climate: Climate | None) -> list[tuple[str, list[str]]]:
    """The climate the results use (the Driving tab's, else the state's, else EPA's average conditions)."""
    used = climate if climate is not None else household_climate(h)
    if climate is not None:
        origin, label = "yours", tr("{} (set in the Driving tab)").format(climate.label)
    elif used is not None:
        origin, label = "state", tr("{} (follows the household's state)").format(used.label)
    else:
        origin, label = "default", tr("average US conditions (as EPA labels)")
    temps = "" if used is None else tr("monthly means (F): ") + ", ".join(f"{t:.0f}" for t in used.monthly_f)
    source = CLIMATE_SOURCE if used is not None and used.state else (tr("your figures") if used else tr("EPA label method"))
    return [
        (tr_noop("Climate"), []),
        (
            "climate",
            [tr("Climate (monthly temperatures)"), label, origin, source, "1991-2020" if used and used.state else "", temps],
        ),
        ("climate_factors", [tr("Range and fuel economy by temperature"), "", "default", FACTOR_SOURCE, "2019-2025", ""]),
    ]


def co2_rows(h: Household) -> list[tuple[str, list[str]]]:
    rows: list[tuple[str, list[str]]] = [(tr_noop("CO2 factors"), [])]
    labels = {
        "co2_tailpipe": tr("Tailpipe CO2"),
        "co2_upstream": tr("Fuel production (upstream)"),
        "co2_electricity": tr("Electricity CO2"),
    }
    for a in co2_assumptions():
        rows.append((a["field"], [labels.get(a["field"], a["field"]), str(a["value"]), "default", a["source"], a["as_of"], ""]))
    kg = grid_kg_per_kwh(h.grid_co2_lb_per_mwh, h.grid_loss)
    rows.append(
        (
            "grid_kg_per_kwh",
            [
                tr("Electricity CO2 at your meter"),
                f"{kg:.3f} kg/kWh",
                "",
                tr("{}: grid CO2 intensity / (1 - grid losses)").format(grid_description(h)),
                "",
                "",
            ],
        )
    )
    return rows


def vehicle_rows(comparison: Comparison | None) -> list[tuple[str, list[str]]]:
    """Each car's own figures (insurance, resale, winter range) and where they come from."""
    if comparison is None or not any(v.sources for v in comparison.vehicles):
        return []
    rows: list[tuple[str, list[str]]] = [(tr_noop("Each car's own figures"), [])]
    for v in comparison.vehicles:
        for line in source_lines(v.sources) if v.sources else []:
            value = tr("{} in year 1").format(money(v.yearly_costs["insurance"][0])) if line.name == "insurance" else line.value
            rows.append(
                (
                    f"{v.id}:{line.name}",
                    [
                        f"{line.name.replace('_', ' ').capitalize()}: {v.label}",
                        value,
                        "yours" if line.yours else "default",
                        line.text,
                        "",
                        "",
                    ],
                )
            )
    return rows


class SourcesDialog(QDialog):
    def __init__(
        self,
        household: Household,
        climate: Climate | None = None,
        parent: QWidget | None = None,
        comparison: Comparison | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Sources of these figures"))
        self.resize(1100, 640)
        rows = household_rows(household) + climate_rows(household, climate) + co2_rows(household) + vehicle_rows(comparison)
        heading = QLabel(
            tr(
                "Where and when: {place}, buying on {day}. Origin: “state” from the state table, “default” the "
                "app's national figure, “yours” a figure you set. Select a row to read it in full below."
            ).format(place=place_words(household.state), day=purchase_day(household).isoformat()),
            wordWrap=True,
        )
        heading.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(len(rows), len(COLUMNS))
        self.table.setAccessibleName(tr("Sources of the household's figures"))
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for k, width in enumerate(WIDTHS):
            self.table.setColumnWidth(k, width)
        bold = QFont()
        bold.setBold(True)
        self.row_of: dict[str, int] = {}
        for r, (key, cells) in enumerate(rows):
            if not cells:  # a section title across the row
                item = QTableWidgetItem(tr(key))
                item.setFont(bold)
                self.table.setItem(r, 0, item)
                self.table.setSpan(r, 0, 1, len(COLUMNS))
                continue
            self.row_of[key] = r
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, key)
                if len(text) > 40:
                    item.setToolTip(rich_tip(text))
                self.table.setItem(r, c, item)
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setAccessibleName(tr("The selected row in full"))
        self.detail.setMaximumHeight(110)
        self.table.itemSelectionChanged.connect(self._show_detail)
        copy = QPushButton(tr("Copy selected rows"))
        copy.clicked.connect(self.copy_rows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(buttons)

    def cell(self, key: str, column: str) -> str:
        item = self.table.item(self.row_of[key], COLUMNS.index(column))
        return item.text() if item is not None else ""

    def _selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectedIndexes()})

    def _row_text(self, row: int, separator: str) -> str:
        cells = [self.table.item(row, c) for c in range(len(COLUMNS))]
        return separator.join(c.text() if c is not None else "" for c in cells)

    def _show_detail(self) -> None:
        lines = []
        for row in self._selected_rows():
            values = [
                (name, item.text())
                for name, c in zip(COLUMNS, range(len(COLUMNS)), strict=True)
                if (item := self.table.item(row, c)) is not None and item.text()
            ]
            lines.append("\n".join(f"{name}: {text}" for name, text in values))
        self.detail.setPlainText("\n\n".join(lines))

    def copy_rows(self) -> str:
        """The selected rows as tab-separated text on the clipboard."""
        text = "\n".join(self._row_text(r, "\t") for r in self._selected_rows())
        if text:
            QGuiApplication.clipboard().setText(text)
        return text
