"""Two copies of the app on one profile: the second is told it is in use (by whom, since when), a crashed copy's
lock does not stick, and no save of one copy silently overwrites the other's."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from buyer_app.core.costs.choices import VehicleChoice
from buyer_app.core.household.fields import Household
from buyer_app.core.profiles.lock import (
    OTHER_HOST_STALE_AFTER,
    LockOwner,
    ProfileChanged,
    ProfileInUse,
    ProfileLock,
    disk_stamp,
    lock_path,
    save_unchanged,
)
from buyer_app.core.profiles.schema import Profile, load_profile
from buyer_app.core.profiles.store import path_for, save_profile

HOLDER = Path(__file__).with_name("lock_holder.py")
MINE = Profile("Two copies", Household(years=6), (VehicleChoice(48765, price=41000.0),))
THEIRS = Profile("Two copies", Household(years=9), (VehicleChoice(48032, price=28400.0),))


def _child(verb: str, profile: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(HOLDER), verb, str(profile), *extra],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(HOLDER.parents[2])},
    )


@pytest.fixture
def profile() -> Path:
    return save_profile(MINE)


def test_the_lock_file_names_its_owner_and_is_removed_on_release(profile: Path) -> None:
    with ProfileLock.acquire(profile) as lock:
        assert lock.path == profile.with_name("Two-copies.json.lock")
        raw = json.loads(lock.path.read_text())
        assert raw["pid"] == os.getpid() and raw["host"] == socket.gethostname()
        assert abs(datetime.fromisoformat(raw["since"]) - datetime.now(UTC)) < timedelta(minutes=1)
        with pytest.raises(ProfileInUse):  # a second opener, even in the same process
            ProfileLock.acquire(profile)
    assert not lock_path(profile).exists()


def test_a_second_process_is_told_who_holds_it_and_since_when(profile: Path) -> None:
    holder = _child("hold", profile)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(ProfileInUse) as caught:
            ProfileLock.acquire(profile)
        owner = caught.value.owner
        assert owner is not None and owner.pid == holder.pid
        assert f"process {holder.pid} on {socket.gethostname()} since " in str(caught.value)
        assert caught.value.problems[0].field == "profile"
        second = _child("try", profile)
        out, _ = second.communicate(timeout=30)
        assert second.returncode == 2 and f"in use by process {holder.pid}" in out
    finally:
        holder.communicate("", timeout=30)  # closing stdin releases the lock
    assert holder.returncode == 0 and not lock_path(profile).exists()
    ProfileLock.acquire(profile).release()


def test_the_lock_of_a_killed_copy_is_taken_over(profile: Path) -> None:
    holder = _child("hold", profile)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    holder.send_signal(signal.SIGKILL)
    holder.communicate(timeout=30)  # reaps it and closes the pipes
    assert lock_path(profile).exists()  # a crash leaves the file behind...
    lock = ProfileLock.acquire(profile)  # ...and it does not stick
    assert lock.held() and lock.owner.pid == os.getpid()
    lock.release()


def _write_lock(profile: Path, owner: LockOwner, age: float = 0.0) -> None:
    path = lock_path(profile)
    path.write_text(owner.to_json())
    stamp = time.time() - age
    os.utime(path, (stamp, stamp))


def test_another_hosts_lock_is_respected_until_it_is_old(profile: Path) -> None:
    since = datetime.now(UTC)
    _write_lock(profile, LockOwner(4242, "some-other-host", since, "abc"))
    with pytest.raises(ProfileInUse, match="process 4242 on some-other-host"):
        ProfileLock.acquire(profile)
    old = since - timedelta(seconds=OTHER_HOST_STALE_AFTER + 60)
    _write_lock(profile, LockOwner(4242, "some-other-host", old, "abc"), age=OTHER_HOST_STALE_AFTER + 60)
    ProfileLock.acquire(profile).release()


def test_a_reused_pid_or_a_restart_does_not_keep_the_lock(profile: Path) -> None:
    parent = os.getppid()  # alive, but not the process that took the lock
    _write_lock(profile, LockOwner(parent, socket.gethostname(), datetime.now(UTC), "abc", started="1"))
    if Path(f"/proc/{parent}/stat").exists():
        ProfileLock.acquire(profile).release()
    _write_lock(profile, LockOwner(parent, socket.gethostname(), datetime.now(UTC), "abc", boot="another-boot"))
    if Path("/proc/sys/kernel/random/boot_id").exists():
        ProfileLock.acquire(profile).release()


def test_an_unreadable_lock_waits_briefly_then_is_taken_over(profile: Path) -> None:
    lock_path(profile).write_bytes(b"")  # a copy between creating the file and writing it
    with pytest.raises(ProfileInUse, match="being written"):
        ProfileLock.acquire(profile)
    stamp = time.time() - 60
    os.utime(lock_path(profile), (stamp, stamp))
    ProfileLock.acquire(profile).release()


def test_release_never_removes_someone_elses_lock(profile: Path) -> None:
    mine = ProfileLock.acquire(profile)
    _write_lock(profile, LockOwner(os.getpid(), socket.gethostname(), datetime.now(UTC), "theirs"))  # taken over
    assert not mine.held()
    mine.release()
    assert json.loads(lock_path(profile).read_text())["token"] == "theirs"


@pytest.mark.slow
def test_racing_for_a_stale_lock_has_exactly_one_winner(profile: Path) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    for _round in range(3):
        _write_lock(profile, LockOwner(dead.pid, socket.gethostname(), datetime.now(UTC), "stale"))
        ready = profile.parent / "ready"
        for f in ready.glob("*") if ready.exists() else []:
            f.unlink()
        racers = [_child("race", profile, "6") for _ in range(6)]
        outputs = [r.communicate(timeout=60)[0].strip() for r in racers]
        assert sum(out == "locked" for out in outputs) == 1, outputs
        assert all(out == "locked" or out.startswith("in use") for out in outputs)
        assert not lock_path(profile).exists()


def test_a_save_over_a_file_changed_by_another_copy_is_refused(profile: Path) -> None:
    mine = disk_stamp(profile)
    theirs = disk_stamp(profile)
    theirs = save_unchanged(THEIRS, profile, theirs)  # the other copy saves first
    before = profile.read_bytes()
    with pytest.raises(ProfileChanged, match="not overwritten"):
        save_unchanged(MINE, profile, mine)
    assert profile.read_bytes() == before and load_profile(profile) == THEIRS
    assert save_unchanged(MINE, profile, theirs) == disk_stamp(profile)  # knowing their version, a save goes through
    assert save_unchanged(MINE, path_for("brand new"), None) is not None  # a new file


@pytest.mark.slow
def test_two_processes_saving_with_the_check_never_lose_a_save(profile: Path) -> None:
    """Each copy saves only over what it last saw: the successful saves of both form one chain, each over the one
    before it, so none was overwritten unseen; the others were refused."""
    code = (
        "import sys; from pathlib import Path; from buyer_app.core.profiles.lock import *; "
        "from buyer_app.core.profiles.schema import Profile; from buyer_app.core.household.fields import Household; "
        "p, me = Path(sys.argv[1]), int(sys.argv[2]); stamp = disk_stamp(p)\n"
        "for k in range(80):\n"
        "    try:\n"
        "        new = save_unchanged(Profile('Two copies', Household(annual_miles=1000 + 1000 * me + k)), p, stamp)\n"
        "        print(stamp, new); stamp = new\n"
        "    except ProfileChanged:\n"
        "        stamp = disk_stamp(p)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(HOLDER.parents[2])}
    start = disk_stamp(profile)
    runs = [
        subprocess.Popen([sys.executable, "-c", code, str(profile), str(me)], stdout=subprocess.PIPE, text=True, env=env)
        for me in (1, 2)
    ]
    saves = [line.split() for r in runs for line in r.communicate(timeout=120)[0].splitlines()]
    assert all(r.returncode == 0 for r in runs)
    after = dict(saves)
    assert len(after) == len(saves)  # no two saves were made over the same version
    chain, stamp = 0, start
    while stamp in after:
        stamp, chain = after[stamp], chain + 1
    assert chain == len(saves) and stamp == disk_stamp(profile)
    load_profile(profile)  # whole and valid


def test_two_windows_on_one_profile(qtbot, db, profile: Path) -> None:  # type: ignore[no-untyped-def]
    """The second window is told and shows the profile read-only; no save of one replaces the other's."""
    pytest.importorskip("PySide6.QtWidgets")
    from dataclasses import replace

    from buyer_app.core.profiles.session import SaveAnswer
    from buyer_app.ui.main_window import MainWindow

    warnings: list[str] = []
    asked: list[ProfileInUse] = []

    def window(answer: str) -> MainWindow:
        w = MainWindow(db)
        w.files.ask_save_changes = lambda name: SaveAnswer.DISCARD  # type: ignore[method-assign]
        w.files.warn = lambda title, text: warnings.append(text)  # type: ignore[method-assign]
        w.files.ask_open_read_only = lambda in_use: asked.append(in_use) or answer == "read-only"  # type: ignore[method-assign]
        qtbot.addWidget(w)
        return w

    def edit(w: MainWindow, years: int) -> None:
        w.change(replace(w.profile, household=w.profile.household.with_values({"years": years})), "years")

    first, second, third = window("read-only"), window("read-only"), window("cancel")
    assert first.open_path(profile) is None and first.lock is not None and not first.read_only
    assert not asked and lock_path(profile).exists()

    assert second.open_path(profile) is None
    assert asked and asked[0].owner is not None and asked[0].owner.pid == os.getpid()
    assert second.read_only and second.lock is None and second.profile == MINE
    assert "(read-only)" in second.windowTitle()
    edit(second, 3)
    before = profile.read_bytes()
    assert not second.save() and "read-only" in warnings[-1]
    assert profile.read_bytes() == before

    edit(first, 7)
    assert first.save() and load_profile(profile).household.years == 7
    save_profile(THEIRS, profile)  # another program writes the file behind the first window's back
    edit(first, 8)
    assert not first.save() and "changed on disk" in warnings[-1]
    assert load_profile(profile) == THEIRS

    assert second.save_as("Two copies, mine")  # the read-only copy keeps its changes under another name
    assert not second.read_only and second.lock is not None and second.lock.profile_path == path_for("Two copies, mine")
    assert load_profile(path_for("Two copies, mine")).household.years == 3

    assert third.open_path(profile) is not None and third.path is None  # cancelled: nothing opened
    first.files.ask_save_changes = lambda name: SaveAnswer.DISCARD  # type: ignore[method-assign]
    assert first.close()
    assert not lock_path(profile).exists()  # released on close
    assert third.open_path(profile) is None and not third.read_only and third.lock is not None
    third.new_profile()
    assert not lock_path(profile).exists()  # released when the window switches to another profile
