"""A what-if slider step (issue 16, item 9): the chart on show moves its lines in place, and the recovery file is
kept by its writer thread, not an fsync a step, yet holds the last state after a short pause and on close."""

from __future__ import annotations

import errno
import json

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from buyer_app.core.costs.breakeven import cost_curve  # noqa: E402
from buyer_app.core.profiles import recovery as recovery_module  # noqa: E402
from buyer_app.core.profiles.session import NoticeKind, SaveAnswer  # noqa: E402
from buyer_app.ui.main_window import MainWindow  # noqa: E402


@pytest.fixture
def window(qtbot, db):
    w = MainWindow(db)
    w.files.ask_save_changes = lambda name: SaveAnswer.DISCARD  # type: ignore[method-assign]
    w.run_bar.enabled.setChecked(False)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _drag(qtbot, window: MainWindow, steps: int) -> None:
    slider = window.whatif.sliders["gas_price"]
    slider.setFocus()
    for _ in range(steps):
        qtbot.keyClick(slider, Qt.Key.Key_Right)


def _kept_gas(window: MainWindow) -> float | None:
    if not window.recovery.path.exists():
        return None
    return json.loads(window.recovery.path.read_text())["profile"]["what_if"].get("gas_price")


def test_a_burst_of_steps_is_kept_without_a_write_a_step(window, qtbot, monkeypatch):
    at_once = []
    monkeypatch.setattr(window.recovery, "write", lambda *args: at_once.append(args))
    _drag(qtbot, window, 12)
    last = window.profile.what_if["gas_price"]
    assert last > window.profile.household.gas_price and at_once == []  # no synchronous write in the drag
    qtbot.waitUntil(lambda: _kept_gas(window) == last and not window.recovery.pending(), timeout=500)


def test_closing_right_after_a_step_leaves_the_last_state_and_nothing_pending(window, qtbot):
    _drag(qtbot, window, 3)
    window.files.ask_save_changes = lambda name: SaveAnswer.CANCEL  # type: ignore[method-assign]
    assert not window.close()  # refused: the last state is on disk now, no write left behind
    assert not window.recovery.pending() and _kept_gas(window) == window.profile.what_if["gas_price"]
    _drag(qtbot, window, 2)
    window.files.ask_save_changes = lambda name: SaveAnswer.DISCARD  # type: ignore[method-assign]
    assert window.close()
    assert not window.recovery.pending() and not window.recovery.path.exists()
    qtbot.wait(100)
    assert not window.recovery.path.exists()  # no write from before the close lands after it


def test_a_failing_write_in_a_drag_is_said_once(window, qtbot, monkeypatch):
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    told = []
    window.files.notify = lambda notice: told.append(notice.kind)  # type: ignore[method-assign]
    monkeypatch.setattr(recovery_module, "atomic_write_text", refuse)
    _drag(qtbot, window, 4)
    qtbot.waitUntil(lambda: told == [NoticeKind.AUTOSAVE_FAILED] and not window.recovery.pending(), timeout=1_000)
    _drag(qtbot, window, 2)
    window.recovery.flush()
    qtbot.wait(50)  # the relayed reports
    assert told == [NoticeKind.AUTOSAVE_FAILED]


def test_the_cost_chart_moves_its_lines_in_place(window, qtbot):
    window.chart_tabs.tabs.setCurrentIndex(window.tab_names.index("cumulative"))
    plot = window.plots["cumulative"].getPlotItem()
    _key, lines, marks = plot.cumulative_items
    legend = [label.text for _sample, label in plot.legend.items]
    _drag(qtbot, window, 5)
    assert plot.cumulative_items[1] is lines and plot.cumulative_items[2] is marks  # the same items, new figures
    curves = cost_curve(window.comparison.result)
    for k, line in enumerate(lines):
        assert np.allclose(line.yData, curves[k])
    assert [label.text for _sample, label in plot.legend.items] == legend
    assert all(v.label in " ".join(legend) for v in window.comparison.vehicles)  # every car still named


def test_the_table_is_told_only_of_the_cells_that_changed(window, qtbot):
    model = window.results_model
    told = []
    model.dataChanged.connect(lambda top, bottom, _roles=(): told.append((top.column(), bottom.column())))
    _drag(qtbot, window, 1)
    assert told and all(first > 0 for first, _last in told)  # the names did not change: not repainted and resized
    for row, vehicle in enumerate(window.comparison.vehicles):
        assert model.index(row, 0).data() == vehicle.label
        assert model.index(row, 2).data() == f"${vehicle.total_cost:,.0f}"
    told.clear()
    window.show_profile(window.profile)  # the same inputs again: no cell changed, the view is left alone
    assert told == []


def test_a_cards_lines_can_be_selected_while_the_pointer_is_over_it(window, qtbot):
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QEnterEvent
    from PySide6.QtWidgets import QApplication

    card = window.answer_cards.cards[0]
    selectable = Qt.TextInteractionFlag.TextSelectableByMouse
    assert not any(line.textInteractionFlags() & selectable for line in card.lines)  # plain while the steps come
    QApplication.sendEvent(card, QEnterEvent(QPointF(5, 5), QPointF(5, 5), QPointF(5, 5)))
    assert all(line.textInteractionFlags() & selectable for line in card.lines)
    card.headline.setSelection(0, 3)  # the reader selects a figure to copy it
    QApplication.sendEvent(card, QEvent(QEvent.Type.Leave))
    assert card.headline.textInteractionFlags() & selectable and card.headline.selectedText() == card.headline.text()[:3]
    assert not card.total.textInteractionFlags() & selectable
