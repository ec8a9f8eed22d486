"""The words of the document session (`buyer_app.core.profiles.session`): its notices, its questions and the
window title, in English through `tr()`. Pure: no Qt; the window decides where each is shown."""

from __future__ import annotations

from pathlib import Path

from buyer_app.core.profiles.session_view import NamePurpose, Notice, NoticeKind
from buyer_app.text.translate import tr, tr_noop

APP_NAME = "Vehicle Buyer"

# the title of the message box a notice is shown in (kinds told in the status bar only have none)
_TITLES = {
    NoticeKind.SAVE_FAILED: tr_noop("Not saved"),
    NoticeKind.SAVE_REFUSED_READ_ONLY: tr_noop("Not saved"),
    NoticeKind.SAVE_REFUSED_CHANGED_ON_DISK: tr_noop("Not saved"),
    NoticeKind.SAVE_REFUSED_DATA_FOLDER: tr_noop("Not saved"),
    NoticeKind.SAVE_AS_TARGET_IN_USE: tr_noop("Not saved"),
    NoticeKind.SAVE_REFUSED_INVALID: tr_noop("Not saved"),
    NoticeKind.SAVE_AS_CHANGED_ON_DISK: tr_noop("Not saved"),
    NoticeKind.OPEN_FAILED: tr_noop("Cannot open profile"),
    NoticeKind.VEHICLES_DROPPED: tr_noop("Vehicles left out"),
    NoticeKind.NOT_DONE: tr_noop("Not done"),
    NoticeKind.RENAME_REFUSED_READ_ONLY: tr_noop("Not done"),
    NoticeKind.DELETE_REFUSED_READ_ONLY: tr_noop("Not done"),
    NoticeKind.IMPORT_FAILED: tr_noop("Cannot import"),
    NoticeKind.EXPORT_FAILED: tr_noop("Not exported"),
}

_TEXTS = {
    NoticeKind.SAVED: tr_noop("Saved {path}"),
    NoticeKind.SAVE_FAILED: tr_noop("Could not save to {path}: {reason}. Nothing was lost."),
    NoticeKind.SAVE_REFUSED_INVALID: tr_noop(
        "Not saved to {path}: {reason}. The file on disk was not changed; your changes are still in this window."
    ),
    NoticeKind.SAVE_REFUSED_READ_ONLY: tr_noop(
        "“{file}” is open in another copy of the app, so this window shows it read-only. "
        "Use Save As to keep your changes under another name."
    ),
    NoticeKind.SAVE_REFUSED_CHANGED_ON_DISK: tr_noop(
        "“{file}” was changed on disk by another program or copy of the app since "
        "you opened it; it was not overwritten. Use Save As to keep your version too."
    ),
    NoticeKind.SAVE_REFUSED_DATA_FOLDER: tr_noop(
        "Nothing can be saved in your data folder: {reason}. Nothing was lost: your "
        "changes are still in this window; File > Export Profile… writes them elsewhere."
    ),
    NoticeKind.SAVE_AS_TARGET_IN_USE: tr_noop("“{file}” is open in another copy of the app ({owner}); choose another name."),
    NoticeKind.SAVE_AS_CHANGED_ON_DISK: tr_noop(
        "Could not save to {path}: it was changed on disk since you opened it. Nothing was lost."
    ),
    NoticeKind.OPEN_FAILED: tr_noop("“{file}” could not be opened: {reason}. The file was not changed{copy}"),
    NoticeKind.OPEN_IN_USE_CANCELLED: tr_noop("“{file}” is open in another copy of the app; not opened."),
    NoticeKind.VEHICLES_DROPPED: tr_noop(
        "Vehicle id {ids} is not in the active database or not costed by the app; it was left "
        "out of the comparison (the file is unchanged until you save)."
    ),
    NoticeKind.NOT_DONE: tr_noop("{reason}"),
    NoticeKind.RENAME_REFUSED_READ_ONLY: tr_noop("“{file}” is open in another copy of the app; it cannot be renamed from here."),
    NoticeKind.DELETE_REFUSED_READ_ONLY: tr_noop("“{file}” is open in another copy of the app; it cannot be deleted from here."),
    NoticeKind.IMPORT_FAILED: tr_noop("{reason}"),
    NoticeKind.EXPORT_FAILED: tr_noop("Could not write {path}: {reason}."),
    NoticeKind.AUTOSAVE_FAILED: tr_noop(
        "Unsaved changes cannot be kept for crash recovery ({reason}); save them to keep them. Nothing saved was changed."
    ),
    NoticeKind.RECOVERY_UNUSABLE: tr_noop("A recovery file could not be used ({reason}){copy}"),
    NoticeKind.RECOVERED: tr_noop("Recovered the unsaved changes from the last session."),
    NoticeKind.RECOVERY_NOTES: "",
}
_SET_ASIDE = {
    NoticeKind.OPEN_FAILED: tr_noop("; a copy was set aside as {name}."),
    NoticeKind.RECOVERY_UNUSABLE: tr_noop("; a copy was kept as {name}."),
}
_IGNORED_NAME = tr_noop(
    " They named “{named}”, which is not a profile in your profiles folder, so they are open as a new "
    "profile: Save asks for a name."
)


