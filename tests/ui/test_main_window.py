"""The real window, driven offscreen: pick vehicles, change inputs, read results, undo, save, reopen, PDF."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import Qt  # noqa: E402

from buyer_app.core.household.fields import Household  # noqa: E402
from buyer_app.core.profiles.schema import Profile, VehicleChoice  # noqa: E402
from buyer_app.core.profiles.session import SaveAnswer  # noqa: E402
from buyer_app.core.profiles.store import path_for, profiles_dir  # noqa: E402
from buyer_app.ui.comparison_model import PRICE, ComparisonModel  # noqa: E402
from buyer_app.ui.main_window import SAMPLE, MainWindow  # noqa: E402
from buyer_app.ui.vehicle_model import KEY, VehicleFilterProxy, VehicleTableModel  # noqa: E402


@pytest.fixture
def window(qtbot, db):
    w = MainWindow(db)
    w.files.ask_save_changes = lambda name: SaveAnswer.DISCARD  # type: ignore[method-assign]
    w.files.warn = lambda title, text: None  # type: ignore[method-assign]
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_models_pass_qt_model_tester(qtmodeltester, db):
    source = VehicleTableModel()
    source.set_frame(db.search("2025 camry"))
    qtmodeltester.check(source)
    proxy = VehicleFilterProxy(source)
    proxy.set_filters(text="awd")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 3  # AWD LE, AWD SE/XLE, AWD XSE
    from buyer_app.core.costs.compare import compare

    results = ComparisonModel()
    results.set_comparison(compare(db, Household(), [VehicleChoice(48765), VehicleChoice(48032, price=28400.0)]))
    qtmodeltester.check(results)


def _msrp_text(db, vehicle_id):
    """What the price cell shows for a vehicle of the sample with no price of its own: its curated MSRP, else a
    request for the price."""
    msrp = db.get([vehicle_id])["msrp_usd"].iloc[0]
    return "enter price" if msrp != msrp else f"${msrp:,.0f}"


def test_sample_is_computed_and_painted(window, db):
    assert window.results_model.rowCount() == len(SAMPLE.vehicles)
    assert window.results_model.index(0, 0).data() == "2025 Tesla Model 3 Long Range RWD"
    assert window.results_model.index(1, PRICE).data() == _msrp_text(db, SAMPLE.vehicles[1].id)
    shown = [_msrp_text(db, v.id) for v in SAMPLE.vehicles if v.price is None]
    if "enter price" in shown:
        assert "price is missing" in window.verdict.text()
    else:  # the curated table prices every vehicle of the sample: the verdict is a comparison
        assert "Over 8 years" in window.verdict.text()
    image = window.grab().toImage()
    assert len({image.pixel(x, y) for x in range(0, image.width(), 41) for y in range(0, image.height(), 41)}) > 8


def test_search_filter_sort_and_add(window):
    picker = window.picker
    picker.search.setText("2025 prius")
    picker.powertrain.setCurrentIndex(picker.powertrain.findData("phev"))
    assert picker.proxy.rowCount() >= 1
    assert all("· Plug-in hybrid ·" in picker.proxy.index(r, 0).data() for r in range(picker.proxy.rowCount()))
    picker.powertrain.setCurrentIndex(0)
    energy = KEY["energy_cost"]
    picker.table.sortByColumn(energy, Qt.SortOrder.AscendingOrder)  # energy cost at the household's prices
    costs = [float(picker.proxy.index(r, energy).data().strip("$").replace(",", "")) for r in range(picker.proxy.rowCount())]
    assert costs == sorted(costs)
    picker.table.selectRow(0)
    before = window.results_model.rowCount()
    picker._add()
    assert window.results_model.rowCount() == before + 1


def test_price_edit_verdict_and_undo_redo(window):
    model = window.results_model
    shown_before = model.index(2, PRICE).data()  # the curated MSRP, or "enter price" where there is none
    assert model.setData(model.index(1, PRICE), "28,400")
    assert model.setData(model.index(2, PRICE), "$44,000")
    assert model.index(1, PRICE).data() == "$28,400"
    assert "Over 8 years" in window.verdict.text() and "less than" in window.verdict.text()
    assert not model.setData(model.index(1, PRICE), "-5")
    assert model.index(1, PRICE).data() == "$28,400"
    window.undo_stack.undo()
    assert model.index(2, PRICE).data() == shown_before
    window.undo_stack.redo()
    assert model.index(2, PRICE).data() == "$44,000"
    assert window.windowTitle().startswith("Sample household") and window.isWindowModified()


def test_invalid_household_input_is_marked_and_hides_results(window):
    editor = window.household.editors["annual_miles"]
    editor.setText("-5")
    editor.textEdited.emit("-5")
    assert "Miles driven a year" in window.household.message.text()
    assert "red" in editor.styleSheet() or "#d62728" in editor.styleSheet()
    assert window.results_model.rowCount() == 0
    assert "marked household inputs" in window.verdict.text()
    editor.setText("12000")
    editor.textEdited.emit("12000")
    assert window.results_model.rowCount() == 3
    assert window.profile.household.annual_miles == 12000


def test_whatif_slider_follows_and_merges_into_one_undo_step(window):
    total_before = window.comparison.vehicles[0].total_cost
    slider = window.whatif.sliders["annual_miles"]
    slider.setValue(slider.value() + 10)
    slider.setValue(slider.value() + 10)
    assert window.profile.what_if["annual_miles"] == 25000
    assert window.comparison.vehicles[0].total_cost > total_before
    assert window.undo_stack.count() == 1
    window.whatif.reset.click()
    assert window.profile.what_if == {}


def test_save_reopen_and_recent(window, db, qtbot):
    model = window.results_model
    model.setData(model.index(1, PRICE), "28400")
    assert window.save_as("Minnesota commuters")
    path = path_for("Minnesota commuters")
    assert json.loads(path.read_text())["vehicles"][1]["price"] == 28400
    assert window.undo_stack.isClean() and not window.recovery.path.exists()
    other = MainWindow(db, Profile())
    qtbot.addWidget(other)
    assert [p.name for p in other.recent_paths()] == [path.name]
    assert other.open_path(path) is None
    assert other.profile.vehicles[1].price == 28400 and other.profile.name == "Minnesota commuters"


def test_corrupt_or_newer_profile_is_refused_and_left_untouched(window):
    profiles_dir().mkdir(parents=True, exist_ok=True)
    bad = profiles_dir() / "newer.json"
    bad.write_text(json.dumps({"schema_version": 99, "household": {}}))
    before = window.profile
    message = window.open_path(bad)
    assert message and "newer version" in message
    assert json.loads(bad.read_text())["schema_version"] == 99
    assert any(p.name.startswith("newer.json.unreadable-") for p in profiles_dir().iterdir())
    assert window.profile == before


def test_unsaved_change_is_recovered_after_a_crash(window, db, qtbot):
    window.results_model.setData(window.results_model.index(1, PRICE), "29999")
    assert window.recovery.path.exists()  # written at once, before any crash
    as_if_crashed(window)
    reborn = MainWindow(db, Profile())
    qtbot.addWidget(reborn)
    assert reborn.recover()
    assert reborn.profile.vehicles[1].price == 29999
    assert not reborn.undo_stack.isClean()


def as_if_crashed(window: MainWindow) -> None:
    """Give the window's recovery file the name a window of a process that no longer runs would have left."""
    path = window.recovery.path
    host, _pid, token = path.stem.split("-")
    path.rename(path.with_name(f"{host}-4999999-{token}.json"))  # above Linux's largest pid: never running
    window.undo_stack.setClean()  # the window itself is gone


