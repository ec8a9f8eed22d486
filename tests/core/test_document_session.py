"""The document session without Qt: a fake view that records every call and answers the session's questions from
a queue, real files in the test's own data folder (BUYER_APP_DATA_DIR, set by the conftest)."""

from __future__ import annotations

import errno
import json
import os
from collections import deque
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from buyer_app.core.costs.choices import Incentive, VehicleChoice
from buyer_app.core.files import storage
from buyer_app.core.household.fields import Household
from buyer_app.core.profiles import store
from buyer_app.core.profiles.lock import ProfileInUse, ProfileLock, lock_path
from buyer_app.core.profiles.recovery import RecoveryFile, recovery_dir
from buyer_app.core.profiles.samples import load_sample
from buyer_app.core.profiles.schema import Profile, load_profile
from buyer_app.core.profiles.session import (
    DocumentSession,
    NamePurpose,
    Notice,
    NoticeKind,
    SaveAnswer,
    SessionView,
    unsupported_in,
)
from buyer_app.core.profiles.store import path_for, profiles_dir, save_profile
from buyer_app.core.vehicles.database import VehicleDatabase
from buyer_app.text.session import notice_text

MINE = Profile("Two plans", Household(years=6), (VehicleChoice(48765, price=41000.0),))


class FakeView:
    """A SessionView: the document is `profile` with a clean/dirty history; questions are answered from `answers`
    (a question with no answer queued fails the test); every call is kept in `calls`."""

    def __init__(self) -> None:
        self.profile = Profile()
        self.clean = True
        self.calls: list[tuple[str, Any]] = []
        self.answers: deque[Any] = deque()
        self.notices: list[Notice] = []
        self.recent: list[Path] = []

    def edit(self, profile: Profile) -> None:
        """The user changes the profile (an undoable edit)."""
        self.profile, self.clean = profile, False

    def _ask(self, question: str, *args: Any) -> Any:
        self.calls.append((question, args))
        if not self.answers:
            pytest.fail(f"{question}{args} asked with no answer queued")
        return self.answers.popleft()

    def current_profile(self) -> Profile:
        return self.profile

    def show_document(self, profile: Profile) -> None:
        self.calls.append(("show_document", profile))
        self.profile, self.clean = profile, True

    def apply_recovered(self, profile: Profile) -> None:
        self.calls.append(("apply_recovered", profile))
        self.edit(profile)

    def history_clean(self) -> bool:
        return self.clean

    def mark_clean(self) -> None:
        self.calls.append(("mark_clean", None))
        self.clean = True

    def document_changed(self) -> None:
        self.calls.append(("document_changed", None))

    def ask_save_changes(self, name: str) -> SaveAnswer:
        return self._ask("ask_save_changes", name)  # type: ignore[no-any-return]

    def ask_open_read_only(self, in_use: ProfileInUse) -> bool:
        return self._ask("ask_open_read_only", in_use)  # type: ignore[no-any-return]

    def ask_name(self, purpose: NamePurpose, current: str) -> str | None:
        return self._ask("ask_name", purpose, current)  # type: ignore[no-any-return]

    def ask_replace(self, name: str) -> bool:
        return self._ask("ask_replace", name)  # type: ignore[no-any-return]

    def confirm_delete(self, name: str) -> bool:
        return self._ask("confirm_delete", name)  # type: ignore[no-any-return]

    def notify(self, notice: Notice) -> None:
        self.calls.append(("notify", notice))
        self.notices.append(notice)

    def remember(self, path: Path) -> None:
        self.recent = [path, *(p for p in self.recent if p != path)]

    def forget(self, path: Path) -> None:
        self.calls.append(("forget", path))
        self.recent = [p for p in self.recent if p != path]

    def asked(self) -> list[str]:
        return [name for name, _args in self.calls if name.startswith(("ask_", "confirm_"))]

    def kinds(self) -> list[NoticeKind]:
        return [n.kind for n in self.notices]


def session_on(profile: Profile | None = None, **kwargs: Any) -> tuple[DocumentSession, FakeView]:
    view = FakeView()
    session = DocumentSession(view, **kwargs)
    if profile is not None:
        assert session.open(save_profile(profile)) is None
    return session, view


