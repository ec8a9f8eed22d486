"""Start the window: recover unsaved changes, else reopen the last profile (else the newest saved one), else
welcome a first-time user with the sample households."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from buyer_app.ui.main_window import MainWindow


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


def start_window(smoke: bool = False) -> tuple[QApplication, MainWindow, bool]:
    """Everything the window does before its event loop: the application, the data folder checked, the settings
    checked, the database, the window with the profile to work on. Returns (app, window, first run). Tests call
    this to start the window exactly as a shopper does, whatever the data folder holds."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from buyer_app.core.files.resources import resource_path
    from buyer_app.core.files.storage import data_folder_problem
    from buyer_app.core.profiles.schema import Profile
    from buyer_app.core.vehicles.database import load_database
    from buyer_app.ui.error_report import install_error_report, start_log
    from buyer_app.ui.main_window import MainWindow
    from buyer_app.ui.settings_store import check_settings_file

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("Vehicle Buyer")
    app.setDesktopFileName("io.github.vehiclebuyer.BuyerApp")
    icon = resource_path("icons", "buyer-app.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    folder_problem = data_folder_problem()  # a read-only or full folder: the window opens and says so
    settings_note = "" if folder_problem else check_settings_file()
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


def run_gui(smoke: bool = False) -> int:
    from PySide6.QtCore import QTimer

    app, window, first_run = start_window(smoke)
    window.show()
    if first_run:
        from buyer_app.ui.welcome import show_welcome

        show_welcome(window)
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
