"""Where the household lives (state defaults, their sources, the climate) and CO2 by where it comes out."""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import pandas as pd
import pytest

from buyer_app.cli.main import main
from buyer_app.core.costs.choices import VehicleChoice
from buyer_app.core.costs.compare import compare
from buyer_app.core.energy.co2 import GASOLINE_TAILPIPE_KG_PER_GAL, GASOLINE_UPSTREAM_KG_PER_GAL, grid_kg_per_kwh
from buyer_app.core.household.fields import FIELD_BY_NAME, Household
from buyer_app.core.household.state_fill import field_origin, household_climate, with_state
from buyer_app.core.region.state_figures import REGIONAL_FIELDS, regional_values
from buyer_app.core.vehicles.database import VehicleDatabase

MODEL_3, CAMRY, RAV4_PHEV = 48765, 48032, 49160


def test_picking_a_state_fills_its_figures_and_says_where_they_come_from() -> None:
    co = with_state(Household(), "CO")
    assert (co.state, co.electricity_price, co.sales_tax_rate, co.bev_surcharge) == ("CO", 0.143, 0.029, 50.0)
    origin = field_origin(co, "electricity_price")
    assert origin.origin == "state" and "Colorado" in origin.source and "EIA" in origin.source and origin.as_of
    mine = co.with_values({"electricity_price": 0.11})
    assert field_origin(mine, "electricity_price").origin == "yours"
    assert field_origin(Household(), "gas_price").origin == "default"
    back = with_state(co, "US")
    assert all(getattr(back, f) == FIELD_BY_NAME[f].default for f in REGIONAL_FIELDS)


def test_a_figure_the_state_table_lacks_takes_the_national_default_and_says_so() -> None:
    ca = with_state(Household(), "CA")
    wy = with_state(ca, "WY")  # Wyoming's EIA row is cut off in the staged copy
    assert "electricity_price" not in regional_values("WY")
    assert wy.electricity_price == FIELD_BY_NAME["electricity_price"].default != ca.electricity_price
    origin = field_origin(wy, "electricity_price")
    assert origin.origin == "default" and "Wyoming has no figure" in origin.source


def test_the_climate_follows_the_state(db: VehicleDatabase) -> None:
    assert household_climate(Household()) is None
    mn = with_state(Household(), "MN")
    climate = household_climate(mn)
    assert climate is not None and climate.state == "MN"
    c = compare(db, mn, [VehicleChoice(MODEL_3)])
    assert c.climate == climate


def test_gasoline_car_co2_reproduces_epa_grams_per_mile(db: VehicleDatabase, shared_data: Any) -> None:
    epa = pd.read_csv(shared_data / "epa_fueleconomy" / "vehicles.csv.zip", low_memory=False).set_index("id")
    h = Household(annual_miles=12_000, years=3)
    c = compare(db, h, [VehicleChoice(CAMRY), VehicleChoice(48910)])  # Camry hybrid, RAV4 gasoline
    for v in c.vehicles:
        assert v.co2 is not None
        want = float(epa.loc[v.id, "co2TailpipeGpm"]) * 12_000 / 1000
        assert v.co2.tailpipe == pytest.approx([want] * 3, rel=1e-3)
        assert v.co2.electricity == [0.0] * 3
        gallons = v.gallons_per_year
        assert v.co2.upstream[0] == pytest.approx(gallons * GASOLINE_UPSTREAM_KG_PER_GAL, rel=1e-3)


def test_ev_co2_is_kwh_times_the_grid_rate_with_losses(db: VehicleDatabase) -> None:
    h = with_state(Household(annual_miles=12_000), "MN")
    (v,) = compare(db, h, [VehicleChoice(MODEL_3)]).vehicles
    assert v.co2 is not None and v.co2.tailpipe[0] == 0 and v.co2.upstream[0] == 0
    rate = 920.022 * 0.45359237 / 1000 / (1 - 0.042)  # MROW lb/MWh to kg/kWh, 4.2% lost on the way
    assert grid_kg_per_kwh(h.grid_co2_lb_per_mwh, h.grid_loss) == pytest.approx(rate)
    assert v.co2.electricity[0] == pytest.approx(v.kwh_per_year * rate, abs=0.06)


