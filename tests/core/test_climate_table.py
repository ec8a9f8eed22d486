"""The shipped state climate table: rebuilt from ../shared/data byte for byte, complete, with sources."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from buyer_app.core.errors import InputError
from buyer_app.core.files.resources import resource_path
from buyer_app.core.region.climate import MONTHS, national_monthly_f, state_climate, state_table

ROOT = Path(__file__).resolve().parents[2]


def _builder():  # tools/ is not a package
    spec = importlib.util.spec_from_file_location("build_climate_table", ROOT / "tools" / "build_climate_table.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_rebuild_matches_the_shipped_table(shared_data: Path) -> None:
    table = _builder().build(shared_data)
    shipped = resource_path("climate", "state_monthly_temperature_f.csv").read_text()
    assert table.to_csv(index=False, lineterminator="\n") == shipped


def test_all_states_and_dc_with_twelve_months_and_a_source() -> None:
    table = state_table()
    assert len(table) == 51 and "DC" in table.index
    temps = table[[f"{m}_f" for m in MONTHS]].astype(float).to_numpy()
    assert np.isfinite(temps).all() and (temps > -30).all() and (temps < 100).all()
    assert table["source_url"].str.startswith("https://www.ncei.noaa.gov").all()
    assert "Maryland" in table.loc["DC", "note"]


def test_minnesota_january_and_the_national_mean() -> None:
    mn = state_climate("mn")
    assert mn.state == "MN" and mn.monthly_f[0] == pytest.approx(10.1) and mn.monthly_f[6] == pytest.approx(69.0)
    national = national_monthly_f()
    assert national.argmin() == 0 and national.argmax() == 6  # January coldest, July warmest
    with pytest.raises(InputError, match="climate.state"):
        state_climate("XX")