def notice_title(notice: Notice) -> str:
    """The title of the message box that shows `notice` ("" for a notice the status bar tells)."""
    return tr(_TITLES[notice.kind]) if notice.kind in _TITLES else ""


def notice_text(notice: Notice) -> str:
    """`notice` in a sentence or a few."""
    kind = notice.kind
    copy = ""
    if kind in _SET_ASIDE:
        copy = tr(_SET_ASIDE[kind]).format(name=notice.copy.name) if notice.copy else tr(".")
    reason = notice.reason or "; ".join(p.describe() for p in notice.problems)
    owner = notice.owner.describe() if notice.owner else tr("unknown")
    text = tr(_TEXTS[kind]).format(
        path=notice.path,
        file=notice.path.name if notice.path else "",
        reason=reason,
        owner=owner,
        ids=", ".join(map(str, notice.ids)),
        copy=copy,
    )
    if kind == NoticeKind.RECOVERED and notice.named:
        text += tr(_IGNORED_NAME).format(named=notice.named)
    if kind in (NoticeKind.RECOVERED, NoticeKind.RECOVERY_NOTES):
        text = " ".join([*(notice_text(note) for note in notice.notes), *([text] if text else [])])
    return text


def window_title(profile_name: str, read_only: bool) -> str:
    """The window's title: the profile, `[*]` where Qt marks unsaved changes, and whether it is read-only."""
    return tr("{name}[*]{read_only} — {app}").format(
        name=profile_name, read_only=tr(" (read-only)") if read_only else "", app=APP_NAME
    )


def data_folder_note(reason: str) -> str:
    """The lasting note in the status bar when the data folder cannot be written."""
    return tr("Read-only: {reason}. Nothing can be saved there; File > Export Profile… keeps your work elsewhere.").format(
        reason=reason
    )


RECOVERED_EDIT = tr_noop("Recovered changes")  # the undo entry of recovered changes (tr() at use)
SAVE_CHANGES_TITLE = tr_noop("Unsaved changes")


def save_changes_question(name: str) -> str:
    return tr("Save the changes to “{name}”?").format(name=name)


IN_USE_TITLE = tr_noop("Profile in use")
OPEN_READ_ONLY_BUTTON = tr_noop("Open read-only")


def in_use_question(path: Path, owner: str) -> str:
    """Whether to open a profile another copy of the app holds read-only (`owner`: who holds it, described)."""
    return tr(
        "“{file}” is open in another copy of {app} ({owner}).\n\nOpen it read-only? You can look and change "
        "things, and keep them with Save As under another name."
    ).format(file=path.name, app=APP_NAME, owner=owner)


def in_use_owner(description: str | None) -> str:
    return description if description else tr("another copy of the app")


# title, label and the suggested text ({name}: the profile's name) of each name question
NAME_QUESTIONS = {
    NamePurpose.SAVE_AS: (tr_noop("Save As"), tr_noop("Name of this comparison:"), tr_noop("{name}")),
    NamePurpose.DUPLICATE: (tr_noop("Duplicate"), tr_noop("Name of the copy:"), tr_noop("{name} (copy)")),
    NamePurpose.RENAME: (tr_noop("Rename"), tr_noop("New name:"), tr_noop("{name}")),
}


def name_question(purpose: NamePurpose, name: str) -> tuple[str, str, str]:
    title, label, suggestion = NAME_QUESTIONS[purpose]
    return tr(title), tr(label), tr(suggestion).format(name=name)


REPLACE_TITLE = tr_noop("Replace?")
DELETE_TITLE = tr_noop("Delete")


def replace_question(name: str) -> str:
    return tr("A profile named “{name}” exists. Replace it?").format(name=name)


def delete_question(name: str) -> str:
    return tr("Delete the saved profile “{name}”?").format(name=name)
