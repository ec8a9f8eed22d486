"""Crash-safety harness: kill -9 a process that saves a profile in a loop, at random moments, and check the files.

A child process saves two different valid versions of one profile, A (large: about a megabyte, so a write
takes long enough to be interrupted) and B (small), alternately with `buyer_app.core.profiles.store.save_profile`,
as fast as it can. After a random delay the harness kills it with SIGKILL and checks, before the next child
starts:

- the profile file exists, is not empty, and is byte for byte version A or version B (and loads as it);
- its backup `NAME.json.bak` is readable and is version A or B;
- temp files left behind by interrupted saves do not pile up (the next save removes a dead writer's).

Usage: .venv/bin/python tools/crash_harness.py [--kills N] [--max-delay-ms MS] [--seed S] [--spawn] [--folder DIR]

By default the child is forked from the harness (the save code is already imported, so 1,000 kills take a
minute or two); `--spawn` starts each child as a fresh interpreter instead (slower, about 1 s a kill).
Prints the counts and the time; exits 1 if any profile was lost or torn or the backup unreadable.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from buyer_app.core.costs.choices import Incentive, VehicleChoice  # noqa: E402
from buyer_app.core.household.fields import Household  # noqa: E402
from buyer_app.core.profiles.schema import Profile, load_profile, profile_to_dict  # noqa: E402
from buyer_app.core.profiles.store import save_profile  # noqa: E402

PROFILE_NAME = "crash-harness"
Saver = Callable[[Profile, Path], object]


def version_a() -> Profile:
    """The large version: 8 vehicles with long-named own incentives (about 1 MB on disk)."""
    ids = (48765, 48032, 49160, 47290, 47501, 48001, 48100, 48200)
    vehicles = tuple(
        VehicleChoice(
            vid, price=30000.0 + k, incentives=tuple(Incentive(f"offer {k}-{j} " + "x" * 4000, 500.0 + j) for j in range(30))
        )
        for k, vid in enumerate(ids)
    )
    return Profile(PROFILE_NAME, Household(years=10, annual_miles=11000.0), vehicles)


def version_b() -> Profile:
    """The small version: another household and one vehicle."""
    return Profile(PROFILE_NAME, Household(years=3, annual_miles=22000.0), (VehicleChoice(48765, price=41000.0),))


def serialised(profile: Profile) -> bytes:
    """Exactly what save_profile writes for `profile`."""
    return (json.dumps(profile_to_dict(profile), indent=2) + "\n").encode("utf-8")


def save_loop(path: Path, first: str, saver: Saver = save_profile) -> None:
    """The child's work: save A and B alternately until killed."""
    profiles = {"A": version_a(), "B": version_b()}
    order = ["A", "B"] if first == "A" else ["B", "A"]
    while True:
        for key in order:
            saver(profiles[key], path)


@dataclass
class Tally:
    kills: int = 0
    final_a: int = 0
    final_b: int = 0
    lost: int = 0  # missing or empty
    torn: int = 0  # neither A nor B
    backup_bad: int = 0
    interrupted: int = 0  # kills that left a temp file (the save was cut short)
    max_temps: int = 0
    problems: list[str] = field(default_factory=list)


def temp_files(path: Path) -> list[Path]:
    return sorted(p for p in path.parent.iterdir() if p.name.startswith(f".{path.name}.") and p.name.endswith(".tmp"))


def check(path: Path, versions: dict[bytes, str], tally: Tally, kill: int) -> None:
    backup = path.with_name(path.name + ".bak")
    if not path.exists() or path.stat().st_size == 0:
        tally.lost += 1
        tally.problems.append(f"kill {kill}: the profile is {'missing' if not path.exists() else 'empty'}")
    else:
        data = path.read_bytes()
        which = versions.get(data)
        if which is None:
            tally.torn += 1
            tally.problems.append(f"kill {kill}: the profile is neither A nor B ({len(data)} bytes)")
        else:
            loaded = load_profile(path)  # parses and validates, as the app would
            if serialised(loaded) != data:
                tally.torn += 1
                tally.problems.append(f"kill {kill}: the profile does not load back as version {which}")
            elif which == "A":
                tally.final_a += 1
            else:
                tally.final_b += 1
    if not backup.exists() or versions.get(backup.read_bytes()) is None:
        tally.backup_bad += 1
        tally.problems.append(f"kill {kill}: the backup is missing or neither A nor B")
    else:
        load_profile(backup)
    temps = temp_files(path)
    tally.interrupted += bool(temps)
    tally.max_temps = max(tally.max_temps, len(temps))


