"""The Rewiring America importer: the shipped catalogue is a fresh import, hand-checked entries read right, and
entries it cannot understand are left out with a reason, never turned into money."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from buyer_app.core.files.resources import resource_path
from buyer_app.core.incentives.catalogue import clear_caches, load_catalogue, program_from_dict
from buyer_app.core.incentives.importers.rewiring import ImportResult, catalogue_json, import_rewiring

RA_DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "rewiring_america_incentives"


@pytest.fixture(scope="module")
def real() -> ImportResult:
    if not (RA_DATA / "data" / "CO" / "incentives.json").exists():
        pytest.skip(f"the shared Rewiring America data is not at {RA_DATA}")
    return import_rewiring(RA_DATA)


@pytest.fixture(scope="module")
def by_id(real: ImportResult) -> dict[str, dict[str, Any]]:
    return {p["id"]: p for p in real.programs}


def test_every_imported_entry_loads_and_every_extract_row_is_decided(real: ImportResult) -> None:
    programs = [program_from_dict(raw) for raw in real.programs]
    assert len({p.id for p in programs}) == len(programs) > 300
    decided = {p.id.removeprefix("RA-").removesuffix("-PHEV") for p in programs}
    decided |= {i.removeprefix("RA-") for i, _ in real.skipped}
    with (RA_DATA / "ev_vehicle_and_charger_incentives_extract.csv").open(encoding="utf-8") as f:
        extract = {row["incentive_id"] for row in csv.DictReader(f)}
    assert decided == extract and len(extract) == 425
    assert not {p.id for p in programs} & {i for i, _ in real.skipped}
    assert all(reason for _, reason in real.skipped)


def test_shipped_catalogue_is_a_fresh_import(real: ImportResult) -> None:
    shipped = resource_path("incentives", "catalogue.json").read_text(encoding="utf-8")
    assert shipped == catalogue_json(real), "rebuild with tools/import_incentives.py"


def test_the_app_loads_the_catalogue(real: ImportResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "incentives").mkdir()
    (tmp_path / "incentives" / "catalogue.json").write_text(catalogue_json(real), encoding="utf-8")
    (tmp_path / "incentives" / "curated.json").write_text('{"programs": []}', encoding="utf-8")
    monkeypatch.setenv("BUYER_APP_RESOURCES", str(tmp_path))
    clear_caches()
    try:
        catalogue = load_catalogue()
    finally:
        clear_caches()
    assert len(catalogue.programs) == len(real.programs)
    assert ("co-black-hills-energy", "Black Hills Energy") in catalogue.utilities["CO"]
    assert "Apache" in catalogue.notice and any(p.id == "RA-CO-316" for p in catalogue.for_state("CO"))


def test_utilities_are_the_electric_utilities_with_a_kept_entry(real: ImportResult) -> None:
    for state, rows in real.utilities.items():
        assert rows == sorted(rows, key=lambda r: (r["name"].lower(), r["id"]))
        named = {p["utility"] for p in real.programs if p["state"] == state and p.get("utility")}
        assert {r["id"] for r in rows} == named


def test_federal_vehicle_and_charger_entries_are_left_to_the_curated_file(real: ImportResult) -> None:
    skipped = dict(real.skipped)
    for ira in ("RA-IRA-5", "RA-IRA-14", "RA-IRA-16"):
        assert skipped[ira] == "replaced by the curated federal entry"
    assert not [p for p in real.programs if p["state"] == "US"]


def test_colorado_state_credits(by_id: dict[str, dict[str, Any]]) -> None:
    base, bonus = by_id["RA-CO-316"], by_id["RA-CO-317"]
    assert (base["level"], base["amount_kind"], base["amount"], base["msrp_cap"]) == ("state", "fixed", 750, 80000)
    assert base["acquisition"] == ["buy", "lease"] and base["payment"] == "tax_credit"
    assert "some dealers offer it as an upfront discount" in base["notes"]
    assert (bonus["amount"], bonus["msrp_cap"], bonus["acquisition"]) == (2500, 35000, ["buy", "lease"])
    assert bonus["start"] == "2024-01-01" and bonus["checked"] == "2026-08-06"
    assert bonus["provenance"] == "Rewiring America incentives data (Apache-2.0), commit 16ad9bf, id CO-317"


def test_black_hills_income_qualified_rebate(by_id: dict[str, dict[str, Any]]) -> None:
    p = by_id["RA-CO-25"]
    assert (p["level"], p["utility"], p["utility_name"], p["offered_by"]) == (
        "utility",
        "co-black-hills-energy",
        "Black Hills Energy",
        "Black Hills Energy",
    )
    # the data lists new and used EVs, the description "a new EV with an MSRP up to $50,000": new only
    assert (p["amount"], p["msrp_cap"], p["items"]) == (2500, 50000, ["new_bev"])
    assert "the description says new only" in p["notes"]
    income = p["income"]
    assert income["kind"] == "household_size" and income["limits"]["1"] == [0, 36983] and income["limits"]["4"] == [0, 71122]
    assert income["source"].startswith("https://www.blackhillsenergy.com/")
    assert "lease not mentioned" in p["notes"] and p["acquisition"] == ["buy"]


def test_income_rules_the_app_cannot_check(by_id: dict[str, dict[str, Any]]) -> None:
    sce = by_id["RA-CA-14"]["income"]
    assert sce["kind"] == "unknown" and "no income limit" in sce["text"] and sce["limits"] == {}
    central_coast = by_id["RA-CA-126"]["income"]
    assert central_coast["kind"] == "unknown" and "monthly or malformed (size 1: $2,608)" in central_coast["text"]
    assert by_id["RA-CO-318"]["income"]["text"].startswith("80% of area median income")
    assert by_id["RA-CO-567"]["area"]  # an eligible geo group: the app cannot check the address


def test_poverty_level_limits(by_id: dict[str, dict[str, Any]]) -> None:
    income = by_id["RA-NM-174"]["income"]
    assert income["kind"] == "household_size" and income["limits"]["1"] == [0, 31300] and income["limits"]["8"] == [0, 108300]
    assert "200% of the federal poverty level" in income["text"] and "2025" in income["text"]


def test_paused_and_bare_year_dates(by_id: dict[str, dict[str, Any]]) -> None:
    assert by_id["RA-MI-38"]["paused"] is True and by_id["RA-CO-316"]["paused"] is False
    assert by_id["RA-CT-29"]["start"] == "2024-01-01" and by_id["RA-CT-29"]["end"] == "2026-06-30"
    assert (by_id["RA-VA-3"]["start"], by_id["RA-VA-3"]["end"]) == ("2022-01-01", "2026-12-31")


def test_ev_and_phev_amounts_of_one_entry_are_split(by_id: dict[str, dict[str, Any]]) -> None:
    bev, phev = by_id["RA-VT-75"], by_id["RA-VT-75-PHEV"]
    assert (bev["items"], bev["amount"]) == (["new_bev"], 5000)
    assert (phev["items"], phev["amount"]) == (["new_phev"], 3000)
    ranged = by_id["RA-NM-20"]  # $800 to $3,000 without saying what decides it: the lower figure
    assert ranged["amount"] == 800 and "the app counts $800" in ranged["notes"]


def test_charger_entries_hold_for_leased_cars_and_note_shared_caps(by_id: dict[str, dict[str, Any]]) -> None:
    assert by_id["RA-AK-1"]["acquisition"] == ["buy", "lease"]
    assert "the cap is shared" in by_id["RA-MN-485"]["notes"] and by_id["RA-MN-485"]["items"] == ["charger"]


# ---- a synthetic data folder: what the importer refuses -------------------------------------------------


def _write(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")


def _entry(id_: str, description: str, **over: Any) -> dict[str, Any]:
    return {
        "id": id_,
        "payment_methods": ["rebate"],
        "items": ["new_electric_vehicle"],
        "program": "xx_prog",
        "amount": {"type": "dollar_amount", "number": 1000},
        "owner_status": ["homeowner", "renter"],
        "short_description": {"en": description},
        "url": {"en": "https://example.org/ev"},
        **over,
    }


@pytest.fixture
def synthetic(tmp_path: Path) -> ImportResult:
    data = tmp_path / "data"
    entries = [
        _entry("XX-1", "$1,000 rebate for the purchase or lease of a new EV.", start_date="2025", paused=True),
        _entry("XX-2", "$2 per kWh for a new EV.", amount={"type": "dollars_per_unit", "number": 2, "unit": "kwh"}),
        _entry("XX-3", "$1,000 rebate for a new EV.", end_date="next spring"),
        _entry("XX-4", "$1,000 rebate for a new EV priced under the state limit."),
        _entry("XX-5", "$1,000 rebate for a new EV with a price cap set each year."),
        _entry("XX-6", "$1,000 rebate for a new EV.", payment_methods=["performance_payment"]),
        _entry("XX-7", "$2,500 rebate for a new EV."),  # the data says $1,000
        _entry("XX-8", "40% of the price, up to $900, for a new EV.", amount={"type": "percent", "number": 40, "maximum": 900}),
        _entry("XX-9", "A rebate of up to $900 for a new EV.", amount={"type": "percent", "number": 40, "maximum": 900}),
        _entry("XX-10", "$1,000 for income-qualified buyers of a new EV.", low_income="no-such-rule"),
        _entry("XX-11", "$1,000 for income-qualified buyers of a new EV."),
        _entry("XX-12", "$1,000 for a new EV.", low_income="monthly"),
        _entry("XX-13", "$1,000 for a new EV.", program="xx_missing"),
        _entry("XX-14", "$1,000 for a new EV.", start_date="2025-06-01", end_date="2025-01-01"),
        _entry("XX-15", "$300 heat pump rebate.", items=["ducted_heat_pump"]),
    ]
    _write(data / "XX" / "incentives.json", entries)
    _write(
        data / "XX" / "programs.json",
        {
            "xx_prog": {
                "name": {"en": "Test EV Rebate"},
                "url": {"en": "https://example.org"},
                "authority": "xx-power",
                "authority_type": "utility",
            }
        },
    )
    _write(data / "XX" / "authorities.json", {"utility": {"xx-power": {"name": "XX Power"}, "xx-other": {"name": "Other"}}})
    _write(data / "ira_incentives.json", [])
    _write(
        data / "low_income_thresholds.json",
        {"monthly": {"type": "hhsize", "source_url": "https://example.org/income", "thresholds": {"1": 2500, "2": 3400}}},
    )
    _write(data / "federal_poverty_levels.json", {"other": {"levels_by_hhsize": [0, 15650, 21150], "per_additional": 5500}})
    return import_rewiring(tmp_path)


def test_synthetic_entries_are_kept_or_skipped_with_a_reason(synthetic: ImportResult) -> None:
    kept = {p["id"]: p for p in synthetic.programs}
    skipped = dict(synthetic.skipped)
    assert set(kept) == {"RA-XX-1", "RA-XX-8", "RA-XX-10", "RA-XX-11", "RA-XX-12"}
    assert not set(kept) & set(skipped) and "RA-XX-15" not in skipped
    assert kept["RA-XX-1"]["start"] == "2025-01-01" and kept["RA-XX-1"]["paused"] is True
    assert kept["RA-XX-1"]["acquisition"] == ["buy", "lease"]
    assert (kept["RA-XX-8"]["amount_kind"], kept["RA-XX-8"]["amount"], kept["RA-XX-8"]["amount_cap"]) == ("percent", 0.4, 900)
    assert "missing" in kept["RA-XX-10"]["income"]["text"] and kept["RA-XX-10"]["income"]["kind"] == "unknown"
    assert kept["RA-XX-11"]["income"]["kind"] == "unknown"
    assert "monthly or malformed" in kept["RA-XX-12"]["income"]["text"]
    assert synthetic.utilities == {"XX": [{"id": "xx-power", "name": "XX Power"}]}
    expected = {
        "RA-XX-2": "an amount type the app cannot use: dollars_per_unit",
        "RA-XX-3": "a date that could not be read: next spring",
        "RA-XX-4": "a price limit in the description could not be read",
        "RA-XX-5": "a price limit in the description could not be read",
        "RA-XX-6": "a payment method the app does not know",
        "RA-XX-7": "the amount in the data does not match the description",
        "RA-XX-9": "a percentage above 100% that the description does not confirm",
        "RA-XX-13": "the program or its authority is not in the data",
        "RA-XX-14": "refused by the catalogue schema",
    }
    for id_, reason in expected.items():
        assert skipped[id_].startswith(reason), (id_, skipped[id_])
