"""The window the way a shopper meets it: every menu and toolbar action triggered as a click or a shortcut
triggers it (`QAction.trigger()`), every button clicked, the dialogs answered at Qt's level, and the outcome
checked on disk and on screen.

The first version's suite called the methods behind the actions directly and stayed green while Export PDF,
Export CSV and Save As did nothing in the real window (`triggered(bool)` landed in an optional parameter),
and Rename lost the driving pattern. An exception escaping any slot fails the test (pytest-qt's capture,
checked below).
"""

from __future__ import annotations

import csv
import subprocess
from collections.abc import Iterator
from dataclasses import fields, replace
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QAction  # noqa: E402
from PySide6.QtPrintSupport import QPrintPreviewDialog  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QLineEdit, QMenu, QMessageBox, QPushButton, QToolBar  # noqa: E402
from ui_dialogs import Dialogs  # noqa: E402

from buyer_app.core.profiles.samples import load_sample  # noqa: E402
from buyer_app.core.profiles.schema import Profile, load_profile  # noqa: E402
from buyer_app.core.profiles.store import path_for, profiles_dir, save_profile  # noqa: E402
from buyer_app.ui.file_controller import FileController  # noqa: E402
from buyer_app.ui.main_window import MainWindow  # noqa: E402
from buyer_app.ui.vehicle_details import VehicleDetailsDialog  # noqa: E402

# the real question boxes, not the conftest's silent stand-ins: the dialogs are answered at Qt's level here
ASK_SAVE, WARN, ASK_IN_USE = FileController.ask_save_changes, FileController.warn, FileController.ask_open_read_only
YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    monkeypatch.setattr(FileController, "ask_save_changes", ASK_SAVE)
    monkeypatch.setattr(FileController, "warn", WARN)
    monkeypatch.setattr(FileController, "ask_open_read_only", ASK_IN_USE)
    return Dialogs(monkeypatch)


@pytest.fixture
def texas() -> Profile:
    return load_sample("texas-high-mileage")


@pytest.fixture
def window(qtbot, db, dialogs: Dialogs, texas: Profile) -> Iterator[MainWindow]:
    """The window on the Texas sample saved in the user's profiles, as the welcome leaves it."""
    leftover: list[object] = []

    def before_close(w: MainWindow) -> None:
        leftover.extend([*dialogs.files, *dialogs.names, *dialogs.buttons])
        dialogs.files.clear(), dialogs.names.clear(), dialogs.buttons.clear()
        if w.isVisible() and not w.undo_stack.isClean():  # closing asks to save: the test's edits are discarded
            dialogs.buttons.append(QMessageBox.StandardButton.Discard)

    w = MainWindow(db, Profile())
    qtbot.addWidget(w, before_close_func=before_close)
    assert w.open_path(save_profile(texas)) is None
    w.show()
    qtbot.waitExposed(w)
    yield w
    assert not leftover, f"queued answers never asked for: {leftover}"


def press_on_window(window: MainWindow, key: Qt.Key, modifier: Qt.KeyboardModifier) -> None:
    """A key press delivered to the window as the window system delivers it (shortcuts are matched there), with
    the window active as it is under a user's hands."""
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    QTest.keyClick(window.windowHandle(), key, modifier)


def actions(window: MainWindow) -> dict[str, QAction]:
    """Every action a user can reach from the menus and the toolbar, by its menu text without '&'."""
    found: dict[str, QAction] = {}

    def walk(menu: QMenu) -> None:
        for act in menu.actions():
            if act.menu() is not None:
                walk(act.menu())
            elif not act.isSeparator():
                found[_name(act)] = act

    for top in window.menuBar().actions():
        walk(top.menu())
    for bar in window.findChildren(QToolBar):
        for act in bar.actions():
            if not act.isSeparator():
                found.setdefault(_name(act), act)
    return found


def _name(act: QAction) -> str:
    text = act.text().replace("&", "")
    return text.split()[0] if text.startswith(("Undo", "Redo")) else text  # "Undo Change household" -> "Undo"


def every_field_equal(a: Profile, b: Profile) -> None:
    for f in fields(Profile):
        if f.name != "name":
            assert getattr(a, f.name) == getattr(b, f.name), f"{f.name} differs"


