"""The PDF's state, incentives and CO2 (issue 5): a Colorado household buying on 2026-12-01, read back with poppler."""

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
from buyer_app.core.costs.choices import Incentive, VehicleChoice
from buyer_app.core.costs.compare import compare
from buyer_app.core.household.fields import Household
from buyer_app.core.household.state_fill import with_state
from buyer_app.core.profiles.schema import Profile, profile_to_dict
from buyer_app.core.vehicles.database import load_database
from buyer_app.report.summary import ReportContext, summary_html

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed")
MODEL_3, CAMRY, RAV4_PHEV = 48765, 48032, 49160
OWN = "<b>dealer</b> cash"
ARGS = ["--state", "CO", "--purchase-date", "2026-12-01", "--annual-miles", "12000"]
MAX_PAGES = 16  # with --full: the two summary pages, then the appendix (the incentives of a Colorado EV take 2.5 pages)


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    with pytest.MonkeyPatch.context() as mp:
        path = tmp_path_factory.mktemp("data")
        mp.setenv("BUYER_APP_DATA_DIR", str(path))
        yield path


@pytest.fixture(scope="module")
def profile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    vehicles = (VehicleChoice(MODEL_3, incentives=(Incentive(OWN, 1000.0),)), VehicleChoice(CAMRY, price=28400.0))
    path = tmp_path_factory.mktemp("profile") / "colorado.json"
    path.write_text(json.dumps(profile_to_dict(Profile(name="Colorado", vehicles=vehicles))), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def pdf(data_dir: Path, profile: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report") / "colorado.pdf"
    assert main(["report", "--profile", str(profile), *ARGS, "--full", "--pdf", str(out)]) == 0
    return out


@pytest.fixture(scope="module")
def text(pdf: Path) -> str:
    """The PDF's text with each run of white space (table cells wrap) made one space."""
    raw = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", raw))  # the PDF may set "fi" as a ligature


@pytest.fixture(scope="module")
def compared(data_dir: Path, profile: Path) -> dict[str, Any]:
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["compare", "--profile", str(profile), *ARGS, "--json"]) == 0
    return json.loads(out.getvalue())  # type: ignore[no-any-return]


def _pages(pdf: Path) -> dict[int, str]:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    count = int(re.search(r"Pages:\s+(\d+)", info).group(1))  # type: ignore[union-attr]
    return {
        n: subprocess.run(
            ["pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-"], check=True, capture_output=True, text=True
        ).stdout
        for n in range(1, count + 1)
    }


def test_household_says_where_when_and_which_grid(text: str) -> None:
    for words in (
        "State Colorado",
        "Purchase date 2026-12-01",
        "Electric utility not chosen utility programs not counted",
        "income not given: programs with an income limit are not counted",
        "electric $50, plug-in hybrid $50, hybrid $0 a year more than a gasoline car",
        "lb/MWh, Colorado grid: RMPA",
    ):
        assert words in text, words


def test_incentives_on_the_date_in_the_state(text: str) -> None:
    assert "Incentives on 2026-12-01 in Colorado" in text
    assert "30D/25E/45W ended 2025-09-30" in text and "30C ended for chargers after 2026-06-30" in text
    assert "are listed but never counted" in text
    assert re.search(r"Colorado Electric Vehicle Tax Credits Colorado Energy Office \$750 ", text)
    assert "MSRP above the $35,000 cap" in text  # a refusal with its reason
    assert "source: https://energyoffice.colorado.gov/transportation/grants-incentives/" in text
    assert "last checked 2026-08-06" in text
    assert "No incentive in the catalogue for this vehicle in Colorado on 2026-12-01." in text  # the Camry hybrid
    assert "Rewiring America" in text and "16ad9bf" in text and "Apache License 2.0" in text and "curated entries" in text


def test_own_incentive_name_prints_literally(text: str) -> None:
    assert OWN in text and "entered by you" in text and "$1,000" in text
    assert "your own entry: always counted, not checked by the app" in text
    assert "2025 Tesla Model 3 Long Range RWD: $1,750 applied" in text  # the own $1,000 and Colorado's $750


def test_co2_table_factors_and_chart(text: str, compared: dict[str, Any], pdf: Path) -> None:
    assert " CO2 Over 5 years and 12,000 miles a year" in text
    for v in compared["vehicles"]:
        lifetime = v["co2"]["lifetime_kg"]
        assert f"{lifetime['total'] / 1000:,.1f} t" in text
        assert f"{lifetime['total'] * 1000 / (12000 * 5):,.0f} g" in text
    assert "8,887 g CO2 per gallon" in text and "GREET" in text and "EPA eGRID2023 total-output" in text
    assert "Grid used: 1,035 lb/MWh" in text
    images = subprocess.run(["pdfimages", "-list", str(pdf)], check=True, capture_output=True, text=True).stdout
    assert len(images.splitlines()[2:]) == 6  # cost over time, breakdown, energy, days, months, and CO2 by where it comes out
    co2_page = next(n for n, page in _pages(pdf).items() if "by where it comes out" in page)
    per_page = subprocess.run(
        ["pdfimages", "-f", str(co2_page), "-l", str(co2_page), "-list", str(pdf)], check=True, capture_output=True, text=True
    ).stdout
    assert len(per_page.splitlines()[2:]) == 1


def test_assumptions_give_each_figures_origin(text: str) -> None:
    methodology = text[text.index("Methodology and sources") :]
    # the label may wrap inside its cell ("(home" / "charging)"), so the row is matched around the wrap
    assert re.search(
        r"Electricity price \(home (charging\) )?\$0\.143 per kWh Colorado: EIA Electric Power Annual 2023 .*? 2023 ", methodology
    )
    assert "Miles driven a year 12,000 miles a year your figure" in methodology
    assert (
        "Regular gasoline price $2.884 per gallon Colorado: EIA, Colorado regular gasoline (all formulations): mean of the 9"
    ) in methodology
    assert "Grid losses (plant to meter) 4.1% the same source as “Grid CO2 intensity” above 2025-01" in methodology
    assert "Insurance of a mid-size reference car (full coverage) $3,233 a year Colorado: Bankrate" in methodology
    assert "Electricity at home $0.143 per kWh Colorado figures: EIA Electric Power Annual 2023, 2023" in text  # page 2


def test_page_count_stays_reasonable(pdf: Path) -> None:
    pages = _pages(pdf)
    assert len(pages) <= MAX_PAGES
    assert all(page.strip() for page in pages.values())  # no blank page


def _html(state: str, choices: list[VehicleChoice]) -> str:
    h = with_state(Household(), state).with_values({"purchase_date": "2026-12-01"})
    db = load_database()
    c = compare(db, h, choices)
    return summary_html(c, ReportContext("t", db.metadata, db.prices_as_of, date(2026, 11, 26)), full=True)


def test_a_vehicle_without_incentives_says_so_and_user_text_is_escaped(data_dir: Path) -> None:
    html = _html(
        "TX",
        [VehicleChoice(CAMRY, price=28400.0, incentives=(Incentive(OWN + " & <img src=x>", 500.0),)), VehicleChoice(MODEL_3)],
    )
    assert "No incentive in the catalogue for this vehicle in Texas on 2026-12-01." in html
    assert "&lt;b&gt;dealer&lt;/b&gt; cash &amp; &lt;img src=x&gt;" in html and "<img src=x>" not in html


def test_refusals_shared_by_two_plug_ins_are_printed_once(data_dir: Path) -> None:
    html = _html("CO", [VehicleChoice(MODEL_3), VehicleChoice(RAV4_PHEV)])
    assert html.count("Gunnison County Electric Association Rebates") == 1  # a home-charger program, refused alike
    assert "Also not applied, for the same reasons as listed above for the 2025 Tesla Model 3 Long Range RWD" in html
