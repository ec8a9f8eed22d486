"""The results table: one row per compared vehicle, with the price editable (a dealer quote)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from buyer_app.charts.colours import VEHICLE_COLOURS
from buyer_app.core.costs.compare import Comparison
from buyer_app.text.answer import break_even_words
from buyer_app.text.currency import currency_name, parse_price
from buyer_app.text.sources import price_basis_words
from buyer_app.text.translate import tr, tr_noop
from buyer_app.text.units import US_DISPLAY, distance, per_distance_money
from buyer_app.text.wording import money

Index = QModelIndex | QPersistentModelIndex
HEADERS = [
    tr_noop("Vehicle"),
    tr_noop("Price"),
    tr_noop("Total"),
    tr_noop("Per mile"),
    tr_noop("Per year"),
    tr_noop("Break-even vs 1st"),
    tr_noop("Range"),
    tr_noop("CO2 (all sources)"),
]
PRICE = 1
PER_DISTANCE = 3
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# the roles `data` answers; the view asks for many more (font, colours, size...) each time it sizes a column to
# its contents, and those are turned away first (a what-if step asks ~450 times)
ANSWERED = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
    )
)


class ComparisonModel(QAbstractTableModel):
    """Rows of a core Comparison; editing the price emits `price_edited(row, price or None)`."""

    price_edited = Signal(int, object)
    price_rejected = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.comparison: Comparison | None = None
        self._text: list[list[str]] = []
        self.display = US_DISPLAY  # the profile's units (set before set_comparison)

    def set_comparison(self, comparison: Comparison | None) -> None:
        same_rows = (
            comparison is not None
            and self.comparison is not None
            and [v.id for v in comparison.vehicles] == [v.id for v in self.comparison.vehicles]
        )
        if not same_rows:
            self.beginResetModel()
        self.comparison = comparison
        before = self._text
        self._text = [self._cells(row) for row in range(len(comparison.vehicles))] if comparison else []
        if same_rows:  # a what-if move: new figures, same rows; only the cells whose words changed (the view
            # sizes its columns to their contents, so fewer changed cells are less work for it)
            changed = [(r, c) for r, row in enumerate(self._text) for c, text in enumerate(row) if before[r][c] != text]
            if changed:
                rows, columns = [r for r, _c in changed], [c for _r, c in changed]
                self.dataChanged.emit(self.index(min(rows), min(columns)), self.index(max(rows), max(columns)))
        else:
            self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.comparison is None else len(self.comparison.vehicles)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr("Per km") if section == PER_DISTANCE and self.display.metric else tr(HEADERS[section])
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() and index.column() == PRICE else base

    def _cells(self, row: int) -> list[str]:
        assert self.comparison is not None
        c = self.comparison
        v = c.vehicles[row]
        years = c.household.years
        known = v.price is not None  # an unpriced car's running costs are never shown as its cost
        return [
            v.label,
            money(v.price) if known else tr("enter price"),
            money(v.total_cost) if known else tr("— needs a price"),
            per_distance_money(v.cost_per_mile, self.display) if known else "—",
            money(v.total_cost / years) if known else "—",
            break_even_words(c, row),
            distance(v.range_mi, self.display) if v.range_mi else "—",
            f"{v.co2_kg_per_year * years / 1000:,.1f} t",
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in ANSWERED or self.comparison is None or not index.isValid():
            return None
        v = self.comparison.vehicles[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text[index.row()][index.column()]
        if role == Qt.ItemDataRole.EditRole and index.column() == PRICE:
            return "" if v.price is None else f"{v.price:.0f}"
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            return QColor(VEHICLE_COLOURS[index.row() % len(VEHICLE_COLOURS)])
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == PRICE:
                b = v.price_basis
                basis = {
                    "quote": "your price",
                    "unknown": "no sourced price: enter your dealer's quote",
                    "msrp": f"base MSRP of the {b.trim} trim, MY{b.model_year}, as of {b.as_of}; {b.source}",
                }
                if b.own:
                    return f"{price_basis_words(b)} ({b.source}). Type a price to override; clear it to return to it."
                return f"{basis[b.kind]}. Type a price to override; clear it to return to the base MSRP."
            if index.column() in (2, 4) and v.price is None:
                return tr("No total until this vehicle has a price: type your dealer's quote in its Price cell.")
            if index.column() == 5:
                return tr(
                    "When this vehicle becomes the cheaper one to have owned against the first row "
                    "(counting what each would sell for then)."
                )
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return RIGHT
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != PRICE or role != Qt.ItemDataRole.EditRole:
            return False
        try:
            price = parse_price(str(value))
        except ValueError:
            self.price_rejected.emit(
                tr("Price {value} is not allowed: {currency} from 1 to 10,000,000, or empty for the base MSRP.").format(
                    value=repr(value), currency=currency_name()
                )
            )
            return False
        self.price_edited.emit(index.row(), price)
        return True
