"""Where user data lives, and atomic writes that never leave a half-written file."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import platformdirs

DATA_DIR_ENV = "BUYER_APP_DATA_DIR"


def user_data_dir() -> Path:
    """The user's data folder (profiles, imported databases); BUYER_APP_DATA_DIR overrides it."""
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) if override else Path(platformdirs.user_data_dir("buyer-app", appauthor=False))
    return path


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


def atomic_write_bytes(path: Path, data: bytes, *, backup: bool = True) -> None:
    """Write `data` to `path` atomically: temp file in the same folder, fsync, os.replace.

    With `backup`, the previous version is kept as `<name>.bak` (also replaced atomically).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    bak_tmp: Path | None = None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if backup and path.exists():
            bak_fd, bak_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".bak.tmp", dir=path.parent)
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
