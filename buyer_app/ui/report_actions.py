"""Paper and the About box: Export PDF, Export CSV, Export XLSX, Print (a preview of the PDF's summary) and About, for the
comparison on show. Nothing here changes the profile."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from buyer_app import __version__
from buyer_app.core.costs.compare import Comparison
from buyer_app.core.data_sets.summary import all_data_sets, data_today
from buyer_app.core.uncertainty.run import UncertaintyResult
from buyer_app.core.vehicles.database import VehicleDatabase
from buyer_app.text.data_sets import data_set_lines, stale_lines
from buyer_app.text.translate import tr, trn
from buyer_app.text.units import US_DISPLAY, Display

if TYPE_CHECKING:
    from buyer_app.report.summary import ReportContext

NOTHING_TO_EXPORT = "Nothing to export yet: add vehicles and fix any marked inputs."


class ReportActions:
    """`comparison()`: the comparison on show (None: nothing to export); `current_run()`: its uncertainty run for
    the paper (None: off); `profile_name()`: the file name offered; `warn(title, text)`: a failure, told."""

    def __init__(
        self,
        window: QMainWindow,
        db: VehicleDatabase,
        comparison: Callable[[], Comparison | None],
        current_run: Callable[[], UncertaintyResult | None],
        profile_name: Callable[[], str],
        warn: Callable[[str, str], None],
        display: Callable[[], Display] = lambda: US_DISPLAY,
    ) -> None:
        self.window, self.db, self._display = window, db, display
        self._comparison, self._current_run, self._profile_name, self._warn = comparison, current_run, profile_name, warn

    def _status(self, text: str, ms: int = 8000) -> None:
        self.window.statusBar().showMessage(text, ms)

    def report_context(self) -> ReportContext:
        from buyer_app.report.summary import ReportContext

        return ReportContext(
            title=self._profile_name(),
            database=self.db.metadata,
            prices_as_of=self.db.prices_as_of,
            generated=data_today(),
            display=self._display(),
        )

    def export_pdf_with_appendix(self) -> Path | None:
        """Export PDF with the appendix (year by year, how sure, charging, CO2, every incentive, methodology)."""
        return self.export_pdf(full=True)

    def export_pdf(self, path: Path | None = None, paper: str = "letter", full: bool = False) -> Path | None:
        """The two-page summary (with `full`, and the appendix) as a PDF; the file is asked for when `path` is None."""
        from buyer_app.report.pdf import write_pdf

        comparison = self._comparison()
        if comparison is None:
            self._status(tr(NOTHING_TO_EXPORT))
            return None
        if path is None:
            name, _chosen = QFileDialog.getSaveFileName(
                self.window,
                tr("Export PDF with appendix") if full else tr("Export PDF"),
                str(Path.home() / f"{self._profile_name()}.pdf"),
                tr("PDF (*.pdf)"),
            )
            if not name:
                return None
            path = Path(name)
        try:
            write_pdf(comparison, self.report_context(), path, paper, run=self._current_run(), full=full)
        except OSError as exc:
            self._warn(tr("PDF not written"), tr("Could not write {path}: {reason}.").format(path=path, reason=exc.strerror))
            return None
        self._status(tr("Wrote {path}").format(path=path))
        return path

    def export_csv(self, path: Path | None = None) -> Path | None:
        """The costs per vehicle, year and category as CSV for a spreadsheet; nothing else changes."""
        from buyer_app.core.costs.export_csv import write_csv
        from buyer_app.core.profiles.store import slug

        comparison = self._comparison()
        if comparison is None:
            self._status(tr(NOTHING_TO_EXPORT))
            return None
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self.window, tr("Export CSV"), str(Path.home() / f"{slug(self._profile_name())}.csv"), tr("CSV (*.csv)")
            )
            if not name:
                return None
            path = Path(name)
        try:
            rows = write_csv(comparison, path)
        except OSError as exc:
            self._warn(
                tr("CSV not written"),
                tr("Could not write {path}: {reason}. Nothing was changed.").format(path=path, reason=exc.strerror or exc),
            )
            return None
        self._status(trn("Wrote {path} ({rows} row)", "Wrote {path} ({rows} rows)", rows).format(path=path, rows=rows))
        return path

    def export_xlsx(self, path: Path | None = None) -> Path | None:
        """The comparison as an Excel workbook: a summary sheet, a sheet per vehicle year by year, the assumptions
        with their sources; written whole or not at all (a failed write leaves an existing file as it was)."""
        from buyer_app.core.profiles.store import slug
        from buyer_app.report.workbook import write_xlsx

        comparison = self._comparison()
        if comparison is None:
            self._status(tr(NOTHING_TO_EXPORT))
            return None
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self.window,
                tr("Export XLSX"),
                str(Path.home() / f"{slug(self._profile_name())}.xlsx"),
                tr("Excel workbook (*.xlsx)"),
            )
            if not name:
                return None
            path = Path(name) if Path(name).suffix.lower() == ".xlsx" else Path(name + ".xlsx")
        try:
            sheets = write_xlsx(comparison, self.report_context(), path)
        except OSError as exc:
            self._warn(
                tr("Workbook not written"),
                tr("Could not write {path}: {reason}. Nothing was changed.").format(path=path, reason=exc.strerror or exc),
            )
            return None
        self._status(tr("Wrote {path} ({sheets} sheets)").format(path=path, sheets=sheets))
        return path

    def print_preview(self) -> None:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from buyer_app.report.pdf import build_document, print_document

        comparison = self._comparison()
        if comparison is None:
            return
        run = self._current_run()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintPreviewDialog(printer, self.window)
        ctx = self.report_context()
        dialog.paintRequested.connect(lambda p: print_document(build_document(comparison, ctx, run), p, ctx.title[:120]))
        dialog.exec()

    def about(self) -> None:
        meta = self.db.metadata
        QMessageBox.about(
            self.window,
            tr("About Vehicle Buyer"),
            tr(
                "<h3>Vehicle Buyer {version}</h3><p>What an electric car, a plug-in hybrid, a hybrid or a gasoline "
                "car really costs your household.</p>"
                "<p>Vehicles: US EPA / DOE fueleconomy.gov, file of {source_date} (public domain).<br>"
                "Battery and charging specs: OpenEV Data 1.24.0 (CDLA-Permissive-2.0) and Chargeprice Open EV Data 2021 "
                "(MIT).<br>Base prices: curated table, newest as of {prices_as_of}, source per row.<br>"
                "Defaults: each with its source and date (hover a household input).</p>"
            ).format(version=__version__, source_date=meta.get("source_date"), prices_as_of=self.db.prices_as_of)
            + about_data_html(),
        )


def about_data_html() -> str:
    """The About dialog's data part: a line per data set with its own date, and the stale warnings."""
    sets = all_data_sets()
    lines = "<br>".join(html.escape(line) for line in data_set_lines(sets))
    warnings = "".join(f"<p><b>{html.escape(w)}</b></p>" for w in stale_lines(sets, data_today()))
    return f"<p>{html.escape(tr('Data in use (each with its own date):'))}<br>{lines}</p>{warnings}"
