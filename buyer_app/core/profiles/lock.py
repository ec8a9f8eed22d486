"""Two copies of the app on one profile: a lock file beside it, and saves that never overwrite another's.

Opening a profile for editing creates `NAME.json.lock` atomically (O_CREAT | O_EXCL) holding the owner's pid,
host, start time and a random token. A second opener gets `ProfileInUse` naming who holds it and since when
(the window then offers the profile read-only). A lock whose owner is gone is taken over: on the same host
when that process no longer runs (or the pid now belongs to another process, or the machine has restarted
since), from another host when it has not been refreshed for `OTHER_HOST_STALE_AFTER`. So a crashed app never
leaves a profile stuck. Releasing removes the lock only if it is still ours.

Independently of the lock, `save_unchanged` refuses to save over a file that changed on disk since it was
loaded or last saved (`ProfileChanged`): whatever happens to the locks, one copy's save never silently
replaces another's.

Over 300 lines because taking, checking and taking over a lock are one protocol whose cases (stale owner, reused
pid, another boot) must be read together.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from buyer_app.core.errors import FieldProblem, InputError
from buyer_app.core.files.safe_read import Unreadable, read_limited
from buyer_app.core.files.storage import pid_alive
from buyer_app.core.profiles.schema import Profile
from buyer_app.core.profiles.store import save_profile

LOCK_SUFFIX = ".lock"
OTHER_HOST_STALE_AFTER = 12 * 3600.0  # seconds without a refresh after which another host's lock is stale
UNREADABLE_GRACE = 10.0  # an empty or garbled lock younger than this may be in the middle of being written


def lock_path(profile_path: Path) -> Path:
    return profile_path.with_name(profile_path.name + LOCK_SUFFIX)


def _boot_id() -> str:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
    except OSError:
        return ""


def _start_ticks(pid: int) -> str:
    """When process `pid` started (clock ticks since boot, Linux); empty when not known."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return ""
    fields = stat.rpartition(")")[2].split()
    return fields[19] if len(fields) > 19 else ""  # field 22 of stat(5), counted after the command name


@dataclass(frozen=True)
class LockOwner:
    """Who holds a lock: process, host, when it took the lock, and a token unique to that acquisition."""

    pid: int
    host: str
    since: datetime
    token: str
    boot: str = ""
    started: str = ""

    @staticmethod
    def current() -> LockOwner:
        pid = os.getpid()
        return LockOwner(pid, socket.gethostname(), datetime.now(UTC), secrets.token_hex(8), _boot_id(), _start_ticks(pid))

    def to_json(self) -> str:
        return (
            json.dumps(
                {
                    "pid": self.pid,
                    "host": self.host,
                    "since": self.since.isoformat(timespec="seconds"),
                    "token": self.token,
                    "boot": self.boot,
                    "started": self.started,
                }
            )
            + "\n"
        )

    @staticmethod
    def from_json(text: str) -> LockOwner | None:
        try:
            raw: Any = json.loads(text)
            pid, host, token = raw["pid"], raw["host"], raw["token"]
            since = datetime.fromisoformat(raw["since"])
            if not (isinstance(pid, int) and isinstance(host, str) and isinstance(token, str)):
                return None
            if since.tzinfo is None:
                since = since.replace(tzinfo=UTC)
            return LockOwner(pid, host, since, token, str(raw.get("boot", "")), str(raw.get("started", "")))
        except (ValueError, TypeError, KeyError, RecursionError):
            return None

    def describe(self) -> str:
        """'process 4242 on host-name since 2026-11-05 14:03' (local time)."""
        return f"process {self.pid} on {self.host} since {self.since.astimezone():%Y-%m-%d %H:%M}"


class ProfileInUse(InputError):
    """The profile is open for editing in another copy of the app (`owner`: who, None if the lock is unreadable)."""

    def __init__(self, path: Path, owner: LockOwner | None) -> None:
        self.path = path
        self.owner = owner
        who = owner.describe() if owner else "another copy of the app (its lock file is being written)"
        super().__init__(
            [
                FieldProblem(
                    "profile",
                    str(path),
                    f"a profile no other copy of the app has open; it is in "
                    f"use by {who}; open it read-only, or close the other copy",
                )
            ]
        )