def test_the_fake_view_is_a_session_view() -> None:
    view: SessionView = FakeView()  # mypy checks the protocol; this checks the names at run time
    assert all(
        callable(getattr(view, name))
        for name in (
            "current_profile",
            "show_document",
            "apply_recovered",
            "history_clean",
            "mark_clean",
            "document_changed",
            "ask_save_changes",
            "ask_open_read_only",
            "ask_name",
            "ask_replace",
            "confirm_delete",
            "notify",
            "remember",
            "forget",
        )
    )


# -- open ----------------------------------------------------------------------------------------------
def test_open_shows_the_profile_holds_its_lock_and_remembers_it() -> None:
    path = save_profile(MINE)
    session, view = session_on()
    assert session.open(path) is None
    assert view.profile == MINE and view.clean and session.path == path
    assert session.lock is not None and lock_path(path).exists() and not session.read_only
    assert view.recent == [path] and not view.notices and not view.asked()
    assert [c[0] for c in view.calls] == ["show_document", "document_changed"]


def test_an_unreadable_file_is_set_aside_never_changed_and_said() -> None:
    path = path_for("broken")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"schema_version": 1, "household": ', encoding="utf-8")
    session, view = session_on(MINE)
    notice = session.open(path)
    assert notice is not None and notice.kind == NoticeKind.OPEN_FAILED and view.notices == [notice]
    assert path.read_text(encoding="utf-8") == '{"schema_version": 1, "household": '
    assert notice.copy is not None and notice.copy.exists() and notice.copy.name.startswith("broken.json.unreadable-")
    assert ("forget", path) in view.calls
    assert view.profile == MINE and session.path == path_for(MINE.name)  # the document on show stays
    assert not lock_path(path).exists()
    text = notice_text(notice)
    assert text.startswith("“broken.json” could not be opened: ") and text.endswith(
        f"The file was not changed; a copy was set aside as {notice.copy.name}."
    )


def test_a_profile_in_use_opens_read_only_or_not_at_all() -> None:
    path = save_profile(MINE)
    first, _ = session_on()
    assert first.open(path) is None
    second, view = session_on()
    view.answers.append(True)  # open read-only
    assert second.open(path) is None
    ((question, (in_use,)),) = [c for c in view.calls if c[0] == "ask_open_read_only"]
    assert in_use.path == path and in_use.owner is not None and in_use.owner.pid == os.getpid()
    assert second.read_only and second.lock is None and view.profile == MINE
    third, view3 = session_on()
    view3.answers.append(False)  # cancel
    notice = third.open(path)
    assert notice is not None and notice.kind == NoticeKind.OPEN_IN_USE_CANCELLED and not view3.notices
    assert third.path is None and view3.profile == Profile()
    assert notice_text(notice) == f"“{path.name}” is open in another copy of the app; not opened."


def test_vehicles_the_database_cannot_cost_are_left_out_and_the_file_kept(db: VehicleDatabase) -> None:
    path = save_profile(Profile("Old", vehicles=(VehicleChoice(999999), VehicleChoice(48765))))
    before = path.read_bytes()
    session, view = session_on(unsupported=unsupported_in(db))
    notice = session.open(path)
    assert notice is not None and notice.kind == NoticeKind.VEHICLES_DROPPED and notice.ids == (999999,)
    assert [v.id for v in view.profile.vehicles] == [48765] and path.read_bytes() == before
    assert notice_text(notice) == (
        "Vehicle id 999999 is not in the active database or not costed by the app; it was "
        "left out of the comparison (the file is unchanged until you save)."
    )


# -- save ----------------------------------------------------------------------------------------------
def test_save_without_a_file_asks_a_name_and_cancel_writes_nothing() -> None:
    session, view = session_on()
    view.edit(MINE)
    view.answers.append(None)  # the name dialog cancelled
    assert not session.save() and not profiles_dir().exists()
    assert view.calls[-1] == ("ask_name", (NamePurpose.SAVE_AS, MINE.name))
    view.answers.append("   ")  # a blank name: nothing either
    assert not session.save() and not profiles_dir().exists()
    view.answers.append("Two plans, saved")
    assert session.save()
    assert load_profile(path_for("Two plans, saved")) == replace(MINE, name="Two plans, saved")
    assert session.path == path_for("Two plans, saved") and view.clean and session.lock is not None


