"""Answer the window's dialogs the way a shopper would, at Qt's level (the static QFileDialog / QInputDialog
functions and QMessageBox.exec), so the window's own code runs from the click to the file on disk.

Each answer is queued before the action and used once; a dialog that opens with no answer queued fails the
test (it would have blocked a real user on a question the test did not expect).
"""

from __future__ import annotations

from collections import deque
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox


class Dialogs:
    """Queued answers for file, name and question dialogs; what was asked is kept in `asked`."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.files: deque[str] = deque()  # a path, or "" for Cancel
        self.names: deque[tuple[str, bool]] = deque()  # (text, OK pressed)
        self.buttons: deque[QMessageBox.StandardButton] = deque()
        self.asked: list[tuple[str, str]] = []  # (kind, title or text)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(self._file("save")))
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(self._file("open")))
        monkeypatch.setattr(QInputDialog, "getText", staticmethod(self._text))
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self._box(box))
        monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda _parent, title, text: self.asked.append(("about", text))))

    def _file(self, kind: str) -> Any:
        def answer(_parent: Any, title: str, *_args: Any, **_kwargs: Any) -> tuple[str, str]:
            self.asked.append((kind, title))
            if not self.files:
                pytest.fail(f"a {kind} dialog '{title}' opened with no answer queued")
            return self.files.popleft(), ""

        return answer

    def _text(self, _parent: Any, title: str, _label: str, *_args: Any, **_kwargs: Any) -> tuple[str, bool]:
        self.asked.append(("name", title))
        if not self.names:
            pytest.fail(f"a name dialog '{title}' opened with no answer queued")
        return self.names.popleft()

    def _box(self, box: QMessageBox) -> int:
        self.asked.append(("box", box.text()))
        if not self.buttons:
            pytest.fail(f"a message box opened with no answer queued: {box.text()}")
        button = self.buttons.popleft()
        found = box.button(button)
        if found is not None:  # as if clicked: clickedButton() and the result follow
            found.click()
        return int(button)

    def all_answered(self) -> bool:
        return not (self.files or self.names or self.buttons)
