"""Runs the uncertainty simulation off the GUI thread.

Every request gets a generation number; starting a request stops the running job (between two chunks of
draws) and, after a short pause for more edits, starts a new one. Signals of an older generation are
dropped, so a result shown always belongs to the inputs of the last request. The job itself never touches a
widget: it only emits signals, which Qt queues to the GUI thread.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from buyer_app.core.costs.compare import Comparison
from buyer_app.core.uncertainty.draws import UncertaintySettings
from buyer_app.core.uncertainty.run import Cancelled, UncertaintyResult, run_uncertainty

DEBOUNCE_MS = 300


@dataclass(frozen=True)
class RunDone:
    """A finished run with the comparison (the inputs) it was computed from."""

    generation: int
    comparison: Comparison
    result: UncertaintyResult
    seconds: float


class _JobSignals(QObject):
    """Emitted from the worker thread; delivered (queued) in the GUI thread."""

    progress = Signal(int, float)  # generation, 0..1
    done = Signal(int, object, object, float)  # generation, comparison, result, seconds
    failed = Signal(int, str)
    stopped = Signal(int)


class UncertaintyRunner(QObject):
    """One job at a time; `state` is "idle", "pending" (waiting for the pause), "running", "done",
    "stopped" (cancelled by the user) or "failed"."""

    started = Signal(int)  # draws: a run for the current inputs is pending or running
    progress = Signal(float)
    finished = Signal(object)  # RunDone
    failed = Signal(str)
    stopped = Signal()

    def __init__(self, parent: QObject | None = None, delay_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        # the pool is a child created first, so it is destroyed (waiting for its job) before the signals
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._signals = _JobSignals(self)
        self._signals.progress.connect(self._on_progress)
        self._signals.done.connect(self._on_done)
        self._signals.failed.connect(self._on_failed)
        self._signals.stopped.connect(self._on_stopped)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._start)
        self.generation = 0
        self.state = "idle"
        self.latest: RunDone | None = None
        self.error = ""
        self._pending: tuple[Comparison, UncertaintySettings, tuple[int, int] | None] | None = None
        self._stop = threading.Event()

    def request(self, comparison: Comparison, settings: UncertaintySettings, pair: tuple[int, int] | None) -> int:
        """Stop whatever runs and simulate `comparison` after the pause; returns the new generation."""
        self._drop()
        self._pending = (comparison, settings, pair)
        self.state = "pending"
        self._timer.start()
        self.started.emit(settings.draws)
        return self.generation

    def clear(self) -> None:
        """No run for the current inputs (they are invalid, or the simulation is off)."""
        self._drop()
        self.state = "idle"

    def cancel(self) -> None:
        """The user's Cancel: stop now, keep nothing."""
        if self.state in ("pending", "running"):
            self._drop()
            self.state = "stopped"
            self.stopped.emit()

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Stop and wait for the worker (closing the window)."""
        self._drop()
        self.state = "idle"
        self.pool.clear()
        self.pool.waitForDone(timeout_ms)

    def _drop(self) -> None:
        self._stop.set()  # the running job stops at its next chunk
        self._timer.stop()
        self._pending = None
        self.latest = None
        self.generation += 1

    def _start(self) -> None:
        if self._pending is None:
            return
        comparison, settings, pair = self._pending
        self._pending = None
        generation, stop, signals = self.generation, threading.Event(), self._signals
        self._stop = stop
        self.state = "running"

        def job() -> None:
            begun = time.perf_counter()
            try:
                result = run_uncertainty(
                    comparison,
                    settings,
                    pair,
                    progress=lambda share: signals.progress.emit(generation, share),
                    cancelled=stop.is_set,
                )
            except Cancelled:
                _emit(signals.stopped, generation)
            except Exception as exc:  # noqa: BLE001 (a bug in the core must not take the window down)
                _emit(signals.failed, generation, f"{type(exc).__name__}: {exc}")
            else:
                _emit(signals.done, generation, comparison, result, time.perf_counter() - begun)

        self.pool.start(job)

    def _on_progress(self, generation: int, share: float) -> None:
        if generation == self.generation:
            self.progress.emit(share)

    def _on_done(self, generation: int, comparison: Comparison, result: UncertaintyResult, seconds: float) -> None:
        if generation == self.generation:
            self.state = "done"
            self.latest = RunDone(generation, comparison, result, seconds)
            self.finished.emit(self.latest)

    def _on_failed(self, generation: int, message: str) -> None:
        if generation == self.generation:
            self.state = "failed"
            self.error = message
            self.failed.emit(message)

    def _on_stopped(self, generation: int) -> None:
        """A job stopped by a newer request or a Cancel: nothing to show (cancel() already said so)."""


def _emit(signal: object, *args: object) -> None:
    try:
        signal.emit(*args)  # type: ignore[attr-defined]
    except RuntimeError:  # the window and its runner are gone: nobody is waiting for the answer
        pass
