"""A household on a rate plan: the PDF says which plan priced its home charging and from what hour."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from buyer_app.cli.main import main


def test_the_pdf_names_the_rate_plan_and_the_start_hour(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "plan.pdf"
    args = ["report", "--profile", "resources/samples/colorado-family.json", "--tariff", "ladwp-a-3-2025", "--charge-start", "0"]
    assert main([*args, "--pdf", str(target)]) == 0
    capsys.readouterr()
    text = " ".join(subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout.split())
    assert "Subtransmission Service A-3 (A)" in text and "from 00:00" in text
