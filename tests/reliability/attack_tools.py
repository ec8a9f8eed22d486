"""Helpers of the attack suite: a read-only folder and a full disk, as the app meets them."""

from __future__ import annotations

import contextlib
import os
import resource
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


def limit_file_size(limit: int) -> None:
    """In a child process (preexec_fn): no file can grow past `limit` bytes; the write fails (EFBIG), as on a full
    disk, instead of the process being killed."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[Path]:
    """`folder` as a read-only file system would present it: a read-only bind mount for root (who writes through
    any permission), permissions otherwise. Skips when neither can be had here."""
    if os.geteuid() != 0:
        modes = {p: p.stat().st_mode for p in (folder, *[d for d in folder.rglob("*") if d.is_dir()])}
        for path in modes:
            path.chmod(0o555)
        try:
            yield folder
        finally:
            for path, mode in modes.items():
                path.chmod(mode)
        return
    mount_point = folder.with_name(folder.name + "-ro")
    mount_point.mkdir()
    done = subprocess.run(["mount", "--bind", str(folder), str(mount_point)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"a read-only mount cannot be made here: {done.stderr.decode().strip()}")
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(mount_point)], check=True, capture_output=True)
        yield mount_point
    finally:
        subprocess.run(["umount", str(mount_point)], capture_output=True)
