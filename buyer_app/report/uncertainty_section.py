"""The PDF's "How sure is this?" section (pure HTML) from an uncertainty run of the same comparison.

The charts are referenced as chart://NAME images supplied by the renderer (see `UNCERTAINTY_CHARTS`).
"""

from __future__ import annotations

from buyer_app.core.costs.compare import Comparison
from buyer_app.core.uncertainty.run import UncertaintyResult
from buyer_app.report.safe_text import escape
from buyer_app.text.thresholds import threshold_sentence
from buyer_app.text.translate import tr
from buyer_app.text.uncertainty import spreads_used, uncertainty_sentence
from buyer_app.text.wording import money

UNCERTAINTY_CHARTS = ("bands", "cheapest", "tornado")  # chart://NAME images this section shows
PAYBACK_YEARS = (1, 3, 5, 10)  # and the last year owned
SMALL = "font-size: 7pt"
ROOMY = 6  # up to this many vehicles the section's first page has room to spare: the pair starts a new page


def check_run(c: Comparison, run: UncertaintyResult) -> None:
    """A run belongs to one comparison: refuse one made for other vehicles (results never mix two runs)."""
    ids = tuple(v.id for v in c.vehicles)
    if run.ids != ids or run.percentiles.shape[1:] != (len(ids), c.household.years + 1):
        raise ValueError(
            f"the uncertainty run is for vehicles {run.ids} over {run.percentiles.shape[2] - 1} years, "
            f"not for this comparison's {ids} over {c.household.years} years"
        )


def _chance(p: float | None) -> str:
    if p is None:
        return tr("no price: not counted")
    return f"{p:.0%}" if 0.005 <= p <= 0.995 else (tr("over 99%") if p > 0.995 else tr("under 1%"))


def confidence_sentence(c: Comparison, run: UncertaintyResult) -> str:
    """The verdict's confidence: the run's sentence, or with a single priced vehicle (nothing to beat) its range."""
    priced = [k for k, p in enumerate(run.p_cheapest) if p is not None]
    if len(priced) != 1:
        return uncertainty_sentence(run, c)
    k = priced[0]
    p10, p50, p90 = (money(run.percentiles[i, k, -1]) for i in range(3))
    others = tr(" No other vehicle has a known price, so none is compared with it.") if len(c.vehicles) > 1 else ""
    return tr(
        "Over {years} years the {label} costs between {p10} and {p90} in eight of ten of the {draws:,} futures "
        "simulated (median {p50}).{others}"
    ).format(
        years=c.household.years, label=c.vehicles[k].label, p10=p10, p90=p90, draws=run.settings.draws, p50=p50, others=others
    )


def _table(
    headers: list[str], rows: list[list[str]], numeric_from: int = 1, style: str = "", widths: tuple[int, ...] = ()
) -> str:
    def cell(tag: str, i: int, text: str) -> str:
        width = f" width='{widths[i]}%'" if widths else ""
        return f"<{tag} align='{'right' if i >= numeric_from else 'left'}'{width}>{text}</{tag}>"

    head = "".join(cell("th", i, h) for i, h in enumerate(headers))
    body = "".join("<tr>" + "".join(cell("td", i, c) for i, c in enumerate(r)) + "</tr>" for r in rows)
    return (
        "<table cellspacing='0' cellpadding='3' border='1' width='100%'"
        + (f" style='{style}'" if style else "")
        + f"><tr>{head}</tr>{body}</table>"
    )


def _compared(run: UncertaintyResult) -> bool:
    """Whether at least two vehicles have a known price, so the chance of being the cheapest says something."""
    return sum(p is not None for p in run.p_cheapest) >= 2


def _vehicles_table(c: Comparison, run: UncertaintyResult) -> str:
    rows = []
    for k, v in enumerate(c.vehicles):
        p10, p50, p90 = (run.percentiles[i, k, -1] for i in range(3))
        p = run.p_cheapest[k]
        chance = _chance(p) if _compared(run) or p is None else tr("— (nothing to compare)")
        rows.append([escape(v.label), chance, money(p10), money(p50), money(p90), money(v.total_cost)])
    return _table(
        [
            tr("vehicle"),
            tr("chance of being the cheapest"),
            tr("P10 total"),
            tr("median total"),
            tr("P90 total"),
            tr("single estimate"),
        ],
        rows,
        widths=(38, 17, 11, 11, 11, 12),
    )


def _payback_years(years: int) -> list[int]:
    return sorted({y for y in PAYBACK_YEARS if y <= years} | {years})


