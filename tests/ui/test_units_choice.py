"""The Units choice on the Household tab: chosen with the keyboard, shown by the results table, the verdict and
the PDF, undone in one step, saved with the profile and shown again when it is reopened."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from buyer_app.core.household.choices import UnitSystem  # noqa: E402
from buyer_app.core.profiles.schema import Profile  # noqa: E402
from buyer_app.core.profiles.session import SaveAnswer  # noqa: E402
from buyer_app.core.profiles.store import path_for  # noqa: E402
from buyer_app.ui.comparison_model import PER_DISTANCE  # noqa: E402
from buyer_app.ui.main_window import MainWindow  # noqa: E402

RANGE = 6


@pytest.fixture
def window(qtbot, db):
    w = MainWindow(db)
    w.files.ask_save_changes = lambda name: SaveAnswer.DISCARD  # type: ignore[method-assign]
    w.files.warn = lambda title, text: None  # type: ignore[method-assign]
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _header(window: MainWindow) -> str:
    return window.results_model.headerData(PER_DISTANCE, Qt.Orientation.Horizontal)


def _choose_metric(window: MainWindow, qtbot) -> None:
    window.left_tabs.setCurrentIndex(1)  # Household
    combo = window.household.units
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # US -> Metric, as a keyboard user does
    assert combo.currentData() == "metric"


def test_metric_is_shown_everywhere_and_undone_in_one_step(window, qtbot):
    tesla = window.results_model.index(0, RANGE).data()
    totals = [v.total_cost for v in window.comparison.vehicles]
    assert _header(window) == "Per mile" and tesla.endswith(" mi")
    _choose_metric(window, qtbot)
    assert window.profile.units == UnitSystem.METRIC
    assert _header(window) == "Per km" and window.results_model.index(0, RANGE).data().endswith(" km")
    assert [v.total_cost for v in window.comparison.vehicles] == totals  # the words change, not the figures
    window.undo_stack.undo()
    assert window.profile.units == UnitSystem.US and window.household.units.currentData() == "us"
    assert window.results_model.index(0, RANGE).data() == tesla


def test_metric_is_saved_and_reopened(window, db, qtbot):
    _choose_metric(window, qtbot)
    assert window.save_as("Metric household")
    assert json.loads(path_for("Metric household").read_text())["units"] == "metric"
    other = MainWindow(db, Profile())
    qtbot.addWidget(other)
    assert other.open_path(path_for("Metric household")) is None
    assert other.household.units.currentData() == "metric" and _header(other) == "Per km"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_the_pdf_follows_the_choice(window, qtbot, tmp_path):
    _choose_metric(window, qtbot)
    path = window.export_pdf(tmp_path / "metric.pdf")
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "km a year" in text and "a litre" in text and re.search(r"Range \d+ km", text)
    # the summary's figures are converted: no miles or gallons left on its two pages
    assert "miles a year" not in text and " mi " not in text and "a gallon" not in text
    assert f"{round(window.comparison.vehicles[0].total_cost):,}" in text


def _axis_label(plot, side: str) -> str:
    return plot.getAxis(side).labelText


def test_the_days_chart_follows_the_choice(window, qtbot):
    """Review of issue 16: the days-by-distance chart stayed in miles under metric units."""
    from buyer_app.charts.comparison import hover_text
    from buyer_app.text.units import METRIC_DISPLAY

    window.charts.setCurrentIndex(window.tab_names.index("days"))
    plot = window.plots["days"].getPlotItem()
    assert _axis_label(plot, "bottom").startswith("Miles driven in a day")
    us_edges = [item for item in plot.items if type(item).__name__ == "BarGraphItem"][0].opts["x1"]
    _choose_metric(window, qtbot)
    window.charts.setCurrentIndex(window.tab_names.index("days"))
    plot = window.plots["days"].getPlotItem()
    assert _axis_label(plot, "bottom").startswith("Kilometres driven in a day")
    legend = [label.text for _sample, label in plot.legend.items]
    plug_ins = [v for v in window.comparison.vehicles if v.charging is not None and v.charging.summer_range_mi]
    assert plug_ins and all(any(t.endswith(" km") and v.label in t for t in legend) for v in plug_ins), legend
    lines = sorted(item.value() for item in plot.items if type(item).__name__ == "InfiniteLine")
    summer_km = plug_ins[0].charging.summer_range_mi * 1.609344
    assert any(abs(x - summer_km * (1 - window.comparison.household.charge_reserve)) < 1 for x in lines), (lines, summer_km)
    km_edges = [item for item in plot.items if type(item).__name__ == "BarGraphItem"][0].opts["x1"]
    assert max(km_edges) > max(us_edges)  # the same days, counted in kilometres
    read = hover_text(window.comparison, 40.0, "days", METRIC_DISPLAY)
    assert " km:" in read.splitlines()[0] and " mi" not in read
