"""The real entry point in a real X session: `python -m buyer_app` (no verb, exactly as a shopper starts it) on a
virtual screen (Xvfb), driven through the File menu with real key presses (xdotool: Alt+F, the entry's letter,
typing into the dialogs Qt shows), and the outcome checked on disk. Then Quit, and a clean exit.

Nothing is patched: the file and name dialogs are Qt's own, the profile is the Texas sample saved where the
welcome would put it, and the app writes its log where a shopper's would go.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import fields, replace
from pathlib import Path

import pytest

from buyer_app.core.profiles.samples import load_sample
from buyer_app.core.profiles.schema import Profile, load_profile
from buyer_app.core.profiles.store import path_for, save_profile

pytestmark = pytest.mark.slow
MAIN_TITLE = "Texas high-mileage household — Vehicle Buyer"


def _need(tool: str) -> None:
    """Under CI the tools are installed by .ci/run, so a missing one is a failure, never a silent skip."""
    if shutil.which(tool) is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{tool} is not installed (.ci/run installs it)")
        pytest.skip(f"{tool} is not installed")


def wait_for(what: str, check: Callable[[], object], timeout: float = 30.0) -> object:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = check()
        if value:
            return value
        time.sleep(0.1)
    pytest.fail(f"timed out waiting for {what}")


class X:
    """xdotool on one display."""

    def __init__(self, display: str) -> None:
        self.env = {**os.environ, "DISPLAY": display}

    def run(self, *args: str) -> str:
        result = subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=30)
        return result.stdout.strip()

    def window(self, title: str) -> str:
        """The id of the visible window whose title is exactly `title` (waits for it)."""
        found = wait_for(
            f"a window titled {title!r}", lambda: self.run("search", "--onlyvisible", "--name", f"^{title}$").split()
        )
        return found[0]  # type: ignore[index,no-any-return]

    def gone(self, title: str) -> None:
        wait_for(f"the window {title!r} to close", lambda: not self.run("search", "--onlyvisible", "--name", f"^{title}$"))

    def focus(self, window: str) -> None:
        self.run("windowfocus", "--sync", window)  # no window manager here: focus is given by hand

    def keys(self, *keys: str) -> None:
        for key in keys:
            self.run("key", "--clearmodifiers", key)
            time.sleep(0.15)

    def type(self, text: str) -> None:
        self.run("type", "--delay", "15", text)


@pytest.fixture
def session(tmp_path: Path, data_dir: Path) -> Iterator[tuple[X, subprocess.Popen[str], Path]]:
    _need("Xvfb")
    _need("xdotool")
    data = data_dir  # tmp_path / "data", the test's own BUYER_APP_DATA_DIR
    save_profile(load_sample("texas-high-mileage"))
    number = next(n for n in range(100 + os.getpid() % 300, 1000) if not Path(f"/tmp/.X{n}-lock").exists())
    display = f":{number}"
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    x = X(display)
    app: subprocess.Popen[str] | None = None
    try:
        wait_for(f"the X server on {display}", lambda: x.run("getdisplaygeometry"))  # accepting connections
        env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
        env.update(DISPLAY=display, BUYER_APP_DATA_DIR=str(data))
        app = subprocess.Popen(
            [sys.executable, "-m", "buyer_app"], env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        yield x, app, tmp_path
    finally:
        out = err = ""
        if app is not None:
            if app.poll() is None:
                app.kill()
            out, err = app.communicate(timeout=30)
        server.terminate()
        server.wait(timeout=10)
        print(f"the app's output:\n{out}\n{err}")  # shown when the test fails


def every_field_but_the_name(a: Profile, b: Profile) -> None:
    for f in fields(Profile):
        if f.name != "name":
            assert getattr(a, f.name) == getattr(b, f.name), f.name


def test_the_file_menu_by_keyboard_in_a_real_window(session: tuple[X, subprocess.Popen[str], Path]) -> None:
    x, app, folder = session
    texas = load_sample("texas-high-mileage")
    main = x.window(MAIN_TITLE)

    def from_the_file_menu(letter: str, dialog: str, text: str) -> None:
        """Alt+F, the entry's letter; in the dialog that opens: select all, type `text`, Enter."""
        x.focus(main)
        x.keys("alt+f", letter)
        box = x.window(dialog)
        x.focus(box)
        x.keys("ctrl+a")
        x.type(text)
        x.keys("Return")
        x.gone(dialog)

    pdf = folder / "texas summary.pdf"
    from_the_file_menu("p", "Export PDF", str(pdf))
    wait_for("the PDF", lambda: pdf.exists() and pdf.stat().st_size > 10_000)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Maverick" in text and "Lightning" in text

    csv_file = folder / "texas.csv"
    from_the_file_menu("c", "Export CSV", str(csv_file))
    wait_for("the CSV", lambda: csv_file.exists() and csv_file.stat().st_size > 1_000)
    assert "F-150 Lightning" in csv_file.read_text(encoding="utf-8-sig")

    from_the_file_menu("a", "Save As", "Texas by keyboard")
    main = x.window("Texas by keyboard — Vehicle Buyer")
    every_field_but_the_name(load_profile(path_for("Texas by keyboard")), texas)

    from_the_file_menu("u", "Duplicate", "Texas duplicate")
    main = x.window("Texas duplicate — Vehicle Buyer")
    every_field_but_the_name(load_profile(path_for("Texas duplicate")), texas)

    from_the_file_menu("m", "Rename", "Texas renamed")
    main = x.window("Texas renamed — Vehicle Buyer")
    assert load_profile(path_for("Texas renamed")) == replace(texas, name="Texas renamed")
    assert not path_for("Texas duplicate").exists() and path_for("Texas by keyboard").exists()
    assert load_profile(path_for(texas.name)) == texas  # the sample's own file was never touched

    x.focus(main)
    x.keys("alt+f", "q")
    out, err = app.communicate(timeout=30)
    assert app.returncode == 0, out + err
    assert "Traceback" not in err, err
    log = folder / "data" / "logs" / "buyer-app.log"
    assert not log.exists() or "Unexpected error" not in log.read_text(encoding="utf-8")
    assert not list((folder / "data" / "profiles").glob("*.lock"))  # every lock released on the way out
