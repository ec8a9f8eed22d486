"""Markup in user text: a profile name and own-incentive names like `<b>bold</b><img src=x>` or
`=HYPERLINK("http://x")` show literally in the window (title, results, details dialog, incentives tab, message
boxes), in the PDF and in compare's output; never as markup."""

from __future__ import annotations

import contextlib
import html
import io
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import Qt as GuiQt  # noqa: E402  (mightBeRichText lives in QtGui's Qt namespace)
from PySide6.QtWidgets import QLabel, QMessageBox, QTreeWidgetItemIterator, QWidget  # noqa: E402

from buyer_app.cli.main import main  # noqa: E402
from buyer_app.core.costs.choices import Incentive
from buyer_app.core.household.fields import Household  # noqa: E402
from buyer_app.core.profiles.schema import Profile, VehicleChoice  # noqa: E402
from buyer_app.core.profiles.store import save_profile  # noqa: E402
from buyer_app.ui.main_window import MainWindow  # noqa: E402
from buyer_app.ui.vehicle_details import VehicleDetailsDialog  # noqa: E402

MARKUP = "<b>bold</b><img src=x>"
FORMULA = '=HYPERLINK("http://x")'
PROFILE = Profile(
    MARKUP,
    Household(years=6),
    (
        VehicleChoice(48765, price=41000.0, incentives=(Incentive(MARKUP, 500.0), Incentive(FORMULA, 250.0))),
        VehicleChoice(48032, price=28400.0),
    ),
)


def literal(text: str, fmt: Qt.TextFormat) -> bool:
    """Whether Qt shows `text` as the characters it holds (plain text, or automatic and not taken for HTML)."""
    return fmt == Qt.TextFormat.PlainText or (fmt == Qt.TextFormat.AutoText and not GuiQt.mightBeRichText(text))


def check_widgets(root: QWidget) -> int:
    """Every label showing user text shows it literally; a tooltip holding it has it escaped. Returns how many
    labels held it."""
    seen = 0
    for label in [root, *root.findChildren(QWidget)]:
        if isinstance(label, QLabel) and (MARKUP in label.text() or FORMULA in label.text()):
            seen += 1
            assert literal(label.text(), label.textFormat()), f"label shows markup: {label.text()!r}"
        tip = label.toolTip()
        assert "<img src=x>" not in tip, f"tooltip would render the user's markup: {tip!r}"
    return seen


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Qt.TextFormat]]:
    """Message boxes (static helpers and built ones) record their text and format and answer Cancel."""
    shown: list[tuple[str, Qt.TextFormat]] = []

    def static(_parent: Any, _title: str, text: str, *_args: Any, **_kw: Any) -> QMessageBox.StandardButton:
        shown.append((text, Qt.TextFormat.AutoText))
        return QMessageBox.StandardButton.Cancel

    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(static))
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: shown.append((box.text(), box.textFormat())) or int(QMessageBox.StandardButton.Cancel)
    )
    return shown


@pytest.fixture
def window(qtbot, db, boxes) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    assert w.open_path(save_profile(PROFILE)) is None
    return w


def test_the_window_shows_user_text_literally(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert MARKUP in window.windowTitle()
    model = window.results_model
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            tip = model.index(row, column).data(Qt.ItemDataRole.ToolTipRole) or ""
            assert "<img src=x>" not in tip
    view = window.incentives_view
    window.charts.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.tree.topLevelItemCount() > 0)
    names = {}
    it = QTreeWidgetItemIterator(view.tree)
    while it.value():
        item = it.value()
        names[item.text(0)] = item
        it += 1
    assert MARKUP in names and FORMULA in names  # the tree shows item text as it is
    tip = names[MARKUP].toolTip(0)
    assert html.escape(MARKUP) in tip and MARKUP not in tip
    view.tree.setCurrentItem(names[MARKUP])
    assert MARKUP in view.detail.text() and literal(view.detail.text(), view.detail.textFormat())
    view.tree.setCurrentItem(names[FORMULA])
    assert FORMULA in view.detail.text()
    check_widgets(window)


def test_the_details_dialog_keeps_the_names_as_typed(window: MainWindow) -> None:
    dialog = VehicleDetailsDialog(window.profile.vehicles[0], "2025 Tesla Model 3", window, 41000.0)
    assert [name.text() for name, _amount in dialog.incentive_rows] == [MARKUP, FORMULA]
    check_widgets(dialog)
    assert dialog.result_choice().incentives == PROFILE.vehicles[0].incentives  # round trip unchanged


def test_message_boxes_show_names_literally(window: MainWindow, boxes: list[tuple[str, Qt.TextFormat]], tmp_path: Path) -> None:
    window.change(Profile(MARKUP, Household(years=7), PROFILE.vehicles), "edit")
    window.files.ask_save_changes(window.profile.name)  # "Save the changes to “<b>bold</b><img src=x>”?"
    window.files.session.delete()  # "Delete the saved profile “<b>bold</b><img src=x>”?"
    window.files.warn("Cannot open profile", f"“{MARKUP}” could not be opened")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"schema_version": 4, "name": MARKUP * 20}))  # too long a name: refused, and echoed
    window.open_path(bad)
    shown = [(text, fmt) for text, fmt in boxes if "<b>bold</b>" in text]
    assert len(shown) >= 4
    for text, fmt in shown:
        assert literal(text, fmt), f"message box shows markup: {text!r}"


