"""The scenarios PDF: two scenarios of a household side by side on one or two pages (HTML laid out and printed by
Qt, as the summary PDF is), written atomically."""

from __future__ import annotations

import errno
import os
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QFile, QFileDevice, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from buyer_app.core.profiles.scenarios import Change, ScenarioComparison
from buyer_app.report.fonts import ensure_cjk_font
from buyer_app.report.safe_text import escape
from buyer_app.text.scenarios import answer, household_rows, vehicle_headers, vehicle_rows
from buyer_app.text.translate import tr
from buyer_app.text.units import US_DISPLAY, Display

PAPER = {"letter": QPageSize.PageSizeId.Letter, "a4": QPageSize.PageSizeId.A4}
CELL = "padding: 3px 6px"


def _table(headers: list[str], rows: list[list[str]], right_from: int) -> str:
    # the car's name gets a third, the figures share the rest (Qt's own widths wrap the figures mid-number)
    widths = [25] + [75 // (len(headers) - 1)] * (len(headers) - 1) if right_from == 1 else [26] + [37] * (len(headers) - 1)
    head = "".join(
        f"<th width='{widths[k]}%' align='{'right' if k >= right_from else 'left'}' style='{CELL}; background: #e8edf3'>"
        f"{escape(h)}</th>"
        for k, h in enumerate(headers)
    )
    body = []
    for n, row in enumerate(rows):
        shade = " style='background: #f6f8fa'" if n % 2 else ""
        cells = "".join(
            f"<td align='{'right' if k >= right_from else 'left'}' style='{CELL}'>"
            f"{escape(c).replace(' ', '&nbsp;') if k >= right_from else escape(c)}</td>"
            for k, c in enumerate(row)
        )
        body.append(f"<tr{shade}>{cells}</tr>")
    style = "border-collapse: collapse; font-size: 9pt"
    return f"<table cellspacing='0' width='100%' style='{style}'><tr>{head}</tr>{''.join(body)}</table>"


def scenarios_html(
    sc: ScenarioComparison,
    names: tuple[str, str],
    change: Change | None = None,
    display: Display = US_DISPLAY,
    generated: date | None = None,
) -> str:
    """The page(s) as HTML: the answer first, then the household's figures and each car's cost in both scenarios."""
    parts = [
        f"<h2>{escape(tr('Two scenarios side by side'))}</h2>",
        f"<p><b>A:</b> {escape(names[0])}<br><b>B:</b> {escape(names[1])}</p>",
        f"<p style='font-size: 11pt'>{escape(answer(sc, names, change, display))}</p>",
        f"<h3>{escape(tr('The household in each scenario'))}</h3>",
        _table(["", "A", "B"], household_rows(sc, display), 3),
        f"<h3>{escape(tr('What each car costs'))}</h3>",
        _table(vehicle_headers(), vehicle_rows(sc, display), 1),
    ]
    years = (
        tr("over {n} years").format(n=sc.a.years)
        if sc.same_years
        else tr("over {a} years in A and {b} years in B").format(a=sc.a.years, b=sc.b.years)
    )
    note = tr(
        "Totals are the price less incentives plus every running cost {years}, less the car's value at the end; "
        "a month is the total spread over the months kept. A car without a known price shows no cost."
    ).format(years=years)
    when = (generated or date.today()).isoformat()
    parts.append(
        f"<p style='font-size: 8pt; color: #555555'>{escape(note)}<br>{escape(tr('Made by Vehicle Buyer on'))} {when}.</p>"
    )
    return "<html><body style='font-family: sans-serif; font-size: 10pt'>" + "".join(parts) + "</body></html>"


def write_scenarios_pdf(
    sc: ScenarioComparison,
    names: tuple[str, str],
    path: Path,
    *,
    change: Change | None = None,
    display: Display = US_DISPLAY,
    paper: str = "letter",
) -> None:
    """Write the scenarios PDF to `path` through a temporary file in its folder, checked whole and then moved into
    place; OSError when it cannot be written (nothing is left behind, a file already at `path` is unchanged)."""
    if not path.parent.is_dir():
        raise FileNotFoundError(2, "No such folder", str(path.parent))
    ensure_cjk_font()
    document = QTextDocument()
    document.setHtml(scenarios_html(sc, names, change, display))
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        device = QFile()
        if not device.open(fd, QIODevice.OpenModeFlag.WriteOnly, QFileDevice.FileHandleFlag.DontCloseHandle):
            raise OSError(errno.EIO, "the file could not be opened for writing", str(tmp))
        writer = QPdfWriter(device)
        writer.setPageSize(QPageSize(PAPER[paper]))
        writer.setPageOrientation(QPageLayout.Orientation.Portrait)
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
        writer.setTitle(f"{names[0]} / {names[1]}"[:200])
        writer.setCreator("Vehicle Buyer")
        document.print_(writer)
        del writer
        device.close()
        os.fsync(fd)
        size = os.fstat(fd).st_size
        if os.pread(fd, 5, 0) != b"%PDF-" or b"%%EOF" not in os.pread(fd, 1024, max(0, size - 1024)):
            raise OSError(errno.ENOSPC, f"the PDF came out incomplete ({size:,} bytes); is the disk full?", str(tmp))
        os.close(fd)
        fd = -1
        os.replace(tmp, path)
    except BaseException:
        if fd >= 0:
            os.close(fd)
        tmp.unlink(missing_ok=True)
        raise
