"""The Driving tab, the range and monthly charts, charging notes, and the pattern saved with the profile."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("pytestqt")

from buyer_app.charts.comparison import day_bins, hover_text  # noqa: E402
from buyer_app.core.driving.patterns import AnnualPattern, SimplePattern  # noqa: E402
from buyer_app.core.profiles.store import path_for  # noqa: E402
from buyer_app.ui.main_window import MainWindow  # noqa: E402


@pytest.fixture
def window(qtbot, db):
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _minnesota(window) -> None:
    panel = window.driving
    panel.kind.setCurrentIndex(1)  # simple: 30 / 15 / 6 trips / 250 mi are the editor's starting values
    panel.climate_combo.setCurrentIndex(panel.climate_combo.findData("MN"))


def test_simple_pattern_and_state_climate_change_the_results_and_undo(window):
    before = window.comparison.vehicles[0].total_cost
    _minnesota(window)
    assert window.profile.driving == SimplePattern(30.0, 15.0, 6, 250.0, False)
    assert window.profile.climate is not None and window.profile.climate.state == "MN"
    tesla = window.comparison.vehicles[0]
    assert tesla.total_cost != before and sum(tesla.charging.monthly.dc_stops) >= 1
    assert "road trips" in window.charging_notes.text()  # (January needs no fast stop: the Model 3 keeps 87% at 32 F)
    assert "(pattern)" in window.whatif.labels["annual_miles"].text()
    assert window.whatif.sliders["annual_miles"].isEnabled()  # it scales the pattern (issue 16)
    while window.undo_stack.canUndo() and window.profile.driving != AnnualPattern():
        window.undo_stack.undo()
    assert window.profile.driving == AnnualPattern() and window.driving.kind.currentIndex() == 0


def test_bad_distance_is_marked_named_and_the_last_valid_pattern_kept(window, qtbot):
    _minnesota(window)
    kept = window.profile.driving
    edit = window.driving.simple_edits["weekday_mi"]
    edit.setText("-5")
    edit.textEdited.emit("-5")
    assert "driving.weekday_mi" in window.driving.problem_label.text() and "-5" in window.driving.problem_label.text()
    assert "border" in edit.styleSheet()
    assert window.profile.driving == kept  # nothing applied until fixed
    edit.setText("40")
    edit.textEdited.emit("40")
    assert window.profile.driving.weekday_mi == 40.0 and window.driving.problem_label.text() == ""


def test_driving_log_import_and_a_refused_log_changes_nothing(window, tmp_path):
    good = tmp_path / "log.csv"
    rows = ["date,miles"] + [f"2026-03-{d:02d},{20 + d % 3}" for d in range(1, 32)]
    good.write_text("\n".join(rows) + "\n")
    assert window.driving.import_log(good)
    assert window.profile.driving.kind == "log" and "31 rows" in window.driving.log_label.text()
    logged = window.profile.driving
    bad = tmp_path / "bad.csv"
    bad.write_text("date,miles\n2026-03-01,-4\n2026-03-02,2000\n")
    assert not window.driving.import_log(bad)
    assert "bad.csv was not imported" in window.driving.problem_label.text()
    assert window.profile.driving == logged


def test_range_chart_and_monthly_chart_draw_with_readouts(window):
    _minnesota(window)
    for name in ("days", "monthly"):
        window.charts.setCurrentIndex(window.tab_names.index(name))
        plot = window.plots[name].getPlotItem()
        assert len(plot.items) > 1, name
    counts, edges = day_bins(window.comparison)
    assert counts.sum() == 365 and edges[0] == 0
    text = hover_text(window.comparison, 30.0, "days")
    assert "days" in text and "winter" in text
    assert "Jan" in hover_text(window.comparison, 0.0, "monthly")


def test_pattern_climate_and_heat_pump_are_saved_and_reopened(window, db, qtbot):
    _minnesota(window)
    from dataclasses import replace

    vehicles = (replace(window.profile.vehicles[0], heat_pump=True),) + window.profile.vehicles[1:]
    window.change(replace(window.profile, vehicles=vehicles), "heat pump")
    assert window.save_as("Cabin trips")
    saved = json.loads(path_for("Cabin trips").read_text())
    assert saved["schema_version"] == 8 and saved["driving"]["kind"] == "simple"
    assert saved["climate"] == {"state": "MN"} and saved["vehicles"][0]["heat_pump"] is True
    other = MainWindow(db)
    qtbot.addWidget(other)
    assert other.open_path(path_for("Cabin trips")) is None
    assert other.profile.driving == window.profile.driving and other.driving.kind.currentData() == "simple"
    assert other.driving.climate_combo.currentData() == "MN"


def test_home_charging_setting_in_household_panel_changes_the_answer(window):
    _minnesota(window)
    editor = window.household.editors["home_charging"]
    assert editor.currentText() == "Level 2 (240 V) at home"  # the words shown, the code stored
    editor.setCurrentIndex(editor.findData("none"))
    assert editor.currentText() == "No charging at home"
    tesla = window.comparison.vehicles[0].charging
    assert window.profile.household.home_charging == "none"
    assert tesla.energy_cost_by_source["home"] == 0 and tesla.public_charge_days > 20
    assert "Without home charging" in window.charging_notes.text()
