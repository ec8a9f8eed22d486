"""The window in Chinese, as far as it goes today (issue 17 item 4): the language chosen by `--lang`, the saved
setting or the locale; the compiled catalogue (.qm) current and loaded through Qt; Qt's own buttons translated; the
answer cards' words in Chinese, drawn with a CJK font (the pixels of a label are checked, not only its text)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import QCoreApplication, QLocale, QSize  # noqa: E402
from PySide6.QtGui import QFontDatabase, QFontMetrics  # noqa: E402
from PySide6.QtWidgets import QDialogButtonBox, QLabel  # noqa: E402

from buyer_app.core.profiles.samples import load_sample  # noqa: E402
from buyer_app.text.translate import current_language, tr, use_language  # noqa: E402
from buyer_app.ui.language import apply_language, save_language  # noqa: E402
from buyer_app.ui.main_window import MainWindow  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "buyer_app_zh_CN.ts"
QM = TS.with_suffix(".qm")


@pytest.fixture(autouse=True)
def english_after(qapp) -> Iterator[None]:
    yield
    use_language("en")
    apply_language(qapp, "en")


def _button_texts() -> list[str]:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    return sorted(b.text() for b in box.buttons())


def test_the_shipped_qm_is_compiled_from_the_current_ts(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    tool = str(lrelease) if lrelease.exists() else shutil.which("pyside6-lrelease")
    if tool is None:
        pytest.skip("pyside6-lrelease is not installed")
    subprocess.run([tool, "-silent", str(TS), "-qm", str(tmp_path / "x.qm")], check=True)
    assert (tmp_path / "x.qm").read_bytes() == QM.read_bytes(), "run tools/update_translations.py to compile the .qm"


def test_chinese_through_the_text_layer_and_through_qt(qapp) -> None:
    assert _button_texts() == ["Cancel", "Save"]
    assert apply_language(qapp, "zh_CN") == "zh_CN" == current_language()
    assert tr("Needs a price") == "需要价格"
    assert QCoreApplication.translate("buyer_app", "Needs a price") == "需要价格"  # the .qm, for the window's own strings
    assert QCoreApplication.translate("buyer_app", "{} year", None, 3) == "{} 年"  # a counted one
    assert _button_texts() == ["保存", "取消"]  # Qt's own qtbase_zh_CN
    assert QLocale().name() == "zh_CN"
    assert apply_language(qapp, "en") == "en"
    assert tr("Needs a price") == "Needs a price" == QCoreApplication.translate("buyer_app", "Needs a price")
    assert _button_texts() == ["Cancel", "Save"]


def test_the_saved_setting_chooses_and_lang_wins_over_it(qapp, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    assert apply_language(qapp) == "en"
    save_language("zh_CN")
    assert apply_language(qapp) == "zh_CN"
    use_language("en", given=True)  # buyer-app --lang en
    assert apply_language(qapp) == "en"
    use_language("en")
    save_language("system")
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert apply_language(qapp) == "zh_CN"


def test_the_answer_cards_speak_chinese_in_a_cjk_font(qtbot, qapp, db, tmp_path: Path) -> None:
    if not QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        pytest.skip("no font for simplified Chinese is installed (Debian: fonts-wqy-microhei, as .ci/run installs)")
    apply_language(qapp, "zh_CN")
    window = MainWindow(db, load_sample("colorado-family"))
    qtbot.addWidget(window)
    window.resize(QSize(1280, 720))
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)
    texts = [label.text() for card in window.answer_cards.cards for label in card.findChildren(QLabel) if label.isVisible()]
    chinese = [t for t in texts if any("\u4e00" <= ch <= "\u9fff" for ch in t)]
    assert any("年内" in t for t in chinese), texts
    label = next(
        label
        for card in window.answer_cards.cards
        for label in card.findChildren(QLabel)
        if label.isVisible() and "年内" in label.text()
    )
    assert all(QFontMetrics(label.font()).inFontUcs4(ord(ch)) or _fallback_has(ch) for ch in "年内")
    image = label.grab().toImage()
    assert len({image.pixel(x, y) for x in range(image.width()) for y in range(image.height())}) > 2  # glyphs drawn
    window.grab().save(str(tmp_path / "zh_CN-window.png"))


def _fallback_has(ch: str) -> bool:
    """Whether some installed Chinese font has `ch` (Qt falls back to it for a glyph the label's font lacks)."""
    from PySide6.QtGui import QFont, QRawFont

    for family in QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        if QRawFont.fromFont(QFont(family)).supportsCharacter(ord(ch)):
            return True
    return False
