"""One chart builder for the window and the PDF: cumulative cost, cost breakdown, annual energy.

Each vehicle keeps its colour (by its position in the comparison) across every chart. A car without a price is
never drawn as a cost (no line on the cost over time, no bar in the breakdown): the chart says it is left out and
why. Energy, range and CO2 charts show every car (they need no price).

Over 300 lines: the six comparison charts and their hover read-outs share the colours, pens and data helpers here
(axes, legends and notes live in charts.axes and charts.notes); split by chart, each would import the others.
"""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from buyer_app.charts.axes import category_axis, left_out_text, money_axis, plain_axis, priced, whole_year_axis
from buyer_app.charts.colours import VEHICLE_COLOURS
from buyer_app.charts.notes import follow_size, legend_below, remove_extras, set_note
from buyer_app.core.costs.breakeven import cost_curve
from buyer_app.core.costs.compare import Comparison
from buyer_app.core.costs.model import CATEGORIES
from buyer_app.text.choices import category_name
from buyer_app.text.translate import tr, tr_noop
from buyer_app.text.units import US_DISPLAY, Display, distance, distance_unit, distance_value
from buyer_app.text.wording import money

LINE_STYLES = [Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine, Qt.PenStyle.DashDotLine]
CATEGORY_COLOURS = {
    "purchase": "#4C72B0",
    "financing": "#8172B2",
    "energy": "#DD8452",
    "maintenance": "#55A868",
    "insurance": "#C44E52",
    "fees": "#937860",
    "incentives": "#64B5CD",
    "resale": "#8C8C8C",
}


def as_label(text: str) -> str:
    """Text for a legend or axis label, which pyqtgraph renders as HTML: escaped, so a vehicle name from an imported
    file (`<img src=...>`, `<a href>`) shows as typed and never loads or links anything."""
    return html.escape(text, quote=False)


def vehicle_pen(index: int, width: float = 2.5) -> pg.QtGui.QPen:
    return pg.mkPen(VEHICLE_COLOURS[index % len(VEHICLE_COLOURS)], width=width, style=LINE_STYLES[index % len(LINE_STYLES)])


def _money_axis(plot: pg.PlotItem, label: str, side: str = "left", currency: str = "USD") -> None:
    money_axis(plot.getAxis(side), currency)
    plot.setLabel(side, label.replace("(USD)", f"({currency})"))


def new_plot(title: str, light: bool = True) -> pg.PlotWidget:
    """An empty chart in the shared style (the window redraws into it)."""
    widget = pg.PlotWidget(background="w" if light else None)
    plot = widget.getPlotItem()
    plot.setTitle(title, color="#222" if light else None)
    plot.showGrid(x=False, y=True, alpha=0.25)
    plot.getAxis("left").setStyle(maxTickLevel=1)  # major lines only: the minor grid costs ~8 ms a repaint
    follow_size(plot)
    if light:
        for name in ("left", "bottom"):
            plot.getAxis(name).setPen("#444")
            plot.getAxis(name).setTextPen("#222")
    return widget


def cumulative_chart(comparison: Comparison, light: bool = True) -> pg.PlotWidget:
    """Net cost of ownership from purchase to the end of the period; break-even points marked."""
    widget = new_plot(tr("Cost of ownership so far (if sold then)"), light)
    draw_cumulative(widget.getPlotItem(), comparison, light)
    return widget


def clear_plot(plot: pg.PlotItem) -> None:
    """Empty a plot for a redraw: its legend and note first (see `notes.remove_extras`), then its items."""
    plot.cumulative_items = None
    remove_extras(plot)
    plot.clear()
    for side in ("left", "bottom"):
        plain_axis(plot.getAxis(side))
        plot.getAxis(side).setStyle(showValues=True)


def _legend(plot: pg.PlotItem, light: bool) -> pg.LegendItem:
    return legend_below(plot, light)


def draw_cumulative(plot: pg.PlotItem, comparison: Comparison, light: bool = True) -> None:
    """Draw the net cost of ownership over the years into an empty `plot`: a line for each car with a price, the
    cars without one named in a note under the chart."""
    _legend(plot, light)
    curves, years, points = _cumulative_data(comparison)
    shown = priced(comparison)
    lines = [plot.plot(years, curves[k], pen=vehicle_pen(k), name=as_label(comparison.vehicles[k].label)) for k in shown]
    marks = plot.plot(
        [p[0] for p in points],
        [p[1] for p in points],
        pen=None,
        symbol="o",
        symbolSize=11,
        symbolBrush=QColor(0, 0, 0, 0),
        symbolPen=pg.mkPen("#222", width=2),
    )
    if points:
        plot.legend.addItem(marks, tr("break-even"))
    plot.cumulative_items = (_line_key(comparison), lines, marks)
    plot.setLabel("bottom", tr("Years after purchase"))
    whole_year_axis(plot.getAxis("bottom"))
    # short: the axis may be short; the title says "if sold then"
    _money_axis(plot, tr("Net cost so far (USD)"), currency=comparison.household.currency)
    set_note(plot, left_out_text(comparison))
    if not shown:  # no car to show: no amounts on an empty axis
        plot.getAxis("left").setStyle(showValues=False)
        plot.setXRange(0, comparison.household.years, padding=0)


