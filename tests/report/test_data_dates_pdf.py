"""The PDF's "What this assumes" page names the data the answer rests on, one line per data set with its own date,
and warns of data more than 12 months old on the day the report is made; a China profile gets its pack's dates."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from buyer_app.cli.main import main
from buyer_app.core.data_sets.summary import market_data_sets
from buyer_app.core.files.resources import resource_path
from buyer_app.text.data_sets import data_set_lines

FRESH = Path(__file__).resolve().parents[1] / "data" / "fresh"
STALE = "Vehicle data: 13 months old (2025-10-29); refresh it with `buyer-app db import vehicles.csv.zip`."


def _pdf_text(sample: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    target = tmp_path / f"{sample}.pdf"
    assert main(["report", "--profile", str(resource_path("samples", f"{sample}.json")), "--pdf", str(target)]) == 0
    capsys.readouterr()
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", " ", text.replace("ﬁ", "fi"))


def test_a_us_report_names_each_data_set_and_the_stale_one(tmp_path, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BUYER_APP_TODAY", "2026-12-06")
    text = _pdf_text("texas-high-mileage", tmp_path, capsys)
    assert (
        "Data used: Vehicle data: EPA fueleconomy.gov, 2025-10-29 Base prices: curated MSRP table, 2026-07-29 "
        "Incentives: Rewiring America incentives data, 2026-08-06 State figures: EIA, EPA eGRID and state sources, "
        "2026-04-27 " + STALE
    ) in text
    assert "China" not in text.split("Data used:")[1]
    monkeypatch.setenv("BUYER_APP_TODAY", "2026-07-01")
    assert "months old" not in _pdf_text("texas-high-mileage", tmp_path, capsys)


def test_an_imported_data_set_is_named_as_yours(tmp_path, capsys) -> None:
    assert main(["db", "import", "--kind", "prices", str(FRESH / "prices_good.csv")]) == 0
    text = _pdf_text("texas-high-mileage", tmp_path, capsys)
    assert "Base prices: your import (your curated price table prices_good.csv), 2026-11-25 (imported 20" in text


def test_a_china_report_names_the_packs_dates(tmp_path, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BUYER_APP_TODAY", "2026-12-06")
    text = _pdf_text("shanghai-family", tmp_path, capsys)
    lines = data_set_lines(market_data_sets("cn"))
    assert [line.split(":")[0] for line in lines] == ["China vehicles and prices", "China city figures", "China incentives"]
    for line in lines:
        assert line in text
    assert "EPA fueleconomy.gov, 2025-10-29" not in text
