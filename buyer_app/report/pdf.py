"""Render the summary to PDF with Qt (works offscreen): charts as images, page numbers, Letter or A4."""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QFile, QFileDevice, QIODevice, QUrl
from PySide6.QtGui import QImage, QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication

from buyer_app.charts.comparison import breakdown_chart, co2_chart, cumulative_chart, days_chart, energy_chart, monthly_chart
from buyer_app.charts.uncertainty import bands_chart, cheapest_chart, tornado_chart
from buyer_app.core.costs.compare import Comparison
from buyer_app.core.uncertainty.run import UncertaintyResult
from buyer_app.report.paginate import fit_pages, keep_tables_whole, lay_out, print_pages
from buyer_app.report.summary import ReportContext, chart_names, summary_html

PAPER = {"letter": QPageSize.PageSizeId.Letter, "a4": QPageSize.PageSizeId.A4}
CHART_SIZE = (880, 470)
SUMMARY_CHART_SIZE = (880, 540)  # the cost over time on page 1: taller, the page has the room (it shrinks if not)
SUMMARY_PAGES = 2


def _grab(widget: pg.PlotWidget, size: tuple[int, int]) -> QImage:
    widget.resize(*size)
    widget.show()  # a plot that was never laid out loses its tick labels
    QApplication.processEvents()
    image: QImage = widget.grab().toImage()
    widget.close()
    widget.deleteLater()
    return image


def _two_lines(label: str) -> str:
    """A vehicle's name broken at the space nearest its middle (the bars' names then fit under them)."""
    spaces = [i for i, ch in enumerate(label) if ch == " "]
    if len(label) <= 18 or not spaces:
        return label
    cut = min(spaces, key=lambda i: abs(i - len(label) / 2))
    return label[:cut] + "\n" + label[cut + 1 :]


def _cheapest(comparison: Comparison, run: UncertaintyResult, light: bool = True) -> pg.PlotWidget:
    """The chance-of-being-cheapest chart with each vehicle's full name on two lines (not cut short)."""
    widget = cheapest_chart(comparison, run, light=light)
    axis = widget.getPlotItem().getAxis("bottom")
    axis.setTicks([[(float(k), _two_lines(v.label)) for k, v in enumerate(comparison.vehicles)]])
    axis.setStyle(autoExpandTextSpace=True)
    axis.setHeight(44)
    return widget


# the uncertainty run's charts (chart://NAME in uncertainty_section), each with its size in pixels
RUN_CHARTS: tuple[tuple[str, Callable[..., pg.PlotWidget], tuple[int, int]], ...] = (
    ("bands", bands_chart, (880, 420)),
    ("cheapest", _cheapest, (880, 300)),
    ("tornado", tornado_chart, (1000, 400)),
)


def chart_images(comparison: Comparison, run: UncertaintyResult | None = None, full: bool = True) -> dict[str, QImage]:
    """The same charts as the window, laid out and grabbed as images: the cost over time, and with `full` the
    appendix's; with `run` and `full`, its bands, chance of being the cheapest and tornado as well."""
    images = {}
    for name, build in (
        ("cumulative", cumulative_chart),
        ("breakdown", breakdown_chart),
        ("energy", energy_chart),
        ("days", days_chart),
        ("monthly", monthly_chart),
        ("co2", co2_chart),
    ):
        if name in chart_names(full):
            images[name] = _grab(build(comparison, light=True), SUMMARY_CHART_SIZE if name == "cumulative" else CHART_SIZE)
    if run is not None and full:
        for name, build_run, (width, height) in RUN_CHARTS:
            if name == "cheapest":  # room for each vehicle's name under its bar
                width = max(width, 150 * len(comparison.vehicles))
            images[name] = _grab(build_run(comparison, run, light=True), (width, height))
    return images


def build_document(
    comparison: Comparison, ctx: ReportContext, run: UncertaintyResult | None = None, full: bool = False
) -> QTextDocument:
    """The summary as a document (two pages; with `full` the appendix follows). `run`, optional, is a finished
    uncertainty run of this very comparison (same vehicles and inputs; the window passes its latest one): it adds
    the confidence to the verdict and, with `full`, "How sure is this?". A run made for other vehicles raises
    ValueError. Lay it out on the paper with `paginate.lay_out` before printing."""
    document = QTextDocument()
    html = summary_html(comparison, ctx, run, full)  # checks the run first
    for name, image in chart_images(comparison, run, full).items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart://{name}"), image)
    document.setHtml(html)
    return document


def print_document(document: QTextDocument, device: QPagedPaintDevice, title: str, pages: int | None = SUMMARY_PAGES) -> int:
    """Lay `document` out on `device` (a QPdfWriter or a QPrinter), keep its tables whole, fit it in `pages` pages
    (the summary: its chart made smaller if need be; None: as many as it takes) and draw its pages."""
    lay_out(document, device)
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
