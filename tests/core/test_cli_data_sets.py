"""`buyer-app db import --kind …`, `db reset --kind …` and `db info` (text and --json) through the command line's own
entry point: what a user types and reads."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from buyer_app.cli.main import main
from buyer_app.core.incentives import catalogue
from buyer_app.core.region import state_figures

FRESH = Path(__file__).resolve().parents[1] / "data" / "fresh"


@pytest.fixture(autouse=True)
def data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "data"
    monkeypatch.setenv("BUYER_APP_DATA_DIR", str(folder))
    monkeypatch.setenv("BUYER_APP_TODAY", "2026-12-06")
    catalogue.clear_caches()
    state_figures._table.cache_clear()
    yield folder
    catalogue.clear_caches()
    state_figures._table.cache_clear()


def _info(capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    assert main(["db", "info", "--json"]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def _sets(info: dict[str, object]) -> dict[str, dict[str, object]]:
    return {s["key"]: s for s in info["data_sets"]}  # type: ignore[attr-defined, index]


def test_db_info_lists_every_data_set_and_the_stale_one(capsys: pytest.CaptureFixture[str]) -> None:
    info = _info(capsys)
    sets = _sets(info)
    assert list(sets) == ["vehicles", "prices", "incentives", "state-figures", "cn-vehicles", "cn-regions", "cn-incentives"]
    assert set(sets["prices"]) == {
        "key",
        "market",
        "origin",
        "source",
        "as_of",
        "imported_at",
        "rows",
        "sha256",
        "file",
        "problem",
        "stale",
        "refresh",
    }
    assert sets["vehicles"]["as_of"] == "2025-10-29" and sets["vehicles"]["stale"] is True
    assert all(s["origin"] == "shipped" and s["imported_at"] is None for s in sets.values())
    assert sets["cn-vehicles"]["market"] == "cn" and sets["cn-vehicles"]["refresh"] is None
    assert info["stale"] == [
        {
            "key": "vehicles",
            "as_of": "2025-10-29",
            "age_months": 13,
            "message": "Vehicle data: 13 months old (2025-10-29); refresh it with `buyer-app db import vehicles.csv.zip`.",
        }
    ]
    assert info["stale_judged_on"] == "2026-12-06" and info["origin"] == "shipped"  # the keys it always had stay
    assert main(["db", "info"]) == 0
    out = capsys.readouterr().out
    assert "  Vehicle data: EPA fueleconomy.gov, 2025-10-29\n" in out
    assert (
        f"  China vehicles and prices: the app's China (mainland) market pack, built 2026-12-06, {sets['cn-vehicles']['as_of']}\n"
        in out
    )
    assert "Warning: Vehicle data: 13 months old (2025-10-29); refresh it with `buyer-app db import vehicles.csv.zip`." in out


def test_no_warning_on_a_day_the_data_is_fresh(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BUYER_APP_TODAY", "2026-09-01")
    assert _info(capsys)["stale"] == []
    assert main(["db", "info"]) == 0
    assert "No data set is more than 12 months old (on 2026-09-01)." in capsys.readouterr().out


def test_import_and_reset_each_kind(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["db", "import", "--kind", "prices", str(FRESH / "prices_good.csv")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Imported 5 price rows (4 with a price, newest as of 2026-11-25)")
    assert main(["db", "import", "--kind", "incentives", str(FRESH / "rewiring"), "--as-of", "2026-11-30"]) == 0
    assert "Imported 8 vehicle and charger incentives of 1 states (data of 2026-11-30)" in capsys.readouterr().out
    states = tmp_path / "states.csv"
    states.write_text(
        (Path(state_figures.__file__).parents[3] / "resources" / "regional" / "state_defaults.csv").read_text(encoding="utf-8")
    )
    assert main(["db", "import", "--kind", "state-figures", str(states)]) == 0
    capsys.readouterr()
    sets = _sets(_info(capsys))
    for key in ("prices", "incentives", "state-figures"):
        assert sets[key]["origin"] == "imported" and str(sets[key]["imported_at"]).startswith("20")
    assert sets["prices"]["sha256"] == hashlib.sha256((FRESH / "prices_good.csv").read_bytes()).hexdigest()
    assert (sets["prices"]["as_of"], sets["incentives"]["as_of"]) == ("2026-11-25", "2026-11-30")
    assert main(["db", "info"]) == 0
    text = capsys.readouterr().out
    assert "  Base prices: your import (your curated price table prices_good.csv), 2026-11-25 (imported 20" in text
    for key in ("prices", "incentives", "state-figures"):
        assert main(["db", "reset", "--kind", key]) == 0
        assert f"The shipped {key} data is active again" in capsys.readouterr().out
    assert all(s["origin"] == "shipped" for s in _sets(_info(capsys)).values())
    assert main(["db", "reset", "--kind", "prices"]) == 0
    assert "was already active; nothing changed" in capsys.readouterr().out


def test_a_refused_import_says_file_line_field_value_and_allowed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["db", "import", "--kind", "prices", str(FRESH / "prices_bad.csv")]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"buyer-app: {FRESH / 'prices_bad.csv'}: not imported, the active prices data is unchanged\n")
    assert "  - line 2, year: '20x5' is not allowed (a model year from 1984 to 2028)\n" in err
    assert main(["db", "import", "--kind", "state-figures", str(FRESH / "state_figures_bad.csv")]) == 2
    err = capsys.readouterr().err
    assert "  - line 3, CO.premium_price: 'three' is not allowed (a number from 1 to 10)\n" in err
    assert main(["db", "import", "--kind", "incentives", str(FRESH / "rewiring")]) == 2
    assert "--as-of: '' is not allowed" in capsys.readouterr().err
    assert main(["db", "import", "--kind", "prices", str(FRESH / "prices_good.csv"), "--as-of", "2026-11-30"]) == 2
    assert "--as-of: '2026-11-30' is not allowed (only with --kind incentives" in capsys.readouterr().err
    assert main(["db", "import", "--kind", "prices", str(FRESH / "missing.csv")]) == 2
    assert "import refused" in capsys.readouterr().err
    assert all(s["origin"] == "shipped" for s in _sets(_info(capsys)).values())


def test_db_import_without_a_kind_still_takes_an_epa_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "vehicles.csv"
    bad.write_text("not,an,epa,file\n1,2,3,4\n", encoding="utf-8")
    assert main(["db", "import", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "the active database is unchanged" in err and "vehicles.csv" in err
