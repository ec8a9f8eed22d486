"""The uncertainty run in the real window (offscreen): it runs in a worker thread, its bands and charts follow
the inputs, a changed input restarts it, Cancel stops it, and its settings are checked, undoable and saved."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("pytestqt")

import pyqtgraph as pg  # noqa: E402
from PySide6.QtCore import QTimer  # noqa: E402

from buyer_app.charts.uncertainty import band_readout, uncertainty_hover  # noqa: E402
from buyer_app.core.household.fields import Household  # noqa: E402
from buyer_app.core.profiles.schema import Profile, VehicleChoice  # noqa: E402
from buyer_app.core.profiles.store import path_for  # noqa: E402
from buyer_app.core.uncertainty.draws import UncertaintySettings  # noqa: E402
from buyer_app.text.uncertainty import uncertainty_sentence  # noqa: E402
from buyer_app.ui.comparison_model import PRICE  # noqa: E402
from buyer_app.ui.main_window import MainWindow  # noqa: E402

MODEL_3, CAMRY_HYBRID, RAV4_PHEV = 48765, 48032, 49160
PRICED = (
    VehicleChoice(MODEL_3, price=42490.0),
    VehicleChoice(CAMRY_HYBRID, price=28400.0),
    VehicleChoice(RAV4_PHEV, price=43690.0),
)
EIGHT = PRICED + (
    VehicleChoice(48493, price=22500.0),
    VehicleChoice(48861, price=28500.0),
    VehicleChoice(48710, price=47000.0),
    VehicleChoice(48770, price=46000.0),
    VehicleChoice(48018, price=29500.0),
)


def _window(qtbot, db, profile: Profile) -> MainWindow:
    w = MainWindow(db, profile)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def window(qtbot, db):
    return _window(qtbot, db, Profile("Sure?", Household(years=8), PRICED))


def _type(window, name: str, text: str) -> None:
    editor = window.uncertainty_panel.editors[name]
    editor.setText(text)
    editor.textEdited.emit(text)


def _tab(window, title: str) -> pg.PlotItem:
    index = next(k for k in range(window.charts.count()) if window.charts.tabText(k) == title)
    window.charts.setCurrentIndex(index)
    return window.plots[window.tab_names[index]].getPlotItem()


def _bands(window) -> list[object]:
    return [i for i in window.plots["cumulative"].getPlotItem().items if isinstance(i, pg.FillBetweenItem)]


def _done(window, qtbot, timeout: int = 20_000) -> None:
    qtbot.waitUntil(lambda: window.runner.state == "done", timeout=timeout)


def test_adding_vehicles_runs_and_shows_bands_chances_tornado_and_difference(qtbot, db):
    window = _window(qtbot, db, Profile("Empty", Household(years=8)))
    assert window.runner.state == "idle" and not _bands(window)
    window.add_vehicles([MODEL_3, CAMRY_HYBRID, RAV4_PHEV])
    window.results_model.setData(window.results_model.index(1, PRICE), "28400")
    assert "Simulating 10,000 futures…" in window.verdict.text()
    _done(window, qtbot)
    run = window.runner.latest
    assert run.comparison is window.comparison and run.generation == window.runner.generation
    assert len(_bands(window)) == 3  # one P10-P90 band per vehicle
    priced = [p for p in run.result.p_cheapest if p is not None]
    assert len(priced) >= 2 and sum(priced) == pytest.approx(1.0)
    lines = window.verdict.text().split("\n")
    assert lines[-1] == uncertainty_sentence(run.result, run.comparison) and "of the 10,000 futures simulated" in lines[-1]

    plot = _tab(window, "Chance cheapest")
    assert len([i for i in plot.items if isinstance(i, pg.BarGraphItem)]) == 3
    plot = _tab(window, "What moves it")
    assert len([i for i in plot.items if isinstance(i, pg.BarGraphItem)]) == 2 * len(run.result.tornado)
    assert "gasoline" in window.thresholds_text.toPlainText()
    assert window.thresholds_text.toPlainText().count("\n") == len(run.result.thresholds) - 1
    plot = _tab(window, "Difference")
    assert [i for i in plot.items if isinstance(i, pg.BarGraphItem)]
    # read-outs under the mouse
    assert "cheapest in" in uncertainty_hover("cheapest", run.comparison, run.result, 50.0, 2.0)
    assert "gasoline price" in uncertainty_hover("tornado", run.comparison, run.result, 0.0, 6.0)
    assert "% of futures" in uncertainty_hover("difference", run.comparison, run.result, 0.0, 1.0)
    assert band_readout(run.comparison, run.result, 8.2).startswith("Likely range after 8 years (8 in 10 futures):")

    # a change takes the bands away until the run for the new inputs is in
    _tab(window, "Cost over time")
    slider = window.whatif.sliders["years"]
    slider.setValue(slider.value() + 2)
    assert not _bands(window) and window.runner.latest is None and "Simulating" in window.verdict.text()
    _done(window, qtbot)
    assert len(_bands(window)) == 3 and window.runner.latest.result.percentiles.shape[2] == 11
    # invalid household input: no results, no bands, no run
    editor = window.household.editors["annual_miles"]
    editor.setText("-5")
    editor.textEdited.emit("-5")
    assert not _bands(window) and window.runner.state == "idle" and window.runner.latest is None


def test_a_moved_slider_cancels_the_run_and_the_result_matches_the_last_inputs(window, qtbot):
    window.change(Profile("Sure?", Household(years=15), EIGHT, uncertainty=UncertaintySettings(draws=100_000)), "big")
    stopped, finished = [], []
    window.runner._signals.stopped.connect(stopped.append)
    window.runner.finished.connect(finished.append)
    qtbot.waitUntil(lambda: window.runner.state == "running", timeout=5000)
    running = window.runner.generation
    slider = window.whatif.sliders["gas_price"]
    slider.setValue(slider.value() + 20)
    assert window.runner.state == "pending" and window.runner.generation > running
    slider.setValue(slider.value() + 10)
    _done(window, qtbot, 30_000)
    assert running in stopped  # the job of the old inputs stopped part-way
    assert len(finished) == 1 and finished[0] is window.runner.latest
    run = window.runner.latest
    assert run.generation == window.runner.generation and run.comparison is window.comparison
    assert run.comparison.household.gas_price == window.profile.what_if["gas_price"] == window.effective_household().gas_price


def test_bad_spread_and_bad_draws_are_refused_and_named_profile_unchanged(window, qtbot):
    panel = window.uncertainty_panel
    before, steps = window.profile, window.undo_stack.count()
    _type(window, "gas_volatility", "-0.1")
    assert "Gasoline price: yearly volatility (log): '-0.1' is not allowed (a number from 0 to 1)" in panel.message.text()
    assert "#d62728" in panel.editors["gas_volatility"].styleSheet()
    assert window.profile == before and window.undo_stack.count() == steps
    _type(window, "draws", "50")
    assert "Number of futures simulated (draws): '50' is not allowed (a whole number from 100 to 200,000)" in panel.message.text()
    assert window.profile == before
    assert "Allowed: a number from 0 to 1" in panel.editors["gas_volatility"].accessibleDescription()
    assert "AFDC" in panel.editors["gas_volatility"].accessibleDescription()
    # the last valid settings stay in use; a good value is one undo step and restarts the run
    _done(window, qtbot)
    assert window.runner.latest.result.settings == before.uncertainty
    _type(window, "draws", "2000")
    _type(window, "draws", "20000")
    assert window.profile.uncertainty.draws == 20_000 and window.profile.uncertainty.gas_volatility == 0.18
    assert window.undo_stack.count() == steps + 1 and window.runner.state == "pending"
    assert "gas_volatility" in panel.problems and "Gasoline" in panel.message.text()  # still marked
    window.undo_stack.undo()
    assert window.profile.uncertainty == before.uncertainty
    assert panel.editors["draws"].text() == "10,000" and panel.message.text() == ""
    assert panel.editors["gas_volatility"].text() == "0.18" and panel.editors["gas_volatility"].styleSheet() == ""


def test_settings_survive_save_and_open(window, qtbot, db):
    _type(window, "gas_volatility", "0.3")
    _type(window, "draws", "20,000")
    _type(window, "seed", "7")
    assert window.save_as("Unsure")
    saved = json.loads(path_for("Unsure").read_text())["uncertainty"]
    assert (saved["gas_volatility"], saved["draws"], saved["seed"]) == (0.3, 20_000, 7)
    other = _window(qtbot, db, Profile())
    assert other.open_path(path_for("Unsure")) is None
    assert other.profile.uncertainty == UncertaintySettings(gas_volatility=0.3, draws=20_000, seed=7)
    assert other.uncertainty_panel.editors["draws"].text() == "20,000"
    assert other.uncertainty_panel.editors["seed"].text() == "7"
    _done(other, qtbot)
    assert other.runner.latest.result.settings.seed == 7


def test_cancel_stops_a_long_run_and_the_window_stays_responsive(qtbot, db):
    window = _window(qtbot, db, Profile("Big", Household(years=15), EIGHT))
    _type(window, "draws", "200000")
    qtbot.waitUntil(lambda: window.runner.state == "running", timeout=5000)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=5000)
    assert window.runner.state == "running"  # the event loop ran while the job did
    assert window.run_bar.button.text() == "Cancel" and window.run_bar.bar.isVisible()
    window.run_bar.button.click()
    timer.stop()
    assert window.runner.state == "stopped" and window.runner.latest is None
    assert "Simulation stopped" in window.verdict.text()
    qtbot.waitUntil(lambda: window.runner.pool.activeThreadCount() == 0, timeout=5000)
    qtbot.wait(50)
    assert window.runner.state == "stopped" and not _bands(window)
    assert window.run_bar.button.text() == "Run again"
    _type(window, "draws", "1000")  # any change starts again
    _done(window, qtbot)


def test_closing_the_window_with_a_job_running_waits_for_it(qtbot, db):
    window = _window(qtbot, db, Profile("Big", Household(years=15), EIGHT, uncertainty=UncertaintySettings(draws=200_000)))
    qtbot.waitUntil(lambda: window.runner.state == "running", timeout=5000)
    assert window.close()
    assert window.runner.pool.activeThreadCount() == 0


def test_simulation_can_be_turned_off_and_the_pair_chosen(window, qtbot):
    _done(window, qtbot)
    window.run_bar.enabled.setChecked(False)
    assert window.runner.state == "idle" and not _bands(window)
    assert "\n" not in window.verdict.text()
    window.run_bar.enabled.setChecked(True)
    _done(window, qtbot)
    assert window.runner.latest.result.pair == (1, 0)  # the two cheapest: the Camry Hybrid, then the Model 3
    first, against = window.uncertainty_panel.pair_combos
    first.setCurrentIndex(first.findData(RAV4_PHEV))
    against.setCurrentIndex(against.findData(MODEL_3))
    _done(window, qtbot)
    assert window.runner.latest.result.pair == (2, 0)
    against.setCurrentIndex(against.findData(RAV4_PHEV))
    assert "two different vehicles" in window.uncertainty_panel.message.text()
    _done(window, qtbot)
    assert window.runner.latest.result.pair == (1, 0)


def test_the_pdf_gets_the_run_of_the_inputs_on_show(window, qtbot, tmp_path, monkeypatch):
    from buyer_app.report import pdf

    passed = []
    monkeypatch.setattr(pdf, "write_pdf", lambda comparison, ctx, path, paper="letter", run=None: passed.append(run))
    _done(window, qtbot)
    window.export_pdf(tmp_path / "a.pdf")
    assert passed[-1] is window.runner.latest.result
    slider = window.whatif.sliders["gas_price"]
    slider.setValue(slider.value() + 20)  # pending: the PDF computes the run of these inputs itself
    window.export_pdf(tmp_path / "b.pdf")
    assert window.runner.latest is None and passed[-1] is not None
    a, b = passed[-1].pair
    totals = [v.total_cost for v in window.comparison.vehicles]
    assert passed[-1].deterministic_difference == pytest.approx(totals[b] - totals[a])
    window.run_bar.enabled.setChecked(False)
    window.export_pdf(tmp_path / "c.pdf")
    assert passed[-1] is None
