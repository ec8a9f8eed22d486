"""Never stuck, never tricked: whatever the data folder holds, the window starts (in a child process, so a hang
fails as a timeout), shows the valid profiles, says what it set aside, and writes only where profiles live.

Each scenario of the attack of 2026-12-06 is set up in a fresh data folder (issue 13, item 1, 2, 3, 8, 9)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from attack_tools import limit_file_size, read_only  # noqa: I001 (tests/reliability helpers)

from buyer_app.core.costs.choices import VehicleChoice
from buyer_app.core.household.fields import Household
from buyer_app.core.profiles.schema import Profile, load_profile
from buyer_app.core.profiles.store import path_for, profiles_dir, save_profile

PROBE = Path(__file__).with_name("start_probe.py")
REPO = Path(__file__).resolve().parents[2]
GOOD = Profile("Good plan", Household(years=7), (VehicleChoice(48765, price=41000.0), VehicleChoice(48032)))


def probe(data: Path, verb: str = "start", *, file_size_limit: int | None = None, timeout: float = 90) -> dict[str, Any]:
    """Start the window on `data` in a child process and return what it showed. `file_size_limit`: the child cannot
    write past that many bytes in any file (a full disk, as the app meets it: the write fails)."""

    def limits() -> None:
        if file_size_limit is not None:
            limit_file_size(file_size_limit)

    env = {
        **os.environ,
        "BUYER_APP_DATA_DIR": str(data),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(REPO),
        "HOME": str(data.parent),
    }
    run = subprocess.run(
        [sys.executable, str(PROBE), verb],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=limits,
        cwd=data.parent,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Traceback" not in run.stderr, run.stderr
    return json.loads(run.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


@pytest.fixture
def folder(data_dir: Path) -> Path:
    """The fresh data folder with one good saved profile in it."""
    save_profile(GOOD)
    return data_dir


def _settings(text: bytes) -> Callable[[Path], None]:
    return lambda data: (data / "settings.ini").write_bytes(text)


def _fifo(relative: str) -> Callable[[Path], None]:
    def make(data: Path) -> None:
        (data / relative).parent.mkdir(parents=True, exist_ok=True)
        os.mkfifo(data / relative)

    return make


def _last_profile(target: str) -> Callable[[Path], None]:
    return _settings(f"[General]\nlast_profile={target}\n".encode())


def _newest(text: str) -> Callable[[Path], None]:
    def make(data: Path) -> None:
        path = profiles_dir() / "newest.json"
        path.write_text(text, encoding="utf-8")
        os.utime(path, (2e9, 2e9))  # newer than the good one: tried first

    return make


def _recovery_file(content: Callable[[Path], Any]) -> Callable[[Path], None]:
    return lambda data: content(data / "autosave.json")


HUGE_INT = "9" * 4301
SETUPS: dict[str, Callable[[Path], None]] = {
    "settings: geometry=garbage": _settings(b"[window]\ngeometry=garbage\n"),
    "settings: every key of the wrong type": _settings(
        b"[window]\ngeometry=@Variant(\\0\\0\\0\\x7f)\nsplitter=12\nright_splitter=@ByteArray()\n[General]\n"
        b"recent=@Invalid()\nlast_profile=42\n[uncertainty]\nenabled=maybe\n"
    ),
    "settings: truncated binary": _settings(b"[window]\ngeometry=@ByteArray(\\x1\\xd9\\xd0\\xcb\\0\\x3\\0"),
    "settings: random bytes": _settings(bytes(range(256)) * 40),
    "settings: a folder": lambda data: (data / "settings.ini").mkdir(),
    "settings: a named pipe": _fifo("settings.ini"),
    "settings: last profile is a pipe": lambda data: (
        _fifo("profiles/pipe.json")(data),
        _last_profile(str(profiles_dir() / "pipe.json"))(data),
    ),
    "settings: last profile is /dev/zero": _last_profile("/dev/zero"),
    "profiles: a folder named x.json": lambda data: (profiles_dir() / "x.json").mkdir(),
    "profiles: a pipe named x.json": _fifo("profiles/x.json"),
    "profiles: a link to /dev/zero": lambda data: (profiles_dir() / "zero.json").symlink_to("/dev/zero"),
    "profiles: newest holds a 4,301-digit integer": _newest(
        f'{{"schema_version": 4, "name": "Huge", "household": {{"years": {HUGE_INT}}}}}'
    ),
    "profiles: newest is not JSON": _newest("{not json"),
    "recovery: autosave.json is a pipe": _fifo("autosave.json"),
    "recovery: autosave.json is a folder": lambda data: (data / "autosave.json").mkdir(),
    "recovery: names a pipe": _recovery_file(
        lambda f: (
            _fifo("profiles/p.json")(f.parent),
            f.write_text(
                json.dumps({"path": str(profiles_dir() / "p.json"), "profile": {"schema_version": 4, "name": "Recovered"}})
            ),
        )
    ),
    "recovery: names a folder": _recovery_file(
        lambda f: (
            (profiles_dir() / "d.json").mkdir(),
            f.write_text(
                json.dumps({"path": str(profiles_dir() / "d.json"), "profile": {"schema_version": 4, "name": "Recovered"}})
            ),
        )
    ),
    "recovery: a list": _recovery_file(lambda f: f.write_text("[]")),
    "recovery: a huge integer": _recovery_file(lambda f: f.write_text(f'{{"path": null, "profile": {HUGE_INT}}}')),
    "lock: the good profile's lock is a pipe": _fifo("profiles/Good-plan.json.lock"),
    "lock: an empty lock file of long ago": lambda data: (
        (profiles_dir() / "Good-plan.json.lock").write_bytes(b""),
        os.utime(profiles_dir() / "Good-plan.json.lock", (1e9, 1e9)),
    ),
    "databases: active.json is []": lambda data: (
        (data / "databases").mkdir(),
        (data / "databases" / "active.json").write_text("[]"),
    ),
    "databases: active.json names ../../etc": lambda data: (
        (data / "databases").mkdir(),
        (data / "databases" / "active.json").write_text('{"folder": "../../etc"}'),
    ),
    "databases: active.json is a pipe": lambda data: ((data / "databases").mkdir(), _fifo("databases/active.json")(data)),
}


@pytest.mark.parametrize("name", list(SETUPS))
def test_the_window_starts_whatever_the_folder_holds(folder: Path, name: str) -> None:
    SETUPS[name](folder)
    state = probe(folder)
    assert state["computed"] or state["vehicles"] == 0
    if name.startswith(("recovery: names", "settings: last profile")) or "newest" in name:
        assert state["path"] in (str(path_for(GOOD.name)), None)
    elif not name.startswith("recovery"):
        assert state["path"] == str(path_for(GOOD.name)) and state["profile"] == GOOD.name, state
        assert not state["read_only"], state  # an unusable lock never makes the good profile read-only
    assert load_profile(path_for(GOOD.name)) == GOOD  # the good profile is never touched


def test_an_unusable_settings_file_is_set_aside_and_said(folder: Path) -> None:
    """Qt reads almost any bytes as settings (the typed getters then ignore what does not fit); a file far larger
    than the app writes, a folder or a link is set aside, and the window says so."""
    (folder / "settings.ini").write_bytes(b"[window]\n" + b"x=1\n" * 100_000)
    state = probe(folder)
    asides = [p.name for p in folder.iterdir() if p.name.startswith("settings.ini.unusable-")]
    assert asides and "settings were reset" in state["status"], state


def test_a_settings_link_is_never_written_through(folder: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("keep me\n")
    (folder / "settings.ini").symlink_to(outside)
    probe(folder, "save")
    assert outside.read_text() == "keep me\n"
    assert not (folder / "settings.ini").is_symlink()


def test_a_recovery_file_naming_a_file_elsewhere_never_overwrites_it(folder: Path, tmp_path: Path) -> None:
    """Item 2: `autosave.json` with {"path": "/any/file"}: the changes open as a new profile and Save asks for a name;
    the outside file stays byte for byte."""
    outside = tmp_path / "precious.txt"
    outside.write_bytes(b"not a profile\x00\x01")
    (folder / "autosave.json").write_text(
        json.dumps(
            {"path": str(outside), "profile": {"schema_version": 4, "name": "Recovered plan", "vehicles": [{"id": 48765}]}}
        )
    )
    state = probe(folder, "save")
    assert outside.read_bytes() == b"not a profile\x00\x01"
    assert state["path"] == str(path_for("Probe save")) and "not a profile in your profiles folder" in state["status"]
    assert load_profile(path_for("Probe save")).vehicles == (VehicleChoice(48765),)


def test_a_recovery_file_naming_a_link_in_the_profiles_folder_is_ignored(folder: Path, tmp_path: Path) -> None:
    outside = tmp_path / "precious.json"
    outside.write_text("{}")
    (profiles_dir() / "link.json").symlink_to(outside)
    (folder / "autosave.json").write_text(
        json.dumps({"path": str(profiles_dir() / "link.json"), "profile": {"schema_version": 4, "name": "Recovered"}})
    )
    probe(folder, "save")
    assert outside.read_text() == "{}"


def test_a_read_only_data_folder_opens_read_only_and_says_so(folder: Path) -> None:
    before = {p.name: p.read_bytes() for p in profiles_dir().iterdir()}
    with read_only(folder) as data:
        state = probe(data, "save")
    assert state["data_problem"] and "(read-only)" in state["title"], state
    assert state["profile"] == GOOD.name  # the profiles are there to look at
    assert any("Nothing can be saved in your data folder" in box for box in state["boxes"]), state
    assert {p.name: p.read_bytes() for p in profiles_dir().iterdir()} == before


def test_a_full_data_folder_opens_read_only_and_says_so(folder: Path) -> None:
    state = probe(folder, "save", file_size_limit=0)
    assert "cannot be written" in state["data_problem"] and state["profile"] == GOOD.name, state
    assert load_profile(path_for(GOOD.name)) == GOOD


def test_an_edit_on_a_full_disk_is_said_not_a_traceback(folder: Path) -> None:
    """Item 3: the recovery file cannot be written: the status bar says so (and the child printed no traceback)."""
    state = probe(folder, "edit", file_size_limit=1024)  # the lock fits; the recovery file does not
    assert not state["recovery_written"] and "cannot be kept for crash recovery" in state["status"], state


def test_a_full_disk_while_taking_a_lock_leaves_no_empty_lock(folder: Path) -> None:
    (folder / "settings.ini").write_text(f"[General]\nlast_profile={path_for(GOOD.name)}\n")
    probe(folder, file_size_limit=0)  # the lock file is created, but not one byte can be written into it
    assert not (profiles_dir() / "Good-plan.json.lock").exists()
    assert not probe(folder)["read_only"]  # the next start opens it for editing


def test_a_crashed_windows_recovery_file_is_recovered_and_a_live_ones_never(folder: Path) -> None:
    """Item 9: one recovery file per window. A window that died leaves its file; the next start recovers it and
    removes it. A file of a window still running is left alone."""
    first = probe(folder, "edit")  # the child exits without cleaning up, as a crash would
    assert first["recovery_written"]
    left = list((folder / "recovery").iterdir())
    assert len(left) == 1
    live = folder / "recovery" / left[0].name.replace(left[0].name.split("-")[1], str(os.getpid()), 1)
    left[0].rename(live)  # as if this (running) process had written it
    assert probe(folder)["status"] == "" or "Recovered" not in probe(folder)["status"]
    assert live.exists()
    live.rename(left[0])
    second = probe(folder)
    assert "Recovered the unsaved changes" in second["status"] and not left[0].exists()


def test_no_settings_file_stops_the_window_from_reading_its_layout(qtbot, db, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """The attack found 429 of 922 settings variants fatal. Here: every truncation of a real settings file, and every
    key with every wrong kind of value, read by the same code the start uses (layout, recent files, last profile,
    the simulation switch). None may raise."""
    from buyer_app.ui.main_window import MainWindow
    from buyer_app.ui.settings_store import check_settings_file, settings_path, value_flag, value_text

    window = MainWindow(db, Profile())
    qtbot.addWidget(window)
    window.remember(save_profile(GOOD))
    window.save_layout()
    real = settings_path().read_bytes()
    wrong = [
        b"garbage",
        b"@ByteArray()",
        b"@ByteArray(\\0\\x1\\x2)",
        b"@Variant(\\0\\0\\0\\x7f\\0)",
        b"12",
        b"-1",
        b"true",
        b"@Invalid()",
        b"1, 2, 3",
        b'"\\"',
        b"x" * 5000,
        b"@Point(1 2)",
        b"@Rect(0 0 -5 -5)",
        b"",
    ]
    keys = [b"window/geometry", b"window/splitter", b"window/right_splitter", b"recent", b"last_profile", b"uncertainty/enabled"]
    variants = [real[:cut] for cut in range(0, len(real), max(1, len(real) // 300))]
    for key in keys:
        group, _, name = key.rpartition(b"/")
        for value in wrong:
            variants.append(b"[" + (group or b"General") + b"]\n" + name + b"=" + value + b"\n")
    for variant in variants:
        settings_path().write_bytes(variant)
        check_settings_file()
        window.restore_layout()
        window.recent_paths()
        window.refresh_recent()
        value_text("last_profile")
        value_flag("uncertainty/enabled", True)
    assert len(variants) > 350