def test_two_windows_keep_their_own_recovery_files(window, db, qtbot):
    """One window's save never deletes another's unsaved changes (they shared autosave.json before)."""
    other = MainWindow(db, Profile())
    qtbot.addWidget(other)
    other.add_vehicles([48765])
    window.results_model.setData(window.results_model.index(1, PRICE), "29999")
    assert window.recovery.path != other.recovery.path and other.recovery.path.exists()
    assert window.save_as("Saved by the first window")
    assert not window.recovery.path.exists() and other.recovery.path.exists()
    other.undo_stack.setClean()


def test_quit_with_unsaved_changes_asks(window):
    window.results_model.setData(window.results_model.index(1, PRICE), "29999")
    window.files.ask_save_changes = lambda name: SaveAnswer.CANCEL  # type: ignore[method-assign]
    assert not window.close()
    window.files.ask_save_changes = lambda name: SaveAnswer.DISCARD  # type: ignore[method-assign]
    assert window.close()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_export_pdf_from_the_window(window, tmp_path):
    model = window.results_model
    model.setData(model.index(1, PRICE), "28400")
    path = window.export_pdf(tmp_path / "summary.pdf")
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert f"{round(window.comparison.vehicles[1].total_cost):,}" in text
    assert "Sample household" in text


def test_hover_readout_names_every_vehicle(window):
    from buyer_app.charts.comparison import hover_text

    text = hover_text(window.comparison, 3.0)
    assert text.startswith("after 3.0 years") and text.count("$") == 3
    bars = hover_text(window.comparison, 0.2, "breakdown")
    total = window.comparison.vehicles[0].total_cost
    assert bars.startswith("2025 Tesla Model 3") and f"total: ${total:,.0f}" in bars
    energy = hover_text(window.comparison, 2.1, "energy")
    assert energy.startswith("year 2") and energy.count("$") == 3


