"""`rank`'s text tells apart the rows that would read the same (review of issue 16): the two 2025 Nissan Versas
(an automatic and a manual) read "2025 Nissan Versa" twice; now each names its transmission. The JSON's labels
stay as they were (its ids tell the rows apart)."""

from __future__ import annotations

import json
import re

import pytest

from buyer_app.cli.main import main
from buyer_app.text.vehicle_words import distinct_names, transmission_words

VERSA_CVT, VERSA_MANUAL = 48597, 48598


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def _rows(text: str) -> dict[int, tuple[str, str]]:
    """id -> (the vehicle cell, the type cell) of each ranked row of the text table."""
    rows = {}
    for line in text.splitlines():
        cells = re.split(r"\s{2,}", line.strip())
        if len(cells) > 4 and cells[0].isdigit() and re.fullmatch(r"\d{5}", cells[1]):
            rows[int(cells[1])] = (cells[2], cells[3])
    return rows


def test_the_two_2025_versas_read_differently(capsys: pytest.CaptureFixture[str]) -> None:
    rows = _rows(_run(capsys, "rank", "--search", "2025 nissan versa", "--purchase-date", "2026-12-01"))
    assert rows[VERSA_CVT][0] == "2025 Nissan Versa (automatic, variable gear ratios)"
    assert rows[VERSA_MANUAL][0] == "2025 Nissan Versa (manual 5-speed)"
    data = json.loads(_run(capsys, "rank", "--search", "2025 nissan versa", "--purchase-date", "2026-12-01", "--json"))
    assert {r["id"]: r["label"] for r in data["ranked"]}[VERSA_MANUAL] == "2025 Nissan Versa"  # the contract unchanged


def test_no_two_ranked_rows_read_the_same_in_the_top_100(capsys: pytest.CaptureFixture[str]) -> None:
    rows = _rows(_run(capsys, "rank", "--top", "100", "--purchase-date", "2026-12-01"))
    assert len(rows) == 100
    shown = list(rows.values())  # a gasoline and a flex-fuel twin are told apart by the type column
    assert len(set(shown)) == len(shown), sorted(n for n in shown if shown.count(n) > 1)
    assert ("2025 Toyota RAV4 Hybrid AWD", "hev") in shown  # a name alike to no other keeps its plain full name


def test_distinct_names_adds_only_what_tells_rows_apart() -> None:
    base = {"year": 2025, "make": "Honda", "model": "Civic 4Dr", "drive": "Front-Wheel Drive", "powertrain": "ice"}
    a = {**base, "transmission": "Automatic (variable gear ratios)", "label_mpg_comb": 36.0}
    b = {**base, "transmission": "Automatic (AV-S7)", "label_mpg_comb": 36.0}
    c = {**base, "transmission": "Automatic (AV-S7)", "label_mpg_comb": 33.0}
    other = {**base, "model": "Accord", "transmission": "Automatic (AV-S7)"}
    assert distinct_names([a, b, other]) == [
        "2025 Honda Civic 4Dr (automatic, variable gear ratios)",
        "2025 Honda Civic 4Dr (automatic AV-S7)",
        "2025 Honda Accord",
    ]
    assert distinct_names([b, c]) == ["2025 Honda Civic 4Dr (EPA 36 MPG)", "2025 Honda Civic 4Dr (EPA 33 MPG)"]
    assert distinct_names([b, b]) == ["2025 Honda Civic 4Dr"] * 2  # alike in every way: left as they are
    assert (
        transmission_words("Manual 6-spd") == "manual 6-speed" and transmission_words("Automatic 10-spd") == "automatic 10-speed"
    )


def test_vehicles_search_tells_the_two_versas_apart_too(capsys: pytest.CaptureFixture[str]) -> None:
    """`vehicles search` read "Nissan Versa" on both rows (left from issue 16); now it says what differs."""
    out = _run(capsys, "vehicles", "search", "nissan", "versa", "--year", "2025")
    cells = {int(c[0]): c[2] for c in (re.split(r"\s{2,}", line.strip()) for line in out.splitlines()) if c[0].isdigit()}
    assert cells[VERSA_CVT] == "Nissan Versa (automatic, variable gear ratios)"
    assert cells[VERSA_MANUAL] == "Nissan Versa (manual 5-speed)"
    data = json.loads(_run(capsys, "vehicles", "search", "nissan", "versa", "--year", "2025", "--json"))
    assert {r["id"]: r["model"] for r in data}[VERSA_MANUAL] == "Versa"  # the JSON as it was
