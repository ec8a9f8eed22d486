"""Charts of an uncertainty run, shared by the window and the PDF: bands on the cost-over-time chart, the
chance each car is cheapest, the tornado of the chosen pair and the histogram of its difference."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from buyer_app.charts.axes import category_axis, left_out_text, money_axis, priced
from buyer_app.charts.colours import VEHICLE_COLOURS
from buyer_app.charts.comparison import _legend, _money_axis, _short, as_label, new_plot
from buyer_app.charts.notes import set_note
from buyer_app.core.costs.compare import Comparison
from buyer_app.core.uncertainty.run import UncertaintyResult
from buyer_app.text.translate import tr
from buyer_app.text.uncertainty import bar_axis_label, bar_labels
from buyer_app.text.wording import money_compact


def _usd(v: float) -> str:
    """$850, $1.5k, $12k (one decimal below $10k, so neighbouring ticks never read the same)."""
    return money_compact(v)


def _percent(p: float) -> str:
    return f"{p:.0%}" if p in (0, 1) or 0.005 <= p <= 0.995 else ("<1%" if p < 0.005 else ">99%")


def _colour(k: int, alpha: int = 255) -> pg.QtGui.QColor:
    colour = pg.mkColor(VEHICLE_COLOURS[k % len(VEHICLE_COLOURS)])
    colour.setAlpha(alpha)
    return colour


def draw_bands(plot: pg.PlotItem, comparison: Comparison, run: UncertaintyResult) -> list[pg.GraphicsObject]:
    """Shaded P10-P90 band and dashed median of each vehicle's net cost (added to an existing cumulative
    chart; returns the items so the window can take them away again)."""
    items: list[pg.GraphicsObject] = []
    years = np.arange(run.percentiles.shape[2], dtype=float)
    for k in priced(comparison):  # a car without a price has no cost to spread
        low = pg.PlotDataItem(years, run.percentiles[0, k], pen=pg.mkPen(None))
        high = pg.PlotDataItem(years, run.percentiles[2, k], pen=pg.mkPen(None))
        band = pg.FillBetweenItem(low, high, brush=pg.mkBrush(_colour(k, 45)))
        median = pg.PlotDataItem(
            years, run.percentiles[1, k], pen=pg.mkPen(_colour(k), width=1.2, style=pg.QtCore.Qt.PenStyle.DashLine)
        )
        for item in (low, high, band, median):
            plot.addItem(item)
            items.append(item)
        band.setZValue(-10)
    return items


def cheapest_chart(comparison: Comparison, run: UncertaintyResult, light: bool = True) -> pg.PlotWidget:
    widget = new_plot(tr("Chance of being the cheapest over the years owned"), light)
    draw_cheapest(widget.getPlotItem(), comparison, run)
    return widget


def draw_cheapest(plot: pg.PlotItem, comparison: Comparison, run: UncertaintyResult, horizontal: bool = False) -> None:
    """One bar per vehicle in its colour with its chance; `horizontal` (the window) names the vehicles on the left
    axis in full, which stays readable with eight vehicles in a narrow chart."""
    set_note(plot, left_out_text(comparison))
    if horizontal:
        _draw_cheapest_rows(plot, comparison, run)
        return
    shown = [k for k in priced(comparison) if run.p_cheapest[k] is not None]
    for slot, k in enumerate(shown):
        p = run.p_cheapest[k] or 0.0
        plot.addItem(pg.BarGraphItem(x=[slot], height=[p * 100], width=0.6, brush=_colour(k), pen=pg.mkPen("#333", width=0.5)))
        text = pg.TextItem(_percent(p), color="#222", anchor=(0.5, 1))
        text.setPos(slot, p * 100 + 2)
        plot.addItem(text)
    plot.setYRange(0, 112, padding=0)
    plot.setXRange(-0.5, max(len(shown), 1) - 0.5, padding=0)
    category_axis(plot.getAxis("bottom"), [comparison.vehicles[k].label for k in shown])
    plot.setLabel("left", tr("% of {:,} futures").format(run.settings.draws))


def _draw_cheapest_rows(plot: pg.PlotItem, comparison: Comparison, run: UncertaintyResult) -> None:
    shown = [k for k in priced(comparison) if run.p_cheapest[k] is not None]
    n = len(shown)
    for row, k in enumerate(shown):
        chance = (run.p_cheapest[k] or 0.0) * 100
        plot.addItem(
            pg.BarGraphItem(
                x0=[0.0],
                width=[max(chance, 1e-9)],
                y=[n - 1 - row],
                height=0.6,
                brush=_colour(k),
                pen=pg.mkPen("#333", width=0.5),
            )
        )
        inside = chance > 80  # a long bar carries its figure at its end, inside: beside it would leave a narrow chart
        text = pg.TextItem(
            _percent(run.p_cheapest[k] or 0.0), color="#fff" if inside else "#222", anchor=(1 if inside else 0, 0.5)
        )
        text.setPos(chance - 1 if inside else chance + 1, n - 1 - row)
        plot.addItem(text)
    category_axis(plot.getAxis("left"), [comparison.vehicles[k].label for k in shown], [n - 1 - row for row in range(n)])
    plot.setYRange(-0.6, max(n, 1) - 0.4, padding=0)
    plot.setXRange(0, 110, padding=0)
    plot.showGrid(x=True, y=False, alpha=0.25)
    plot.setLabel(
        "bottom",
        tr("% of {draws:,} futures in which it is the cheapest over {years} years").format(
            draws=run.settings.draws, years=comparison.household.years
        ),
    )


def tornado_chart(comparison: Comparison, run: UncertaintyResult, light: bool = True) -> pg.PlotWidget:
    widget = new_plot(tr("What moves the difference most"), light)
    draw_tornado(widget.getPlotItem(), comparison, run)
    return widget


def draw_tornado(plot: pg.PlotItem, comparison: Comparison, run: UncertaintyResult) -> None:
    """Horizontal bars from the deterministic difference to the difference with one input at its P10 (blue)
    and P90 (orange); the largest effect on top. Below zero the second car of the pair is cheaper."""
    if _unpriced_pair(plot, comparison, run):
        return
    base = run.deterministic_difference
    bars = run.tornado
    n = len(bars)
    for row, bar in enumerate(bars):
        y = n - 1 - row
        for value, colour in ((bar.at_low, "#4C72B0"), (bar.at_high, "#DD8452")):
            left, width = min(base, value), abs(value - base)
            plot.addItem(
                pg.BarGraphItem(
                    x0=[left], width=[max(width, 1e-9)], y=[y], height=0.6, brush=colour, pen=pg.mkPen("#333", width=0.5)
                )
            )
    plot.addItem(pg.InfiniteLine(pos=base, angle=90, pen=pg.mkPen("#222", width=1)))
    plot.addItem(pg.InfiniteLine(pos=0, angle=90, pen=pg.mkPen("#888", width=1, style=pg.QtCore.Qt.PenStyle.DotLine)))
    category_axis(plot.getAxis("left"), [bar_axis_label(bar) for bar in bars], [n - 1 - row for row in range(n)])
    plot.setYRange(-0.6, n - 0.4, padding=0)
    values = [base, 0.0] + [x for bar in bars for x in (bar.at_low, bar.at_high)]
    span = max(values) - min(values) or 1.0
    plot.setXRange(min(values) - 0.05 * span, max(values) + 0.05 * span, padding=0)
    money_axis(plot.getAxis("bottom"), comparison.household.currency)
    a, b = run.pair
    plot.setTitle(tr("What moves the difference (blue: input lower, orange: higher)"), color="#222")
    _pair_axis(plot, comparison, a, b)
    plot.showGrid(x=True, y=False, alpha=0.25)


def histogram_chart(comparison: Comparison, run: UncertaintyResult, light: bool = True) -> pg.PlotWidget:
    widget = new_plot(tr("The difference over the futures simulated"), light)
    draw_histogram(widget.getPlotItem(), comparison, run, light)
    return widget


def draw_histogram(plot: pg.PlotItem, comparison: Comparison, run: UncertaintyResult, light: bool = True) -> None:
    """Counts of the pair's difference in total cost; left of zero the second car is cheaper."""
    if _unpriced_pair(plot, comparison, run):
        return
    a, b = run.pair
    lo, hi = float(run.difference.min()), float(run.difference.max())
    step = (hi - lo) / 40 or 1.0
    edges = np.floor(lo / step) * step + step * np.arange(int(np.ceil((hi - lo) / step)) + 2)  # zero is an edge
    counts, edges = np.histogram(run.difference, bins=edges[: np.searchsorted(edges, hi, side="right") + 1])
    centres = (edges[:-1] + edges[1:]) / 2
    shares = counts / run.settings.draws * 100
    cheaper_b = centres < 0
    for mask, k in ((cheaper_b, b), (~cheaper_b, a)):
        if mask.any():
            plot.addItem(pg.BarGraphItem(x=centres[mask], height=shares[mask], width=step * 0.95, brush=_colour(k, 200)))
    plot.addItem(pg.InfiniteLine(pos=0, angle=90, pen=pg.mkPen("#222", width=1)))
    legend = _legend(plot, light)
    legend.addItem(
        pg.BarGraphItem(x=[0], height=[0], width=1, brush=_colour(b, 200)),
        as_label(tr("{label} cheaper ({share})").format(label=comparison.vehicles[b].label, share=_percent(run.p_b_cheaper))),
    )
    legend.addItem(
        pg.BarGraphItem(x=[0], height=[0], width=1, brush=_colour(a, 200)),
        as_label(tr("{label} cheaper ({share})").format(label=comparison.vehicles[a].label, share=_percent(1 - run.p_b_cheaper))),
    )
    plot.setYRange(0, max(float(shares.max()), 1.0) * 1.1, padding=0)
    money_axis(plot.getAxis("bottom"), comparison.household.currency)
    p10, p50, p90 = run.difference_percentiles
    plot.setTitle(
        tr("The difference over {draws:,} futures: likely {p10} to {p90} (8 in 10), middle {p50}").format(
            draws=run.settings.draws, p10=_usd(p10), p90=_usd(p90), p50=_usd(p50)
        ),
        color="#222",
    )
    _pair_axis(plot, comparison, a, b)
    plot.setLabel("left", tr("% of futures"))


