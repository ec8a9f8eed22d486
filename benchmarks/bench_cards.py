"""How fast the answer cards paint (issue 16, item 9). Run: .venv/bin/python benchmarks/bench_cards.py

Prints medians against one 60 Hz frame (16 ms), offscreen, for 8 vehicles:
  (a) the cards built and painted from a Comparison (new widgets), and updated in place (a new comparison);
  (b) one what-if slider step in the window: the comparison recomputed, the cards, the table and the chart on show
      redrawn and painted (the uncertainty run is off, as it runs in its own thread after a pause);
  (c) a fresh process to the window painted with its cards, against importing PySide6's widgets in the same run.
Nothing here fails on a number.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("BUYER_APP_DATA_DIR", tempfile.mkdtemp(prefix="bench-cards-"))

FRAME_MS = 1000 / 60
IDS = [48765, 48032, 49160, 48937, 48764, 48030, 48996, 48034]
START_PROBE = """
import time, sys
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication
app = QApplication([])
from buyer_app.core.vehicles.database import load_database
from buyer_app.core.profiles.samples import load_sample
from buyer_app.ui.main_window import MainWindow
w = MainWindow(load_database(), load_sample("minnesota-commuters"))
w.resize(1280, 720)
w.show()
w.answer_cards.repaint()
print(time.perf_counter() - t0)
"""


def median_ms(times: list[float]) -> str:
    m = statistics.median(times)
    return f"{m:.1f} ms ({m / FRAME_MS:.2f} of a 16 ms frame; median of {len(times)})"


def settle(app: object, seconds: float = 0.2) -> None:
    """Let timers that follow a change (the vehicle list's energy column, the panes' fit) run, outside the timings."""
    from PySide6.QtWidgets import QApplication

    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        QApplication.processEvents()
        time.sleep(0.005)


def process_median(args: list[str], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        done = subprocess.run(args, check=True, capture_output=True, text=True)
        times.append(float(done.stdout.strip().splitlines()[-1]))
    return statistics.median(times)


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from buyer_app.core.costs.choices import VehicleChoice
    from buyer_app.core.costs.compare import compare
    from buyer_app.core.household.fields import Household
    from buyer_app.core.profiles.schema import Profile
    from buyer_app.core.vehicles.database import load_database
    from buyer_app.text.answer import cards
    from buyer_app.ui.answer_cards import AnswerCards
    from buyer_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    db = load_database()
    choices = [VehicleChoice(i, price=35000.0 + 1000 * k) for k, i in enumerate(IDS)]
    comparisons = [compare(db, Household(gas_price=3.0 + 0.05 * k), choices) for k in range(10)]

    words, build, update = [], [], []
    for k in range(20):
        c = comparisons[k % 10]
        start = time.perf_counter()
        made = cards(c)
        words.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        widget = AnswerCards()
        widget.resize(1200, 400)
        widget.set_cards(made)
        widget.show()
        app.processEvents()  # the layout, then the paint
        widget.repaint()
        build.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        widget.set_cards(cards(comparisons[(k + 1) % 10]))
        app.processEvents()
        widget.repaint()
        update.append((time.perf_counter() - start) * 1000)
        widget.close()
        widget.deleteLater()
        app.processEvents()
    print(f"(a) the words of 8 cards from a Comparison: {median_ms(words)}")
    print(f"(a) 8 cards built and painted: {median_ms(build)}")
    print(f"(a) 8 cards updated in place and painted (words included): {median_ms(update)}")

    window = MainWindow(db, Profile("bench", vehicles=tuple(choices)))
    window.run_bar.enabled.setChecked(False)
    window.resize(1280, 720)
    window.show()
    app.processEvents()
    slider = window.whatif.sliders["gas_price"]
    steps, computes, redraws = [], [], []
    for k in range(30):
        start = time.perf_counter()
        slider.setValue(20 + k % 10)  # compute, cards, table, the chart on show, the recovery file
        app.processEvents()  # lay out and paint what changed
        steps.append((time.perf_counter() - start) * 1000)
        settle(app)  # the vehicle list's energy column follows 120 ms after a change: not part of the step
        start = time.perf_counter()
        c = compare(
            db, window.effective_household(), list(window.profile.vehicles), window.profile.driving, window.profile.climate
        )
        computes.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        window.answer_cards.set_cards(cards(c, None, window.display()))
        window.comparison = c
        window.chart_tabs.inputs_changed()
        window.chart_tabs.draw_current()
        app.processEvents()  # cards and chart laid out and painted
        redraws.append((time.perf_counter() - start) * 1000)
        settle(app)
    print(
        f"(b) one what-if step, 8 vehicles, to a painted window (compute, cards, table, chart, recovery file): {median_ms(steps)}"
    )
    print(f"(b)   the cards and the chart redrawn and painted for a new comparison: {median_ms(redraws)}")
    print(f"(b)   the cost model alone (compare): {median_ms(computes)}")

    floor = process_median(
        [sys.executable, "-c", "import time; t = time.perf_counter(); import PySide6.QtWidgets; print(time.perf_counter() - t)"]
    )
    start_up = process_median([sys.executable, "-c", START_PROBE])
    print(
        f"(c) a fresh process to the Minnesota window painted with its cards: {start_up:.2f} s; "
        f"importing PySide6's widgets: {floor:.2f} s (median of 5)"
    )


if __name__ == "__main__":
    main()
