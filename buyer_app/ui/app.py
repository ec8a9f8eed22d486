"""Start the window: recover unsaved changes, else reopen the last profile (else the newest saved one), else
welcome a first-time user with the sample households.

When the last profile's saved answer is still its answer (`core.profiles.answer_cache`: the file, the app and the
vehicle data unchanged, no unsaved changes from a crash waiting), `start_preview` shows it at once, before pandas,
numpy and pyqtgraph load; the live window then takes its place (`open_window`). BUYER_APP_START_TRACE names a
file to which the times (time.time()) the preview's cards and the live window's cards first painted are appended
(benchmarks/bench_start.py).
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from buyer_app.ui.main_window import MainWindow
    from buyer_app.ui.start_preview import StartPreview

TRACE_ENV = "BUYER_APP_START_TRACE"


def open_start_profile(window: MainWindow) -> bool:
    """Put the profile to work on in the window: unsaved changes left by a crash, else the last profile, else the
    most recently saved one. False when there is none (a first run: the caller shows the welcome).

    Nothing in the data folder can stop this: each file is read defensively (regular files only, size-limited,
    type-checked), what cannot be used is set aside and said in the status bar, and an unexpected error in one
    step is logged and the next step tried."""
    from buyer_app.core.files.safe_read import is_regular_file
    from buyer_app.core.profiles.store import list_profiles
    from buyer_app.ui.error_report import LOGGER
    from buyer_app.ui.settings_store import value_text

    def attempt(step: str, action: Callable[[], bool]) -> bool:
        try:
            return action()
        except Exception as exc:  # a defect, not a bad file (those are handled inside): log it, go on
            LOGGER.exception("start-up: %s failed", step)
            window.statusBar().showMessage(
                f"Could not {step} ({type(exc).__name__}: {str(exc)[:200]}); details in the log.", 20000
            )
            return False

    if attempt("recover unsaved changes", window.recover):
        return True
    raw = value_text("last_profile")
    last = Path(raw) if raw else None

    def open_last() -> bool:
        if last is None or not is_regular_file(last):
            return False
        window.open_path(last)  # a profile that cannot be opened is set aside and the window says why
        return window.path == last

    if attempt("open the last profile", open_last):
        return True

    def open_newest() -> bool:
        newest = next((p for p in list_profiles() if p != last and not p.name.startswith(".")), None)
        if newest is None:
            return False
        window.open_path(newest)
        return window.path == newest

    return attempt("open the newest profile", open_newest)


def application() -> QApplication:
    """The application (made once), named and with its icon."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from buyer_app.core.files.resources import resource_path

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv)
    app.setApplicationName("Vehicle Buyer")
    app.setDesktopFileName("io.github.vehiclebuyer.BuyerApp")
    icon = resource_path("icons", "buyer-app.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def _trace(event: str) -> None:
    path = os.environ.get(TRACE_ENV)
    if path:
        import time

        with open(path, "a", encoding="utf-8") as out:
            out.write(f"{event} {time.time():.6f}\n")


def _traced(widget: QWidget, event: str) -> None:
    if os.environ.get(TRACE_ENV):
        from buyer_app.ui.start_preview import on_paint

        on_paint(widget, lambda: _trace(event))


def start_preview() -> StartPreview | None:
    """Show the last profile's saved answer at once and paint it, importing only Qt's widgets and light modules;
    None (nothing shown) when there is no last profile, unsaved changes from a crash wait to be recovered, the
    settings file is not a plain file of a sane size (start_window deals with it), or the saved answer is missing,
    damaged, of another version, or not the profile's answer any more."""
    from buyer_app import __version__
    from buyer_app.core.files.safe_read import is_regular_file
    from buyer_app.core.profiles.answer_cache import answer_for
    from buyer_app.core.profiles.recovery_files import orphaned
    from buyer_app.text.card import card_from_dict
    from buyer_app.ui.settings_store import MAX_SETTINGS_BYTES, settings_path, value_text

    try:
        path = settings_path()
        if not is_regular_file(path) or path.is_symlink() or path.stat().st_size > MAX_SETTINGS_BYTES or orphaned():
            return None
        raw = value_text("last_profile")
        answer = answer_for(Path(raw), __version__) if raw else None
        if answer is None:
            return None
        cards = [card_from_dict(c) for c in answer.cards]
    except (OSError, ValueError):
        return None
    app = application()
    from buyer_app.ui.start_preview import StartPreview

    preview = StartPreview(answer, cards)
    if not preview.restore():
        preview.deleteLater()
        return None
    _traced(preview.cards, "preview")
    preview.show()
    preview.wait_painted(app)
    return preview


@dataclass
class Started:
    """What `open_window` started: the application, the live window, whether this is a first run (the caller shows
    the welcome), and the preview that stood in for the window (closed by now), if there was one."""

    app: QApplication
    window: MainWindow
    first_run: bool
    preview: StartPreview | None


def open_window(smoke: bool = False) -> Started:
    """The start a shopper sees: the saved answer at once where there is one (never with --smoke, which computes
    the built-in sample), then the live window in its place; else the live window when it is ready."""
    preview = None if smoke else start_preview()
    app, window, first_run = start_window(smoke)
    _traced(window.answer_cards.cards[0] if window.answer_cards.cards else window, "window")
    if preview is not None:
        from buyer_app.ui.start_preview import hand_over

        hand_over(preview, window)
    else:
        window.show()
    return Started(app, window, first_run, preview)


def start_window(smoke: bool = False) -> tuple[QApplication, MainWindow, bool]:
    """Everything the window does before its event loop: the application, the data folder checked, the settings
    checked, the database, the window with the profile to work on. Returns (app, window, first run). Tests call
    this to start the window exactly as a shopper does, whatever the data folder holds."""
    from buyer_app.core.files.storage import data_folder_problem
    from buyer_app.core.profiles.schema import Profile
    from buyer_app.core.vehicles.database import load_database
    from buyer_app.ui.error_report import install_error_report, start_log
    from buyer_app.ui.language import apply_language
    from buyer_app.ui.main_window import MainWindow
    from buyer_app.ui.settings_store import check_settings_file

    app = application()
    folder_problem = data_folder_problem()  # a read-only or full folder: the window opens and says so
    settings_note = "" if folder_problem else check_settings_file()
    apply_language(app)  # --lang, else the window setting, else the system locale (English by default)
    if not folder_problem:
        start_log()
    db = load_database()
    # Qt, pandas and the vehicle table live as long as the app: keep them out of the collector's full
    # passes, which otherwise rescan them all (tens of ms each) while the window is built and edited
    gc.freeze()
    # --smoke computes the built-in sample and never looks at (or shows) the user's profiles or the welcome
    window = MainWindow(db) if smoke else MainWindow(db, Profile())
    install_error_report(lambda: window, lambda: not window.undo_stack.isClean())
    first_run = not smoke and not open_start_profile(window)
    if folder_problem:
        window.set_data_read_only(folder_problem)
    elif settings_note:
        window.statusBar().showMessage(settings_note, 20000)
    if db.fallback_reason:
        window.statusBar().showMessage(f"Vehicle data: {db.fallback_reason}.", 20000)
    return app, window, first_run


def show_stale_data(window: MainWindow) -> str:
    """Say in the status bar which data set is more than 12 months old and how to refresh it (unless the bar
    already says something); returns what was said."""
    from buyer_app.core.data_sets.summary import data_today, us_data_sets
    from buyer_app.text.data_sets import stale_lines

    warnings = stale_lines(us_data_sets(), data_today())
    if not warnings or window.statusBar().currentMessage():
        return ""
    text = " ".join(warnings)
    window.statusBar().showMessage(text, 30000)
    return text


def run_gui(smoke: bool = False) -> int:
    from PySide6.QtCore import QTimer

    from buyer_app.ui.pyside_imports import speed_up_pyside_imports

    speed_up_pyside_imports()  # before pandas, numpy and pyqtgraph are imported on the way to the window
    started = open_window(smoke)
    app, window, first_run = started.app, started.window, started.first_run
    del started  # the preview, closed, goes with it
    if first_run:
        from buyer_app.ui.welcome import show_welcome

        show_welcome(window)
    elif not smoke:  # after the first paint: a returning user hears of stale data too (the welcome says it)
        QTimer.singleShot(0, lambda: show_stale_data(window))
    if smoke:
        image = window.grab()  # lays the window out and paints all of it
        shot = os.environ.get("BUYER_APP_SMOKE_SCREENSHOT")
        if shot:
            image.save(shot)
        computed = window.comparison is not None and window.results_model.rowCount() == 3
        print(
            f"smoke: window painted ({image.width()}x{image.height()}, {app.platformName()}), "
            f"{window.results_model.rowCount()} vehicles computed"
        )
        QTimer.singleShot(0, app.quit)
        app.exec()
        return 0 if computed and not image.isNull() else 1
    return int(app.exec())
