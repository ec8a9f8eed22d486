"""Every chart, in the window at 1280x720 and as the PDF draws it, labels what it shows and nothing else.

For the six sample households and an eight-car comparison with long names and one car without a price:
tick labels on each axis are distinct, money ticks read the amount they stand at, year axes show whole years,
every priced car has its name drawn (under its bar, beside its row or in the legend) without overlapping another,
and no car without a price has a line or a bar in a cost chart (the chart names it and says why). Tick labels are
read from pyqtgraph's AxisItem (tickValues/tickStrings, and generateDrawSpecs for what is actually painted)."""

from __future__ import annotations

import html

import pytest

pytest.importorskip("PySide6.QtWidgets")

import pyqtgraph as pg  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit  # noqa: E402

from buyer_app.charts.axes import money_ticks, priced, tick_value  # noqa: E402
from buyer_app.charts.notes import note_text  # noqa: E402
from buyer_app.core.costs.compare import Comparison, compare  # noqa: E402
from buyer_app.core.household.fields import Household  # noqa: E402
from buyer_app.core.markets.databases import market_database  # noqa: E402
from buyer_app.core.profiles.samples import list_samples, load_sample  # noqa: E402
from buyer_app.core.profiles.schema import Profile, VehicleChoice  # noqa: E402
from buyer_app.core.uncertainty.draws import UncertaintySettings  # noqa: E402
from buyer_app.core.uncertainty.run import UncertaintyResult, run_uncertainty  # noqa: E402
from buyer_app.report.pdf import chart_widgets, lay_out  # noqa: E402
from buyer_app.ui.comparison_model import PRICE  # noqa: E402
from buyer_app.ui.main_window import MainWindow  # noqa: E402

# eight 2025 cars with names of 54-63 characters, two pairs that differ only at the end, the last without a price
LONG_IDS = (48450, 48418, 48431, 48449, 48995, 48753, 48725, 48780)
UNPRICED_ID = 48780  # Volvo EX90: no curated MSRP
SAMPLES = [s.key for s in list_samples()]
COST_CHARTS = ("cumulative", "breakdown", "cheapest", "bands")  # a car without a price has no line or bar here
NAMED_ON_AXIS = ("breakdown", "co2", "cheapest")  # a bar per car, named under it (beside it: the window's cheapest)
LEGEND_NAMES = ("cumulative", "bands", "energy", "monthly")


def _eight(price: float | None = None) -> Profile:
    return Profile(
        "Long names",
        Household(years=8),
        tuple(VehicleChoice(i, price=price if i == UNPRICED_ID else None) for i in LONG_IDS),
    )


def _settle(rounds: int = 6) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def _squash(text: str) -> str:
    """A name as read off a chart: wrapping (even inside a word) changes nothing."""
    return "".join(html.unescape(text).split())


# -- reading an axis ------------------------------------------------------------------------------------------


def _levels(axis: pg.AxisItem) -> list[tuple[float, list[float], list[str]]]:
    """(spacing, values, strings) of each tick level the axis has at its size, as pyqtgraph works them out."""
    low, high = axis.range
    size = axis.geometry().width() if axis.orientation in ("bottom", "top") else axis.geometry().height()
    levels = axis._tickLevels if axis._tickLevels is not None else None
    out = []
    if levels is not None:
        for level in levels:
            out.append((0.0, [v for v, _ in level], [s for _, s in level]))
        return out
    for spacing, values in axis.tickValues(min(low, high), max(low, high), size):
        values = [v for v in values if min(low, high) <= v <= max(low, high)]
        out.append((spacing, values, axis.tickStrings(values, axis.autoSIPrefixScale * axis.scale, spacing)))
    return out


def _painted(axis: pg.AxisItem) -> list[tuple[pg.QtCore.QRectF, str]]:
    """The tick labels the axis paints at its size (pyqtgraph leaves out any that would not fit)."""
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    painter.setFont(axis.style["tickFont"] or axis.font())
    _axis_spec, _ticks, texts = axis.generateDrawSpecs(painter)
    painter.end()
    return [(rect, text) for rect, _flags, text in texts]


def _check_axis(chart: str, side: str, axis: pg.AxisItem) -> list[str]:
    """Problems with one axis: repeated labels, money that misreads its tick, half years."""
    problems = []
    label = axis.labelText or ""
    levels = _levels(axis)
    shown = [s for _spacing, _values, strings in levels for s in strings if s.strip()]
    if len(set(shown)) != len(shown):
        problems.append(f"{chart} {side}: repeated tick labels {shown}")
    for _spacing, values, strings in levels:
        if "USD" in label:
            for value, text in zip(values, strings, strict=True):
                if abs(tick_value(text) - value) > 1e-6 * max(1.0, abs(value)):
                    problems.append(f"{chart} {side}: the tick at {value:g} reads {text!r}")
        if "Year" in label or "Years" in label:
            for value, text in zip(values, strings, strict=True):
                if value != round(value) or text != f"{value:.0f}":
                    problems.append(f"{chart} {side}: a year axis shows {text!r} at {value:g}")
    rects = [rect for rect, _text in _painted(axis)]
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            if a.intersects(b) and (a & b).width() > 1 and (a & b).height() > 1:
                problems.append(f"{chart} {side}: tick labels overlap")
    return problems