def _line_key(comparison: Comparison) -> tuple[tuple[str, bool], ...]:
    """What the lines and the legend show: a new name or a price typed or cleared needs a redraw."""
    known = set(priced(comparison))
    return tuple((v.label, k in known) for k, v in enumerate(comparison.vehicles))


def update_cumulative(plot: pg.PlotItem, comparison: Comparison) -> bool:
    """Move the existing lines to new figures (fast, for what-if changes); False if a redraw is needed."""
    items = getattr(plot, "cumulative_items", None)
    if items is None or items[0] != _line_key(comparison):
        return False
    curves, years, points = _cumulative_data(comparison)
    # the legend keeps a sample of each item (ItemSample), its `item` the line or the marks it stands for
    if bool(points) != any(getattr(sample, "item", None) is items[2] for sample, _label in plot.legend.items):
        return False  # the "break-even" entry comes or goes
    for k, line in zip(priced(comparison), items[1], strict=True):
        line.setData(years, curves[k])
    items[2].setData([p[0] for p in points], [p[1] for p in points])
    return True


def _cumulative_data(comparison: Comparison) -> tuple[np.ndarray, np.ndarray, list[tuple[float, float]]]:
    curves = cost_curve(comparison.result)
    years = np.arange(curves.shape[1], dtype=float)
    index = {v.id: k for k, v in enumerate(comparison.vehicles)}
    known = set(priced(comparison))
    points = [
        (b.year, float(np.interp(b.year, years, curves[index[b.a]])))
        for b in comparison.break_even
        if b.year is not None and index[b.a] in known and index[b.b] in known
    ]
    return curves, years, points


def breakdown_chart(comparison: Comparison, light: bool = True) -> pg.PlotWidget:
    """Stacked bars per vehicle: what the total is made of (incentives and resale below zero)."""
    widget = new_plot(tr("Where the money goes"), light)
    draw_breakdown(widget.getPlotItem(), comparison, light)
    return widget


def draw_breakdown(plot: pg.PlotItem, comparison: Comparison, light: bool = True) -> None:
    """A stacked bar for each car with a price; the cars without one named in a note under the chart."""
    legend = _legend(plot, light)
    vehicles = [comparison.vehicles[k] for k in priced(comparison)]
    n = len(vehicles)
    x = np.arange(n, dtype=float)
    up = np.zeros(n)
    down = np.zeros(n)
    for category in CATEGORIES if n else ():
        values = np.array([sum(v.yearly_costs[category]) for v in vehicles])
        if not np.any(values):
            continue
        base = np.where(values >= 0, up, down)
        bars = pg.BarGraphItem(
            x=x, height=values, y0=base, width=0.6, brush=CATEGORY_COLOURS[category], pen=pg.mkPen("#333", width=0.5)
        )
        plot.addItem(bars)
        legend.addItem(bars, category_name(category))
        up = np.where(values >= 0, up + values, up)
        down = np.where(values < 0, down + values, down)
    plot.setXRange(-0.5, max(n, 1) - 0.5, padding=0)
    category_axis(plot.getAxis("bottom"), [v.label for v in vehicles])
    _money_axis(plot, tr("Total over {} years (USD)").format(comparison.household.years), currency=comparison.household.currency)
    set_note(plot, left_out_text(comparison))
    if not vehicles:  # no car to show: no amounts on an empty axis
        plot.getAxis("left").setStyle(showValues=False)


def energy_chart(comparison: Comparison, light: bool = True) -> pg.PlotWidget:
    """Energy cost per year for each vehicle (grouped bars in the vehicles' colours)."""
    widget = new_plot(tr("Energy cost per year"), light)
    draw_energy(widget.getPlotItem(), comparison, light)
    return widget


