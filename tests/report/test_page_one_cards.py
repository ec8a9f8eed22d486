"""Page 1 of the PDF says what the window's answer cards say (issue 16): for each sample household, every card's
standing, range and charging lines are in the page's text word for word, read back with pdftotext. The cards are
built by buyer_app.text.answer.cards from the same comparison the `report` verb makes."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from buyer_app.cli.main import main
from buyer_app.core.costs.compare import compare
from buyer_app.core.files.resources import resource_path
from buyer_app.core.markets.databases import market_database
from buyer_app.core.profiles.samples import list_samples, load_sample
from buyer_app.core.vehicles.database import VehicleDatabase, load_database
from buyer_app.text.answer import Standing, cards
from buyer_app.text.units import display_of

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed")
DATE = "2026-12-01"


@pytest.fixture(scope="module")
def db() -> VehicleDatabase:
    return load_database()


def _page_one(pdf: Path) -> str:
    raw = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", raw))  # lines joined; "fi" may be set as a ligature


@pytest.mark.parametrize("key", [s.key for s in list_samples()])
def test_page_one_says_each_cards_standing_range_and_charging(db: VehicleDatabase, key: str, tmp_path: Path) -> None:
    sample = load_sample(key)
    pdf = tmp_path / f"{key}.pdf"
    with redirect_stdout(io.StringIO()):
        assert (
            main(
                ["report", "--profile", str(resource_path("samples", f"{key}.json")), "--purchase-date", DATE, "--pdf", str(pdf)]
            )
            == 0
        )
    household = sample.household.with_values({"purchase_date": DATE})
    db = db if sample.market == "us" else market_database(sample.market)
    c = compare(db, household, list(sample.vehicles), sample.driving, sample.climate)
    made = cards(c, display=display_of(sample))
    text = _page_one(pdf)
    for card in made:
        assert card.standing and card.standing in text, (card.name, card.standing)
        assert not card.range or card.range in text, (card.name, card.range)
        assert not card.charging or card.charging in text, (card.name, card.charging)
    assert sum(card.range != "" for card in made) >= 1  # every sample compares at least one plug-in
    assert sum(card.place.cheapest for card in made) == 1
    # the old page-1 wording, decided apart from the card, is gone
    assert "the cheapest; " not in text and "on the EPA label" not in text
    if any(card.place.standing is Standing.PAYS_BACK for card in made):
        assert "pays back its higher price in" in text