def test_save_writes_marks_clean_and_says_so() -> None:
    session, view = session_on(MINE)
    view.edit(replace(MINE, household=Household(years=9)))
    assert session.save()
    assert load_profile(session.path).household.years == 9 and view.clean  # type: ignore[arg-type]
    assert view.notices == [Notice(NoticeKind.SAVED, session.path)]
    assert notice_text(view.notices[0]) == f"Saved {session.path}"


def test_save_of_a_read_only_copy_is_refused_and_the_file_untouched() -> None:
    path = save_profile(MINE)
    holder = ProfileLock.acquire(path)
    session, view = session_on()
    view.answers.append(True)
    session.open(path)
    view.edit(replace(MINE, household=Household(years=3)))
    before = path.read_bytes()
    assert not session.save() and path.read_bytes() == before and not view.clean
    assert view.kinds() == [NoticeKind.SAVE_REFUSED_READ_ONLY]
    assert "read-only" in notice_text(view.notices[0])
    holder.release()


def test_a_file_changed_on_disk_is_never_overwritten() -> None:
    session, view = session_on(MINE)
    theirs = replace(MINE, household=Household(years=2))
    save_profile(theirs, session.path)  # another program writes the file behind the session's back
    view.edit(replace(MINE, household=Household(years=8)))
    assert not session.save()
    assert load_profile(session.path) == theirs and not view.clean  # type: ignore[arg-type]
    assert view.kinds() == [NoticeKind.SAVE_REFUSED_CHANGED_ON_DISK]
    assert "changed on disk" in notice_text(view.notices[0])


def test_a_failed_write_is_reported_and_nothing_is_lost(monkeypatch: pytest.MonkeyPatch) -> None:
    session, view = session_on(MINE)
    before = session.path.read_bytes()  # type: ignore[union-attr]
    edited = replace(MINE, household=Household(years=11))
    view.edit(edited)

    def full_disk(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)  # atomic_write_text ends with os.replace
    assert not session.save()
    monkeypatch.undo()
    assert session.path.read_bytes() == before  # type: ignore[union-attr]
    assert view.profile == edited and not view.clean  # still in the window, still unsaved
    assert view.notices == [Notice(NoticeKind.SAVE_FAILED, session.path, reason="No space left on device")]
    assert notice_text(view.notices[0]) == f"Could not save to {session.path}: No space left on device. Nothing was lost."


def test_a_profile_too_large_to_reopen_is_refused_by_save_and_save_as_and_said() -> None:
    """A profile larger than Open reads is never written (the file stays as it was) and the user is told why."""
    session, view = session_on(MINE)
    before = session.path.read_bytes()  # type: ignore[union-attr]
    names = tuple(Incentive(f"offer {k} " + "x" * 7000, 1.0) for k in range(1000))  # about 7 MB of JSON
    view.edit(replace(MINE, vehicles=(VehicleChoice(48765, incentives=names),)))
    assert not session.save() and not session.save_as("Bigger")
    assert session.path.read_bytes() == before and not view.clean  # type: ignore[union-attr]
    assert not path_for("Bigger").exists()
    assert view.kinds() == [NoticeKind.SAVE_REFUSED_INVALID] * 2
    assert "what Open accepts" in notice_text(view.notices[0]) and "was not changed" in notice_text(view.notices[0])


def test_save_as_over_another_file_asks_before_replacing_it() -> None:
    other = save_profile(replace(MINE, name="Other"))
    before = other.read_bytes()
    session, view = session_on(MINE)
    view.answers.extend(["Other", False])  # the name, then "replace it?" No
    assert not session.save_as()
    assert view.asked() == ["ask_name", "ask_replace"] and ("ask_replace", ("Other",)) in view.calls
    assert other.read_bytes() == before and session.path == path_for(MINE.name)
    view.answers.append(True)
    assert session.save_as("Other")  # a name given: only the replace question
    assert load_profile(other) == replace(MINE, name="Other") and session.path == other
    assert load_profile(path_for(MINE.name)) == MINE  # Save As leaves the original alone


