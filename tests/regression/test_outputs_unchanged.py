"""Outputs a refactoring must leave unchanged (issue 15): compare (JSON and text) for the six sample households,
two of them with the uncertainty run, rank (JSON and text), and the report's text read back from the PDF, all
with a pinned purchase date and seed in a fresh data folder. The expected files were written before the
refactoring by `tools/regression_outputs.py`; a change of behaviour on purpose rewrites them with that tool and
says why in its commit."""

from __future__ import annotations

import importlib.util
import shutil
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = Path(__file__).resolve().parent / "expected"


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("regression_outputs", ROOT / "tools" / "regression_outputs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TOOL = _tool()
CASES = TOOL.cases()


@pytest.fixture(scope="module", autouse=True)
def fresh_data(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BUYER_APP_DATA_DIR", str(tmp_path_factory.mktemp("regression-data")))
        mp.setenv("BUYER_APP_TODAY", TOOL.TODAY)
        yield


@pytest.mark.parametrize("case", sorted(CASES))
def test_output_is_unchanged(case: str, tmp_path: Path) -> None:
    if case.endswith(".pdf") and shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdftotext) is not installed")
    expected = (EXPECTED / TOOL.file_name(case)).read_text(encoding="utf-8")
    actual = TOOL.produce(case, CASES[case], tmp_path)
    if actual != expected:
        (tmp_path / "actual").write_text(actual, encoding="utf-8")
    assert actual == expected, f"{case} changed (the new output: {tmp_path / 'actual'})"


def test_every_expected_file_is_a_case() -> None:
    assert sorted(p.name for p in EXPECTED.iterdir()) == sorted(TOOL.file_name(c) for c in CASES)