EXERCISED = {
    "New",
    "Open…",
    "Save",
    "Save As…",
    "Duplicate…",
    "Rename…",
    "Delete…",
    "Import Profile…",
    "Export Profile…",
    "Export PDF…",
    "Export PDF with Appendix…",
    "Export CSV…",
    "Export XLSX…",
    "Print…",
    "Quit",
    "Undo",
    "Redo",
    "About Vehicle Buyer",
    "Compare scenarios…",
}


def test_every_action_in_the_menus_and_toolbar_is_exercised_here(window: MainWindow) -> None:
    """A new menu entry must get a test in this file (the recent-files entries are tested apart)."""
    recent = {a.text() for a in window.recent_menu.actions()}
    assert recent == {path_for("Texas high-mileage household").stem}  # tested in test_new_open_and_open_recent
    assert set(actions(window)) - recent == EXERCISED


def test_compare_scenarios_by_its_menu_entry_and_export_by_its_button(
    window: MainWindow, dialogs: Dialogs, tmp_path: Path, qtbot
) -> None:
    from buyer_app.ui.scenarios_dialog import ScenariosDialog

    actions(window)["Compare scenarios…"].trigger()
    dialog = window.findChild(ScenariosDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.use_saved, Qt.MouseButton.LeftButton)  # Texas is saved: itself, unchanged
    assert {dialog.vehicle_table.item(r, 3).text() for r in range(dialog.vehicle_table.rowCount())} == {"no change"}
    qtbot.mouseClick(dialog.use_variant, Qt.MouseButton.LeftButton)
    dialog.variant_combo.setCurrentIndex(dialog.variant_combo.findText("take a loan"))
    dialog.variant_combo.activated.emit(dialog.variant_combo.currentIndex())
    assert dialog.answer_label.text().startswith("With a loan, the ")
    target = tmp_path / "loan.pdf"
    dialogs.files.append(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialogs.asked == [("save", "Export PDF")]
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "Texas high-mileage household, take a loan" in text and "Maverick" in text
    dialog.close()


def test_the_suite_fails_on_an_exception_in_a_slot(request: pytest.FixtureRequest) -> None:
    """pytest-qt turns an exception escaping a slot into a failure unless told not to: never turned off."""
    assert not request.config.getini("qt_no_exception_capture")
    assert request.node.get_closest_marker("qt_no_exception_capture") is None


def test_export_pdf_by_its_menu_entry_and_its_shortcut(window: MainWindow, dialogs: Dialogs, tmp_path: Path, qtbot) -> None:
    act = actions(window)["Export PDF…"]
    assert act.shortcut().toString() == "Ctrl+E"
    target = tmp_path / "texas.pdf"
    dialogs.files.append(str(target))
    act.trigger()
    assert dialogs.asked == [("save", "Export PDF")]
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "F-150 Lightning" in text and "Maverick" in text
    assert window.statusBar().currentMessage() == f"Wrote {target}"
    # the shortcut, as a keyboard user presses it
    second = tmp_path / "again.pdf"
    dialogs.files.append(str(second))
    press_on_window(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert second.stat().st_size > 10_000
    dialogs.files.append("")  # Cancel: nothing written, nothing said
    act.trigger()
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == ["again.pdf", "texas.pdf"]


def test_export_pdf_with_the_appendix_by_its_menu_entry(window: MainWindow, dialogs: Dialogs, tmp_path: Path) -> None:
    """The menu entry asks for a file and writes the summary and the appendix; Export PDF… stays two pages."""
    act = actions(window)["Export PDF with Appendix…"]
    full, short = tmp_path / "full.pdf", tmp_path / "short.pdf"
    dialogs.files.append(str(full))
    act.trigger()
    dialogs.files.append(str(short))
    actions(window)["Export PDF…"].trigger()
    assert dialogs.asked == [("save", "Export PDF with appendix"), ("save", "Export PDF")]

    def pages(pdf: Path) -> int:
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        return int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))

    assert pages(short) <= 2 < pages(full)
    text = subprocess.run(["pdftotext", str(full), "-"], capture_output=True, text=True, check=True).stdout
    assert "Year by year" in text and "Methodology and sources" in text and "Lightning" in text
    assert window.statusBar().currentMessage() == f"Wrote {short}"
    dialogs.files.append("")  # Cancel: nothing written
    act.trigger()
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == ["full.pdf", "short.pdf"]


