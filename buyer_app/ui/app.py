"""Start the window: recover unsaved changes, else reopen the last profile, else the sample."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

from buyer_app.core.storage import user_data_dir


def run_gui(smoke: bool = False) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from buyer_app.core.database import load_database
    from buyer_app.core.resources import resource_path
    from buyer_app.ui.main_window import MainWindow, settings

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
    window = MainWindow(db)
    if not smoke and not window.recover():
        last = settings().value("last_profile")
        if last and Path(str(last)).exists():
            window.open_path(Path(str(last)))
    window.show()
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
