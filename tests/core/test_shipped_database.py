"""The shipped database is what the app's own importers make of the shared real data, and looks right."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from buyer_app.core.vehicles import db_import
from buyer_app.core.vehicles.database import VehicleDatabase, load_database, shipped_database_dir
from buyer_app.core.vehicles.db_import import build_database, load_spec_table
from buyer_app.core.vehicles.importers.epa_file import EpaFile
from buyer_app.core.vehicles.importers.ev_specs import build_spec_table
from buyer_app.core.vehicles.schema import COLUMNS, Powertrain


def test_rebuilding_from_the_epa_file_gives_the_shipped_vehicles_and_metadata(
    tmp_path: Path, epa_zip: Path, epa_file: EpaFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    # build_database reads `epa_zip` itself; hand it the session's parse of that same zip (read_epa_file
    # is deterministic) so that the 2 s parse happens once per session
    real_reader = db_import.read_epa_file
    monkeypatch.setattr(db_import, "read_epa_file", lambda path: epa_file if Path(path) == epa_zip else real_reader(path))
    build_database(epa_zip, tmp_path, load_spec_table(), stamp=False)
    shipped = shipped_database_dir()
    rebuilt_csv, shipped_csv = (tmp_path / "vehicles.csv").read_bytes(), (shipped / "vehicles.csv").read_bytes()
    if rebuilt_csv != shipped_csv:
        a, b = rebuilt_csv.splitlines(), shipped_csv.splitlines()
        first = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
        pytest.fail(
            f"vehicles.csv differs from resources/vehicles/vehicles.csv at line {first + 1} "
            f"({len(a)} vs {len(b)} lines): rebuild with tools/build_shipped_database.py"
        )
    assert json.loads((tmp_path / "metadata.json").read_text(encoding="utf-8")) == json.loads(
        (shipped / "metadata.json").read_text(encoding="utf-8")
    )
    assert (tmp_path / "metadata.json").read_bytes() == (shipped / "metadata.json").read_bytes()


def test_rebuilding_the_spec_table_gives_the_shipped_ev_specs(shared_data: Path) -> None:
    table = build_spec_table(
        shared_data / "open_ev_data" / "open_ev_data_flat.csv", shared_data / "chargeprice_open_ev_data" / "ev-data.json"
    )
    rebuilt = table.to_csv(index=False, lineterminator="\n").encode("utf-8")
    assert rebuilt == (shipped_database_dir() / "ev_specs.csv").read_bytes()


def test_shipped_metadata_names_the_source(epa_file: EpaFile) -> None:
    meta = json.loads((shipped_database_dir() / "metadata.json").read_text(encoding="utf-8"))
    assert meta["source_sha256"] == epa_file.sha256
    assert meta["source_date"] == epa_file.entry_date
    assert meta["source_file"] == "vehicles.csv.zip" and meta["min_year"] == 2015


# --- what the shipped database holds (no shared data needed) ---------------------------------------


def test_loaded_under_the_data_dir_override_is_the_shipped_one(db: VehicleDatabase) -> None:
    assert db.origin == "shipped"
    assert db.fallback_reason == ""
    assert db.folder == shipped_database_dir()
    assert load_database(with_prices=False).origin == "shipped"  # this test's own empty data folder


def test_about_fifteen_thousand_vehicles_of_every_powertrain(db: VehicleDatabase) -> None:
    frame = db.frame
    assert 14_000 <= len(frame) <= 16_500
    assert len(frame) == db.metadata["vehicles"]
    assert set(frame["powertrain"]) == {p.value for p in Powertrain}
    counts = frame["powertrain"].value_counts()
    assert counts.to_dict() == db.metadata["by_powertrain"]
    assert counts["bev"] > 1_000 and counts["hev"] > 1_000 and counts["phev"] > 300 and counts["ice"] > 10_000
    assert int(frame["year"].min()) == 2015


def test_ids_are_unique(db: VehicleDatabase) -> None:
    assert db.frame["id"].is_unique


def test_only_fuel_cells_and_natural_gas_are_unsupported(db: VehicleDatabase) -> None:
    frame = db.frame
    unsupported = set(frame.loc[~frame["supported"], "powertrain"])
    assert unsupported == {"fcev", "cng"}
    assert not frame.loc[frame["powertrain"] == "fcev", "supported"].any()
    assert frame.loc[~frame["powertrain"].isin(["fcev", "cng"]), "supported"].all()


def test_columns_and_figures_the_cost_model_needs(db: VehicleDatabase) -> None:
    frame = db.frame
    assert list(frame.columns[: len(COLUMNS)]) == list(COLUMNS)
    gasoline = frame[frame["powertrain"].isin(["ice", "hev", "phev", "diesel", "flex"])]
    assert (gasoline["mpg_city"] > 0).all() and (gasoline["mpg_hwy"] > 0).all()
    plugs = frame[frame["powertrain"].isin(["bev", "phev"])]
    assert (plugs["kwh100_city"] > 0).all() and (plugs["kwh100_hwy"] > 0).all()
    phev = frame[frame["powertrain"] == "phev"]
    assert phev["uf_city"].between(0, 1).all() and phev["uf_hwy"].between(0, 1).all()
    assert set(frame.loc[frame["powertrain"] == "bev", "fuel_grade"]) == {"electricity"}


def test_known_vehicles_are_there(db: VehicleDatabase) -> None:
    rows = db.get([48032, 48765])
    assert rows["model"].tolist() == ["Camry HEV FF LE", "Model 3 Long Range RWD"]
    assert rows["powertrain"].tolist() == ["hev", "bev"]