def _pair_axis(plot: pg.PlotItem, comparison: Comparison, a: int, b: int) -> None:
    """The difference axis, with the pair named in full under it (names cut short could read the same)."""
    plot.setLabel("bottom", tr("Difference in total cost ({})").format(comparison.household.currency))
    first, second = comparison.vehicles[a].label, comparison.vehicles[b].label
    set_note(
        plot,
        tr("Difference = {second} minus {first}: above zero the {first} costs less.").format(second=second, first=first),
        colour="#222",
    )


def _unpriced_pair(plot: pg.PlotItem, comparison: Comparison, run: UncertaintyResult) -> bool:
    """True (and the chart says so) when a car of the pair has no price: its difference is not a cost to show."""
    known = set(priced(comparison))
    missing = [comparison.vehicles[k].label for k in dict.fromkeys(run.pair) if k not in known]
    if not missing:
        return False
    plot.setTitle(
        as_label(tr("Needs two cars with a price: enter a price for {} to compare it").format(missing[0])), color="#222"
    )
    set_note(plot, left_out_text(comparison))
    return True


def bands_chart(comparison: Comparison, run: UncertaintyResult, light: bool = True) -> pg.PlotWidget:
    """The cost-over-time chart with the bands (for the PDF)."""
    from buyer_app.charts.comparison import draw_cumulative

    widget = new_plot(tr("Cost of ownership so far: likely range (8 in 10 futures) and middle"), light)
    plot = widget.getPlotItem()
    draw_cumulative(plot, comparison, light)
    draw_bands(plot, comparison, run)
    _money_axis(plot, tr("Net cost if sold then (USD)"), currency=comparison.household.currency)
    return widget


