"""The Household tab's rate plan: picking a real time-of-use tariff by clicking prices home charging hour by hour,
the results show an average night by hour, and moving the start to midnight lowers the cost."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from buyer_app.core.energy.day_model import HOME  # noqa: E402
from buyer_app.core.profiles.samples import load_sample  # noqa: E402
from buyer_app.core.tariffs.shipped import shipped_tariff  # noqa: E402
from buyer_app.ui.main_window import MainWindow  # noqa: E402


@pytest.fixture
def colorado(qtbot, db):
    w = MainWindow(db, load_sample("colorado-family"))
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    qtbot.waitExposed(w)
    return w


def _pick(qtbot, combo, code: str) -> None:
    """Open the list with a click, then move to the entry and take it with Return, as a user does."""
    target = combo.findData(code)
    assert target >= 0, code
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    while view.currentIndex().row() != target:
        qtbot.keyClick(view, Qt.Key.Key_Down if view.currentIndex().row() < target else Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: combo.currentIndex() == target)


def _home_cost(window) -> float:
    return float(window.comparison.result.energy.cost_by_source[0, HOME])


def test_picking_a_tariff_by_clicking_prices_charging_by_the_hour(colorado, qtbot):
    box = colorado.household.tariff_box
    assert colorado.profile.household.home_tariff is None and not box.start.isEnabled()
    assert not colorado.tariff_nights.isVisible()
    _pick(qtbot, box.plan, "ladwp-a-3-2025")
    plan = colorado.profile.household.home_tariff
    assert plan is not None and plan.id == "ladwp-a-3-2025" and plan.charge_start_hour == 18
    assert "Los Angeles Department of Water & Power" in box.about.text() and "demand charges" in box.about.text()
    qtbot.waitUntil(lambda: colorado.tariff_nights.isVisible())
    nights = colorado.tariff_nights.text()
    assert "An average night in winter (Dec-Feb):" in nights and "18:00" in nights
    evening = _home_cost(colorado)
    colorado.grab().save("/tmp/tariff-window.png")
    box.start.setFocus()
    box.start.selectAll()
    qtbot.keyClicks(box.start, "0")
    qtbot.keyClick(box.start, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: colorado.profile.household.home_tariff.charge_start_hour == 0)
    midnight = _home_cost(colorado)
    assert midnight < evening
    assert "00:00" in colorado.tariff_nights.text()
    # back to no plan: the flat price as before
    _pick(qtbot, box.plan, "")
    assert colorado.profile.household.home_tariff is None and not colorado.tariff_nights.isVisible()


def test_a_rate_file_is_read_and_a_bad_one_is_refused_in_the_box(colorado, tmp_path):
    box = colorado.household.tariff_box
    good, bad = tmp_path / "rate.json", tmp_path / "bad.json"
    rate = json.loads(json.dumps(shipped_tariff("ladwp-a-3-2025").raw["items"][0]))  # type: ignore[index]
    good.write_text(json.dumps(rate))
    rate["energyratestructure"][0][0]["rate"] = -1
    bad.write_text(json.dumps(rate))
    assert not box.read_file(str(bad))
    assert "energyratestructure[0][0].rate" in box.about.text() and colorado.profile.household.home_tariff is None
    assert box.read_file(str(good))
    plan = colorado.profile.household.home_tariff
    assert plan is not None and plan.id == "" and plan.tariff.label == "67c1f1c74737dd843e060fe8"
    assert "from a file" in box.plan.currentText()


def test_the_electricity_what_if_moves_the_plans_prices_too(colorado, qtbot):
    from dataclasses import replace

    _pick(qtbot, colorado.household.tariff_box.plan, "ladwp-a-3-2025")
    before = _home_cost(colorado)
    price = colorado.profile.household.electricity_price
    colorado.change(replace(colorado.profile, what_if={"electricity_price": 2 * price}), "what-if")
    qtbot.waitUntil(lambda: abs(_home_cost(colorado) - 2 * before) < 0.01 * before)