# -- rename, duplicate, delete ------------------------------------------------------------------------
def test_rename_keeps_the_driving_pattern_and_writes_the_new_file_before_removing_the_old(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texas = load_sample("texas-high-mileage")
    assert texas.driving.kind == "weekly"
    session, view = session_on(texas)
    old, new = path_for(texas.name), path_for("Texas renamed")
    order: list[str] = []
    real_delete = store.delete_profile

    def delete(path: Path) -> None:
        order.append("delete")
        assert path == old and load_profile(new) == replace(texas, name="Texas renamed")  # the new one first
        real_delete(path)

    monkeypatch.setattr(store, "delete_profile", delete)
    view.answers.append("Texas renamed")
    session.rename()
    assert order == ["delete"] and not old.exists() and session.path == new
    assert view.profile == replace(texas, name="Texas renamed") and view.profile.driving == texas.driving
    assert ("ask_name", (NamePurpose.RENAME, texas.name)) in view.calls


def test_rename_onto_a_taken_name_is_refused_and_keeps_both() -> None:
    other = save_profile(replace(MINE, name="Other"))
    session, view = session_on(MINE)
    view.answers.append("Other")
    session.rename()
    assert view.kinds() == [NoticeKind.NOT_DONE] and "Other" in notice_text(view.notices[0])
    assert load_profile(other).name == "Other" and load_profile(path_for(MINE.name)) == MINE


def test_duplicate_copies_the_file_and_opens_the_copy() -> None:
    session, view = session_on(MINE)
    view.answers.append("Two plans copy")
    session.duplicate()
    assert ("ask_name", (NamePurpose.DUPLICATE, MINE.name)) in view.calls
    assert load_profile(path_for("Two plans copy")) == replace(MINE, name="Two plans copy")
    assert load_profile(path_for(MINE.name)) == MINE and session.path == path_for("Two plans copy")


def test_delete_needs_a_yes_and_a_read_only_copy_cannot_delete() -> None:
    session, view = session_on(MINE)
    path = session.path
    view.answers.append(False)  # the answer Enter gives
    session.delete()
    assert path is not None and path.exists() and session.path == path
    view.answers.append(True)
    session.delete()
    assert not path.exists() and not lock_path(path).exists() and session.path is None and view.profile == Profile()
    holder_path = save_profile(MINE)
    holder = ProfileLock.acquire(holder_path)
    reader, reader_view = session_on()
    reader_view.answers.append(True)
    reader.open(holder_path)
    reader.delete()
    assert holder_path.exists() and reader_view.kinds() == [NoticeKind.DELETE_REFUSED_READ_ONLY]
    assert "confirm_delete" not in reader_view.asked()
    assert notice_text(reader_view.notices[0]).endswith("it cannot be deleted from here.")
    holder.release()


# -- dropping unsaved changes --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("answer", "dropped", "written"),
    [(SaveAnswer.SAVE, True, True), (SaveAnswer.DISCARD, True, False), (SaveAnswer.CANCEL, False, False)],
)
def test_maybe_save_follows_the_answer(answer: SaveAnswer, dropped: bool, written: bool) -> None:
    session, view = session_on(MINE)
    assert session.maybe_save() and not view.asked()  # nothing unsaved: no question
    edited = replace(MINE, household=Household(years=4))
    view.edit(edited)
    view.answers.append(answer)
    assert session.maybe_save() is dropped
    assert view.asked() == ["ask_save_changes"] and ("ask_save_changes", (MINE.name,)) in view.calls
    assert (load_profile(path_for(MINE.name)) == edited) is written and view.clean is written


def test_new_and_close_ask_first_and_release_the_lock() -> None:
    session, view = session_on(MINE)
    path = path_for(MINE.name)
    view.edit(replace(MINE, household=Household(years=4)))
    view.answers.append(SaveAnswer.CANCEL)
    session.new()
    assert session.path == path and lock_path(path).exists()
    view.answers.append(SaveAnswer.CANCEL)
    assert not session.close() and lock_path(path).exists()
    view.answers.append(SaveAnswer.DISCARD)
    assert session.close() and not lock_path(path).exists() and not session.recovery.path.exists()


# -- import, export ------------------------------------------------------------------------------------
def test_import_takes_a_free_name_and_opens_the_copy(tmp_path: Path) -> None:
    save_profile(MINE)
    outside = tmp_path / "from a friend.json"
    save_profile(MINE, outside)
    session, view = session_on()
    session.import_file(outside)
    assert session.path == path_for(f"{MINE.name} 2") and view.profile == MINE
    bad = tmp_path / "bad.json"
    bad.write_text("[]", encoding="utf-8")
    session.import_file(bad)
    assert view.kinds() == [NoticeKind.IMPORT_FAILED] and session.path == path_for(f"{MINE.name} 2")


