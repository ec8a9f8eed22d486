"""The China market pack's data (issue 17) checked by hand against the published figures it was built from.

Each expected number below was worked out by hand from its source (named with its date) and the pack's real-world
factor (ICCT 2023-05: range x 0.85, consumption / 0.85), in the engine's units (1 mi = 1.609344 km). The tests read
resources/markets/cn/ with the csv and json modules only: no market code is needed.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from buyer_app.core.incentives.catalogue import program_from_dict
from buyer_app.core.vehicles.schema import COLUMNS

ROOT = Path(__file__).resolve().parents[2]
PACK = ROOT / "resources" / "markets" / "cn"
SHARED = ROOT.parent / "shared" / "data"
KM_PER_MI = 1.609344
EXTRA = ["msrp_local", "price_basis", "price_date", "price_source", "cycle", "cycle_range_km", "cycle_kwh_100km"]
EXTRA += ["cycle_l_100km", "derived", "displacement_l"]


def _rows(name: str) -> list[dict[str, str]]:
    with (PACK / name).open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _vehicle(model: str) -> dict[str, str]:
    found = [r for r in _rows("vehicles.csv") if r["model"] == model]
    assert len(found) == 1, model
    return found[0]


def test_the_table_has_the_apps_columns_then_the_packs_and_every_staged_trim_once() -> None:
    with (PACK / "vehicles.csv").open(newline="", encoding="utf-8") as handle:
        header = next(csv.reader(handle))
    assert header == list(COLUMNS) + EXTRA
    rows = _rows("vehicles.csv")
    assert len(rows) == 36  # shared/data/china_market/vehicles.csv, staged 2026-11
    assert [int(r["id"]) for r in rows] == list(range(9_000_001, 9_000_037))
    assert {r["powertrain"] for r in rows} <= {"bev", "phev", "hev", "ice"}
    assert all(r["source"] == "china_market pack" and r["spec_source"] for r in rows)


def test_xiaomi_yu7_standard() -> None:
    """YU7 Standard (RWD): CNY 253,500 launch price and CLTC 835 km (Xiaomi launch 2025-06-26, deepnewz;
    shared/data/china_eu_facts/xiaomi_su7_yu7_facts.csv), 96.3 kWh, 13.3 kWh/100 km CLTC (MIIT filing as
    staged). 835 x 0.85 / 1.609344 = 441.02 mi; 13.3 x 1.609344 / 0.85 = 25.18 kWh per 100 mi at the wall."""
    yu7 = _vehicle("YU7 Standard (RWD)")
    assert (yu7["make"], yu7["powertrain"], yu7["supported"]) == ("Xiaomi", "bev", "True")
    assert float(yu7["msrp_local"]) == 253_500 and yu7["price_date"] == "2025-06-26"
    assert (yu7["cycle"], yu7["cycle_range_km"], yu7["cycle_kwh_100km"]) == ("CLTC", "835", "13.3")
    assert float(yu7["range_mi"]) == pytest.approx(441.02, abs=0.01)
    assert float(yu7["electric_range_mi"]) == float(yu7["range_mi"])
    assert float(yu7["kwh100_comb"]) == pytest.approx(25.18, abs=0.01)
    assert float(yu7["kwh100_city"]) == float(yu7["kwh100_hwy"]) == float(yu7["kwh100_comb"])
    assert float(yu7["battery_kwh"]) == 96.3 and yu7["dc_voltage_class"] == "800v" and yu7["connector"] == "GB/T"
    assert float(yu7["mpge_comb"]) == pytest.approx(33.705 * 100 / 25.18, abs=0.05)  # EPA's 33.705 kWh per gallon
    assert yu7["derived"] == "no city/highway split published: city = highway = combined"


def test_tesla_model_y_rwd_china() -> None:
    """New Model Y RWD (Shanghai): CNY 263,500 at launch 2025-01-10 (Teslarati / moomoo, 2025-01), CLTC 593 km,
    11.9 kWh/100 km CLTC and 62.5 kWh LFP (PCauto). 593 x 0.85 / 1.609344 = 313.20 mi; 11.9 x 1.609344 / 0.85 =
    22.53 kWh per 100 mi."""
    model_y = _vehicle("Model Y RWD")
    assert float(model_y["msrp_local"]) == 263_500 and model_y["price_date"] == "2025-01-10"
    assert float(model_y["range_mi"]) == pytest.approx(313.20, abs=0.01)
    assert float(model_y["kwh100_comb"]) == pytest.approx(22.53, abs=0.01)
    assert float(model_y["battery_kwh"]) == 62.5 and model_y["drive"] == "Rear-Wheel Drive"


def test_xiaomi_su7_standard_consumption_is_derived_and_says_so() -> None:
    """SU7 Standard (1st gen, launch 2024-03-28): no published consumption; 73.6 kWh and CLTC 700 km (EVKX).
    73.6 / 700 x 100 / 0.90 = 11.68 kWh/100 km at the wall; x 1.609344 / 0.85 = 22.12 kWh per 100 mi."""
    su7 = _vehicle("SU7 Standard (RWD)")
    assert su7["cycle_kwh_100km"] == ""
    assert "battery 73.6 kWh / cycle range 700 km / 0.90 charging efficiency" in su7["derived"]
    assert float(su7["kwh100_comb"]) == pytest.approx(22.12, abs=0.01)
    assert float(su7["msrp_local"]) == 215_900


def test_camry_hybrid_uses_the_epa_label_of_the_same_generation_and_keeps_the_series_price_basis() -> None:
    """GAC Toyota Camry (9th gen): series from CNY 171,800 (Autohome snapshot, 2024-03); no China fuel figure was
    found, so the 2025 Camry HEV FF LE label (EPA id 48032: 51.3 MPG combined, fueleconomy.gov 2025-10-29) is used
    as it is (an EPA label needs no real-world factor)."""
    camry = _vehicle("Camry (9th gen) series entry")
    with (ROOT / "resources" / "vehicles" / "vehicles.csv").open(newline="", encoding="utf-8") as handle:
        epa = next(r for r in csv.DictReader(handle) if r["id"] == "48032")
    assert (camry["powertrain"], camry["cycle"], camry["displacement_l"]) == ("hev", "EPA", "2.5")
    for column in ("mpg_city", "mpg_hwy", "mpg_comb", "co2_tailpipe_gpm"):
        assert camry[column] == epa[column]
    assert float(camry["cycle_l_100km"]) == pytest.approx(235.214583 / float(epa["mpg_comb"]), abs=0.01)
    assert float(camry["msrp_local"]) == 171_800 and camry["price_basis"] == "series guide-price minimum"
    assert "EPA id 48032" in camry["derived"]


def test_prices_are_the_staged_ones_and_none_is_invented() -> None:
    if not (SHARED / "china_market" / "vehicles.csv").is_file():
        pytest.skip("shared/data is not beside this checkout")
    with (SHARED / "china_market" / "vehicles.csv").open(newline="", encoding="utf-8") as handle:
        # a trim's list name leaves out bracketed notes (with ';' or ','), as tools/china_pack_vehicles.py writes it
        staged = {
            (r["model"], re.sub(r"\s*\((?=[^)]*[;,])[^)]*\)", "", f"{r['model']} {r['trim']}").strip()): r
            for r in csv.DictReader(handle)
        }
    rows = _rows("vehicles.csv")
    for row in rows:
        source = staged[(row["base_model"], row["model"].removesuffix(" (EREV)"))]
        assert row["msrp_local"] == source["guide_price_cny"]
        assert row["price_date"] == source["price_date"] and row["price_basis"] == source["price_basis"]
    assert sum(1 for r in rows if r["msrp_local"]) == 32


def test_every_costable_trim_has_its_energy_and_every_other_says_why() -> None:
    for row in _rows("vehicles.csv"):
        if row["supported"] == "True":
            if row["powertrain"] in ("bev", "phev"):
                assert float(row["kwh100_comb"]) > 0 and float(row["electric_range_mi"]) > 0
            if row["powertrain"] != "bev":
                assert float(row["mpg_comb"]) > 0
            if row["powertrain"] == "phev":
                assert 0 < float(row["uf_city"]) < 1 and 0 < float(row["uf_hwy"]) < 1
        else:
            assert "not costable" in row["derived"], row["model"]


def test_regions_cover_the_six_cities_with_a_source_and_date_on_every_row() -> None:
    rows = _rows("regions.csv")
    assert {r["region"] for r in rows} == {"CN", "CN-BJ", "CN-SH", "CN-GZ", "CN-SZ", "CN-CD", "CN-HRB"}
    assert all(r["source"] and r["as_of"] and r["value"] for r in rows)
    value = {(r["region"], r["field"]): r["value"] for r in rows}
    # each city's provincial DRC notice of the round effective 2026-09-24 24:00 (92#, 95# CNY/L), which replaces the
    # staged Beijing notice of 2025-11-24 (6.89 / 7.33); Sichuan's zone 1 holds Chengdu; Guangdong is one zone
    notices = {
        "CN-BJ": ("8.61", "9.17"),
        "CN-SH": ("8.57", "9.12"),
        "CN-GZ": ("8.63", "9.35"),
        "CN-SZ": ("8.63", "9.35"),
        "CN-CD": ("8.7", "9.3"),
        "CN-HRB": ("8.64", "9.23"),
        "CN": ("8.61", "9.17"),
    }
    for city, prices in notices.items():
        assert (value[(city, "gas_price")], value[(city, "premium_price")]) == prices, city
    assert ("CN-HRB", "diesel_price") not in value and value[("CN", "diesel_price")] == "8.36"
    # Beijing tier 1 0.4883 CNY/kWh (China Daily 2012-07-02); Harbin 0.51 / 0.56 / 0.81 at 170 / 260 kWh a month
    assert value[("CN-BJ", "electricity_tiers")] == "0-2880:0.4883;2880-4800:0.5383;4800-:0.7883"
    assert value[("CN-HRB", "electricity_tiers")] == "0-2040:0.51;2040-3120:0.56;3120-:0.81"
    # insurance at CNY 150,000: damage cover 459 + 1.09% (1,635 varies with the price) of a 5,056 list premium with
    # compulsory 950 and third-party liability 2,012
    assert value[("CN", "insurance_reference_price")] == "150000"
    assert float(value[("CN", "insurance_price_elasticity")]) == pytest.approx(1635 / 5056, abs=0.005)
    assert float(value[("CN", "insurance_value_independent_share")]) == pytest.approx(1 - 1635 / 5056, abs=0.005)
    # CnEVPost 2025-12-31: Shanghai's free BEV plates run to 2026-12-31
    assert "2026-12-31" in value[("CN-SH", "plate_rule")] and "2026年12月31日" in value[("CN-SH", "plate_rule_zh")]
    # Gasgoo 2025: Beijing's 2025 quota 100,000 with 80,000 for NEVs, plus 40,000 for car-free households
    assert all(n in value[("CN-BJ", "plate_rule")] for n in ("100,000", "80,000", "40,000"))
    for city in ("CN-BJ", "CN-SH", "CN-GZ", "CN-SZ", "CN-CD"):
        temps = [float(value[(city, f"temp_c_{m:02d}")]) for m in range(1, 13)]
        assert min(temps) == temps[0] or min(temps) == temps[1]  # coldest in January or February
    assert float(value[("CN-BJ", "temp_c_01")]) == pytest.approx((1.8 - 8.4) / 2)  # CMA 1971-2000 via Wikipedia
    assert value[("CN", "grid_co2_g_per_kwh")] == "536.6"  # MEE/NBS 2022 national factor, published 2024-12
    assert value[("CN-CD", "grid_co2_g_per_kwh")] == "140.4"  # same notice: Sichuan's hydropower grid
    assert all((city, "plate_rule_zh") in value for city in ("CN-BJ", "CN-SH", "CN-GZ", "CN-SZ", "CN-CD", "CN-HRB"))


def test_the_incentives_load_through_the_apps_catalogue_reader() -> None:
    programs = json.loads((PACK / "incentives.json").read_text(encoding="utf-8"))["programs"]
    loaded = [program_from_dict(p) for p in programs]
    assert {p.state for p in loaded} == {"CN"}
    halving = next(p for p in loaded if p.id == "CN-NEV-PURCHASE-TAX-2026-BEV")
    # MOF/SAT/MIIT 2023-06-21: NEVs bought 2026-2027 pay half the 10% tax, the reduction capped at CNY 15,000
    assert halving.amount == pytest.approx(0.05 / 1.13) and halving.amount_cap == 15_000
    assert (halving.start, halving.end) == ("2026-01-01", "2027-12-31")
    phev = next(p for p in programs if p["id"] == "CN-NEV-PURCHASE-TAX-2026-PHEV")
    assert phev["min_cycle_electric_range_km"] == 100  # from 2026, plug-ins need >= 100 km (MIIT, 2025-10-09)


def test_market_json_states_the_factor_with_its_source() -> None:
    market = json.loads((PACK / "market.json").read_text(encoding="utf-8"))
    factor = market["real_world_factor"]
    assert (market["code"], market["currency"], market["units"]) == ("cn", "CNY", "metric")
    assert factor["range"] == 0.85 and factor["energy"] == pytest.approx(1 / 0.85, abs=1e-4)
    assert "theicct.org" in factor["source"]
    assert market["purchase_tax"]["rate"] == 0.10 and market["purchase_tax"]["vat_rate"] == 0.13


def test_the_build_is_deterministic(tmp_path: Path) -> None:
    """Rebuilding from the staged files gives the shipped files byte for byte."""
    if not (SHARED / "china_market" / "vehicles.csv").is_file():
        pytest.skip("shared/data is not beside this checkout")
    copy = tmp_path / "repo"
    for part in ("tools", "buyer_app", "resources/vehicles"):
        shutil.copytree(ROOT / part, copy / part)
    result = subprocess.run(
        [sys.executable, str(copy / "tools" / "build_china_pack.py"), str(SHARED)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    for name in ("market.json", "vehicles.csv", "metadata.json", "regions.csv", "incentives.json", "SOURCES.md"):
        assert (copy / "resources" / "markets" / "cn" / name).read_bytes() == (PACK / name).read_bytes(), name
