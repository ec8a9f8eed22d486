"""Keeps the saved answer (`core.profiles.answer_cache`) for the next start: the cards of a profile as it is saved.

The window tells the keeper when its cards change (`cards_changed`); after a pause (PAUSE_MS, so a what-if drag
never writes) and when the window closes, the keeper writes the cards, the verdict, the title and the window's
geometry, if and only if they are the answer of the profile file as it is on disk: the window has a file, no unsaved
changes (the file read back now equals the profile on show, so an edit, or one saved by another window, is never
kept as its answer), no what-ifs, and inputs that compute. Nothing is written when nothing changed since
the last write; a folder that cannot be written is no error (the next start is just not faster).
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QPoint, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from buyer_app import __version__
from buyer_app.core.errors import InputError
from buyer_app.core.profiles.answer_cache import SavedAnswer, data_stamps, file_stamp, write_answer
from buyer_app.core.profiles.schema import Profile, load_profile
from buyer_app.text.card import Card, card_to_dict
from buyer_app.text.session import window_title
from buyer_app.text.translate import current_language

PAUSE_MS = 1500


class AnswerSource(Protocol):
    """What the keeper reads from the window."""

    profile: Profile
    verdict: QLabel
    household_valid: bool

    @property
    def path(self) -> Path | None: ...

    def current_cards(self) -> list[Card]: ...

    def answer_pane(self) -> QWidget: ...


class AnswerKeeper(QObject):
    def __init__(self, window: QMainWindow, source: AnswerSource) -> None:
        super().__init__(window)
        self.window = window
        self.source = source
        self.written: SavedAnswer | None = None
        self.timer = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self.timer.timeout.connect(self.keep)

    def cards_changed(self) -> None:
        self.timer.start()

    def answer(self) -> SavedAnswer | None:
        """The saved answer of the profile on show, or None when what is on show is not the profile as saved."""
        s = self.source
        path, cards = s.path, s.current_cards()
        if path is None or not cards or not s.household_valid or s.profile.what_if:
            return None
        stamp = file_stamp(path)
        if stamp is None:
            return None
        try:
            saved = load_profile(path)
        except InputError:
            return None
        if file_stamp(path) != stamp or saved != s.profile:
            return None
        pane = s.answer_pane()
        at = pane.mapTo(self.window, QPoint(0, 0))
        menus = tuple(a.text() for a in self.window.menuBar().actions() if a.text())
        return SavedAnswer(
            path,
            stamp,
            __version__,
            tuple(data_stamps()),
            window_title(s.profile.name, False),  # as the next start opens it (read-only says itself then)
            s.verdict.text(),
            tuple(card_to_dict(c) for c in cards),
            bytes(self.window.saveGeometry().toBase64().data()).decode("ascii"),
            (max(at.x(), 0), max(at.y(), 0), max(pane.width(), 1), max(pane.height(), 1), self.window.width()),
            menus,
            current_language(),
        )

    def keep(self) -> bool:
        """Write the saved answer if there is one and it differs from the last written; whether it was written."""
        self.timer.stop()
        answer = self.answer()
        if answer is None or answer == self.written:
            return False
        try:
            write_answer(answer)
        except OSError:
            return False
        self.written = answer
        return True
