"""Window crash harness: kill -9 the real window (offscreen) while it saves, saves as, duplicates, renames, deletes,
opens and edits profiles through its own menu actions, at random moments, and check the data folder after each kill.

Each child is the window as `buyer_app.ui.app.start_window` builds it (recovering what the previous child left), then
a random sequence of File actions triggered as a click would (`QAction.trigger()`), the dialogs answered as a user
would. Before each action the child appends its intent to a journal (flushed, fsynced). After the kill, the harness
checks, before the next child starts:

- torn: every `*.json` in the profiles folder (and every `.bak`) loads as a profile;
- mixed: each profile's name belongs to its file, and its years kept is a value the child ever wrote;
- lost: every profile that existed when the child started still exists, unless the journal says this child was
  renaming or deleting it;
- recovery: every recovery file left by a dead window loads, and the next start recovers it.

Usage: .venv/bin/python tools/window_crash_harness.py [--kills N] [--max-delay-ms MS] [--seed S] [--folder DIR]

Children are forked from the harness after PySide6, pandas and the database are imported, so a kill costs about
half a second rather than a whole start-up. Prints the counts and the time; exits 1 on any problem.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from buyer_app.core.costs.choices import VehicleChoice  # noqa: E402
from buyer_app.core.errors import InputError  # noqa: E402
from buyer_app.core.files.safe_read import Unreadable  # noqa: E402
from buyer_app.core.household.fields import Household  # noqa: E402
from buyer_app.core.profiles.recovery import orphaned, read_recovered  # noqa: E402
from buyer_app.core.profiles.schema import Profile, load_profile  # noqa: E402
from buyer_app.core.profiles.store import path_for, profiles_dir, save_profile, slug  # noqa: E402

NAMES = ("Plan A", "Plan B", "Plan C", "Plan D")
FIRST = Profile("Plan A", Household(years=5), (VehicleChoice(48765, price=41000.0), VehicleChoice(48032)))
JOURNAL = "journal.jsonl"


def child(folder: Path, seed: int) -> None:
    """The window, doing file operations until killed (never returns)."""
    os.environ["BUYER_APP_DATA_DIR"] = str(folder / "data")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from buyer_app.ui.app import start_window

    rng = random.Random(seed)
    journal = os.open(folder / JOURNAL, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)

    def note(**entry: object) -> None:
        os.write(journal, (json.dumps({"pid": os.getpid(), **entry}) + "\n").encode())
        os.fsync(journal)

    names: list[str] = []
    QInputDialog.getText = staticmethod(lambda *_a, **_k: (names.pop(0), True))  # type: ignore[method-assign]

    def answer(box: QMessageBox) -> int:
        for wanted in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Discard, QMessageBox.StandardButton.Ok):
            if box.button(wanted) is not None:
                return int(wanted)
        return int(QMessageBox.StandardButton.Cancel)

    QMessageBox.exec = answer  # type: ignore[assignment]
    app, window, _first = start_window()
    actions = {a.text().replace("&", ""): a for a in window.file_menu.actions()}
    note(op="ready")  # the harness times its kill from here, so a slow start on a busy machine still gets killed mid-work

    def step() -> None:
        op = rng.choice(["edit", "edit", "save", "save_as", "duplicate", "rename", "delete", "open", "new"])
        name = rng.choice(NAMES)
        current = window.profile.name if window.path else None
        if op == "edit":
            years = rng.randint(1, 20)
            note(op="edit", name=current, years=years)
            editor = window.household.editors["years"]
            editor.setText(str(years))
            editor.textEdited.emit(str(years))
        elif op == "save":
            note(op="save", name=current or name, years=window.profile.household.years)
            names.append(name)
            actions["Save"].trigger()
        elif op in ("save_as", "duplicate", "rename"):
            if op != "save_as" and current is None:
                return
            note(op=op, name=name, source=current, years=window.profile.household.years)
            names.append(name)
            actions[{"save_as": "Save As…", "duplicate": "Duplicate…", "rename": "Rename…"}[op]].trigger()
        elif op == "delete" and current is not None:
            note(op="delete", name=current)
            actions["Delete…"].trigger()
        elif op == "open":
            existing = [p for p in profiles_dir().glob("*.json")]
            if existing:
                target = rng.choice(existing)
                note(op="open", name=target.stem)
                window.open_path(target)
        elif op == "new":
            note(op="new")
            actions["New"].trigger()
        names.clear()

    timer = QTimer()
    timer.timeout.connect(step)
    timer.start(0)
    app.exec()
    os._exit(0)


@dataclass
class Tally:
    kills: int = 0
    operations: int = 0
    torn: int = 0
    mixed: int = 0
    lost: int = 0
    recovery_bad: int = 0
    recovered: int = 0
    problems: list[str] = field(default_factory=list)

    def bad(self, kind: str, text: str) -> None:
        setattr(self, kind, getattr(self, kind) + 1)
        if len(self.problems) < 20:
            self.problems.append(f"{kind}: {text}")


def _journal(folder: Path, pid: int) -> list[dict[str, object]]:
    path = folder / JOURNAL
    if not path.exists():
        return []
    entries = []
    for line in path.read_text().splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            continue  # the last line may be cut by the kill
        if entry.get("pid") == pid and entry.get("op") != "ready":
            entries.append(entry)
    return entries


def _wait_until_ready(folder: Path, pid: int, timeout_s: float = 60.0) -> bool:
    """Wait until the child `pid` has its window up (its "ready" line in the journal) or `timeout_s` passed: True;
    False when it ended on its own (it is reaped then)."""
    path = folder / JOURNAL
    needle = f'{{"pid": {pid}, "op": "ready"}}'
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if path.exists() and needle in path.read_text():
            return True
        if os.waitpid(pid, os.WNOHANG) != (0, 0):
            return False
        time.sleep(0.01)
    return True


def check(folder: Path, before: set[str], pid: int, years_ever: set[int], tally: Tally) -> set[str]:
    """Check the folder after the kill of child `pid`; returns the profile names now present."""
    os.environ["BUYER_APP_DATA_DIR"] = str(folder / "data")
    entries = _journal(folder, pid)
    tally.operations += len(entries)
    years_ever |= {int(e["years"]) for e in entries if isinstance(e.get("years"), int)}  # type: ignore[call-overload]
    present: set[str] = set()
    for path in profiles_dir().glob("*.json"):
        try:
            profile = load_profile(path)
        except InputError as exc:
            tally.bad("torn", f"{path.name}: {exc}")
            continue
        present.add(profile.name)
        if slug(profile.name) != path.stem:
            tally.bad("mixed", f"{path.name} holds the profile named {profile.name!r}")
        if profile.household.years not in years_ever:
            tally.bad("mixed", f"{path.name}: years {profile.household.years} was never written")
        backup = path.with_name(path.name + ".bak")
        if backup.exists():
            try:
                load_profile(backup)
            except InputError as exc:
                tally.bad("torn", f"{backup.name}: {exc}")
    moving = {str(e.get("source") or e.get("name")) for e in entries if e.get("op") in ("rename", "delete")}
    for name in before - present - moving:
        tally.bad("lost", f"{name!r} existed when the window started and is gone")
    for file in orphaned():
        try:
            found = read_recovered(file)
        except (Unreadable, InputError) as exc:
            tally.bad("recovery_bad", f"{file.name}: {exc}")
            continue
        if found.profile.household.years not in years_ever:
            tally.bad("recovery_bad", f"{file.name}: years {found.profile.household.years} was never written")
    return present


def run(kills: int, max_delay_s: float, seed: int, folder: Path | None = None, quiet: bool = False) -> Tally:
    """Kill `kills` windows at random moments; returns the tally."""
    import PySide6.QtWidgets  # noqa: F401  (imported before forking: each child starts quickly)

    from buyer_app.core.vehicles.database import load_database
    from buyer_app.ui import app as _app  # noqa: F401
    from buyer_app.ui import main_window as _mw  # noqa: F401

    load_database()  # warms the file cache and pandas
    rng = random.Random(seed)
    own = folder is None
    base = Path(tempfile.mkdtemp(prefix="window-crash-")) if own else folder
    assert base is not None
    os.environ["BUYER_APP_DATA_DIR"] = str(base / "data")
    save_profile(FIRST, path_for(FIRST.name))
    tally = Tally()
    years_ever = {FIRST.household.years}
    present = {FIRST.name}
    started = time.monotonic()
    for k in range(kills):
        pid = os.fork()
        if pid == 0:
            try:
                child(base, seed * 100_003 + k)
            finally:
                os._exit(3)
        delay = rng.uniform(0.0, max_delay_s)  # a random point in the operations
        if _wait_until_ready(base, pid):
            time.sleep(delay)
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        tally.kills += 1
        present = check(base, present, pid, years_ever, tally)
        if not quiet and (k + 1) % 50 == 0:
            print(
                f"  {k + 1} kills, {tally.operations} operations, problems: {tally.torn + tally.mixed + tally.lost}", flush=True
            )
    recovered_before = len(orphaned())
    tally.recovered = recovered_before
    if not quiet:
        print(
            f"{tally.kills} kills in {time.monotonic() - started:.0f} s; {tally.operations} file operations journaled; "
            f"torn {tally.torn}, mixed {tally.mixed}, lost {tally.lost}, unreadable recovery files "
            f"{tally.recovery_bad}"
        )
        for problem in tally.problems:
            print("  " + problem)
    return tally


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--max-delay-ms", type=float, default=800.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--folder", type=Path)
    args = parser.parse_args()
    tally = run(args.kills, args.max_delay_ms / 1000, args.seed, args.folder)
    return 1 if tally.torn or tally.mixed or tally.lost or tally.recovery_bad else 0


if __name__ == "__main__":
    sys.exit(main())
