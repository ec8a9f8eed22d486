"""Your own vehicle in the window (issue 17 item 5): the picker's buttons open the editor, every field is checked by
the core's rules as it is typed (the message names the field, the value and what is allowed; OK refuses), the car
joins the comparison marked "(your entry)", Save keeps it in the profile file, and it can be changed and removed —
all by clicking and typing in the real widgets."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QAction  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit  # noqa: E402

from buyer_app.core.costs.choices import VehicleChoice  # noqa: E402
from buyer_app.core.profiles.samples import load_sample  # noqa: E402
from buyer_app.core.profiles.schema import Profile, load_profile  # noqa: E402
from buyer_app.core.profiles.store import save_profile  # noqa: E402
from buyer_app.core.vehicles.custom import CUSTOM_ID_BASE, CustomVehicle  # noqa: E402
from buyer_app.text import translate  # noqa: E402
from buyer_app.ui.custom_vehicle_dialog import L100KM_PER_MPG, CustomVehicleDialog  # noqa: E402
from buyer_app.ui.main_window import MainWindow  # noqa: E402


def _window(qtbot, db, profile: Profile) -> MainWindow:
    window = MainWindow(db, Profile())
    qtbot.addWidget(window)
    assert window.open_path(save_profile(profile)) is None
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def shanghai(qtbot, db) -> Iterator[MainWindow]:
    yield _window(qtbot, db, load_sample("shanghai-family"))


def _type(qtbot, edit: QLineEdit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def _choose(qtbot, dialog: CustomVehicleDialog, combo_name: str, code: str) -> None:
    combo = getattr(dialog, combo_name)
    combo.setFocus()
    while combo.currentData() != code:  # the keyboard, as a user without a mouse picks it
        qtbot.keyClick(combo, Qt.Key.Key_Down)


def _open_new(qtbot, window: MainWindow) -> CustomVehicleDialog:
    window.left_tabs.setCurrentIndex(0)
    qtbot.mouseClick(window.picker.own_new, Qt.MouseButton.LeftButton)
    dialog = window.own_vehicles.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _save(window: MainWindow) -> None:
    save = next(a for a in window.file_menu.actions() if a.text().replace("&", "") == "Save")
    assert isinstance(save, QAction)
    save.trigger()


def test_enter_a_car_check_it_field_by_field_and_save_it_with_the_profile(qtbot, shanghai: MainWindow) -> None:
    window = shanghai
    before = len(window.profile.vehicles)
    dialog = _open_new(qtbot, window)
    assert not dialog.ok.isEnabled()  # nothing typed yet
    assert "Make" in dialog.problem.text()
    assert dialog.field_name("price") == "Price (CNY)" and dialog.field_name("kwh_per_100km") == "Electricity use (kWh/100 km)"
    _type(qtbot, dialog.make, "Zeekr")
    _type(qtbot, dialog.model, "7X RWD")
    _type(qtbot, dialog.year, "2025")
    _choose(qtbot, dialog, "powertrain", "bev")
    assert dialog.cycle.currentData() == "CLTC"  # a metric market's figures are CLTC to start with
    assert not dialog.edits["l_per_100km"].isEnabled()  # a battery car burns no fuel
    _type(qtbot, dialog.edits["price"], "229900")
    _type(qtbot, dialog.edits["range_km"], "7050")  # a slip: ten times too far
    _type(qtbot, dialog.edits["kwh_per_100km"], "14.2")
    assert not dialog.ok.isEnabled()
    said = dialog.problem.text()
    assert said == "Range (km; a plug-in hybrid's electric range): '7050' is not allowed (a number from 5 to 2,000 km)"
    assert dialog.edits["range_km"].toolTip() == said
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and len(window.profile.vehicles) == before  # OK refused
    _type(qtbot, dialog.edits["range_km"], "705")
    _type(qtbot, dialog.edits["battery_kwh"], "75")
    _type(qtbot, dialog.edits["dc_max_kw"], "abc")
    assert "Fastest DC charging (kW): 'abc' is not allowed (a number from 1 to 1,000 kW)" in dialog.problem.text()
    _type(qtbot, dialog.edits["dc_max_kw"], "450")
    assert dialog.problem.text() == "" and dialog.ok.isEnabled()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    mine = CustomVehicle(CUSTOM_ID_BASE + 1, 2025, "Zeekr", "7X RWD", "bev", "CLTC", 229900.0, 705.0, 14.2, None, 75.0, 450.0)
    assert window.profile.custom_vehicles == (mine,)
    assert window.profile.vehicles[-1].id == mine.id and len(window.profile.vehicles) == before + 1
    assert window.comparison is not None
    outcome = window.comparison.vehicles[-1]
    assert outcome.label == "2025 Zeekr 7X RWD (your entry)" and outcome.price == 229900
    assert window.statusBar().currentMessage() == "Added to the comparison: 2025 Zeekr 7X RWD"
    # the picker lists it too, marked the same way
    window.picker.search.setText("zeekr")
    assert window.picker.proxy.rowCount() == 1 and window.picker.proxy.vehicle_id(0) == mine.id

    _save(window)
    saved = load_profile(window.path)
    assert saved.custom_vehicles == (mine,) and saved.vehicles[-1].id == mine.id
    raw = window.path.read_text(encoding="utf-8")
    assert '"custom_vehicles"' in raw and '"make": "Zeekr"' in raw


def test_change_and_remove_your_vehicle_from_the_picker_and_undo(qtbot, db) -> None:
    mine = CustomVehicle(CUSTOM_ID_BASE + 1, 2025, "Zeekr", "7X RWD", "bev", "CLTC", 229900.0, 705.0, 14.2, None, 75.0, 450.0)
    sample = load_sample("shanghai-family")
    profile = replace(sample, custom_vehicles=(mine,), vehicles=(*sample.vehicles[:2], VehicleChoice(mine.id)))
    window = _window(qtbot, db, profile)
    picker = window.picker
    assert not picker.own_edit.isEnabled() and not picker.own_remove.isEnabled()
    picker.search.setText("zeekr")
    picker.table.selectRow(0)
    assert picker.current_id() == mine.id and picker.own_edit.isEnabled() and picker.own_remove.isEnabled()
    qtbot.mouseClick(picker.own_edit, Qt.MouseButton.LeftButton)
    dialog = window.own_vehicles.dialog
    assert dialog is not None and dialog.windowTitle() == "Change your own vehicle"
    assert dialog.edits["range_km"].text() == "705" and dialog.make.text() == "Zeekr" and dialog.ok.isEnabled()
    _type(qtbot, dialog.edits["price"], "209900")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert window.profile.custom_vehicles == (replace(mine, price=209900.0),)
    assert window.comparison is not None and window.comparison.vehicles[-1].price == 209900
    assert window.statusBar().currentMessage() == "Changed your vehicle: 2025 Zeekr 7X RWD"

    picker.search.setText("zeekr")
    picker.table.selectRow(0)
    qtbot.mouseClick(picker.own_remove, Qt.MouseButton.LeftButton)
    assert window.profile.custom_vehicles == () and mine.id not in {v.id for v in window.profile.vehicles}
    assert all("your entry" not in v.label for v in window.comparison.vehicles)
    window.undo_stack.undo()  # Edit > Undo brings it back, in the comparison too
    assert window.profile.custom_vehicles == (replace(mine, price=209900.0),)
    assert window.comparison.vehicles[-1].label.endswith("(your entry)")
    window.undo_stack.redo()
    _save(window)
    assert load_profile(window.path).custom_vehicles == ()


def test_a_us_profile_types_miles_and_mpg_and_they_are_kept_in_the_cores_units(qtbot, db) -> None:
    window = _window(qtbot, db, load_sample("texas-high-mileage"))
    dialog = _open_new(qtbot, window)
    assert dialog.field_name("l_per_100km") == "Fuel economy (MPG)" and dialog.field_name("price") == "Price (USD)"
    assert dialog.cycle.currentData() == "EPA"
    _type(qtbot, dialog.make, "Toyota")
    _type(qtbot, dialog.model, "Crown Signia")
    _type(qtbot, dialog.year, "2025")
    _choose(qtbot, dialog, "powertrain", "hev")
    assert not dialog.edits["range_km"].isEnabled() and not dialog.edits["battery_kwh"].isEnabled()
    _type(qtbot, dialog.edits["l_per_100km"], "5")
    assert dialog.problem.text() == "Fuel economy (MPG): '5' is not allowed (a number from 7.9 to 235.2 MPG)"
    _type(qtbot, dialog.edits["l_per_100km"], "38")
    _type(qtbot, dialog.edits["price"], "44000")
    assert dialog.ok.isEnabled()
    _type(qtbot, dialog.year, "1989")
    assert dialog.problem.text() == "Model year: '1989' is not allowed (a model year from 1990 to 2035)"
    assert not dialog.ok.isEnabled()
    _type(qtbot, dialog.year, "2025")
    qtbot.keyClick(dialog.year, Qt.Key.Key_Return)  # Enter presses OK
    mine = window.profile.custom_vehicles[0]
    assert mine.l_per_100km == pytest.approx(L100KM_PER_MPG / 38) and mine.cycle == "EPA" and mine.range_km is None
    assert window.comparison is not None and window.comparison.vehicles[-1].label == "2025 Toyota Crown Signia (your entry)"
    # opened again, it shows 38 MPG, and OK without a change keeps the stored figure exactly
    window.picker.search.setText("crown signia your")
    window.picker.table.selectRow(0)
    qtbot.mouseClick(window.picker.own_edit, Qt.MouseButton.LeftButton)
    dialog = window.own_vehicles.dialog
    assert dialog.edits["l_per_100km"].text() == "38"
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert window.profile.custom_vehicles == (mine,)


def test_cancel_changes_nothing_and_the_dialog_speaks_chinese(qtbot, db) -> None:
    translate.use_language("zh_CN")
    window = _window(qtbot, db, load_sample("shanghai-family"))
    before = window.profile
    dialog = _open_new(qtbot, window)
    assert dialog.windowTitle() == translate.tr("Your own vehicle") != "Your own vehicle"
    _type(qtbot, dialog.make, "")
    assert translate.tr("Make") in dialog.problem.text()
    assert not translate.missed, f"not in the zh_CN catalogue: {sorted(translate.missed)}"
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected and window.profile == before
    QApplication.processEvents()


def test_in_chinese_the_window_marks_your_own_vehicle_in_chinese(qtbot, qapp, db) -> None:
    """Issue 17: the marker after the name follows the window's language; the profile file keeps no marker."""
    from buyer_app.ui.language import apply_language

    mine = CustomVehicle(CUSTOM_ID_BASE + 1, 2025, "Zeekr", "7X RWD", "bev", "CLTC", 229900.0, 705.0, 14.2, None, 75.0, 450.0)
    base = load_sample("shanghai-family")
    profile = replace(base, custom_vehicles=(mine,), vehicles=(*base.vehicles, VehicleChoice(mine.id)))
    try:
        translate.use_language("zh_CN")
        apply_language(qapp, "zh_CN")
        window = _window(qtbot, db, profile)
        assert window.comparison is not None
        assert window.comparison.vehicles[-1].label == "2025 Zeekr 7X RWD （自行录入）"
        assert "（自行录入）" in window.answer_cards.cards[len(base.vehicles)].name.text()
    finally:
        translate.use_language("en")
        apply_language(qapp, "en")
