"""The data's own dates where a user looks for them: the About dialog (through its menu action) and the welcome,
one line per data set, with the stale warning when a data set is more than 12 months old on the day."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtGui import QAction  # noqa: E402
from PySide6.QtWidgets import QLabel  # noqa: E402
from ui_dialogs import Dialogs  # noqa: E402

from buyer_app.core.profiles.schema import Profile  # noqa: E402
from buyer_app.ui.main_window import MainWindow  # noqa: E402
from buyer_app.ui.welcome import WelcomeDialog  # noqa: E402

FRESH = Path(__file__).resolve().parents[1] / "data" / "fresh"
LINES = (
    "Vehicle data: EPA fueleconomy.gov, 2025-10-29",
    "Base prices: curated MSRP table, 2026-07-29",
    "Incentives: Rewiring America incentives data, 2026-08-06",
    "State figures: EIA, EPA eGRID and state sources, 2026-04-27",
)
CHINA = "China vehicles and prices: the app's China (mainland) market pack, built "
STALE = "Vehicle data: 13 months old (2025-10-29); refresh it with `buyer-app db import vehicles.csv.zip`."


@pytest.fixture
def window(qtbot, db) -> MainWindow:
    w = MainWindow(db, Profile())
    qtbot.addWidget(w)
    w.show()
    return w


def _about(window: MainWindow, dialogs: Dialogs) -> str:
    action = next(a for a in window.findChildren(QAction) if a.text().replace("&", "") == "About Vehicle Buyer")
    action.trigger()
    kind, text = dialogs.asked[-1]
    assert kind == "about"
    return text


def test_about_shows_each_data_sets_date_and_the_stale_warning(window, monkeypatch: pytest.MonkeyPatch) -> None:
    dialogs = Dialogs(monkeypatch)
    monkeypatch.setenv("BUYER_APP_TODAY", "2026-12-06")
    text = _about(window, dialogs)
    for line in LINES:
        assert line in text
    assert CHINA.replace("'", "&#x27;") in text
    assert f"<b>{STALE}</b>" in text
    monkeypatch.setenv("BUYER_APP_TODAY", "2026-06-01")
    assert "months old" not in _about(window, dialogs)


def test_about_says_when_a_data_set_is_the_users_import(window, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    from buyer_app.cli.main import main

    dialogs = Dialogs(monkeypatch)
    assert main(["db", "import", "--kind", "prices", str(FRESH / "prices_good.csv")]) == 0
    capsys.readouterr()
    assert "Base prices: your import (your curated price table prices_good.csv), 2026-11-25 (imported 20" in _about(
        window, dialogs
    )


def test_the_welcome_lists_the_data_sets_and_warns_of_stale_data(qtbot, window, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BUYER_APP_TODAY", "2026-12-06")
    dialog = WelcomeDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    data = dialog.findChild(QLabel, "welcome-data-sets")
    stale = dialog.findChild(QLabel, "welcome-stale")
    assert data is not None and stale is not None
    assert all(line in data.text().splitlines() for line in LINES) and CHINA in data.text()
    assert stale.isVisible() and stale.text() == STALE
    dialog.grab().save("/tmp/freshdata-welcome.png")
    monkeypatch.setenv("BUYER_APP_TODAY", "2026-06-01")
    fresh = WelcomeDialog(window)
    qtbot.addWidget(fresh)
    fresh.show()
    hidden = fresh.findChild(QLabel, "welcome-stale")
    assert hidden is not None and not hidden.isVisible()


def test_a_returning_user_hears_of_stale_data_in_the_status_bar(window, monkeypatch: pytest.MonkeyPatch) -> None:
    from buyer_app.ui.app import show_stale_data

    monkeypatch.setenv("BUYER_APP_TODAY", "2026-12-06")
    window.statusBar().clearMessage()
    assert show_stale_data(window) == STALE
    assert window.statusBar().currentMessage() == STALE
    window.statusBar().clearMessage()
    monkeypatch.setenv("BUYER_APP_TODAY", "2026-06-01")
    assert show_stale_data(window) == "" and window.statusBar().currentMessage() == ""
