"""Fresh data without a new release: a curated price table, Rewiring America's incentive data and the state figures,
each imported into the user's data folder all or nothing; a refused file names line, field, value and what is
allowed, and leaves the active data as it was; `reset` returns to the shipped data; staleness is judged on a day
given."""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from buyer_app.core.data_sets.summary import DataSet, is_stale, market_data_sets, reset_kind, stale_sets, us_data_sets
from buyer_app.core.errors import ImportRefused, InputError
from buyer_app.core.files import datasets
from buyer_app.core.files.resources import resource_path
from buyer_app.core.incentives import catalogue
from buyer_app.core.incentives.importers.refresh import import_incentives
from buyer_app.core.region import state_figures
from buyer_app.core.region.state_import import import_state_figures
from buyer_app.core.vehicles.database import load_database
from buyer_app.core.vehicles.price_import import import_price_table
from buyer_app.core.vehicles.prices import load_price_table
from buyer_app.core.vehicles.user_prices import Catalogue, catalogue_from_frame

FRESH = Path(__file__).resolve().parents[1] / "data" / "fresh"
TODAY = date(2026, 12, 6)


def _clear() -> None:
    catalogue.clear_caches()
    state_figures._table.cache_clear()


@pytest.fixture(autouse=True)
def data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "data"
    monkeypatch.setenv("BUYER_APP_DATA_DIR", str(folder))
    _clear()
    yield folder
    _clear()


@pytest.fixture(scope="module")
def vehicles() -> Catalogue:
    return catalogue_from_frame(load_database(with_prices=False).frame)


def _set(key: str) -> DataSet:
    return next(s for s in us_data_sets() if s.key == key)


def _problems(exc: pytest.ExceptionInfo[InputError]) -> list[str]:
    return [p.describe() for p in exc.value.problems]


# ------------------------------------------------------------------------------------------------ prices


def test_a_price_table_becomes_the_active_curated_table(vehicles: Catalogue) -> None:
    result = import_price_table(FRESH / "prices_good.csv", vehicles, TODAY)
    assert (result.rows, result.priced, result.unmatched, result.as_of) == (5, 4, 1, "2026-11-25")
    assert len(load_price_table()) == 5
    frame = load_database().frame.set_index("id")
    assert frame.loc[48032, "msrp_usd"] == 27900  # the LE trim's row (its regex) beats the nameplate base price
    assert frame.loc[48034, "msrp_usd"] == 27500  # the base price for the variants no trim names
    model3 = frame[(frame["make"] == "Tesla") & (frame["base_model"] == "Model 3") & (frame["year"] == 2026)]
    assert set(model3["msrp_usd"]) == {35500}  # of two prices for a trim, the lower one
    shown = _set("prices")
    assert (shown.origin, shown.as_of, shown.rows) == ("imported", "2026-11-25", 4)
    assert shown.imported_at and shown.source == "your curated price table prices_good.csv"


def test_the_research_facts_form_takes_the_powertrain_from_the_vehicle_table(vehicles: Catalogue) -> None:
    import_price_table(FRESH / "prices_facts_form.csv", vehicles, TODAY)
    table = load_price_table()
    assert list(table["powertrain"]) == ["hev", "bev"] and list(table["model"]) == ["Camry", "Ioniq 5"]


def test_the_shipped_table_imports_as_itself(vehicles: Catalogue) -> None:
    before = int(load_database().frame["msrp_usd"].notna().sum())
    import_price_table(resource_path("prices", "us_msrp.csv"), vehicles, TODAY)
    assert int(load_database().frame["msrp_usd"].notna().sum()) == before


