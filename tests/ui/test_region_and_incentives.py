"""Where and when the household buys: picking a state, the Incentives and CO2 tabs, the sources of the
figures, and used / own incentives saved with the profile (the real window, offscreen)."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QApplication, QComboBox  # noqa: E402

from buyer_app.core.costs.choices import Incentive
from buyer_app.core.household.fields import Household  # noqa: E402
from buyer_app.core.profiles.schema import Profile, VehicleChoice  # noqa: E402
from buyer_app.core.profiles.store import path_for  # noqa: E402
from buyer_app.ui import incentives_view  # noqa: E402
from buyer_app.ui.main_window import MainWindow  # noqa: E402
from buyer_app.ui.sources_dialog import SourcesDialog  # noqa: E402
from buyer_app.ui.vehicle_details import VehicleDetailsDialog  # noqa: E402

MODEL_3 = 48765
CAMRY_HYBRID = 48032


@pytest.fixture
def window(qtbot, db):
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _pick_state(window, code: str) -> None:
    combo = window.household.editors["state"]
    combo.setCurrentIndex(combo.findData(code))


def _type(window, name: str, text: str) -> None:
    editor = window.household.editors[name]
    editor.setText(text)
    editor.textEdited.emit(text)


def _tab(window, title: str) -> int:
    index = next(k for k in range(window.charts.count()) if window.charts.tabText(k) == title)
    window.charts.setCurrentIndex(index)
    return index


def test_picking_colorado_fills_the_household_in_one_undo_step(window):
    combo = window.household.editors["state"]
    assert combo.itemText(0) == "US — United States (average)" and combo.findText("CO — Colorado") >= 0
    steps = window.undo_stack.count()
    messages = []
    window.household.state_applied.connect(messages.append)
    _pick_state(window, "CO")
    h = window.profile.household
    assert (h.state, h.electricity_price, h.sales_tax_rate, h.bev_surcharge) == ("CO", 0.143, 0.029, 50.0)
    assert window.household.editors["electricity_price"].text() == "0.143"
    assert window.household.editors["sales_tax_rate"].text() == "2.9"
    assert window.undo_stack.count() == steps + 1 and window.undo_stack.undoText() == "Change state"
    assert messages and messages[0].startswith("Colorado: electricity $0.143/kWh") and "sales tax 2.9%" in messages[0]
    assert "EV fee $50 a year" in window.statusBar().currentMessage()
    assert "EIA" in window.household.editors["electricity_price"].toolTip()
    # the figures can be overridden afterwards, and the tooltip then says so
    _type(window, "electricity_price", "0.11")
    assert window.profile.household.electricity_price == 0.11
    assert "your own figure" in window.household.editors["electricity_price"].toolTip()
    window.undo_stack.undo()
    window.undo_stack.undo()
    us = Household(years=8)
    h = window.profile.household
    assert (h.state, h.electricity_price, h.sales_tax_rate, h.bev_surcharge) == (
        "US",
        us.electricity_price,
        us.sales_tax_rate,
        us.bev_surcharge,
    )
    assert window.household.editors["state"].currentData() == "US"
    assert window.household.editors["electricity_price"].text() == "0.15"


def test_utility_combo_lists_the_states_utilities(window):
    utility = window.household.editors["utility"]
    assert isinstance(utility, QComboBox) and utility.count() == 1 and not utility.isEnabled()
    _pick_state(window, "CO")
    names = [utility.itemText(k) for k in range(utility.count())]
    assert names[0] == "(none)" and "Xcel Energy" in names and "Holy Cross Energy" in names
    utility.setCurrentIndex(utility.findData("co-xcel-energy"))
    assert window.profile.household.utility == "co-xcel-energy"
    _pick_state(window, "NM")  # another state's utility does not follow
    assert window.profile.household.utility == "" and utility.currentText() == "(none)"
    assert utility.findText("Xcel Energy") >= 0  # Xcel serves New Mexico too, under its own id
    assert utility.findData("co-xcel-energy") < 0
    _pick_state(window, "MN")  # the incentive data names no utility in Minnesota
    assert utility.count() == 1 and not utility.isEnabled()


def test_incentives_tab_for_a_model_3_in_colorado(window):
    _pick_state(window, "CO")
    _type(window, "purchase_date", "2026-12-01")
    assert window.profile.household.purchase_date == "2026-12-01"
    _tab(window, "Incentives")
    view = window.incentives_view
    assert "Colorado on 2026-12-01" in view.heading.text()
    tree = view.tree
    tesla = tree.topLevelItem(0)
    assert tesla.text(0).startswith("2025 Tesla Model 3") and "$750 applied" in tesla.text(0)
    groups = [tesla.child(k) for k in range(tesla.childCount())]
    assert [g.text(0) for g in groups] == [
        "Applies (1)",
        "Could apply if something changed (23)",
        "Other programs (28): ended, for other households, or already covered",
    ]
    assert [g.isExpanded() for g in groups] == [True, True, False]  # the rest collapsed to a count
    could = [groups[1].child(k).text(0) for k in range(groups[1].childCount())]
    assert could[2:] == [
        "16 programs for one utility's customers each: choose your utility on the Household tab",
        "5 programs of a town or county the app cannot check: add one as your own if you live there",
    ]
    assert "Vehicle Exchange Colorado (VXC) Program" in could[:2]  # the specific ones first, in the open

    def leaves_of(item):
        kids = [item.child(k) for k in range(item.childCount())]
        return [leaf for kid in kids for leaf in (leaves_of(kid) if kid.childCount() else [kid])]

    leaves = [leaf for g in groups for leaf in leaves_of(g)]
    rows = [[item.text(c) for c in range(tree.columnCount())] for item in leaves]
    colorado = [r for r in rows if r[0].startswith("Colorado Electric Vehicle Tax Credits")]
    assert ["$750", "not applied"] == [r[2] for r in colorado]
    assert colorado[1][3] == "MSRP above the $35,000 cap" and colorado[1][4] == "with a trim or deal under $35,000"
    # the two programs of one name are told apart by their dates
    assert colorado[0][0] != colorado[1][0] and "2029-01-01" in colorado[1][0]
    assert all(r[1] == "Colorado Energy Office" and r[7].startswith("https://") for r in colorado)
    federal = next(r for r in rows if "(30D)" in r[0])
    assert federal[2] == "not applied" and federal[3] == "ended 2025-09-30" and "2025-09-30" in federal[6]
    applied = [r[2] != "not applied" for r in rows]
    assert applied == sorted(applied, reverse=True)  # applied ones first
    camry = tree.topLevelItem(1)
    assert camry.childCount() == 1
    assert camry.child(0).text(0) == "No incentive in the catalogue for this vehicle in Colorado on 2026-12-01"
    # the source address: copied, and handed to the desktop on a double-click
    opened = []
    item = next(leaf for leaf in leaves if "(30D)" in leaf.text(0))
    tree.setCurrentItem(item)
    assert view.copy_button.isEnabled() and "ended 2025-09-30" in view.detail.text()
    assert view.copy_source(item) == "https://www.irs.gov/clean-vehicle-tax-credits"
    assert QGuiApplication.clipboard().text() == "https://www.irs.gov/clean-vehicle-tax-credits"
    original = incentives_view.open_address
    incentives_view.open_address = lambda url: opened.append(url) or True
    try:
        tree.itemDoubleClicked.emit(item, 0)
    finally:
        incentives_view.open_address = original
    assert opened == ["https://www.irs.gov/clean-vehicle-tax-credits"]
    assert view.open_source(tesla) == ""  # a vehicle row has no address: nothing happens
    view.show_all.setChecked(True)
    assert all(tree.topLevelItem(0).child(k).isExpanded() for k in range(3))
    assert all(item.isExpanded() for item in leaves_of(tree.topLevelItem(0).child(1)) if item.childCount())


def test_co2_tab_draws_bars(window):
    _pick_state(window, "CO")
    _tab(window, "CO2")
    plot = window.plots["co2"].getPlotItem()
    bars = [i for i in plot.items if type(i).__name__ == "BarGraphItem"]
    assert len(bars) >= 2  # tailpipe, upstream fuel, electricity (parts that are all zero are left out)
    from buyer_app.charts.notes import note_text
    from buyer_app.ui.main_window import co2_readout

    assert "Colorado grid" in note_text(plot)  # under the chart, wrapped (a title was cut at the window's edge)

    text = co2_readout(window.comparison, 0.1)
    assert text.startswith("2025 Tesla Model 3") and "Electricity (your grid)" in text and "over 8 years" in text


def test_bad_purchase_date_is_marked_and_refused(window, qtbot):
    _pick_state(window, "CO")
    assert window.save_as("Colorado")
    saved = path_for("Colorado").read_text()
    kept = window.profile
    editor = window.household.editors["purchase_date"]
    assert editor.placeholderText() == "today"
    _type(window, "purchase_date", "2026-13-01")
    assert "border" in editor.styleSheet()
    assert "Purchase date" in window.household.message.text() and "2026-13-01" in window.household.message.text()
    assert window.profile == kept and window.results_model.rowCount() == 0
    window.save()
    assert path_for("Colorado").read_text() == saved
    _type(window, "purchase_date", "2026-12-01")
    assert editor.styleSheet() == "" and window.profile.household.purchase_date == "2026-12-01"
    assert window.results_model.rowCount() == 3


def test_sources_dialog_names_the_colorado_eia_source(window):
    _pick_state(window, "CO")
    dialog = window.show_sources()
    assert dialog.cell("electricity_price", "Value") == "0.143 USD/kWh"
    assert dialog.cell("electricity_price", "Origin") == "state"
    assert dialog.cell("electricity_price", "Source").startswith("Colorado: EIA Electric Power Annual 2023")
    assert dialog.cell("electricity_price", "As of") == "2023"
    assert dialog.cell("insurance_annual", "Origin") == "default"
    assert dialog.cell("state", "Value") == "CO — Colorado"
    assert dialog.cell("climate", "Value").startswith("Colorado") and dialog.cell("climate", "Origin") == "state"
    assert "eGRID" in dialog.cell("co2_electricity", "Source")
    assert dialog.cell("grid_kg_per_kwh", "Value").endswith("kg/kWh")
    dialog.table.selectRow(dialog.row_of["electricity_price"])
    assert "https://www.eia.gov/electricity/annual/secrev-map.php" in dialog.detail.toPlainText()
    assert "eia.gov" in dialog.copy_rows() and "eia.gov" in QGuiApplication.clipboard().text()
    dialog.close()


def test_sources_button_shows_each_cars_insurance_and_resale_with_their_sources(window, qtbot):
    """Issue 14: every car's own figures can be seen in the window with their source and date."""
    _pick_state(window, "CO")
    qtbot.mouseClick(window.household.sources_button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SourcesDialog) and w.isVisible())
    tesla = window.comparison.vehicles[0]
    key = f"{tesla.id}:insurance"
    assert dialog.cell(key, "Input") == f"Insurance: {tesla.label}" and dialog.cell(key, "Origin") == "default"
    assert dialog.cell(key, "Value") == f"${tesla.yearly_costs['insurance'][0]:,.0f} in year 1"
    assert "Bankrate" in dialog.cell(key, "Source") and "Colorado" not in dialog.cell(key, "Value")
    assert "iSeeCars" in dialog.cell(f"{tesla.id}:resale", "Source")
    assert dialog.cell(f"{tesla.id}:resale", "Value") == "44.1% of its price after 5 years"
    assert "Recurrent" in dialog.cell(f"{tesla.id}:winter_range", "Source")
    dialog.close()


