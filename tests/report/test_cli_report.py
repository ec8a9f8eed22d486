"""`buyer-app report` from the command line: a PDF that reads back, with vehicle ids or a profile; bad targets
refused with exit 2 and nothing written."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from buyer_app.cli.main import main
from buyer_app.core.files.resources import resource_path

TEXAS = str(resource_path("samples", "texas-high-mileage.json"))
IDS = ["--vehicle", "48765", "--vehicle", "48032"]


@pytest.mark.parametrize("source", ["ids", "profile"])
def test_report_writes_a_pdf_that_reads_back(source: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "summary.pdf"
    args = IDS if source == "ids" else ["--profile", TEXAS]
    assert main(["report", *args, "--pdf", str(target)]) == 0
    out = capsys.readouterr().out
    assert str(target) in out
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert ("Model 3" if source == "ids" else "Lightning") in text


def test_report_into_a_missing_folder_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", *IDS, "--pdf", "/no/such/folder/x.pdf"]) == 2
    out, err = capsys.readouterr()
    assert "/no/such/folder" in err and "Traceback" not in err and out == ""