def _legend_names(plot: pg.PlotItem) -> list[str]:
    legend = plot.legend
    return [] if legend is None else [html.unescape(label.text) for _sample, label in legend.items]


def _vehicle_bars(name: str, plot: pg.PlotItem) -> int:
    """How many cars a bar chart shows: the bars of a category (breakdown), or its bar items (one a car)."""
    bars = [i for i in plot.items if isinstance(i, pg.BarGraphItem)]
    if name == "breakdown":
        return len(bars[0].opts["height"]) if bars else 0
    return len(bars)


def check_chart(name: str, plot: pg.PlotItem, comparison: Comparison) -> list[str]:
    """Every problem the chart has (an empty list: it labels what it shows, and shows no unpriced car as a cost)."""
    problems = []
    for side in ("left", "bottom"):
        problems += _check_axis(name, side, plot.getAxis(side))
    known = set(priced(comparison))
    priced_names = [v.label for k, v in enumerate(comparison.vehicles) if k in known]
    unpriced_names = [v.label for k, v in enumerate(comparison.vehicles) if k not in known]
    cost = name in COST_CHARTS
    expected = priced_names if cost else [v.label for v in comparison.vehicles]
    if name in NAMED_ON_AXIS:
        side = "left" if "tickValues" in plot.getAxis("left").__dict__ else "bottom"  # the one naming the cars
        painted = [_squash(text) for _rect, text in _painted(plot.getAxis(side))]
        for vehicle in expected:
            if _squash(vehicle) not in painted:
                problems.append(f"{name}: {vehicle!r} has no label on the {side} axis (painted: {painted})")
    if name in LEGEND_NAMES:
        legend = " | ".join(_legend_names(plot))
        for vehicle in expected:
            if vehicle not in legend:
                problems.append(f"{name}: {vehicle!r} is not in the legend ({legend})")
    if cost:
        legend = " | ".join(_legend_names(plot))
        lines = [i for i in plot.items if isinstance(i, pg.PlotDataItem) and i.name()]
        for vehicle in unpriced_names:
            if vehicle in legend or any(vehicle in html.unescape(i.name()) for i in lines):
                problems.append(f"{name}: {vehicle!r} has no price but is drawn")
            if vehicle not in note_text(plot) or "Enter a price" not in note_text(plot):
                problems.append(f"{name}: the note does not say {vehicle!r} is left out and why ({note_text(plot)!r})")
        if name in ("breakdown", "cheapest") and _vehicle_bars(name, plot) != len(priced_names):
            problems.append(f"{name}: {_vehicle_bars(name, plot)} bars for {len(priced_names)} priced cars")
        if name in ("cumulative", "bands"):
            vehicle_lines = [i for i in lines if i.name() != "break-even"]
            if len(vehicle_lines) != len(priced_names):
                problems.append(f"{name}: {len(vehicle_lines)} lines for {len(priced_names)} priced cars")
    return problems


# -- the window ------------------------------------------------------------------------------------------------


def _window(qtbot, db, profile: Profile) -> MainWindow:
    window = MainWindow(db, profile)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.runner.state == "done", timeout=30_000)
    return window


def _window_problems(window: MainWindow, tag: str) -> list[str]:
    problems = []
    for index, name in enumerate(window.tab_names):
        if name == "incentives":
            continue
        window.charts.setCurrentIndex(index)
        _settle()
        window.grab()  # paint: the axes size themselves to their labels
        _settle()
        widget = window.plots[name]
        plot = widget.getPlotItem()
        if plot.geometry().width() > widget.width() + 1 or plot.geometry().height() > widget.height() + 1:
            problems.append(f"{tag}: {name} is larger than its widget ({plot.geometry()} in {widget.size()})")
        chart = "bands" if name == "cumulative" and window.chart_tabs._band_items else name
        run = window.runner.latest
        comparison = run.comparison if name in ("cheapest", "tornado", "difference") and run else window.comparison
        problems += [f"{tag}: {p}" for p in check_chart(chart, plot, comparison)]
    return problems


@pytest.mark.parametrize("sample", SAMPLES)
def test_every_window_chart_of_each_sample_is_labelled(qtbot, db, sample):
    window = _window(qtbot, db, load_sample(sample))
    assert window.size().width() == 1280 and window.size().height() == 720
    assert _window_problems(window, sample) == []


def test_eight_long_names_and_an_unpriced_car_in_the_window(qtbot, db):
    window = _window(qtbot, db, _eight())
    problems = _window_problems(window, "eight")
    assert problems == []
    unpriced = window.comparison.vehicles[-1]
    assert not window.comparison.result.price_known[-1]
    plot = window.plots["cumulative"].getPlotItem()
    assert unpriced.label in note_text(plot) and not any(unpriced.label in n for n in _legend_names(plot))


