"""What the document session (`session.py`) and its view say to each other: the answers to its questions, the
outcomes it reports (`Notice`: a kind and its facts, never words) and the `SessionView` protocol a window (or a
test's fake) implements. No Qt, no user-visible text."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, StrEnum, auto
from pathlib import Path
from typing import Protocol

from buyer_app.core.errors import FieldProblem
from buyer_app.core.profiles.lock import LockOwner, ProfileInUse
from buyer_app.core.profiles.schema import Profile


class SaveAnswer(StrEnum):
    """The answer to "save the changes?"."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class NamePurpose(Enum):
    """What a name is asked for."""

    SAVE_AS = auto()
    DUPLICATE = auto()
    RENAME = auto()


class NoticeKind(Enum):
    """What happened (the `Notice` fields each kind fills are named after it)."""

    SAVED = auto()  # path
    SAVE_FAILED = auto()  # path, reason (the system's)
    SAVE_REFUSED_READ_ONLY = auto()  # path: open in another copy of the app
    SAVE_REFUSED_CHANGED_ON_DISK = auto()  # path
    SAVE_REFUSED_DATA_FOLDER = auto()  # reason: why the data folder cannot be written
    SAVE_AS_TARGET_IN_USE = auto()  # path, owner
    SAVE_AS_CHANGED_ON_DISK = auto()  # path
    SAVE_REFUSED_INVALID = auto()  # path, problems: the profile could not be written as it is (e.g. larger than Open reads)
    OPEN_FAILED = auto()  # path, problems, copy (the file set aside, if one was made)
    OPEN_IN_USE_CANCELLED = auto()  # path (returned by `open`, not shown)
    VEHICLES_DROPPED = auto()  # path, ids
    NOT_DONE = auto()  # problems (duplicate or rename refused)
    RENAME_REFUSED_READ_ONLY = auto()  # path
    DELETE_REFUSED_READ_ONLY = auto()  # path
    IMPORT_FAILED = auto()  # problems
    EXPORT_FAILED = auto()  # path, reason
    AUTOSAVE_FAILED = auto()  # reason or problems
    RECOVERY_UNUSABLE = auto()  # reason, copy (one unusable recovery file; a note of the two below)
    RECOVERED = auto()  # named (a path the recovery file named and that was ignored, or ""), notes
    RECOVERY_NOTES = auto()  # notes (nothing recovered)


@dataclass(frozen=True)
class Notice:
    """An outcome to tell the user about: its kind and the facts the words need (never the words)."""

    kind: NoticeKind
    path: Path | None = None
    reason: str = ""
    problems: tuple[FieldProblem, ...] = ()
    ids: tuple[int, ...] = ()
    copy: Path | None = None
    owner: LockOwner | None = None
    named: str = ""
    notes: tuple[Notice, ...] = ()


class SessionView(Protocol):
    """What the session needs from the window (or a test's fake): the profile on show and its edit history,
    the questions, the outcomes, the recent-files list."""

    def current_profile(self) -> Profile: ...

    def show_document(self, profile: Profile) -> None:
        """Show `profile` as a fresh document: the edit history cleared and clean."""

    def apply_recovered(self, profile: Profile) -> None:
        """Show `profile` as one undoable edit of the document on show (recovered changes)."""

    def history_clean(self) -> bool: ...

    def mark_clean(self) -> None: ...

    def document_changed(self) -> None:
        """The file, its read-only state or the data folder's state changed (the title shows them)."""

    def ask_save_changes(self, name: str) -> SaveAnswer: ...

    def ask_open_read_only(self, in_use: ProfileInUse) -> bool: ...

    def ask_name(self, purpose: NamePurpose, current: str) -> str | None:
        """A name for Save As, Duplicate or Rename (`current`: the profile's name); None when cancelled."""

    def ask_replace(self, name: str) -> bool: ...

    def confirm_delete(self, name: str) -> bool: ...

    def notify(self, notice: Notice) -> None: ...

    def remember(self, path: Path) -> None: ...

    def forget(self, path: Path) -> None: ...
