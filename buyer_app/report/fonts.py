"""A font for Chinese where the system has none, for the PDF and the window.

Qt draws CJK text with whatever font of the system covers it (fontconfig's fallback; Debian: fonts-wqy-microhei or
fonts-noto-cjk). The frozen build also carries WenQuanYi Micro Hei (`_internal/fonts/`, taken from the build
machine's fonts-wqy-microhei; Apache-2.0 or GPL-3 with the font exception), registered here only when the app
speaks a CJK language and the system has no font for it: an English run never loads it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QFontDatabase

from buyer_app.text.translate import ENGLISH, current_language

CJK = QFontDatabase.WritingSystem.SimplifiedChinese


def bundled_fonts() -> list[Path]:
    """The fonts a frozen build carries (none in a source tree or a wheel, which use the system's)."""
    root = getattr(sys, "_MEIPASS", None)
    folder = Path(root) / "fonts" if root else None
    return (
        sorted(p for p in folder.iterdir() if p.suffix.lower() in (".ttc", ".ttf", ".otf")) if folder and folder.is_dir() else []
    )


def ensure_cjk_font(fonts: list[Path] | None = None) -> bool:
    """When the language is not English, make sure some font covers simplified Chinese (registering the bundled
    `fonts`, by default the frozen build's, when the system has none). Returns whether one is there (needs a
    QGuiApplication)."""
    if current_language() == ENGLISH:
        return True
    if QFontDatabase.families(CJK):
        return True
    for path in bundled_fonts() if fonts is None else fonts:
        QFontDatabase.addApplicationFont(str(path))
    return bool(QFontDatabase.families(CJK))
