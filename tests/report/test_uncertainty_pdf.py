"""The PDF's "How sure is this?" section (issue 6), made by `buyer-app report --simulate` and read back with poppler."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from contextlib import redirect_stdout
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from buyer_app.cli.main import main
from buyer_app.core.costs.choices import VehicleChoice
from buyer_app.core.costs.compare import compare
from buyer_app.core.household.fields import Household
from buyer_app.core.uncertainty.draws import UncertaintySettings
from buyer_app.core.uncertainty.run import run_uncertainty
from buyer_app.core.vehicles.database import load_database
from buyer_app.report.summary import ReportContext, summary_html

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed")
IDS = [
    "--vehicle",
    "48765",
    "--vehicle",
    "48032",
    "--vehicle",
    "49160",
    "--price",
    "49160=43000",
    "--price",
    "48032=30000",
    "--years",
    "10",
]
SIMULATE = ["--simulate", "2000", "--seed", "7"]
NEW_CHARTS = 3  # the bands, the chance of being the cheapest and the tornado


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    with pytest.MonkeyPatch.context() as mp:
        path = tmp_path_factory.mktemp("data")
        mp.setenv("BUYER_APP_DATA_DIR", str(path))
        yield path


@pytest.fixture(scope="module")
def pdf(data_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report") / "sure.pdf"
    assert main(["report", *IDS, *SIMULATE, "--pdf", str(out)]) == 0
    return out


@pytest.fixture(scope="module")
def plain_pdf(data_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report") / "plain.pdf"
    assert main(["report", *IDS, "--pdf", str(out)]) == 0
    return out


@pytest.fixture(scope="module")
def compared(data_dir: Path) -> dict[str, Any]:
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["compare", *IDS, *SIMULATE, "--json"]) == 0
    return json.loads(out.getvalue())["uncertainty"]  # type: ignore[no-any-return]


def _flat(raw: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", raw))  # the PDF may set "fi" as a ligature


@pytest.fixture(scope="module")
def text(pdf: Path) -> str:
    """The PDF's text with each run of white space (table cells wrap) made one space, page numbers left out (a
    table row may run over a page's end)."""
    return " ".join(re.sub(r" \d+ $", " ", page) for page in _pages(pdf))


def _pages(pdf: Path) -> list[str]:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    count = int(re.search(r"Pages:\s+(\d+)", info).group(1))  # type: ignore[union-attr]
    return [
        _flat(
            subprocess.run(
                ["pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-"], check=True, capture_output=True, text=True
            ).stdout
        )
        for n in range(1, count + 1)
    ]


def _images(pdf: Path, page: int | None = None) -> int:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    out = subprocess.run(["pdfimages", *pages, "-list", str(pdf)], check=True, capture_output=True, text=True).stdout
    return len(out.splitlines()[2:])


def _chance(p: float) -> str:
    return f"{p:.0%}" if 0.005 <= p <= 0.995 else ("over 99%" if p > 0.995 else "under 1%")


def _usd(x: float) -> str:
    return f"{'-' if x < 0 else ''}${abs(x):,.0f}"


def test_section_starts_a_page_with_the_confidence_sentence(pdf: Path, compared: dict[str, Any]) -> None:
    pages = _pages(pdf)
    first = next(k for k, page in enumerate(pages) if "How sure is this?" in page and "See “How sure" not in page)
    assert pages[first].strip().startswith("How sure is this?")  # on a new page
    assert compared["sentence"] in pages[first]
    assert (
        "is the cheapest in about 9 of 10 futures simulated (89% of 2,000)" in compared["sentence"]
    )  # the figures this test relies on
    assert compared["sentence"] in pages[0]  # the verdict gains its confidence on the first page
    assert all(page.strip() for page in pages)  # no blank page


def test_each_vehicles_chance_and_totals_match_compare_json(text: str, compared: dict[str, Any]) -> None:
    """Same inputs and seed as `compare --simulate 2000 --seed 7 --json`: the same figures."""
    for v in compared["vehicles"]:
        t = v["total_percentiles"]
        row = f"{v['label']} {_chance(v['probability_cheapest'])} {_usd(t['p10'])} {_usd(t['p50'])} {_usd(t['p90'])}"
        assert row in text, row


