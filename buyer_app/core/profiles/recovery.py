"""Crash recovery: each window keeps its unsaved changes in a recovery file of its own, so two windows never delete
each other's, and a window that died leaves its file for the next start.

Files live in `recovery/` of the user data folder, named `<host tag>-<pid>-<token>.json`; a file belongs to a
window that is gone when that process no longer runs on this host (or, from another host sharing the folder,
when it is more than a day old). The file names the saved profile it belongs to; a name outside the profiles
folder (a hand-edited or planted file) is ignored, so Save can never be pointed at another file.
Version 1 kept one `autosave.json` for every window; it is still read, as a window that is gone.

A what-if slider dragged changes the profile many times a second, and a write with its fsync costs a frame or two:
`write_soon` hands the latest state to one writer thread (a step replaces what is still waiting, so an older state
never lands after a newer one), while `write` and `remove` are done at once and supersede anything waiting. The
writer thread stays for a while after its last write (a drag's next step does not wait for a thread to start);
a process that quits first waits for the last state to be on disk (atexit).
"""

from __future__ import annotations

import atexit
import json
import os
import secrets
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from buyer_app.core.errors import InputError
from buyer_app.core.files.safe_read import Unreadable, inside, is_regular_file, read_json
from buyer_app.core.files.storage import HOST_TAG, atomic_write_text
from buyer_app.core.profiles.recovery_files import FOREIGN_AGE as FOREIGN_AGE  # named here as before
from buyer_app.core.profiles.recovery_files import LEGACY_FILE as LEGACY_FILE
from buyer_app.core.profiles.recovery_files import RECOVERY_FOLDER as RECOVERY_FOLDER
from buyer_app.core.profiles.recovery_files import legacy_file as legacy_file
from buyer_app.core.profiles.recovery_files import orphaned as orphaned
from buyer_app.core.profiles.recovery_files import recovery_dir
from buyer_app.core.profiles.schema import MAX_PROFILE_BYTES, Profile, profile_from_dict, profile_to_dict
from buyer_app.core.profiles.store import profiles_dir

MAX_RECOVERY_BYTES = MAX_PROFILE_BYTES + 64 * 1024  # a profile and the name of its file
WRITER_IDLE = 5.0  # seconds the writer thread waits for another state before it ends


