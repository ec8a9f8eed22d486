"""Markets as data (issue 17): the China pack read through the market code, its households, taxes and incentives.

Independent figures, each with its source and date:
- Purchase tax: 10% of the price before 13% VAT (Vehicle Purchase Tax Law of the PRC, 2019; VAT 13% since
  2019-04-01, Avalara VATlive); NEVs bought 2026-01-01..2027-12-31 pay half, the reduction capped at CNY 15,000
  (MOF/SAT/MIIT announcement of 2023-06-21, reported by People's Daily English 2023-06-21). So a CNY 339,000 car
  (CNY 300,000 before VAT) pays CNY 30,000 less the full CNY 15,000 reduction.
- Beijing residential tiers 0.4883 / 0.5383 / 0.7883 CNY/kWh at 2,880 and 4,800 kWh a year (China Daily,
  2012-07-02, tier system still in force).
"""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from buyer_app.core.costs.choices import VehicleChoice
from buyer_app.core.costs.compare import PriceKind, compare
from buyer_app.core.errors import InputError
from buyer_app.core.household.choices import Currency
from buyer_app.core.household.fields import STATE_CHOICES, Household
from buyer_app.core.household.state_fill import household_climate, with_state
from buyer_app.core.markets.databases import market_database
from buyer_app.core.markets.market import installed_market_codes, load_market, market_of_region
from buyer_app.core.markets.regions import KM_PER_MI, L_PER_GAL, market_region_codes, region_of, tiered_price
from buyer_app.core.profiles.schema import Profile, profile_from_dict, profile_to_dict

CITIES = ("CN-BJ", "CN-SH", "CN-GZ", "CN-SZ", "CN-CD", "CN-HRB")


@pytest.fixture(scope="module")
def cn_db():  # type: ignore[no-untyped-def]
    return market_database("cn")


def find(db, make: str, words: str) -> int:  # type: ignore[no-untyped-def]
    frame = db.frame
    rows = frame[(frame["make"].str.startswith(make)) & frame["model"].str.contains(words, regex=False)]
    assert len(rows) >= 1, (make, words)
    return int(rows.iloc[0]["id"])


def test_the_china_market_is_installed_with_its_cities() -> None:
    assert installed_market_codes()[:1] == ("us",) and "cn" in installed_market_codes()
    cn = load_market("cn")
    assert (cn.currency, cn.units, cn.test_cycle) == ("CNY", "metric", "CLTC")
    assert cn.range_factor is not None and 0.8 <= cn.range_factor.value <= 0.9  # ICCT: about 15% below
    codes = market_region_codes(cn)
    assert codes[0] == "CN" and set(CITIES) <= set(codes)
    assert set(CITIES) <= set(STATE_CHOICES)
    assert market_of_region("CN-SH") is cn and market_of_region("CO").is_us and market_of_region("US").is_us


def test_an_unknown_market_is_refused_with_the_markets_there_are() -> None:
    with pytest.raises(InputError) as caught:
        load_market("xx")
    assert "one of us, cn" in str(caught.value)


def test_tiers_price_what_charging_adds_to_the_bill() -> None:
    beijing = "0-2880:0.4883;2880-4800:0.5383;4800-:0.7883"
    expected = (960 * 0.4883 + 1920 * 0.5383 + 1170 * 0.7883) / 4050
    assert math.isclose(tiered_price(beijing, 1920, 4050), expected)
    assert math.isclose(tiered_price(beijing, 0, 1000), 0.4883)
    assert math.isclose(tiered_price(beijing, 6000, 1000), 0.7883)
    # Shanghai's staged table stops at 4,800 kWh: the kWh above it take the last tier's price, never nothing
    shanghai = "0-3120:0.617;3120-4800:0.677"
    assert math.isclose(tiered_price(shanghai, 4000, 2000), (800 * 0.677 + 1200 * 0.677) / 2000)