def draw_energy(plot: pg.PlotItem, comparison: Comparison, light: bool = True) -> None:
    legend = _legend(plot, light)
    n = len(comparison.vehicles)
    width = 0.8 / max(n, 1)
    for k, vehicle in enumerate(comparison.vehicles):
        energy = np.array(vehicle.yearly_costs["energy"])
        x = np.arange(1, len(energy) + 1) - 0.4 + width * (k + 0.5)
        bars = pg.BarGraphItem(x=x, height=energy, width=width * 0.9, brush=VEHICLE_COLOURS[k % len(VEHICLE_COLOURS)])
        plot.addItem(bars)
        legend.addItem(bars, as_label(vehicle.label))
    plot.setXRange(0.5, comparison.household.years + 0.5, padding=0)
    plot.setLabel("bottom", tr("Year of ownership"))
    whole_year_axis(plot.getAxis("bottom"))
    _money_axis(plot, tr("Energy (USD per year)"), currency=comparison.household.currency)


CO2_PARTS = (
    ("tailpipe", tr_noop("Tailpipe"), "#8C8C8C"),
    ("upstream", tr_noop("Fuel production (upstream)"), "#DD8452"),
    ("electricity", tr_noop("Electricity (your grid)"), "#4C72B0"),
)


def co2_chart(comparison: Comparison, light: bool = True) -> pg.PlotWidget:
    """Stacked bars per vehicle: tonnes of CO2 over the ownership years, by where it comes out."""
    widget = new_plot(tr("CO2 over {} years").format(comparison.household.years), light)
    draw_co2(widget.getPlotItem(), comparison, light)
    return widget


def draw_co2(plot: pg.PlotItem, comparison: Comparison, light: bool = True) -> None:
    legend = _legend(plot, light)
    n = len(comparison.vehicles)
    x = np.arange(n, dtype=float)
    base = np.zeros(n)
    for part, label, colour in CO2_PARTS:
        tonnes = np.array([sum(getattr(v.co2, part)) / 1000 if v.co2 else 0.0 for v in comparison.vehicles])
        if not np.any(tonnes):
            continue
        bars = pg.BarGraphItem(x=x, height=tonnes, y0=base, width=0.6, brush=colour, pen=pg.mkPen("#333", width=0.5))
        plot.addItem(bars)
        legend.addItem(bars, tr(label))
        base = base + tonnes
    plot.setXRange(-0.5, n - 0.5, padding=0)
    category_axis(plot.getAxis("bottom"), [v.label for v in comparison.vehicles])
    plot.setLabel("left", tr("CO2 (tonnes)"))


