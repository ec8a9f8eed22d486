"""The File, Edit and Help menus and the toolbar, and the window's side of the document session: the Qt dialogs,
status-bar messages and recent-files list that `buyer_app.core.profiles.session.DocumentSession` asks and tells
through its `SessionView` protocol. The decisions are the session's; the words are `buyer_app.text.session`'s."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QMainWindow, QMenu, QMessageBox, QToolBar

from buyer_app.core.files.safe_read import is_regular_file
from buyer_app.core.profiles.lock import ProfileInUse
from buyer_app.core.profiles.schema import Profile
from buyer_app.core.profiles.session import DocumentSession, NamePurpose, Notice, NoticeKind, SaveAnswer
from buyer_app.core.profiles.store import profiles_dir
from buyer_app.text import session as words
from buyer_app.text.translate import tr
from buyer_app.ui.report_actions import ReportActions
from buyer_app.ui.settings_store import settings, value_texts

MAX_RECENT = 8
# how long the status bar shows a notice (ms); a notice with a title (text.session) is also shown in a message box
STATUS_MS = {
    NoticeKind.SAVED: 5000,
    NoticeKind.AUTOSAVE_FAILED: 30000,
    NoticeKind.RECOVERED: 20000,
    NoticeKind.RECOVERY_NOTES: 20000,
    NoticeKind.OPEN_FAILED: 20000,
    NoticeKind.VEHICLES_DROPPED: 20000,
}
Button = QMessageBox.StandardButton


class _WrittenRelay(QObject):
    """Brings what the recovery file's writer thread reports to the window's thread: a queued signal to a slot of
    this object (it lives in the window's thread), which tells the session."""

    written = Signal(object)  # OSError | None

    def __init__(self, parent: QObject, session: DocumentSession) -> None:
        super().__init__(parent)
        self._session = session
        self.written.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _deliver(self, error: OSError | None) -> None:
        self._session.written_soon(error)


def ask_plain(
    parent: QMainWindow | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: Button = Button.Yes | Button.No,
    default: Button | None = None,
) -> Button:
    """A message box that shows `text` as typed: a profile name like `<b>x</b>` is not taken for markup (the
    static QMessageBox helpers guess, and would render it). `default`: the button Enter presses."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if default is not None:
        box.setDefaultButton(default)
    return Button(box.exec())


class FileController:
    """Implements `SessionView` for one window. `profile()`: the profile on show; `show_profile(p)`: show it (no
    history change); `edit(p, text)`: an undoable edit; `unsupported(ids)`: ids the database cannot cost."""

    def __init__(
        self,
        window: QMainWindow,
        undo_stack: QUndoStack,
        profile: Callable[[], Profile],
        show_profile: Callable[[Profile], None],
        edit: Callable[[Profile, str], None],
        unsupported: Callable[[Sequence[int]], Sequence[int]],
    ) -> None:
        self.window, self.undo_stack = window, undo_stack
        self._profile, self._show_profile, self._edit = profile, show_profile, edit
        self.session = DocumentSession(self, unsupported)
        relay = _WrittenRelay(window, self.session)

        def report(error: OSError | None) -> None:  # on the writer thread
            try:
                relay.written.emit(error)
            except RuntimeError:
                pass  # the window has gone, and its recovery file with it

        self.session.recovery.on_written = report
        self._written_relay = relay
        self.recent_menu = QMenu(tr("Open &Recent"), window)

    # -- menus ---------------------------------------------------------------------------------
    def build_menus(self, report: ReportActions) -> None:
        # menus are the window's own objects, kept as attributes: under PySide 6.8 a menu made by addMenu(title)
        # could be deleted while the window still showed it
        window, session = self.window, self.session
        file = self.file_menu = QMenu(tr("&File"), window)
        window.menuBar().addMenu(file)
        toolbar = window.addToolBar(tr("Main"))
        toolbar.setObjectName("main-toolbar")
        keys = QKeySequence.StandardKey

        def action(
            menu: QMenu,
            text: str,
            slot: Callable[[], object],
            shortcut: QKeySequence.StandardKey | str | None = None,
            bar: QToolBar | None = None,
        ) -> QAction:
            act = QAction(text, window)  # `text` comes translated
            if shortcut is not None:
                act.setShortcut(shortcut)
            # triggered(bool) would land in a slot's first optional parameter (export_pdf's path, save_as's
            # name): call the slot with no argument, as a click or a shortcut means
            act.triggered.connect(lambda _checked=False, call=slot: call())
            menu.addAction(act)
            if bar is not None:
                bar.addAction(act)
            return act

        action(file, tr("&New"), session.new, keys.New, toolbar)
        action(file, tr("&Open…"), self.open_dialog, keys.Open, toolbar)
        file.addMenu(self.recent_menu)
        action(file, tr("&Save"), session.save, keys.Save, toolbar)
        action(file, tr("Save &As…"), session.save_as, keys.SaveAs)
        file.addSeparator()
        action(file, tr("D&uplicate…"), session.duplicate)
        action(file, tr("Rena&me…"), session.rename)
        action(file, tr("&Delete…"), session.delete)
        file.addSeparator()
        action(file, tr("&Import Profile…"), self.import_dialog)
        action(file, tr("E&xport Profile…"), self.export_dialog)
        action(file, tr("Export &PDF…"), report.export_pdf, "Ctrl+E", toolbar)
        action(file, tr("Export PDF &with Appendix…"), report.export_pdf_with_appendix)
        action(file, tr("Export &CSV…"), report.export_csv)
        action(file, tr("Export X&LSX…"), report.export_xlsx)
        action(file, tr("Prin&t…"), report.print_preview, keys.Print, toolbar)
        file.addSeparator()
        action(file, tr("&Quit"), window.close, keys.Quit)
        edit = self.edit_menu = QMenu(tr("&Edit"), window)
        window.menuBar().addMenu(edit)
        undo = self.undo_stack.createUndoAction(window, tr("&Undo"))
        undo.setShortcut(keys.Undo)
        redo = self.undo_stack.createRedoAction(window, tr("&Redo"))
        redo.setShortcut(keys.Redo)
        edit.addActions([undo, redo])
        toolbar.addActions([undo, redo])
        help_menu = self.help_menu = QMenu(tr("&Help"), window)
        window.menuBar().addMenu(help_menu)
        action(help_menu, tr("&About Vehicle Buyer"), report.about)
        self.refresh_recent()

    def open_dialog(self) -> None:
        if not self.session.maybe_save():
            return
        name, _ = QFileDialog.getOpenFileName(self.window, tr("Open profile"), str(profiles_dir()), tr("Profiles (*.json)"))
        if name:
            self.session.open(Path(name))

    def import_dialog(self) -> None:
        if not self.session.maybe_save():
            return
        name, _ = QFileDialog.getOpenFileName(self.window, tr("Import profile"), str(Path.home()), tr("Profiles (*.json)"))
        if name:
            self.session.import_file(Path(name))

    def export_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.window, tr("Export profile"), str(Path.home() / f"{self._profile().name}.json"), tr("Profiles (*.json)")
        )
        if name:
            self.session.export_to(Path(name))

    # -- title, recent files, data folder ------------------------------------------------------
    def update_title(self) -> None:
        self.window.setWindowTitle(
            words.window_title(self._profile().name, self.session.read_only or bool(self.session.data_problem))
        )
        self.window.setWindowModified(not self.undo_stack.isClean())

    def recent_paths(self) -> list[Path]:
        """Saved profiles opened lately (regular files that still exist; anything else in the setting is ignored)."""
        return [Path(p) for p in value_texts("recent") if is_regular_file(Path(p))]

    def remember(self, path: Path) -> None:
        paths = [str(path)] + [str(p) for p in self.recent_paths() if p != path]
        s = settings()
        s.setValue("recent", paths[:MAX_RECENT])
        s.setValue("last_profile", str(path))
        s.sync()
        self.refresh_recent()

    def forget(self, path: Path) -> None:
        """Drop `path` from the recent list and from start-up."""
        s = settings()
        s.setValue("recent", [str(p) for p in self.recent_paths() if p != path])
        if s.value("last_profile") == str(path):
            s.remove("last_profile")
        s.sync()
        self.refresh_recent()

    def refresh_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.recent_paths():
            act = self.recent_menu.addAction(path.stem)
            act.triggered.connect(lambda _checked=False, p=path: self.session.maybe_save() and self.session.open(p))
        self.recent_menu.setEnabled(bool(self.recent_menu.actions()))

    def set_data_read_only(self, reason: str) -> None:
        """The user's data folder cannot be written: say so for as long as the window is open. Nothing can be saved
        there (each Save says why and loses nothing); Export Profile writes elsewhere."""
        note = QLabel(words.data_folder_note(reason))
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setStyleSheet("color: #a50026; font-weight: 600")
        self.window.statusBar().addPermanentWidget(note, 1)
        self.session.set_data_problem(reason)

    # -- SessionView: the document -------------------------------------------------------------
    def current_profile(self) -> Profile:
        return self._profile()

    def show_document(self, profile: Profile) -> None:
        self.undo_stack.clear()
        self._show_profile(profile)
        self.undo_stack.setClean()

    def apply_recovered(self, profile: Profile) -> None:
        self._edit(profile, tr(words.RECOVERED_EDIT))

    def history_clean(self) -> bool:
        return self.undo_stack.isClean()

    def mark_clean(self) -> None:
        self.undo_stack.setClean()

    def document_changed(self) -> None:
        self.update_title()

    # -- SessionView: questions and notices (dialogs; tests replace them) -------------------------
    def ask_save_changes(self, name: str) -> SaveAnswer:
        answer = ask_plain(
            self.window,
            QMessageBox.Icon.Question,
            tr(words.SAVE_CHANGES_TITLE),
            words.save_changes_question(name),
            Button.Save | Button.Discard | Button.Cancel,
        )
        return {Button.Save: SaveAnswer.SAVE, Button.Discard: SaveAnswer.DISCARD}.get(answer, SaveAnswer.CANCEL)

    def ask_open_read_only(self, in_use: ProfileInUse) -> bool:
        """Whether to open a profile that another copy of the app has open, read-only."""
        owner = words.in_use_owner(in_use.owner.describe() if in_use.owner else None)
        box = QMessageBox(
            QMessageBox.Icon.Warning, tr(words.IN_USE_TITLE), words.in_use_question(in_use.path, owner), parent=self.window
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        read_only = box.addButton(tr(words.OPEN_READ_ONLY_BUTTON), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(Button.Cancel)
        box.exec()
        return box.clickedButton() is read_only

    def ask_name(self, purpose: NamePurpose, current: str) -> str | None:
        title, label, suggestion = words.name_question(purpose, current)
        name, ok = QInputDialog.getText(self.window, title, label, text=suggestion)
        return name if ok else None

    def ask_replace(self, name: str) -> bool:
        return (
            ask_plain(self.window, QMessageBox.Icon.Question, tr(words.REPLACE_TITLE), words.replace_question(name)) == Button.Yes
        )

    def confirm_delete(self, name: str) -> bool:
        return (
            ask_plain(
                self.window, QMessageBox.Icon.Question, tr(words.DELETE_TITLE), words.delete_question(name), default=Button.No
            )
            == Button.Yes
        )  # Enter keeps the file

    def warn(self, title: str, text: str) -> None:
        """Tell the user something went wrong (a dialog)."""
        ask_plain(self.window, QMessageBox.Icon.Warning, title, text, Button.Ok)

    def status(self, text: str, ms: int) -> None:
        self.window.statusBar().showMessage(text, ms)

    def notify(self, notice: Notice) -> None:
        text = words.notice_text(notice)
        if notice.kind in STATUS_MS:
            self.status(text, STATUS_MS[notice.kind])
        title = words.notice_title(notice)
        if title:
            self.warn(title, text)
