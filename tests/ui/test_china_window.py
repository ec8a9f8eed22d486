"""The window with a China-market profile (issue 17): its cars, yuan, km and litres, through the real widgets."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QComboBox, QLineEdit  # noqa: E402

from buyer_app.core.markets.regions import L_PER_GAL  # noqa: E402
from buyer_app.core.profiles.samples import load_sample  # noqa: E402
from buyer_app.ui.main_window import MainWindow  # noqa: E402


def _open(qtbot, db, key: str) -> MainWindow:
    window = MainWindow(db, load_sample(key))
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)
    return window


def test_the_shanghai_sample_shows_its_market_and_a_us_profile_brings_the_us_back(qtbot, db) -> None:
    window = _open(qtbot, db, "shanghai-family")
    assert window.comparison is not None and len(window.comparison.vehicles) == 4
    assert all("¥" in card.headline.text() for card in window.answer_cards.cards[:4])
    assert "auction plate" in window.verdict.text() and "$" not in window.verdict.text()
    makes = set(window.picker.db.frame["make"])
    assert {"Xiaomi", "BYD", "Tesla"} <= makes and "Chevrolet" not in makes
    state = window.household.editors["state"]
    assert isinstance(state, QComboBox)
    assert state.currentData() == "CN-SH" and state.findData("CN-HRB") >= 0 and state.findData("CO") < 0
    # the form in litres and yuan: 92# as Shanghai's DRC notice effective 2026-09-24 24:00 prices it (8.57 CNY/L)
    gas = window.household.editors["gas_price"]
    assert isinstance(gas, QLineEdit) and gas.text() == "8.57"
    assert window.household._unit_labels["gas_price"].text() == "CNY/L"
    gas.selectAll()
    qtbot.keyClicks(gas, "7.5")  # typed, as a shopper does
    qtbot.waitUntil(lambda: abs(window.profile.household.gas_price - 7.5 * L_PER_GAL) < 1e-9, timeout=5000)
    gas.selectAll()
    qtbot.keyClicks(gas, "-3")
    qtbot.waitUntil(lambda: "gas_price" in window.household.problems, timeout=5000)
    assert "CNY/L" in window.household.problems["gas_price"]
    assert abs(window.profile.household.gas_price - 7.5 * L_PER_GAL) < 1e-9  # the bad value changed nothing
    # another market's profile: the EPA list and dollars again
    window.show_profile(load_sample("minnesota-commuters"))
    assert "Chevrolet" in set(window.picker.db.frame["make"])
    assert all("$" in card.headline.text() for card in window.answer_cards.cards[:4])
    assert state.findData("CO") >= 0 and state.findData("CN-SH") < 0


def test_a_china_car_is_added_from_the_list_by_keyboard(qtbot, db) -> None:
    window = _open(qtbot, db, "shanghai-family")
    before = len(window.profile.vehicles)
    picker = window.picker
    picker.search.setText("xiaomi yu7 max")
    qtbot.waitUntil(lambda: picker.proxy.rowCount() >= 1, timeout=5000)
    picker.table.setFocus()
    picker.table.selectRow(0)
    qtbot.keyClick(picker.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.profile.vehicles) == before + 1, timeout=5000)
    added = window.comparison.vehicles[-1] if window.comparison else None
    assert added is not None and "YU7 Max" in added.label and added.price == 329_900  # guide price of 2025-06-26
