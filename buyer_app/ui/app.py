"""Start the window (placeholder until the desktop issue lands)."""

from __future__ import annotations


def run_gui(smoke: bool = False) -> int:
    from buyer_app.ui.main_window import run

    return run(smoke=smoke)
