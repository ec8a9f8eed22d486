"""The app in Chinese, the words layer: the translation source is complete and well-formed, the text layer speaks the
language chosen (flag, setting or locale) without Qt, English stays as it was, and the JSON never changes.

The .ts is checked against the code with the same extractor `tools/update_translations.py` uses, so a new `tr()`
template without a zh_CN translation fails here; a template that reaches `tr()` through a variable (a table) is
caught by running the command line's text in Chinese and asking the text layer what it could not find."""

from __future__ import annotations

import importlib.util
import io
import json
import string
from collections import Counter
from collections.abc import Iterator
from contextlib import redirect_stdout
from pathlib import Path
from types import ModuleType

import pytest

from buyer_app.cli.main import main
from buyer_app.text import translate
from buyer_app.text.catalogue import Message, read_ts
from buyer_app.text.translate import current_language, language_from_locale, tr, trn, use_language
from buyer_app.text.wording import years_text

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "buyer_app_zh_CN.ts"
EXPECTED = ROOT / "tests" / "regression" / "expected"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


UPDATE = _load("update_translations")
REGRESSION = _load("regression_outputs")
MESSAGES = read_ts(TS)[1]
CURRENT = {s: m for s, m in MESSAGES.items() if not m.obsolete}


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    """Every test leaves the process speaking English (the language is the text layer's global state)."""
    yield
    use_language("en")
    translate.missed.clear()


def _fields(template: str) -> Counter[tuple[str, str, str]]:
    """The placeholders of a str.format template, with their format spec and conversion ('{:,.0f}', '{name}')."""
    return Counter(
        (name, spec or "", conversion or "")
        for _, name, spec, conversion in string.Formatter().parse(template)
        if name is not None
    )


def test_every_template_in_the_code_is_in_the_ts_and_translated() -> None:
    code, _ = UPDATE.extract()
    assert len(code) > 400  # the extractor finds the text layer's templates (about 560 when this was written)
    missing = sorted(set(code) - set(CURRENT))
    assert not missing, f"templates not in {TS.name} (run tools/update_translations.py): {missing[:10]}"
    untranslated = sorted(s for s in code if not CURRENT[s].translated)
    assert not untranslated, f"templates without a zh_CN translation in {TS.name}: {untranslated[:10]}"
    plural_mismatch = sorted(s for s, m in code.items() if CURRENT[s].plural != m.plural)
    assert not plural_mismatch, f"counted templates whose plural differs from the .ts: {plural_mismatch}"


def test_every_translation_keeps_the_placeholders_of_its_source() -> None:
    wrong = []
    for source, m in CURRENT.items():
        want = _fields(source)
        if m.plural is not None and _fields(m.plural) != want:
            wrong.append((source, m.plural))
        wrong += [(source, t) for t in m.translations if _fields(t) != want]
    assert not wrong, "placeholders differ (source, translation): " + "; ".join(map(repr, wrong[:5]))


# translations with no Chinese in them: names, codes, file filters and bare placeholders, each checked by eye
NOT_CHINESE = {"SUVs", "an SUV", "a minivan", "B − A", "EPA {}", "PDF (*.pdf)", "CSV (*.csv)", "keeps {}", "{name}", "{reason}"}
NOT_CHINESE |= {"{name}[*]{read_only} — {app}", "{:.0f} F", "{:d} C", "{n} {why}"}


def test_every_translation_is_chinese_but_for_names_and_codes() -> None:
    cjk = set("，；：（）。、“”") | {chr(c) for c in range(0x4E00, 0xA000)}
    english = sorted(s for s, m in CURRENT.items() if not any(ch in cjk for t in m.translations for ch in t))
    assert english == sorted(NOT_CHINESE)


def test_the_extractor_reads_literals_concatenation_constants_and_plurals(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "words.py").write_text(
        "from buyer_app.text.translate import tr, tr_noop, trn\n"
        'TITLE = "Plain title"\n'
        'TABLE = {1: tr_noop("from a table")}\n'
        "def f(n, key):\n"
        '    a = tr("joined " "by the parser")\n'
        "    b = tr(TITLE)\n"
        '    c = trn("{} car", "{} cars", n)\n'
        "    d = tr(TABLE[key])\n"
        '    e = tr(f"{n} no")\n'
        "    return a, b, c, d, e\n",
        encoding="utf-8",
    )
    found, dynamic = UPDATE.extract(package)
    assert sorted(found) == ["Plain title", "from a table", "joined by the parser", "{} car"]
    assert found["{} car"].plural == "{} cars"
    assert [line.split(": ", 1)[1] for line in dynamic] == ["tr(TABLE[key])", 'tr(f"{n} no")']


def test_the_ts_round_trips_and_vanished_translations_are_kept_obsolete(tmp_path: Path) -> None:
    code = {
        "kept {}": Message("kept {}", locations=[("a.py", 1)]),
        "{} day": Message("{} day", "{} days", locations=[("a.py", 2)]),
    }
    existing = {
        "kept {}": Message("kept {}", translations=["保留 {}"]),
        "gone": Message("gone", translations=["已删除"]),
        "gone, never translated": Message("gone, never translated"),
    }
    merged = UPDATE.merged(code, existing)
    assert [(m.source, m.translations, m.obsolete) for m in merged] == [
        ("kept {}", ["保留 {}"], False),
        ("{} day", [], False),
        ("gone", ["已删除"], True),
    ]
    path = tmp_path / "x_zh_CN.ts"
    from buyer_app.text.catalogue import write_ts

    write_ts(path, "zh_CN", merged)
    language, back = read_ts(path)
    assert language == "zh_CN"
    assert back["kept {}"].translated and not back["{} day"].translated and back["{} day"].plural == "{} days"
    assert back["gone"].obsolete and back["gone"].translations == ["已删除"]