def test_pair_difference_payback_and_thresholds(text: str, compared: dict[str, Any]) -> None:
    pair = compared["pair"]
    d = pair["difference_b_minus_a"]
    assert f"{_usd(d['p10'])} {_usd(d['p50'])} {_usd(d['p90'])} {_usd(pair['deterministic_difference'])} " in text
    assert f"is the cheaper of the two in {_chance(pair['probability_b_cheaper'])} of the futures" in text
    paid = {p["year"]: p["probability"] for p in pair["probability_b_paid_back_by_year"]}
    years = "".join(f"by year {y} " for y in (1, 3, 5, 10))
    assert years + " ".join(_chance(paid[y]) for y in (1, 3, 5, 10)) in text
    gasoline = next(t for t in compared["thresholds"] if t["input"] == "gas_price")
    assert gasoline["value"] is not None and "as long as gasoline stays below $5.91/gal" in gasoline["sentence"]
    for threshold in compared["thresholds"]:
        assert threshold["sentence"] in text


def test_spreads_seed_draws_and_method(text: str, compared: dict[str, Any]) -> None:
    names = re.compile(r"\b[a-z]+_[a-z_]+\b")  # each spread's NAME under its label (a row may wrap onto a next page)
    squeezed = names.sub("", text).replace(" ", "")  # a long source wraps at its slashes
    for spread in compared["spreads"]:
        assert spread["label"] in text, spread["label"]
        assert spread["source"].replace(" ", "") in squeezed, spread["name"]
    assert "2,000 futures were drawn with the seed 7" in text
    assert "--simulate 2000 --seed 7" in text
    for words in ("common random numbers", "random walk in log", "log-normal", "clipped to 0-95% a year"):
        assert words in text, words


def test_new_charts_are_images_and_the_plain_report_is_unchanged(pdf: Path, plain_pdf: Path) -> None:
    assert _images(pdf) == _images(plain_pdf) + NEW_CHARTS == 6 + NEW_CHARTS
    pages, plain = _pages(pdf), _pages(plain_pdf)
    section = next(k for k, page in enumerate(pages) if page.strip().startswith("How sure is this?"))
    assert _images(pdf, section + 1) == 2  # the bands and the chances on the section's first page
    assert not any("How sure" in page for page in plain)
    assert len(plain) < len(pages) <= len(plain) + 4


def test_bad_spread_is_refused_and_no_pdf_is_written(data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "bad.pdf"
    assert main(["report", *IDS, "--simulate", "500", "--spread", "gas_volatility=-0.1", "--pdf", str(out)]) == 2
    assert "gas_volatility" in capsys.readouterr().err and not out.exists()
    out.write_bytes(b"%PDF- an earlier report")
    for bad in (
        ["--simulate", "--spread", "gas_volatility=lots"],
        ["--simulate", "--spread", "no_such_spread=0.1"],
        ["--simulate", "50"],
        ["--seed", "7"],
        ["--simulate", "--pair", "48765,12345"],
    ):
        assert main(["report", *IDS, *bad, "--pdf", str(out)]) == 2, bad
        assert out.read_bytes() == b"%PDF- an earlier report", bad
    assert not list(tmp_path.glob(".*.tmp"))


def test_a_run_of_other_vehicles_is_refused(data_dir: Path) -> None:
    db = load_database()
    h = Household()
    both = compare(db, h, [VehicleChoice(48765), VehicleChoice(48032, price=30000.0)])
    other = compare(db, h, [VehicleChoice(48765), VehicleChoice(49160, price=43000.0)])
    run = run_uncertainty(other, UncertaintySettings(draws=200, seed=1))
    ctx = ReportContext("t", db.metadata, db.prices_as_of, date(2026, 11, 26))
    assert "How sure" not in summary_html(both, ctx)
    assert "How sure is this?" in summary_html(other, ctx, run)
    with pytest.raises(ValueError, match="not for this comparison"):
        summary_html(both, ctx, run)
