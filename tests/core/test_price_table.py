"""The curated US MSRP table: rebuilt from its sources byte for byte, every row sourced and dated, every regex
selecting EPA variants (or saying why none), and the prices issue 14 names."""

from __future__ import annotations

import csv
import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pandas as pd
import pytest

from buyer_app.core.files.resources import resource_path
from buyer_app.core.vehicles.database import VehicleDatabase, read_vehicle_table, shipped_database_dir
from buyer_app.core.vehicles.prices import attach_prices, load_price_table

ROOT = Path(__file__).resolve().parents[2]
TABLE = ("prices", "us_msrp.csv")
COLUMNS = [
    "year",
    "make",
    "model",
    "trim",
    "powertrain",
    "epa_model_regex",
    "msrp_usd",
    "includes_destination",
    "as_of",
    "source",
    "note",
]
NO_VARIANT = "no EPA MY"  # how a row says EPA lists no variant it can be attached to


def _builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_price_table", ROOT / "tools" / "build_price_table.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


def _rows() -> list[dict[str, str]]:
    with resource_path(*TABLE).open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def variants() -> dict[tuple[int, str, str, str], list[str]]:
    frame, _ = read_vehicle_table(shipped_database_dir())
    out: dict[tuple[int, str, str, str], list[str]] = {}
    for (year, make, base, pt), models in frame.groupby(["year", "make", "base_model", "powertrain"])["model"]:
        out.setdefault((int(year), str(make), str(base), "ice" if pt == "flex" else str(pt)), []).extend(models)
    return out


def test_rebuild_matches_the_shipped_table(shared_data: Path) -> None:
    builder = _builder()
    rows, _ = builder.build(shared_data)
    assert builder.to_csv(rows) == resource_path(*TABLE).read_text(encoding="utf-8"), "rebuild with tools/build_price_table.py"


def test_columns_and_every_priced_row_sourced_and_dated() -> None:
    rows = _rows()
    assert list(rows[0]) == COLUMNS
    priced = [r for r in rows if r["msrp_usd"]]
    assert len(priced) > 600
    for r in priced:
        assert 1_000 <= int(r["msrp_usd"]) <= 500_000, r
        assert r["source"].strip() and r["as_of"].strip(), r
        assert r["includes_destination"] in ("yes", "no", "not stated"), r
        assert r["powertrain"] in ("bev", "phev", "hev", "ice", "diesel"), r


def test_every_regex_selects_an_epa_variant_or_says_why(variants: dict[tuple[int, str, str, str], list[str]]) -> None:
    """The style of check of the state table's rebuild: each `epa_model_regex` selects at least one EPA model of its
    make, base model, model year and powertrain; a row EPA has nothing for says so in its note."""
    silent = []
    for r in _rows():
        if not r["msrp_usd"]:
            continue
        models = variants.get((int(r["year"]), r["make"], r["model"], r["powertrain"]), [])
        if not models:
            assert not r["epa_model_regex"] or NO_VARIANT in r["note"], r
            continue
        if r["epa_model_regex"] and not any(re.search(r["epa_model_regex"], m, re.I) for m in models):
            if NO_VARIANT not in r["note"]:
                silent.append((r["year"], r["make"], r["model"], r["trim"], r["epa_model_regex"]))
    assert not silent, f"regexes selecting no EPA variant, unexplained: {silent}"


def test_no_row_repeats_another() -> None:
    keys = [
        (
            r["year"],
            r["make"],
            r["model"],
            r["powertrain"],
            r["trim"],
            r["epa_model_regex"],
            r["msrp_usd"],
            r["includes_destination"],
        )
        for r in _rows()
    ]
    assert len(keys) == len(set(keys))


