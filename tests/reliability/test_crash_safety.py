"""Crash safety: a process saving a profile in a loop is killed with SIGKILL at random moments; the profile is
always the old or the new version, never a mix, never empty, and its backup always readable.

The full run (1,000 kills) is `tools/crash_harness.py`; this is the short one.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from buyer_app.core.files.storage import HOST_TAG, remove_stale_temps
from buyer_app.core.profiles.schema import Profile
from tools import crash_harness

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="fork and SIGKILL")


@pytest.mark.slow
def test_forty_kills_lose_nothing(tmp_path: Path) -> None:
    tally = crash_harness.run(40, 40.0, seed=7, spawn=False, folder=tmp_path, quiet=True)
    assert tally.kills == 40
    assert (tally.lost, tally.torn, tally.backup_bad) == (0, 0, 0), tally.problems
    assert tally.final_a + tally.final_b == 40
    assert tally.interrupted > 0  # some kills really landed inside a save
    assert tally.max_temps <= 2  # a dead writer's temp files are removed by the next save, never piled up
    assert crash_harness.temp_files(tmp_path / "crash-harness.json") == []


@pytest.mark.slow
def test_a_fresh_interpreter_killed_mid_save_loses_nothing(tmp_path: Path) -> None:
    tally = crash_harness.run(3, 40.0, seed=3, spawn=True, folder=tmp_path, quiet=True)
    assert (tally.lost, tally.torn, tally.backup_bad) == (0, 0, 0), tally.problems


def _unsafe_save(profile: Profile, path: Path) -> None:
    """What the app must not do: rewrite the file in place."""
    with open(path, "wb") as handle:
        data = crash_harness.serialised(profile)
        for start in range(0, len(data), 4096):
            handle.write(data[start : start + 4096])
            handle.flush()


def test_the_harness_notices_a_save_that_is_not_atomic(tmp_path: Path) -> None:
    tally = crash_harness.run(30, 20.0, seed=11, spawn=False, folder=tmp_path, quiet=True, saver=_unsafe_save)
    assert tally.lost + tally.torn > 0


def test_stale_temp_files_of_dead_writers_are_removed_live_ones_kept(tmp_path: Path) -> None:
    import os
    import subprocess

    target = tmp_path / "p.json"
    target.write_text("{}")
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    mine = tmp_path / f".p.json.{HOST_TAG}-{os.getpid()}.abc123.tmp"
    gone = tmp_path / f".p.json.{HOST_TAG}-{dead.pid}.def456.tmp"
    gone_bak = tmp_path / f".p.json.{HOST_TAG}-{dead.pid}.ghi789.bak.tmp"
    foreign = tmp_path / ".p.json.0000beef-1.jkl012.tmp"  # another host: kept until a day old
    other = tmp_path / f".q.json.{HOST_TAG}-{dead.pid}.mno345.tmp"  # another file's
    for f in (mine, gone, gone_bak, foreign, other):
        f.write_text("partial")
    removed = remove_stale_temps(target)
    assert sorted(removed) == sorted([gone, gone_bak])
    assert mine.exists() and foreign.exists() and other.exists()
    old = 2 * 24 * 3600
    os.utime(foreign, (foreign.stat().st_atime - old, foreign.stat().st_mtime - old))
    assert remove_stale_temps(target) == [foreign]


@pytest.mark.slow
def test_killing_the_window_during_file_operations_loses_nothing(tmp_path: Path) -> None:
    """The real window (offscreen), killed 25 times at random moments while it saves, saves as, duplicates, renames,
    deletes, opens and edits through its File actions (tools/window_crash_harness.py; the README's figure is 1,000
    kills). Run as its own process: its children are forked, which must happen before any Qt application exists."""
    import subprocess

    run = subprocess.run(
        [
            sys.executable,
            "tools/window_crash_harness.py",
            "--kills",
            "25",
            "--seed",
            "11",
            "--max-delay-ms",
            "600",
            "--folder",
            str(tmp_path),
        ],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "torn 0, mixed 0, lost 0, unreadable recovery files 0" in run.stdout
    operations = int(run.stdout.split(" file operations journaled")[0].rsplit(" ", 1)[1])
    assert operations > 100, run.stdout  # the windows really worked between kills
