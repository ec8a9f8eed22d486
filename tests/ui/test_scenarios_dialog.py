"""Compare > Compare scenarios…: the real action opens the dialog on the profile on show; the combos choose the
other side; the tables and the answer are read back; Export PDF writes the side-by-side PDF."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtWidgets import QTableWidget  # noqa: E402

from buyer_app.core.profiles.schema import load_profile  # noqa: E402
from buyer_app.core.profiles.store import save_profile  # noqa: E402
from buyer_app.ui.main_window import MainWindow  # noqa: E402
from buyer_app.ui.scenarios_dialog import ScenariosDialog  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def cells(table: QTableWidget) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


@pytest.fixture
def window(qtbot, db):
    w = MainWindow(db, load_profile(SAMPLES / "minnesota-commuters.json"))
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    return w


def open_dialog(window, qtbot) -> ScenariosDialog:
    assert window.scenarios_action in window.compare_menu.actions()
    assert window.compare_menu.title() == "&Compare"
    window.scenarios_action.trigger()
    dialog = window.findChild(ScenariosDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, [combo.itemText(k) for k in range(combo.count())]
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_the_action_opens_on_a_change_this_household_can_make(window, qtbot, tmp_path):
    dialog = open_dialog(window, qtbot)
    # Minnesota already has a Level 2 charger: the dialog opens on the first change that is one
    assert dialog.variant_combo.currentText() == "without home charging"
    assert not dialog.use_saved.isEnabled()  # nothing saved yet in this test's data folder
    household = cells(dialog.household_table)
    assert household[0] == ["Charging at home", "Level 2 (240 V) at home", "No charging at home"]
    assert household[5] == ["Cheapest car", "2025 Toyota RAV4 Hybrid AWD", "2025 Toyota RAV4 Hybrid AWD"]
    rows = {r[0]: r for r in cells(dialog.vehicle_table)}
    assert rows["2025 Toyota RAV4 Hybrid AWD"][3] == "no change"
    equinox = rows["2025 Chevrolet Equinox EV AWD (11 kW Charger)"]
    assert equinox[3].startswith("+$")
    assert dialog.answer_label.text() == (
        f"Without charging at home, the 2025 Chevrolet Equinox EV AWD (11 kW Charger) costs {equinox[3][1:]} more "
        "over 10 years; the cheapest car stays the 2025 Toyota RAV4 Hybrid AWD."
    )
    dialog.resize(1280, 720)
    dialog.grab().save(str(tmp_path / "scenarios.png"))

    choose(dialog.variant_combo, "with a Level 2 charger")  # no change for this household: says so, exports nothing
    assert dialog.answer_label.text() == "“Minnesota commuters” already has “Level 2 (240 V) at home”: choose another change."
    assert dialog.vehicle_table.rowCount() == 0 and not dialog.export_button.isEnabled()

    choose(dialog.variant_combo, "keep 5 years")
    assert cells(dialog.household_table)[2] == ["Kept", "10 years", "5 years"]
    assert dialog.answer_label.text().startswith("Kept 5 years instead of 10, the ")
    assert dialog.export_button.isEnabled()

    out = dialog.export_pdf(tmp_path / "years.pdf")
    assert out == tmp_path / "years.pdf"
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout.split())
    assert "B: Minnesota commuters, keep 5 years" in text
    assert " ".join(dialog.answer_label.text().split()) in text


def test_a_saved_profile_is_the_other_side(window, qtbot, db):
    other = load_profile(SAMPLES / "minnesota-commuters.json")
    cheaper_power = replace(
        other, name="Minnesota, cheap night power", household=other.household.with_values({"electricity_price": 0.08})
    )
    save_profile(cheaper_power)
    save_profile(load_profile(SAMPLES / "texas-high-mileage.json"))
    dialog = open_dialog(window, qtbot)
    assert dialog.use_saved.isEnabled()
    choose(dialog.saved_combo, "Minnesota, cheap night power")
    assert dialog.use_saved.isChecked()
    rows = {r[0]: r for r in cells(dialog.vehicle_table)}
    assert rows["2025 Toyota RAV4 Hybrid AWD"][3] == "no change"
    assert rows["2025 Tesla Model Y Long Range AWD"][3].startswith("−$")  # cheaper electricity
    assert dialog.answer_label.text().startswith("In “Minnesota, cheap night power” rather than “Minnesota commuters”, the ")

    choose(dialog.saved_combo, "Texas high-mileage household")
    rows = cells(dialog.vehicle_table)  # Minnesota's four, then Texas's three, each in one scenario only
    assert [r[2] for r in rows[:4]] == ["not in B"] * 4 and [r[1] for r in rows[4:]] == ["not in A"] * 3
    assert rows[4][0] == "2025 Ford F150 Pickup 4WD" and rows[4][2].startswith("$")
    assert "no car is in both scenarios" in dialog.answer_label.text()
    assert "Only in “Texas high-mileage household”: " in dialog.answer_label.text()

    dialog.use_variant.click()  # back to the quick change
    assert dialog.vehicle_table.rowCount() == 4