def start_child(path: Path, first: str, spawn: bool, saver: Saver) -> tuple[int, subprocess.Popen[bytes] | None]:
    if spawn:
        code = (
            f"import sys; sys.path.insert(0, {str(REPO)!r}); from pathlib import Path; "
            f"from tools.crash_harness import save_loop; save_loop(Path({str(path)!r}), {first!r})"
        )
        proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.DEVNULL)
        return proc.pid, proc
    pid = os.fork()
    if pid == 0:  # the child: save until killed; never returns into the harness
        try:
            save_loop(path, first, saver)
        finally:
            os._exit(3)
    return pid, None


def run(
    kills: int, max_delay_ms: float, seed: int, spawn: bool, folder: Path, quiet: bool = False, saver: Saver = save_profile
) -> Tally:
    """Kill a saving child `kills` times and check the files after each kill (`saver`: what the child saves with;
    the app's save_profile, or a deliberately unsafe one to show the harness notices)."""
    rng = random.Random(seed)
    path = folder / f"{PROFILE_NAME}.json"
    versions = {serialised(version_a()): "A", serialised(version_b()): "B"}
    save_profile(version_a(), path)
    save_profile(version_b(), path)  # the file is B, its backup A: both exist before the first kill
    tally = Tally()
    for kill in range(1, kills + 1):
        pid, proc = start_child(path, rng.choice("AB"), spawn, saver)
        if spawn:  # wait until the interpreter is up and saving (the file changes), then pick the moment
            before = path.stat().st_mtime_ns
            deadline = time.monotonic() + 30
            while path.stat().st_mtime_ns == before and time.monotonic() < deadline:
                time.sleep(0.005)
        time.sleep(rng.uniform(0, max_delay_ms) / 1000)
        os.kill(pid, signal.SIGKILL)
        if proc is not None:
            proc.wait()
        else:
            os.waitpid(pid, 0)
        tally.kills += 1
        check(path, versions, tally, kill)
        if not quiet and kill % 100 == 0:
            print(f"  {kill} kills: {tally.lost} lost, {tally.torn} torn, {tally.backup_bad} bad backups", flush=True)
    save_profile(version_b(), path)  # one clean save after the last kill removes the dead writers' temp files
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument(
        "--max-delay-ms", type=float, default=40.0, help="kill after a random delay from 0 to this (several saves' worth)"
    )
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--spawn", action="store_true", help="a fresh interpreter per child instead of fork")
    parser.add_argument("--folder", type=Path, default=None, help="where the profile lives (default: a temp folder)")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**31)
    with tempfile.TemporaryDirectory(prefix="crash-harness-") as tmp:
        folder = args.folder or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        tally = run(args.kills, args.max_delay_ms, seed, args.spawn, folder)
        seconds = time.perf_counter() - started
        left = temp_files(folder / f"{PROFILE_NAME}.json")
    print(
        f"crash harness: {tally.kills} kills (SIGKILL, random delay 0-{args.max_delay_ms:g} ms, seed {seed}, "
        f"{'spawned' if args.spawn else 'forked'} children) in {seconds:.1f} s"
    )
    print(f"  profile after the kill: version A {tally.final_a}, version B {tally.final_b}, lost {tally.lost}, torn {tally.torn}")
    print(f"  backup unreadable or neither version: {tally.backup_bad}")
    print(
        f"  kills that cut a save short (a temp file was left): {tally.interrupted}; most temp files at once: "
        f"{tally.max_temps}; left after a clean save: {len(left)}"
    )
    for problem in tally.problems[:20]:
        print("  PROBLEM " + problem)
    bad = tally.lost + tally.torn + tally.backup_bad
    print("RESULT: " + ("OK, 0 profiles lost or torn" if not bad and not left else f"FAILED ({bad} bad, {len(left)} temp files)"))
    return 1 if bad or left else 0


if __name__ == "__main__":
    sys.exit(main())
