"""Charts of an uncertainty run, shared by the window and the PDF: bands on the cost-over-time chart, the
chance each car is cheapest, the tornado of the chosen pair and the histogram of its difference."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from buyer_app.core.compare import Comparison
from buyer_app.core.uncertainty_run import UncertaintyResult
from buyer_app.ui.charts import VEHICLE_COLOURS, _legend, _money_axis, _short, new_plot


def _usd(v: float) -> str:
    sign = "-" if v < 0 else ""
    return f"{sign}${abs(v) / 1000:,.0f}k" if abs(v) >= 1000 else f"{sign}${abs(v):,.0f}"


def _colour(k: int, alpha: int = 255) -> pg.QtGui.QColor:
    colour = pg.mkColor(VEHICLE_COLOURS[k % len(VEHICLE_COLOURS)])
    colour.setAlpha(alpha)
    return colour


def draw_bands(plot: pg.PlotItem, comparison: Comparison, run: UncertaintyResult) -> list[pg.GraphicsObject]:
    """Shaded P10-P90 band and dashed median of each vehicle's net cost (added to an existing cumulative
    chart; returns the items so the window can take them away again)."""
    items: list[pg.GraphicsObject] = []
    years = np.arange(run.percentiles.shape[2], dtype=float)
    for k in range(len(comparison.vehicles)):
        low = pg.PlotDataItem(years, run.percentiles[0, k], pen=pg.mkPen(None))
        high = pg.PlotDataItem(years, run.percentiles[2, k], pen=pg.mkPen(None))
        band = pg.FillBetweenItem(low, high, brush=pg.mkBrush(_colour(k, 45)))
        median = pg.PlotDataItem(years, run.percentiles[1, k],
                                 pen=pg.mkPen(_colour(k), width=1.2, style=pg.QtCore.Qt.PenStyle.DashLine))
        for item in (low, high, band, median):
            plot.addItem(item)
            items.append(item)
        band.setZValue(-10)
    return items


def cheapest_chart(comparison: Comparison, run: UncertaintyResult, light: bool = True) -> pg.PlotWidget:
    widget = new_plot("Chance of being the cheapest over the years owned", light)
    draw_cheapest(widget.getPlotItem(), comparison, run)
    return widget


def draw_cheapest(plot: pg.PlotItem, comparison: Comparison, run: UncertaintyResult) -> None:
    n = len(comparison.vehicles)
    chances = np.array([0.0 if p is None else p * 100 for p in run.p_cheapest])
    for k in range(n):
        plot.addItem(pg.BarGraphItem(x=[k], height=[chances[k]], width=0.6, brush=_colour(k), pen=pg.mkPen("#333", width=0.5)))
        label = "no price" if run.p_cheapest[k] is None else f"{chances[k]:.0f}%"
        text = pg.TextItem(label, color="#222", anchor=(0.5, 1))
        text.setPos(k, chances[k] + 2)
        plot.addItem(text)
    plot.setYRange(0, 108, padding=0)
    plot.getAxis("bottom").setTicks([[(float(k), _short(v.label)) for k, v in enumerate(comparison.vehicles)]])
    plot.setLabel("left", f"% of {run.settings.draws:,} futures")


def tornado_chart(comparison: Comparison, run: UncertaintyResult, light: bool = True) -> pg.PlotWidget:
    a, b = run.pair
    widget = new_plot("What moves the difference most", light)
    draw_tornado(widget.getPlotItem(), comparison, run)
    return widget


def draw_tornado(plot: pg.PlotItem, comparison: Comparison, run: UncertaintyResult) -> None:
    """Horizontal bars from the deterministic difference to the difference with one input at its P10 (blue)
    and P90 (orange); the largest effect on top. Below zero the second car of the pair is cheaper."""
    base = run.deterministic_difference
    bars = run.tornado
    n = len(bars)
    for row, bar in enumerate(bars):
        y = n - 1 - row
        for value, colour in ((bar.at_low, "#4C72B0"), (bar.at_high, "#DD8452")):
            left, width = min(base, value), abs(value - base)
            plot.addItem(pg.BarGraphItem(x0=[left], width=[max(width, 1e-9)], y=[y], height=0.6, brush=colour,
                                         pen=pg.mkPen("#333", width=0.5)))
    plot.addItem(pg.InfiniteLine(pos=base, angle=90, pen=pg.mkPen("#222", width=1)))
    plot.addItem(pg.InfiniteLine(pos=0, angle=90, pen=pg.mkPen("#888", width=1, style=pg.QtCore.Qt.PenStyle.DotLine)))
    left = plot.getAxis("left")
    left.setTicks([[(float(n - 1 - row), f"{bar.input} ({bar.low_label} / {bar.high_label})")
                    for row, bar in enumerate(bars)], []])
    left.setStyle(maxTickLevel=0, tickTextWidth=240, autoExpandTextSpace=True)
    left.setWidth(250)
    plot.setYRange(-0.6, n - 0.4, padding=0)
    values = [base, 0.0] + [x for bar in bars for x in (bar.at_low, bar.at_high)]
    span = max(values) - min(values) or 1.0
    plot.setXRange(min(values) - 0.05 * span, max(values) + 0.05 * span, padding=0)
    axis = plot.getAxis("bottom")
    axis.tickStrings = lambda values, scale, spacing: [_usd(v) for v in values]
    a, b = run.pair
    plot.setLabel("bottom", f"{_short(comparison.vehicles[b].label, 22)} minus {_short(comparison.vehicles[a].label, 22)} "
                            "(USD); blue: input low (P10), orange: high (P90)")
    plot.showGrid(x=True, y=False, alpha=0.25)


def histogram_chart(comparison: Comparison, run: UncertaintyResult, light: bool = True) -> pg.PlotWidget:
    a, b = run.pair
    widget = new_plot("The difference over the futures simulated", light)
    draw_histogram(widget.getPlotItem(), comparison, run, light)
    return widget


def draw_histogram(plot: pg.PlotItem, comparison: Comparison, run: UncertaintyResult, light: bool = True) -> None:
    """Counts of the pair's difference in total cost; left of zero the second car is cheaper."""
    a, b = run.pair
    counts, edges = np.histogram(run.difference, bins=40)
    centres = (edges[:-1] + edges[1:]) / 2
    cheaper_b = centres < 0
    for mask, k in ((cheaper_b, b), (~cheaper_b, a)):
        if mask.any():
            plot.addItem(pg.BarGraphItem(x=centres[mask], height=counts[mask] / run.settings.draws * 100,
                                         width=(edges[1] - edges[0]) * 0.95, brush=_colour(k, 200)))
    plot.addItem(pg.InfiniteLine(pos=0, angle=90, pen=pg.mkPen("#222", width=1)))
    legend = _legend(plot, light)
    legend.addItem(pg.BarGraphItem(x=[0], height=[0], width=1, brush=_colour(b, 200)),
                   f"{_short(comparison.vehicles[b].label)} cheaper ({run.p_b_cheaper:.0%})")
    legend.addItem(pg.BarGraphItem(x=[0], height=[0], width=1, brush=_colour(a, 200)),
                   f"{_short(comparison.vehicles[a].label)} cheaper ({1 - run.p_b_cheaper:.0%})")
    axis = plot.getAxis("bottom")
    axis.tickStrings = lambda values, scale, spacing: [_usd(v) for v in values]
    plot.setLabel("bottom", f"{_short(comparison.vehicles[b].label, 22)} minus {_short(comparison.vehicles[a].label, 22)}, "
                            "total (USD)")
    plot.setLabel("left", "% of futures")


def bands_chart(comparison: Comparison, run: UncertaintyResult, light: bool = True) -> pg.PlotWidget:
    """The cost-over-time chart with the bands (for the PDF)."""
    from buyer_app.ui.charts import draw_cumulative

    widget = new_plot("Cost of ownership so far, P10-P90 band and median", light)
    plot = widget.getPlotItem()
    draw_cumulative(plot, comparison, light)
    draw_bands(plot, comparison, run)
    _money_axis(plot, "Net cost if sold then (USD)")
    return widget
