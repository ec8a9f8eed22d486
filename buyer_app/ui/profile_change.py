"""One undoable edit of the profile on show (the window's QUndoStack holds them)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from buyer_app.core.profiles.schema import Profile


class ProfileChange(QUndoCommand):
    """One edit of the profile; consecutive edits with the same `merge_key` (a what-if slider dragged) merge into
    one. `show(profile)` puts a profile on show (redo shows `after`, undo `before`)."""

    def __init__(self, show: Callable[[Profile], None], before: Profile, after: Profile, text: str, merge_key: str = "") -> None:
        super().__init__(text)
        self.show, self.before, self.after, self.merge_key = show, before, after, merge_key

    def id(self) -> int:
        return (hash(self.merge_key) & 0x3FFFFFFF) if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt's name)
        if not isinstance(other, ProfileChange) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self.show(self.after)

    def undo(self) -> None:
        self.show(self.before)
