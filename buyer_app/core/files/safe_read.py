"""Reading the small files the app finds in its data folder (profiles, recovery files, locks, pointers) so that
no file can stop it: only regular files are read (a folder, a named pipe or a device such as /dev/zero never
is, and opening a pipe never blocks), never more than a limit, and every failure is an `Unreadable` with its
reason in words.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

# Python refuses to turn an integer of more than 4,300 digits into text (and JSON numbers are text): a file
# holding one is refused with this reason rather than a traceback.
HUGE_INTEGER = "a number of more than 4,300 digits"


class Unreadable(Exception):
    """A file that cannot be used; `kind` says which way (missing, not_regular, too_large, unreadable, content) and
    `reason` says why in words ("a named pipe, not a file")."""

    def __init__(self, path: Path, reason: str, kind: str = "content") -> None:
        self.path = path
        self.reason = reason
        self.kind = kind
        super().__init__(f"{path}: {reason}")


def kind_of(mode: int) -> str:
    """What a non-regular file is, in words."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def is_regular_file(path: Path) -> bool:
    """A regular file (after following links), without opening it; False for anything else or on any error."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; Unreadable otherwise (never blocks, never reads more)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise Unreadable(path, "no such file", "missing") from None
    except IsADirectoryError:
        raise Unreadable(path, "a folder, not a file", "not_regular") from None
    except OSError as exc:
        raise Unreadable(path, f"cannot be opened ({exc.strerror})", "unreadable") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise Unreadable(path, f"{kind_of(info.st_mode)}, not a file", "not_regular")
        if info.st_size > limit:
            raise Unreadable(path, f"{info.st_size / 1e6:.1f} MB, more than the {limit / 1e6:.1f} MB allowed", "too_large")
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            piece = os.read(fd, min(1 << 20, limit + 1 - size))
            if not piece:
                break
            chunks.append(piece)
            size += len(piece)
        if size > limit:  # it grew while being read
            raise Unreadable(path, f"more than the {limit / 1e6:.1f} MB allowed", "too_large")
        return b"".join(chunks)
    except OSError as exc:
        raise Unreadable(path, f"cannot be read ({exc.strerror})", "unreadable") from None
    finally:
        os.close(fd)


def read_json(path: Path, limit: int) -> Any:
    """The JSON value of a small regular file; Unreadable with the reason (not JSON, not UTF-8, too deep, a number too
    long for Python) otherwise."""
    raw = read_limited(path, limit)
    try:
        return json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise Unreadable(path, f"not UTF-8 text (byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise Unreadable(path, f"not complete JSON (line {exc.lineno} column {exc.colno}: {exc.msg})") from None
    except RecursionError:
        raise Unreadable(path, "JSON nested too deeply") from None
    except ValueError as exc:  # int() of a too-long digit string inside the decoder
        raise Unreadable(path, HUGE_INTEGER if "digits" in str(exc) else f"not usable JSON ({exc})") from None


def inside(path: Path, folder: Path) -> bool:
    """Whether `path` names an entry directly in `folder` (after resolving links in the folder's own path) and is not
    itself a symbolic link: where the app may write."""
    try:
        if path.is_symlink():
            return False
        return path.parent.resolve() == folder.resolve() and path.name not in ("", ".", "..")
    except (OSError, ValueError, RuntimeError):
        return False