MONTH_TICKS = [
    (float(k), name)
    for k, name in enumerate(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"))
]


def usable_ranges(comparison: Comparison) -> list[tuple[int, str, float, float]]:
    """(index, label, usable winter range, usable summer range) of each plug-in with a known range."""
    out = []
    reserve = comparison.household.charge_reserve
    for k, v in enumerate(comparison.vehicles):
        ch = v.charging
        if ch is None or ch.winter_range_mi is None or ch.summer_range_mi is None:
            continue
        keep = 1 - reserve if v.powertrain == "bev" else 1.0
        out.append((k, v.label, ch.winter_range_mi * keep, ch.summer_range_mi * keep))
    return out


def day_bins(comparison: Comparison, display: Display = US_DISPLAY) -> tuple[np.ndarray, np.ndarray]:
    """Histogram of the household's daily distances: (counts, bin edges in the display's unit, miles or km)."""
    assert comparison.year is not None
    days = comparison.year.miles * distance_value(1.0, display)
    top = max(float(days.max()), 10.0)
    step = 5.0 if top <= 100 else 10.0 if top <= 400 else 25.0
    edges = np.arange(0.0, top + step + 1e-9, step)
    counts, edges = np.histogram(days, bins=edges)
    return counts.astype(float), edges


def days_chart(comparison: Comparison, light: bool = True, display: Display = US_DISPLAY) -> pg.PlotWidget:
    widget = new_plot(tr("Your days and each car's range"), light)
    draw_days(widget.getPlotItem(), comparison, light, display)
    return widget


def monthly_chart(comparison: Comparison, light: bool = True) -> pg.PlotWidget:
    widget = new_plot(tr("Energy cost by month (first year)"), light)
    draw_monthly(widget.getPlotItem(), comparison, light)
    return widget


def draw_days(plot: pg.PlotItem, comparison: Comparison, light: bool = True, display: Display = US_DISPLAY) -> None:
    """A year of the household's days by distance, with each plug-in's usable range in its warmest
    (solid) and coldest (dashed) month; days right of a line need charging on the way. Distances in the display's
    unit (miles or kilometres)."""
    legend = _legend(plot, light)
    counts, edges = day_bins(comparison, display)
    bars = pg.BarGraphItem(x0=edges[:-1], x1=edges[1:], height=counts, brush="#9aa7b4", pen=pg.mkPen("#5a6570", width=0.5))
    plot.addItem(bars)
    legend.addItem(bars, tr("your days (count)"))
    unit = distance_unit(display)
    for k, label, winter_mi, summer_mi in usable_ranges(comparison):
        winter, summer = distance_value(winter_mi, display), distance_value(summer_mi, display)
        colour = VEHICLE_COLOURS[k % len(VEHICLE_COLOURS)]
        for value, style in ((summer, Qt.PenStyle.SolidLine), (winter, Qt.PenStyle.DashLine)):
            plot.addItem(pg.InfiniteLine(pos=value, angle=90, pen=pg.mkPen(colour, width=2.5, style=style)))
        legend.addItem(
            pg.PlotDataItem(pen=pg.mkPen(colour, width=2.5)),
            as_label(f"{label}: {summer:.0f} / {winter:.0f} {unit}"),
        )
    driven = tr("Kilometres") if display.metric else tr("Miles")
    plot.setLabel("bottom", tr("{} driven in a day; each car's usable range: summer solid / winter dashed").format(driven))
    plot.setLabel("left", tr("Days a year"))
    plot.setLogMode(y=False)


def draw_monthly(plot: pg.PlotItem, comparison: Comparison, light: bool = True) -> None:
    """First-year energy cost by month for each vehicle (climate and charging included)."""
    _legend(plot, light)
    months = np.arange(12, dtype=float)
    for k, v in enumerate(comparison.vehicles):
        plot.plot(
            months,
            v.monthly_energy_cost or [0.0] * 12,
            pen=vehicle_pen(k),
            symbol="o",
            symbolSize=6,
            symbolBrush=VEHICLE_COLOURS[k % len(VEHICLE_COLOURS)],
            name=as_label(v.label),
        )
    plot.getAxis("bottom").setTicks([MONTH_TICKS])
    plot.setLabel("bottom", tr("Month (first year)"))
    _money_axis(plot, tr("Energy (USD per month)"), currency=comparison.household.currency)


def hover_text(comparison: Comparison, x: float, chart: str = "cumulative", display: Display = US_DISPLAY) -> str:
    """The read-out under the mouse at `x`: net cost of each vehicle at x years (cost over time), the
    nearest vehicle's total by category (breakdown), or each vehicle's energy cost in that year (energy); on the
    days chart, `x` and the distances are in the display's unit."""
    shown = priced(comparison)
    if chart == "breakdown":
        if not shown:
            return left_out_text(comparison)
        v = comparison.vehicles[shown[min(max(round(x), 0), len(shown) - 1)]]
        parts = [f"{c}: {money(sum(v.yearly_costs[c]))}" for c in CATEGORIES if sum(v.yearly_costs[c])]
        return "\n".join([v.label, *parts, f"total: {money(v.total_cost)}"])
    if chart == "days":
        counts, edges = day_bins(comparison, display)
        i = int(np.clip(np.searchsorted(edges, x, side="right") - 1, 0, len(counts) - 1))
        unit = distance_unit(display)
        lines = [f"{edges[i]:.0f}-{edges[i + 1]:.0f} {unit}: {counts[i]:.0f} days"]
        lines += [
            f"{label}: {distance(winter, display)} winter, {distance(summer, display)} summer"
            for _, label, winter, summer in usable_ranges(comparison)
        ]
        return "\n".join(lines)
    if chart == "monthly":
        month = int(min(max(round(x), 0), 11))
        return "\n".join(
            [MONTH_TICKS[month][1]]
            + [f"{v.label}: {money((v.monthly_energy_cost or [0.0] * 12)[month])}" for v in comparison.vehicles]
        )
    if chart == "energy":
        year = min(max(round(x), 1), comparison.household.years)
        return "\n".join(
            [f"year {year}"] + [f"{v.label}: {money(v.yearly_costs['energy'][year - 1])}" for v in comparison.vehicles]
        )
    curves = cost_curve(comparison.result)
    x = min(max(x, 0.0), float(curves.shape[1] - 1))
    years = np.arange(curves.shape[1], dtype=float)
    lines = [f"after {x:.1f} years"] + [
        f"{v.label}: {money(float(np.interp(x, years, curves[k])))}" if k in shown else f"{v.label}: no price yet"
        for k, v in enumerate(comparison.vehicles)
    ]
    return "\n".join(lines)


def _short(label: str, limit: int = 26) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"
