"""Unexpected errors in the window are never silent: each is written to a rotating log file in the user's
data folder and shown in a message box that says what failed and that nothing saved was lost.

Qt calls slots from its event loop, where an exception would otherwise only reach stderr (a shopper sees
nothing happen). `install_error_report` replaces `sys.excepthook` for the life of the window.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from buyer_app.core.files.storage import user_data_dir
from buyer_app.text.translate import tr

LOG_NAME = "buyer-app.log"
LOG_BYTES = 1_000_000  # each file; with the backups at most 4 MB of history
LOG_BACKUPS = 3
LOGGER = logging.getLogger("buyer_app")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def log_path() -> Path:
    return user_data_dir() / "logs" / LOG_NAME


def start_log() -> Path | None:
    """Log to the rotating file (once per process); None when the data folder cannot be written."""
    path = log_path()
    if any(isinstance(h, RotatingFileHandler) for h in LOGGER.handlers):
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    LOGGER.addHandler(handler)
    LOGGER.setLevel(logging.INFO)
    return path


def error_message(exc: BaseException, log: Path | None, unsaved: bool) -> str:
    """What the shopper reads: what failed, that nothing saved was lost, where the details are."""
    what = str(exc).strip().splitlines()[0][:300] if str(exc).strip() else tr("no details")
    text = tr(
        "Something went wrong inside Vehicle Buyer ({kind}: {what}). The action you took "
        "may not have finished.\n\nNothing you saved was changed."
    ).format(kind=type(exc).__name__, what=what)
    if unsaved:
        text += tr(" Your unsaved changes are kept: save them, or they are offered again the next time the app starts.")
    if log is not None:
        text += tr("\n\nThe details were written to {}; please include that file if you report this.").format(log)
    return text


def install_error_report(parent: Callable[[], QWidget | None], unsaved: Callable[[], bool]) -> ExceptHook:
    """Route uncaught exceptions to the log and a message box over `parent()`; returns the previous hook
    (which is still called, so stderr keeps the traceback)."""
    previous = sys.excepthook
    log = start_log()
    showing = False

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        LOGGER.error("Unexpected error:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)).rstrip())
        previous(exc_type, exc, tb)
        if showing:  # an error while the box is up (or inside it) is logged, not stacked
            return
        showing = True
        try:
            try:
                pending = unsaved()
            except Exception:  # the window itself may be what broke
                pending = False
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                tr("Something went wrong"),
                error_message(exc, log, pending),
                QMessageBox.StandardButton.Ok,
                parent(),
            )
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.exec()
        finally:
            showing = False

    sys.excepthook = hook
    return previous
