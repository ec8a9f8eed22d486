"""An unexpected error in the window is never silent: a message box says what failed and that nothing saved was
lost, and the traceback goes to a rotating log file in the user's data folder."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QMessageBox, QPushButton  # noqa: E402

from buyer_app.ui.error_report import LOGGER, error_message, install_error_report, log_path  # noqa: E402


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, Qt.TextFormat]]:
    boxes: list[tuple[str, str, Qt.TextFormat]] = []
    monkeypatch.setattr(
        QMessageBox,
        "exec",
        lambda box: boxes.append((box.windowTitle(), box.text(), box.textFormat())) or int(QMessageBox.StandardButton.Ok),
    )
    return boxes


@pytest.fixture
def hook_installed(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """The app's hook over a stand-in for the previous one (pytest-qt's own is set aside for this test)."""
    passed_on: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _t, exc, _tb: passed_on.append(exc))
    yield passed_on
    for handler in list(LOGGER.handlers):
        LOGGER.removeHandler(handler)
        handler.close()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_shown_and_logged(qtbot, shown, hook_installed, data_dir: Path) -> None:
    button = QPushButton("Boom")
    qtbot.addWidget(button)
    install_error_report(lambda: button, lambda: True)

    def broken() -> None:
        raise ZeroDivisionError("division by zero in the <b>test</b>")

    button.clicked.connect(broken)
    # clicked from the event loop, as in the app (some PySide versions re-raise into a Python caller of click())
    QTimer.singleShot(0, lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton))
    qtbot.waitUntil(lambda: bool(shown))
    assert [type(e) for e in hook_installed] == [ZeroDivisionError]  # stderr still gets the traceback
    [(title, text, fmt)] = shown
    assert title == "Something went wrong" and fmt == Qt.TextFormat.PlainText
    assert "ZeroDivisionError: division by zero in the <b>test</b>" in text
    assert "Nothing you saved was changed" in text and "unsaved changes are kept" in text
    assert str(log_path()) in text and log_path().parent.parent == data_dir
    logged = log_path().read_text(encoding="utf-8")
    assert "Unexpected error" in logged and "in broken" in logged and "ZeroDivisionError" in logged


def test_the_message_without_a_log_or_unsaved_changes() -> None:
    text = error_message(OSError(28, "No space left on device"), None, unsaved=False)
    assert text.startswith("Something went wrong inside Vehicle Buyer (OSError: [Errno 28] No space left on device)")
    assert "unsaved" not in text and "details were written" not in text
    long = error_message(ValueError("x" * 5000 + "\nsecond line"), None, unsaved=False)
    assert "second line" not in long and len(long) < 600


@pytest.mark.qt_no_exception_capture
def test_a_data_folder_that_cannot_be_written_still_shows_the_box(
    qtbot, shown, hook_installed, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = data_dir / "logs"
    blocker.write_text("a file where the log folder would go")
    button = QPushButton()
    qtbot.addWidget(button)
    install_error_report(lambda: button, lambda: False)
    button.clicked.connect(lambda: 1 / 0)
    QTimer.singleShot(0, button.click)
    qtbot.waitUntil(lambda: bool(shown))
    [(_title, text, _fmt)] = shown
    assert "ZeroDivisionError" in text and "details were written" not in text