def test_text_from_data_is_shown_as_plain_text(window, db, qtbot):
    profile = Profile("Markup", Household(), (VehicleChoice(MODEL_3, incentives=(Incentive("<b>bold</b> & co", 100.0),)),))
    window.load(profile, None)
    _tab(window, "Incentives")
    tesla = window.incentives_view.tree.topLevelItem(0)
    own = tesla.child(0).child(0)  # the group 'Applies', its first line
    assert own.text(0) == "<b>bold</b> & co" and own.text(2) == "$100"
    assert "&lt;b&gt;" in own.toolTip(0)  # the tooltip shows the characters, it does not make them bold


def test_used_and_own_incentive_round_trip_through_a_profile(window, db, qtbot):
    window.results.selectRow(0)
    dialog = VehicleDetailsDialog(window.profile.vehicles[0], "Model 3", window)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    dialog.used.setChecked(True)
    dialog.incentive_name.setText("x" * 81)
    dialog.edits["incentive"].setText("1500")
    assert not ok.isEnabled() and "81 characters (at most 80)" in dialog.message.text()
    dialog.incentive_name.setText("Dealer discount")
    dialog.edits["incentive"].setText("-3")
    assert not ok.isEnabled() and "'-3' is not allowed" in dialog.message.text()
    dialog.edits["incentive"].setText("2,000,000")
    assert "Your own incentive (dealer, employer…)" in dialog.message.text()
    dialog.accept()
    assert dialog.result() == 0 and dialog.isVisible() is False  # refused: not accepted (never shown here)
    dialog.edits["incentive"].setText("1,500")
    assert ok.isEnabled() and dialog.message.text() == ""
    dialog.setResult(VehicleDetailsDialog.DialogCode.Accepted)
    window.edit_details(dialog)
    choice = window.profile.vehicles[0]
    assert choice.used and choice.incentives == (Incentive("Dealer discount", 1500.0),)
    assert window.undo_stack.undoText() == "Change vehicle details"
    assert window.save_as("Used Tesla")
    saved = json.loads(path_for("Used Tesla").read_text())["vehicles"][0]
    assert saved["used"] is True and saved["incentives"] == [{"name": "Dealer discount", "amount": 1500.0}]
    other = MainWindow(db, Profile())
    qtbot.addWidget(other)
    assert other.open_path(path_for("Used Tesla")) is None
    assert other.profile.vehicles[0] == choice
    again = VehicleDetailsDialog(other.profile.vehicles[0], "Model 3", other)
    assert again.used.isChecked() and again.incentive_name.text() == "Dealer discount"
    assert again.edits["incentive"].text() == "1500"
    assert other.comparison.vehicles[0].used
    own = other.comparison.vehicles[0].incentives[0]
    assert (own.name, own.amount, own.level) == ("Dealer discount", 1500.0, "custom")


