"""First run: the welcome with the sample households and a blank start; later starts reopen the last profile;
--smoke never shows the welcome. Plus File > Export CSV…."""

from __future__ import annotations

import csv
import gc
import json
from datetime import date

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QCommandLinkButton, QLabel  # noqa: E402

from buyer_app.core.profiles.samples import list_samples, load_sample  # noqa: E402
from buyer_app.core.profiles.schema import Profile  # noqa: E402
from buyer_app.core.profiles.store import path_for, profiles_dir, save_profile  # noqa: E402
from buyer_app.ui import welcome as welcome_module  # noqa: E402
from buyer_app.ui.app import open_start_profile  # noqa: E402
from buyer_app.ui.file_controller import FileController  # noqa: E402
from buyer_app.ui.main_window import MainWindow, settings  # noqa: E402
from buyer_app.ui.welcome import WelcomeDialog, data_text, show_welcome  # noqa: E402


def start(qtbot, db):
    """What run_gui does, without the event loop: a blank window, then the start profile or the welcome."""
    window = MainWindow(db, Profile())
    qtbot.addWidget(window)
    first_run = not open_start_profile(window)
    window.show()
    dialog = show_welcome(window) if first_run else None
    return window, dialog


def texts(dialog: WelcomeDialog) -> str:
    return "\n".join(w.text() for w in dialog.findChildren(QLabel))


def test_first_run_welcomes_with_samples_data_dates_and_a_blank_start(qtbot, db, data_dir):
    window, dialog = start(qtbot, db)
    assert dialog is not None and dialog.isVisible() and dialog.isModal()
    assert window.profile == Profile() and window.path is None
    shown = texts(dialog)
    assert "battery-electric car, a plug-in hybrid, a hybrid or a gasoline car" in shown
    assert db.metadata["source_date"] in shown and "vehicles.csv" in shown  # 2025-10-29
    assert db.prices_as_of in shown
    assert "2026-08-06" in shown and "Rewiring America" in shown
    assert "2025-07 to 2026-04" in shown and "EIA" in shown and "eGRID2023" in shown
    assert str(profiles_dir()) in shown and "illustrative" in shown
    buttons = dialog.findChildren(QCommandLinkButton)
    samples = list_samples()
    assert [b.text() for b in buttons] == [s.name for s in samples] + ["Start blank"]
    assert [b.description() for b in buttons[:-1]] == [s.description for s in samples]
    assert len(samples) == 7  # one per persona, and the China market's Shanghai family
    dialog.blank_button.click()
    assert not dialog.isVisible() and window.profile == Profile() and window.path is None
    assert not profiles_dir().exists() or not list(profiles_dir().glob("*.json"))
    window.close()
    # nothing was saved, so the next start welcomes again
    _, again = start(qtbot, db)
    assert again is not None


def test_a_sample_is_copied_to_the_profiles_folder_opened_and_reopened_next_time(qtbot, db, data_dir):
    window, dialog = start(qtbot, db)
    sample = next(s for s in list_samples() if s.key == "california-renters")
    dialog.sample_buttons[[s.key for s in list_samples()].index(sample.key)].click()
    target = path_for(sample.name)
    assert target.parent == profiles_dir() == data_dir / "profiles" and target.exists()
    assert window.path == target and window.profile.name == sample.name
    assert window.profile.household.state == "CA" and window.undo_stack.isClean()
    assert json.loads(target.read_text(encoding="utf-8"))["name"] == sample.name
    assert window.comparison is not None and window.results_model.rowCount() == 3
    assert settings().value("last_profile") == str(target)
    window.close()
    # later starts reopen it, without a welcome
    again, none = start(qtbot, db)
    assert none is None and again.path == target and again.profile == load_sample(sample)
    again.close()
    # the same sample chosen again (say after a reinstall) does not overwrite the user's copy
    settings().remove("last_profile")
    target.unlink()
    window3, dialog3 = start(qtbot, db)
    save_profile(Profile(sample.name), path_for(sample.name))  # a profile of that name appeared meanwhile
    dialog3.choose(sample)
    assert window3.path == path_for(f"{sample.name} 2") and path_for(sample.name).exists()
    assert json.loads(path_for(sample.name).read_text(encoding="utf-8"))["vehicles"] == []


def test_no_welcome_when_there_is_a_profile_or_changes_to_recover(qtbot, db, data_dir):
    mine = save_profile(Profile("Our plan"), path_for("Our plan"))
    # no last profile remembered (say it was deleted), but a saved one exists: the newest opens
    window, dialog = start(qtbot, db)
    assert dialog is None and window.path == mine
    window.close()
    # unsaved changes from a crash are recovered first
    (data_dir / "autosave.json").write_text(
        json.dumps({"path": None, "profile": {"schema_version": 4, "name": "Recovered"}}), encoding="utf-8"
    )
    window2, dialog2 = start(qtbot, db)
    assert dialog2 is None and window2.profile.name == "Recovered"
    window2.close()


