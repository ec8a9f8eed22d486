"""How fast the answer cards paint (issue 16, item 9). Run: .venv/bin/python benchmarks/bench_cards.py

Prints medians against one 60 Hz frame (16.7 ms), offscreen, for 8 vehicles:
  (a) the cards built and painted from a Comparison (new widgets), and updated in place (a new comparison);
  (b) one what-if slider step in the window, to a painted window (the uncertainty run is off, as it runs in its own
      thread after a pause), and each part of it timed inside the same steps: the cost model (`compare`), the
      cards (their words and widgets), the table, the chart on show, the recovery file (what the step itself spends
      on it: the write goes to the recovery file's writer thread) and the layout and paint that follow; then the
      cards and the chart alone redrawn and painted for a new comparison, and what one recovery write with its
      fsync costs the writer thread. Wall-clock medians, with the main thread's CPU time beside the step's
      (a shared machine slows the wall clock, not the CPU time);
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
from collections.abc import Callable
from typing import Any

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
    return f"{m:.1f} ms ({m / FRAME_MS:.2f} of a 16.7 ms frame; median of {len(times)})"


class Parts:
    """Time spent inside named calls during a step, summed per step: wall clock (perf_counter) and, as `<part> cpu`,
    the main thread's CPU time (thread_time)."""

    def __init__(self) -> None:
        self.step: dict[str, float] = {}
        self.steps: dict[str, list[float]] = {}
        self.active: set[str] = set()

    def wrap(self, owner: Any, name: str, part: str) -> None:
        inner: Callable[..., Any] = getattr(owner, name)

        def timed(*args: Any, **kwargs: Any) -> Any:
            if part in self.active:  # a timed call inside another of the same part counts once
                return inner(*args, **kwargs)
            self.active.add(part)
            start, cpu = time.perf_counter(), time.thread_time()
            try:
                return inner(*args, **kwargs)
            finally:
                self.active.discard(part)
                self.step[part] = self.step.get(part, 0.0) + (time.perf_counter() - start) * 1000
                self.step[f"{part} cpu"] = self.step.get(f"{part} cpu", 0.0) + (time.thread_time() - cpu) * 1000

        setattr(owner, name, timed)

    def end_step(self, **measured: float) -> None:
        for part, ms in {**self.step, **measured}.items():
            self.steps.setdefault(part, []).append(ms)
        self.step = {}


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

    import buyer_app.ui.main_window as main_window_module
    from buyer_app.core.profiles.recovery import RecoveryFile

    window = MainWindow(db, Profile("bench", vehicles=tuple(choices)))
    window.run_bar.enabled.setChecked(False)
    window.resize(1280, 720)
    window.show()
    app.processEvents()
    parts = Parts()
    parts.wrap(main_window_module, "compare", "model")
    parts.wrap(window, "_words", "cards")
    parts.wrap(window.answer_cards, "set_cards", "cards")
    parts.wrap(window.results_model, "set_comparison", "table")
    parts.wrap(window.chart_tabs, "draw_current", "chart")
    parts.wrap(window.chart_tabs, "run_changed", "chart")
    parts.wrap(window.files.session, "autosave", "recovery")
    slider = window.whatif.sliders["gas_price"]
    settle(app)
    for k in range(40):
        start, cpu = time.perf_counter(), time.thread_time()
        slider.setValue(20 + k % 10)  # compute, cards, table, the chart on show, the recovery file
        changed, cpu_changed = time.perf_counter(), time.thread_time()
        app.processEvents()  # lay out and paint what changed
        end = time.perf_counter()
        parts.end_step(
            **{
                "step": (end - start) * 1000,
                "step cpu": (time.thread_time() - cpu) * 1000,
                "paint": (end - changed) * 1000,
                "paint cpu": (time.thread_time() - cpu_changed) * 1000,
            }
        )
        settle(app)  # the vehicle list's energy column follows 120 ms after a change: not part of the step
    window.recovery.flush()
    step = statistics.median(parts.steps["step"])
    print(
        f"(b) one what-if step, 8 vehicles, to a painted window: {median_ms(parts.steps['step'])}; "
        f"main-thread CPU {statistics.median(parts.steps['step cpu']):.1f} ms; the step is {step / FRAME_MS:.2f} frames at 60 Hz"
    )
    for part, words in (
        ("model", "the cost model (compare)"),
        ("cards", "the cards' words and widgets"),
        ("table", "the table"),
        ("chart", "the chart on show (its lines moved in place)"),
        ("recovery", "the recovery file, in the step (handed to its writer thread)"),
        ("paint", "layout and paint of what changed"),
    ):
        print(f"(b)   {words}: {median_ms(parts.steps[part])}; CPU {statistics.median(parts.steps[part + ' cpu']):.1f} ms")

    redraws = []
    for k in range(30):
        c = compare(
            db,
            window.effective_household().with_values({"gas_price": 3.0 + 0.05 * (k % 10)}),
            list(window.profile.vehicles),
            window.profile.driving,
            window.profile.climate,
        )
        settle(app, 0.05)
        start = time.perf_counter()
        window.answer_cards.set_cards(cards(c, None, window.display()))
        window.comparison = c
        window.chart_tabs.inputs_changed()
        window.chart_tabs.draw_current()
        app.processEvents()  # cards and chart laid out and painted
        redraws.append((time.perf_counter() - start) * 1000)
    print(f"(b)   the cards and the chart alone redrawn and painted for a new comparison: {median_ms(redraws)}")
    recovery, writes = RecoveryFile(), []
    for _ in range(20):
        start = time.perf_counter()
        recovery.write(window.profile, None)
        writes.append((time.perf_counter() - start) * 1000)
    recovery.remove()
    print(f"(b)   one recovery write with its fsync, now on the writer thread (not in the step): {median_ms(writes)}")

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
