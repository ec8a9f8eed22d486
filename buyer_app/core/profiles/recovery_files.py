"""Which recovery files belong to windows that are gone (unsaved changes left by a crash), without reading them: light
(no profile schema, no pandas) so that start-up can tell whether there are any before it loads the rest.

`recovery` reads and writes the files; the names and the rule for "gone" are here.
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

from buyer_app.core.files.storage import HOST_TAG, pid_alive, user_data_dir

LEGACY_FILE = "autosave.json"
RECOVERY_FOLDER = "recovery"
FOREIGN_AGE = 24 * 3600.0  # seconds: another host's recovery file older than this belongs to a window that is gone
_NAME = re.compile(r"(?P<host>[0-9a-f]{8})-(?P<pid>\d+)-[0-9a-f]{12}\.json")


def recovery_dir() -> Path:
    return user_data_dir() / RECOVERY_FOLDER


def legacy_file() -> Path:
    return user_data_dir() / LEGACY_FILE


def _gone(path: Path, now: float) -> bool:
    """Whether the window that wrote `path` has gone (never a running window's own file)."""
    match = _NAME.fullmatch(path.name)
    if match is None:
        return False
    if match["host"] == HOST_TAG:
        pid = int(match["pid"])
        return pid != os.getpid() and not pid_alive(pid)
    try:
        return now - path.stat().st_mtime > FOREIGN_AGE
    except OSError:
        return False


def orphaned() -> list[Path]:
    """Recovery files of windows that are gone, newest first (the version-1 `autosave.json` among them). Anything
    in the folder that is not a regular file is listed too, to be set aside by `discard`."""
    now = time.time()
    found: list[tuple[float, Path]] = []
    candidates = [legacy_file()]
    try:
        candidates += list(recovery_dir().iterdir())
    except OSError:
        pass
    for path in candidates:
        if path == legacy_file():
            if not os.path.lexists(path):
                continue
        elif not _gone(path, now):
            continue
        try:
            mtime = os.lstat(path).st_mtime
        except OSError:
            continue
        found.append((mtime, path))
    return [p for _m, p in sorted(found, key=lambda item: item[0], reverse=True)]
