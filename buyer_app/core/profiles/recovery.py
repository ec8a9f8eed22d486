"""Crash recovery: each window keeps its unsaved changes in a recovery file of its own, so two windows never delete
each other's, and a window that died leaves its file for the next start.

Files live in `recovery/` of the user data folder, named `<host tag>-<pid>-<token>.json`; a file belongs to a
window that is gone when that process no longer runs on this host (or, from another host sharing the folder,
when it is more than a day old). The file names the saved profile it belongs to; a name outside the profiles
folder (a hand-edited or planted file) is ignored, so Save can never be pointed at another file.
Version 1 kept one `autosave.json` for every window; it is still read, as a window that is gone.
"""

from __future__ import annotations

import json
import os
import secrets
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


class RecoveryFile:
    """The recovery file of one window."""

    def __init__(self) -> None:
        self.path = recovery_dir() / f"{HOST_TAG}-{os.getpid()}-{secrets.token_hex(6)}.json"

    def write(self, profile: Profile, saved_as: Path | None) -> None:
        """Keep `profile` (unsaved changes of the file `saved_as`, if any); OSError or InputError (too large) when
        it cannot be written, and then the previous recovery file is as it was."""
        data = {"path": str(saved_as) if saved_as else None, "profile": profile_to_dict(profile)}
        text = json.dumps(data)
        if len(text.encode("utf-8")) > MAX_RECOVERY_BYTES:
            from buyer_app.core.errors import FieldProblem

            raise InputError(
                [FieldProblem("(recovery file size)", f"{len(text) / 1e6:.1f} MB", f"at most {MAX_RECOVERY_BYTES // 2**20} MiB")]
            )
        atomic_write_text(self.path, text, backup=False)

    def remove(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError:
            pass  # a read-only folder: nothing was written there either


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
