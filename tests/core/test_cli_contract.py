"""The command line's JSON contract and its refusals of bad input (run in-process through main())."""

from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path
from typing import Any

import pytest

from buyer_app.cli.main import main
from buyer_app.core.costs.model import CATEGORIES
from buyer_app.core.household.fields import FIELDS, Household

MODEL_3, CAMRY = 48765, 48032
CAMRY_AWD = 48034  # 2025 Camry HEV AWD LE


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    code = main([*argv, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def run_refused(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 2, (out, err)
    assert "Traceback" not in err and out == ""
    return err


def compare_json(capsys: pytest.CaptureFixture[str], *extra: str) -> dict[str, Any]:
    return run_json(capsys, "compare", "--vehicle", str(MODEL_3), "--vehicle", str(CAMRY), *extra)  # type: ignore[no-any-return]


# --- vehicles search -----------------------------------------------------------------------------


def test_search_camry_2025_finds_hybrids(capsys: pytest.CaptureFixture[str]) -> None:
    rows = run_json(capsys, "vehicles", "search", "Camry", "--year", "2025")
    assert all(r["year"] == 2025 and "Camry" in r["model"] for r in rows)
    hybrids = [r for r in rows if r["powertrain"] == "hev"]
    assert len(hybrids) >= 3
    assert CAMRY in {r["id"] for r in hybrids}
    assert {"id", "make", "model", "label_mpg_comb", "msrp_usd", "supported"} <= set(rows[0])


def test_search_words_match_in_any_order(capsys: pytest.CaptureFixture[str]) -> None:
    rows = run_json(capsys, "vehicles", "search", "model", "3", "tesla", "--year", "2025", "--limit", "0")
    assert MODEL_3 in {r["id"] for r in rows}


# --- compare -------------------------------------------------------------------------------------


def test_compare_json_has_the_documented_keys(capsys: pytest.CaptureFixture[str]) -> None:
    d = compare_json(capsys, "--years", "8")
    assert {"household", "vehicles", "break_even", "assumptions", "database"} <= set(d)
    assert [v["id"] for v in d["vehicles"]] == [MODEL_3, CAMRY]
    for v in d["vehicles"]:
        assert {"id", "label", "powertrain", "total_cost", "cost_per_mile", "years", "energy_use", "co2_kg_per_year"} <= set(v)
        assert isinstance(v["label"], str) and v["label"].startswith("2025 ")
        assert [y["year"] for y in v["years"]] == list(range(1, 9))
        for y in v["years"]:
            assert (
                set(y["costs"])
                == set(CATEGORIES)
                == {"purchase", "financing", "energy", "maintenance", "insurance", "fees", "incentives", "resale"}
            )
            assert isinstance(y["cumulative"], float | int)
        assert set(v["energy_use"]) == {"gasoline_gal_per_year", "electricity_kwh_per_year"}
    model3, camry = d["vehicles"]
    assert (model3["powertrain"], camry["powertrain"]) == ("bev", "hev")
    assert model3["energy_use"]["gasoline_gal_per_year"] == 0 and model3["energy_use"]["electricity_kwh_per_year"] > 0
    assert camry["energy_use"]["gasoline_gal_per_year"] > 0 and camry["co2_kg_per_year"] > 0
    (pair,) = d["break_even"]
    assert {"a", "b", "year"} <= set(pair) and (pair["a"], pair["b"]) == (MODEL_3, CAMRY)
    extra = {"climate", "co2_tailpipe", "co2_upstream", "co2_electricity"}
    assert {a["field"] for a in d["assumptions"]} == {s.name for s in FIELDS} | extra
    assert d["driving"]["pattern"] == {"kind": "annual"} and d["driving"]["climate"] is None


def test_compare_categories_add_up_to_the_total(capsys: pytest.CaptureFixture[str]) -> None:
    d = compare_json(capsys, "--years", "8", "--price", f"{CAMRY}=28400")
    for v in d["vehicles"]:
        summed = sum(sum(y["costs"].values()) for y in v["years"])
        assert summed == pytest.approx(v["total_cost"], abs=1.0)
        assert v["years"][-1]["cumulative"] == pytest.approx(v["total_cost"], abs=1.0)
        running = 0.0
        for y in v["years"]:
            running += sum(y["costs"].values())
            assert y["cumulative"] == pytest.approx(running, abs=1.0)
        assert v["cost_per_mile"] == pytest.approx(v["total_cost"] / (8 * 15000), abs=1e-4)


def test_unpriced_camry_gives_price_unknown(capsys: pytest.CaptureFixture[str]) -> None:
    # the 2025 Camry FWD LE is priced now (toyota.com copy, 2025-01); no public 2025 AWD price was found
    d = run_json(capsys, "compare", "--vehicle", str(MODEL_3), "--vehicle", str(CAMRY_AWD), "--years", "8")
    camry = d["vehicles"][1]
    if camry["price"] is not None:
        pytest.skip("the curated price table now prices the 2025 Camry HEV AWD LE")
    assert d["break_even"][0]["reason"] == "price unknown" and d["break_even"][0]["year"] is None


def test_a_price_quote_makes_the_break_even_computable(capsys: pytest.CaptureFixture[str]) -> None:
    d = compare_json(capsys, "--years", "8", "--price", f"{CAMRY}=28400")
    camry = d["vehicles"][1]
    assert camry["price"] == 28400 and camry["price_basis"]["kind"] == "quote"
    (pair,) = d["break_even"]
    assert pair["reason"] in ("crosses", "never crosses")
    assert (pair["year"] is None) == (pair["reason"] == "never crosses")


def test_model_3_breaks_even_at_high_miles_and_gas_prices(capsys: pytest.CaptureFixture[str]) -> None:
    d = compare_json(capsys, "--years", "8", "--price", f"{CAMRY}=28400", "--annual-miles", "40000", "--gas-price", "5")
    (pair,) = d["break_even"]
    assert pair["reason"] == "crosses"
    assert pair["year"] is not None and 0 < pair["year"] <= 8
    assert pair["cheaper_over_period"] == MODEL_3
    model3, camry = d["vehicles"]
    assert model3["total_cost"] < camry["total_cost"]
    assert d["household"]["annual_miles"] == 40000 and d["household"]["gas_price"] == 5


# --- refusals ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("extra", "named"),
    [
        (["--annual-miles", "-5"], ["--annual-miles", "annual_miles", "-5"]),
        (["--city-share", "1.7"], ["--city-share", "city_share", "1.7"]),
        (["--vehicle", "99999999"], ["vehicle id 99999999"]),
        (["--price", f"{CAMRY}=abc"], ["--price", f"{CAMRY}=abc"]),
        (["--set", "financing=bogus"], ["financing", "bogus", "cash, loan, lease"]),
        (["--set", "no_such_field=1"], ["--set", "no_such_field"]),
        (["--price", "12345=30000"], ["--price", "12345"]),
        (["--years", "0"], ["--years", "years"]),
    ],
)
def test_bad_flags_exit_2_naming_the_field(capsys: pytest.CaptureFixture[str], extra: list[str], named: list[str]) -> None:
    err = run_refused(capsys, "compare", "--vehicle", str(MODEL_3), "--vehicle", str(CAMRY), *extra)
    for word in named:
        assert word in err


def test_every_bad_flag_is_named_at_once(capsys: pytest.CaptureFixture[str]) -> None:
    err = run_refused(
        capsys, "compare", "--vehicle", str(CAMRY), "--annual-miles", "-5", "--city-share", "1.7", "--set", "loan_apr=9"
    )
    assert "annual_miles" in err and "city_share" in err and "loan_apr" in err


def _profile(tmp_path: Path, text: str) -> str:
    path = tmp_path / "profile.json"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_profile_with_broken_json_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _profile(tmp_path, '{"schema_version": 1, "household": {"annual_miles": 12000,\n')
    err = run_refused(capsys, "compare", "--vehicle", str(CAMRY), "--profile", path)
    assert path in err and "JSON" in err and "line 2" in err


def test_profile_from_a_newer_app_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _profile(tmp_path, json.dumps({"schema_version": 99}))
    err = run_refused(capsys, "compare", "--vehicle", str(CAMRY), "--profile", path)
    assert "schema_version" in err and "99" in err and "newer" in err


def test_profile_with_bad_household_values_names_both(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _profile(tmp_path, json.dumps({"schema_version": 1, "household": {"annual_miles": "lots", "city_share": 3}}))
    err = run_refused(capsys, "compare", "--vehicle", str(CAMRY), "--profile", path)
    assert "household.annual_miles" in err and "'lots'" in err
    assert "household.city_share" in err and "3" in err
    assert err.count("buyer-app:") == 1  # one message listing both


def test_missing_profile_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = run_refused(capsys, "compare", "--vehicle", str(CAMRY), "--profile", str(tmp_path / "nope.json"))
    assert "nope.json" in err


def test_a_valid_profile_supplies_household_and_vehicles(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _profile(
        tmp_path,
        json.dumps(
            {
                "schema_version": 1,
                "name": "test",
                "household": {"annual_miles": 9000, "years": 3},
                "vehicles": [{"id": CAMRY, "price": 28400, "incentives": [{"name": "dealer", "amount": 500}]}, {"id": MODEL_3}],
            }
        ),
    )
    d = run_json(capsys, "compare", "--profile", path, "--city-share", "0.3")
    assert [v["id"] for v in d["vehicles"]] == [CAMRY, MODEL_3]
    assert d["household"]["annual_miles"] == 9000 and d["household"]["city_share"] == 0.3
    camry = d["vehicles"][0]
    assert len(camry["years"]) == 3 and camry["price"] == 28400
    assert camry["years"][0]["costs"]["incentives"] == -500


# --- rank, db info, fields -----------------------------------------------------------------------


def test_rank_top_5(capsys: pytest.CaptureFixture[str]) -> None:
    d = run_json(capsys, "rank", "--top", "5")
    ranked = d["ranked"]
    assert len(ranked) == 5
    totals = [r["total_cost"] for r in ranked]
    assert totals == sorted(totals)
    assert all(r["price"] is not None and r["price"] > 0 for r in ranked)
    assert isinstance(d["running_cost_only"], list) and len(d["running_cost_only"]) == 5
    assert all(r["total_cost"] is None for r in d["running_cost_only"])
    # vehicles of nameplates no longer sold new are listed apart, not ranked at their old MSRP
    assert d["priced_count"] + d["unpriced_count"] + d["not_sold_new_count"] == d["considered"] > 10_000


def test_rank_filters(capsys: pytest.CaptureFixture[str]) -> None:
    d = run_json(capsys, "rank", "--top", "3", "--powertrain", "bev", "--year", "2025")
    assert d["ranked"] and all(r["powertrain"] == "bev" for r in d["ranked"] + d["running_cost_only"])


def test_db_info(capsys: pytest.CaptureFixture[str]) -> None:
    d = run_json(capsys, "db", "info")
    assert d["origin"] == "shipped"
    assert len(d["source_sha256"]) == 64
    assert {"bev", "phev", "hev", "ice"} <= set(d["by_powertrain"])
    assert 0 < d["enrichment"]["rate"] <= 1


def test_fields_lists_every_household_field_with_a_source(capsys: pytest.CaptureFixture[str]) -> None:
    listed = run_json(capsys, "fields")
    # the charging calendar is not a single field: it has its own part of the profile and its own flags
    assert [f["field"] for f in listed] == [
        f.name for f in fields(Household) if f.name not in ("charging_calendar", "home_tariff")
    ]
    for f in listed:
        assert f["source"].strip() and f["as_of"].strip() and f["allowed"].strip()
    assert {f["field"]: f["default"] for f in listed}["annual_miles"] == 15000


def test_text_output_runs(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", "--vehicle", str(MODEL_3), "--vehicle", str(CAMRY), "--price", f"{CAMRY}=28400"]) == 0
    out = capsys.readouterr().out
    assert "Break-even" in out and "Summary" in out


def test_save_profile_writes_a_profile_that_reopens(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "mine.json"
    d = run_json(
        capsys,
        "compare",
        "--vehicle",
        str(MODEL_3),
        "--vehicle",
        str(CAMRY),
        "--price",
        f"{CAMRY}=30000",
        "--state",
        "CO",
        "--save-profile",
        str(path),
    )
    again = run_json(capsys, "compare", "--profile", str(path))
    assert again["household"] == d["household"] and [v["id"] for v in again["vehicles"]] == [MODEL_3, CAMRY]
    assert again["vehicles"][1]["price"] == 30000
    before = path.read_bytes()
    err = run_refused(capsys, "compare", "--vehicle", "999999999", "--save-profile", str(path))
    assert "999999999" in err and path.read_bytes() == before  # a comparison that fails saves nothing
