"""Your own vehicle (issue 17, item 5): validated, converted from its test cycle, compared, saved, marked as yours.

The example is a car the China pack lacks (a Zeekr 7X); its figures are this test's inputs, illustrative, not
checked facts: what matters is what the app does with them (the ICCT's 15% real-world gap for CLTC figures, 2023)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from buyer_app.cli.main import main
from buyer_app.core.errors import InputError
from buyer_app.core.profiles.schema import Profile, profile_from_dict, profile_to_dict
from buyer_app.core.vehicles.custom import CUSTOM_ID_BASE, KM_PER_MI, custom_from_dict, custom_rows
from buyer_app.core.vehicles.database import load_database

ZEEKR = {
    "make": "Zeekr",
    "model": "7X RWD",
    "year": 2025,
    "powertrain": "bev",
    "cycle": "CLTC",
    "price": 229_900,
    "range_km": 705,
    "kwh_per_100km": 14.2,
    "battery_kwh": 75,
    "dc_max_kw": 450,
}


def test_a_vehicle_is_checked_field_by_field() -> None:
    with pytest.raises(InputError) as caught:
        custom_from_dict({"make": "", "model": "X", "year": 1900, "powertrain": "fcev", "cycle": "JC08", "range_km": -5})
    fields = {p.field.rsplit(".", 1)[-1]: p for p in caught.value.problems}
    assert {"make", "year", "powertrain", "cycle", "range_km"} <= set(fields)
    assert "one of bev, phev, hev, ice" in fields["powertrain"].allowed and "one of EPA" in fields["cycle"].allowed
    with pytest.raises(InputError) as caught:
        custom_from_dict({**ZEEKR, "kwh_per_100km": None})
    assert "kwh_per_100km" in str(caught.value) and "a bev needs" in str(caught.value)
    with pytest.raises(InputError) as caught:
        custom_from_dict({**ZEEKR, "colour": "blue"})
    assert "colour" in str(caught.value)


def test_a_cltc_figure_becomes_a_real_world_one() -> None:
    car = custom_from_dict(ZEEKR)
    row = custom_rows((car,), load_database()).iloc[0]
    assert row["id"] == CUSTOM_ID_BASE + 1 and row["model"] == "7X RWD (your entry)" and row["source"] == "your entry"
    assert math.isclose(row["range_mi"] * KM_PER_MI, 705 * 0.85)  # ICCT: about 15% below CLTC
    assert math.isclose(row["kwh100_comb"] / KM_PER_MI, 14.2 / 0.85)
    assert row["msrp_usd"] == 229_900


def test_a_plug_in_hybrid_borrows_the_utility_factors_of_its_range() -> None:
    phev = custom_from_dict(
        {"make": "X", "model": "P", "year": 2025, "powertrain": "phev", "cycle": "EPA", "range_km": 64,
         "kwh_per_100km": 20, "l_per_100km": 5.5}
    )  # fmt: skip
    row = custom_rows((phev,), load_database()).iloc[0]
    assert 0.3 < row["uf_comb"] < 0.8 and math.isclose(row["mpg_comb"], 235.214583 / 5.5)


def test_compare_with_your_own_vehicle_in_text_and_json_and_it_is_saved(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    car = tmp_path / "zeekr.json"
    car.write_text(json.dumps(ZEEKR), encoding="utf-8")
    saved = tmp_path / "mine.json"
    argv = ["compare", "--city", "CN-SH", "--vehicle", "9000036", "--custom-vehicle", str(car)]
    assert main([*argv, "--save-profile", str(saved)]) == 0
    text = capsys.readouterr().out
    assert "Zeekr 7X RWD (your entry)" in text and "¥229,900 (your price)" in text
    assert main([*argv, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    mine = next(v for v in out["vehicles"] if v["id"] == CUSTOM_ID_BASE + 1)
    assert mine["price_basis"]["kind"] == "quote" and mine["label"].endswith("(your entry)")
    profile = json.loads(saved.read_text(encoding="utf-8"))
    assert profile["custom_vehicles"][0]["make"] == "Zeekr" and profile["vehicles"][-1]["id"] == CUSTOM_ID_BASE + 1
    assert main(["compare", "--profile", str(saved), "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert [v["total_cost"] for v in again["vehicles"]] == [v["total_cost"] for v in out["vehicles"]]


def test_a_bad_vehicle_file_is_refused_and_nothing_is_saved(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    car = tmp_path / "bad.json"
    car.write_text(json.dumps({**ZEEKR, "range_km": 9999}), encoding="utf-8")
    saved = tmp_path / "mine.json"
    code = main(
        ["compare", "--city", "CN-SH", "--vehicle", "9000036", "--custom-vehicle", str(car), "--save-profile", str(saved)]
    )
    err = capsys.readouterr().err
    assert code == 2 and "range_km" in err and "9999" in err and "from 5 to 2,000" in err
    assert not saved.exists()
    car.write_text("{not json", encoding="utf-8")
    assert main(["compare", "--vehicle", "48765", "--custom-vehicle", str(car)]) == 2
    assert "bad.json" in capsys.readouterr().err


def test_a_profile_keeps_its_own_vehicles_and_a_profile_without_any_writes_none() -> None:
    car = custom_from_dict(ZEEKR)
    data = profile_to_dict(Profile("mine", custom_vehicles=(car,)))
    assert profile_from_dict(data).custom_vehicles == (car,)
    assert "custom_vehicles" not in profile_to_dict(Profile("plain"))  # US profiles read and write as before
    with pytest.raises(InputError) as caught:
        profile_from_dict({**data, "custom_vehicles": [{**ZEEKR, "price": -1}]})
    assert "custom_vehicles[0].price" in str(caught.value)


def test_the_marker_of_your_own_vehicle_is_in_the_reader_s_language_and_english_in_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 17: in Chinese the text says （自行录入）; the JSON's label keeps "(your entry)" (a contract)."""
    from buyer_app.text import translate

    car = tmp_path / "zeekr.json"
    car.write_text(json.dumps(ZEEKR), encoding="utf-8")
    argv = ["--lang", "zh_CN", "compare", "--city", "CN-SH", "--vehicle", "9000036", "--custom-vehicle", str(car)]
    try:
        assert main(argv) == 0
        text = capsys.readouterr().out
        assert "Zeekr 7X RWD（自行录入）" in text or "Zeekr 7X RWD （自行录入）" in text
        assert "(your entry)" not in text
        assert main([*argv, "--json"]) == 0
        out = json.loads(capsys.readouterr().out)
        mine = next(v for v in out["vehicles"] if v["id"] == CUSTOM_ID_BASE + 1)
        assert mine["label"] == "2025 Zeekr 7X RWD (your entry)"
    finally:
        translate.use_language("en")
