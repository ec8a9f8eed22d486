"""Start the window: recover unsaved changes, else reopen the last profile (else the newest saved one), else
welcome a first-time user with the sample households."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from buyer_app.core.storage import user_data_dir

if TYPE_CHECKING:
    from buyer_app.ui.main_window import MainWindow


def open_start_profile(window: MainWindow) -> bool:
    """Put the profile to work on in the window: unsaved changes left by a crash, else the last profile, else the
    most recently saved one. False when there is none (a first run: the caller shows the welcome)."""
    from buyer_app.core.profile_store import list_profiles
    from buyer_app.ui.main_window import settings

    if window.recover():
        return True
    raw = settings().value("last_profile")
    last = Path(str(raw)) if raw else None
    if last is not None and last.exists():
        window.open_path(last)  # a profile that cannot be opened is set aside and the window says why
        if window.path == last:
            return True
    newest = next((p for p in list_profiles() if p != last and not p.name.startswith(".")), None)
    if newest is not None:
        window.open_path(newest)
        if window.path == newest:
            return True
    return False


def run_gui(smoke: bool = False) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from buyer_app.core.database import load_database
    from buyer_app.core.profile import Profile
    from buyer_app.core.resources import resource_path
    from buyer_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Vehicle Buyer")
    app.setDesktopFileName("io.github.vehiclebuyer.BuyerApp")
    icon = resource_path("icons", "buyer-app.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    user_data_dir().mkdir(parents=True, exist_ok=True)
    db = load_database()
    # Qt, pandas and the vehicle table live as long as the app: keep them out of the collector's full
    # passes, which otherwise rescan them all (tens of ms each) while the window is built and edited
    gc.freeze()
    # --smoke computes the built-in sample and never looks at (or shows) the user's profiles or the welcome
    window = MainWindow(db) if smoke else MainWindow(db, Profile())
    from buyer_app.ui.error_report import install_error_report

    install_error_report(lambda: window, lambda: not window.undo_stack.isClean())
    first_run = not smoke and not open_start_profile(window)
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
        print(f"smoke: window painted ({image.width()}x{image.height()}, {app.platformName()}), "
              f"{window.results_model.rowCount()} vehicles computed")
        QTimer.singleShot(0, app.quit)
        app.exec()
        return 0 if computed and not image.isNull() else 1
    return int(app.exec())