def _pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", "", out)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed")
def test_the_pdf_prints_user_text_literally(window: MainWindow, tmp_path: Path) -> None:
    window.run_bar.enabled.setChecked(False)  # no simulation needed for this
    pdf = window.export_pdf(tmp_path / "summary.pdf")
    assert pdf is not None
    text = _pdf_text(pdf)
    assert MARKUP.replace(" ", "") in text and FORMULA in text
    profile_path = save_profile(PROFILE)
    out = tmp_path / "cli.pdf"
    code = main(["report", "--profile", str(profile_path), "--pdf", str(out), "--incentive", f"48032=300:{MARKUP}"])
    assert code == 0
    text = _pdf_text(out)
    assert text.count(MARKUP.replace(" ", "")) >= 2 and FORMULA in text  # the title and the incentives


def test_compare_output_prints_user_text_literally() -> None:
    profile_path = save_profile(PROFILE)
    for extra in ([], ["--json"]):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            assert main(["compare", "--profile", str(profile_path), *extra, "--incentive", f"48032=300:{FORMULA}"]) == 0
        text = out.getvalue()
        if extra:
            names = [d["name"] for v in json.loads(text)["vehicles"] for d in v["incentives"] if d["level"] == "custom"]
            assert names == [MARKUP, FORMULA, FORMULA]
        else:
            assert MARKUP in text and text.count(FORMULA) >= 2 and "&lt;" not in text


HOSTILE_NAME = '2025 <img src="/etc/hostname"><a href="file:///x">Evil</a> <b>Car</b>'


def _plain_texts(widget: Any) -> list[str]:
    """What every legend entry, axis label and title of a chart shows, as the characters on screen."""
    import pyqtgraph as pg

    plot = widget.getPlotItem()
    shown = [plot.titleLabel.item.toPlainText()]
    for name in ("left", "bottom"):
        shown.append(plot.getAxis(name).label.toPlainText())
    legend = plot.legend
    for item in legend.items if isinstance(legend, pg.LegendItem) else []:
        shown.append(item[1].item.toPlainText())
    return shown


def test_chart_legends_and_axis_labels_show_vehicle_names_literally(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    """A vehicle named with HTML (an imported database) appears as typed in every chart of the window and the PDF
    (they share the builders); pyqtgraph renders legends and axis labels as HTML, so they are escaped."""
    from dataclasses import replace

    from buyer_app.charts import comparison as charts
    from buyer_app.charts import uncertainty as uncertainty_charts
    from buyer_app.core.costs.compare import compare
    from buyer_app.core.uncertainty.draws import UncertaintySettings
    from buyer_app.core.uncertainty.run import run_uncertainty

    base = compare(db, Household(years=6), [VehicleChoice(48765, price=41000.0), VehicleChoice(49160, price=43000.0)])
    hostile = replace(base, vehicles=tuple(replace(v, label=f"{HOSTILE_NAME} {k}") for k, v in enumerate(base.vehicles)))
    run = run_uncertainty(hostile, UncertaintySettings(draws=500), (0, 1))
    builders = [
        charts.cumulative_chart,
        charts.breakdown_chart,
        charts.energy_chart,
        charts.co2_chart,
        charts.days_chart,
        charts.monthly_chart,
    ]
    widgets = [b(hostile) for b in builders] + [
        b(hostile, run)
        for b in (
            uncertainty_charts.cheapest_chart,
            uncertainty_charts.tornado_chart,
            uncertainty_charts.histogram_chart,
            uncertainty_charts.bands_chart,
        )
    ]
    named = 0
    for widget in widgets:
        qtbot.addWidget(widget)
        for text in _plain_texts(widget):
            if "Evil" in text:  # interpreted as HTML, the tags would vanish from what is shown
                assert "<a href=" in text or "…" in text, text
                named += 1
    assert named >= 5  # the names are there, literally, in legends and axis labels


def test_the_driving_tab_shows_file_names_and_cells_literally(window: MainWindow, tmp_path: Path) -> None:
    log = tmp_path / "<img src=x><b>log.csv"
    log.write_text("Date,Miles\n2026-01-01,<b>12</b>\n", encoding="utf-8")
    assert not window.driving.import_log(log)
    label = window.driving.problem_label
    assert "<img src=x><b>log.csv" in label.text() and "<b>12</b>" in label.text()
    assert label.textFormat() == Qt.TextFormat.PlainText
    good = tmp_path / "<i>fine.csv"
    good.write_text("Date,Miles\n" + "".join(f"2026-01-{d:02d},10\n" for d in range(1, 29)) + "2026-02-01,5\n")
    assert window.driving.import_log(good)
    assert "<i>fine.csv" in window.driving.log_label.text()
    assert window.driving.log_label.textFormat() == Qt.TextFormat.PlainText
    check_widgets(window)
