"""Entry point of `buyer-app` and `python -m buyer_app`: the window when no verb is given, else the verb.

The one module that knows both faces: the command line (`buyer_app.cli`) and the window (`buyer_app.ui`) never
import each other."""

from __future__ import annotations

from collections.abc import Sequence

from buyer_app.cli.main import main as run_command_line


def open_window(smoke: bool) -> int:
    from buyer_app.ui.app import run_gui  # Qt is imported only when the window opens

    return run_gui(smoke=smoke)


def main(argv: Sequence[str] | None = None) -> int:
    return run_command_line(argv, open_window=open_window)
