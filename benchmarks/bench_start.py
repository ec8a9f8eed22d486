"""How soon a fresh `buyer-app` shows the answer (issue 16, item 9). Run: .venv/bin/python benchmarks/bench_start.py

A real start (`python -m buyer_app`, no verb) in a prepared data folder: the Minnesota sample saved as a profile,
named by the `last_profile` setting, and the saved answer written by a first run of the window. Each round, in
fresh processes and interleaved (so a busy machine slows all alike):
  floor:    a process that imports PySide6.QtWidgets;
  preview:  the app with the saved answer: its cards painted (the preview), then the live window's cards painted;
  no cache: the app without the saved answer (as before issue 16's preview): the live window's cards painted.
Times are wall-clock from just before the process is started (the interpreter's own start-up included) to the
time the process reports (BUYER_APP_START_TRACE, see buyer_app/ui/app.py). Offscreen, a 1280x720 screen.
Nothing here fails on a number.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROUNDS = 7
LIMIT = 60.0  # seconds a start may take before the benchmark gives up on it


def prepared_folder(root: Path) -> dict[str, str]:
    """A data folder with the Minnesota sample saved and opened last; the environment to start the app in it."""
    screen = root / "screen.json"
    screen.write_text(json.dumps({"screens": [{"name": "b", "x": 0, "y": 0, "width": 1280, "height": 720, "logicalDpi": 96}]}))
    data = root / "data"
    data.mkdir()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={screen}",
        "BUYER_APP_DATA_DIR": str(data),
        "PYTHONPATH": str(Path(__file__).resolve().parents[1]) + os.pathsep + os.environ.get("PYTHONPATH", ""),
    }
    setup = (
        "from buyer_app.core.profiles.samples import load_sample\n"
        "from buyer_app.core.profiles.store import save_profile\n"
        "from buyer_app.ui.settings_store import settings\n"
        "path = save_profile(load_sample('minnesota-commuters'))\n"
        "s = settings(); s.setValue('last_profile', str(path)); s.sync()\n"
    )
    subprocess.run([sys.executable, "-c", setup], env=env, check=True)
    return env


def start(env: dict[str, str], trace: Path, wait_for: str, then: Path | None = None) -> dict[str, float]:
    """Start the app, wait for `wait_for` in its trace (and for the file `then`, if given), stop it; the traced
    events in seconds from the start of the process."""
    trace.unlink(missing_ok=True)
    began = time.time()
    proc = subprocess.Popen(
        [sys.executable, "-m", "buyer_app"],
        env={**env, "BUYER_APP_START_TRACE": str(trace)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    events: dict[str, float] = {}
    try:
        while time.time() - began < LIMIT:
            if trace.exists():
                for line in trace.read_text().splitlines():
                    name, _, stamp = line.partition(" ")
                    events[name] = float(stamp) - began
            if wait_for in events and (then is None or then.exists()):
                break
            if proc.poll() is not None:
                raise RuntimeError(f"the app stopped (exit {proc.returncode}) before '{wait_for}'")
            time.sleep(0.005)
        else:
            raise RuntimeError(f"no '{wait_for}' within {LIMIT} s")
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(10)
    return events


def floor_time(env: dict[str, str]) -> float:
    began = time.time()
    done = subprocess.run(
        [sys.executable, "-c", "import time, PySide6.QtWidgets; print(time.time())"],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return float(done.stdout.strip()) - began


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-start-") as tmp:
        root = Path(tmp)
        env = prepared_folder(root)
        data = Path(env["BUYER_APP_DATA_DIR"])
        cache = data / "start-answer.json"
        trace = root / "trace.txt"
        first = start(env, trace, "window", then=cache)  # the first run writes the saved answer after a pause
        if "preview" in first:
            raise RuntimeError("a preview without a saved answer")
        kept = root / "kept-answer.json"
        shutil.copy2(cache, kept)
        floors, previews, windows, plain = [], [], [], []
        for _ in range(ROUNDS):
            floors.append(floor_time(env))
            shutil.copy2(kept, cache)
            seen = start(env, trace, "window")
            if "preview" not in seen:
                raise RuntimeError("the saved answer was not shown: " + cache.read_text()[:200])
            previews.append(seen["preview"])
            windows.append(seen["window"])
            cache.unlink()
            seen = start(env, trace, "window")
            if "preview" in seen:
                raise RuntimeError("a preview without a saved answer")
            plain.append(seen["window"])
        floor = statistics.median(floors)

        def line(what: str, times: list[float]) -> str:
            m = statistics.median(times)
            return f"{what}: {m:.2f} s ({m / floor:.1f}x the floor; {min(times):.2f}-{max(times):.2f} s)"

        print(f"fresh processes, median of {ROUNDS} interleaved rounds, from process start (offscreen, 1280x720):")
        print(f"  floor, importing PySide6.QtWidgets: {floor:.2f} s ({min(floors):.2f}-{max(floors):.2f} s)")
        print("  " + line("the saved answer's cards painted (preview)", previews))
        print("  " + line("then the live window's cards painted", windows))
        print("  " + line("without a saved answer, the live window's cards painted", plain))


if __name__ == "__main__":
    main()