def test_every_city_fills_a_whole_household_in_yuan_and_its_climate() -> None:
    for city in CITIES:
        h = with_state(Household(), city)
        assert h.currency == "CNY" and h.resale_basis == "your_rates"
        region = region_of(load_market("cn"), city)
        gas = region.number("gas_price")
        assert gas is not None and math.isclose(h.gas_price, gas * L_PER_GAL)  # per litre in, per gallon inside
        assert 5 <= h.gas_price / L_PER_GAL <= 10  # 92# costs 6-8 yuan a litre in 2025-2026
        assert 0.2 <= h.electricity_price <= 1.5 and 0.5 <= h.public_dc_price <= 3.0
        assert math.isclose(h.sales_tax_rate, 0.10 / 1.13)
        climate = household_climate(h)
        assert climate is not None and len(climate.monthly_f) == 12 and climate.state == city
    harbin, guangzhou = (household_climate(with_state(Household(), c)) for c in ("CN-HRB", "CN-GZ"))
    assert harbin is not None and guangzhou is not None
    assert (min(harbin.monthly_f) - 32) * 5 / 9 < -15 < 10 < (min(guangzhou.monthly_f) - 32) * 5 / 9


def test_amounts_typed_in_yuan_are_bounded_in_yuan() -> None:
    h = with_state(Household(), "CN-SH")
    assert h.with_values({"insurance_reference": 6000.0}).insurance_reference == 6000.0  # above the USD bound x 1
    with pytest.raises(InputError) as caught:
        h.with_values({"gas_price": 10_000.0})
    assert "CNY/gal" in str(caught.value)


def test_the_nev_purchase_tax_halving_is_capped_at_15000(cn_db) -> None:  # type: ignore[no-untyped-def]
    h = replace(with_state(Household(), "CN-SH"), purchase_date="2026-06-01", years=5)
    ice = find(cn_db, "Volkswagen", "Lavida XR")
    bev = find(cn_db, "Tesla", "Model Y L")
    c = compare(cn_db, h, [VehicleChoice(bev, price=339_000.0), VehicleChoice(ice, price=100_000.0)])
    model_y_l, lavida = c.vehicles
    assert math.isclose(model_y_l.yearly_costs["purchase"][0], 339_000 + 30_000, rel_tol=1e-9)
    assert math.isclose(model_y_l.yearly_costs["incentives"][0], -15_000, rel_tol=1e-9)
    assert math.isclose(lavida.yearly_costs["purchase"][0], 100_000 * (1 + 0.1 / 1.13), rel_tol=1e-9)
    assert lavida.yearly_costs["incentives"][0] == 0
    # bought in 2025 the same car was exempt up to CNY 30,000: the whole tax
    c2025 = compare(cn_db, replace(h, purchase_date="2025-06-01"), [VehicleChoice(bev, price=339_000.0)])
    assert math.isclose(c2025.vehicles[0].yearly_costs["incentives"][0], -30_000, rel_tol=1e-9)


def test_a_plug_in_hybrid_under_100_km_of_cltc_range_gets_no_reduction_from_2026(cn_db) -> None:  # type: ignore[no-untyped-def]
    h = replace(with_state(Household(), "CN-SH"), purchase_date="2026-06-01")
    frame = cn_db.frame
    phevs = frame[(frame["powertrain"] == "phev") & frame["cycle_range_km"].notna()]
    short = phevs[phevs["cycle_range_km"] < 100]
    long = phevs[phevs["cycle_range_km"] >= 100]
    assert len(short) and len(long)
    c = compare(
        cn_db,
        h,
        [VehicleChoice(int(short.iloc[0]["id"]), price=100_000.0), VehicleChoice(int(long.iloc[0]["id"]), price=100_000.0)],
    )
    assert c.vehicles[0].yearly_costs["incentives"][0] == 0
    assert c.vehicles[1].yearly_costs["incentives"][0] < 0