@pytest.mark.xfail(
    reason="known limitation since the answer cards (issue 16): with eight cars of 55-63-character names in a "
    "1024x600 window the cards leave the charts about 430 px, and the tornado's and chance-cheapest's rows crowd",
    strict=False,
)
def test_eight_long_names_in_a_small_window(qtbot, db):
    window = _window(qtbot, db, _eight())
    window.resize(1024, 600)  # a smaller window: names rewrap, legends refit, nothing runs off the edge
    _settle()
    assert _window_problems(window, "eight at 1024x600") == []


def test_typing_a_price_puts_the_car_in_the_legend_and_takes_the_note_away(qtbot, db):
    window = _window(qtbot, db, _eight())
    window.charts.setCurrentIndex(window.tab_names.index("cumulative"))
    _settle()
    plot = window.plots["cumulative"].getPlotItem()
    name = window.comparison.vehicles[-1].label
    before = _legend_names(plot)
    assert name not in " | ".join(before) and name in note_text(plot)
    cell = window.results_model.index(len(LONG_IDS) - 1, PRICE)  # typed into the price cell, as the user does
    window.results.setCurrentIndex(cell)
    window.results.edit(cell)
    editor = window.results.findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "79,990")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(window.comparison.result.price_known[-1]), timeout=5_000)
    qtbot.waitUntil(lambda: window.runner.state == "done", timeout=30_000)
    _settle()
    after = _legend_names(plot)
    assert after != before and name in " | ".join(after) and note_text(plot) == ""
    assert _window_problems(window, "priced") == []
    window.undo_stack.undo()  # the price goes again: so does its line
    window.charts.setCurrentIndex(window.tab_names.index("cumulative"))
    _settle()
    assert name not in " | ".join(_legend_names(plot)) and name in note_text(plot)


# -- the PDF's charts ------------------------------------------------------------------------------------------


def _run(comparison: Comparison) -> UncertaintyResult:
    return run_uncertainty(comparison, UncertaintySettings(draws=300, seed=1))


@pytest.mark.parametrize("sample", [*SAMPLES, "eight"])
def test_every_pdf_chart_is_labelled(qtbot, db, sample):
    profile = _eight() if sample == "eight" else load_sample(sample)
    db = db if profile.market == "us" else market_database(profile.market)
    comparison = compare(db, profile.household, list(profile.vehicles))
    problems = []
    for name, widget, size in chart_widgets(comparison, _run(comparison)):
        try:
            image = lay_out(widget, size)  # as the PDF grabs it
            assert (image.width(), image.height()) == size
            problems += [f"{sample} pdf: {p}" for p in check_chart(name, widget.getPlotItem(), comparison)]
        finally:
            widget.close()
    assert problems == []


def test_money_ticks_are_as_precise_as_their_spacing():
    assert money_ticks([1000.0, 1500.0, 2000.0], 500.0) == ["$1,000", "$1,500", "$2,000"]
    assert money_ticks([1200.0, 1400.0, 1600.0], 200.0) == ["$1,200", "$1,400", "$1,600"]
    assert money_ticks([20_000.0, 22_500.0, 25_000.0], 2500.0) == ["$20.0k", "$22.5k", "$25.0k"]
    assert money_ticks([0.0, 50_000.0, 100_000.0], 50_000.0) == ["$0", "$50k", "$100k"]
    assert money_ticks([-10_000.0, 0.0, 10_000.0], 10_000.0) == ["-$10k", "$0", "$10k"]
    for values, spacing in (([1619.0, 1620.0], 1.0), ([12_250.0, 12_500.0], 250.0), ([0.25, 0.5], 0.25)):
        assert [tick_value(t) for t in money_ticks(values, spacing)] == values


def test_no_car_with_a_price_leaves_the_cost_charts_empty_and_says_why(qtbot, db):
    window = MainWindow(db, Profile("None priced", Household(years=8), (VehicleChoice(48780), VehicleChoice(48740))))
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    names = [v.label for v in window.comparison.vehicles]
    for chart in ("cumulative", "breakdown"):
        window.charts.setCurrentIndex(window.tab_names.index(chart))
        _settle()
        plot = window.plots[chart].getPlotItem()
        assert not [i for i in plot.items if isinstance(i, pg.PlotDataItem) and i.name()]
        assert not [i for i in plot.items if isinstance(i, pg.BarGraphItem)]
        assert all(name in note_text(plot) for name in names) and "include them" in note_text(plot)
        assert not plot.getAxis("left").style["showValues"]  # no amounts on an empty axis
    window.charts.setCurrentIndex(window.tab_names.index("energy"))  # energy needs no price: both cars are there
    _settle()
    assert all(name in " | ".join(_legend_names(window.plots["energy"].getPlotItem())) for name in names)
