"""The household inputs' words (issue 17, item 4): `fields` and every face name an input by the table of words in
`buyer_app.text.field_words`, so the labels and units follow the language; the English is the core's, exactly, and
the JSON keeps it whatever the language."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from buyer_app.cli.main import main
from buyer_app.core.errors import FieldProblem
from buyer_app.core.household.fields import FIELDS
from buyer_app.text.field_words import FIELD_LABELS, allowed_words, field_label, problem_words, unit_words
from buyer_app.text.translate import use_language


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    use_language("en")


def test_the_table_has_every_field_with_the_core_s_english() -> None:
    assert set(FIELD_LABELS) == {s.name for s in FIELDS}
    for spec in FIELDS:
        assert field_label(spec.name) == spec.label
        assert allowed_words(spec) == spec.allowed()
        assert allowed_words(spec, "CNY") == spec.allowed("CNY")
    problem = FieldProblem("annual_miles", -3, "a number from 0 to 150,000 mi/yr")
    assert problem_words(problem) == problem.describe()


def test_fields_speaks_chinese_and_its_json_stays_english(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fields"]) == 0
    english = capsys.readouterr().out
    assert "    Miles driven a year; allowed: a number from 0 to 150,000 mi/yr" in english
    assert main(["fields", "--json"]) == 0
    json_before = capsys.readouterr().out
    assert main(["--lang", "zh_CN", "fields"]) == 0
    chinese = capsys.readouterr().out
    assert "    每年行驶里程；允许：0 到 150,000 之间的数字 英里/年" in chinese
    assert "annual_miles = 15000 英里/年" in chinese
    assert "Miles driven" not in chinese
    assert main(["--lang", "zh_CN", "fields", "--json"]) == 0
    assert capsys.readouterr().out == json_before  # the JSON keeps the English labels and the codes
    assert json.loads(json_before)[0]["label"] == "State"
    use_language("zh_CN")
    assert unit_words("CNY/yr", "CNY") == "CNY/年" and unit_words("kW") == "kW"
    problem = FieldProblem("annual_miles", -3, "a number from 0 to 150,000 mi/yr")
    assert problem_words(problem) == "annual_miles：-3 不允许（a number from 0 to 150,000 mi/yr）"
