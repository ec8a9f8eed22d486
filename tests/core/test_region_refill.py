"""A China household's tiered home-electricity price follows its own size and miles (review of issue 17): with
`--annual-km` the price was the one worked out for the default 15,000 miles, and then called "your figure"."""

from __future__ import annotations

import json

import pytest

from buyer_app.cli.main import main
from buyer_app.core.household.fields import Household
from buyer_app.core.household.state_fill import market_region_values, refill_region, with_state
from buyer_app.core.markets.regions import KM_PER_MI

ARGS = ["compare", "--city", "CN-SH", "--vehicle", "9000036", "--years", "8", "--json"]


def _household(capsys: pytest.CaptureFixture[str], *extra: str) -> dict[str, object]:
    assert main([*ARGS, *extra]) == 0
    return json.loads(capsys.readouterr().out)["household"]  # type: ignore[no-any-return]


def test_annual_km_gives_the_tiered_price_of_that_distance_and_it_stays_the_citys(capsys: pytest.CaptureFixture[str]) -> None:
    for km in (15_000, 30_000):
        h = _household(capsys, "--annual-km", str(km))
        expected = market_region_values("CN-SH", Household.household_size, km / KM_PER_MI)["electricity_price"]
        assert h["electricity_price"] == pytest.approx(expected)
    assert main([*ARGS[:-1], "--annual-km", "15000"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if "Electricity price (home charging)" in x)
    assert "your figure" not in line and "Shanghai" in line


def test_a_typed_price_is_kept_when_the_miles_change() -> None:
    before = with_state(Household(), "CN-SH")
    typed = before.with_values({"electricity_price": 0.5})
    assert refill_region(typed, typed.with_values({"annual_miles": 20_000.0})).electricity_price == 0.5
    moved = refill_region(before, before.with_values({"annual_miles": 20_000.0, "household_size": 4}))
    assert moved.electricity_price == pytest.approx(market_region_values("CN-SH", 4, 20_000.0)["electricity_price"])
    us = Household()
    assert refill_region(us, us.with_values({"annual_miles": 20_000.0})).electricity_price == us.electricity_price


def test_the_chinese_heading_names_the_financing_and_the_pack_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    """Review of issue 17: `--lang zh_CN compare` read "…，cash，8 年。车辆：China (mainland) 数据包…"."""
    from buyer_app.core.files.resources import resource_path

    profile = str(resource_path("samples", "shanghai-family.json"))
    assert main(["--lang", "zh_CN", "compare", "--profile", profile]) == 0
    head = capsys.readouterr().out.splitlines()[0]
    assert "，现金，8 年" in head and "车辆：中国大陆数据包" in head and "cash" not in head
    assert main(["compare", "--profile", profile]) == 0
    assert ", cash, 8 years. Vehicles: China (mainland) pack built" in capsys.readouterr().out.splitlines()[0]
