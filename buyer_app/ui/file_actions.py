"""Menus, profiles on disk (new, open, save, recent, duplicate, rename, delete, import, export),
crash recovery, PDF export and printing, About; mixed into MainWindow."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QMenu, QMessageBox

from buyer_app import __version__
from buyer_app.core.errors import InputError
from buyer_app.core.files.safe_read import Unreadable, is_regular_file
from buyer_app.core.files.storage import atomic_write_text
from buyer_app.core.profiles.lock import ProfileChanged, ProfileInUse, ProfileLock, disk_stamp, save_unchanged
from buyer_app.core.profiles.recovery import RecoveryFile, discard, orphaned, read_recovered
from buyer_app.core.profiles.schema import Profile, load_profile, profile_to_dict
from buyer_app.core.profiles.store import (
    delete_profile,
    duplicate_profile,
    open_profile,
    path_for,
    profiles_dir,
    rename_profile,
    save_profile,
    set_aside,
)
from buyer_app.ui.settings_store import settings, value_texts

if TYPE_CHECKING:
    from buyer_app.ui.main_window import MainWindow

MAX_RECENT = 8


def ask_plain(parent: Any, icon: QMessageBox.Icon, title: str, text: str,
              buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
              default: QMessageBox.StandardButton | None = None) -> QMessageBox.StandardButton:
    """A message box that shows `text` as typed: a profile name like `<b>x</b>` is not taken for markup (the
    static QMessageBox helpers guess, and would render it). `default`: the button Enter presses."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if default is not None:
        box.setDefaultButton(default)
    return QMessageBox.StandardButton(box.exec())


