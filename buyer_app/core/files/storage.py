"""Where user data lives, and atomic writes that never leave a half-written file."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import socket
import sys
import tempfile
import time
from pathlib import Path

import platformdirs

DATA_DIR_ENV = "BUYER_APP_DATA_DIR"


def user_data_dir() -> Path:
    """The user's data folder (profiles, imported databases); BUYER_APP_DATA_DIR overrides it."""
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) if override else Path(platformdirs.user_data_dir("buyer-app", appauthor=False))
    return path


def data_folder_problem(folder: Path | None = None) -> str:
    """Why the user's data folder cannot be written ("" when it can): tried by creating it and a file in it."""
    folder = folder or user_data_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=".write-check-", dir=folder)
        try:
            os.write(fd, b"x")  # a full disk lets a file be created but not written
        finally:
            os.close(fd)
            os.unlink(name)
    except OSError as exc:
        return f"{folder} cannot be written ({exc.strerror or exc})"
    return ""


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# Temp files are named `.<name>.<host tag>-<pid>.<random>.tmp`, so a writer killed mid-save (kill -9, power
# cut, crash) leaves a file the next save can recognise and remove: same host and that pid is gone.
HOST_TAG = hashlib.sha256(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:8]
_TEMP_OWNER = re.compile(r"\.(?P<host>[0-9a-f]{8})-(?P<pid>\d+)\.[^.]+(?:\.bak)?\.tmp")
FOREIGN_TEMP_AGE = 24 * 3600  # a temp file of another host (a shared folder) or an older release: a day old


def pid_alive(pid: int) -> bool:
    """Whether process `pid` exists on this host (a process of another user counts as alive)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # os.kill(pid, 0) would terminate the process there
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return bool(kernel32.GetLastError() == 5)  # access denied: it exists
        code = ctypes.c_ulong()
        ok = kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return not ok or code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def remove_stale_temps(path: Path) -> list[Path]:
    """Remove the temp files an interrupted save of `path` left behind; returns what was removed.

    A temp file is stale when its writer (this host, pid in its name) no longer runs, or, for a name
    without this host's tag, when it is more than a day old. A live writer's temp file is never touched.
    """
    removed: list[Path] = []
    try:
        candidates = [p for p in path.parent.iterdir() if p.name.startswith(f".{path.name}.") and p.name.endswith(".tmp")]
    except OSError:
        return removed
    now = time.time()
    for candidate in candidates:
        owner = _TEMP_OWNER.fullmatch(candidate.name[len(path.name) + 1 :])
        if owner and owner["host"] == HOST_TAG:
            stale = int(owner["pid"]) != os.getpid() and not pid_alive(int(owner["pid"]))
        else:
            try:
                stale = now - candidate.stat().st_mtime > FOREIGN_TEMP_AGE
            except OSError:
                continue
        if stale:
            try:
                candidate.unlink()
                removed.append(candidate)
            except OSError:
                pass
    return removed


def atomic_write_bytes(path: Path, data: bytes, *, backup: bool = True) -> None:
    """Write `data` to `path` atomically: temp file in the same folder, fsync, os.replace.

    With `backup`, the previous version is kept as `<name>.bak` (also replaced atomically). Temp files
    left by an earlier save that was killed are removed first (see remove_stale_temps).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temps(path)
    prefix = f".{path.name}.{HOST_TAG}-{os.getpid()}."
    fd, tmp_name = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    bak_tmp: Path | None = None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if backup and path.exists():
            bak_fd, bak_name = tempfile.mkstemp(prefix=prefix, suffix=".bak.tmp", dir=path.parent)
            bak_tmp = Path(bak_name)
            with os.fdopen(bak_fd, "wb") as bak, open(path, "rb") as current:
                shutil.copyfileobj(current, bak)
                bak.flush()
                os.fsync(bak.fileno())
            os.replace(bak_name, path.with_name(path.name + ".bak"))
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        if bak_tmp is not None:
            bak_tmp.unlink(missing_ok=True)
        raise


def atomic_write_text(path: Path, text: str, *, backup: bool = True) -> None:
    """Atomic write of UTF-8 text (see atomic_write_bytes)."""
    atomic_write_bytes(path, text.encode("utf-8"), backup=backup)
