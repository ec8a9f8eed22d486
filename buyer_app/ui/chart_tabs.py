"""The window's chart tabs, a component the window owns: each chart is built the first time its tab is opened and
redrawn only while on show. The uncertainty run adds P10-P90 bands to the cost-over-time chart and fills
its own tabs (chance cheapest, what moves it, difference). The window tells it when its inputs changed
(`inputs_changed`) and when the run did (`run_changed`); it reads the comparison and the run through callables."""

from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QTabWidget, QVBoxLayout, QWidget

from buyer_app.charts.comparison import (
    CO2_PARTS,
    as_label,
    clear_plot,
    draw_breakdown,
    draw_co2,
    draw_cumulative,
    draw_days,
    draw_energy,
    draw_monthly,
    hover_text,
    new_plot,
    update_cumulative,
)
from buyer_app.charts.notes import set_note
from buyer_app.charts.uncertainty import (
    band_readout,
    draw_bands,
    draw_cheapest,
    draw_histogram,
    draw_tornado,
    uncertainty_hover,
)
from buyer_app.core.costs.compare import Comparison
from buyer_app.text.region import grid_description
from buyer_app.text.thresholds import threshold_sentence
from buyer_app.text.translate import tr, tr_noop, trn
from buyer_app.text.units import US_DISPLAY, Display
from buyer_app.ui.incentives_view import IncentivesView
from buyer_app.ui.uncertainty_worker import RunDone

# name, tab label, chart title
CHARTS = (
    ("cumulative", tr_noop("Cost over time"), tr_noop("Cost of ownership so far (if sold then)")),
    ("cheapest", tr_noop("Chance cheapest"), tr_noop("Chance of being the cheapest over the years owned")),
    ("tornado", tr_noop("What moves it"), tr_noop("What moves the difference most")),
    ("difference", tr_noop("Difference"), tr_noop("The difference over the futures simulated")),
    ("breakdown", tr_noop("Breakdown"), tr_noop("Where the money goes")),
    ("energy", tr_noop("Energy"), tr_noop("Energy cost per year")),
    ("days", tr_noop("Range and your days"), tr_noop("Your days and each car's range")),
    ("monthly", tr_noop("By month"), tr_noop("Energy cost by month (first year)")),
    ("co2", tr_noop("CO2"), tr_noop("CO2 over the years of ownership")),
)
BANDS_TITLE = "Cost so far if sold then: shaded, the likely range (8 in 10 futures); dashed, the middle"
UNCERTAINTY_CHARTS = ("cheapest", "tornado", "difference")
DRAW = {
    "cumulative": draw_cumulative,
    "breakdown": draw_breakdown,
    "energy": draw_energy,
    "days": draw_days,
    "monthly": draw_monthly,
    "co2": draw_co2,
}


def co2_readout(comparison: Comparison, x: float) -> str:
    """The CO2 chart's read-out: the nearest vehicle's tonnes by part over the years of ownership."""
    v = comparison.vehicles[min(max(round(x), 0), len(comparison.vehicles) - 1)]
    if v.co2 is None:
        return v.label
    parts = [
        tr("{label}: {tonnes:,.1f} t").format(label=tr(label), tonnes=sum(getattr(v.co2, part)) / 1000)
        for part, label, _ in CO2_PARTS
        if sum(getattr(v.co2, part))
    ]
    total = trn(
        "total: {tonnes:,.1f} t over {years} year", "total: {tonnes:,.1f} t over {years} years", comparison.household.years
    ).format(tonnes=v.co2.lifetime_kg / 1000, years=comparison.household.years)
    return "\n".join([v.label, *parts, total])