def test_nevs_pay_no_vessel_tax_and_prices_are_guide_prices(cn_db) -> None:  # type: ignore[no-untyped-def]
    h = with_state(Household(), "CN-BJ")
    bev = find(cn_db, "Xiaomi", "YU7 Standard")
    ice = find(cn_db, "Volkswagen", "Lavida XR")
    c = compare(cn_db, h, [VehicleChoice(bev), VehicleChoice(ice)])
    yu7, lavida = c.vehicles
    assert yu7.price_basis.kind is PriceKind.GUIDE and yu7.price == 253_500
    assert all(f == 0 for f in yu7.yearly_costs["fees"][1:])
    assert all(math.isclose(f, h.registration_annual) for f in lavida.yearly_costs["fees"][1:])
    assert lavida.yearly_costs["fees"][1] > 0
    # the YU7's CLTC 835 km, 15% below in the real world (ICCT), as the label the engine reads
    assert yu7.range_mi is not None and math.isclose(yu7.range_mi * KM_PER_MI, 835 * 0.85, rel_tol=0.01)


def test_a_china_profile_names_its_market_and_currency_and_reads_back() -> None:
    profile = Profile("Shanghai", with_state(Household(), "CN-SH"), market="cn", currency=Currency.CNY)
    data = profile_to_dict(profile)
    assert (data["schema_version"], data["market"], data["currency"]) == (8, "cn", "CNY")
    back = profile_from_dict(data)
    assert back.household == profile.household and back.market == "cn"
    with pytest.raises(InputError) as caught:
        profile_from_dict({**data, "currency": "USD"})
    assert "currency: 'USD'" in str(caught.value) and "CNY" in str(caught.value)
    with pytest.raises(InputError) as caught:
        profile_from_dict({**data, "market": "us"})
    assert "household.state" in str(caught.value)


def test_no_us_default_is_read_as_yuan() -> None:
    """Every amount of a China household comes from the pack (or a figure derived from it, said so), never from the
    app's US defaults read as yuan: the pack has no hybrid upkeep and no diesel price."""
    from buyer_app.core.household.fields import FIELDS
    from buyer_app.core.household.state_fill import field_origin

    h = with_state(Household(), "CN-BJ")
    for spec in FIELDS:
        if spec.money and getattr(h, spec.name) != 0:
            assert field_origin(h, spec.name).origin == "state", spec.name
    assert h.maintenance_hev == h.maintenance_ice
    # Beijing's 0# diesel of the 2026-09-24 notice; Harbin's notice gave none: the national row's (Beijing's)
    assert h.diesel_price == pytest.approx(8.36 * L_PER_GAL)
    assert with_state(Household(), "CN-HRB").diesel_price == pytest.approx(8.36 * L_PER_GAL)


def test_china_insurance_scales_with_the_cars_price_and_value_the_chinese_way() -> None:
    """The pack's own split of a premium (damage cover 459 + 1.09% of the price; compulsory 950 and third-party 2,012
    fixed) gives elasticity 0.32 and a value-independent share 0.68 at CNY 150,000; the US keeps its 0.3 / 0.3."""
    import numpy as np

    from buyer_app.core.markets.insurance import region_insurance_factors
    from buyer_app.core.ownership.insurance import insurance_factors, premiums

    f = region_insurance_factors(load_market("cn"), "CN-SH")
    assert (f.reference_price, f.price_elasticity, f.value_independent_share) == (150_000.0, 0.32, 0.68)
    assert "toolkk" in f.sources["price_elasticity:"][0] and "toolkk" in f.sources["value_independent_share:"][0]
    us = insurance_factors()
    assert (us.reference_price, us.price_elasticity, us.value_independent_share) == (28295.0, 0.3, 0.3)
    # a CNY 150,000 car worth half its price in year 2, and a CNY 300,000 car that keeps its value
    value = np.array([[150_000.0, 75_000.0, 75_000.0], [300_000.0, 300_000.0, 300_000.0]])
    got = premiums(1979.0, np.array(["ice", "ice"]), np.array(["car", "car"]), value, 2, f)
    assert got[0, 0] == pytest.approx(1979.0)
    assert got[0, 1] == pytest.approx(1979.0 * (0.68 + 0.32 * 0.5))
    assert got[1, 0] == pytest.approx(got[1, 1]) == pytest.approx(1979.0 * 2**0.32)
