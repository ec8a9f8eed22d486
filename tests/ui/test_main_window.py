"""The first window opens on the shipped database, computes and paints (offscreen)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from buyer_app.core.database import load_database  # noqa: E402
from buyer_app.ui.main_window import SAMPLE, MainWindow  # noqa: E402
from buyer_app.ui.vehicle_model import VehicleTableModel  # noqa: E402


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("BUYER_APP_DATA_DIR", str(tmp_path))


@pytest.fixture(scope="module")
def db():
    return load_database()


def test_vehicle_model_passes_qt_model_tester(qtmodeltester, db):
    model = VehicleTableModel()
    model.set_frame(db.search("2025 camry"))
    qtmodeltester.check(model)
    assert model.rowCount() == 5


def test_window_computes_sample_and_paints(qtbot, db):
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.results.rowCount() == len(SAMPLE)
    assert window.results.item(0, 0).text() == "2025 Tesla Model 3 Long Range RWD"
    assert window.results.item(0, 2).text().startswith("$")
    image = window.grab().toImage()
    assert image.width() > 800 and image.height() > 500
    assert len({image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 37)}) > 5


def test_unknown_price_asks_and_edit_recomputes(qtbot, db):
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.search.setText("2025 camry hev ff")
    rows = [r for r in range(window.model.rowCount()) if window.model.vehicle_id(r) == 48032]
    assert rows, "the 2025 Camry HEV FF LE (EPA 48032) should be found"
    window.table.selectRow(rows[0])
    window.add_selected()
    row = window.results.rowCount() - 1
    assert window.results.item(row, 1).text() == "enter price"
    assert "Enter a price" in window.verdict.text()
    window.results.item(row, 1).setText("28,400")
    assert window.results.item(row, 1).text() == "$28,400"
    assert "costs the least" in window.verdict.text()


def test_bad_price_is_explained_not_applied(qtbot, db):
    window = MainWindow(db)
    qtbot.addWidget(window)
    before = window.choices[0]
    window.results.item(0, 1).setText("-5")
    assert "not valid" in window.verdict.text()
    assert window.choices[0] == before


def test_redraw_keeps_one_legend_entry_per_vehicle(qtbot, db):
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.miles.setValue(20000)
    window.miles.setValue(21000)
    legend = window.plot.getPlotItem().legend
    names = [label.text for _, label in legend.items]
    assert names.count("2025 Tesla Model 3 Long Range RWD") == 1
