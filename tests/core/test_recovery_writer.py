"""The recovery file's writer thread (issue 16, item 9): a slider dragged hands each state to it instead of an fsync a
step; the latest state lands, never an older one after a newer, and a write or a removal asked for later wins."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest

from buyer_app.core.household.fields import Household
from buyer_app.core.profiles import recovery as recovery_module
from buyer_app.core.profiles.recovery import RecoveryFile
from buyer_app.core.profiles.schema import Profile

BASE = Profile("Drag", Household(years=6))


def _years(path: Path) -> int:
    return int(json.loads(path.read_text())["profile"]["household"]["years"])


@pytest.fixture
def slow_writes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Each write takes 20 ms (an fsync on a slow disk) and is recorded (its years) in the order it lands."""
    landed: list[int] = []
    real = recovery_module.atomic_write_text

    def slow(path: Path, text: str, *, backup: bool = True) -> None:
        time.sleep(0.02)
        real(path, text, backup=backup)
        landed.append(int(json.loads(text)["profile"]["household"]["years"]))

    monkeypatch.setattr(recovery_module, "atomic_write_text", slow)
    return landed


def test_a_burst_lands_its_last_state_in_order(slow_writes: list[int]) -> None:
    file = RecoveryFile()
    start = time.perf_counter()
    for years in range(1, 21):
        file.write_soon(replace(BASE, household=Household(years=years)), None)
    handed = time.perf_counter() - start
    assert handed < 0.1  # 20 states handed over without waiting for 20 writes of 20 ms
    file.flush()
    assert not file.pending() and _years(file.path) == 20
    assert slow_writes == sorted(slow_writes) and slow_writes[-1] == 20 and len(slow_writes) < 20


def test_a_removal_or_a_write_asked_later_wins(slow_writes: list[int]) -> None:
    file = RecoveryFile()
    file.write_soon(replace(BASE, household=Household(years=3)), None)
    file.remove()  # saved or discarded while the writer thread still had a state
    file.flush()
    time.sleep(0.05)
    assert not file.path.exists()
    file.write_soon(replace(BASE, household=Household(years=4)), None)
    file.write(replace(BASE, household=Household(years=5)), None)  # at once: after anything the thread held
    file.flush()
    assert _years(file.path) == 5 and slow_writes[-1] == 5


def test_a_failed_write_is_reported_from_the_writer_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(recovery_module, "atomic_write_text", refuse)
    file = RecoveryFile()
    reports: list[tuple[OSError | None, bool]] = []
    file.on_written = lambda error: reports.append((error, threading.current_thread() is threading.main_thread()))
    file.write_soon(BASE, None)
    file.flush()
    assert len(reports) == 1
    error, on_main = reports[0]
    assert isinstance(error, OSError) and error.errno == errno.EROFS and not on_main
    assert not file.path.exists()


def test_the_writer_thread_waits_for_the_next_step_then_ends(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(recovery_module, "WRITER_IDLE", 0.2)
    file = RecoveryFile()
    file.write_soon(replace(BASE, household=Household(years=2)), None)
    file.flush()
    writers = [t for t in threading.enumerate() if t.name == "recovery-file"]
    assert writers and all(t.daemon for t in writers)  # an idle writer never holds a quitting process
    file.write_soon(replace(BASE, household=Household(years=3)), None)  # the next step: the same thread takes it
    file.flush()
    assert _years(file.path) == 3
    deadline = time.perf_counter() + 2
    while file._writer is not None and time.perf_counter() < deadline:
        time.sleep(0.02)
    assert file._writer is None and not file.pending()
    file.write_soon(replace(BASE, household=Household(years=4)), None)  # after it ended: a new one
    file.flush()
    assert _years(file.path) == 4


@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")  # the writer thread's error, shown
def test_a_failing_report_never_leaves_a_write_hanging() -> None:
    """A face whose report raises (its window gone in a way it did not expect) ends the writer thread, not a close:
    nothing is left pending for `flush` to wait on, and the next state starts a new writer."""
    file = RecoveryFile()

    def broken(_error: OSError | None) -> None:
        raise ValueError("the face is gone")

    file.on_written = broken
    file.write_soon(replace(BASE, household=Household(years=7)), None)
    deadline = time.perf_counter() + 2
    while file.pending() and time.perf_counter() < deadline:
        time.sleep(0.01)
    file.flush()  # returns: nothing pending
    assert not file.pending() and _years(file.path) == 7
    file.on_written = None
    file.write_soon(replace(BASE, household=Household(years=8)), None)
    file.flush()
    assert _years(file.path) == 8


QUITTER = """
import time
from buyer_app.core.household.fields import Household
from buyer_app.core.profiles import recovery
from buyer_app.core.profiles.schema import Profile

real = recovery.atomic_write_text


def slow(path, text, *, backup=True):
    time.sleep(0.2)
    real(path, text, backup=backup)


recovery.atomic_write_text = slow
file = recovery.RecoveryFile()
for years in range(1, 6):
    file.write_soon(Profile("Quit", Household(years=years)), None)
print(file.path)
"""


def test_a_process_that_quits_mid_write_leaves_the_last_state(tmp_path: Path) -> None:
    env = {**os.environ, "BUYER_APP_DATA_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", QUITTER], env=env, capture_output=True, text=True, check=True, timeout=60)
    assert _years(Path(done.stdout.strip())) == 5  # the script ended while its writer thread slept in a write
