"""The document a window works on, without Qt: which saved file it is, the lock held on it, whether it is read-only,
and the decisions of New, Open, Save, Save As, Duplicate, Rename, Delete, Import, Export, crash recovery and
close. It asks and tells through a `SessionView` (the window's dialogs and status bar, or a test's fake; see
`session_view.py`, re-exported here) and never words anything itself: outcomes are `Notice`s (a kind and its data)
that the faces put into words (`buyer_app.text.session`). Built on the store, the profile lock and the recovery
files (see those modules). A little over 300 lines: each decision is short, and they share the document's state.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from buyer_app.core.errors import FieldProblem, InputError
from buyer_app.core.files.safe_read import Unreadable
from buyer_app.core.files.storage import atomic_write_text
from buyer_app.core.profiles.lock import ProfileChanged, ProfileInUse, ProfileLock, disk_stamp, save_unchanged
from buyer_app.core.profiles.recovery import RecoveryFile, discard, orphaned, read_recovered
from buyer_app.core.profiles.schema import Profile, load_profile, profile_to_dict
from buyer_app.core.profiles.session_view import NamePurpose, Notice, NoticeKind, SaveAnswer, SessionView
from buyer_app.core.profiles.store import (
    delete_profile,
    duplicate_profile,
    open_profile,
    path_for,
    rename_profile,
    save_profile,
    set_aside,
)
from buyer_app.core.vehicles.database import VehicleDatabase

__all__ = ["DocumentSession", "NamePurpose", "Notice", "NoticeKind", "SaveAnswer", "SessionView", "unsupported_in"]


def _problems(exc: InputError) -> tuple[FieldProblem, ...]:
    return tuple(exc.problems)


def _no_check(_ids: Sequence[int]) -> Sequence[int]:
    return ()


def unsupported_in(db: VehicleDatabase) -> Callable[[Sequence[int]], list[int]]:
    """`unsupported(ids)` for `DocumentSession`: the ids that `db` does not hold or does not cost, in their order."""

    def unsupported(ids: Sequence[int]) -> list[int]:
        known = db.frame.set_index("id")["supported"]
        return [i for i in ids if i not in known.index or not bool(known[i])]

    return unsupported


class DocumentSession:
    """One window's document. `unsupported(ids)`: the vehicle ids of a profile the active database cannot cost
    (left out when a profile is opened)."""

    def __init__(
        self,
        view: SessionView,
        unsupported: Callable[[Sequence[int]], Sequence[int]] = _no_check,
        recovery: RecoveryFile | None = None,
    ) -> None:
        self.view = view
        self.unsupported = unsupported
        self.recovery = recovery or RecoveryFile()  # this window's own crash-recovery file
        self.path: Path | None = None
        self.lock: ProfileLock | None = None  # held while a saved profile is open for editing
        self.read_only = False  # opened while another copy of the app has it: Save refuses, Save As works
        self.disk_stamp: str | None = None  # the file's content when loaded or last saved (see lock.save_unchanged)
        self.data_problem = ""  # why the user's data folder cannot be written ("" when it can)
        self.recovery_warned = False

    # -- holding a file ------------------------------------------------------------------------
    def _hold(self, path: Path | None, lock: ProfileLock | None, read_only: bool) -> None:
        """Hold the lock of `path` (taken now unless given; in use elsewhere: read-only) and drop the previous one."""
        old = self.lock
        if path is not None and lock is None and not read_only:
            if old is not None and old.profile_path == path and old.held():
                lock = old
            else:
                try:
                    lock = ProfileLock.acquire(path)
                except ProfileInUse:
                    read_only = True
                except OSError:
                    lock = None  # a folder where no lock can be written: the disk check still guards saves
        if old is not None and old is not lock:
            old.release()
        self.lock, self.read_only = lock, read_only and path is not None
        self.disk_stamp = disk_stamp(path) if path is not None else None

    def load(self, profile: Profile, path: Path | None, lock: ProfileLock | None = None, read_only: bool = False) -> None:
        """Make `profile` (saved at `path`, None: not saved) the document, its history clean."""
        self._hold(path, lock, read_only)
        self.path = path
        self.view.show_document(profile)
        self.recovery.remove()
        self.view.document_changed()

    def set_data_problem(self, reason: str) -> None:
        """The user's data folder cannot be written: every save is refused (and says why) from now on."""
        self.data_problem = reason
        self.view.document_changed()

    def maybe_save(self) -> bool:
        """True when it is fine to drop the current state."""
        if self.view.history_clean():
            return True
        answer = self.view.ask_save_changes(self.view.current_profile().name)
        if answer == SaveAnswer.SAVE:
            return self.save()
        return answer == SaveAnswer.DISCARD

    def new(self) -> None:
        if self.maybe_save():
            self.load(Profile(), None)

    def open(self, path: Path) -> Notice | None:
        """Open a saved profile; on failure the file is left as it was and the notice returned (and shown, unless
        the user chose not to open a profile in use)."""
        lock, read_only = (self.lock, False) if self.lock is not None and self.lock.profile_path == path else (None, False)
        try:
            if lock is None and path.exists():
                lock = ProfileLock.acquire(path)
        except ProfileInUse as exc:
            if not self.view.ask_open_read_only(exc):
                return Notice(NoticeKind.OPEN_IN_USE_CANCELLED, path)
            read_only = True
        except OSError:
            lock = None
        try:
            profile = load_profile(path) if read_only else open_profile(path)  # read-only: no migration rewrite
        except InputError as exc:
            if lock is not None and lock is not self.lock:
                lock.release()
            self.view.forget(path)
            copy = set_aside(path) if path.exists() else None
            return self._tell(Notice(NoticeKind.OPEN_FAILED, path, problems=_problems(exc), copy=copy))
        dropped = tuple(self.unsupported([v.id for v in profile.vehicles]))
        if dropped:
            profile = replace(profile, vehicles=tuple(v for v in profile.vehicles if v.id not in dropped))
        self.load(profile, path, lock, read_only)
        self.view.remember(path)
        if dropped:
            return self._tell(Notice(NoticeKind.VEHICLES_DROPPED, path, ids=dropped))
        return None

    def _tell(self, notice: Notice) -> Notice:
        self.view.notify(notice)
        return notice

    # -- saving --------------------------------------------------------------------------------
    def _refuse_data_read_only(self) -> bool:
        if self.data_problem:
            self.view.notify(Notice(NoticeKind.SAVE_REFUSED_DATA_FOLDER, reason=self.data_problem))
        return bool(self.data_problem)

    def save(self) -> bool:
        if self._refuse_data_read_only():
            return False
        if self.path is None:
            return self.save_as()
        if self.read_only:
            self.view.notify(Notice(NoticeKind.SAVE_REFUSED_READ_ONLY, self.path))
            return False
        try:
            self.disk_stamp = save_unchanged(self.view.current_profile(), self.path, self.disk_stamp)
        except ProfileChanged:
            self.view.notify(Notice(NoticeKind.SAVE_REFUSED_CHANGED_ON_DISK, self.path))
            return False
        except OSError as exc:
            self.view.notify(Notice(NoticeKind.SAVE_FAILED, self.path, reason=str(exc.strerror)))
            return False
        except InputError as exc:  # refused before writing (larger than Open reads): the file is untouched
            self.view.notify(Notice(NoticeKind.SAVE_REFUSED_INVALID, self.path, problems=tuple(exc.problems)))
            return False
        if self.lock is not None:
            self.lock.refresh()
        self.view.mark_clean()
        self.recovery.remove()
        self.view.remember(self.path)
        self.view.notify(Notice(NoticeKind.SAVED, self.path))
        return True

    def save_as(self, name: str | None = None) -> bool:
        """Save under `name` (None: asked); the document becomes that file."""
        if self._refuse_data_read_only():
            return False
        profile = self.view.current_profile()
        if name is None:
            name = self.view.ask_name(NamePurpose.SAVE_AS, profile.name)
            if name is None or not name.strip():
                return False
        target = path_for(name)
        if target.exists() and target != self.path and not self.view.ask_replace(name):
            return False
        renamed = replace(profile, name=name.strip())
        lock = self.lock if self.lock is not None and self.lock.profile_path == target and not self.read_only else None
        try:
            lock = lock or ProfileLock.acquire(target)
        except ProfileInUse as exc:
            self.view.notify(Notice(NoticeKind.SAVE_AS_TARGET_IN_USE, target, owner=exc.owner))
            return False
        except OSError:
            lock = None
        try:  # over the open file itself: only if no one else changed it meanwhile
            save_unchanged(renamed, target, self.disk_stamp) if target == self.path else save_profile(renamed, target)
        except (OSError, ProfileChanged, InputError) as exc:
            if lock is not None and lock is not self.lock:
                lock.release()
            if isinstance(exc, InputError):
                self.view.notify(Notice(NoticeKind.SAVE_REFUSED_INVALID, target, problems=tuple(exc.problems)))
            else:
                self.view.notify(
                    Notice(NoticeKind.SAVE_FAILED, target, reason=str(exc.strerror))
                    if isinstance(exc, OSError)
                    else Notice(NoticeKind.SAVE_AS_CHANGED_ON_DISK, target)
                )
            return False
        self.load(renamed, target, lock)  # the name is part of the saved file, not an undoable edit
        self.view.remember(target)
        return True

    # -- other files ---------------------------------------------------------------------------
    def duplicate(self) -> None:
        if self.path is None or not self.maybe_save():
            return
        path, name = self.path, self.view.ask_name(NamePurpose.DUPLICATE, self.view.current_profile().name)
        if name is not None and name.strip():
            self._file_op(lambda: duplicate_profile(path, name.strip()))

    def rename(self) -> None:
        """Save under the new name, then remove the old file (`store.rename_profile`); the copy opens."""
        if self.path is None or self._refuse_read_only(NoticeKind.RENAME_REFUSED_READ_ONLY) or not self.maybe_save():
            return
        path, name = self.path, self.view.ask_name(NamePurpose.RENAME, self.view.current_profile().name)
        if name is not None and name.strip():
            self._file_op(lambda: rename_profile(path, name.strip()))

    def _file_op(self, op: Callable[[], Path]) -> None:
        try:
            path = op()
        except InputError as exc:
            self.view.notify(Notice(NoticeKind.NOT_DONE, problems=_problems(exc)))
            return
        self.open(path)

    def _refuse_read_only(self, kind: NoticeKind) -> bool:
        if self.read_only:
            self.view.notify(Notice(kind, self.path))
        return self.read_only

    def delete(self) -> None:
        if self.path is None or self._refuse_read_only(NoticeKind.DELETE_REFUSED_READ_ONLY):
            return
        if self.view.confirm_delete(self.view.current_profile().name):
            delete_profile(self.path)
            self.load(Profile(), None)

    def import_file(self, source: Path) -> None:
        """Copy a profile from elsewhere into the profiles folder under a free name and open it (the caller has
        checked `maybe_save`)."""
        try:
            profile = open_profile(source)
        except InputError as exc:
            self.view.notify(Notice(NoticeKind.IMPORT_FAILED, source, problems=_problems(exc)))
            return
        target = path_for(profile.name)
        suffix = 2
        while target.exists():
            target = path_for(f"{profile.name} {suffix}")
            suffix += 1
        self.open(save_profile(profile, target))

    def export_to(self, target: Path) -> bool:
        """Write the profile on show to a file anywhere (no backup, no lock); the document stays as it is."""
        try:
            text = json.dumps(profile_to_dict(self.view.current_profile()), indent=2) + "\n"
            atomic_write_text(target, text, backup=False)
        except OSError as exc:
            self.view.notify(Notice(NoticeKind.EXPORT_FAILED, target, reason=str(exc.strerror)))
            return False
        return True

    # -- crash recovery and closing ------------------------------------------------------------
    def autosave(self, soon: bool = False) -> None:
        """Keep unsaved changes in this window's recovery file so a crash loses nothing; removed once saved or
        discarded. `soon`: written by the recovery file's writer thread (a slider dragged: no fsync a step); the face
        passes what it reports to `written_soon`. A failure is told once (until a write succeeds again)."""
        if self.view.history_clean():
            self.recovery.remove()
            return
        try:
            if soon:
                self.recovery.write_soon(self.view.current_profile(), self.path)
                return
            self.recovery.write(self.view.current_profile(), self.path)
        except (OSError, InputError) as exc:
            self._autosave_failed(exc)
            return
        self.recovery_warned = False

    def written_soon(self, error: OSError | None) -> None:
        """What became of a write handed to the writer thread (called on the face's thread): a failure is told as
        autosave's are."""
        if error is not None:
            self._autosave_failed(error)
        else:
            self.recovery_warned = False

    def _autosave_failed(self, exc: OSError | InputError) -> None:
        if not self.recovery_warned:
            self.recovery_warned = True
            self.view.notify(
                Notice(NoticeKind.AUTOSAVE_FAILED, reason=str(exc.strerror))
                if isinstance(exc, OSError)
                else Notice(NoticeKind.AUTOSAVE_FAILED, problems=_problems(exc))
            )

    def recover(self) -> bool:
        """Reopen unsaved changes left by a window that is gone (a crash); True if there were some. A recovery file
        that cannot be used is set aside; one that names a file outside the profiles folder opens as a new, unsaved
        profile (Save asks for a name)."""
        notes: list[Notice] = []
        for source in orphaned():
            try:
                found = read_recovered(source)
            except (Unreadable, InputError) as exc:
                copy = set_aside(source)
                discard(source)
                notes.append(
                    Notice(NoticeKind.RECOVERY_UNUSABLE, source, reason=exc.reason, copy=copy)
                    if isinstance(exc, Unreadable)
                    else Notice(NoticeKind.RECOVERY_UNUSABLE, source, problems=_problems(exc), copy=copy)
                )
                continue
            try:  # Undo goes back to the saved version, never to whatever the window opened with
                base = open_profile(found.saved_as) if found.saved_as is not None and found.saved_as.exists() else Profile()
            except InputError:
                base = Profile()
            self.load(base, found.saved_as)
            self.view.apply_recovered(found.profile)  # written to this window's own recovery file
            discard(source)
            self.view.notify(Notice(NoticeKind.RECOVERED, found.saved_as, named=found.ignored_path, notes=tuple(notes)))
            return True
        if notes:
            self.view.notify(Notice(NoticeKind.RECOVERY_NOTES, notes=tuple(notes)))
        return False

    def close(self) -> bool:
        """Whether the window may close (unsaved changes saved or dropped); then the recovery file and lock go."""
        if not self.maybe_save():
            return False
        self.recovery.remove()
        if self.lock is not None:
            self.lock.release()
            self.lock = None
        return True
