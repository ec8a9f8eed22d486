"""The scenarios PDF, written by `buyer-app scenarios --pdf` and read back with pdftotext."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from buyer_app.cli.main import main

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_minnesota_with_and_without_a_charger_reads_back(tmp_path: Path, capsys: pytest.CaptureFixture[str], paper: str) -> None:
    out = tmp_path / "mn.pdf"
    profile = str(SAMPLES / "minnesota-commuters.json")
    argv = ["scenarios", "--profile", profile, "--variant", "no-charger", "--pdf", str(out), "--paper", paper, "--json"]
    assert main(argv) == 0
    data = json.loads(capsys.readouterr().out)
    assert out.is_file() and 1 <= pages(out) <= 2
    text = pdf_text(out)
    flat = " ".join(text.split())
    assert "Two scenarios side by side" in flat
    assert "A: Minnesota commuters" in flat and "B: Minnesota commuters, without home charging" in flat
    assert " ".join(data["answer"].split()) in flat  # the same answer as the JSON, whole
    assert "Level 2 (240 V) at home" in flat and "No charging at home" in flat
    for vehicle in data["vehicles"]:
        row = next(line for line in text.splitlines() if f"${vehicle['a_total']:,.0f}" in line)
        assert f"${vehicle['b_total']:,.0f}" in row
    assert "no change" in flat  # the hybrid


def test_metric_pdf_shows_kilometres_and_a_failed_write_leaves_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "tx.pdf"
    profile = str(SAMPLES / "texas-high-mileage.json")
    assert main(["scenarios", "--profile", profile, "--variant", "years=3", "--units", "metric", "--pdf", str(out)]) == 0
    capsys.readouterr()
    flat = " ".join(pdf_text(out).split())
    assert " km" in flat and " mi " not in flat
    assert "Kept 3 years instead of 8" in flat and "over 8 years in A and 3 years in B" in flat
    before = out.read_bytes()

    def full_disk(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("buyer_app.report.scenarios.os.replace", full_disk)
    code = main(["scenarios", "--profile", profile, "--variant", "loan", "--pdf", str(out)])
    err = capsys.readouterr().err
    assert code == 2 and "--pdf" in err and "No space left on device" in err
    assert out.read_bytes() == before  # the earlier PDF stays, and no temporary file is left
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "tx.pdf"]