class ProfileChanged(InputError):
    """The file on disk is no longer the one that was loaded or last saved: saving would overwrite someone's work."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            [
                FieldProblem(
                    "profile",
                    str(path),
                    "a file unchanged since it was opened or last saved; "
                    "another program or copy of the app has changed it, so it was not "
                    "overwritten (save under another name to keep both)",
                )
            ]
        )


NOT_A_LOCK = -1.0  # the "modification time" of something that can never be a lock (a pipe, a folder): stale at once


def _read(lock: Path) -> tuple[LockOwner | None, bytes, float] | None:
    """The lock's owner (None if unreadable), raw bytes and modification time; None if there is no lock. A lock
    that is not a regular file (a named pipe would block a plain open) is never read: stale at once."""
    try:
        raw = read_limited(lock, 4096)
        mtime = os.stat(lock).st_mtime
    except Unreadable as exc:
        if exc.kind == "missing":
            return None
        return None, b"", NOT_A_LOCK
    except FileNotFoundError:
        return None
    return LockOwner.from_json(raw.decode("utf-8", "replace")), raw, mtime


def is_stale(owner: LockOwner | None, mtime: float, now: float | None = None) -> bool:
    """Whether a lock can be taken over: its owner has gone (see the module's notes)."""
    now = time.time() if now is None else now
    if owner is None:
        return mtime == NOT_A_LOCK or now - mtime > UNREADABLE_GRACE
    if owner.host != socket.gethostname():
        return now - max(mtime, owner.since.timestamp()) > OTHER_HOST_STALE_AFTER
    if owner.boot and _boot_id() and owner.boot != _boot_id():
        return True  # the machine restarted since: no process of that time still runs
    if not pid_alive(owner.pid):
        return True
    return bool(owner.started) and _start_ticks(owner.pid) not in ("", owner.started)  # the pid was reused


class ProfileLock:
    """A held lock on one profile file; `acquire` it, `release` it when the profile is closed."""

    def __init__(self, profile_path: Path, owner: LockOwner) -> None:
        self.profile_path = profile_path
        self.path = lock_path(profile_path)
        self.owner = owner

    @classmethod
    def acquire(cls, profile_path: Path) -> ProfileLock:
        """Take the lock of `profile_path` (a stale one is taken over); ProfileInUse if another copy holds it."""
        lock = lock_path(profile_path)
        lock.parent.mkdir(parents=True, exist_ok=True)
        me = LockOwner.current()
        found: tuple[LockOwner | None, bytes, float] | None = None
        for _attempt in range(5):
            try:
                fd = os.open(lock, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                found = _read(lock)
                if found is None:
                    continue  # released in between: try again
                owner, raw, mtime = found
                if not is_stale(owner, mtime):
                    raise ProfileInUse(profile_path, owner) from None
                _take_over(lock, raw)
                continue
            try:
                os.write(fd, me.to_json().encode("utf-8"))
                os.fsync(fd)
            except OSError:  # a full disk: never leave an empty lock that would make the next open read-only
                os.close(fd)
                lock.unlink(missing_ok=True)
                raise
            os.close(fd)
            return cls(profile_path, me)
        raise ProfileInUse(profile_path, found[0] if found else None)  # others kept racing for it

    def held(self) -> bool:
        """True while the lock file on disk is still this one (not released, not taken over)."""
        found = _read(self.path)
        return found is not None and found[0] is not None and found[0].token == self.owner.token

    def refresh(self) -> None:
        """Mark the lock as alive (another host takes over a lock not refreshed for OTHER_HOST_STALE_AFTER)."""
        if self.held():
            try:
                os.utime(self.path)
            except OSError:
                pass

    def release(self) -> None:
        """Remove the lock if it is still ours; never someone else's."""
        if self.held():
            try:
                self.path.unlink()
            except FileNotFoundError:
                pass

    def __enter__(self) -> ProfileLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _take_over(lock: Path, stale_raw: bytes) -> None:
    """Remove a stale lock, but only the one judged stale: if another opener replaced it meanwhile, put theirs back."""
    aside = lock.with_name(f"{lock.name}.stale-{secrets.token_hex(6)}")
    try:
        os.rename(lock, aside)
    except FileNotFoundError:
        return
    try:
        try:
            now_raw = read_limited(aside, 4096)
        except Unreadable:
            now_raw = b""  # a pipe or a folder in the lock's place: never a lock
        if now_raw != stale_raw:
            try:
                os.link(aside, lock)  # a fresh lock taken in between: restore it unless yet another exists
            except OSError:
                pass
    finally:
        try:
            aside.unlink(missing_ok=True)
        except IsADirectoryError:
            pass  # a folder in the lock's place stays, set aside under its .stale name


def disk_stamp(path: Path) -> str | None:
    """A fingerprint of the file's content (None when there is no file), to notice changes made by others."""
    try:
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except FileNotFoundError:
        return None


def save_unchanged(profile: Profile, path: Path, stamp: str | None) -> str | None:
    """Save `profile` to `path` unless the file changed since `stamp` was taken; returns the new stamp.

    `stamp` is what `disk_stamp` gave when the file was loaded or last saved (None: there was no file then).
    A file deleted since is simply written again.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    with _saving(path.parent):  # the check and the write as one step among copies of the app
        current = disk_stamp(path)
        if current is not None and current != stamp:
            raise ProfileChanged(path)
        save_profile(profile, path)
        return disk_stamp(path)


@contextmanager
def _saving(folder: Path) -> Iterator[None]:
    """Hold an exclusive advisory lock on the profile folder (POSIX flock; elsewhere no lock) while saving."""
    try:
        import fcntl
    except ImportError:  # Windows: the ownership lock still keeps two copies from editing one profile
        yield
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock
