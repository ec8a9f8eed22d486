"""Finding a car as shoppers type it (words, a year, synonyms, ranking), the Year > Make > Model > Trim facets, the
EPA's trim codes in words and what the price and range limits hide: on the shipped database."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from buyer_app.cli.main import main
from buyer_app.core.vehicles import facets
from buyer_app.core.vehicles.database import VehicleDatabase
from buyer_app.core.vehicles.facets import Choice
from buyer_app.core.vehicles.narrowing import Hidden, Limits, narrow
from buyer_app.core.vehicles.search import SearchIndex, parse_query
from buyer_app.core.vehicles.trim_codes import TrimCode, trim_codes
from buyer_app.text.vehicle_words import details_lines, explain_codes, hidden_note, search_note

CAMRY_HYBRID_LE, CAMRY_HYBRID_AWD_LE = 48032, 48034  # 2025 Camry HEV FF LE / HEV AWD LE
CAMRY_2025_HYBRIDS = {48030, 48031, 48032, 48033, 48034}


def ids(frame: pd.DataFrame) -> list[int]:
    return [int(i) for i in frame["id"]]


def test_query_years_and_phrases() -> None:
    q = parse_query("2025 Camry  plug-in hybrid ALL-wheel drive")
    assert q.years == {2025}
    assert q.terms == ("camry", "plug in hybrid", "all wheel drive")
    assert parse_query("1983 2031 model 3").years == frozenset()  # outside 1984-2030: words like any other
    assert parse_query("1983 2031 model 3").terms == ("1983", "2031", "model", "3")
    assert parse_query("1984 2030").years == {1984, 2030}
    assert parse_query("e-tron f-150").terms == ("e tron", "f 150")


def test_2025_camry_hybrid_finds_the_2025_camry_hybrids(db: VehicleDatabase) -> None:
    found = db.search("2025 camry hybrid")
    assert set(ids(found)) == CAMRY_2025_HYBRIDS  # EPA says "Camry HEV ..."; the LE with front-wheel drive among them
    assert CAMRY_HYBRID_LE in ids(found)
    assert (found["year"] == 2025).all() and (found["powertrain"] == "hev").all()
    # a trim level narrows to that trim: LE, not the XLE that merely contains the letters
    assert set(ids(db.search("2025 camry hybrid le"))) == {CAMRY_HYBRID_LE, CAMRY_HYBRID_AWD_LE}
    assert set(ids(db.search("camry hybrid", year=2025))) == CAMRY_2025_HYBRIDS


def test_suv_finds_suvs(db: VehicleDatabase) -> None:
    suvs = db.frame["epa_class"].str.contains("Sport Utility") | db.frame["model"].str.contains(r"\bSUV\b")
    assert suvs.sum() > 1000
    assert set(ids(db.search("SUV"))) == set(ids(db.frame[suvs]))  # the EPA's class, or the name says SUV
    by_class = set(ids(db.frame[db.frame["epa_class"].str.contains("Sport Utility")]))
    for words in ("suvs", "sport utility", "Sport-Utility"):
        assert set(ids(db.search(words))) >= by_class, words


@pytest.mark.parametrize(
    ("words", "column", "allowed"),
    [
        (("hev", "hybrid", "hybrids"), "powertrain", {"hev", "phev"}),
        (("plug-in", "plugin", "phev", "plug in"), "powertrain", {"phev"}),
        (("electric", "ev", "bev"), "powertrain", {"bev"}),
        (("gas", "gasoline", "ice", "petrol"), "powertrain", {"ice", "flex"}),
        (("pickup", "truck", "trucks"), "epa_class", None),
        (
            ("awd", "4wd", "all-wheel", "4x4", "all wheel drive"),
            "drive",
            {"All-Wheel Drive", "4-Wheel Drive", "Part-time 4-Wheel Drive"},
        ),
        (("fwd", "front-wheel"), "drive", {"Front-Wheel Drive"}),
        (("rwd", "rear-wheel"), "drive", {"Rear-Wheel Drive"}),
    ],
)
def test_synonyms_find_the_same_cars(db: VehicleDatabase, words: tuple[str, ...], column: str, allowed: set[str] | None) -> None:
    """Each spelling finds the cars the EPA's own field says are of that kind, in the 2025 model year (where a
    name's letters could also match a word, e.g. "ev" in "EV9", the concept holds them anyway)."""
    sets = [set(ids(db.search(f"2025 {w}"))) for w in words]
    by_field = db.frame[(db.frame["year"] == 2025)]
    if allowed is None:
        expected = set(ids(by_field[by_field["epa_class"].str.contains("Pickup")]))
    else:
        expected = set(ids(by_field[by_field[column].isin(allowed)]))
    for word, found in zip(words, sets, strict=True):
        assert expected <= found, word
        assert len(found - expected) <= 0.05 * len(expected), (word, len(found - expected))  # only names that say it


def test_ranking_best_first(db: VehicleDatabase) -> None:
    hybrids = db.search("2025 rav4 hybrid")
    kinds = list(hybrids["powertrain"])
    assert kinds[0] == "hev" and "phev" in kinds  # a plug-in hybrid is a hybrid too, after the hybrids
    assert kinds.index("phev") > max(i for i, k in enumerate(kinds) if k == "hev")
    cx5 = db.search("cx5")
    assert cx5["model"].iloc[0].startswith("CX-5 ")  # the whole name squeezed beats CX-50 that merely contains it
    assert "CX-50" in " ".join(cx5["model"])
    model_s = db.search("tesla model s")
    assert model_s["model"].iloc[0].startswith("Model S")
    # the same order whatever the order of the words
    assert ids(db.search("hybrid camry 2025")) == ids(db.search("2025 camry hybrid"))


def test_closest_when_nothing_matches_every_word(db: VehicleDatabase) -> None:
    found, ranking = db.find("camry hybird")
    assert found.empty and not ranking.complete and ranking.unmatched == ("hybird",)
    closest = db.frame.iloc[ranking.positions]
    assert len(closest) > 0 and (closest["base_model"] == "Camry").all()
    assert "Nothing matches “hybird”" in search_note(ranking, facets.years(db.frame))
    _, none = db.find("2014 camry")
    assert none.positions.size == 0 and none.unmatched == ()
    assert search_note(none, facets.years(db.frame)) == "No 2014 vehicles in the database (it holds 2015–2026)."


def test_facets_year_make_model_trim(db: VehicleDatabase) -> None:
    frame = db.frame[db.frame["supported"]]
    years = facets.years(frame)
    assert years == sorted(years, reverse=True) and 2025 in years
    makes_2025 = facets.makes(frame, 2025)
    assert "Toyota" in makes_2025 and makes_2025 == sorted(makes_2025, key=str.casefold)
    assert set(makes_2025) == set(frame.loc[frame["year"] == 2025, "make"])
    assert "Camry" in facets.models(frame, "Toyota", 2025)
    assert "Model 3" not in facets.models(frame, "Toyota", 2025)
    trims = facets.trims(frame, "Toyota", "Camry", 2025)
    assert ("Camry HEV FF LE", "HEV FF LE") in trims
    assert {full for full, _ in trims} == set(frame[Choice(2025, "Toyota", "Camry").mask(frame)]["model"])
    assert ids(frame[Choice(2025, "Toyota", "Camry", "Camry HEV FF LE").mask(frame)]) == [CAMRY_HYBRID_LE]
    assert facets.trim_name("Camry", "Camry") == "" and facets.trim_name("RAV4 Prime", "RAV4") == "Prime"


def test_trim_codes_in_words() -> None:
    assert trim_codes("Camry HEV FF LE", "Camry") == [("HEV", TrimCode.HEV), ("FF", TrimCode.FF)]
    assert trim_codes("FF", "FF") == []  # Ferrari's FF is a model name
    assert explain_codes("Camry HEV FF LE", "Camry") == "HEV: hybrid; FF: front-wheel drive"
    assert explain_codes("Explorer FFV AWD", "Explorer") == "FFV: flex-fuel (gasoline or E85); AWD: all-wheel drive"
    assert explain_codes("Camry LE", "Camry") == ""  # trim levels are the maker's words: not explained