def test_several_own_incentives_are_kept(window):
    choice = replace(window.profile.vehicles[0], incentives=(Incentive("Dealer", 500.0), Incentive("Employer", 250.0)))
    dialog = VehicleDetailsDialog(choice, "Model 3", window)
    assert len(dialog.incentive_rows) == 2
    dialog.add_incentive_row("", None)
    dialog.incentive_rows[2][0].setText("Club")
    assert "needs an amount" in dialog.message.text()
    dialog.incentive_rows[2][1].setText("100")
    assert dialog.result_choice().incentives == (
        Incentive("Dealer", 500.0),
        Incentive("Employer", 250.0),
        Incentive("Club", 100.0),
    )


def test_state_pick_replaces_a_marked_price_and_keeps_other_marks(window):
    _type(window, "gas_price", "abc")
    _type(window, "annual_miles", "-5")
    assert window.results_model.rowCount() == 0
    _pick_state(window, "CO")
    panel = window.household
    assert panel.editors["gas_price"].text() == "2.884" and panel.editors["gas_price"].styleSheet() == ""
    assert panel.editors["annual_miles"].text() == "-5" and "Miles driven a year" in panel.message.text()
    assert "Regular gasoline price" not in panel.message.text()
    assert window.profile.household.gas_price == 2.884 and window.results_model.rowCount() == 0
    _type(window, "annual_miles", "12000")
    assert window.results_model.rowCount() == 3 and window.profile.household.state == "CO"


def test_a_saved_state_and_utility_are_shown_when_the_profile_is_opened(window, db, qtbot):
    _pick_state(window, "CO")
    utility = window.household.editors["utility"]
    utility.setCurrentIndex(utility.findData("co-xcel-energy"))
    assert window.save_as("Denver")
    other = MainWindow(db, Profile())
    qtbot.addWidget(other)
    assert other.open_path(path_for("Denver")) is None
    assert other.household.editors["state"].currentText() == "CO — Colorado"
    assert other.household.editors["utility"].currentText() == "Xcel Energy"
    assert other.household.summary.text().startswith("Colorado: electricity $0.143/kWh")
    assert other.comparison.household.utility == "co-xcel-energy"
