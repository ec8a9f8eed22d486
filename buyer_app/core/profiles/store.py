"""Saved comparison profiles in the user's data folder: save, open, list, duplicate, rename, delete.

Writes are atomic and keep the previous version as `<name>.json.bak`. A file that cannot be read is
never overwritten: `open_profile` raises, and `set_aside` copies it out of the way for the user.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from buyer_app.core.errors import FieldProblem, InputError
from buyer_app.core.files.safe_read import Unreadable, read_json
from buyer_app.core.files.storage import atomic_write_text, user_data_dir
from buyer_app.core.profiles import schema as profile_module
from buyer_app.core.profiles.schema import MAX_PROFILE_BYTES, Profile, load_profile, profile_to_dict

SUFFIX = ".json"


def profiles_dir() -> Path:
    """The folder of saved profiles (inside BUYER_APP_DATA_DIR when that is set)."""
    return user_data_dir() / "profiles"


def slug(name: str) -> str:
    """A safe file name for a profile name (letters, digits, dash and underscore)."""
    text = re.sub(r"[^A-Za-z0-9_-]+", "-", name.strip()).strip("-")[:80]
    return text or "profile"


def path_for(name: str) -> Path:
    return profiles_dir() / f"{slug(name)}{SUFFIX}"


def profile_text(profile: Profile) -> str:
    """The file's text as Save writes it; InputError if it would be larger than Open accepts (never written)."""
    text = json.dumps(profile_to_dict(profile), indent=2) + "\n"
    size = len(text.encode("utf-8"))
    if size > MAX_PROFILE_BYTES:
        raise InputError(
            [
                FieldProblem(
                    "(file size)",
                    f"{size / 1e6:.1f} MB",
                    f"at most {MAX_PROFILE_BYTES // 2**20} MiB, what Open accepts; shorten the longest names or the driving log",
                )
            ],
            f"profile {profile.name[:80]}",
        )
    return text


def save_profile(profile: Profile, path: Path | None = None) -> Path:
    """Write `profile` atomically (previous version kept as .bak); returns where it went. A profile too large to be
    opened again is refused (InputError) and nothing is written."""
    target = path or path_for(profile.name)
    atomic_write_text(target, profile_text(profile))
    return target


def open_profile(path: Path) -> Profile:
    """Read a saved profile; InputError (naming the problem) if it cannot be used, and then nothing is
    written. A profile of an older schema is migrated: the original is kept as `<name>.v<N>.bak` and the
    file rewritten in the current schema."""
    profile = load_profile(path)
    try:
        data = read_json(path, MAX_PROFILE_BYTES)
    except Unreadable:
        return profile  # changed under us since it was read: no migration now, the next open does it
    version = data.get("schema_version") if isinstance(data, dict) else None
    if isinstance(version, int) and version < profile_module.SCHEMA_VERSION:
        backup = path.with_name(f"{path.name}.v{version}.bak")
        try:
            if not backup.exists():
                shutil.copy2(path, backup)
            save_profile(profile, path)
        except (OSError, InputError):
            pass  # a read-only or full folder: the file stays in its old schema, read as it is, migrated next time
    return profile


SET_ASIDE_MAX_BYTES = 64 * 1024 * 1024  # a copy of an unreadable profile larger than this is not made


def set_aside(path: Path) -> Path | None:
    """Copy an unreadable profile to `<name>.unreadable-<UTC time>` next to it; the original stays. Only a regular
    file of a sane size is copied (a link to /dev/zero would fill the disk); None when no copy was made."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode) or info.st_size > SET_ASIDE_MAX_BYTES:
            return None
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        copy = path.with_name(f"{path.name}.unreadable-{stamp}")
        shutil.copyfile(path, copy, follow_symlinks=True)
    except OSError:
        return None  # a read-only or full folder: the original is still there, untouched
    return copy


def list_profiles() -> list[Path]:
    """Saved profiles, newest first."""
    folder = profiles_dir()
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"*{SUFFIX}"):  # regular files only: a folder or a pipe named x.json is not a profile
        try:
            info = os.stat(path)
        except OSError:
            continue
        if stat.S_ISREG(info.st_mode):
            found.append((info.st_mtime, path))
    return [path for _mtime, path in sorted(found, key=lambda item: item[0], reverse=True)]


def _free(name: str, own: Path | None = None) -> None:
    target = path_for(name)
    if target.exists() and target != own:
        raise InputError([FieldProblem("name", name, "a name no other saved profile uses")])


def renamed(profile: Profile, new_name: str) -> Profile:
    """`profile` under another name, everything else as it is (household, vehicles, what-ifs, driving,
    climate, uncertainty: every field of the dataclass, so a field added later is carried too)."""
    return replace(profile, name=new_name)


def duplicate_profile(path: Path, new_name: str) -> Path:
    """Save a copy of the profile at `path` under `new_name`; the original is not touched."""
    _free(new_name)
    return save_profile(renamed(open_profile(path), new_name))


def rename_profile(path: Path, new_name: str) -> Path:
    """Save under the new name, then remove the old file (and its backup). The new file is written and
    read back whole before anything of the old one goes: a failure on the way leaves the original and its
    backup as they were."""
    _free(new_name, own=path)
    profile = renamed(open_profile(path), new_name)
    target = path_for(new_name)
    if target == path:  # a new name with the same file name ("Texas sample" -> "Texas  sample"): saved in place
        return save_profile(profile, path)
    save_profile(profile, target)
    if load_profile(target) != profile:  # never expected: a save that does not read back stops the rename
        raise InputError([FieldProblem("name", new_name, "a file that reads back as written; the original was kept")])
    delete_profile(path)
    return target


def delete_profile(path: Path) -> None:
    path.unlink(missing_ok=True)
    path.with_name(path.name + ".bak").unlink(missing_ok=True)
