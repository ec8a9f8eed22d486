"""The document laid out on the paper itself (Letter or A4, 0.75 in margins) so that what is measured is what prints:
a table that fits on a page is moved whole to the next page (with its heading) rather than split, and each page is
drawn with its number under it."""

from __future__ import annotations

import math

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPainter,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextTable,
)

MARGINS_MM = QMarginsF(19.05, 15.0, 19.05, 12.0)  # 0.75 in at the sides; the foot's line sits in the bottom margin
FOOT_PT = 7.0
BASE_WIDTH = 0x100100  # a user property of a picture's format: its width as the HTML gave it
KEEP_WHOLE = 0.85  # a table up to this share of a page is never split (a longer one runs on, its header repeated)


def lay_out(document: QTextDocument, device: QPagedPaintDevice) -> QSizeF:
    """Lay `document` out on `device`'s printable area (in its own pixels); the page size is returned."""
    layout = device.pageLayout()
    layout.setUnits(QPageLayout.Unit.Millimeter)
    layout.setMargins(MARGINS_MM)
    layout.setMode(QPageLayout.Mode.StandardMode)
    device.setPageLayout(layout)
    document.documentLayout().setPaintDevice(device)
    frame = document.rootFrame().frameFormat()
    frame.setMargin(0)
    document.rootFrame().setFrameFormat(frame)
    page = QSizeF(device.width(), device.height())
    document.setPageSize(page)
    return page


def _break_before(document: QTextDocument, table: QTextTable) -> None:
    """A page break before `table`, or before the heading just above it (a heading is never left behind)."""
    block = document.findBlock(max(0, table.firstPosition() - 2))
    if block.isValid() and block.blockFormat().headingLevel() > 0 and block.position() < table.firstPosition():
        while block.previous().isValid() and block.previous().blockFormat().headingLevel() > 0:
            block = block.previous()  # a section's heading goes with its first sub-heading
        fmt = QTextBlockFormat()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(block).mergeBlockFormat(fmt)
        return
    frame: QTextFrameFormat = table.format()
    frame.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    table.setFormat(frame)  # type: ignore[arg-type]


def keep_tables_whole(document: QTextDocument) -> None:
    """Move each table that would be split across two pages but fits on one to the start of the next page."""
    height = document.pageSize().height()
    layout = document.documentLayout()
    for child in document.rootFrame().childFrames():
        if not isinstance(child, QTextTable):
            continue
        document.pageCount()  # lays out what an earlier move changed
        rect = layout.frameBoundingRect(child)
        if rect.height() > KEEP_WHOLE * height:
            continue
        if math.floor(rect.top() / height) != math.floor((rect.bottom() - 1) / height):
            _break_before(document, child)


def print_pages(document: QTextDocument, device: QPagedPaintDevice, title: str = "") -> int:
    """Draw each page of the laid-out `document` on `device`, numbered in its foot; the number of pages is returned."""
    page = document.pageSize()
    count = document.pageCount()
    painter = QPainter(device)
    try:
        foot = QFont("DejaVu Sans")
        foot.setPointSizeF(FOOT_PT)
        for n in range(count):
            if n:
                device.newPage()
            painter.save()
            painter.translate(0, -n * page.height())
            # inset by a pixel: a line or picture starting exactly at the next page's top is not drawn (hidden) here too
            document.drawContents(painter, QRectF(0, n * page.height() + 1, page.width(), page.height() - 2))
            painter.restore()
            painter.setFont(foot)
            painter.setPen(QColor("#666666"))
            line = painter.fontMetrics().height()
            where = QRectF(0, page.height() + line * 0.6, page.width(), line * 1.2)
            painter.drawText(where, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), f"{n + 1} / {count}")
            if title:
                painter.drawText(where, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title)
    finally:
        painter.end()
    return count


def fit_pages(document: QTextDocument, pages: int, smallest: float = 0.6) -> None:
    """Shrink the document's pictures step by step (down to `smallest` of their size) until it fits `pages` pages:
    the summary's chart gives way before a third page is started."""
    cursor = QTextCursor(document)
    scale = 1.0
    while document.pageCount() > pages and scale > smallest:
        scale -= 0.1
        block = document.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.isImageFormat():
                    image = fmt.toImageFormat()
                    base = image.property(BASE_WIDTH) or image.width()
                    image.setProperty(BASE_WIDTH, base)
                    image.setWidth(base * scale)  # no height given: the picture keeps its proportions
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                    cursor.setCharFormat(image)
                it += 1
            block = block.next()
        keep_tables_whole(document)