def test_window_layout_is_remembered(qtbot, db):
    first = MainWindow(db)
    qtbot.addWidget(first)
    first.resize(640, 480)  # smaller than the offscreen screen, which clamps larger sizes
    first.save_layout()
    second = MainWindow(db)
    qtbot.addWidget(second)
    assert (second.size().width(), second.size().height()) == (640, 480)


def _type(window, name, text):
    editor = window.household.editors[name]
    editor.setText(text)
    editor.textEdited.emit(text)


def test_undo_after_recovery_returns_to_the_saved_version(window, db, qtbot):
    window.results_model.setData(window.results_model.index(1, PRICE), "28400")
    assert window.save_as("Family")
    saved = window.profile
    window.results_model.setData(window.results_model.index(2, PRICE), "44000")
    as_if_crashed(window)
    reborn = MainWindow(db, Profile())
    qtbot.addWidget(reborn)
    assert reborn.recover()
    assert reborn.profile.vehicles[2].price == 44000
    reborn.undo_stack.undo()
    assert reborn.profile == saved and reborn.path == path_for("Family")


def test_save_as_name_is_not_undone(window):
    window.results_model.setData(window.results_model.index(1, PRICE), "28400")
    assert window.save_as("Family car")
    window.undo_stack.undo()
    assert window.profile.name == "Family car"
    assert json.loads(path_for("Family car").read_text())["name"] == "Family car"


def test_edits_made_while_another_input_is_invalid_are_kept(window):
    _type(window, "gas_price", "")
    _type(window, "annual_miles", "9000")
    assert window.profile.household.annual_miles == 9000
    assert window.household.editors["gas_price"].text() == ""  # the half-typed value stays for the user to fix
    assert window.results_model.rowCount() == 0 and "Regular gasoline price" in window.verdict.text()
    assert window.isWindowModified()
    _type(window, "gas_price", "3.5")
    assert window.results_model.rowCount() == 3 and window.profile.household.gas_price == 3.5


def test_typed_household_value_replaces_the_what_if_override(window):
    window.whatif.sliders["annual_miles"].setValue(40)  # 20,000 mi
    assert window.profile.what_if == {"annual_miles": 20000}
    _type(window, "annual_miles", "5000")
    assert window.profile.what_if == {} and window.effective_household().annual_miles == 5000


def test_clearing_what_ifs_is_one_undo_step(window):
    window.whatif.sliders["annual_miles"].setValue(40)
    window.whatif.sliders["gas_price"].setValue(30)
    window.whatif.reset.click()
    assert window.profile.what_if == {}
    window.undo_stack.undo()
    assert set(window.profile.what_if) == {"annual_miles", "gas_price"}


def test_unknown_vehicle_in_a_profile_is_left_out_with_a_reason(window):
    profiles_dir().mkdir(parents=True, exist_ok=True)
    path = profiles_dir() / "old.json"
    path.write_text(json.dumps({"schema_version": 1, "vehicles": [{"id": 999999}, {"id": 48765}]}))
    message = window.open_path(path)
    assert message and "999999" in message
    assert [v.id for v in window.profile.vehicles] == [48765]
    assert window.results_model.rowCount() == 1


def test_pdf_export_to_a_missing_folder_is_refused_not_raised(window, tmp_path):
    assert window.export_pdf(tmp_path / "missing" / "x.pdf") is None


def test_vehicle_details_incentive_insurance_and_lease(window):
    from buyer_app.ui.vehicle_details import VehicleDetailsDialog

    window.results.selectRow(0)
    dialog = VehicleDetailsDialog(window.profile.vehicles[0], "Model 3", window)
    dialog.edits["lease_due"].setText("3000")
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()  # lease needs all three
    assert "all three" in dialog.message.text()
    dialog.edits["lease_monthly"].setText("399")
    dialog.edits["lease_term"].setText("36.5")
    assert "whole number" in dialog.message.text()
    dialog.edits["lease_term"].setText("36")
    dialog.edits["incentive"].setText("1,000")
    dialog.edits["insurance"].setText("2100")
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    before = window.comparison.vehicles[0].total_cost
    estimated = sum(window.comparison.vehicles[0].yearly_costs["insurance"])  # the car's own estimate, 8 years
    dialog.setResult(VehicleDetailsDialog.DialogCode.Accepted)
    window.edit_details(dialog)
    choice = window.profile.vehicles[0]
    assert choice.lease is not None and choice.lease.term_months == 36 and choice.insurance_annual == 2100
    assert window.comparison.vehicles[0].total_cost == pytest.approx(before - 1000 + 2100 * 8 - estimated)
    financing = window.household.editors["financing"]
    financing.setCurrentIndex(financing.findData("lease"))
    assert window.profile.household.financing == "lease"
    assert window.results_model.rowCount() == 0 and "lease terms" in window.verdict.text()
