"""Units and currency (profile schema 6): the formatters of buyer_app.text.units against published conversion
factors, the migration of older profiles, and the command line: `--units metric` changes the words, never the
JSON or the totals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from buyer_app.cli.main import main
from buyer_app.core.errors import InputError
from buyer_app.core.files.resources import resource_path
from buyer_app.core.household.choices import Currency, UnitSystem
from buyer_app.core.profiles.schema import SCHEMA_VERSION, load_profile, profile_from_dict, profile_to_dict
from buyer_app.text.units import (
    KM_PER_MI,
    L_PER_GAL,
    METRIC_DISPLAY,
    US_DISPLAY,
    display_of,
    distance,
    electricity_use,
    fuel_economy,
    fuel_price,
    fuel_volume,
    per_distance_money,
    temperature,
)

TEXAS = resource_path("samples", "texas-high-mileage.json")


def test_conversion_factors_are_the_exact_legal_ones() -> None:
    # NIST Special Publication 811 (2008), appendix B.9: 1 mile (international) = 1.609344 km exactly;
    # 1 gallon (US liquid) = 3.785411784 L exactly
    assert KM_PER_MI == 1.609344 and L_PER_GAL == 3.785411784


@pytest.mark.parametrize(
    ("mpg", "l_per_100km"),
    # Natural Resources Canada's rule (fuel consumption ratings, 2024): L/100 km = 235.21 / US MPG
    [(30, "7.8"), (50, "4.7"), (20, "11.8"), (57, "4.1")],
)
def test_fuel_economy_in_litres_per_100_km(mpg: float, l_per_100km: str) -> None:
    assert fuel_economy(mpg, METRIC_DISPLAY) == f"{l_per_100km} L/100 km"
    assert fuel_economy(mpg, US_DISPLAY) == f"{mpg} MPG"


def test_electric_economy_uses_epa_kwh_per_gallon_equivalent() -> None:
    # EPA: 33.705 kWh = 1 gallon of gasoline (fueleconomy.gov, "MPGe"); 132 MPGe = 25.5 kWh/100 mi = 15.9 kWh/100 km
    assert fuel_economy(132, METRIC_DISPLAY, electric=True) == "15.9 kWh/100 km"
    assert fuel_economy(132, US_DISPLAY, electric=True) == "132 MPGe"
    assert electricity_use(25.5, METRIC_DISPLAY) == "15.8 kWh/100 km"
    assert electricity_use(25.5, US_DISPLAY) == "26 kWh/100 mi"


def test_distances_volumes_prices_temperatures() -> None:
    assert distance(363, US_DISPLAY) == "363 mi" and distance(363, METRIC_DISPLAY) == "584 km"
    assert distance(12_000, METRIC_DISPLAY) == "19,312 km" and distance(12_000, METRIC_DISPLAY, grouping=False) == "19312 km"
    assert fuel_volume(100, METRIC_DISPLAY) == "379 L" and fuel_volume(100, US_DISPLAY) == "100 gal"
    assert fuel_price(3.785411784, METRIC_DISPLAY) == "$1.00/L" and fuel_price(3.02, US_DISPLAY) == "$3.02/gal"
    assert per_distance_money(0.5, US_DISPLAY) == "$0.50" and per_distance_money(1.609344, METRIC_DISPLAY) == "$1.00"
    assert per_distance_money(None, METRIC_DISPLAY) == "—"
    assert temperature(32, METRIC_DISPLAY) == "0 C" and temperature(-40, METRIC_DISPLAY) == "-40 C"
    assert temperature(31, METRIC_DISPLAY) == "-1 C" and temperature(50, US_DISPLAY) == "50 F"


def test_a_version_5_profile_migrates_to_us_units_and_dollars() -> None:
    data = json.loads(TEXAS.read_text())
    data["schema_version"] = 5
    data.pop("units", None)
    data.pop("currency", None)
    profile = profile_from_dict(data)
    assert (profile.units, profile.currency) == (UnitSystem.US, Currency.USD)
    assert profile_to_dict(profile)["schema_version"] == SCHEMA_VERSION == 8


@pytest.mark.parametrize(
    ("field", "value", "allowed"),
    [("units", "imperial", '"us"'), ("units", 3, '"metric"'), ("currency", "CNY", "USD"), ("currency", None, "USD")],
)
def test_bad_units_or_currency_are_named(field: str, value: object, allowed: str) -> None:
    data = json.loads(TEXAS.read_text()) | {"schema_version": 6, field: value}
    with pytest.raises(InputError) as caught:
        profile_from_dict(data)
    [problem] = [p for p in caught.value.problems if p.field == field]
    assert problem.value == value and allowed in problem.allowed


def test_metric_survives_a_save_and_reopen(tmp_path: Path) -> None:
    data = json.loads(TEXAS.read_text()) | {"schema_version": 6, "units": "metric"}
    path = tmp_path / "metric.json"
    path.write_text(json.dumps(data))
    profile = load_profile(path)
    assert profile.units == UnitSystem.METRIC
    assert display_of(profile) == METRIC_DISPLAY
    assert display_of(profile, "us") == US_DISPLAY  # the command line's --units wins
    assert profile_to_dict(profile)["units"] == "metric"


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main(args) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("verb", ["compare", "rank"])
def test_metric_changes_the_words_not_the_json(verb: str, capsys: pytest.CaptureFixture[str]) -> None:
    args = [verb, "--profile", str(TEXAS)] + (["--top", "5"] if verb == "rank" else [])
    us_json = _run([*args, "--json"], capsys)
    metric_json = _run([*args, "--json", "--units", "metric"], capsys)
    assert metric_json == us_json
    us_text, metric_text = _run(args, capsys), _run([*args, "--units", "metric"], capsys)
    assert "per mile" in us_text and "per km" in metric_text and "per mile" not in metric_text
    if verb == "compare":
        assert " mi/yr" in us_text and " km/yr" in metric_text and "/L," in metric_text
        # the totals are the same figures whatever the units
        totals = [f"${round(v['total_cost']):,}" for v in json.loads(us_json)["vehicles"]]
        assert all(t in metric_text for t in totals)


def test_save_profile_keeps_the_units_asked_for(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "saved.json"
    _run(["compare", "--profile", str(TEXAS), "--units", "metric", "--save-profile", str(target)], capsys)
    assert json.loads(target.read_text())["units"] == "metric"


def test_an_older_profile_keeps_and_checks_what_it_says(tmp_path: Path) -> None:
    """A version-4 file that already names a currency or units is checked, not silently reset to US and USD."""
    data = json.loads(TEXAS.read_text()) | {"schema_version": 4, "currency": "CNY"}
    with pytest.raises(InputError) as caught:
        profile_from_dict(data)
    assert [p.field for p in caught.value.problems] == ["currency"]
    metric = profile_from_dict(json.loads(TEXAS.read_text()) | {"schema_version": 4, "units": "metric"})
    assert metric.units == UnitSystem.METRIC
