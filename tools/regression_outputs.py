"""Write the outputs that a refactoring must leave unchanged (issue 15): `compare --json` and its text for each of
the six sample households, `rank --json` and its text, and the text of `report` read back from the PDF.

    .venv/bin/python tools/regression_outputs.py OUT_DIR

tests/regression/test_outputs_unchanged.py produces the same files and compares them with tests/regression/expected/.
Everything is pinned: the purchase date, the seed, a fresh data folder (never the user's prices or imports), and
the day data is judged stale on (TODAY, through BUYER_APP_TODAY: the report names data more than 12 months old).
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import tempfile
from contextlib import redirect_stdout
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = (
    "california-renters",
    "colorado-family",
    "georgia-used-car-buyer",
    "minnesota-commuters",
    "new-york-retirees",
    "texas-high-mileage",
)
DATE = ["--purchase-date", "2026-12-01"]
TODAY = "2026-12-06"  # the day the stale-data warnings are judged on (BUYER_APP_TODAY)


def cases() -> dict[str, list[str]]:
    """Output file name -> the command line (without the program name)."""
    out: dict[str, list[str]] = {}
    for name in SAMPLES:
        profile = str(ROOT / "resources" / "samples" / f"{name}.json")
        out[f"compare-{name}.json"] = ["compare", "--profile", profile, *DATE, "--json"]
        out[f"compare-{name}.txt"] = ["compare", "--profile", profile, *DATE]
        out[f"report-{name}.pdf"] = ["report", "--profile", profile, *DATE]
    for name in ("minnesota-commuters", "texas-high-mileage"):
        profile = str(ROOT / "resources" / "samples" / f"{name}.json")
        out[f"compare-{name}-simulated.json"] = [
            "compare",
            "--profile",
            profile,
            *DATE,
            "--simulate",
            "500",
            "--seed",
            "7",
            "--json",
        ]
        out[f"compare-{name}-simulated.txt"] = ["compare", "--profile", profile, *DATE, "--simulate", "500", "--seed", "7"]
    out["rank.json"] = ["rank", *DATE, "--top", "25", "--json"]
    out["rank.txt"] = ["rank", *DATE, "--top", "25"]
    out["rank-colorado.json"] = ["rank", "--state", "CO", *DATE, "--top", "25", "--json"]
    out["rank-colorado-simulated.txt"] = ["rank", "--state", "CO", *DATE, "--top", "10", "--simulate", "300", "--seed", "3"]
    return out


def produce(name: str, argv: list[str], folder: Path) -> str:
    """The output of one case as text (a PDF's text through pdftotext)."""
    from buyer_app.cli.main import main

    if name.endswith(".pdf"):
        pdf = folder / name
        with redirect_stdout(io.StringIO()):
            code = main([*argv, "--pdf", str(pdf)])
        if code != 0:
            raise RuntimeError(f"{name}: exit {code}")
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
        text = re.sub(r"(Vehicle Buyer summary, )\d{4}-\d{2}-\d{2}", r"\1(the day it is made)", text)  # today
        return re.sub(r"[ \t]+\n", "\n", text)
    buffer = io.StringIO()
    with redirect_stdout(buffer):
        code = main(argv)
    if code != 0:
        raise RuntimeError(f"{name}: exit {code}")
    return buffer.getvalue()


def file_name(case: str) -> str:
    """The file a case's output is kept in (a PDF's text: NAME.pdf.txt)."""
    return case + ".txt" if case.endswith(".pdf") else case


def main(out_dir: str) -> int:
    target = Path(out_dir)
    target.mkdir(parents=True, exist_ok=True)
    os.environ["BUYER_APP_DATA_DIR"] = tempfile.mkdtemp(prefix="regression-data-")
    os.environ["BUYER_APP_TODAY"] = TODAY
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for name, argv in cases().items():
        text = produce(name, argv, Path(tempfile.mkdtemp(prefix="regression-pdf-")))
        (target / file_name(name)).write_text(text, encoding="utf-8")
    print(f"{len(cases())} outputs written to {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