def test_plug_in_hybrid_co2_has_all_three_parts(db: VehicleDatabase) -> None:
    c = compare(db, Household(), [VehicleChoice(RAV4_PHEV, price=43_000)])
    (v,) = c.vehicles
    assert v.co2 is not None and min(v.co2.tailpipe[0], v.co2.electricity[0], v.co2.upstream[0]) > 0
    assert v.co2.tailpipe[0] == pytest.approx(v.gallons_per_year * GASOLINE_TAILPIPE_KG_PER_GAL, abs=0.06)
    assert v.co2_kg_per_year == pytest.approx(v.co2.lifetime_kg / Household().years, abs=0.5)


def test_co2_split_is_never_negative_or_nan(db: VehicleDatabase) -> None:
    ids = [MODEL_3, CAMRY, RAV4_PHEV, 48910]
    for state in ("CA", "TX", "NY", "CO", "MN", "US"):
        c = compare(db, with_state(Household(), state), [VehicleChoice(i, price=40_000) for i in ids])
        for v in c.vehicles:
            assert v.co2 is not None
            parts = np.array([v.co2.tailpipe, v.co2.electricity, v.co2.upstream])
            assert np.isfinite(parts).all() and (parts >= 0).all()


def _compare_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, Any]:
    code = main(["compare", "--vehicle", str(MODEL_3), "--vehicle", str(CAMRY), *argv, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)  # type: ignore[no-any-return]


def test_state_flag_fills_figures_and_other_flags_still_win(capsys: pytest.CaptureFixture[str]) -> None:
    d = _compare_json(capsys, "--state", "tx", "--electricity-price", "0.10", "--purchase-date", "2026-12-01")
    h = d["household"]
    assert (h["state"], h["gas_price"], h["electricity_price"], h["bev_surcharge"]) == ("TX", 2.763, 0.10, 200.0)
    figures = d["region"]["figures"]
    assert figures["gas_price"]["origin"] == "state" and "Texas" in figures["gas_price"]["source"]
    assert figures["electricity_price"]["origin"] == "yours"
    assert d["region"]["purchase_date"] == "2026-12-01"
    model3 = d["vehicles"][0]
    assert model3["incentives"] and all(
        {"applied", "amount", "reason", "source", "checked"} <= set(i) for i in model3["incentives"]
    )
    assert {"tailpipe", "electricity", "upstream", "lifetime_kg"} <= set(model3["co2"])


@pytest.mark.parametrize(
    "argv, field",
    [
        (["--state", "ZZ"], "--state"),
        (["--purchase-date", "2026-02-30"], "--purchase-date"),
        (["--income", "-5"], "--income"),
        (["--used", "12345"], "--used"),
        (["--incentive", "48765=abc"], "--incentive"),
    ],
)
def test_bad_regional_flags_are_refused_with_the_field(capsys: pytest.CaptureFixture[str], argv: list[str], field: str) -> None:
    code = main(["compare", "--vehicle", str(MODEL_3), "--vehicle", str(CAMRY), *argv])
    out, err = capsys.readouterr()
    assert code == 2 and field in err and "Traceback" not in err, err


def test_own_incentive_and_used_purchase(capsys: pytest.CaptureFixture[str]) -> None:
    d = _compare_json(
        capsys,
        "--incentive",
        "48765=1000:dealer cash",
        "--used",
        "48032",
        "--price",
        "48032=21000",
        "--state",
        "CO",
        "--purchase-date",
        "2026-12-01",
    )
    model3, camry = d["vehicles"]
    own = [i for i in model3["incentives"] if i["level"] == "custom"]
    assert own == [{**own[0], "name": "dealer cash", "amount": 1000.0, "applied": True}]
    assert model3["years"][0]["costs"]["incentives"] == -(1000 + 750)  # yours + Colorado's $750 state credit
    assert camry["used"] is True


def test_charger_programs_together_never_pay_more_than_the_charger(db: VehicleDatabase) -> None:
    # New Mexico with Xcel: three charger programs ($1,000 + $400 + $1,500) for a $1,500 charger
    h = with_state(Household(income=50_000, household_size=3), "NM").with_values(
        {"utility": "nm-xcel-energy", "purchase_date": "2026-12-01"}
    )
    (v,) = compare(db, h, [VehicleChoice(MODEL_3)]).vehicles
    charger = [d for d in v.incentives if d.item == "home charger" and d.applied]
    assert len(charger) >= 2 and sum(d.amount for d in charger) == h.home_charger_cost == 1500


def test_south_carolina_vehicle_tax_stops_at_500(db: VehicleDatabase) -> None:
    h = with_state(Household(), "SC")
    (v,) = compare(db, h, [VehicleChoice(MODEL_3, price=42_490)]).vehicles
    assert v.yearly_costs["purchase"][0] == 42_490 + 500 + h.home_charger_cost


def test_tailpipe_co2_follows_the_gallons_when_the_city_share_changes(db: VehicleDatabase) -> None:
    per_gallon = []
    for share in (0.0, 0.55, 1.0):
        (v,) = compare(db, Household(city_share=share), [VehicleChoice(CAMRY)]).vehicles
        assert v.co2 is not None
        per_gallon.append(v.co2.tailpipe[0] / v.gallons_per_year)
    assert max(per_gallon) - min(per_gallon) < 1e-3  # kg per gallon (the outcome rounds to 0.1 kg)


def test_own_incentive_is_taken_off_at_signing(db: VehicleDatabase) -> None:
    from buyer_app.core.costs.choices import Incentive

    plain = compare(db, Household(), [VehicleChoice(MODEL_3, price=42_490), VehicleChoice(CAMRY, price=30_000)])
    offer = compare(
        db,
        Household(),
        [VehicleChoice(MODEL_3, price=42_490, incentives=(Incentive("dealer cash", 5000),)), VehicleChoice(CAMRY, price=30_000)],
    )
    assert offer.result.upfront[0] == pytest.approx(plain.result.upfront[0] - 5000)


def test_a_used_vehicle_without_a_quote_has_no_price(db: VehicleDatabase) -> None:
    (v,) = compare(db, Household(), [VehicleChoice(MODEL_3, used=True)]).vehicles
    assert v.price is None and v.price_basis.kind == "unknown"


def test_a_profile_naming_a_state_takes_its_figures_unless_it_gives_its_own() -> None:
    from buyer_app.core.profiles.schema import profile_from_dict

    profile = profile_from_dict({"schema_version": 3, "household": {"state": "MN", "electricity_price": 0.11}})
    h = profile.household
    assert (h.electricity_price, h.gas_price, h.bev_surcharge) == (0.11, 2.986, 150.0)


def test_utility_must_belong_to_the_state_on_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["compare", "--vehicle", str(MODEL_3), "--state", "TX", "--utility", "co-xcel-energy"])
    _, err = capsys.readouterr()
    assert code == 2 and "--utility" in err and "tx-austin-energy" in err
    code = main(["compare", "--vehicle", str(MODEL_3), "--state", "CO", "--set", "state=TX"])
    _, err = capsys.readouterr()
    assert code == 2 and "--set state" in err


def test_text_lists_every_applied_incentive(capsys: pytest.CaptureFixture[str]) -> None:
    # a 2026 Nissan LEAF in Colorado gets the $750 credit and the $2,500 bonus: both lines are printed
    assert main(["compare", "--vehicle", "49975", "--state", "CO", "--purchase-date", "2026-12-01"]) == 0
    out = capsys.readouterr().out
    assert "$3,250 applied" in out and "$750, paid" in out and "$2,500, paid" in out