DRIVE_CODES = {
    TrimCode.FF: {"Front-Wheel Drive"},
    TrimCode.FWD: {"Front-Wheel Drive"},
    TrimCode.RWD: {"Rear-Wheel Drive"},
    TrimCode.TWO_WD: {"Front-Wheel Drive", "Rear-Wheel Drive"},
    TrimCode.AWD: {"All-Wheel Drive", "4-Wheel Drive", "Part-time 4-Wheel Drive"},
    TrimCode.FOUR_WD: {"All-Wheel Drive", "4-Wheel Drive", "Part-time 4-Wheel Drive"},
    TrimCode.MAKER_AWD: {"All-Wheel Drive", "4-Wheel Drive", "Part-time 4-Wheel Drive"},
}
POWER_CODES = {
    TrimCode.HEV: {"hev"},
    TrimCode.MHEV: {"hev"},
    TrimCode.PHEV: {"phev"},
    TrimCode.E_HYBRID: {"phev"},
    TrimCode.FFV: {"flex"},
    TrimCode.EV: {"bev"},
}


def test_every_code_agrees_with_the_cars_own_fields(db: VehicleDatabase) -> None:
    """The words given for a code are what the EPA's drive and fuel fields say of every car whose name has it."""
    seen: set[TrimCode] = set()
    for model, base, drive, powertrain in zip(
        db.frame["model"], db.frame["base_model"], db.frame["drive"], db.frame["powertrain"], strict=True
    ):
        for _written, code in trim_codes(model, base):
            seen.add(code)
            if code in DRIVE_CODES:
                assert drive in DRIVE_CODES[code], (model, drive)
            else:
                assert powertrain in POWER_CODES[code], (model, powertrain)
    assert seen == set(TrimCode)


def test_codes_against_the_epa_file(epa_zip: Path) -> None:
    """The same in the EPA file itself, with the fields the app does not keep (MHEV: "Mild Hybrid" in eng_dscr)."""
    epa = pd.read_csv(epa_zip, usecols=["year", "model", "baseModel", "drive", "atvType", "eng_dscr"], low_memory=False)
    epa = epa[epa["year"] >= 2015].fillna("")
    fuel = {
        TrimCode.HEV: ("atvType", "Hybrid"),
        TrimCode.MHEV: ("eng_dscr", "Mild Hybrid"),
        TrimCode.PHEV: ("atvType", "Plug-in Hybrid"),
        TrimCode.E_HYBRID: ("atvType", "Plug-in Hybrid"),
        TrimCode.FFV: ("atvType", "FFV"),
        TrimCode.EV: ("atvType", "EV"),
    }
    counts = dict.fromkeys(TrimCode, 0)
    for model, base, drive, atv, eng in zip(
        epa["model"], epa["baseModel"], epa["drive"], epa["atvType"], epa["eng_dscr"], strict=True
    ):
        for _written, code in trim_codes(str(model), str(base)):
            counts[code] += 1
            if code in DRIVE_CODES:
                assert drive in DRIVE_CODES[code], (model, drive)
            else:
                column, value = fuel[code]
                assert value in {"atvType": atv, "eng_dscr": eng}[column], (model, atv, eng)
    assert counts[TrimCode.FF] >= 4 and counts[TrimCode.MHEV] >= 100


