"""Benchmarks of the window and the PDF (figures for README.md). Run: .venv/bin/python benchmarks/bench_ui.py

Prints medians, and ratios against a floor measured in the same run; nothing here fails on a number.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("BUYER_APP_DATA_DIR", tempfile.mkdtemp(prefix="bench-ui-"))


def process_median(args: list[str], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(args, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    floor = process_median([sys.executable, "-c", "import PySide6.QtWidgets, pyqtgraph, pandas"])
    smoke = process_median([sys.executable, "-m", "buyer_app", "--smoke"])
    print(
        f"start-up to a computed, painted window: {smoke:.2f} s vs import floor {floor:.2f} s: "
        f"ratio {smoke / floor:.2f} (goal <= 1.3; median of 5)"
    )

    from PySide6.QtWidgets import QApplication

    from buyer_app.core.costs.choices import VehicleChoice
    from buyer_app.core.profiles.schema import Profile
    from buyer_app.core.vehicles.database import load_database
    from buyer_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    ids = [48765, 48032, 49160, 48937, 48764, 48030, 48996, 48034]
    window = MainWindow(load_database(), Profile("bench", vehicles=tuple(VehicleChoice(i, price=35000.0) for i in ids)))
    window.show()
    app.processEvents()
    slider = window.whatif.sliders["gas_price"]
    times = []
    for k in range(30):
        start = time.perf_counter()
        slider.setValue(20 + k % 10)  # compute, fill the table, redraw the three charts
        app.processEvents()  # paint
        times.append((time.perf_counter() - start) * 1000)
    print(f"one what-if change to redrawn charts, 8 vehicles: {statistics.median(times):.1f} ms (goal < 30 ms; median of 30)")

    from buyer_app.report.pdf import write_pdf

    out = Path(tempfile.mkdtemp()) / "bench.pdf"
    pdf_times = []
    for _ in range(5):
        start = time.perf_counter()
        write_pdf(window.comparison, window.report_context(), out)  # type: ignore[arg-type]
        pdf_times.append(time.perf_counter() - start)
    print(
        f"PDF export of 8 vehicles (in the running app): {statistics.median(pdf_times):.2f} s "
        f"(goal < 1.5 s; median of 5, {out.stat().st_size / 1024:.0f} KiB)"
    )
    window.undo_stack.setClean()
    window.close()


if __name__ == "__main__":
    main()