def test_an_unreadable_last_profile_is_reported_then_the_welcome_offers_a_start(qtbot, db, data_dir, monkeypatch):
    warnings: list[str] = []
    monkeypatch.setattr(FileController, "warn", lambda self, title, text: warnings.append(text))
    broken = path_for("broken")
    broken.parent.mkdir(parents=True, exist_ok=True)
    broken.write_text("{not json", encoding="utf-8")
    s = settings()
    s.setValue("last_profile", str(broken))
    s.sync()
    window, dialog = start(qtbot, db)
    assert warnings and "could not be opened" in warnings[0]
    assert broken.read_text(encoding="utf-8") == "{not json"  # never overwritten
    assert dialog is not None and window.path is None


def test_smoke_never_shows_the_welcome(qtbot, qapp, db, data_dir, monkeypatch, capsys):
    from buyer_app.ui import app as app_module

    shown: list[object] = []
    monkeypatch.setattr(welcome_module, "show_welcome", lambda window: shown.append(window))
    monkeypatch.setattr(app_module, "open_start_profile", lambda window: pytest.fail("--smoke looked for a profile"))
    try:
        assert app_module.run_gui(smoke=True) == 0
    finally:
        gc.unfreeze()
        # run_gui's quit leaves the shared application quitting: every later event loop (qtbot.wait) returns at once
        # and nothing posted is delivered (timers, a queued signal from another thread). One more exec, quit at
        # once, clears that for the tests that follow in this process.
        QTimer.singleShot(0, qapp.quit)
        qapp.exec()
    assert shown == [] and "3 vehicles computed" in capsys.readouterr().out
    assert not (data_dir / "profiles").exists()


def test_data_text_says_how_old_the_data_are(db):
    text = data_text(db.metadata, db.prices_as_of, db.origin, today=date(2026, 11, 26))
    assert "2025-10-29 (12 months old)" in text and "2026-08-06 (3 months old)" in text
    assert "imported" in data_text(db.metadata, db.prices_as_of, "imported", today=date(2026, 11, 26))


def test_export_csv_from_the_file_menu(qtbot, db, tmp_path, monkeypatch):
    warnings: list[str] = []
    monkeypatch.setattr(FileController, "warn", lambda self, title, text: warnings.append(text))
    window = MainWindow(db, load_sample("minnesota-commuters"))
    qtbot.addWidget(window)
    actions = {a.text(): a for a in window.menuBar().actions()[0].menu().actions()}
    assert "Export &CSV…" in actions
    out = tmp_path / "mn.csv"
    assert window.export_csv(out) == out
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert window.comparison is not None
    for v in window.comparison.vehicles:
        total = [r for r in rows if r["vehicle_id"] == str(v.id) and r["category"] == "total"]
        assert float(total[0]["amount_usd"]) == pytest.approx(v.total_cost, abs=0.006)
    # a refused path: a message, and nothing else changes
    before = (window.profile, window.path, window.undo_stack.count(), window.undo_stack.isClean())
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    assert window.export_csv(blocker / "mn.csv") is None
    assert window.export_csv(tmp_path) is None
    assert len(warnings) == 2 and all("Could not write" in w for w in warnings)
    assert (window.profile, window.path, window.undo_stack.count(), window.undo_stack.isClean()) == before
    assert blocker.read_text(encoding="utf-8") == "x"
    # nothing to export: said in the status bar, no file
    window.load(Profile(), None)
    assert window.export_csv(tmp_path / "empty.csv") is None and not (tmp_path / "empty.csv").exists()


def test_the_choice_under_the_keyboard_is_visible(qtbot, db, data_dir):
    """Issue 16: the welcome's choices showed no keyboard focus. The dialog draws a frame on the focused choice (the
    platform style draws none on these buttons; seen in a screenshot)."""
    window = MainWindow(db, Profile())
    qtbot.addWidget(window)
    dialog = WelcomeDialog(window)
    qtbot.addWidget(dialog)
    rule = dialog.styleSheet().split("QCommandLinkButton:focus", 1)[1]
    assert "border: 2px solid palette(highlight)" in rule.split("}", 1)[0]


def test_the_welcome_names_the_china_pack_data_for_a_china_profile_or_a_chinese_reader(qtbot, qapp, db, data_dir):
    """Issue 17: over a China profile (or in Chinese) the welcome's data paragraph names the pack's data and dates,
    not only the US data; over a US profile in English it reads as before."""
    from buyer_app.core.data_sets.summary import market_data_sets
    from buyer_app.text.translate import use_language
    from buyer_app.ui.language import apply_language

    dates = {s.key: s.as_of for s in market_data_sets("cn")}
    text = welcome_module.market_text("cn", today=date(2026, 11, 26))
    assert text.startswith("The China (mainland) market (the app's pack, built ")
    assert f"with prices as of {dates['cn-vehicles']} (" in text and f"incentives checked {dates['cn-incentives']}" in text
    us = MainWindow(db, Profile())
    qtbot.addWidget(us)
    assert "China" not in texts(WelcomeDialog(us)).split("Vehicle data:")[0]
    china = MainWindow(db, load_sample("shanghai-family"))
    qtbot.addWidget(china)
    assert "The China (mainland) market (the app's pack" in texts(WelcomeDialog(china))
    try:
        use_language("zh_CN")
        apply_language(qapp, "zh_CN")
        words = texts(WelcomeDialog(us))
        assert "中国大陆" in words and dates["cn-vehicles"] in words and dates["cn-regions"] in words
    finally:
        use_language("en")
        apply_language(qapp, "en")
