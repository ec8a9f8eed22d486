"""The answer cards at the top of the results: one per compared vehicle, in the words of `buyer_app.text.answer`.

A card: the car's name (in its chart colour), what it costs a month and in all, its price and where that comes from
(a car without one gets a price box instead of figures), where it stands against the others, how sure that is (a
ten-step meter from the uncertainty run, details one click away), range and public charging for this household,
and the household's worry answered in words. The cards flow into as many columns as the width allows; each keeps
its widgets between updates so a what-if step only sets texts.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QEnterEvent, QFont, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QApplication, QFrame, QGridLayout, QLabel, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from buyer_app.charts.colours import VEHICLE_COLOURS
from buyer_app.text.card import Card
from buyer_app.text.currency import currency_name, parse_price
from buyer_app.text.translate import tr

MIN_CARD_WIDTH = 170  # below this the lines wrap into too many rows; the cards then flow onto a second row
SPACING = 6
BAR = 4  # the height of the colour bar along a card's top


def meter_html(level: int, colour: str) -> str:
    """Ten small squares, as many filled (in the car's colour) as futures in ten where the car is the cheapest."""
    return f'<span style="color:{colour}">{"■" * level}</span><span style="color:#c8c8c8">{"■" * (10 - level)}</span>'


def _colour(widget: QWidget, colour: str) -> None:
    """Text colour through the palette (a style sheet per label costs a style pass each: slow for 8 cards)."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour) if colour else QApplication.palette().windowText().color())
    widget.setPalette(palette)


def _label(point_delta: float = 0.0, bold: bool = False, colour: str = "") -> QLabel:
    label = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if point_delta or bold:
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() + point_delta)
        font.setBold(bold)
        label.setFont(font)
    if colour:
        _colour(label, colour)
    return label


class AnswerCard(QFrame):
    """One vehicle's card; `price_entered(price)` when a price is typed in its box (Enter)."""

    price_entered = Signal(float)
    details_requested = Signal()

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index
        colour = QColor(VEHICLE_COLOURS[index % len(VEHICLE_COLOURS)])
        self.bar_colour = colour
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(7, 2 + BAR, 7, 2)
        layout.setSpacing(1)
        self.name = _label(0.5, True)
        self.headline = _label(2.5, True)
        self.total = _label()
        self.price_box = QLineEdit()
        self.price_box.setPlaceholderText(tr("Enter price, e.g. 32000"))
        self.price_box.returnPressed.connect(self._typed)
        self.price_problem = _label(-1.0, colour="#b00020")
        self.standing = _label(-0.5)
        self.colour = colour.name()
        self.sure = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)  # the meter, its words, a details link
        self.sure.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.sure.linkActivated.connect(lambda _link: self.details_requested.emit())
        self.sure.setTextInteractionFlags(  # the details link is reached with Tab as well as the mouse
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.sure.setToolTip(tr("Open the Uncertainty tab and the Chance cheapest chart: the spreads, the draws, what moves it"))
        self.range = _label(-0.5)
        self.charging = _label(-0.5)
        self.worry = _label(-1.5, colour="#333")
        for widget in (
            self.name,
            self.headline,
            self.total,
            self.price_box,
            self.price_problem,
            self.standing,
            self.sure,
            self.range,
            self.charging,
            self.worry,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.lines = [self.name, self.headline, self.total, self.price_problem, self.standing, self.range, self.charging]
        self.lines.append(self.worry)
        self.card: Card | None = None

    def enterEvent(self, event: QEnterEvent) -> None:  # noqa: N802 (Qt's name)
        """The lines can be selected (and copied) while the pointer is over the card. Not always: a selectable label
        keeps a text document, which made laying out and painting 8 cards take about twice as long at a what-if step."""
        for label in self.lines:
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        for label in self.lines:
            if not label.hasSelectedText():  # a selection stays until it is copied or cleared
                label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        super().leaveEvent(event)

    def show_card(self, card: Card) -> bool:
        """Set every line from `card` (a line with no words is hidden); False when nothing changed."""
        if card == self.card:
            return False
        self.card = card
        self.name.setText(card.name)
        self.setAccessibleName(tr("Answer for the {name}").format(name=card.name))
        self.headline.setText(card.headline)
        self.total.setText(f"{card.total}; {card.price}" if card.price else card.total)
        self.total.setToolTip(
            tr("What owning it costs over the years, net of what it would sell for at the end")
            + (f"\n{card.price_source}" if card.price_source else "")
        )
        self.price_box.setVisible(not card.priced)
        self.price_box.setAccessibleName(tr("Price of the {name}").format(name=card.name))
        if card.priced:
            self.price_problem.hide()
        self._line(self.standing, card.standing)
        best = card.place.cheapest and card.priced
        if self.standing.font().bold() != best:
            font = QFont(self.standing.font())
            font.setBold(best)
            self.standing.setFont(font)
            _colour(self.standing, "#1b5e20" if best else "")
        self.show_sure(card)
        self._line(self.range, card.range)
        self._line(self.charging, card.charging)
        self._line(self.worry, card.worry)
        return True

    def show_sure(self, card: Card) -> None:
        self.sure.setVisible(bool(card.sure))
        if card.sure:
            meter = meter_html(card.level, self.colour) + " " if card.level is not None else ""
            self.sure.setText(f'{meter}{escape(card.sure)}&nbsp;<a href="details">{escape(tr("details"))}</a>')

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        """A thin frame with a bar in the car's chart colour along the top."""
        painter = QPainter(self)
        painter.setPen(QColor("#c8c8c8"))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.fillRect(0, 0, self.width(), BAR, self.bar_colour)

    @staticmethod
    def _line(label: QLabel, text: str, tip: str = "") -> None:
        label.setVisible(bool(text))
        label.setText(text)
        label.setToolTip(tip)

    def _typed(self) -> None:
        text = self.price_box.text()
        try:
            price = parse_price(text)
        except ValueError:
            price = None
            problem = tr("Price {text!r} is not allowed: {currency} from 1 to 10,000,000.").format(
                text=text, currency=currency_name()
            )
        else:
            problem = (
                "" if price is not None else tr("Type the price you were quoted, in {currency}.").format(currency=currency_name())
            )
        self.price_problem.setText(problem)
        self.price_problem.setVisible(bool(problem))
        if price is not None:
            self.price_box.clear()
            self.price_entered.emit(price)


class AnswerCards(QWidget):
    """The cards of a comparison, flowing into columns; `price_entered(row, price)`, `details_requested()`."""

    price_entered = Signal(int, float)
    details_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(tr("Answer cards"))
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(SPACING)
        self.cards: list[AnswerCard] = []
        self._shown = 0
        self._columns = 0
        self._heights: dict[int, int] = {}  # width -> needed height, until the words change
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def set_cards(self, cards: list[Card]) -> None:
        """Show these cards (widgets are kept and reused; extra ones are hidden)."""
        while len(self.cards) < len(cards):
            row = len(self.cards)
            widget = AnswerCard(row)
            widget.price_entered.connect(lambda price, k=row: self.price_entered.emit(k, price))
            widget.details_requested.connect(self.details_requested.emit)
            self.cards.append(widget)
        changed = False
        for widget, card in zip(self.cards, cards, strict=False):
            changed |= widget.show_card(card)
        if changed:
            self._heights.clear()
        if len(cards) != self._shown:
            self._shown = len(cards)
            self._heights.clear()
            self._arrange(force=True)

    def show_sure(self, cards: list[Card]) -> None:
        """Only the how-sure lines changed (the uncertainty run finished or was dropped)."""
        for widget, card in zip(self.cards, cards, strict=False):
            before, widget.card = widget.card, card
            if before is None or (before.sure, before.level) != (card.sure, card.level):
                widget.show_sure(card)
                self._heights.clear()

    def columns_for(self, width: int) -> int:
        return max(1, min(self._shown, (width + SPACING) // (MIN_CARD_WIDTH + SPACING))) if self._shown else 1

    def _arrange(self, force: bool = False) -> None:
        columns = self.columns_for(self.width())
        if columns == self._columns and not force:
            return
        self._columns = columns
        for widget in self.cards:
            self.grid.removeWidget(widget)
        for k, widget in enumerate(self.cards):
            if k < self._shown:
                self.grid.addWidget(widget, k // columns, k % columns)
                widget.show()
            else:
                widget.hide()
        for c in range(max(self.grid.columnCount(), columns)):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._arrange()

    def needed_height(self, width: int) -> int:
        """The height the cards take at `width` with every line in full."""
        if not self._shown:
            return 0
        if width in self._heights:
            return self._heights[width]
        columns = self.columns_for(width)
        card_width = (width - SPACING * (columns - 1)) // columns
        rows = [0] * ((self._shown + columns - 1) // columns)
        for k, widget in enumerate(self.cards[: self._shown]):
            layout = widget.layout()
            assert layout is not None
            rows[k // columns] = max(rows[k // columns], layout.totalHeightForWidth(card_width))
        self._heights[width] = sum(rows) + SPACING * (len(rows) - 1)
        return self._heights[width]

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(MIN_CARD_WIDTH, self.needed_height(max(self.width(), MIN_CARD_WIDTH)))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.minimumSizeHint()
