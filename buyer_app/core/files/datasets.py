"""Where the user's imported data sets live, and how one is made active or dropped atomically.

Each kind (prices, incentives, state-figures) has a folder `data-sets/<kind>/` in the user's data folder. An import
writes its files and a `metadata.json` into a fresh staging folder, renames it to `set-<sha>-<time>`, and only then
replaces the small pointer `active.json` (os.replace): a failure at any step leaves the active data as it was.
`reset` removes the pointer, so the shipped data is used again. Imports of a folder are serialised by a lock.
The EPA vehicle database keeps its own folder (`databases/`, core/vehicles/db_import.py) and shares the lock.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from buyer_app.core.errors import ImportRefused
from buyer_app.core.files.safe_read import Unreadable, read_json
from buyer_app.core.files.storage import atomic_write_text, user_data_dir

KINDS = ("prices", "incentives", "state-figures")
POINTER = "active.json"
METADATA = "metadata.json"
LOCK = ".import.lock"
KEEP = 2  # the active set and the one before it


def data_set_dir(kind: str) -> Path:
    """The folder holding the imports of one kind."""
    if kind not in KINDS:
        raise ValueError(f"unknown data set {kind!r} (one of {', '.join(KINDS)})")
    return user_data_dir() / "data-sets" / kind


def pointer_path(kind: str) -> Path:
    return data_set_dir(kind) / POINTER


def pointed_folder(pointer: Path, prefix: str) -> str | None:
    """The folder an import's pointer file names (`{"folder": "<prefix>-..."}`), or None without a pointer file;
    ValueError naming the problem when the pointer cannot be used. Shared with the EPA database's pointer."""
    if not os.path.lexists(pointer):
        return None
    try:
        data = read_json(pointer, 4096)
    except Unreadable as exc:
        raise ValueError(f"{pointer}: {exc.reason}") from None
    name = data.get("folder") if isinstance(data, dict) else None
    if not isinstance(name, str) or not re.fullmatch(prefix + r"-[0-9A-Za-z_-]{1,80}", name):
        raise ValueError(f'{pointer}: not {{"folder": "{prefix}-..."}} as an import writes it')
    return name


def active_set(kind: str) -> tuple[Path, dict[str, Any]] | None:
    """The folder and metadata of the active import of `kind`, or None when the shipped data is in use; ValueError
    naming the problem when the pointer or the folder cannot be used (the caller then uses the shipped data and
    says why)."""
    name = pointed_folder(pointer_path(kind), "set")
    if name is None:
        return None
    folder = data_set_dir(kind) / name
    try:
        metadata = read_json(folder / METADATA, 1 << 20)
    except Unreadable as exc:
        raise ValueError(f"{folder / METADATA}: {exc.reason}") from None
    if not isinstance(metadata, dict):
        raise ValueError(f"{folder / METADATA}: not the metadata object an import writes")
    return folder, metadata


@contextmanager
def import_lock(root: Path) -> Iterator[None]:
    """One import at a time in a data folder (POSIX flock; elsewhere no lock): a second is refused, not queued."""
    try:
        import fcntl
    except ImportError:
        yield
        return
    try:
        fd = os.open(root / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise ImportRefused(f"{root} cannot be written ({exc.strerror or exc}); nothing was imported") from exc
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise ImportRefused(
                "another import is running in this data folder; try again when it has finished (the active data is unchanged)"
            ) from None
        yield
    finally:
        os.close(fd)  # closing releases the lock


def install(kind: str, files: dict[str, bytes], metadata: dict[str, Any]) -> Path:
    """Write `files` and `metadata` (with `imported_at` added) as the new active set of `kind`; returns its folder.
    ImportRefused when the folder cannot be written, the active set then unchanged."""
    root = data_set_dir(kind)
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ImportRefused(f"{root} cannot be created ({exc.strerror or exc}); nothing was imported") from exc
    stamp = datetime.now(UTC)
    metadata = {**metadata, "imported_at": stamp.strftime("%Y-%m-%dT%H:%M:%SZ")}
    with import_lock(root):
        staging: Path | None = None
        try:
            staging = Path(tempfile.mkdtemp(prefix="import-", dir=root))
            for name, data in files.items():
                (staging / name).write_bytes(data)
            (staging / METADATA).write_text(json.dumps(metadata, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            final = root / f"set-{str(metadata.get('sha256', 'x'))[:12]}-{stamp:%Y%m%d%H%M%S%f}"
            staging.rename(final)
        except OSError as exc:
            if staging is not None:
                shutil.rmtree(staging, ignore_errors=True)
            raise ImportRefused(f"the data could not be written in {root} ({exc.strerror or exc}); nothing was imported") from exc
        try:
            atomic_write_text(root / POINTER, json.dumps({"folder": final.name}) + "\n")
        except OSError as exc:
            shutil.rmtree(final, ignore_errors=True)
            raise ImportRefused(
                f"{root / POINTER} could not be written ({exc.strerror or exc}); the active data is unchanged"
            ) from exc
        _prune(root, keep=final.name)
    return final


def reset(kind: str) -> bool:
    """Use the shipped data of `kind` again (the imports stay on disk until the next import prunes them); whether an
    import was active."""
    pointer = pointer_path(kind)
    if not os.path.lexists(pointer):
        return False
    os.replace(pointer, pointer.with_name(POINTER + ".reset"))  # atomic: the pointer is gone in one step
    return True


def _prune(root: Path, keep: str) -> None:
    folders = sorted((p for p in root.glob("set-*") if p.is_dir()), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in [p for p in folders if p.name != keep][KEEP - 1 :]:
        shutil.rmtree(old, ignore_errors=True)
    for stale in root.glob("import-*"):
        shutil.rmtree(stale, ignore_errors=True)