def test_the_cars_issue_14_names_have_prices(db: VehicleDatabase) -> None:
    f = db.frame

    def priced(year: int, make: str, base: str, pt: str, model: str = "") -> pd.DataFrame:
        rows = f[(f["year"] == year) & (f["make"] == make) & (f["base_model"] == base) & (f["powertrain"] == pt)]
        return rows[rows["model"].str.contains(model, regex=False)] if model else rows

    camry_2026 = priced(2026, "Toyota", "Camry", "hev")
    assert len(camry_2026) == 5 and camry_2026["msrp_usd"].notna().all()  # every trim, FWD and AWD
    assert camry_2026.set_index("model").loc["Camry HEV FF LE", "msrp_usd"] == 29_600  # Toyota, 2026-07-29
    assert priced(2025, "Toyota", "Camry", "hev", "FF")["msrp_usd"].notna().all()
    assert priced(2025, "Toyota", "Corolla", "hev")["msrp_usd"].notna().all()
    assert priced(2026, "Toyota", "Corolla", "hev")["msrp_usd"].notna().all()
    assert priced(2025, "Toyota", "Prius", "phev")["msrp_usd"].notna().all()  # the Prius Prime
    model_y = priced(2026, "Tesla", "Model Y", "bev", "Standard")
    assert len(model_y) and (model_y["msrp_usd"] == 39_990).all()  # the Oct 2025 Standard trim
    assert priced(2026, "Honda", "CR-V", "hev")["msrp_usd"].notna().all()


def test_the_ioniq_5_never_keeps_a_price_from_before_the_october_2025_cut(db: VehicleDatabase) -> None:
    ioniq = db.frame[(db.frame["base_model"] == "Ioniq 5") & (db.frame["year"] == 2026)]
    assert ioniq.set_index("model").loc["Ioniq 5 Standard range", "msrp_usd"] == 35_000
    with_price = ioniq[ioniq["msrp_usd"].notna()]
    assert (with_price["msrp_year"] == 2026).all(), "a MY2025 price (before the cut) priced a MY2026 Ioniq 5"


# --- attach_prices: the model year's own prices first ------------------------------------------------------


def _vehicles() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "id": [1, 2, 3, 4],
            "year": [2025, 2026, 2026, 2026],
            "make": ["X"] * 4,
            "base_model": ["Car"] * 4,
            "model": ["Car FWD", "Car FWD", "Car AWD", "Car FWD"],
            "powertrain": ["ice", "ice", "ice", "hev"],
        }
    )


def _table(rows: list[tuple[int, str, str, int]]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "year": y,
                "make": "X",
                "model": "Car",
                "trim": t,
                "powertrain": pt,
                "epa_model_regex": rx,
                "msrp_usd": p,
                "includes_destination": "no",
                "as_of": f"{y}-01-01",
                "source": "test",
                "note": "",
            }
            for y, t, pt, rx, p in [(y, t, "ice", rx, p) for y, t, rx, p in rows]
        ]
    )


def test_last_years_price_applies_only_when_the_year_has_none() -> None:
    out = attach_prices(_vehicles(), _table([(2025, "base", "", 30_000)]))
    assert list(out["msrp_usd"][:3]) == [30_000, 30_000, 30_000]  # 2026 has no price: 2025's stands in
    out = attach_prices(_vehicles(), _table([(2025, "base", "", 30_000), (2026, "FWD", "FWD", 28_000)]))
    assert out["msrp_usd"][0] == 30_000 and out["msrp_usd"][1] == 28_000
    assert pd.isna(out["msrp_usd"][2]), "2026 has prices (a cut, perhaps): 2025's must not price its AWD"
    assert pd.isna(out["msrp_usd"][3])  # no hybrid price at all


def test_a_user_price_beats_the_curated_one() -> None:
    user = _table([(2026, "my quote", "FWD", 31_000)])
    out = attach_prices(_vehicles(), _table([(2026, "FWD", "FWD", 28_000)]), user)
    assert out["msrp_usd"][1] == 31_000
    assert out["msrp_source"][1].startswith("your price, 2026-01-01")
    assert pd.isna(out["msrp_usd"][2])


def test_load_price_table_reads_the_shipped_table() -> None:
    table = load_price_table()
    assert set(COLUMNS) <= set(table.columns) and table["msrp_usd"].notna().sum() > 600
