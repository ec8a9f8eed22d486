"""The PDF summary, made by `buyer-app report`, read back with poppler's tools."""

from __future__ import annotations

import json
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from buyer_app.cli.main import main

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed")
IDS = ["--vehicle", "48765", "--vehicle", "48032", "--vehicle", "49160", "--price", "48032=28400", "--years", "8"]


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("BUYER_APP_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture(scope="module")
def pdf(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("report") / "summary.pdf"
    assert main(["report", *IDS, "--full", "--pdf", str(out), "--title", "<img src=file:///etc/passwd> & <b>us</b>"]) == 0
    return out


def _text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return unicodedata.normalize("NFKC", out)  # the PDF may set "fi" as a ligature


def test_text_has_vehicles_and_the_engines_totals(pdf, capsys):
    capsys.readouterr()
    assert main(["compare", *IDS, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    text = _text(pdf)
    for vehicle in data["vehicles"]:
        assert vehicle["label"].split(" ", 1)[1][:20] in text.replace("\n", " ")
        assert f"{round(vehicle['total_cost']):,}" in text
    assert "Methodology and sources" in text
    assert "fueleconomy.gov" in text


def test_user_text_prints_literally(pdf):
    text = _text(pdf)
    assert "<img src=file:///etc/passwd> & <b>us</b>" in text


def test_fonts_embedded_and_charts_are_images(pdf):
    fonts = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout.splitlines()[2:]
    assert fonts and all(" yes " in line for line in fonts), fonts
    images = subprocess.run(["pdfimages", "-list", str(pdf)], check=True, capture_output=True, text=True).stdout
    assert len(images.splitlines()[2:]) == 6  # cumulative, breakdown, energy, days and ranges, energy by month, CO2
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    assert "612 x 792 pts" in info  # US Letter


def test_a4_and_bad_output_path(tmp_path):
    out = tmp_path / "a4.pdf"
    assert main(["report", "--vehicle", "48765", "--pdf", str(out), "--paper", "a4"]) == 0
    info = subprocess.run(["pdfinfo", str(out)], check=True, capture_output=True, text=True).stdout
    assert "595.276 x 841.89 pts" in info or "595 x 842 pts" in info
    assert main(["report", "--vehicle", "48765", "--pdf", str(tmp_path / "missing" / "x.pdf")]) == 2
