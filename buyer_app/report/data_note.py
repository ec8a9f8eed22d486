"""The data the answer rests on, in the PDF's "What this assumes" page: one line per data set with its own date, and
a warning for any data set more than 12 months old on the day the report is made (ReportContext.generated)."""

from __future__ import annotations

from buyer_app.core.costs.compare import Comparison
from buyer_app.core.data_sets.summary import data_sets_for
from buyer_app.report.context import ReportContext
from buyer_app.report.safe_text import escape
from buyer_app.text.data_sets import data_set_lines, stale_lines
from buyer_app.text.translate import tr

SMALL = "font-size: 7.5pt"


def data_note(c: Comparison, ctx: ReportContext) -> list[str]:
    """A small paragraph: 'Data used:' and a line per data set, then the stale warnings in bold."""
    sets = data_sets_for(c.household.state)
    lines = [escape(tr("Data used:"))] + [escape(line) for line in data_set_lines(sets)]
    lines += [f"<b>{escape(warning)}</b>" for warning in stale_lines(sets, ctx.generated)]
    return [f"<p style='{SMALL}'>" + "<br>".join(lines) + "</p>"]
