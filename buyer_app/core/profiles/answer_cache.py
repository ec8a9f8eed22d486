"""The saved answer: the answer cards last computed for a saved profile, kept beside the user's data so that the
next start can show them at once (before the vehicle table and the charts' libraries load), then the live window.

One small JSON file, `start-answer.json` in the data folder (never in a profile). It names the profile file it
belongs to with that file's mtime (ns) and size, the app version, the same for the files the vehicle data comes
from (an imported database, the user's own prices, the shipped table) and the app's code (its newest file): the
answer is shown only while all of them are as they were. The cards are plain JSON values (`text.card` reads
them back); the window's geometry and where the cards sat in it are opaque to this module. Reading is defensive
like every read of the data folder: a regular file of at most MAX_ANSWER_BYTES, every field type-checked;
anything else is no answer.
"""

from __future__ import annotations

import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from buyer_app.core.files.datasets import KINDS, pointer_path
from buyer_app.core.files.resources import resource_path
from buyer_app.core.files.safe_read import Unreadable, read_json
from buyer_app.core.files.storage import atomic_write_text, user_data_dir

ANSWER_FILE = "start-answer.json"
FORMAT = 1
MAX_ANSWER_BYTES = 256 * 1024  # 8 cards of a few hundred characters, a title, a verdict: ~10 KiB
MAX_CARDS = 8
MAX_TEXT = 8192  # the verdict, the title, the geometry (base64)

Stamp = tuple[int, int]  # a file's mtime in ns and its size
PACKAGE = Path(__file__).resolve().parents[2]  # buyer_app/


def answer_path() -> Path:
    return user_data_dir() / ANSWER_FILE


def vehicle_data_files() -> list[Path]:
    """The files the compared figures depend on besides the profile: the pointer to an imported database, the
    user's own prices, the shipped vehicle table and price table, and the pointers to an imported price table,
    incentive data and state figures (a test checks these are the ones the app reads)."""
    data = user_data_dir()
    return [
        data / "databases" / "active.json",
        data / "prices" / "your_prices.csv",
        resource_path("vehicles", "vehicles.csv"),
        resource_path("prices", "us_msrp.csv"),
        *(pointer_path(kind) for kind in KINDS),
    ]


def file_stamp(path: Path) -> Stamp | None:
    """(mtime in ns, size) of a regular file; None when there is none (or anything else is there)."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return (info.st_mtime_ns, info.st_size) if stat.S_ISREG(info.st_mode) else None


def code_stamp() -> Stamp:
    """(newest mtime in ns, number) of the app's Python files: the version stays 0.1.0 between releases, and an
    edited or reinstalled app may word the cards differently (a frozen build has no .py files: its version says it)."""
    newest, count = 0, 0
    for folder, _dirs, names in os.walk(PACKAGE):
        for name in names:
            if name.endswith(".py"):
                stamp = file_stamp(Path(folder) / name)
                if stamp is not None:
                    newest, count = max(newest, stamp[0]), count + 1
    return (newest, count)


def data_stamps() -> list[Stamp | None]:
    """The vehicle data files' stamps, then the app's code's."""
    return [file_stamp(p) for p in vehicle_data_files()] + [code_stamp()]


@dataclass(frozen=True)
class SavedAnswer:
    """The cards (plain JSON values) of `profile` as it was on disk (`stamp`), with the window's look at the time."""

    profile: Path
    stamp: Stamp
    version: str
    data: tuple[Stamp | None, ...]
    title: str
    verdict: str
    cards: tuple[dict[str, Any], ...]
    geometry: str  # the window's saveGeometry(), base64
    cards_at: tuple[int, int, int, int, int]  # the cards' pane in the window (x, y, width, height), the window's width
    menus: tuple[str, ...]  # the menu bar's titles