def test_limits_say_what_they_hide(db: VehicleDatabase) -> None:
    index = SearchIndex(db.frame)
    shown = narrow(index, "2025 camry hybrid", Limits(max_price=30_000))
    assert ids(db.frame.iloc[shown.positions]) == [CAMRY_HYBRID_LE]  # $28,700; the other four: no price or above
    assert shown.hidden == {Hidden.NO_PRICE: 3, Hidden.ABOVE_MAX_PRICE: 1}
    assert hidden_note(shown.hidden, 30_000) == "4 hidden: 3 no price, 1 above your max. price ($30,000)"
    plug = narrow(index, "2025 rav4", Limits(min_range=30))
    assert set(db.frame.iloc[plug.positions]["powertrain"]) == {"phev"}
    assert plug.hidden[Hidden.NO_ELECTRIC_RANGE] > 0
    assert narrow(index, "2025 camry hybrid", Limits(min_range=0)).hidden == {}  # 0 asks for nothing
    facet = narrow(index, "", Limits(Choice(2025, "Toyota", "Camry")))
    assert set(ids(db.frame.iloc[facet.positions])) >= CAMRY_2025_HYBRIDS
    body = narrow(index, "2025 toyota", Limits(body="suv"))
    assert (db.frame.iloc[body.positions]["body"] == "suv").all() and len(body.positions) > 5
    unranked = narrow(index, "2025 camry hybrid", Limits(), rank=False)
    assert list(unranked.positions) == sorted(unranked.positions)
    assert np.array_equal(np.sort(unranked.positions), np.sort(narrow(index, "2025 camry hybrid", Limits()).positions))


def test_details_name_the_car_in_full_with_price_and_source(db: VehicleDatabase) -> None:
    row = db.get([CAMRY_HYBRID_LE]).iloc[0].to_dict()
    lines = details_lines(row)
    assert lines[0] == "2025 Toyota Camry HEV FF LE"
    assert "Hybrid · Midsize Cars · Front-Wheel Drive" in lines
    assert "In the name: HEV: hybrid; FF: front-wheel drive" in lines
    assert "EPA label 51 MPG" in lines
    assert any(line.startswith("Base MSRP $28,700") for line in lines)
    assert any(line.startswith("Source: http") for line in "\n".join(lines).splitlines())


def test_cli_search_words_and_contract(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["vehicles", "search", "2025", "camry", "hybrid", "--json"]) == 0
    rows = __import__("json").loads(capsys.readouterr().out)
    assert {r["id"] for r in rows} == CAMRY_2025_HYBRIDS
    assert set(rows[0]) == {
        "id", "year", "make", "model", "base_model", "powertrain", "epa_class", "drive", "fuel_grade", "supported",
        "mpg_comb", "label_mpg_comb", "kwh100_comb", "range_mi", "electric_range_mi", "battery_kwh", "dc_max_kw", "msrp_usd",
    }  # fmt: skip
    assert rows[0]["powertrain"] == "hev"  # the JSON keeps the code
    assert main(["vehicles", "search", "2025", "camry", "hybrid"]) == 0
    text = capsys.readouterr().out
    assert re.search(r"48032\s+2025\s+Toyota Camry HEV FF LE\s+Hybrid\s+51 MPG\s+\$28,700", text)
    assert main(["vehicles", "search", "camry", "hybird", "--limit", "2"]) == 0
    text = capsys.readouterr().out
    assert "No vehicles match 'camry hybird'. Nothing matches “hybird”" in text and "Camry" in text


def test_the_list_holds_steady_while_a_word_is_typed(db: VehicleDatabase) -> None:
    """Each keystroke of "hybrid" keeps the 2025 Camry hybrids (a synonym being typed counts as its start)."""
    for end in range(2, len("hybrid") + 1):
        assert set(ids(db.search("2025 camry " + "hybrid"[:end]))) == CAMRY_2025_HYBRIDS, "hybrid"[:end]
    assert set(ids(db.search("2025 toyota su"))) >= set(ids(db.search("2025 toyota suv")))


def test_rank_class_takes_a_body_word(capsys: pytest.CaptureFixture[str]) -> None:
    """`rank --class SUV` (its own example) ranks SUVs: the EPA's classes say "Sport Utility Vehicle"."""
    assert main(["rank", "--class", "SUV", "--year", "2025", "--top", "50", "--json"]) == 0
    rows = __import__("json").loads(capsys.readouterr().out)["ranked"]
    assert len(rows) >= 20
    assert all("Sport Utility" in r["epa_class"] for r in rows)
    assert main(["rank", "--class", "midsize", "--year", "2025", "--top", "5", "--json"]) == 0
    assert all("Midsize" in r["epa_class"] for r in __import__("json").loads(capsys.readouterr().out)["ranked"])