def test_export_csv_writes_a_row_per_vehicle_year_and_category(window: MainWindow, dialogs: Dialogs, tmp_path: Path) -> None:
    target = tmp_path / "texas.csv"
    dialogs.files.append(str(target))
    actions(window)["Export CSV…"].trigger()
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert {r["vehicle"] for r in rows} == {v.label for v in window.comparison.vehicles}
    assert {int(r["year"]) for r in rows if r["year"].isdigit()} == set(range(1, 9))  # the sample keeps it 8 years
    assert window.statusBar().currentMessage() == f"Wrote {target} ({len(rows)} rows)"


def test_export_xlsx_writes_the_workbook_the_comparison_shows(
    window: MainWindow, dialogs: Dialogs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    from buyer_app.core.costs.model import CATEGORIES

    target = tmp_path / "texas"  # no extension typed: the workbook gets .xlsx
    dialogs.files.append(str(target))
    actions(window)["Export XLSX…"].trigger()
    written = tmp_path / "texas.xlsx"
    c = window.comparison
    assert c is not None
    wb = openpyxl.load_workbook(written)
    assert wb.sheetnames[0] == "Summary" and wb.sheetnames[-1] == "Assumptions" and len(wb.sheetnames) == len(c.vehicles) + 2
    for row, v in enumerate(c.vehicles, start=2):
        assert wb["Summary"].cell(row, 1).value == v.label
        assert wb["Summary"].cell(row, 4).value == pytest.approx(v.total_cost, abs=0.006)
        sheet = wb.worksheets[row - 1]
        for y in range(c.household.years):
            cells = [cell.value for cell in sheet[y + 2]]
            assert cells[1 : len(CATEGORIES) + 1] == pytest.approx([v.yearly_costs[k][y] for k in CATEGORIES], abs=0.006)
            assert cells[-1] == pytest.approx(v.cumulative[y], abs=0.006)
    assert window.statusBar().currentMessage() == f"Wrote {written} ({len(c.vehicles) + 2} sheets)"
    # a write that fails: told, and the file already there is left as it was
    before = written.read_bytes()

    def refuse(*_args: object) -> None:
        raise OSError(13, "Permission denied")

    import os

    with monkeypatch.context() as m:
        m.setattr(os, "replace", refuse)
        dialogs.files.append(str(written))
        dialogs.buttons.append(QMessageBox.StandardButton.Ok)
        actions(window)["Export XLSX…"].trigger()
    assert written.read_bytes() == before and sorted(p.name for p in tmp_path.glob("*texas*")) == ["texas.xlsx"]
    told = dialogs.asked[-1]
    assert told[0] == "box" and "Permission denied" in told[1] and "Nothing was changed" in told[1]
    dialogs.files.append("")  # Cancel: nothing written
    actions(window)["Export XLSX…"].trigger()


def test_save_as_duplicate_and_rename_carry_every_field(window: MainWindow, dialogs: Dialogs, texas: Profile) -> None:
    original = path_for(texas.name)
    assert texas.driving.kind == "weekly"  # what the first version's Rename lost
    # Save As
    dialogs.names.append(("Texas with a charger", True))
    actions(window)["Save As…"].trigger()
    saved = load_profile(path_for("Texas with a charger"))
    every_field_equal(saved, texas)
    assert saved.name == "Texas with a charger" and window.path == path_for("Texas with a charger")
    assert load_profile(original) == texas  # Save As leaves the original alone
    # Duplicate (of the file on show)
    dialogs.names.append(("Texas duplicate", True))
    actions(window)["Duplicate…"].trigger()
    every_field_equal(load_profile(path_for("Texas duplicate")), texas)
    assert window.path == path_for("Texas duplicate") and path_for("Texas with a charger").exists()
    # Rename: the new file is there and equal, the old one gone
    dialogs.names.append(("Texas renamed", True))
    actions(window)["Rename…"].trigger()
    renamed = load_profile(path_for("Texas renamed"))
    every_field_equal(renamed, texas)
    assert not path_for("Texas duplicate").exists() and window.path == path_for("Texas renamed")
    assert window.profile == renamed
    # Cancel at the name: nothing changes
    dialogs.names.append(("ignored", False))
    actions(window)["Rename…"].trigger()
    assert sorted(p.name for p in profiles_dir().glob("*.json")) == [
        "Texas-high-mileage-household.json",
        "Texas-renamed.json",
        "Texas-with-a-charger.json",
    ]


def test_a_rename_onto_a_taken_name_is_refused_and_keeps_both(window: MainWindow, dialogs: Dialogs, texas: Profile) -> None:
    other = save_profile(replace(texas, name="Other"))
    before = other.read_bytes()
    dialogs.names.append(("Other", True))
    dialogs.buttons.append(QMessageBox.StandardButton.Ok)  # "Not done: a name no other saved profile uses"
    actions(window)["Rename…"].trigger()
    assert "name" in dialogs.asked[-1][1] and "Other" in dialogs.asked[-1][1]
    assert other.read_bytes() == before and load_profile(path_for(texas.name)) == texas


def type_into(qtbot, editor: QLineEdit, text: str) -> None:
    """Select what the field holds, type `text` key by key, press Enter (as a user edits a field)."""
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_save_after_an_edit_writes_what_is_on_screen(window: MainWindow, dialogs: Dialogs, texas: Profile, qtbot) -> None:
    type_into(qtbot, window.household.editors["years"], "12")
    assert window.isWindowModified()
    actions(window)["Save"].trigger()
    assert load_profile(path_for(texas.name)) == window.profile and window.profile.household.years == 12
    assert not window.isWindowModified()


def test_undo_and_redo_by_their_actions(window: MainWindow, texas: Profile, qtbot) -> None:
    type_into(qtbot, window.household.editors["years"], "3")
    acts = actions(window)
    acts["Undo"].trigger()
    assert window.profile == texas
    acts["Redo"].trigger()
    assert window.profile.household.years == 3


def test_new_open_and_open_recent(window: MainWindow, dialogs: Dialogs, texas: Profile) -> None:
    acts = actions(window)
    acts["New"].trigger()
    assert window.path is None and window.profile == Profile()
    dialogs.files.append(str(path_for(texas.name)))
    acts["Open…"].trigger()
    assert window.profile == texas
    acts["New"].trigger()
    recent = [a for a in window.recent_menu.actions() if a.text() == path_for(texas.name).stem]
    assert recent
    recent[0].trigger()
    assert window.profile == texas and window.path == path_for(texas.name)


def test_new_with_unsaved_changes_asks_and_cancel_keeps_them(window: MainWindow, dialogs: Dialogs, qtbot) -> None:
    type_into(qtbot, window.household.editors["years"], "4")
    dialogs.buttons.append(QMessageBox.StandardButton.Cancel)
    actions(window)["New"].trigger()
    assert window.profile.household.years == 4 and dialogs.asked[-1][0] == "box"


def test_delete_asks_no_by_default_and_deletes_on_yes(
    window: MainWindow, dialogs: Dialogs, texas: Profile, monkeypatch: pytest.MonkeyPatch
) -> None:
    defaults: list[QMessageBox.StandardButton] = []
    real_box = Dialogs._box

    def remember_default(box: QMessageBox) -> int:
        defaults.append(box.standardButton(box.defaultButton()))
        return real_box(dialogs, box)

    monkeypatch.setattr(QMessageBox, "exec", remember_default)
    dialogs.buttons.append(NO)
    actions(window)["Delete…"].trigger()
    assert path_for(texas.name).exists() and defaults == [NO]  # Enter keeps the file
    dialogs.buttons.append(YES)
    actions(window)["Delete…"].trigger()
    assert not path_for(texas.name).exists() and window.path is None


def test_export_then_import_a_profile(window: MainWindow, dialogs: Dialogs, texas: Profile, tmp_path: Path) -> None:
    outside = tmp_path / "shared with a friend.json"
    dialogs.files.append(str(outside))
    actions(window)["Export Profile…"].trigger()
    assert load_profile(outside) == texas
    dialogs.files.append(str(outside))
    actions(window)["Import Profile…"].trigger()
    imported = path_for(f"{texas.name} 2")  # the name is taken: a free one is chosen
    assert load_profile(imported) == texas and window.path == imported


def test_print_renders_the_summary(window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Print… opens the preview; the preview's paint request renders the summary (here into a PDF printer)."""
    from PySide6.QtPrintSupport import QPrinter

    target = tmp_path / "printed.pdf"

    def preview(dialog: QPrintPreviewDialog) -> int:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        dialog.paintRequested.emit(printer)
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", preview)
    actions(window)["Print…"].trigger()
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "Maverick" in text


def test_about_names_the_data(window: MainWindow, dialogs: Dialogs) -> None:
    actions(window)["About Vehicle Buyer"].trigger()
    assert dialogs.asked[-1][0] == "about" and "fueleconomy.gov" in dialogs.asked[-1][1]


def test_quit_closes_the_window_and_leaves_no_recovery_file(window: MainWindow, data_dir: Path) -> None:
    actions(window)["Quit"].trigger()
    assert not window.isVisible()
    assert not window.recovery.path.exists() and not (data_dir / "autosave.json").exists()
    assert not list(profiles_dir().glob("*.lock"))


def test_every_button_of_the_results_can_be_clicked(window: MainWindow, monkeypatch: pytest.MonkeyPatch, texas: Profile) -> None:
    """Remove, Move up / down and the details button, clicked: each does what it says or says why not."""
    monkeypatch.setattr(VehicleDetailsDialog, "exec", lambda self: VehicleDetailsDialog.DialogCode.Rejected)
    buttons = {b.text().replace("&", ""): b for b in window.findChildren(QPushButton)}
    window.results.selectRow(1)
    buttons["Move up"].click()
    assert [v.id for v in window.profile.vehicles] == [texas.vehicles[1].id, texas.vehicles[0].id, texas.vehicles[2].id]
    buttons["Move down"].click()
    assert window.profile.vehicles == texas.vehicles
    buttons["Used, own incentives, insurance, lease, heat pump…"].click()  # opens, cancelled: unchanged
    assert window.profile == texas
    buttons["Remove"].click()
    assert [v.id for v in window.profile.vehicles] == [texas.vehicles[0].id, texas.vehicles[2].id]
    window.results.clearSelection()
    buttons["Used, own incentives, insurance, lease, heat pump…"].click()
    assert "Select one vehicle" in window.statusBar().currentMessage()


def test_every_push_button_in_the_window_clicks_without_an_error(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """Any other button (Sources, reset what-ifs, defaults, run again, the picker's Add…) clicked once: an
    exception escaping its slot would fail this test."""
    from PySide6.QtWidgets import QDialog

    monkeypatch.setattr(QDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(QDialog, "show", lambda self: None)
    for button in window.findChildren(QPushButton):
        if button.isVisible() and button.isEnabled():
            button.click()


def test_sample_files_stay_untouched(window: MainWindow, dialogs: Dialogs) -> None:
    """Nothing the window does writes into the shipped samples."""
    from buyer_app.core.profiles.samples import samples_dir

    before = {p.name: p.read_bytes() for p in samples_dir().glob("*.json")}
    dialogs.names.append(("Elsewhere", True))
    actions(window)["Save As…"].trigger()
    assert {p.name: p.read_bytes() for p in samples_dir().glob("*.json")} == before


def test_each_menus_access_keys_are_unique(window: MainWindow) -> None:
    """Alt+F then a letter runs the entry only if no other entry of the menu has that letter (Export PDF and
    Print both had P: the letter only moved the highlight, found by the real-X test)."""
    import re

    for top in window.menuBar().actions():
        keys = [m.group(1).lower() for a in top.menu().actions() if (m := re.search(r"&(\w)", a.text()))]
        assert len(keys) == len(set(keys)), (top.text(), sorted(keys))
