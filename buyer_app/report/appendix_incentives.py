"""The appendix's incentives (pure HTML): every program decided for each vehicle on the purchase date, applied first,
with why not, when paid, its dates, source address and last check."""

from __future__ import annotations

from buyer_app.core.costs.compare import Comparison
from buyer_app.core.incentives.rules import Decision, purchase_day
from buyer_app.report.plain import plain
from buyer_app.report.safe_text import escape
from buyer_app.text.incentives import dates_text, offered_by_text, reason_text, when_paid_text
from buyer_app.text.region import catalogue_provenance, federal_sentence, no_incentive_line, place
from buyer_app.text.translate import tr, tr_noop
from buyer_app.text.wording import money

SMALL = "font-size: 7pt"


def _address(source: str) -> str:
    """A source address as a link (Qt wraps it at its slashes and hyphens)."""
    text = source.strip()
    if not text.startswith(("http://", "https://")) or " " in text:
        return escape(text) or "—"
    return f"<a href='{escape(text, quote=True)}'>{escape(text)}</a>"


def _decision_cells(d: Decision) -> list[str]:
    """What a decision gives (or why not), then a line with its dates, source address and last check."""
    why = escape(reason_text(d.reason)) if not d.applied else (f"<i>{escape(plain(d.notes))}</i>" if d.notes else "—")
    detail = (
        escape(tr("your own entry: always counted, not checked by the app"))
        if d.level == "custom"
        else escape(tr("dates: {dates}; source: {source}; last checked {checked}")).format(
            dates=escape(dates_text(d)) or "—", source=_address(d.source), checked=escape(d.checked) or "—"
        )
    )
    return [
        escape(d.name),
        escape(offered_by_text(d)),
        money(d.amount) if d.applied else escape(tr(NOT_APPLIED)),
        why,
        escape(when_paid_text(d.payment)) or "—",
        detail,
    ]


Row = tuple[tuple[str, ...], int]  # a decision's cells, and how many catalogue entries read the same


def _decision_rows(decisions: tuple[Decision, ...]) -> list[Row]:
    """Each decision's cells, applied ones first; entries that read the same (a program's several catalogue
    rows) are printed once with their count."""
    rows: dict[tuple[str, ...], int] = {}
    for d in sorted(decisions, key=lambda d: not d.applied):
        cells = tuple(_decision_cells(d))
        rows[cells] = rows.get(cells, 0) + 1
    return list(rows.items())


NOT_APPLIED = "not applied"
DECISION_COLUMNS = (
    (tr_noop("incentive"), 27),
    (tr_noop("offered by"), 17),
    (tr_noop("amount"), 9),
    (tr_noop("why not applied (or a note)"), 29),
    (tr_noop("when paid"), 18),
)


def _decision_table(rows: list[Row], total: float) -> str:
    """Two lines per decision: what it is and what it gives; then its dates, source address and last check."""
    head = "".join(
        f"<th align='{'right' if i == 2 else 'left'}' width='{w}%' bgcolor='#cccccc'>{escape(tr(h))}</th>"
        for i, (h, w) in enumerate(DECISION_COLUMNS)
    )
    body = []
    for k, (cells, n) in enumerate(rows):
        shade = " bgcolor='#e3f1e3'" if cells[2] != escape(tr(NOT_APPLIED)) else (" bgcolor='#eeeeee'" if k % 2 == 0 else "")
        name = f"<b>{cells[0]}</b>" + (f" <i>{escape(tr('({} catalogue entries)').format(n))}</i>" if n > 1 else "")
        body.append(
            f"<tr{shade}>"
            + "".join(f"<td align='{'right' if i == 2 else 'left'}'>{c}</td>" for i, c in enumerate((name, *cells[1:5])))
            + "</tr>"
        )
        body.append(f"<tr{shade}><td colspan='5'><font color='#444444'>{cells[5]}</font></td></tr>")
    body.append(
        f"<tr><td colspan='2'><b>{escape(tr('Total applied'))}</b></td><td align='right'><b>{money(total)}</b></td>"
        "<td colspan='2'></td></tr>"
    )
    return (
        f"<table cellspacing='0' cellpadding='2' border='0' width='100%' style='{SMALL}'>"
        f"<thead><tr>{head}</tr></thead><tbody>" + "".join(body) + "</tbody></table>"
    )


def incentives_section(c: Comparison) -> list[str]:
    """Every program decided for each vehicle on the purchase date, applied first, with its source and date.
    A refusal already listed for an earlier vehicle (the same home-charger programs, say) is referred to,
    not printed again."""
    h = c.household
    day = purchase_day(h).isoformat()
    parts = [
        "<h2 style='page-break-before: always'>"
        + escape(tr("Incentives on {day} in {state}").format(day=day, state=place(h)))
        + "</h2>",
        f"<p>{escape(federal_sentence())}"
        + escape(
            tr(
                " The amounts applied are in the totals on page 1 (a tax credit is worth its full amount only if you owe "
                "that much tax)."
            )
        )
        + "</p>",
    ]
    listed: dict[Row, str] = {}
    for v in c.vehicles:
        label = escape(v.label) + (escape(tr(" (used)")) if v.used else "")
        total = sum(d.amount for d in v.incentives if d.applied)
        parts.append(f"<h3>{escape(tr('{label}: {amount} applied')).format(label=label, amount=money(total))}</h3>")
        rows = _decision_rows(v.incentives)
        earlier = [r for r in rows if r in listed and r[0][2] == escape(tr(NOT_APPLIED))]
        shown = [r for r in rows if r not in earlier]
        if shown:
            parts.append(_decision_table(shown, total))
        if earlier:
            where = tr(" and the ").join(dict.fromkeys(listed[r] for r in earlier))
            count = sum(n for _, n in earlier)
            also = (
                tr("Also not applied, for the same reasons as listed above for the {where}: {count} more catalogue entries.")
                if shown
                else tr("Not applied, for the same reasons as listed above for the {where}: {count} catalogue entries.")
            )
            parts.append("<p>" + escape(also).format(where=where, count=count) + "</p>")
        if all(d.level == "custom" for d in v.incentives):
            parts.append(f"<p>{escape(no_incentive_line(h))}</p>")
        listed.update({r: label for r in shown if r[0][2] == escape(tr(NOT_APPLIED))})
    parts.append(f"<p style='{SMALL}'>{escape(tr('Incentive catalogue: {}').format(plain(catalogue_provenance())))}</p>")
    return parts
