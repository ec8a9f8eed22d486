"""The PDF as HTML (pure Python): two summary pages (summary_pages.py), and with `full` the appendix (appendix.py,
appendix_incentives.py, uncertainty_section.py). Charts are chart://NAME images supplied by the renderer."""

from __future__ import annotations

from buyer_app.core.costs.compare import Comparison
from buyer_app.core.uncertainty.run import UncertaintyResult
from buyer_app.report.appendix import (
    charging_section,
    co2_section,
    methodology_section,
    vehicles_section,
    year_by_year_section,
)
from buyer_app.report.appendix_incentives import incentives_section
from buyer_app.report.context import ReportContext as ReportContext
from buyer_app.report.safe_text import escape
from buyer_app.report.summary_pages import page_one, page_two
from buyer_app.report.uncertainty_section import check_run, uncertainty_section
from buyer_app.text.translate import tr

SUMMARY_CHARTS = ("cumulative",)  # chart://NAME images of the two summary pages
APPENDIX_CHARTS = ("breakdown", "energy", "days", "monthly", "co2")  # and of the appendix


def chart_names(full: bool) -> tuple[str, ...]:
    """The comparison's charts the document shows (the uncertainty run's are in UNCERTAINTY_CHARTS)."""
    return SUMMARY_CHARTS + (APPENDIX_CHARTS if full else ())


def summary_html(c: Comparison, ctx: ReportContext, run: UncertaintyResult | None = None, full: bool = False) -> str:
    """The document: the two summary pages, then with `full` the appendix. With `run` (an uncertainty run of this very
    comparison; one of other vehicles raises ValueError) the verdict gains its confidence, and the appendix "How sure
    is this?"."""
    if run is not None:
        check_run(c, run)
    display = ctx.display
    parts = ["<html><body style='font-family: DejaVu Sans; font-size: 9pt'>"]
    parts.extend(page_one(c, ctx, run, full))
    parts.extend(page_two(c, ctx, full))
    if full:
        parts.extend(vehicles_section(c, display))
        parts.append(
            "<p><img src='chart://breakdown' width='600'><br><i>"
            + escape(tr("What each total is made of; incentives and resale reduce it (below zero)."))
            + "</i></p>"
        )
        parts.append(
            "<p><img src='chart://energy' width='600'><br><i>"
            + escape(tr("Energy cost for each year of ownership."))
            + "</i></p>"
        )
        parts.extend(year_by_year_section(c))
        if run is not None:
            parts.extend(uncertainty_section(c, run))
        parts.extend(charging_section(c, display))
        parts.extend(co2_section(c, display))
        parts.extend(incentives_section(c))
        parts.extend(methodology_section(c, ctx.database, ctx.prices_as_of, ctx.display))
    parts.append("</body></html>")
    return "\n".join(parts)
