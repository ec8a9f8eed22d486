"""The Household tab shows only the inputs that matter for the choices made, keeps what a hidden input held, and
shows the miles the results use when a driving pattern decides them (issue 16, item 5)."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QComboBox  # noqa: E402

from buyer_app.core.profiles.session import SaveAnswer  # noqa: E402
from buyer_app.ui.main_window import MainWindow  # noqa: E402


@pytest.fixture
def window(qtbot, db):
    w = MainWindow(db)
    w.files.ask_save_changes = lambda name: SaveAnswer.DISCARD  # type: ignore[method-assign]
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.left_tabs.setCurrentIndex(1)  # Household
    return w


def _shown(window: MainWindow, name: str) -> bool:
    form, line = window.household._rows[name]
    return form.isRowVisible(line)


def _choose(qtbot, combo: QComboBox, code: str) -> None:
    """Pick `code` with the keyboard: Home, then Down until it is current."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == code:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{code} not reachable")


def test_loan_fields_only_for_a_loan_and_kept_while_hidden(window, qtbot):
    panel = window.household
    assert window.profile.household.financing == "cash"
    assert not any(_shown(window, n) for n in ("down_payment_share", "loan_apr", "loan_term_months"))
    _choose(qtbot, panel.editors["financing"], "loan")
    assert all(_shown(window, n) for n in ("down_payment_share", "loan_apr", "loan_term_months"))
    apr = panel.editors["loan_apr"]
    apr.selectAll()
    qtbot.keyClicks(apr, "7.5")
    assert window.profile.household.loan_apr == pytest.approx(0.075)
    _choose(qtbot, panel.editors["financing"], "cash")
    assert not _shown(window, "loan_apr") and window.profile.household.loan_apr == pytest.approx(0.075)
    _choose(qtbot, panel.editors["financing"], "loan")
    assert apr.text() == "7.5"


def test_charging_inputs_follow_the_charging_choices(window, qtbot):
    panel = window.household
    assert _shown(window, "home_charger_kw") and not _shown(window, "offpeak_price")
    _choose(qtbot, panel.editors["home_rate"], "time_of_use")
    assert _shown(window, "offpeak_price") and _shown(window, "offpeak_share")
    _choose(qtbot, panel.editors["home_charging"], "none")
    assert not any(_shown(window, n) for n in ("home_charger_kw", "home_rate", "offpeak_price", "home_charger_cost"))
    assert not _shown(window, "workplace_price")  # no workplace charging by default
    _choose(qtbot, panel.editors["workplace_charging"], "priced")
    assert _shown(window, "workplace_price") and _shown(window, "workplace_days")


def test_the_miles_shown_are_the_miles_used(window, qtbot):
    assert _shown(window, "annual_miles")
    window.driving.kind.setCurrentIndex(1)  # simple pattern: 30 / 15 mi, 6 trips of 250 mi
    used = window.comparison.year.annual_miles
    assert not _shown(window, "annual_miles")
    label = window.household.pattern_miles
    assert label.isVisibleTo(window.household) and f"{used:,.0f} mi" in label.text()
    window.driving.kind.setCurrentIndex(0)  # back to "miles a year": the input is used again
    assert _shown(window, "annual_miles") and not label.isVisibleTo(window.household)


def test_the_miles_slider_scales_a_driving_pattern(window, qtbot):
    window.driving.kind.setCurrentIndex(1)  # simple pattern
    own = window.comparison.year.annual_miles
    before = [v.total_cost for v in window.comparison.vehicles]
    slider = window.whatif.sliders["annual_miles"]
    assert slider.isEnabled() and "(pattern)" in window.whatif.labels["annual_miles"].text()
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_PageUp)  # a user's step up
    scaled = window.profile.what_if["annual_miles"]
    assert scaled > own and window.comparison.year.annual_miles == pytest.approx(scaled)
    assert all(after > b for after, b in zip((v.total_cost for v in window.comparison.vehicles), before, strict=True))
    assert "(what if)" in window.whatif.labels["annual_miles"].text()
    window.undo_stack.undo()
    assert window.comparison.year.annual_miles == pytest.approx(own)


def test_a_value_typed_wrong_leaves_the_household_as_it_was(qtbot, window) -> None:
    """A slip marks the input and changes nothing: before, the household took the app's default for that input
    while it was marked (0.15 USD/kWh here), and the results and the recovery file followed it."""
    price = window.household.editors["electricity_price"]
    price.setFocus()
    price.selectAll()
    qtbot.keyClicks(price, "0.21")
    qtbot.waitUntil(lambda: window.profile.household.electricity_price == 0.21, timeout=5000)
    price.selectAll()
    qtbot.keyClicks(price, "x")
    qtbot.waitUntil(lambda: "electricity_price" in window.household.problems, timeout=5000)
    assert window.profile.household.electricity_price == 0.21
    assert "electricity" in window.household.message.text().lower()