def write_answer(answer: SavedAnswer, path: Path | None = None) -> None:
    """Keep `answer` (atomically: a reader sees the old file or the new one); OSError when it cannot be written."""
    data = {
        "format": FORMAT,
        "version": answer.version,
        "profile": str(answer.profile),
        "mtime_ns": answer.stamp[0],
        "size": answer.stamp[1],
        "data": [list(s) if s is not None else None for s in answer.data],
        "title": answer.title,
        "verdict": answer.verdict,
        "cards": list(answer.cards),
        "geometry": answer.geometry,
        "cards_at": list(answer.cards_at),
        "menus": list(answer.menus),
    }
    text = json.dumps(data, ensure_ascii=False)
    if len(text.encode("utf-8")) > MAX_ANSWER_BYTES:
        raise OSError(f"the answer is {len(text)} characters, more than the {MAX_ANSWER_BYTES} bytes kept")
    atomic_write_text(path or answer_path(), text, backup=False)


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or len(value) > MAX_TEXT or "\0" in value:
        raise Unreadable(Path(ANSWER_FILE), f"{key}: not a text of at most {MAX_TEXT} characters")
    return value


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**63


def _stamp(value: Any) -> Stamp | None:
    if value is None:
        return None
    if isinstance(value, list) and len(value) == 2 and all(_whole(v) for v in value):
        return (value[0], value[1])
    raise ValueError("not [mtime_ns, size]")


def read_answer(path: Path | None = None) -> SavedAnswer:
    """The saved answer; Unreadable with the reason when the file is missing, too large, not this format or damaged."""
    path = path or answer_path()
    data = read_json(path, MAX_ANSWER_BYTES)

    def bad(reason: str) -> Unreadable:
        return Unreadable(path, reason)

    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise bad(f"not a saved answer of format {FORMAT}")
    try:
        version, title, verdict, geometry = (_text(data, k) for k in ("version", "title", "verdict", "geometry"))
        profile = _text(data, "profile")
    except Unreadable as exc:
        raise bad(exc.reason) from None
    if not profile or not _whole(data.get("mtime_ns")) or not _whole(data.get("size")):
        raise bad("profile, mtime_ns and size: not a file's name, mtime and size")
    raw_data = data.get("data")
    if not isinstance(raw_data, list) or len(raw_data) != len(vehicle_data_files()) + 1:
        raise bad("data: not the stamps of the vehicle data files")
    try:
        stamps = tuple(_stamp(s) for s in raw_data)
    except ValueError as exc:
        raise bad(f"data: {exc}") from None
    cards = data.get("cards")
    if not isinstance(cards, list) or not 1 <= len(cards) <= MAX_CARDS or not all(isinstance(c, dict) for c in cards):
        raise bad(f"cards: not a list of 1 to {MAX_CARDS} objects")
    at = data.get("cards_at")
    if not isinstance(at, list) or len(at) != 5 or not all(_whole(v) and v < 100_000 for v in at):
        raise bad("cards_at: not [x, y, width, height, window width] in pixels")
    if at[2] < 1 or at[3] < 1 or at[0] + at[2] > at[4]:
        raise bad("cards_at: not a pane inside the window")
    menus = data.get("menus")
    if not isinstance(menus, list) or len(menus) > 12 or not all(isinstance(m, str) and len(m) <= 80 for m in menus):
        raise bad("menus: not a list of menu titles")
    return SavedAnswer(
        Path(profile),
        (data["mtime_ns"], data["size"]),
        version,
        stamps,
        title,
        verdict,
        tuple(cards),
        geometry,
        (at[0], at[1], at[2], at[3], at[4]),
        tuple(menus),
    )


def answer_for(profile: Path, version: str, path: Path | None = None) -> SavedAnswer | None:
    """The saved answer of `profile` when it is still the answer: the same file, unchanged (mtime and size), the same
    app version, the vehicle data files unchanged; None otherwise (no file, a damaged one, or stale)."""
    try:
        answer = read_answer(path)
    except Unreadable:
        return None
    if answer.profile != profile or answer.version != version or file_stamp(profile) != answer.stamp:
        return None
    if answer.data != tuple(data_stamps()):
        return None
    return answer


def forget_answer(path: Path | None = None) -> None:
    """Remove the saved answer (it no longer matches the profile it names); nothing happens if it cannot be removed."""
    try:
        (path or answer_path()).unlink(missing_ok=True)
    except OSError:
        pass