def test_export_writes_elsewhere_and_a_failure_is_said(tmp_path: Path) -> None:
    session, view = session_on(MINE)
    target = tmp_path / "out.json"
    assert session.export_to(target) and load_profile(target) == MINE
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    assert not session.export_to(blocker / "out.json")
    assert view.kinds() == [NoticeKind.EXPORT_FAILED]
    assert notice_text(view.notices[0]).startswith(f"Could not write {blocker / 'out.json'}: ")


# -- crash recovery ------------------------------------------------------------------------------------
def _as_if_crashed(path: Path) -> Path:
    """The name a recovery file of a window whose process no longer runs would have."""
    host, _pid, token = path.stem.split("-")
    gone = path.with_name(f"{host}-4999999-{token}.json")
    path.rename(gone)
    return gone


def test_recover_reopens_unsaved_changes_over_the_saved_file() -> None:
    saved = save_profile(MINE)
    edited = replace(MINE, household=Household(years=12))
    left = RecoveryFile()
    left.write(edited, saved)
    gone = _as_if_crashed(left.path)
    session, view = session_on()
    assert session.recover()
    shown = [c[1] for c in view.calls if c[0] in ("show_document", "apply_recovered")]
    assert shown == [MINE, edited]  # Undo goes back to the saved version
    assert view.profile == edited and not view.clean and session.path == saved and not gone.exists()
    assert view.kinds() == [NoticeKind.RECOVERED]
    assert notice_text(view.notices[0]) == "Recovered the unsaved changes from the last session."
    assert not session.recover()  # nothing left


def test_an_unusable_recovery_file_is_set_aside_and_said() -> None:
    recovery_dir().mkdir(parents=True)
    bad = recovery_dir() / f"{storage.HOST_TAG}-4999999-0123456789ab.json"  # a window that is gone
    bad.write_text("{not json", encoding="utf-8")
    session, view = session_on()
    assert not session.recover()
    assert not bad.exists() and view.kinds() == [NoticeKind.RECOVERY_NOTES]
    note = view.notices[0].notes[0]
    assert note.kind == NoticeKind.RECOVERY_UNUSABLE and note.copy is not None and note.copy.exists()
    assert notice_text(view.notices[0]).startswith("A recovery file could not be used (")


def test_a_failing_autosave_is_said_once(monkeypatch: pytest.MonkeyPatch) -> None:
    session, view = session_on(MINE)
    view.edit(replace(MINE, household=Household(years=5)))
    session.autosave()
    assert session.recovery.path.exists() and json.loads(session.recovery.path.read_text())["path"] == str(session.path)

    def refuse(*_args: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(RecoveryFile, "write", refuse)
    session.autosave()
    session.autosave()
    assert view.kinds() == [NoticeKind.AUTOSAVE_FAILED]
    assert notice_text(view.notices[0]) == (
        "Unsaved changes cannot be kept for crash recovery (Read-only file system); "
        "save them to keep them. Nothing saved was changed."
    )
    monkeypatch.undo()
    session.autosave()  # works again: a later failure is said again
    monkeypatch.setattr(RecoveryFile, "write", refuse)
    session.autosave()
    assert view.kinds() == [NoticeKind.AUTOSAVE_FAILED] * 2
    view.mark_clean()
    monkeypatch.undo()
    session.autosave()
    assert not session.recovery.path.exists()  # nothing unsaved: no recovery file


def test_a_read_only_data_folder_refuses_every_save_and_loses_nothing() -> None:
    session, view = session_on(MINE)
    session.set_data_problem("the folder is read-only")
    assert ("document_changed", None) == view.calls[-1]
    edited = replace(MINE, household=Household(years=7))
    view.edit(edited)
    before = path_for(MINE.name).read_bytes()
    assert not session.save() and not session.save_as("Elsewhere")
    assert not view.asked() and path_for(MINE.name).read_bytes() == before and not path_for("Elsewhere").exists()
    assert view.kinds() == [NoticeKind.SAVE_REFUSED_DATA_FOLDER] * 2 and view.profile == edited
    assert notice_text(view.notices[0]) == (
        "Nothing can be saved in your data folder: the folder is read-only. Nothing was lost: your changes are still "
        "in this window; File > Export Profile… writes them elsewhere."
    )
