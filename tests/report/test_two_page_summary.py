"""The PDF a shopper reads (issue 16, item 8): two pages for each sample household on Letter and A4, every vehicle's
total on page 1, the appendix only with --full, and no developer text in either; read back with poppler."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from contextlib import redirect_stdout
from enum import StrEnum
from pathlib import Path
from typing import Any

import pytest

from buyer_app.cli.main import main
from buyer_app.core.files.resources import resource_path
from buyer_app.core.household import choices

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed")
SAMPLES = sorted(p.stem for p in resource_path("samples").glob("*.json"))
DATE = ["--purchase-date", "2026-12-01"]


def _codes() -> list[str]:
    """Every coded choice of the household that reads as code, not as a word: '_'-joined ones and level1/level2."""
    found = set()
    for item in vars(choices).values():
        if isinstance(item, type) and issubclass(item, StrEnum) and item is not StrEnum:
            found |= {m.value for m in item if "_" in m.value or re.fullmatch(r"[a-z]+\d", m.value)}
    return sorted(found)


CODES = _codes()
DEVELOPER = re.compile(
    r"\b(?:" + "|".join(map(re.escape, CODES)) + r")\b"  # choice codes
    r"|\bissue \d|\(issue\b"  # issue numbers
    r"|\btests/|\.py\b"  # test and source paths
    r"|(?<![\w-])--[a-z]"  # command-line flags
    r"|\b\d+(?:\.\d+)? fraction\b",  # raw values with their unit code
    re.IGNORECASE,
)
IDENTIFIER = re.compile(r"\b[a-z]+_[a-z0-9_]+\b")  # any '_'-joined identifier (the summary prints no web addresses)


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    with pytest.MonkeyPatch.context() as mp:
        path = tmp_path_factory.mktemp("data")
        mp.setenv("BUYER_APP_DATA_DIR", str(path))
        yield path


def _report(tmp: Path, sample: str, *extra: str) -> Path:
    out = tmp / f"{sample}{''.join(extra).replace('-', '_')}.pdf"
    with redirect_stdout(io.StringIO()):
        assert (
            main(["report", "--profile", str(resource_path("samples", f"{sample}.json")), *DATE, *extra, "--pdf", str(out)]) == 0
        )
    return out


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))  # type: ignore[union-attr]


def _text(pdf: Path, first: int | None = None, last: int | None = None, layout: bool = False) -> str:
    pages = [*(["-f", str(first)] if first else []), *(["-l", str(last)] if last else []), *(["-layout"] if layout else [])]
    raw = subprocess.run(["pdftotext", *pages, str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", raw))  # the PDF may set "fi" as a ligature


def _compared(sample: str) -> dict[str, Any]:
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["compare", "--profile", str(resource_path("samples", f"{sample}.json")), *DATE, "--json"]) == 0
    return json.loads(out.getvalue())  # type: ignore[no-any-return]


def test_the_codes_checked_are_the_ones_the_household_uses() -> None:
    assert {"level1", "level2", "time_of_use", "per_kwh", "dc_fast", "latest_week", "your_rates"} <= set(CODES)
    assert DEVELOPER.search("Charging at home level2") and DEVELOPER.search("(issue 4)")
    assert DEVELOPER.search("give one with --price 48765=USD") and DEVELOPER.search("0.2 fraction")
    assert not DEVELOPER.search("Level 2 (240 V) at home — 10% of range; 2025-01-01 to 2025-09-30")


@pytest.mark.parametrize("sample", SAMPLES)
def test_each_sample_fits_two_pages_with_every_total_on_page_one(sample: str, data_dir: Path, tmp_path: Path) -> None:
    compared = _compared(sample)
    for paper in ("letter", "a4"):
        pdf = _report(tmp_path, sample, "--paper", paper)
        assert _pages(pdf) <= 2, (sample, paper)
        first = _text(pdf, 1, 1)
        symbol = "¥" if compared.get("market", {}).get("currency") == "CNY" else "$"  # the China sample in yuan
        for v in compared["vehicles"]:
            assert f"{symbol}{round(v['total_cost']):,}" in first, (sample, paper, v["label"])
            assert v["label"].split(" ", 1)[1][:18] in first, (sample, paper, v["label"])
        assert "Over " in first and "The cost of owning each car so far" in first  # the verdict and the chart's caption
        both = _text(pdf)
        assert not DEVELOPER.search(both), (sample, paper, DEVELOPER.search(both))
        assert not IDENTIFIER.search(both), (sample, paper, IDENTIFIER.search(both))
        assert "What this assumes" in both and "Incentives on 2026-12-01" in both
        assert "Year by year" not in both


@pytest.mark.parametrize("sample", ["colorado-family", "minnesota-commuters"])
def test_full_adds_the_appendix_without_developer_text(sample: str, data_dir: Path, tmp_path: Path) -> None:
    short = _report(tmp_path, sample)
    full = _report(tmp_path, sample, "--full", "--simulate", "300", "--seed", "7")
    assert _pages(full) > _pages(short) + 4
    text = _text(full, layout=True)
    for words in ("Year by year", "cost of owning so far", "How sure is this?", "Range and charging", "CO2", "Methodology"):
        assert words in text, words
    for v in _compared(sample)["vehicles"]:
        assert f"{v['label']} year 1 2 3" in text  # each vehicle's year-by-year table under its name
    found = DEVELOPER.search(text)
    assert not found, text[max(0, found.start() - 80) : found.end() + 80]


def test_year_tables_are_never_split_and_repeat_no_orphan_rows(data_dir: Path, tmp_path: Path) -> None:
    """Each vehicle's year-by-year table starts and ends on the same page as its name."""
    full = _report(tmp_path, "minnesota-commuters", "--full", "--paper", "a4")
    labels = [v["label"] for v in _compared("minnesota-commuters")["vehicles"]]
    for label in labels:
        pages = [n for n in range(1, _pages(full) + 1) if f"{label} year 1 2" in _text(full, n, n, layout=True)]
        assert pages, label
        page = _text(full, pages[-1], pages[-1], layout=True)
        table = page[page.index(f"{label} year 1 2") :]
        assert "cost of owning so far" in table, label  # its last row is on the same page


def test_an_unpriced_car_has_no_total_but_asks_for_a_price(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "unpriced.pdf"
    args = ["--vehicle", "48765", "--vehicle", "49160", "--used", "49160", *DATE]
    with redirect_stdout(io.StringIO()):
        assert main(["report", *args, "--pdf", str(out)]) == 0
    first = _text(out, 1, 1)
    assert "enter a price" in first and "no price yet" in first
    assert _pages(out) <= 2


def test_metric_display_on_the_summary(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "metric.pdf"
    with redirect_stdout(io.StringIO()):
        assert main(["report", "--vehicle", "48765", "--vehicle", "49160", "--units", "metric", "--pdf", str(out)]) == 0
    text = _text(out)
    assert re.search(r"Range \d+ km all year", text) and "km a year" in text and "a litre" in text
    assert " mi " not in text and "miles a year" not in text
