"""The weekly charging calendar in the Driving tab: changing a night's plug changes the answer as one undoable edit,
and the calendar is saved with the profile and reopened."""

from __future__ import annotations

import json
import os

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from buyer_app.core.household.choices import NightPlug  # noqa: E402
from buyer_app.core.profiles.samples import load_sample  # noqa: E402
from buyer_app.core.profiles.store import path_for  # noqa: E402
from buyer_app.ui.main_window import MainWindow  # noqa: E402

BOLT = 43955


@pytest.fixture
def georgia(qtbot, db):
    w = MainWindow(db, load_sample("georgia-used-car-buyer"))
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    qtbot.waitExposed(w)
    return w


def _bolt(window):
    return next(v for v in window.comparison.vehicles if v.id == BOLT).charging


def _pick(qtbot, combo, code: str) -> None:
    """Choose an entry the way a keyboard user does: focus the box, then arrow keys until `code` is current."""
    combo.setFocus()
    target = combo.findData(code)
    assert target >= 0, code
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)


def test_the_calendar_shows_the_profiles_nights_with_their_names(georgia):
    box = georgia.driving.calendar_box
    assert box.use.isChecked()
    assert [c.currentData() for c in box.nights] == ["none"] * 5 + ["relative_l1"] * 2
    assert [c.currentText() for c in box.nights[4:]] == ["No plug", "Relative L1", "Relative L1"]
    sunday = box.nights[6]
    assert sunday.itemData(sunday.currentIndex(), Qt.ItemDataRole.ToolTipRole) == "Relative's Level 1"
    assert all(c.isEnabled() for c in box.nights)


def test_a_nights_plug_changes_the_answer_and_undo_brings_it_back(georgia, qtbot):
    before = _bolt(georgia)
    assert before.share_days_home_only == 0.0 and before.public_charging_cost_year_usd > 0
    wednesday = georgia.driving.calendar_box.nights[2]
    _pick(qtbot, wednesday, NightPlug.HOME_L2)
    calendar = georgia.profile.household.charging_calendar
    assert calendar is not None and calendar.nights[2] == NightPlug.HOME_L2 and calendar.relative_hours == 12
    after = _bolt(georgia)
    assert after.public_charging_cost_year_usd < before.public_charging_cost_year_usd
    assert after.share_days_home_only > 0  # now it charges at home one night a week
    assert georgia.undo_stack.undoText() == "Change charging calendar"
    while (
        georgia.undo_stack.canUndo()
        and georgia.profile.household.charging_calendar != load_sample("georgia-used-car-buyer").household.charging_calendar
    ):
        georgia.undo_stack.undo()
    assert wednesday.currentData() == "none"
    assert _bolt(georgia).public_charging_cost_year_usd == before.public_charging_cost_year_usd


def test_unticking_the_calendar_charges_as_the_household_tab_says(georgia, qtbot):
    box = georgia.driving.calendar_box
    box.use.setChecked(False)
    assert georgia.profile.household.charging_calendar is None
    assert not box.nights[0].isEnabled()
    # Georgia's household says no home charging: every night without a plug, all public
    assert [c.currentData() for c in box.nights] == ["none"] * 7
    assert _bolt(georgia).kwh_by_source["relative"] == 0 and _bolt(georgia).public_charge_days > 12


def test_a_bad_relative_price_is_marked_and_not_used(georgia, qtbot):
    box = georgia.driving.calendar_box
    kept = georgia.profile.household.charging_calendar
    box.price.setText("-1")
    box.price.textEdited.emit("-1")
    assert "'-1'" in box.problem.text() and "from 0 to 2" in box.problem.text() and "border" in box.price.styleSheet()
    assert georgia.profile.household.charging_calendar == kept
    box.price.setText("0")
    box.price.textEdited.emit("0")
    assert georgia.profile.household.charging_calendar.relative_price == 0.0 and box.problem.text() == ""
    assert _bolt(georgia).energy_cost_by_source["relative"] == 0


def test_the_calendar_is_saved_and_reopened(georgia, db, qtbot):
    box = georgia.driving.calendar_box
    _pick(qtbot, box.nights[4], NightPlug.RELATIVE_L2)  # Friday night at the parent's too
    box.visits.setValue(3)
    assert georgia.save_as("Weekends at mum's")
    saved = json.loads(path_for("Weekends at mum's").read_text())
    assert saved["schema_version"] == 8
    assert saved["charging_calendar"]["nights"]["fri"] == "relative_l2" and saved["charging_calendar"]["visits"] == 3
    other = MainWindow(db)
    qtbot.addWidget(other)
    assert other.open_path(path_for("Weekends at mum's")) is None
    assert other.profile.household.charging_calendar == georgia.profile.household.charging_calendar
    assert [c.currentData() for c in other.driving.calendar_box.nights] == ["none"] * 4 + ["relative_l2"] + ["relative_l1"] * 2
    assert other.driving.calendar_box.visits.value() == 3


def test_a_household_edit_keeps_the_calendar(georgia):
    """The Household tab builds its household from its fields; the calendar (edited in the Driving tab) stays."""
    editor = georgia.household.editors["years"]
    editor.setText("7")
    editor.textEdited.emit("7")
    assert georgia.profile.household.years == 7
    assert georgia.profile.household.charging_calendar is not None


def test_screenshot_of_the_driving_tab_at_1280x720(georgia, qtbot, tmp_path):
    left = georgia.driving.parentWidget()
    while left is not None and not hasattr(left, "setCurrentWidget"):
        left = left.parentWidget()
    if left is not None:
        scroll = next(w for w in (left.widget(i) for i in range(left.count())) if w.isAncestorOf(georgia.driving))
        left.setCurrentWidget(scroll)
    qtbot.wait(50)
    shot = georgia.grab()
    assert (shot.width(), shot.height()) == (1280, 720)
    assert georgia.driving.calendar_box.isVisible() and georgia.driving.calendar_box.nights[6].isVisible()
    shot.save(str(tmp_path / "calendar.png"))
    if path := os.environ.get("CALENDAR_SCREENSHOT"):  # to look at it
        shot.save(path)
