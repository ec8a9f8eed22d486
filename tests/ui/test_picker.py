"""The vehicle picker driven like a shopper at the keyboard: typed words, Year > Make > Model > Trim, Enter on a row,
double click, tooltips and details that tell trims apart, limits that say what they hide, and a list whose price
and energy columns are in view at 1280x720."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from buyer_app.core.household.fields import Household  # noqa: E402
from buyer_app.core.profiles.schema import Profile, VehicleChoice  # noqa: E402
from buyer_app.ui.main_window import MainWindow  # noqa: E402
from buyer_app.ui.vehicle_model import KEY  # noqa: E402

CAMRY_HYBRID_LE = 48032  # 2025 Toyota Camry HEV FF LE: Toyota's Camry LE (a hybrid, front-wheel drive)
MODEL_3 = 48765


@pytest.fixture
def window(qtbot, db):
    w = MainWindow(db, Profile("Picking", Household(years=8), (VehicleChoice(MODEL_3),)))
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(lambda: w.picker.model.rowCount() > 0)  # the list fills just after the first paint
    return w


def ids_in_comparison(window) -> list[int]:
    return [v.id for v in window.profile.vehicles]


def row_of(picker, vehicle_id: int) -> int:
    return next(r for r in range(picker.proxy.rowCount()) if picker.proxy.vehicle_id(r) == vehicle_id)


def test_typed_words_then_down_and_enter_add_the_camry_hybrid_le(window, qtbot):
    picker = window.picker
    picker.search.setFocus()
    qtbot.keyClicks(picker.search, "2025 camry hybrid")
    shown = {picker.proxy.vehicle_id(r) for r in range(picker.proxy.rowCount())}
    assert shown == {48030, 48031, 48032, 48033, 48034}  # the EPA names them "Camry HEV ..."
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)  # into the list, on its first car
    assert picker.table.hasFocus() and picker.table.currentIndex().row() == 0
    qtbot.keyClick(picker.table, Qt.Key.Key_Up)  # and back to the words
    assert picker.search.hasFocus()
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    assert picker.table.hasFocus() and picker.table.currentIndex().row() == 0
    for _ in range(row_of(picker, CAMRY_HYBRID_LE)):
        qtbot.keyClick(picker.table, Qt.Key.Key_Down)
    assert "2025 Toyota Camry HEV FF LE" in picker.details.text()  # the pane follows the current car
    assert "FF: front-wheel drive" in picker.details.text()
    qtbot.keyClick(picker.table, Qt.Key.Key_Return)
    assert ids_in_comparison(window) == [MODEL_3, CAMRY_HYBRID_LE]
    assert window.results_model.rowCount() == 2
    assert window.statusBar().currentMessage() == "Added to the comparison: 2025 Toyota Camry HEV FF LE"
    qtbot.keyClick(picker.table, Qt.Key.Key_Return)  # once is enough, and the shopper is told
    assert ids_in_comparison(window) == [MODEL_3, CAMRY_HYBRID_LE]
    assert window.statusBar().currentMessage() == "Already in the comparison."


def test_year_make_model_trim_with_the_keyboard_alone(window, qtbot):
    picker = window.picker
    picker.search.setFocus()
    qtbot.waitUntil(picker.search.hasFocus)

    def tab() -> None:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)

    tab()
    assert QApplication.focusWidget() is picker.year
    qtbot.keyClicks(picker.year, "2025")
    assert picker.year.currentData() == 2025
    tab()
    assert QApplication.focusWidget() is picker.make
    qtbot.keyClicks(picker.make, "Toyota")
    assert picker.make.currentData() == "Toyota"
    tab()
    assert QApplication.focusWidget() is picker.model_choice
    qtbot.keyClicks(picker.model_choice, "Camry")
    assert picker.model_choice.currentData() == "Camry"
    tab()
    assert QApplication.focusWidget() is picker.trim
    target = picker.trim.findData("Camry HEV FF LE")
    assert picker.trim.itemText(target) == "HEV FF LE — HEV: hybrid; FF: front-wheel drive"  # the codes in words
    for _ in range(target - picker.trim.currentIndex()):
        qtbot.keyClick(picker.trim, Qt.Key.Key_Down)
    assert picker.trim.currentData() == "Camry HEV FF LE"
    assert [picker.proxy.vehicle_id(r) for r in range(picker.proxy.rowCount())] == [CAMRY_HYBRID_LE]
    tab()
    assert QApplication.focusWidget() is picker.table and picker.table.currentIndex().row() == 0
    qtbot.keyClick(picker.table, Qt.Key.Key_Enter)
    assert ids_in_comparison(window) == [MODEL_3, CAMRY_HYBRID_LE]
    tab()
    assert QApplication.focusWidget() is picker.add_button
    # a make chosen offers only its models of that year; a new year keeps the make when it is still sold
    qtbot.keyClick(picker.year, Qt.Key.Key_Up)  # 2026
    assert picker.year.currentData() == 2026 and picker.make.currentData() == "Toyota"


def test_suv_finds_suvs_and_the_list_shows_plain_types(window, qtbot):
    picker = window.picker
    qtbot.keyClicks(picker.search, "SUV")
    assert picker.proxy.rowCount() > 1000
    frame = picker.model.frame
    suv_rows = frame["epa_class"].str.contains("Sport Utility") | frame["model"].str.contains(r"\bSUV\b")
    assert picker.proxy.rowCount() == int(suv_rows.sum())
    for r in range(0, picker.proxy.rowCount(), 97):
        name = picker.proxy.index(r, KEY["name"]).data()
        assert "Sport Utility" in name or "SUV" in name
        kind = name.split("\n")[1].split(" · ")[1]
        assert kind in {"Electric", "Plug-in hybrid", "Hybrid", "Gasoline", "Diesel", "Flex-fuel"}
    assert picker.note.isHidden()
    picker.search.clear()
    qtbot.keyClicks(picker.search, "camry hybird")
    assert "Nothing matches “hybird”" in picker.note.text() and picker.proxy.rowCount() > 0


def test_tooltips_and_details_tell_the_trims_apart(window, qtbot):
    picker = window.picker
    qtbot.keyClicks(picker.search, "2025 tesla model 3 long range")
    tips = [picker.proxy.index(r, KEY["name"]).data(Qt.ItemDataRole.ToolTipRole) for r in range(picker.proxy.rowCount())]
    names = [tip.splitlines()[0] for tip in tips]
    assert len(names) >= 3 and len(set(names)) == len(names)  # full names, no two alike
    assert all(n.startswith("2025 Tesla Model 3 Long Range") for n in names)
    assert all("battery" in tip and "range" in tip and "EPA label" in tip for tip in tips)
    price_tip = picker.proxy.index(row_of(picker, MODEL_3), KEY["msrp_usd"]).data(Qt.ItemDataRole.ToolTipRole)
    assert "Base MSRP $" in price_tip and "Source: " in price_tip
    picker.table.selectRow(row_of(picker, MODEL_3))
    assert picker.details.text().startswith("2025 Tesla Model 3 Long Range RWD")


def test_limits_say_how_many_they_hide_and_why(window, qtbot):
    picker = window.picker
    qtbot.keyClicks(picker.search, "2025 camry hybrid")
    qtbot.keyClicks(picker.max_price, "30000")
    assert [picker.proxy.vehicle_id(r) for r in range(picker.proxy.rowCount())] == [CAMRY_HYBRID_LE]
    assert picker.count.text().endswith("4 hidden: 3 no price, 1 above your max. price ($30,000)")
    picker.max_price.clear()
    assert "hidden" not in picker.count.text()
    qtbot.keyClicks(picker.max_price, "abc")
    assert "Max. price and min. range take a number" in picker.problem.text()


def test_double_click_adds_and_sorting_by_a_column(window, qtbot):
    picker = window.picker
    qtbot.keyClicks(picker.search, "2025 camry hybrid")
    index = picker.proxy.index(row_of(picker, CAMRY_HYBRID_LE), KEY["name"])
    rect = picker.table.visualRect(index)
    qtbot.mouseClick(picker.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(picker.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert ids_in_comparison(window) == [MODEL_3, CAMRY_HYBRID_LE]
    picker.table.horizontalHeader().sectionClicked.emit(KEY["label_mpg_comb"])
    picker.table.sortByColumn(KEY["label_mpg_comb"], Qt.SortOrder.DescendingOrder)
    labels = [int(picker.proxy.index(r, KEY["label_mpg_comb"]).data().split()[0]) for r in range(picker.proxy.rowCount())]
    assert labels == sorted(labels, reverse=True) and len(labels) == 5


def test_price_and_energy_columns_in_view_at_1280x720(window, qtbot):
    picker = window.picker
    window.left_tabs.setCurrentWidget(picker)
    qtbot.keyClicks(picker.search, "model 3")
    table = picker.table
    header = table.horizontalHeader()
    for key in ("msrp_usd", "energy_cost"):
        column = KEY[key]
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert 0 <= header.sectionViewportPosition(column) and right <= table.viewport().width(), key
    name_width = header.sectionSize(KEY["name"])
    longest = max(
        table.fontMetrics().horizontalAdvance(picker.proxy.index(r, 0).data().split("\n")[0])
        for r in range(picker.proxy.rowCount())
    )
    assert name_width >= 0.6 * longest  # most names whole; the longest lose only their middle
    assert table.isVisible() and picker.add_button.isVisible()
