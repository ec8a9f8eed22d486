"""The saved answer shown at start, before the live window is ready (issue 16: the cards within 0.4 s of start).

`StartPreview` is a plain window at the saved geometry holding the real `AnswerCards`, filled from the saved answer
(`core.profiles.answer_cache`), where the cards sat in the live window, with the window's title, the menu titles, the
verdict and a line saying the live results are loading. It imports only Qt's widgets and light modules (no pandas,
numpy or pyqtgraph), so it paints while those load; `hand_over` then puts the live window in its place.
`on_paint` tells when a widget has first painted (start-up timing and tests).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QElapsedTimer, QEvent, QEventLoop, QObject, Qt
from PySide6.QtGui import QColor, QPalette, QResizeEvent
from PySide6.QtWidgets import QApplication, QLabel, QMenuBar, QScrollArea, QVBoxLayout, QWidget

from buyer_app.core.profiles.answer_cache import SavedAnswer
from buyer_app.text.card import Card
from buyer_app.text.translate import tr, tr_noop
from buyer_app.ui.answer_cards import AnswerCards

LOADING = tr_noop("Loading live results…")
VERDICT_STYLE = "font-size: 10pt; font-weight: 600"


def scroll_pane(widget: QWidget) -> QScrollArea:
    """A pane of the results: `widget` scrolled up and down, never sideways, without a frame."""
    scroll = QScrollArea()
    scroll.setWidget(widget)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return scroll


def answer_layout(answer: QWidget, cards: AnswerCards, verdict: QLabel) -> None:
    """The answer pane's content, the same in the live window and the preview: the cards, the verdict under them."""
    layout = QVBoxLayout(answer)
    layout.setContentsMargins(6, 4, 6, 0)
    layout.setSpacing(3)
    layout.addWidget(cards)
    layout.addWidget(verdict)


class _PaintWatch(QObject):
    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self.then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self.then()
        return False


def on_paint(widget: QWidget, then: Callable[[], None]) -> None:
    """Call `then` once, when `widget` next receives a paint event."""
    _PaintWatch(widget, then)


class StartPreview(QWidget):
    """The saved answer in a pane where the live window has its answer pane; `painted` once its cards have painted."""

    def __init__(self, answer: SavedAnswer, cards: list[Card]) -> None:
        super().__init__()
        self.answer = answer
        self.painted = False
        self.setWindowTitle(answer.title)
        self.setAccessibleName(tr("Saved answer, loading live results"))
        self.menu_bar = QMenuBar(self)
        for title in answer.menus:
            self.menu_bar.addMenu(title).setEnabled(False)  # the live window's menus come with it
        self.cards = AnswerCards()
        self.cards.set_cards(cards)
        self.verdict = QLabel(answer.verdict, wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.verdict.setAccessibleName(tr("Verdict"))
        self.verdict.setStyleSheet(VERDICT_STYLE)
        content = QWidget()
        answer_layout(content, self.cards, self.verdict)
        self.pane = scroll_pane(content)
        self.pane.setParent(self)
        self.loading = QLabel(tr(LOADING), self)
        palette = self.loading.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#555"))
        self.loading.setPalette(palette)
        self.loading.setAccessibleName(tr("Loading"))
        on_paint(self.cards, self._cards_painted)

    def restore(self) -> bool:
        """Take the saved geometry; False when it cannot be used (then the preview is not shown)."""
        raw = QByteArray.fromBase64(self.answer.geometry.encode("ascii", "replace"))
        return not raw.isEmpty() and self.restoreGeometry(raw)

    def _cards_painted(self) -> None:
        self.painted = True

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        """The pane where the live window had it; in a window of another width (a smaller screen) it keeps its
        distance from the right edge and its share of the width, as the live window's panes do."""
        x, y, width, height, was = self.answer.cards_at
        now = self.width()
        if now != was:
            right = was - x - width
            x = x * now // was
            width = max(1, now - x - right)
        self.menu_bar.setGeometry(0, 0, now, self.menu_bar.sizeHint().height())
        height = max(1, min(height, self.height() - y))
        self.pane.setGeometry(x, y, width, height)
        inner = max(1, self.pane.viewport().width() - 12)  # the content's margins
        self.cards.resize(inner, self.cards.needed_height(inner))  # its size hint follows its width
        self.cards.updateGeometry()
        self.loading.setGeometry(x + 6, y + height + 8, width - 12, self.loading.sizeHint().height())

    def wait_painted(self, app: QApplication, limit_ms: int = 500) -> bool:
        """Run the event loop until the cards have painted (a window system maps the window first), at most
        `limit_ms`; whether they did."""
        clock = QElapsedTimer()
        clock.start()
        while not self.painted and clock.elapsed() < limit_ms:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
        return self.painted


def hand_over(preview: StartPreview, window: QWidget) -> None:
    """Show the live `window` where the preview is (the reader may have moved it), then close the preview."""
    window.restoreGeometry(preview.saveGeometry())
    window.show()
    window.raise_()
    preview.close()