def test_a_bad_price_table_names_each_line_and_changes_nothing(vehicles: Catalogue) -> None:
    import_price_table(FRESH / "prices_good.csv", vehicles, TODAY)
    active = datasets.active_set("prices")
    with pytest.raises(InputError) as refused:
        import_price_table(FRESH / "prices_bad.csv", vehicles, TODAY)
    said = _problems(refused)
    assert str(FRESH / "prices_bad.csv") == refused.value.context
    assert said[0].startswith("line 2, year: '20x5' is not allowed (a model year from 1984 to 2028)")
    assert any(s.startswith("line 3, msrp_usd: '-5'") for s in said)
    assert any(s.startswith("line 4, powertrain: ''") and "hev, ice" in s for s in said)
    assert any(s.startswith("line 5, epa_model_regex: '(unclosed'") for s in said)
    assert any(s.startswith("line 6, includes_destination: 'maybe'") for s in said)
    assert any(s.startswith("line 6, as_of: '2031-01-01'") and "none after 2026-12-06" in s for s in said)
    assert any(s.startswith("line 6, source: ''") for s in said)
    assert datasets.active_set("prices") == active and len(load_price_table()) == 5


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("", "file: '' is not allowed"),
        ("year,make,model\n2025,Toyota,Camry\n", "line 1, header"),
        ("year,make,model,msrp_usd,as_of,source,colour\n", "line 1, header: 'colour'"),
        ('year,make,model,msrp_usd,as_of,source\n2025,Toyota,"Camry,1,2\n', "line 2"),
        ("year,make,model,msrp_usd,as_of,source\n2025,Toyota,Camry,27000,2026-01\n", "line 2, row"),
        ("year,make,model,msrp_usd,as_of,source\n2025,Toyota,Camry,,2026-01,x\n", "at least one row with an msrp_usd"),
    ],
)
def test_malformed_price_files_are_refused_with_the_reason(vehicles: Catalogue, tmp_path: Path, text: str, said: str) -> None:
    path = tmp_path / "p.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as refused:
        import_price_table(path, vehicles, TODAY)
    assert said in "; ".join(_problems(refused))
    assert datasets.active_set("prices") is None and _set("prices").origin == "shipped"


