"""The PDF in Chinese (issue 17 item 4): `buyer-app --lang zh_CN report` writes a summary whose Chinese words are
drawn with an embedded CJK font (pdffonts) and read back (pdftotext); the frozen build's own font is found and
registered only when the system has none. CI installs the font (fonts-wqy-microhei) in .ci/run."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase

from buyer_app.cli.main import main
from buyer_app.core.files.resources import resource_path
from buyer_app.report.fonts import CJK, bundled_fonts, ensure_cjk_font
from buyer_app.text import translate
from buyer_app.text.translate import use_language

CJK_FONT_NAMES = re.compile(r"(?i)wenquanyi|wqy|noto\S*cjk|source\s?han|droid\s?sans\s?fallback|ukai|uming")


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    use_language("en")
    translate.missed.clear()


def _needs_tools_and_font() -> None:
    for tool in ("pdftotext", "pdffonts"):
        if shutil.which(tool) is None:
            pytest.skip(f"poppler-utils ({tool}) is not installed")
    if not QFontDatabase.families(CJK):
        pytest.skip("no font for simplified Chinese is installed (Debian: fonts-wqy-microhei, as .ci/run installs)")


def _flat(text: str) -> str:
    """pdftotext's text without line breaks and spaces (a sentence wraps anywhere in Chinese)."""
    return re.sub(r"\s+", "", text)


def test_report_in_chinese_embeds_a_cjk_font_and_reads_back(qapp, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _needs_tools_and_font()
    target = tmp_path / "summary-zh.pdf"
    profile = str(resource_path("samples", "colorado-family.json"))
    assert main(["--lang", "zh_CN", "report", "--profile", profile, "--purchase-date", "2026-12-01", "--pdf", str(target)]) == 0
    capsys.readouterr()
    assert not translate.missed, f"not in the zh_CN catalogue: {sorted(translate.missed)}"
    fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True, check=True).stdout
    embedded = [line for line in fonts.splitlines()[2:] if CJK_FONT_NAMES.search(line.split()[0])]
    assert embedded and all(line.split()[-5] == "yes" for line in embedded), fonts  # the "emb" column
    text = _flat(subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout)
    # the verdict and the cards' lines, as the text layer says them in Chinese
    assert "8年内2025ToyotaGrandHighlanderHybridAWD比2025KiaSorentoPlug-inHybrid少花$3,652" in text
    assert "8年内最省钱，而且从第一天起就更便宜。" in text
    assert "纯电动（BEV）" in text and "插电混动（PHEV）" in text
    assert "Coloradofamily" in text  # the profile's own name stays as the user wrote it


def test_the_full_report_with_its_appendix_and_how_sure_in_chinese(qapp, tmp_path: Path, capsys) -> None:
    """The appendix (vehicles, year by year, how sure, charging, CO2, incentives, methodology) in Chinese too: no
    template it asks for is missing, and its headings read back."""
    _needs_tools_and_font()
    target = tmp_path / "full-zh.pdf"
    profile = str(resource_path("samples", "minnesota-commuters.json"))
    argv = ["--lang", "zh_CN", "report", "--profile", profile, "--purchase-date", "2026-12-01", "--full"]
    assert main([*argv, "--simulate", "300", "--seed", "3", "--pdf", str(target)]) == 0
    capsys.readouterr()
    assert not translate.missed, f"not in the zh_CN catalogue: {sorted(translate.missed)}"
    text = _flat(subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout)
    for heading in ("附录", "详细结果", "逐年费用", "结论有多确定？", "续航与充电", "方法与来源", "2026-12-01在Minnesota的补贴"):
        assert heading in text, heading


def test_the_english_report_is_unchanged_by_the_language_machinery(qapp, tmp_path: Path, capsys) -> None:
    _needs_tools_and_font()
    target = tmp_path / "summary-en.pdf"
    profile = str(resource_path("samples", "colorado-family.json"))
    assert main(["--lang", "en", "report", "--profile", profile, "--purchase-date", "2026-12-01", "--pdf", str(target)]) == 0
    capsys.readouterr()
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert not re.search(r"[\u4e00-\u9fff]", text)
    fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True, check=True).stdout
    assert not CJK_FONT_NAMES.search(fonts)  # an English PDF carries no CJK font


def test_the_frozen_builds_font_is_found_and_registered_only_for_chinese(qapp, tmp_path: Path, monkeypatch) -> None:
    assert bundled_fonts() == []  # a source tree: the system's fonts
    system_font = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
    if not system_font.exists():
        pytest.skip("fonts-wqy-microhei is not installed")
    (tmp_path / "fonts").mkdir()
    shutil.copyfile(system_font, tmp_path / "fonts" / "wqy-microhei.ttc")
    (tmp_path / "fonts" / "README").write_text("not a font")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert bundled_fonts() == [tmp_path / "fonts" / "wqy-microhei.ttc"]
    added: list[str] = []
    monkeypatch.setattr(QFontDatabase, "addApplicationFont", staticmethod(lambda path: added.append(path) or 0))
    monkeypatch.setattr(QFontDatabase, "families", staticmethod(lambda *ws: [] if not added else ["WenQuanYi Micro Hei"]))
    assert ensure_cjk_font() is True and added == []  # English: never loaded
    use_language("zh_CN")
    assert ensure_cjk_font() is True and added == [str(tmp_path / "fonts" / "wqy-microhei.ttc")]
