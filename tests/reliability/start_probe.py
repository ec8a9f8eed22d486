"""Start the window exactly as a shopper does (`buyer_app.ui.app.start_window`) on the data folder named by
BUYER_APP_DATA_DIR, optionally do one thing, print what the window shows as JSON, and exit. Run in a child process
by test_start_attacks.py, so a hang is a timeout of the child, never a stuck suite.

    python start_probe.py start     open, report
    python start_probe.py save      open, press Save (Ctrl+S); a name asked for is answered "Probe save"
    python start_probe.py edit      open, change the years kept (an edit the recovery file must keep), report
"""

from __future__ import annotations

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QInputDialog, QMessageBox  # noqa: E402

from buyer_app.ui.app import start_window  # noqa: E402


def main() -> int:
    verb = sys.argv[1] if len(sys.argv) > 1 else "start"
    shown: list[str] = []
    QMessageBox.exec = lambda box: shown.append(box.text()) or int(QMessageBox.StandardButton.Ok)  # type: ignore[method-assign]
    QInputDialog.getText = staticmethod(lambda *_a, **_k: ("Probe save", True))  # type: ignore[method-assign]
    app, window, first_run = start_window()
    window.show()
    app.processEvents()
    if verb == "save":
        [act for act in window.file_menu.actions() if act.text() == "&Save"][0].trigger()
    elif verb == "edit":
        editor, text = window.household.editors["years"], str(window.profile.household.years % 20 + 1)
        editor.setText(text)
        editor.textEdited.emit(text)  # as typing does
    app.processEvents()
    state = {
        "first_run": first_run,
        "title": window.windowTitle(),
        "path": str(window.path) if window.path else None,
        "profile": window.profile.name,
        "vehicles": len(window.profile.vehicles),
        "status": window.statusBar().currentMessage(),
        "read_only": window.read_only,
        "data_problem": window.data_problem,
        "boxes": shown,
        "recovery_written": window.recovery.path.exists(),
        "computed": window.comparison is not None,
    }
    print(json.dumps(state))
    sys.stdout.flush()
    os._exit(0)  # gone as a crash goes: no question, no clean-up (a recovery file stays for the test to see)


if __name__ == "__main__":
    sys.exit(main())