def test_a_price_file_that_is_not_text_is_refused(vehicles: Catalogue, tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_bytes(b"year,make\xff\n")
    with pytest.raises(ImportRefused, match="not UTF-8"):
        import_price_table(path, vehicles, TODAY)
    with pytest.raises(ImportRefused, match="no such file"):
        import_price_table(tmp_path / "missing.csv", vehicles, TODAY)


def test_a_pointer_that_cannot_be_written_leaves_the_active_table(vehicles: Catalogue, monkeypatch: pytest.MonkeyPatch) -> None:
    import_price_table(FRESH / "prices_good.csv", vehicles, TODAY)
    active = datasets.active_set("prices")

    def full_disk(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(datasets, "atomic_write_text", full_disk)
    with pytest.raises(ImportRefused, match="active data is unchanged"):
        import_price_table(FRESH / "prices_facts_form.csv", vehicles, TODAY)
    assert datasets.active_set("prices") == active
    assert not list(datasets.data_set_dir("prices").glob("import-*"))


def test_reset_returns_to_the_shipped_table(vehicles: Catalogue) -> None:
    import_price_table(FRESH / "prices_good.csv", vehicles, TODAY)
    assert reset_kind("prices") is True
    assert _set("prices").origin == "shipped" and len(load_price_table()) > 800
    assert reset_kind("prices") is False


def test_a_damaged_import_gives_way_to_the_shipped_table(vehicles: Catalogue) -> None:
    import_price_table(FRESH / "prices_good.csv", vehicles, TODAY)
    datasets.pointer_path("prices").write_text("{not json", encoding="utf-8")
    shown = _set("prices")
    assert shown.origin == "shipped" and "could not be read" in shown.problem
    assert len(load_price_table()) > 800


# ------------------------------------------------------------------------------------------------ state figures


def _state_file(tmp_path: Path, edit: str = "2026-11-30") -> Path:
    lines = resource_path("regional", "state_defaults.csv").read_text(encoding="utf-8").splitlines()
    out = []
    for line in lines:
        if line.startswith("CO,gas_price_latest_week,"):
            line = f'CO,gas_price_latest_week,2.999,USD/gal,"EIA weekly retail gasoline, Rocky Mountain (test)",{edit},'
        out.append(line)
    path = tmp_path / "states.csv"
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return path


def test_a_state_figures_table_becomes_active(tmp_path: Path) -> None:
    result = import_state_figures(_state_file(tmp_path))
    assert (result.rows, result.as_of) == (884, "2026-11-30")
    state_figures._table.cache_clear()
    assert state_figures.state_defaults("CO")["gas_price_latest_week"].value == 2.999
    shown = _set("state-figures")
    assert (shown.origin, shown.as_of) == ("imported", "2026-11-30")


def test_a_bad_state_figures_file_names_its_lines_and_changes_nothing(tmp_path: Path) -> None:
    import_state_figures(_state_file(tmp_path))
    active = datasets.active_set("state-figures")
    with pytest.raises(InputError) as refused:
        import_state_figures(FRESH / "state_figures_bad.csv")
    said = _problems(refused)
    assert said == [
        "line 3, CO.premium_price: 'three' is not allowed (a number from 1 to 10)",
        "line 4, state/field: 'XX/gas_price' is not allowed (a known state code (or US) and field: "
        + ", ".join(state_figures.ALL_FIELDS)
        + ")",
        "line 5, CO.electricity_price: '4.5' is not allowed (a number from 0.03 to 1)",
        "line 6, source: '' is not allowed (where the figure comes from and its date)",
    ]
    assert datasets.active_set("state-figures") == active


def test_an_incomplete_state_figures_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "few.csv"
    path.write_text("\n".join(_state_file(tmp_path).read_text().splitlines()[:-3]) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as refused:
        import_state_figures(path)
    assert "a row for every state (and US) and field" in _problems(refused)[0]
    assert datasets.active_set("state-figures") is None


# ------------------------------------------------------------------------------------------------ incentives


def test_rewiring_america_data_becomes_the_active_catalogue() -> None:
    result = import_incentives(FRESH / "rewiring", TODAY, "2026-11-30", "test copy")
    assert (result.programs, result.states, result.as_of) == (8, 1, "2026-11-30")
    catalogue.clear_caches()
    ids = {p.id for p in catalogue.programs_for("CO")}
    assert "RA-CO-25" in ids and not any(i.startswith("RA-") and not i.startswith("RA-CO-") for i in ids)
    assert {p.checked for p in catalogue.programs_for("CO") if p.id.startswith("RA-")} == {"2026-11-30"}
    assert catalogue.programs_for("CA") and not any(p.id.startswith("RA-") for p in catalogue.programs_for("CA"))
    shown = _set("incentives")
    assert (shown.origin, shown.as_of, shown.rows) == ("imported", "2026-11-30", 8)


def test_a_zip_of_the_data_takes_its_date_from_the_archive(tmp_path: Path) -> None:
    archive = tmp_path / "api.zip"
    with zipfile.ZipFile(archive, "w") as out:
        for path in sorted((FRESH / "rewiring").rglob("*.json")):
            info = zipfile.ZipInfo("api-16ad9bf/" + path.relative_to(FRESH / "rewiring").as_posix(), (2026, 11, 2, 10, 0, 0))
            out.writestr(info, path.read_bytes())
    assert import_incentives(archive, TODAY).as_of == "2026-11-02"


def test_a_folder_needs_the_data_date() -> None:
    with pytest.raises(InputError) as refused:
        import_incentives(FRESH / "rewiring", TODAY)
    assert _problems(refused)[0].startswith("--as-of: '' is not allowed (the data's date")
    with pytest.raises(InputError):
        import_incentives(FRESH / "rewiring", TODAY, "2027-01-01")
    assert datasets.active_set("incentives") is None


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "ra"
    shutil.copytree(FRESH / "rewiring", target)
    return target / "data"


def test_malformed_incentive_data_names_file_line_and_entry(tmp_path: Path) -> None:
    import_incentives(FRESH / "rewiring", TODAY, "2026-11-30")
    active = datasets.active_set("incentives")
    data = _copy(tmp_path)
    text = (data / "CO" / "incentives.json").read_text(encoding="utf-8")
    (data / "CO" / "incentives.json").write_text(text.replace('"items"', '"items" ', 1).replace("],", "]", 1), encoding="utf-8")
    with pytest.raises(InputError) as refused:
        import_incentives(data.parent, TODAY, "2026-12-01")
    assert _problems(refused)[0].startswith("CO/incentives.json, line ")
    entries = json.loads(text)
    entries[1]["items"] = "charger"
    entries[2] = ["not", "an", "object"]
    (data / "CO" / "incentives.json").write_text(json.dumps(entries), encoding="utf-8")
    (data / "federal_poverty_levels.json").unlink()
    with pytest.raises(InputError) as refused:
        import_incentives(data.parent, TODAY, "2026-12-01")
    assert _problems(refused) == [
        f"federal_poverty_levels.json: 'missing' is not allowed (the file of Rewiring America's data folder ({data}))",
        "CO/incentives.json, entry 2 (id CO-24), items: 'charger' is not allowed (a list of items)",
        "CO/incentives.json, entry 3: 'list' is not allowed (an incentive object)",
    ]
    assert datasets.active_set("incentives") == active


def test_something_that_is_not_the_data_is_refused(tmp_path: Path) -> None:
    (tmp_path / "x.zip").write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(ImportRefused):
        import_incentives(tmp_path / "x.zip", TODAY, "2026-11-30")
    with pytest.raises(ImportRefused, match="neither"):
        import_incentives(tmp_path / "nothing-here", TODAY, "2026-11-30")
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError) as refused:
        import_incentives(empty, TODAY, "2026-11-30")
    assert any("STATE/incentives.json" in p for p in _problems(refused))


# ------------------------------------------------------------------------------------------------ dates


def test_stale_means_more_than_twelve_months_before_the_day_given() -> None:
    assert is_stale("2025-10-29", date(2026, 12, 6))
    assert not is_stale("2025-10-29", date(2026, 10, 29)) and is_stale("2025-10-29", date(2026, 10, 30))
    assert not is_stale("2026-01", date(2026, 12, 6)) and is_stale("2025-11", date(2026, 11, 2))
    assert not is_stale("undated", date(2026, 12, 6))
    assert is_stale("2024-02-29", date(2025, 3, 1)) and not is_stale("2024-02-29", date(2025, 2, 28))


def test_the_shipped_vehicle_data_is_stale_on_the_day_of_this_issue() -> None:
    sets = us_data_sets()
    assert [(s.key, s.as_of) for s in sets] == [
        ("vehicles", "2025-10-29"),
        ("prices", "2026-07-29"),
        ("incentives", "2026-08-06"),
        ("state-figures", "2026-04-27"),
    ]
    assert all(s.origin == "shipped" and len(s.sha256) == 64 and s.rows > 0 for s in sets)
    assert [(s.key, months) for s, months in stale_sets(sets, TODAY)] == [("vehicles", 13)]
    assert stale_sets(sets, date(2026, 10, 1)) == []


def test_damaged_imports_give_way_to_the_shipped_data_and_say_so(tmp_path: Path) -> None:
    import_incentives(FRESH / "rewiring", TODAY, "2026-11-30")
    import_state_figures(_state_file(tmp_path))
    for kind, name in (("incentives", "catalogue.json"), ("state-figures", "state_defaults.csv")):
        found = datasets.active_set(kind)
        assert found is not None
        (found[0] / name).write_text("cut short", encoding="utf-8")
    _clear()
    assert len(catalogue.programs_for("CO")) > 8 and state_figures.state_defaults("CO")["gas_price_latest_week"].value != 2.999
    for key in ("incentives", "state-figures"):
        shown = _set(key)
        assert shown.origin == "shipped" and "cannot be read" in shown.problem, shown


def test_a_folder_holding_a_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    data = _copy(tmp_path)
    (data / "geo_groups.json").unlink(missing_ok=True)
    os.mkfifo(data / "geo_groups.json")
    with pytest.raises(ImportRefused, match="not a regular JSON file"):
        import_incentives(data.parent, TODAY, "2026-11-30")


def test_the_china_packs_dates_are_the_newest_of_its_own_files() -> None:
    folder = resource_path("markets", "cn")
    with (folder / "vehicles.csv").open(encoding="utf-8") as handle:
        prices = max(r["price_date"] for r in csv.DictReader(handle) if r["price_date"])
    with (folder / "regions.csv").open(encoding="utf-8") as handle:
        regions = max(m for r in csv.DictReader(handle) for m in re.findall(r"\d{4}-\d{2}(?:-\d{2})?", r["as_of"]))
    checked = max(p["checked"] for p in json.loads((folder / "incentives.json").read_text(encoding="utf-8"))["programs"])
    built = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))["built"]
    sets = market_data_sets("cn")
    assert [(s.key, s.as_of, s.built, s.origin, s.refresh) for s in sets] == [
        ("cn-vehicles", prices, built, "shipped", ""),
        ("cn-regions", regions, built, "shipped", ""),
        ("cn-incentives", checked, built, "shipped", ""),
    ]