class ChartTabs:
    """The tabs (`tabs`), their plots (built on demand) and read-outs, the thresholds text and the incentives view.

    `comparison()`: the comparison on show (None: nothing to draw); `latest_run()`: the uncertainty run last finished;
    `run_message()`: what the simulation is doing, in words (the uncertainty charts' titles while there is no run);
    `display()`: the units the profile asks for (the distances of the days chart)."""

    def __init__(
        self,
        comparison: Callable[[], Comparison | None],
        latest_run: Callable[[], RunDone | None],
        run_message: Callable[[], str],
        display: Callable[[], Display] = lambda: US_DISPLAY,
    ) -> None:
        self._comparison, self._latest_run, self._run_message = comparison, latest_run, run_message
        self._display = display
        self.tabs = QTabWidget()
        self.chart_titles = {name: tr(title) for name, _label, title in CHARTS}
        self.chart_names = list(self.chart_titles)
        self.plots: dict[str, pg.PlotWidget] = {}
        self.readouts: dict[str, pg.TextItem] = {}
        self._hovers: list[pg.SignalProxy] = []
        self._chart_pages: dict[str, QWidget] = {}
        self._band_items: list[pg.GraphicsObject] = []
        for name, label, _title in CHARTS:
            page = QWidget()
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self._chart_pages[name] = page
            self.tabs.addTab(page, tr(label))
        # the thresholds in words under the tornado (plain text; scrolls rather than squeezing the window)
        self.thresholds_text = QPlainTextEdit(readOnly=True)
        self.thresholds_text.setAccessibleName(tr("Thresholds"))
        self.thresholds_text.setMaximumHeight(5 * self.thresholds_text.fontMetrics().lineSpacing() + 12)
        self.thresholds_text.setFrameShape(QFrame.Shape.NoFrame)
        layout = self._chart_pages["tornado"].layout()
        assert layout is not None
        layout.addWidget(self.thresholds_text)
        self.incentives_view = IncentivesView()
        self.tabs.addTab(self.incentives_view, tr("Incentives"))
        self.tab_names = [*self.chart_names, "incentives"]
        self._ensure_plot("cumulative")  # the others are built when their tab is first opened (faster start)
        self._stale: set[str] = set()
        self.tabs.currentChanged.connect(lambda _index: self.draw_current())

    def inputs_changed(self) -> None:
        """A new comparison (or none): every tab is out of date; only the one on show is drawn now (`draw_current`),
        the others when their tab is opened."""
        self._stale = set(self.tab_names)

    def run_changed(self) -> None:
        """The uncertainty run changed state: the bands and the uncertainty tabs follow."""
        self._stale |= set(UNCERTAINTY_CHARTS)
        self._draw_bands()
        self.draw_current()

    def draw_current(self) -> None:
        name = self.tab_names[self.tabs.currentIndex()]
        if name == "incentives":
            if name in self._stale:
                self._stale.discard(name)
                self.incentives_view.set_comparison(self._comparison())
            return
        self._ensure_plot(name)
        if name not in self._stale:
            return
        self._stale.discard(name)
        plot = self.plots[name].getPlotItem()
        comparison = self._comparison()
        if name == "cumulative" and comparison is not None and update_cumulative(plot, comparison):
            self._draw_bands()
            return
        clear_plot(plot)
        if name == "cumulative":
            self._band_items = []
        if name in UNCERTAINTY_CHARTS:
            self._draw_uncertainty(name, plot)
        elif comparison is not None:
            if name == "days":
                draw_days(plot, comparison, display=self._display())
            else:
                DRAW[name](plot, comparison)
            if name == "co2":  # the grid's description is long: under the chart, wrapped, not in a title cut short
                plot.setTitle(
                    trn("CO2 over {years} year", "CO2 over {years} years", comparison.household.years).format(
                        years=comparison.household.years
                    ),
                    color="#222",
                )
                set_note(plot, tr("Electricity: {grid}").format(grid=grid_description(comparison.household)), colour="#222")
            if name == "cumulative":
                self._draw_bands()
        else:
            return
        plot.addItem(self.readouts[name], ignoreBounds=True)
        self.readouts[name].setText("")
        self.readouts[name].hide()  # an empty read-out would still paint its white box at (0, 0)

    def _draw_bands(self) -> None:
        """P10-P90 bands and medians of the run for the current inputs on the cost-over-time chart; none while
        a run is pending or the inputs are invalid."""
        plot = self.plots["cumulative"].getPlotItem()
        for item in self._band_items:
            plot.removeItem(item)
        self._band_items = []
        run = self._latest_run()
        if run is not None and run.comparison is self._comparison() and "cumulative" not in self._stale:
            self._band_items = draw_bands(plot, run.comparison, run.result)
        plot.setTitle(tr(BANDS_TITLE) if self._band_items else self.chart_titles["cumulative"], color="#222")

    def _draw_uncertainty(self, name: str, plot: pg.PlotItem) -> None:
        run = self._latest_run()
        title = self.chart_titles[name]
        if name == "tornado":
            self.thresholds_text.setPlainText("")
        if run is None or self._comparison() is None:
            plot.setTitle(as_label(f"{title} — {self._run_message()}"), color="#222")
            return
        a, b = run.result.pair
        if name != "cheapest" and a == b:
            plot.setTitle(tr("{title} — add a second vehicle to compare a pair").format(title=title), color="#222")
            return
        plot.setTitle(title, color="#222")
        if name == "cheapest":
            draw_cheapest(plot, run.comparison, run.result, horizontal=True)
        elif name == "tornado":
            draw_tornado(plot, run.comparison, run.result)
            self.thresholds_text.setPlainText(
                "\n".join(threshold_sentence(t, run.comparison) for t in run.result.thresholds)
                or tr("No thresholds: one of the pair has no price.")
            )
        else:
            draw_histogram(plot, run.comparison, run.result)

    def _ensure_plot(self, name: str) -> None:
        """Build a chart the first time it is needed, with its hover read-out."""
        if name in self.plots:
            return
        widget = new_plot(self.chart_titles[name])
        layout = self._chart_pages[name].layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, widget, 1)
        self.plots[name] = widget
        self.readouts[name] = pg.TextItem(anchor=(0, 0), color="#222", fill=pg.mkBrush(255, 255, 255, 220))
        self._hovers.append(
            pg.SignalProxy(widget.scene().sigMouseMoved, rateLimit=30, slot=lambda event, n=name: self._hovered(n, event))
        )

    def _hovered(self, name: str, event: tuple[object, ...]) -> None:
        comparison = self._comparison()
        if comparison is None:
            return
        plot = self.plots[name].getPlotItem()
        position = event[0]
        if not plot.sceneBoundingRect().contains(position):
            return
        point = plot.vb.mapSceneToView(position)
        run = self._latest_run()
        if name in UNCERTAINTY_CHARTS:
            if run is None:
                return
            text = uncertainty_hover(name, run.comparison, run.result, point.x(), point.y())
        elif name == "co2":
            text = co2_readout(comparison, point.x())
        else:
            text = hover_text(comparison, point.x(), name, self._display())
            if name == "cumulative" and run is not None and self._band_items:
                text += "\n" + band_readout(run.comparison, run.result, point.x())
        self.readouts[name].setText(text)
        self.readouts[name].show()
        self.readouts[name].setPos(point.x(), point.y())
