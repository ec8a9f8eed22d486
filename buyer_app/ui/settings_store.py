"""The window's settings (`settings.ini` beside the user's data: layout, recent files, the last profile), read so
that no settings file can stop the window from opening.

`check_settings_file` runs once at start: a settings file that is not a regular file (a link, a folder, a pipe),
is larger than any the app writes, or cannot be parsed is renamed `settings.ini.unusable-<time>` and the window
starts with defaults. Every value is then read through a typed getter: a value of the wrong type (a hand edit,
a truncated file) is ignored, never passed to Qt.
"""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from buyer_app.core.files.storage import user_data_dir

SETTINGS_FILE = "settings.ini"
MAX_SETTINGS_BYTES = 256 * 1024  # the app writes a few KiB


def settings_path() -> Path:
    return user_data_dir() / SETTINGS_FILE


def settings() -> QSettings:
    """Window and recent-file settings, kept beside the user's data (BUYER_APP_DATA_DIR for tests)."""
    return QSettings(str(settings_path()), QSettings.Format.IniFormat)


def check_settings_file() -> str:
    """Set an unusable settings file aside; returns what was done, in words ("" when the file is fine or absent)."""
    path = settings_path()
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return ""
    except OSError as exc:
        return f"The window settings could not be read ({exc.strerror}); defaults are used."
    reason = ""
    if stat.S_ISLNK(info.st_mode):
        reason = "it is a link to another file (the app never writes through one)"
    elif not stat.S_ISREG(info.st_mode):
        reason = "it is not a regular file"
    elif info.st_size > MAX_SETTINGS_BYTES:
        reason = f"it is {info.st_size / 1e6:.1f} MB, far more than the app writes"
    elif settings().status() != QSettings.Status.NoError:
        reason = "it cannot be read as settings"
    if not reason:
        return ""
    aside = path.with_name(f"{SETTINGS_FILE}.unusable-{datetime.now(UTC):%Y%m%dT%H%M%S%fZ}")
    try:
        os.rename(path, aside)
    except OSError as exc:
        return f"The window settings file {path} is unusable ({reason}) and could not be moved ({exc.strerror})."
    return f"The window settings were reset: {path.name} was set aside as {aside.name} because {reason}."


def value_bytes(key: str) -> QByteArray | None:
    """A saved window geometry or splitter state, or None when absent or of the wrong type."""
    value = settings().value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def value_text(key: str) -> str | None:
    value = settings().value(key)
    return value if isinstance(value, str) and value and "\0" not in value and len(value) < 4096 else None


def value_texts(key: str, limit: int = 32) -> list[str]:
    """A list of texts (a single text counts as a list of one); anything else is ignored."""
    value = settings().value(key)
    items = [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
    return [v for v in items[:limit] if isinstance(v, str) and v and "\0" not in v and len(v) < 4096]


def value_flag(key: str, default: bool) -> bool:
    """A yes/no setting (QSettings keeps booleans as "true" / "false" in the file)."""
    value = settings().value(key)
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    return default