class RecoveryFile:
    """The recovery file of one window. `on_written(error)` (optional) is called on the writer thread after each
    `write_soon` that reached the disk (error None) or failed (the OSError); a face relays it to its own thread."""

    def __init__(self) -> None:
        self.path = recovery_dir() / f"{HOST_TAG}-{os.getpid()}-{secrets.token_hex(6)}.json"
        self.on_written: Callable[[OSError | None], None] | None = None
        self._state = threading.Condition()  # guards the fields below
        self._io = threading.Lock()  # held while the file is written or removed: one change on disk at a time
        self._generation = 0  # every write or removal asked for takes the next number; an older one is dropped
        self._waiting: tuple[int, str] | None = None  # the latest state for the writer thread, not yet taken
        self._writer: threading.Thread | None = None
        self._busy = False  # the writer thread has taken a state and not yet written it

    def _text(self, profile: Profile, saved_as: Path | None) -> str:
        data = {"path": str(saved_as) if saved_as else None, "profile": profile_to_dict(profile)}
        text = json.dumps(data)
        if len(text.encode("utf-8")) > MAX_RECOVERY_BYTES:
            from buyer_app.core.errors import FieldProblem

            raise InputError(
                [FieldProblem("(recovery file size)", f"{len(text) / 1e6:.1f} MB", f"at most {MAX_RECOVERY_BYTES // 2**20} MiB")]
            )
        return text

    def _supersede(self) -> None:
        """Whatever is waiting for the writer thread (or taken but not yet written) is older than what follows."""
        with self._state:
            self._generation += 1
            self._waiting = None
            self._state.notify_all()

    def write(self, profile: Profile, saved_as: Path | None) -> None:
        """Keep `profile` (unsaved changes of the file `saved_as`, if any) now; OSError or InputError (too large) when
        it cannot be written, and then the previous recovery file is as it was."""
        text = self._text(profile, saved_as)
        self._supersede()
        with self._io:
            atomic_write_text(self.path, text, backup=False)

    def write_soon(self, profile: Profile, saved_as: Path | None) -> None:
        """Keep `profile` from the writer thread (returns at once); InputError (too large) at once. A later call before
        it is written replaces it; `write`, `remove` or `flush` after it come after it on disk."""
        text = self._text(profile, saved_as)
        with self._state:
            self._generation += 1
            self._waiting = (self._generation, text)
            if self._writer is None:
                # a daemon, so an idle writer never holds a quitting process; atexit flushes what is waiting
                self._writer = threading.Thread(target=self._write_waiting, name="recovery-file", daemon=True)
                self._writer.start()
                _WRITING.add(self)
            else:
                self._state.notify_all()

    def _write_waiting(self) -> None:
        """The writer thread: the latest waiting state, until none has come for WRITER_IDLE seconds."""
        try:
            while True:
                with self._state:
                    self._busy = False
                    self._state.notify_all()  # a flush waiting for the write just done
                    if self._waiting is None:
                        self._state.wait(WRITER_IDLE)
                    taken, self._waiting = self._waiting, None
                    if taken is None:
                        self._writer = None  # in the same hold as the check: a write_soon after it starts another
                        return
                    self._busy = True
                generation, text = taken
                error: OSError | None = None
                with self._io:
                    with self._state:
                        if generation != self._generation:
                            continue  # a newer state, a write or a removal came since: this one is out of date
                    try:
                        atomic_write_text(self.path, text, backup=False)
                    except OSError as exc:
                        error = exc
                if self.on_written is not None:
                    self.on_written(error)
        finally:  # also when it failed in a way no write should (on_written raised): the next write_soon starts another
            with self._state:
                if self._writer is threading.current_thread():
                    self._writer = None
                self._busy = False
                self._state.notify_all()

    def pending(self) -> bool:
        """Whether a state handed to `write_soon` is still waiting or being written."""
        with self._state:
            return self._writer is not None and (self._waiting is not None or self._busy)

    def flush(self) -> None:
        """Return once the last state handed to `write_soon` is on disk (or its write failed)."""
        with self._state:
            while (self._waiting is not None or self._busy) and self._writer is not None:
                if self._writer is threading.current_thread():
                    return
                self._state.wait()

    def remove(self) -> None:
        self._supersede()
        with self._io:
            try:
                self.path.unlink(missing_ok=True)
            except OSError:
                pass  # a read-only folder: nothing was written there either


_WRITING: weakref.WeakSet[RecoveryFile] = weakref.WeakSet()  # files that have had a writer thread


@atexit.register
def _flush_all() -> None:
    """A process that quits leaves each window's last state on disk (the writer threads are daemons)."""
    for file in list(_WRITING):
        file.flush()


@dataclass(frozen=True)
class Recovered:
    """Unsaved changes found at start: the profile, the saved file they belong to (None: a new profile, or a
    name that was ignored), the recovery file, and why a name was ignored ("" when it was not)."""

    profile: Profile
    saved_as: Path | None
    source: Path
    ignored_path: str = ""


def read_recovered(path: Path) -> Recovered:
    """The unsaved changes in a recovery file; Unreadable or InputError when it cannot be used."""
    data = read_json(path, MAX_RECOVERY_BYTES)
    if not isinstance(data, dict) or not isinstance(data.get("profile"), dict):
        raise Unreadable(path, 'not a recovery file (an object with "path" and "profile")')
    profile = profile_from_dict(data["profile"], "recovered changes")
    raw = data.get("path")
    if raw is None:
        return Recovered(profile, None, path)
    saved_as = Path(raw) if isinstance(raw, str) and raw and "\0" not in raw else None
    folder = profiles_dir()
    if (
        saved_as is None
        or not inside(saved_as, folder)
        or saved_as.suffix != ".json"
        or (os.path.lexists(saved_as) and not is_regular_file(saved_as))
    ):
        shown = raw if isinstance(raw, str) else type(raw).__name__
        return Recovered(profile, None, path, ignored_path=str(shown)[:200])
    return Recovered(profile, saved_as, path)


def discard(path: Path) -> Path | None:
    """Take a recovery file out of the way: a usable regular file is removed (its changes are now in a window, or
    it could not be read and was set aside first); anything else is renamed `<name>.unusable-<time>`. Returns
    where it went (None: removed or nothing could be done in a read-only folder)."""
    try:
        if is_regular_file(path) and not path.is_symlink():
            path.unlink()
            return None
        aside = path.with_name(f"{path.name}.unusable-{datetime.now(UTC):%Y%m%dT%H%M%S%fZ}")
        os.rename(path, aside)
        return aside
    except OSError:
        return None
