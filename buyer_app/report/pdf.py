"""Render the summary to PDF with Qt (works offscreen): charts as images, page numbers, Letter or A4."""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QFile, QFileDevice, QIODevice, QUrl
from PySide6.QtGui import QImage, QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication

from buyer_app.charts.comparison import breakdown_chart, co2_chart, cumulative_chart, days_chart, energy_chart, monthly_chart
from buyer_app.charts.uncertainty import bands_chart, cheapest_chart, tornado_chart
from buyer_app.core.costs.compare import Comparison
from buyer_app.core.uncertainty.run import UncertaintyResult
from buyer_app.report.fonts import ensure_cjk_font
from buyer_app.report.paginate import fit_pages, keep_tables_whole, print_pages
from buyer_app.report.paginate import lay_out as lay_out_document
from buyer_app.report.summary import ReportContext, chart_names, summary_html
from buyer_app.text.units import US_DISPLAY, Display

PAPER = {"letter": QPageSize.PageSizeId.Letter, "a4": QPageSize.PageSizeId.A4}
CHART_SIZE = (880, 470)
SUMMARY_CHART_SIZE = (880, 540)  # the cost over time on page 1: taller, the page has the room (it shrinks if not)
SUMMARY_PAGES = 2


def lay_out(widget: pg.PlotWidget, size: tuple[int, int]) -> QImage:
    """Show the chart at `size` with its layout settled and return it as an image; the chart stays open (tests read
    its axes). Axes size themselves to their labels when they work those out, so they are asked to (cheaply, without
    painting the chart) and the layout redone until it holds."""
    widget.resize(*size)
    widget.show()  # a plot that was never laid out loses its tick labels
    QApplication.processEvents()
    plot = widget.getPlotItem()
    probe = QImage(1, 1, QImage.Format.Format_ARGB32)
    for _ in range(4):
        before = [(axis.width(), axis.height()) for axis in _axes(plot)]
        painter = QPainter(probe)
        for axis in _axes(plot):
            painter.setFont(axis.style["tickFont"] or axis.font())
            axis.generateDrawSpecs(painter)
        painter.end()
        QApplication.processEvents()
        if before == [(axis.width(), axis.height()) for axis in _axes(plot)]:
            break
    image: QImage = widget.grab().toImage()
    return image


def _axes(plot: pg.PlotItem) -> list[pg.AxisItem]:
    return [plot.getAxis(side) for side in ("left", "bottom") if plot.getAxis(side).isVisible()]


def _grab(widget: pg.PlotWidget, size: tuple[int, int]) -> QImage:
    image = lay_out(widget, size)
    widget.close()
    widget.deleteLater()
    return image


# the uncertainty run's charts (chart://NAME in uncertainty_section), each with its size in pixels
RUN_CHARTS: tuple[tuple[str, Callable[..., pg.PlotWidget], tuple[int, int]], ...] = (
    ("bands", bands_chart, (880, 420)),
    ("cheapest", cheapest_chart, (880, 300)),
    ("tornado", tornado_chart, (1000, 400)),
)
CHARTS: tuple[tuple[str, Callable[..., pg.PlotWidget]], ...] = (
    ("cumulative", cumulative_chart),
    ("breakdown", breakdown_chart),
    ("energy", energy_chart),
    ("days", days_chart),
    ("monthly", monthly_chart),
    ("co2", co2_chart),
)


def chart_widgets(
    comparison: Comparison, run: UncertaintyResult | None = None, full: bool = True, display: Display = US_DISPLAY
) -> Iterator[tuple[str, pg.PlotWidget, tuple[int, int]]]:
    """Each chart of the PDF, built, with the size in pixels it is grabbed at: the cost over time, and with `full`
    the appendix's; with `run` and `full`, its bands, chance of being the cheapest and tornado as well."""
    for name, build in CHARTS:
        if name in chart_names(full):
            widget = days_chart(comparison, light=True, display=display) if name == "days" else build(comparison, light=True)
            yield name, widget, SUMMARY_CHART_SIZE if name == "cumulative" else CHART_SIZE
    if run is not None and full:
        for name, build_run, (width, height) in RUN_CHARTS:
            if name == "cheapest":  # room for each vehicle's name under its bar
                width = max(width, 150 * len(comparison.vehicles))
            yield name, build_run(comparison, run, light=True), (width, height)