def pair_section(c: Comparison, run: UncertaintyResult) -> list[str]:
    """The chosen pair: its difference, the chance the second is cheaper, payback by year, tornado, thresholds."""
    a, b = run.pair
    if a == b:
        return ["<p>" + escape(tr("Add a second vehicle to see how sure the difference between two of them is.")) + "</p>"]
    la, lb = escape(c.vehicles[a].label), escape(c.vehicles[b].label)
    unpriced = [escape(c.vehicles[k].label) for k in (a, b) if not c.result.price_known[k]]  # a lease with terms is priced
    if unpriced:
        return [
            "<h3>" + escape(tr("The {b} against the {a}")).format(b=lb, a=la) + "</h3>",
            "<p>"
            + escape(
                tr(
                    "No price is known for the {cars}, so the two cannot be compared in full: the difference, its "
                    "chances, what moves it and the thresholds are left out. Enter a price for each to see them."
                )
            ).format(cars=tr(" and the ").join(unpriced))
            + "</p>",
        ]
    lo, mid, hi = run.difference_percentiles
    # on a page of its own when the vehicles' table, bands and chances leave the first page's end free
    brk = " style='page-break-before: always'" if len(c.vehicles) <= ROOMY else ""
    parts = [
        f"<h3{brk}>" + escape(tr("The {b} against the {a}")).format(b=lb, a=la) + "</h3>",
        "<p>"
        + escape(tr("The difference is the {b}'s total minus the {a}'s: below zero the {b} is the cheaper one. ")).format(
            b=lb, a=la
        )
        + "<b>"
        + escape(tr("The {b} is the cheaper of the two in {chance} of the futures.")).format(
            b=lb, chance=_chance(run.p_b_cheaper)
        )
        + "</b></p>",
        _table(
            ["", "P10", tr("median"), "P90", tr("single estimate")],
            [[tr("difference in total"), money(lo), money(mid), money(hi), money(run.deterministic_difference)]],
            widths=(40, 15, 15, 15, 15),
        ),
    ]
    years = _payback_years(c.household.years)
    parts.append(
        "<p>"
        + escape(
            tr(
                "Chance the {b} has cost no more than the {a} so far (has paid back any higher price), counting what "
                "each would sell for then:"
            )
        ).format(b=lb, a=la)
        + "</p>"
    )
    parts.append(
        _table(
            [tr("by year {}").format(y) for y in years],
            [[_chance(float(run.payback_by_year[y - 1])) for y in years]],
            numeric_from=0,
        )
    )
    parts.append(
        "<p><img src='chart://tornado' width='640'><br><i>"
        + escape(
            tr(
                "Each input alone moved to its P10 (blue) and P90 (orange) over the period, the others as in the single "
                "estimate; the black line is the single estimate's difference, the dotted line zero. The largest effect "
                "is on top."
            )
        )
        + "</i></p>"
    )
    if run.thresholds:
        parts.append(
            "<p><b>"
            + escape(tr("What would have to change for the answer to flip"))
            + "</b>"
            + escape(tr(" (solved with the full cost model, each input alone):"))
            + "</p>"
        )
        parts.append("<ul>" + "".join(f"<li>{escape(threshold_sentence(t, c))}</li>" for t in run.thresholds) + "</ul>")
    return parts


def _spread_value(name: str, value: float) -> str:
    if name == "price_correlation":
        return f"{value:g}"
    if name == "depreciation_spread":
        return tr("{value:g} ({points:g} points a year)").format(value=value, points=value * 100)
    return tr("{value:g} (about {share:.0%})").format(value=value, share=value)


def method_paragraph(c: Comparison, run: UncertaintyResult) -> str:
    s = run.settings
    return (
        f"<p style='{SMALL}'><b>{escape(tr('Method.'))}</b> "
        + escape(
            tr(
                "{draws:,} futures were drawn with the seed {seed}; every vehicle sees the same futures (common random "
                "numbers), so a difference between two cars is not noise. Gasoline and electricity prices follow a "
                "random walk in log around the household's own price path (their yearly changes correlated as in the "
                "table); annual miles, maintenance and repair, insurance and, for plug-ins, battery health at resale "
                "are log-normal around the single estimate's values; the yearly loss of value is normal around each "
                "powertrain's rate, clipped to 0-95% a year. Totals are the net cost of ownership over {years} years, "
                "as in the results. P10 and P90: one future in ten costs less, one in ten costs more. The tornado "
                "moves one input at a time to its P10 and P90 over the period; thresholds are solved, not read off a "
                "grid. The same inputs, number of futures, seed and spreads give the same figures again."
            ).format(draws=s.draws, seed=s.seed, years=c.household.years)
        )
        + "</p>"
    )


def uncertainty_section(c: Comparison, run: UncertaintyResult) -> list[str]:
    """'How sure is this?' on a new page: the confidence sentence, the vehicles' chances and totals, the bands
    and chance charts, the chosen pair, the spreads used and the method."""
    check_run(c, run)
    s = run.settings
    parts = [
        "<h2 style='page-break-before: always'>" + escape(tr("How sure is this?")) + "</h2>",
        f"<p><b>{escape(confidence_sentence(c, run))}</b></p>",
        "<p>"
        + escape(
            tr(
                "Prices, miles, resale, repairs, insurance and battery health were varied over {draws:,} simulated "
                "futures (seed {seed}). Totals over {years} years; P10 to P90 holds eight futures in ten; the single "
                "estimate is the result above. A vehicle without a known price is never counted as the cheapest."
            ).format(draws=s.draws, seed=s.seed, years=c.household.years)
        )
        + "</p>",
        _vehicles_table(c, run),
        "<p><img src='chart://bands' width='640'><br><i>"
        + escape(
            tr(
                "Shaded: P10 to P90 of the cost of ownership so far (if sold then); dashed: the median; solid: the "
                "single estimate."
            )
        )
        + "</i></p>",
    ]
    if _compared(run):
        parts.append(
            "<p><img src='chart://cheapest' width='640'><br><i>"
            + escape(tr("Share of the futures in which each vehicle has the lowest total."))
            + "</i></p>"
        )
    parts.extend(pair_section(c, run))
    a, b = run.pair
    full = a != b and bool(c.result.price_known[a]) and bool(c.result.price_known[b])
    # after the pair's tornado and thresholds, on a page of its own: the table whole and the method under it
    parts.append("<h3" + (" style='page-break-before: always'" if full else "") + ">" + escape(tr("Spreads used")) + "</h3>")
    rows = [
        [
            escape(sp["label"]),
            _spread_value(sp["name"], sp["value"]),
            escape(sp["source"]),
        ]
        for sp in spreads_used(run)
    ]
    parts.append(_table([tr("input"), tr("value"), tr("source")], rows, numeric_from=3, style=SMALL, widths=(30, 14, 56)))
    parts.append(method_paragraph(c, run))
    return parts