def band_readout(comparison: Comparison, run: UncertaintyResult, x: float) -> str:
    """The likely range (P10 to P90) of each vehicle at the nearest year end (for the cost-over-time read-out)."""
    year = int(min(max(round(x), 0), run.percentiles.shape[2] - 1))
    lines = [f"Likely range after {year} years (8 in 10 futures):"]
    lines += [
        f"{_short(comparison.vehicles[k].label)}: {_usd(run.percentiles[0, k, year])} to {_usd(run.percentiles[2, k, year])}"
        for k in priced(comparison)
    ]
    return "\n".join(lines)


def uncertainty_hover(chart: str, comparison: Comparison, run: UncertaintyResult, x: float, y: float) -> str:
    """Read-outs of the chance-cheapest bars, the tornado's rows and the histogram's bins."""
    a, b = run.pair
    if chart == "cheapest":
        shown = [k for k in priced(comparison) if run.p_cheapest[k] is not None]
        if not shown:
            return left_out_text(comparison)
        n = len(shown)
        k = shown[n - 1 - int(min(max(round(y), 0), n - 1))]  # the window's chart: one row per priced car, first on top
        return f"{comparison.vehicles[k].label}\ncheapest in {(run.p_cheapest[k] or 0.0):.1%} of {run.settings.draws:,} futures"
    if chart == "tornado":
        if not run.tornado:
            return ""
        row = len(run.tornado) - 1 - int(min(max(round(y), 0), len(run.tornado) - 1))
        bar = run.tornado[row]
        name, low, high = bar_labels(bar)
        return (
            f"{name}\nlow ({low}): difference {_usd(bar.at_low)}\nhigh ({high}): "
            f"difference {_usd(bar.at_high)}\nas entered: {_usd(run.deterministic_difference)}"
        )
    share = float((run.difference <= x).mean())
    p10, p50, p90 = run.difference_percentiles
    return (
        f"{_short(comparison.vehicles[b].label)} minus {_short(comparison.vehicles[a].label)}\n"
        f"at or below {_usd(x)}: {share:.0%} of futures\nlikely {_usd(p10)} to {_usd(p90)} (8 in 10), middle {_usd(p50)}"
    )