class FileActions:
    """File menu behaviour; `self` is the MainWindow."""

    path: Path | None = None
    lock: ProfileLock | None = None  # held while a saved profile is open for editing
    read_only: bool = False  # opened while another copy of the app has it: Save refuses, Save As works
    _disk_stamp: str | None = None  # the file's content when loaded or last saved (see profile_lock)
    recovery: RecoveryFile  # this window's own crash-recovery file (set in MainWindow.__init__)
    data_problem: str = ""  # why the user's data folder cannot be written ("" when it can)
    _recovery_warned: bool = False

    def build_menus(self: MainWindow) -> None:
        # menus are the window's own objects, kept as attributes: under PySide 6.8 a menu made by addMenu(title)
        # could be deleted while the window still showed it
        file = self.file_menu = QMenu("&File", self)
        self.menuBar().addMenu(file)
        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("main-toolbar")

        def action(menu: Any, text: str, slot: Any, shortcut: Any = None, on_toolbar: bool = False) -> QAction:
            act = QAction(text, self)
            if shortcut is not None:
                act.setShortcut(shortcut)
            # triggered(bool) would land in a slot's first optional parameter (export_pdf's path, save_as's
            # name): call the slot with no argument, as a click or a shortcut means
            act.triggered.connect(lambda _checked=False, call=slot: call())
            menu.addAction(act)
            if on_toolbar:
                toolbar.addAction(act)
            return act

        action(file, "&New", self.new_profile, QKeySequence.StandardKey.New, True)
        action(file, "&Open…", self.open_dialog, QKeySequence.StandardKey.Open, True)
        self.recent_menu = QMenu("Open &Recent", self)
        file.addMenu(self.recent_menu)
        action(file, "&Save", self.save, QKeySequence.StandardKey.Save, True)
        action(file, "Save &As…", self.save_as, QKeySequence.StandardKey.SaveAs)
        file.addSeparator()
        action(file, "D&uplicate…", self.duplicate)
        action(file, "Rena&me…", self.rename)
        action(file, "&Delete…", self.delete)
        file.addSeparator()
        action(file, "&Import Profile…", self.import_profile)
        action(file, "E&xport Profile…", self.export_profile)
        action(file, "Export &PDF…", self.export_pdf, "Ctrl+E", True)
        action(file, "Export &CSV…", self.export_csv)
        action(file, "Prin&t…", self.print_preview, QKeySequence.StandardKey.Print, True)
        file.addSeparator()
        action(file, "&Quit", self.close, QKeySequence.StandardKey.Quit)
        edit = self.edit_menu = QMenu("&Edit", self)
        self.menuBar().addMenu(edit)
        undo = self.undo_stack.createUndoAction(self, "&Undo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, "&Redo")
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit.addActions([undo, redo])
        toolbar.addActions([undo, redo])
        help_menu = self.help_menu = QMenu("&Help", self)
        self.menuBar().addMenu(help_menu)
        action(help_menu, "&About Vehicle Buyer", self.about)
        self.refresh_recent()

    # -- title, recent, autosave ------------------------------------------------------------------
    def update_title(self: MainWindow) -> None:
        read_only = " (read-only)" if self.read_only or self.data_problem else ""
        self.setWindowTitle(f"{self.profile.name}[*]{read_only} — Vehicle Buyer")
        self.setWindowModified(not self.undo_stack.isClean())

    def recent_paths(self: MainWindow) -> list[Path]:
        """Saved profiles opened lately (regular files that still exist; anything else in the setting is ignored)."""
        return [Path(p) for p in value_texts("recent") if is_regular_file(Path(p))]

    def remember(self: MainWindow, path: Path) -> None:
        paths = [str(path)] + [str(p) for p in self.recent_paths() if p != path]
        s = settings()
        s.setValue("recent", paths[:MAX_RECENT])
        s.setValue("last_profile", str(path))
        s.sync()
        self.refresh_recent()

    def forget(self: MainWindow, path: Path) -> None:
        """Drop `path` from the recent list and from start-up."""
        s = settings()
        s.setValue("recent", [str(p) for p in self.recent_paths() if p != path])
        if s.value("last_profile") == str(path):
            s.remove("last_profile")
        s.sync()
        self.refresh_recent()

    def refresh_recent(self: MainWindow) -> None:
        self.recent_menu.clear()
        for path in self.recent_paths():
            act = self.recent_menu.addAction(path.stem)
            act.triggered.connect(lambda _checked=False, p=path: self.maybe_save() and self.open_path(p))
        self.recent_menu.setEnabled(bool(self.recent_menu.actions()))

    def autosave(self: MainWindow) -> None:
        """Keep unsaved changes on disk so a crash loses nothing (this window's own recovery file); removed once
        saved or discarded. A folder that cannot be written is said once in the status bar, never a traceback."""
        if self.undo_stack.isClean():
            self.recovery.remove()
            return
        try:
            self.recovery.write(self.profile, self.path)
        except (OSError, InputError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) else "; ".join(p.describe() for p in exc.problems)
            if not self._recovery_warned:
                self._recovery_warned = True
                self.statusBar().showMessage(f"Unsaved changes cannot be kept for crash recovery ({reason}); "
                                             "save them to keep them. Nothing saved was changed.", 30000)
            return
        self._recovery_warned = False

    def recover(self: MainWindow) -> bool:
        """Reopen unsaved changes left by a window that is gone (a crash); True if there were some. A recovery
        file that cannot be used is set aside with the reason in the status bar; one that names a file outside
        the profiles folder opens as a new, unsaved profile (Save asks for a name)."""
        notes: list[str] = []
        for source in orphaned():
            try:
                found = read_recovered(source)
            except (Unreadable, InputError) as exc:
                copy = set_aside(source)
                discard(source)
                reason = exc.reason if isinstance(exc, Unreadable) else "; ".join(p.describe() for p in exc.problems)
                notes.append(f"A recovery file could not be used ({reason})"
                             + (f"; a copy was kept as {copy.name}." if copy else "."))
                continue
            try:  # Undo goes back to the saved version, never to whatever the window opened with
                base = open_profile(found.saved_as) if found.saved_as is not None and found.saved_as.exists() \
                    else Profile()
            except InputError:
                base = Profile()
            self.load(base, found.saved_as)
            self.change(found.profile, "Recovered changes")  # written to this window's own recovery file
            discard(source)
            text = "Recovered the unsaved changes from the last session."
            if found.ignored_path:
                text += (f" They named “{found.ignored_path}”, which is not a profile in your profiles folder, so they "
                         "are open as a new profile: Save asks for a name.")
            self.statusBar().showMessage(" ".join([*notes, text]), 20000)
            return True
        if notes:
            self.statusBar().showMessage(" ".join(notes), 20000)
        return False

    def set_data_read_only(self: MainWindow, reason: str) -> None:
        """The user's data folder cannot be written: say so for as long as the window is open. Nothing can be saved
        there (each Save says why and loses nothing); Export Profile writes elsewhere."""
        self.data_problem = reason
        note = QLabel(f"Read-only: {reason}. Nothing can be saved there; File > Export Profile… keeps your work "
                      "elsewhere.")
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setStyleSheet("color: #a50026; font-weight: 600")
        self.statusBar().addPermanentWidget(note, 1)
        self.update_title()

    # -- the profile on disk -------------------------------------------------------------------
    def ask_save(self: MainWindow) -> str:
        """'save', 'discard' or 'cancel' (a dialog; tests replace it)."""
        answer = ask_plain(self, QMessageBox.Icon.Question, "Unsaved changes", f"Save the changes to “{self.profile.name}”?",
                           QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                           | QMessageBox.StandardButton.Cancel)
        return {QMessageBox.StandardButton.Save: "save", QMessageBox.StandardButton.Discard: "discard"}.get(
            answer, "cancel")

    def warn(self: MainWindow, title: str, text: str) -> None:
        """Tell the user something went wrong (a dialog; tests replace it)."""
        ask_plain(self, QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok)

    def ask_in_use(self: MainWindow, exc: ProfileInUse) -> str:
        """'read-only' or 'cancel' when the profile is open in another copy of the app (a dialog; tests replace it)."""
        who = exc.owner.describe() if exc.owner else "another copy of the app"
        box = QMessageBox(QMessageBox.Icon.Warning, "Profile in use",
                          f"“{exc.path.name}” is open in another copy of Vehicle Buyer ({who}).\n\nOpen it read-only? "
                          "You can look and change things, and keep them with Save As under another name.", parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        read_only = box.addButton("Open read-only", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return "read-only" if box.clickedButton() is read_only else "cancel"

    def _hold(self: MainWindow, path: Path | None, lock: ProfileLock | None, read_only: bool) -> None:
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
        self._disk_stamp = disk_stamp(path) if path is not None else None

    def maybe_save(self: MainWindow) -> bool:
        """True when it is fine to drop the current state."""
        if self.undo_stack.isClean():
            return True
        answer = self.ask_save()
        if answer == "save":
            return self.save()
        return answer == "discard"

    def load(self: MainWindow, profile: Profile, path: Path | None, lock: ProfileLock | None = None,
             read_only: bool = False) -> None:
        self._hold(path, lock, read_only)
        self.path = path
        self.undo_stack.clear()
        self.show_profile(profile)
        self.undo_stack.setClean()
        self.recovery.remove()
        self.update_title()

    def new_profile(self: MainWindow) -> None:
        if self.maybe_save():
            self.load(Profile(), None)

    def open_dialog(self: MainWindow) -> None:
        if not self.maybe_save():
            return
        name, _ = QFileDialog.getOpenFileName(self, "Open profile", str(profiles_dir()), "Profiles (*.json)")
        if name:
            self.open_path(Path(name))

    def open_path(self: MainWindow, path: Path) -> str | None:
        """Open a saved profile; on failure the file is left as it was and the reason returned and shown."""
        lock, read_only = (self.lock, False) if self.lock is not None and self.lock.profile_path == path else (None, False)
        try:
            if lock is None and path.exists():
                lock = ProfileLock.acquire(path)
        except ProfileInUse as exc:
            if self.ask_in_use(exc) != "read-only":
                return f"“{path.name}” is open in another copy of the app; not opened."
            read_only = True
        except OSError:
            lock = None
        try:
            profile = load_profile(path) if read_only else open_profile(path)  # read-only: no migration rewrite
        except InputError as exc:
            if lock is not None and lock is not self.lock:
                lock.release()
            self.forget(path)
            copy = set_aside(path) if path.exists() else None
            reasons = "; ".join(p.describe() for p in exc.problems)
            text = (f"“{path.name}” could not be opened: {reasons}. The file was not changed"
                    + (f"; a copy was set aside as {copy.name}." if copy else "."))
            self.statusBar().showMessage(text, 20000)
            self.warn("Cannot open profile", text)
            return text
        known = self.db.frame.set_index("id")["supported"]
        dropped = [v.id for v in profile.vehicles if v.id not in known.index or not bool(known[v.id])]
        if dropped:
            profile = replace(profile, vehicles=tuple(v for v in profile.vehicles if v.id not in dropped))
        self.load(profile, path, lock, read_only)
        self.remember(path)
        if dropped:
            text = (f"Vehicle id {', '.join(map(str, dropped))} is not in the active database or not costed by the "
                    f"app; it was left out of the comparison (the file is unchanged until you save).")
            self.statusBar().showMessage(text, 20000)
            self.warn("Vehicles left out", text)
            return text
        return None

    def _refuse_data_read_only(self: MainWindow) -> bool:
        if self.data_problem:
            self.warn("Not saved", f"Nothing can be saved in your data folder: {self.data_problem}. Nothing was lost: "
                      "your changes are still in this window; File > Export Profile… writes them elsewhere.")
        return bool(self.data_problem)

    def save(self: MainWindow) -> bool:
        if self._refuse_data_read_only():
            return False
        if self.path is None:
            return self.save_as()
        if self.read_only:
            self.warn("Not saved", f"“{self.path.name}” is open in another copy of the app, so this window shows it "
                      "read-only. Use Save As to keep your changes under another name.")
            return False
        try:
            self._disk_stamp = save_unchanged(self.profile, self.path, self._disk_stamp)
        except ProfileChanged:
            self.warn("Not saved", f"“{self.path.name}” was changed on disk by another program or copy of the app "
                      "since you opened it; it was not overwritten. Use Save As to keep your version too.")
            return False
        except OSError as exc:
            self.warn("Not saved", f"Could not save to {self.path}: {exc.strerror}. Nothing was lost.")
            return False
        if self.lock is not None:
            self.lock.refresh()
        self.undo_stack.setClean()
        self.recovery.remove()
        self.remember(self.path)
        self.statusBar().showMessage(f"Saved {self.path}", 5000)
        return True

    def save_as(self: MainWindow, name: str | None = None) -> bool:
        if self._refuse_data_read_only():
            return False
        if name is None:
            name, ok = QInputDialog.getText(self, "Save As", "Name of this comparison:", text=self.profile.name)
            if not ok or not name.strip():
                return False
        target = path_for(name)
        if target.exists() and target != self.path and ask_plain(
                self, QMessageBox.Icon.Question, "Replace?", f"A profile named “{name}” exists. Replace it?") \
                != QMessageBox.StandardButton.Yes:
            return False
        renamed = replace(self.profile, name=name.strip())
        lock = self.lock if self.lock is not None and self.lock.profile_path == target and not self.read_only else None
        try:
            lock = lock or ProfileLock.acquire(target)
        except ProfileInUse as exc:
            self.warn("Not saved", f"“{target.name}” is open in another copy of the app "
                      f"({exc.owner.describe() if exc.owner else 'unknown'}); choose another name.")
            return False
        except OSError:
            lock = None
        try:  # over the open file itself: only if no one else changed it meanwhile
            save_unchanged(renamed, target, self._disk_stamp) if target == self.path else save_profile(renamed, target)
        except (OSError, ProfileChanged) as exc:
            if lock is not None and lock is not self.lock:
                lock.release()
            self.warn("Not saved", f"Could not save to {target}: "
                      f"{exc.strerror if isinstance(exc, OSError) else 'it was changed on disk since you opened it'}. "
                      "Nothing was lost.")
            return False
        self.load(renamed, target, lock)  # the name is part of the saved file, not an undoable edit
        self.remember(target)
        return True

    def duplicate(self: MainWindow) -> None:
        if self.path is None or not self.maybe_save():
            return
        name, ok = QInputDialog.getText(self, "Duplicate", "Name of the copy:", text=f"{self.profile.name} (copy)")
        if ok and name.strip():
            self._file_op(lambda: duplicate_profile(self.path, name.strip()))  # type: ignore[arg-type]

    def rename(self: MainWindow) -> None:
        if self.path is None or self._refuse_read_only("renamed") or not self.maybe_save():
            return
        name, ok = QInputDialog.getText(self, "Rename", "New name:", text=self.profile.name)
        if ok and name.strip():
            self._file_op(lambda: rename_profile(self.path, name.strip()))  # type: ignore[arg-type]

    def _file_op(self: MainWindow, op: Any) -> None:
        try:
            path = op()
        except InputError as exc:
            self.warn("Not done", "; ".join(p.describe() for p in exc.problems))
            return
        self.open_path(path)

    def _refuse_read_only(self: MainWindow, done: str) -> bool:
        if self.read_only:
            self.warn("Not done", f"“{self.path.name if self.path else ''}” is open in another copy of the app; "
                      f"it cannot be {done} from here.")
        return self.read_only

    def delete(self: MainWindow) -> None:
        if self.path is None or self._refuse_read_only("deleted"):
            return
        no = QMessageBox.StandardButton.No  # Enter keeps the file
        if ask_plain(self, QMessageBox.Icon.Question, "Delete", f"Delete the saved profile “{self.profile.name}”?",
                     default=no) == QMessageBox.StandardButton.Yes:
            delete_profile(self.path)
            self.load(Profile(), None)

    def import_profile(self: MainWindow) -> None:
        if not self.maybe_save():
            return
        name, _ = QFileDialog.getOpenFileName(self, "Import profile", str(Path.home()), "Profiles (*.json)")
        if not name:
            return
        try:
            profile = open_profile(Path(name))
        except InputError as exc:
            self.warn("Cannot import", "; ".join(p.describe() for p in exc.problems))
            return
        target = path_for(profile.name)
        suffix = 2
        while target.exists():
            target = path_for(f"{profile.name} {suffix}")
            suffix += 1
        self.open_path(save_profile(profile, target))

    def export_profile(self: MainWindow) -> None:
        name, _ = QFileDialog.getSaveFileName(self, "Export profile", str(Path.home() / f"{self.profile.name}.json"),
                                              "Profiles (*.json)")
        if name:
            try:
                atomic_write_text(Path(name), json.dumps(profile_to_dict(self.profile), indent=2) + "\n", backup=False)
            except OSError as exc:
                self.warn("Not exported", f"Could not write {name}: {exc.strerror}.")

    # -- paper ---------------------------------------------------------------------------------
    def report_context(self: MainWindow) -> Any:
        from buyer_app.report.summary import ReportContext

        return ReportContext(title=self.profile.name, database=self.db.metadata, prices_as_of=self.db.prices_as_of,
                             generated=date.today())

    def export_pdf(self: MainWindow, path: Path | None = None, paper: str = "letter") -> Path | None:
        from buyer_app.report.pdf import write_pdf

        if self.comparison is None:
            self.statusBar().showMessage("Nothing to export yet: add vehicles and fix any marked inputs.", 8000)
            return None
        if path is None:
            name, chosen = QFileDialog.getSaveFileName(self, "Export PDF", str(Path.home() / f"{self.profile.name}.pdf"),
                                                       "PDF (*.pdf)")
            if not name:
                return None
            path = Path(name)
        try:
            write_pdf(self.comparison, self.report_context(), path, paper, run=self.current_run())
        except OSError as exc:
            self.warn("PDF not written", f"Could not write {path}: {exc.strerror}.")
            return None
        self.statusBar().showMessage(f"Wrote {path}", 8000)
        return path

    def export_csv(self: MainWindow, path: Path | None = None) -> Path | None:
        """The costs per vehicle, year and category as CSV for a spreadsheet; nothing else changes."""
        from buyer_app.core.costs.export_csv import write_csv
        from buyer_app.core.profiles.store import slug

        if self.comparison is None:
            self.statusBar().showMessage("Nothing to export yet: add vehicles and fix any marked inputs.", 8000)
            return None
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, "Export CSV", str(Path.home() / f"{slug(self.profile.name)}.csv"),
                                                  "CSV (*.csv)")
            if not name:
                return None
            path = Path(name)
        try:
            rows = write_csv(self.comparison, path)
        except OSError as exc:
            self.warn("CSV not written", f"Could not write {path}: {exc.strerror or exc}. Nothing was changed.")
            return None
        self.statusBar().showMessage(f"Wrote {path} ({rows} rows)", 8000)
        return path

    def print_preview(self: MainWindow) -> None:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from buyer_app.report.pdf import build_document

        if self.comparison is None:
            return
        comparison, run = self.comparison, self.current_run()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.paintRequested.connect(lambda p: build_document(comparison, self.report_context(), run).print_(p))
        dialog.exec()

    def about(self: MainWindow) -> None:
        meta = self.db.metadata
        QMessageBox.about(self, "About Vehicle Buyer", (
            f"<h3>Vehicle Buyer {__version__}</h3><p>What an electric car, a plug-in hybrid, a hybrid or a gasoline "
            "car really costs your household.</p>"
            f"<p>Vehicles: US EPA / DOE fueleconomy.gov, file of {meta.get('source_date')} (public domain).<br>"
            "Battery and charging specs: OpenEV Data 1.24.0 (CDLA-Permissive-2.0) and Chargeprice Open EV Data 2021 "
            f"(MIT).<br>Base prices: curated table, newest as of {self.db.prices_as_of}, source per row.<br>"
            "Defaults: each with its source and date (hover a household input).</p>"))

    def closeEvent(self: MainWindow, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if not self.maybe_save():
            event.ignore()
            return
        self.recovery.remove()
        if self.lock is not None:
            self.lock.release()
            self.lock = None
        self.save_layout()
        event.accept()
