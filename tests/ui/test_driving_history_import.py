"""The Driving tab's import button with a driving history of each kind: the format found is said, the log's
temperatures can become the climate, and a refused file changes nothing (the previous log stays)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QFileDialog, QTabWidget  # noqa: E402

from buyer_app.core.driving.logs import MI_PER_KM, day_of_year  # noqa: E402
from buyer_app.ui.main_window import MainWindow  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "data" / "driving"


@pytest.fixture
def window(qtbot, db):
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    qtbot.waitExposed(w)
    return w


def _click_import(window, qtbot, monkeypatch, path: Path, asked: list[str]) -> None:
    def pick(parent, caption, folder, filters):  # the file dialog as the user answers it
        asked.append(filters)
        return str(path), filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick)
    panel = window.driving
    for tabs in window.findChildren(QTabWidget):  # bring the Driving tab to the front, as the user does
        for k in range(tabs.count()):
            if tabs.widget(k).isAncestorOf(panel):
                tabs.setCurrentIndex(k)
    panel.kind.setCurrentIndex(panel.kind.findData("log"))  # the log page, where the button is
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)


def test_import_button_reads_a_teslamate_export_and_offers_its_temperatures(window, qtbot, monkeypatch):
    asked: list[str] = []
    _click_import(window, qtbot, monkeypatch, DATA / "teslamate_drives.csv", asked)
    assert "*.json" in asked[0] and "*.csv" in asked[0]  # the dialog accepts CSV and JSON
    panel = window.driving
    label = panel.log_label.text()
    assert label.startswith("teslamate_drives.csv: TeslaMate drives export: 576 drives") and panel.problem_label.text() == ""
    driving = window.profile.driving
    assert driving.kind == "log" and driving.format == "teslamate_drives"
    # 4 March 2025: 12.4 + 3.1 + 12.6 km = 28.1 km
    assert driving.miles[day_of_year(date(2025, 3, 4))] == pytest.approx(28.1 * MI_PER_KM)
    assert panel.log_temps_button.isVisible()
    qtbot.mouseClick(panel.log_temps_button, Qt.MouseButton.LeftButton)
    assert window.profile.climate is not None and window.profile.climate.monthly_f[2] == pytest.approx(39.2)  # March 4 C
    assert panel.climate_combo.currentData() == "manual"


def test_a_refused_history_keeps_the_previous_log(window, qtbot, monkeypatch, tmp_path):
    asked: list[str] = []
    _click_import(window, qtbot, monkeypatch, DATA / "takeout_semantic_segments.json", asked)
    panel = window.driving
    assert "Google Takeout location history (on-device Timeline)" in panel.log_label.text()
    assert "not counted as driving: walking 5" in panel.log_label.text()
    assert not panel.log_temps_button.isVisible()  # Takeout records no temperatures
    kept, kept_label = window.profile.driving, panel.log_label.text()
    bad = tmp_path / "sessions.csv"
    bad.write_text((DATA / "evcc_sessions.csv").read_text().replace(",15790,", ",14790,"))
    _click_import(window, qtbot, monkeypatch, bad, asked)
    problem = panel.problem_label.text()
    assert "sessions.csv was not imported (nothing changed)" in problem and "line 5" in problem and "never goes down" in problem
    assert window.profile.driving == kept and panel.log_label.text() == kept_label
    window.grab().save("/tmp/driving-refused.png")