def test_english_is_the_default_and_the_templates_themselves() -> None:
    assert current_language() == "en"
    assert tr("Needs a price") == "Needs a price"
    assert years_text(1) == "1 year" and years_text(2.25) == "2 years 3 months" and years_text(1 + 1 / 12) == "1 year 1 month"
    assert trn("{} person", "{} people", 1) == "{} person" and trn("{} person", "{} people", 0) == "{} people"


def test_chinese_through_tr_and_trn_and_back_to_english() -> None:
    use_language("zh_CN")
    assert current_language() == "zh_CN"
    assert tr("Needs a price") == "需要价格"
    assert years_text(2.25) == "2 年 3 个月"
    assert trn("{} person", "{} people", 1).format(1) == "1 人" == trn("{} person", "{} people", 1).format(1)
    assert trn("{} person", "{} people", 4).format(4) == "4 人"
    assert tr("no such template") == "no such template" and "no such template" in translate.missed
    use_language("en")
    assert tr("Needs a price") == "Needs a price" and years_text(2) == "2 years"


def test_an_unknown_language_is_refused_with_the_ones_there_are() -> None:
    with pytest.raises(ValueError, match=r"'fr'.*available: en, zh_CN"):
        use_language("fr")


@pytest.mark.parametrize(
    ("setting", "environ", "expected"),
    [
        (None, {}, "en"),
        (None, {"LANG": "zh_CN.UTF-8"}, "zh_CN"),
        (None, {"LANG": "zh_SG.UTF-8"}, "zh_CN"),
        (None, {"LANG": "zh"}, "zh_CN"),
        (None, {"LANG": "zh_TW.UTF-8"}, "en"),  # traditional Chinese: no catalogue yet
        (None, {"LANG": "de_DE.UTF-8"}, "en"),
        (None, {"LANG": "zh_CN.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, "en"),
        (None, {"LANG": "en_US.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8"}, "zh_CN"),
        (None, {"LC_ALL": "zh_CN.GB18030", "LC_MESSAGES": "en_US.UTF-8"}, "zh_CN"),
        (None, {"LC_ALL": "C.UTF-8", "LANG": "zh_CN.UTF-8"}, "en"),
        ("zh_CN", {"LANG": "en_US.UTF-8"}, "zh_CN"),
        ("en", {"LANG": "zh_CN.UTF-8"}, "en"),
        ("system", {"LANG": "zh_CN.UTF-8"}, "zh_CN"),
        ("", {"LANG": "zh_CN.UTF-8"}, "zh_CN"),
        ("klingon", {"LANG": "zh_CN.UTF-8"}, "en"),
    ],
)
def test_the_language_follows_a_setting_then_the_locale(setting: str | None, environ: dict[str, str], expected: str) -> None:
    assert language_from_locale(setting, environ) == expected


def _run(argv: list[str]) -> str:
    buffer = io.StringIO()
    with redirect_stdout(buffer):
        code = main(argv)
    assert code == 0, argv
    return buffer.getvalue()


TEXT_CASES = sorted(c for c in REGRESSION.cases() if c.endswith(".txt"))
JSON_CASES = sorted(c for c in REGRESSION.cases() if c.endswith(".json"))


@pytest.fixture
def fresh_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BUYER_APP_DATA_DIR", str(tmp_path / "data"))
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize("case", TEXT_CASES)
def test_compare_and_rank_text_in_chinese_finds_every_template(case: str, fresh_data: None) -> None:
    """The regression cases' text with --lang zh_CN: Chinese, and no template the text layer asked for is missing
    from the catalogue (a table's string not marked with tr_noop would be)."""
    argv = REGRESSION.cases()[case]
    chinese = _run(["--lang", "zh_CN", *argv])
    assert not translate.missed, f"not in the zh_CN catalogue: {sorted(translate.missed)}"
    assert sum("\u4e00" <= ch <= "\u9fff" for ch in chinese) > 20, chinese[:500]
    assert current_language() == "zh_CN"
    assert _run(argv) == (EXPECTED / case).read_text(encoding="utf-8")  # and English again, byte for byte


@pytest.mark.parametrize("case", JSON_CASES)
def test_the_json_is_the_same_in_every_language(case: str, fresh_data: None) -> None:
    argv = REGRESSION.cases()[case]
    # against the English run of the same process (the expected files are pinned to the locked versions; the lowest
    # allowed pandas rounds the last digits of some floats differently)
    assert json.loads(_run(["--lang", "zh_CN", *argv])) == json.loads(_run(["--lang", "en", *argv]))


def test_the_system_locale_chooses_chinese_and_lang_en_overrides_it(fresh_data: None, monkeypatch: pytest.MonkeyPatch) -> None:
    argv = REGRESSION.cases()["compare-texas-high-mileage.txt"]
    english = (EXPECTED / "compare-texas-high-mileage.txt").read_text(encoding="utf-8")
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert "年内" in _run(argv)
    assert _run(["--lang", "en", *argv]) == english


def test_a_refused_language_names_the_flag_and_the_choices(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--lang", "fr", "db", "info"])
    assert exc.value.code == 2
    assert "--lang: 'fr' is not allowed; allowed: one of en, zh_CN" in capsys.readouterr().err


def test_lang_may_follow_the_verb_and_a_verbs_parser_keeps_it_given_before(fresh_data: None) -> None:
    argv = REGRESSION.cases()["compare-texas-high-mileage.txt"]
    after = _run([*argv, "--lang", "zh_CN"])
    assert after == _run(["--lang", "zh_CN", *argv]) and "年内" in after
    assert _run(["--lang", "zh_CN", "db", "info"]) == _run(["db", "info", "--lang", "zh_CN"])  # a sub-verb takes it too
