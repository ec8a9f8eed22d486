"""Render the summary to PDF with Qt (works offscreen): charts as images, page numbers, Letter or A4."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication

from buyer_app.core.compare import Comparison
from buyer_app.report.summary import ReportContext, summary_html
from buyer_app.ui.charts import breakdown_chart, co2_chart, cumulative_chart, days_chart, energy_chart, monthly_chart

PAPER = {"letter": QPageSize.PageSizeId.Letter, "a4": QPageSize.PageSizeId.A4}
CHART_SIZE = (880, 470)


def chart_images(comparison: Comparison) -> dict[str, QImage]:
    """The same charts as the window, laid out and grabbed as images."""
    images = {}
    for name, build in (("cumulative", cumulative_chart), ("breakdown", breakdown_chart), ("energy", energy_chart),
                        ("days", days_chart), ("monthly", monthly_chart), ("co2", co2_chart)):
        widget = build(comparison, light=True)
        widget.resize(*CHART_SIZE)
        widget.show()  # a plot that was never laid out loses its tick labels
        QApplication.processEvents()
        images[name] = widget.grab().toImage()
        widget.close()
        widget.deleteLater()
    return images


def build_document(comparison: Comparison, ctx: ReportContext) -> QTextDocument:
    document = QTextDocument()
    for name, image in chart_images(comparison).items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart://{name}"), image)
    document.setHtml(summary_html(comparison, ctx))
    return document


def write_pdf(comparison: Comparison, ctx: ReportContext, path: Path, paper: str = "letter") -> None:
    """Write the summary PDF to `path` (written next to it first, then moved into place)."""
    if not path.parent.is_dir():
        raise FileNotFoundError(2, "No such folder", str(path.parent))
    tmp = path.with_name(f".{path.name}.tmp")
    writer = QPdfWriter(str(tmp))
    writer.setPageSize(QPageSize(PAPER[paper]))
    writer.setPageOrientation(QPageLayout.Orientation.Portrait)
    writer.setTitle(ctx.title)
    writer.setCreator("Vehicle Buyer")
    document = build_document(comparison, ctx)
    document.print_(writer)  # paginates and numbers the pages
    del writer
    tmp.replace(path)
