"""Properties of the cost engine over random valid households and synthetic vehicles (hypothesis)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pytest
from field_strategies import field_strategy
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from buyer_app.core.costs.breakeven import break_even_year, cost_curve
from buyer_app.core.costs.choices import VehicleChoice
from buyer_app.core.costs.compare import compare
from buyer_app.core.costs.model import CAT, CATEGORIES, CostResult, compute_costs
from buyer_app.core.errors import InputError
from buyer_app.core.household.fields import FIELDS, Household
from buyer_app.core.vehicles.database import VehicleDatabase
from buyer_app.core.vehicles.inputs import VehicleInputs, inputs_from_frame

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NAN = float("nan")


def _field_strategy(spec: Any) -> st.SearchStrategy[Any]:
    if spec.name == "financing":
        return st.sampled_from(("cash", "loan"))  # lease needs per-vehicle terms; covered elsewhere
    return field_strategy(spec)


APRS = st.one_of(st.just(0.0), st.floats(1e-15, 1e-8), st.floats(1e-4, 0.4))
OVERRIDES: dict[str, st.SearchStrategy[Any]] = {"loan_apr": APRS}
HOUSEHOLD_VALUES = st.fixed_dictionaries({spec.name: OVERRIDES.get(spec.name, _field_strategy(spec)) for spec in FIELDS})
households = HOUSEHOLD_VALUES.map(lambda values: Household().with_values(values))


def _vehicle_row(draw: st.DrawFn) -> dict[str, Any]:
    pt = draw(st.sampled_from(("bev", "phev", "hev", "ice")))
    row: dict[str, Any] = {
        "powertrain": pt,
        "fuel_grade": None,
        "mpg_city": NAN,
        "mpg_hwy": NAN,
        "kwh100_city": NAN,
        "kwh100_hwy": NAN,
        "uf_city": NAN,
        "uf_hwy": NAN,
        "cd_gal100_city": NAN,
        "cd_gal100_hwy": NAN,
        "co2_tailpipe_gpm": 0.0,
    }
    if pt == "bev":
        row["fuel_grade"] = "electricity"
        row["kwh100_city"] = draw(st.floats(18, 55))
        row["kwh100_hwy"] = draw(st.floats(20, 60))
        row["electric_range_mi"] = draw(st.one_of(st.just(NAN), st.floats(80, 520)))
        row["kwh100_comb"] = (row["kwh100_city"] + row["kwh100_hwy"]) / 2
    else:
        row["fuel_grade"] = draw(st.sampled_from(("regular", "midgrade", "premium", "diesel" if pt == "ice" else "regular")))
        low, high = {"phev": (25, 60), "hev": (35, 60), "ice": (9, 45)}[pt]
        row["mpg_city"] = draw(st.floats(low, high))
        row["mpg_hwy"] = draw(st.floats(low, high))
        row["co2_tailpipe_gpm"] = draw(st.floats(120, 900))
    if pt == "phev":
        row["kwh100_city"] = draw(st.floats(25, 60))
        row["kwh100_hwy"] = draw(st.floats(25, 60))
        row["uf_city"] = draw(st.floats(0.2, 0.95))
        row["uf_hwy"] = draw(st.floats(0.1, 0.9))
        row["cd_gal100_city"] = draw(st.floats(0, 2))
        row["cd_gal100_hwy"] = draw(st.floats(0, 2))
        row["electric_range_mi"] = draw(st.floats(10, 90))
        row["kwh100_comb"] = (row["kwh100_city"] + row["kwh100_hwy"]) / 2
    row["price"] = draw(st.one_of(st.just(NAN), st.floats(8_000, 250_000)))
    return row


@st.composite
def vehicle_frames(draw: st.DrawFn, min_size: int = 1, max_size: int = 5) -> pd.DataFrame:
    n = draw(st.integers(min_size, max_size))
    return pd.DataFrame([_vehicle_row(draw) for _ in range(n)])


vehicles = vehicle_frames().map(inputs_from_frame)


def running(result: CostResult) -> np.ndarray:
    """Energy + maintenance per vehicle over the whole period."""
    return np.asarray(result.costs[:, :, [CAT["energy"], CAT["maintenance"]]].sum(axis=(1, 2)))


# (a) ---------------------------------------------------------------------------------------------


@SETTINGS
@given(h=households, v=vehicles, miles=st.tuples(st.floats(0, 150_000), st.floats(0, 150_000)))
def test_more_miles_never_lower_running_costs(h: Household, v: VehicleInputs, miles: tuple[float, float]) -> None:
    # More driving can move charging from a dear home rate to cheaper public or workplace charging (a slow
    # home charger keeps up with less of it): the property holds where charging away from home costs no less.
    home = (
        h.offpeak_share * h.offpeak_price + (1 - h.offpeak_share) * h.electricity_price
        if h.home_rate == "time_of_use"
        else h.electricity_price
    )
    h = h.with_values(
        {
            "public_dc_pricing": "per_kwh",
            "public_l2_price": max(h.public_l2_price, home),
            "public_dc_price": max(h.public_dc_price, home),
            "workplace_price": max(h.workplace_price, home),
            "workplace_charging": "priced" if h.workplace_charging == "free" else h.workplace_charging,
        }
    )
    fewer, more = sorted(miles)
    low = running(compute_costs(h.with_values({"annual_miles": fewer}), v))
    high = running(compute_costs(h.with_values({"annual_miles": more}), v))
    assert np.all(high >= low - 1e-9 * np.maximum(np.abs(low), 1.0)), (fewer, more, low, high)


# (b) ---------------------------------------------------------------------------------------------


@SETTINGS
@given(h=households, v=vehicles)
def test_categories_sum_to_total_and_cumulative_ends_at_total(h: Household, v: VehicleInputs) -> None:
    r = compute_costs(h, v)
    assert r.costs.shape == (len(v), h.years, len(CATEGORIES))
    by_category = sum(r.costs[:, :, CAT[c]].sum(axis=1) for c in CATEGORIES)
    np.testing.assert_allclose(by_category, r.total, rtol=1e-9, atol=1e-6)
    np.testing.assert_allclose(r.cumulative[:, -1], r.total, rtol=1e-9, atol=1e-6)
    np.testing.assert_allclose(r.yearly.sum(axis=1), r.total, rtol=1e-9, atol=1e-6)


# (c) ---------------------------------------------------------------------------------------------


@SETTINGS
@given(h=households, v=vehicles)
def test_a_vehicle_never_breaks_even_against_itself(h: Household, v: VehicleInputs) -> None:
    curves = cost_curve(compute_costs(h, v))
    assert curves.shape == (len(v), h.years + 1)
    for curve in curves:
        assert break_even_year(curve, curve) is None
        assert break_even_year(curve, curve.copy()) is None


@pytest.fixture(scope="module")
def supported_ids(db: VehicleDatabase) -> list[int]:
    frame = db.frame[db.frame["supported"]]
    # a spread over the powertrains the model supports, deterministic
    picked = frame.groupby("powertrain", group_keys=False).head(40)
    return sorted(int(i) for i in picked["id"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(h=households, data=st.data())
def test_two_identical_database_vehicles_never_cross(
    db: VehicleDatabase, supported_ids: list[int], h: Household, data: st.DataObject
) -> None:
    vid = data.draw(st.sampled_from(supported_ids), label="id")
    price = data.draw(st.floats(5_000, 300_000), label="price")
    rows = db.get([vid, vid]).assign(price=price)
    result = compute_costs(h, inputs_from_frame(rows))
    curves = cost_curve(result)
    assert break_even_year(curves[0], curves[1]) is None
    assert result.total[0] == result.total[1]


def test_compare_refuses_the_same_vehicle_twice(db: VehicleDatabase) -> None:
    with pytest.raises(InputError, match="each vehicle once"):
        compare(db, Household(), [VehicleChoice(48765), VehicleChoice(48765)])


# (d) ---------------------------------------------------------------------------------------------


@SETTINGS
@given(h=households, v=vehicles)
def test_no_nan_or_inf_for_valid_inputs(h: Household, v: VehicleInputs) -> None:
    r = compute_costs(h, v)
    for name, values in (
        ("costs", r.costs),
        ("total", r.total),
        ("cumulative", r.cumulative),
        ("yearly", r.yearly),
        ("upfront", r.upfront),
        ("gallons", r.gallons_per_year),
        ("kwh", r.kwh_per_year),
        ("co2", r.co2_kg_per_year),
        ("curve", cost_curve(r)),
    ):
        assert np.all(np.isfinite(values)), f"{name} has NaN or inf: {values}"
    per_mile = r.cost_per_mile
    if h.annual_miles * h.years < 1:  # the app gives no per-mile figure under one mile driven
        assert np.all(np.isnan(per_mile))
    else:
        assert not np.any(np.isnan(per_mile)), per_mile


# (e) ---------------------------------------------------------------------------------------------

loan_cases = st.fixed_dictionaries(
    {
        "price": st.floats(5_000, 250_000),
        "loan_apr": APRS,
        "loan_term_months": st.integers(6, 96),
        "down_payment_share": st.floats(0, 1),
        "sales_tax_rate": st.floats(0, 0.2),
        "years": st.integers(1, 20),
        "powertrain": st.sampled_from(("bev", "phev", "hev", "ice")),
    }
)


def _one_vehicle(powertrain: str, price: float) -> VehicleInputs:
    frame = pd.DataFrame(
        [
            {
                "powertrain": powertrain,
                "fuel_grade": "electricity" if powertrain == "bev" else "regular",
                "mpg_city": 40.0,
                "mpg_hwy": 45.0,
                "kwh100_city": 28.0,
                "kwh100_hwy": 31.0,
                "uf_city": 0.6,
                "uf_hwy": 0.5,
                "cd_gal100_city": 0.0,
                "cd_gal100_hwy": 0.0,
                "co2_tailpipe_gpm": 200.0,
                "price": price,
            }
        ]
    )
    return inputs_from_frame(frame)


@SETTINGS
@given(case=loan_cases)
def test_loan_pays_price_tax_and_interest(case: dict[str, Any]) -> None:
    h = Household(
        financing="loan",
        loan_apr=case["loan_apr"],
        loan_term_months=case["loan_term_months"],
        down_payment_share=case["down_payment_share"],
        sales_tax_rate=case["sales_tax_rate"],
        years=case["years"],
    )
    price = case["price"]
    r = compute_costs(h, _one_vehicle(case["powertrain"], price))
    purchase = r.costs[0, :, CAT["purchase"]].sum()
    financing = r.costs[0, :, CAT["financing"]].sum()
    charger = h.home_charger_cost if case["powertrain"] in ("bev", "phev") else 0.0
    tax = price * h.sales_tax_rate
    # the whole price is repaid by the end of the period, early payoff included
    assert purchase == pytest.approx(price + tax + charger, rel=1e-9)
    assert np.all(r.costs[0, :, CAT["financing"]] >= 0)
    principal = price * (1 - h.down_payment_share)
    n, rate = h.loan_term_months, h.loan_apr / 12
    if rate == 0:
        assert np.all(np.abs(r.costs[0, :, CAT["financing"]]) <= 1e-6)  # float noise only (about 1e-13)
    elif h.years * 12 >= n:
        payment = principal * rate / -np.expm1(-n * np.log1p(rate))  # stable annuity for tiny rates
        total_interest = payment * n - principal
        assert purchase + financing == pytest.approx(price + tax + charger + total_interest, rel=1e-9, abs=1e-6)
    else:  # paid off early: less interest than the full term, never more
        payment = principal * rate / -np.expm1(-n * np.log1p(rate))
        assert financing <= payment * n - principal + 1e-6


@pytest.mark.parametrize("apr", [1e-15, 1e-12])
def test_tiny_positive_apr_costs_almost_nothing(apr: float) -> None:
    h = Household(financing="loan", loan_apr=apr)
    r = compute_costs(h, _one_vehicle("ice", 30_000.0))
    assert np.all(np.isfinite(r.costs))
    assert r.costs[0, :, CAT["financing"]].sum() == pytest.approx(0.0, abs=0.01)  # exact: 27000 * apr * 2.54


def test_loan_example_by_hand() -> None:
    """A 60-month loan at 6% on $30,000 with 10% down, tax 5%: the textbook figures."""
    h = Household(financing="loan", loan_apr=0.06, loan_term_months=60, down_payment_share=0.10, sales_tax_rate=0.05, years=5)
    r = compute_costs(h, _one_vehicle("ice", 30_000.0))
    payment = 27_000 * 0.005 / (1 - 1.005**-60)  # $521.98 a month
    assert payment == pytest.approx(521.98, abs=0.01)
    assert r.costs[0, :, CAT["financing"]].sum() == pytest.approx(payment * 60 - 27_000, rel=1e-9)
    assert r.costs[0, 0, CAT["purchase"]] > 3_000 + 1_500  # down payment and tax in year 1, plus principal


# (f) ---------------------------------------------------------------------------------------------


@SETTINGS
@given(
    years=st.integers(1, 20),
    cross=st.floats(0.02, 0.98),
    start=st.floats(0, 100_000),
    gap=st.floats(100, 50_000),
    slope=st.floats(0, 20_000),
    a_first=st.booleans(),
)
def test_break_even_of_two_straight_lines_is_their_crossing(
    years: int, cross: float, start: float, gap: float, slope: float, a_first: bool
) -> None:
    crossing = cross * years  # strictly inside (0, years)
    t = np.arange(years + 1, dtype=float)
    dear = start + gap + slope * t  # higher upfront, cheaper to run
    cheap = start + (slope + gap / crossing) * t
    assume(np.all(np.isfinite(cheap)))
    curve_a, curve_b = (dear, cheap) if a_first else (cheap, dear)
    found = break_even_year(curve_a, curve_b)
    assert found is not None
    assert found == pytest.approx(crossing, rel=1e-9, abs=1e-6)


def test_break_even_examples() -> None:
    assert break_even_year(np.array([10.0, 10.0, 10.0]), np.array([0.0, 8.0, 16.0])) == pytest.approx(1.25)
    assert break_even_year(np.array([0.0, 8.0, 16.0]), np.array([10.0, 10.0, 10.0])) == pytest.approx(1.25)
    assert break_even_year(np.array([10.0, 11.0, 12.0]), np.array([0.0, 1.0, 2.0])) is None  # parallel
    assert break_even_year(np.array([10.0, 10.0, 10.0]), np.array([0.0, 5.0, 10.0])) is None  # touches at the end
    assert break_even_year(np.array([10.0, 10.0, 10.0]), np.array([0.0, 10.0, 10.0])) is None  # touches and stays
    assert break_even_year(np.array([10.0, 10.0, 10.0]), np.array([0.0, 10.0, 15.0])) == 1.0  # touches then crosses
