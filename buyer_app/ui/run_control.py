"""The uncertainty simulation for the inputs on show, a component the window owns: the runner (a run after a short
pause for more edits; the old one dropped), the run bar under the verdict, the verdict's second line, and the run
the PDF uses."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from buyer_app.core.costs.compare import Comparison
from buyer_app.core.uncertainty.draws import UncertaintySettings
from buyer_app.core.uncertainty.run import UncertaintyResult, default_pair, run_uncertainty
from buyer_app.text.translate import tr
from buyer_app.text.uncertainty import uncertainty_sentence
from buyer_app.ui.settings_store import settings, value_flag
from buyer_app.ui.uncertainty_panel import RunBar, UncertaintyPanel
from buyer_app.ui.uncertainty_worker import UncertaintyRunner


class RunControl:
    """`comparison()`: the inputs on show (None: nothing to simulate); `uncertainty()`: the profile's settings;
    `show_second_line(text)`: the verdict's second line ("" for none); `run_changed()`: the charts follow the run."""

    def __init__(
        self,
        parent: QObject,
        panel: UncertaintyPanel,
        comparison: Callable[[], Comparison | None],
        uncertainty: Callable[[], UncertaintySettings],
        show_second_line: Callable[[str], None],
        run_changed: Callable[[], None],
    ) -> None:
        self.panel, self._comparison, self._uncertainty = panel, comparison, uncertainty
        self._show_second_line, self._run_changed = show_second_line, run_changed
        self.run_bar = RunBar(value_flag("uncertainty/enabled", True))
        self.runner = UncertaintyRunner(parent)
        self.runner.started.connect(lambda _draws: self.show_state())
        self.runner.progress.connect(lambda share: self.run_bar.show_state("running", "", share))
        self.runner.finished.connect(lambda _run: self.show_state())
        self.runner.failed.connect(lambda _message: self.show_state())
        self.runner.stopped.connect(lambda: self.show_state())
        self.run_bar.cancel_requested.connect(self.runner.cancel)
        self.run_bar.run_requested.connect(lambda: self.request())
        self.run_bar.enabled_changed.connect(self._simulate_toggled)
        panel.pair_changed.connect(lambda: self.request())

    def enabled(self) -> bool:
        return self.run_bar.enabled.isChecked()

    def request(self) -> None:
        """Start a run for the inputs on show (after a short pause for more edits); the old one is dropped."""
        comparison = self._comparison()
        if comparison is None or not self.enabled():
            self.runner.clear()
            self.show_state()
            return
        self.panel.set_vehicles([v.id for v in comparison.vehicles], [v.label for v in comparison.vehicles])
        pair = self.panel.resolve_pair(default_pair(comparison))
        self.runner.request(comparison, self._uncertainty(), pair)

    def message(self) -> str:
        """What the simulation is doing, in words (the verdict's second line and the empty charts' titles)."""
        state, draws = self.runner.state, self._uncertainty().draws
        if not self.enabled():
            return tr("Simulation is off (tick Simulate uncertainty).")
        return {
            "pending": tr("Simulating {draws:,} futures…").format(draws=draws),
            "running": tr("Simulating {draws:,} futures…").format(draws=draws),
            "stopped": tr("Simulation stopped (Run again to restart it)."),
            "failed": tr("The simulation failed ({error}); the results above do not depend on it.").format(
                error=self.runner.error
            ),
        }.get(state, "")

    def show_state(self) -> None:
        """The verdict's second line, the run bar, the bands and the uncertainty charts for the runner's state."""
        run, on, comparison = self.runner.latest, self.enabled(), self._comparison()
        second = uncertainty_sentence(run.result, run.comparison) if run is not None else (self.message() if on else "")
        self._show_second_line(second if comparison else "")
        done = (
            tr("{draws:,} futures in {seconds:.2f} s").format(draws=run.result.settings.draws, seconds=run.seconds)
            if run is not None
            else ""
        )
        busy = self.runner.state in ("pending", "running")  # the verdict says so; the bar shows how far
        self.run_bar.show_state(self.runner.state, done or ("" if busy or not comparison else self.message()))
        self._run_changed()

    def current(self) -> UncertaintyResult | None:
        """The run of the inputs on show for the PDF (computed now if it is still pending); None when off."""
        comparison = self._comparison()
        if comparison is None or not self.enabled():
            return None
        latest = self.runner.latest
        if latest is not None and latest.comparison is comparison:
            return latest.result
        pair = self.panel.resolve_pair(default_pair(comparison))
        return run_uncertainty(comparison, self._uncertainty(), pair)

    def _simulate_toggled(self, on: bool) -> None:
        settings().setValue("uncertainty/enabled", on)
        self.request()