def chart_images(
    comparison: Comparison, run: UncertaintyResult | None = None, full: bool = True, display: Display = US_DISPLAY
) -> dict[str, QImage]:
    """The same charts as the window, laid out and grabbed as images (see `chart_widgets`)."""
    return {name: _grab(widget, size) for name, widget, size in chart_widgets(comparison, run, full, display)}


def build_document(
    comparison: Comparison, ctx: ReportContext, run: UncertaintyResult | None = None, full: bool = False
) -> QTextDocument:
    """The summary as a document (two pages; with `full` the appendix follows). `run`, optional, is a finished
    uncertainty run of this very comparison (same vehicles and inputs; the window passes its latest one): it adds
    the confidence to the verdict and, with `full`, "How sure is this?". A run made for other vehicles raises
    ValueError. Lay it out on the paper with `paginate.lay_out` before printing."""
    ensure_cjk_font()
    document = QTextDocument()
    html = summary_html(comparison, ctx, run, full)  # checks the run first
    for name, image in chart_images(comparison, run, full, ctx.display).items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart://{name}"), image)
    document.setHtml(html)
    return document


def print_document(document: QTextDocument, device: QPagedPaintDevice, title: str, pages: int | None = SUMMARY_PAGES) -> int:
    """Lay `document` out on `device` (a QPdfWriter or a QPrinter), keep its tables whole, fit it in `pages` pages
    (the summary: its chart made smaller if need be; None: as many as it takes) and draw its pages."""
    lay_out_document(document, device)
    keep_tables_whole(document)
    if pages is not None:
        fit_pages(document, pages)
    return print_pages(document, device, title)


def write_pdf(
    comparison: Comparison,
    ctx: ReportContext,
    path: Path,
    paper: str = "letter",
    run: UncertaintyResult | None = None,
    full: bool = False,
) -> None:
    """Write the PDF to `path`: the two-page summary, and with `full` the appendix. `run`: as for `build_document`.

    The PDF is written through a file descriptor to a temporary file of an unpredictable name created in the
    target's folder (never through a link planted there), checked to be a whole PDF (a full disk leaves an empty or
    cut file, which Qt does not report), synced, then moved into place. OSError when it cannot be written, and then
    nothing is left behind and a file already at `path` is unchanged."""
    if not path.parent.is_dir():
        raise FileNotFoundError(2, "No such folder", str(path.parent))
    document = build_document(comparison, ctx, run, full)  # before the file is opened: a refused run leaves no file
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        device = QFile()
        if not device.open(fd, QIODevice.OpenModeFlag.WriteOnly, QFileDevice.FileHandleFlag.DontCloseHandle):
            raise OSError(errno.EIO, "the file could not be opened for writing", str(tmp))
        writer = QPdfWriter(device)
        writer.setPageSize(QPageSize(PAPER[paper]))
        writer.setPageOrientation(QPageLayout.Orientation.Portrait)
        writer.setTitle(ctx.title[:200])
        writer.setCreator("Vehicle Buyer")
        print_document(document, writer, ctx.title[:120], None if full else SUMMARY_PAGES)
        del writer
        device.close()
        os.fsync(fd)
        _check_whole_pdf(fd, tmp)
        os.close(fd)
        fd = -1
        os.replace(tmp, path)
    except BaseException:
        if fd >= 0:
            os.close(fd)
        tmp.unlink(missing_ok=True)
        raise


def _check_whole_pdf(fd: int, path: Path) -> None:
    """A PDF that starts as one and ends with its end-of-file marker; OSError (disk full?) otherwise."""
    size = os.fstat(fd).st_size
    head = os.pread(fd, 5, 0) if size >= 5 else b""
    tail = os.pread(fd, 1024, max(0, size - 1024)) if size else b""
    if head != b"%PDF-" or b"%%EOF" not in tail:
        raise OSError(errno.ENOSPC, f"the PDF came out incomplete ({size:,} bytes); is the disk full?", str(path))
