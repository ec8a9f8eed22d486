"""The uncertainty engine (issue 6): zero spreads reproduce the deterministic result, totals agree with the
yearly curves, percentiles converge to analytic values, common random numbers narrow a difference, thresholds
fed back through the full cost model, bad settings refused, no impossible draw, probabilities, tornado,
cancel and progress, and the chance of being cheapest among the top of a whole-database rank.

Every random test uses a fixed seed; every tolerance is stated where it is used.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from buyer_app.core.costs.breakeven import break_even_year, cost_curve
from buyer_app.core.costs.choices import LeaseTerms, VehicleChoice
from buyer_app.core.costs.compare import Comparison, compare
from buyer_app.core.costs.model import CAT
from buyer_app.core.costs.rank import RankFilters, rank
from buyer_app.core.driving.patterns import AnnualPattern, Pattern, SimplePattern, Trip, WeeklyPattern
from buyer_app.core.errors import InputError
from buyer_app.core.household.fields import Household
from buyer_app.core.household.state_fill import with_state
from buyer_app.core.uncertainty.draws import (
    DEFAULT_DRAWS,
    DEFAULT_SEED,
    SPREADS,
    UncertaintySettings,
    draw_factors,
    settings_from_dict,
    simulate_curves,
    simulate_totals,
)
from buyer_app.core.uncertainty.rank import rank_chances
from buyer_app.core.uncertainty.run import CHUNK, Cancelled, ConfidenceKind, run_uncertainty
from buyer_app.core.uncertainty.thresholds import thresholds
from buyer_app.core.vehicles.database import VehicleDatabase
from buyer_app.text.thresholds import threshold_sentence
from buyer_app.text.uncertainty import tornado_name, uncertainty_sentence

MODEL_3, CAMRY, RAV4_PHEV, RAV4_HYBRID, EQUINOX = 48765, 48032, 49160, 48937, 48061
CIVIC_PREMIUM = 48178  # 2025 Honda Civic 4Dr on premium fuel, priced
CAMRY_AWD = 48034  # 2025 Camry HEV AWD LE: no curated price (the 2025 prices found are FWD only)
# what "gasoline" and "electricity" move in a threshold (spelled out here, not imported: the test checks the core)
FUEL_PRICES = ("gas_price", "midgrade_price", "premium_price", "diesel_price")
ELECTRICITY_PRICES = (
    "electricity_price",
    "offpeak_price",
    "workplace_price",
    "public_l2_price",
    "public_dc_price",
    "public_dc_per_minute",
)
Z90 = 1.2816  # the 90th percentile of a standard normal


@dataclass(frozen=True)
class Case:
    household: Household
    choices: tuple[VehicleChoice, ...]
    pattern: Pattern = AnnualPattern()


def _cases() -> dict[str, Case]:
    mn = replace(
        with_state(Household(), "MN"),
        years=10,
        financing="loan",
        loan_term_months=72,
        discount_rate=0.05,
        fuel_escalation=0.03,
        electricity_escalation=0.02,
    )
    ca = replace(
        with_state(Household(), "CA"),
        years=7,
        financing="lease",
        home_charging="none",
        workplace_charging="free",
        workplace_days=3,
        discount_rate=0.03,
        fuel_escalation=-0.01,
    )
    tx = replace(with_state(Household(), "TX"), years=3, annual_miles=22_000)
    return {
        "cash-US-annual": Case(
            Household(years=10),
            (
                VehicleChoice(MODEL_3),
                VehicleChoice(CAMRY, price=30_000.0),
                VehicleChoice(RAV4_PHEV, price=44_000.0),
                VehicleChoice(EQUINOX),
                VehicleChoice(RAV4_HYBRID),
            ),
        ),
        "loan-discounted-MN-commute": Case(
            mn,
            (
                VehicleChoice(MODEL_3),
                VehicleChoice(RAV4_HYBRID),
                VehicleChoice(RAV4_PHEV, price=44_000.0),
                VehicleChoice(CAMRY, price=30_000.0),
            ),
            SimplePattern(32, 15, 6, 240),
        ),
        "lease-CA-weekly": Case(
            ca,
            (
                VehicleChoice(MODEL_3, lease=LeaseTerms(3_000, 399, 36)),
                VehicleChoice(CAMRY, price=31_000.0, lease=LeaseTerms(2_500, 329, 36)),
                VehicleChoice(RAV4_PHEV, price=45_000.0, lease=LeaseTerms(3_500, 459, 39)),
            ),
            WeeklyPattern((25, 25, 25, 25, 25, 10, 5), (Trip(7, 200), Trip(12, 120, True))),
        ),
        "cash-TX-used-and-unpriced": Case(
            tx,
            (
                VehicleChoice(MODEL_3),
                VehicleChoice(CAMRY, price=24_000.0, used=True),
                VehicleChoice(RAV4_PHEV, used=True),
                VehicleChoice(EQUINOX),
            ),
        ),
    }


CASES = _cases()


@pytest.fixture(scope="module")
def comparisons(db: VehicleDatabase) -> dict[str, Comparison]:
    return {name: compare(db, case.household, list(case.choices), case.pattern) for name, case in CASES.items()}


def arrays(c: Comparison) -> tuple[np.ndarray, np.ndarray]:
    """Powertrains and prices (0 where unknown) as the engine takes them."""
    pt = np.array([v.powertrain for v in c.vehicles])
    price = np.array([0.0 if v.price is None else v.price for v in c.vehicles])
    return pt, price


def assert_close_to_scale(actual: np.ndarray, expected: np.ndarray, rel: float = 1e-9) -> None:
    """Equal to `rel` of the largest amount involved (dollar amounts near zero have no useful relative error)."""
    scale = max(float(np.max(np.abs(expected))), 1.0)
    worst = float(np.max(np.abs(actual - expected)))
    assert worst <= rel * scale, f"off by {worst} (allowed {rel * scale})"


# --- with every spread at zero the simulation is the deterministic result -------------------------------------


@pytest.mark.parametrize("name", list(CASES))
def test_zero_spreads_reproduce_the_deterministic_curves(comparisons: dict[str, Comparison], name: str) -> None:
    c = comparisons[name]
    h = c.household
    expected = cost_curve(c.result)  # (N, Y+1)
    zero = UncertaintySettings(draws=100, seed=11).zero()
    pt, price = arrays(c)
    curves = simulate_curves(c.result, h, pt, price, draw_factors(zero, h, h.years))
    assert curves.shape == (100, len(c.vehicles), h.years + 1)
    for draw in (0, 57, 99):
        assert_close_to_scale(curves[draw], expected)
    assert_close_to_scale(
        simulate_totals(c.result, h, pt, price, draw_factors(zero, h, h.years)),
        np.broadcast_to(c.result.total, (100, len(c.vehicles))),
    )

    r = run_uncertainty(c, zero)
    for k in range(3):  # P10, P50, P90: every percentile curve is the deterministic curve
        assert_close_to_scale(r.percentiles[k], expected)
    a, b = r.pair
    assert_close_to_scale(r.difference_percentiles, np.full(3, r.deterministic_difference))
    assert r.deterministic_difference == pytest.approx(c.vehicles[b].total_cost - c.vehicles[a].total_cost)
    assert_close_to_scale(r.difference, np.full(100, c.result.total[b] - c.result.total[a]))
    np.testing.assert_array_equal(r.payback_by_year, (expected[b, 1:] <= expected[a, 1:]).astype(float))
    for bar in r.tornado:  # nothing moves when nothing varies
        assert bar.at_low == pytest.approx(r.deterministic_difference, abs=1e-6)
        assert bar.at_high == pytest.approx(r.deterministic_difference, abs=1e-6)


@pytest.mark.parametrize("name", [n for n in CASES if not n.startswith("lease")])
def test_zero_spreads_give_the_deterministic_winner_every_time(comparisons: dict[str, Comparison], name: str) -> None:
    c = comparisons[name]
    r = run_uncertainty(c, UncertaintySettings(draws=100).zero())
    priced = [k for k, v in enumerate(c.vehicles) if v.price is not None]
    cheapest = min(priced, key=lambda k: c.vehicles[k].total_cost)
    assert r.p_cheapest[cheapest] == 1.0
    assert all(r.p_cheapest[k] == 0.0 for k in priced if k != cheapest)


# --- the totals shortcut is the curves' last column --------------------------------------------------------------

unit = st.floats(0, 1, allow_nan=False)
spread_settings = st.builds(
    UncertaintySettings,
    gas_volatility=unit,
    electricity_volatility=unit,
    price_correlation=st.floats(-1, 1),
    miles_spread=unit,
    depreciation_spread=st.floats(0, 0.3),
    maintenance_spread=unit,
    insurance_spread=unit,
    battery_health_spread=unit,
    draws=st.integers(100, 400),
    seed=st.integers(0, 2**63 - 1),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(list(CASES)), s=spread_settings)
def test_simulate_totals_equals_the_last_year_of_the_curves(
    comparisons: dict[str, Comparison], name: str, s: UncertaintySettings
) -> None:
    c = comparisons[name]
    h = c.household
    pt, price = arrays(c)
    factors = draw_factors(s, h, h.years)
    curves = simulate_curves(c.result, h, pt, price, factors)
    totals = simulate_totals(c.result, h, pt, price, factors)
    assert totals.shape == (s.draws, len(c.vehicles))
    np.testing.assert_allclose(totals, curves[:, :, -1], rtol=1e-9, atol=1e-9 * float(np.abs(curves[:, :, -1]).max()))


# --- percentiles converge to the analytic ones -------------------------------------------------------------------


@pytest.fixture(scope="module")
def one_year(db: VehicleDatabase) -> Comparison:
    """A hybrid and a gasoline car kept one year: only the first year's gasoline price is uncertain."""
    return compare(db, Household(years=1, fuel_escalation=0.05), [VehicleChoice(CAMRY, price=30_000.0), VehicleChoice(EQUINOX)])


@pytest.mark.parametrize("sigma", [0.18, 0.35])
def test_percentiles_converge_to_the_lognormal_ones(one_year: Comparison, sigma: float) -> None:
    """total = fixed + fuel x exp(sigma e), e standard normal: median fixed + fuel (the deterministic total),
    P10/P90 fixed + fuel x exp(-/+1.2816 sigma). Checked on the total (as the issue states it) and, more
    tightly, on the fuel part alone (the total's fixed part would hide a biased median)."""
    s = replace(UncertaintySettings(draws=50_000, seed=2026).zero(), gas_volatility=sigma)
    r = run_uncertainty(one_year, s)
    for k, v in enumerate(one_year.vehicles):
        assert v.powertrain in ("hev", "ice")
        assert one_year.result.energy.electricity_cost[k] == 0
        fuel = float(one_year.result.costs[k, 0, CAT["energy"]])
        assert fuel > 500
        fixed = v.total_cost - fuel
        p10, p50, p90 = r.percentiles[:, k, -1]
        # the median: within 0.5% of the analytic median, on the total and on its fuel part
        assert abs(p50 - v.total_cost) <= 0.005 * v.total_cost
        assert (p50 - fixed) / fuel == pytest.approx(1.0, abs=0.005)
        for got, z in ((p10, -Z90), (p90, Z90)):
            analytic = fixed + fuel * np.exp(z * sigma)
            assert abs(got - analytic) <= 0.01 * analytic
            assert (got - fixed) / (fuel * np.exp(z * sigma)) == pytest.approx(1.0, abs=0.01)
        assert p10 < p50 < p90


def test_gasoline_walk_spreads_like_a_random_walk(db: VehicleDatabase) -> None:
    """The yearly price factor is a log random walk: its log has standard deviation sigma x sqrt(t) and median 0."""
    h = Household(years=9)
    s = replace(
        UncertaintySettings(draws=50_000, seed=5).zero(), gas_volatility=0.2, electricity_volatility=0.05, price_correlation=0.6
    )
    f = draw_factors(s, h, h.years)
    t = np.arange(1, 10)
    np.testing.assert_allclose(np.log(f.gas).std(axis=0), 0.2 * np.sqrt(t), rtol=0.02)
    np.testing.assert_allclose(np.log(f.electricity).std(axis=0), 0.05 * np.sqrt(t), rtol=0.02)
    np.testing.assert_allclose(np.median(np.log(f.gas), axis=0), 0.0, atol=0.02 * np.sqrt(t).max() * 0.2)
    changes = np.diff(np.log(f.gas), axis=1, prepend=0.0), np.diff(np.log(f.electricity), axis=1, prepend=0.0)
    rho = np.corrcoef(changes[0].ravel(), changes[1].ravel())[0, 1]
    assert rho == pytest.approx(0.6, abs=0.01)


# --- common random numbers --------------------------------------------------------------------------------------

MODEL_3_AWD = 48764


@pytest.mark.parametrize(
    ("ids", "at_most"),
    [
        ((CAMRY, RAV4_HYBRID), 0.25),  # two similar hybrids: measured 0.10 of the independent spread
        ((MODEL_3, MODEL_3_AWD), 0.25),  # two trims of one car: 0.05
        ((MODEL_3, CAMRY), 0.8),  # unlike powertrains share less (prices, resale by powertrain): 0.63
    ],
)
def test_common_random_numbers_narrow_the_difference(db: VehicleDatabase, ids: tuple[int, int], at_most: float) -> None:
    """P90-P10 of the difference with the same draws for both cars, against each car drawn with its own seed."""
    h = Household(years=10)
    # quoted prices where a car needs one (the curated table has no MY2025 Model 3 AWD price: the MY2024 one no longer
    # stands in once MY2025 prices are known)
    quotes = {CAMRY: 30_000.0, MODEL_3_AWD: 47_490.0}
    c = compare(db, h, [VehicleChoice(i, price=quotes.get(i)) for i in ids])
    pt, price = arrays(c)
    s = UncertaintySettings(draws=20_000, seed=101)
    shared = simulate_totals(c.result, h, pt, price, draw_factors(s, h, h.years))
    own_a = simulate_totals(c.result, h, pt, price, draw_factors(replace(s, seed=202), h, h.years))
    own_b = simulate_totals(c.result, h, pt, price, draw_factors(replace(s, seed=303), h, h.years))

    def width(x: np.ndarray) -> float:
        p10, p90 = np.percentile(x, [10, 90])
        return float(p90 - p10)

    with_crn = width(shared[:, 1] - shared[:, 0])
    independent = width(own_b[:, 1] - own_a[:, 0])
    # each car alone is as uncertain either way (the same distribution)
    assert width(shared[:, 0]) == pytest.approx(width(own_a[:, 0]), rel=0.05)
    assert with_crn < at_most * independent, (with_crn, independent)
    # and the run uses the shared draws
    r = run_uncertainty(c, replace(s, draws=5_000), pair=(0, 1))
    assert width(r.difference) < at_most * independent


# --- thresholds fed back through the full model ------------------------------------------------------------------

THRESHOLD_CASES = {
    "US-cash-model3-camry": Case(Household(years=10), (VehicleChoice(MODEL_3), VehicleChoice(CAMRY, price=30_000.0))),
    "MN-commute-loan-rav4s": Case(
        CASES["loan-discounted-MN-commute"].household,
        (VehicleChoice(RAV4_HYBRID), VehicleChoice(RAV4_PHEV, price=40_000.0)),
        SimplePattern(32, 15, 6, 240),
    ),
    # a premium-fuel car: "gasoline" must move every fuel price, not only regular
    "US-cash-premium-civic-model3": Case(Household(years=10), (VehicleChoice(CIVIC_PREMIUM), VehicleChoice(MODEL_3))),
    "CA-cash-model3-equinox": Case(
        replace(with_state(Household(), "CA"), years=8),
        (VehicleChoice(EQUINOX), VehicleChoice(MODEL_3)),
        WeeklyPattern((40, 40, 40, 40, 40, 20, 10)),
    ),
}


def _scaled(pattern: Pattern, k: float) -> Pattern:
    if isinstance(pattern, SimplePattern):
        return replace(
            pattern,
            weekday_mi=pattern.weekday_mi * k,
            weekend_mi=pattern.weekend_mi * k,
            long_trip_one_way_mi=pattern.long_trip_one_way_mi * k,
        )
    if isinstance(pattern, WeeklyPattern):
        assert not pattern.trips
        return replace(pattern, week_mi=tuple(x * k for x in pattern.week_mi))
    return pattern


def _moved(case: Case, c: Comparison, name: str, x: float) -> tuple[Household, Pattern]:
    """The household (and driving) with one input set to x, as a user would enter it."""
    h = case.household
    if name == "gas_price":
        return replace(h, **{f: getattr(h, f) * x / h.gas_price for f in FUEL_PRICES}), case.pattern
    if name == "electricity_price":
        return replace(h, **{f: getattr(h, f) * x / h.electricity_price for f in ELECTRICITY_PRICES}), case.pattern
    assert name == "annual_miles" and c.year is not None
    if isinstance(case.pattern, AnnualPattern):
        return replace(h, annual_miles=x), case.pattern
    return h, _scaled(case.pattern, x / c.year.annual_miles)


def _compare_moved(db: VehicleDatabase, case: Case, c: Comparison, name: str, x: float) -> Comparison:
    h, pattern = _moved(case, c, name, x)
    return compare(db, h, list(case.choices), pattern)


@pytest.fixture(scope="module")
def threshold_runs(db: VehicleDatabase) -> dict[str, tuple[Case, Comparison, list[Any]]]:
    out = {}
    for name, case in THRESHOLD_CASES.items():
        c = compare(db, case.household, list(case.choices), case.pattern)
        out[name] = (case, c, thresholds(c, 0, 1))
    return out


@pytest.mark.parametrize("name", list(THRESHOLD_CASES))
def test_at_each_threshold_the_two_totals_are_equal(db: VehicleDatabase, threshold_runs: dict[str, Any], name: str) -> None:
    case, c, found = threshold_runs[name]
    assert [t.input for t in found] == ["gas_price", "electricity_price", "annual_miles", "years"]
    solved = [t for t in found if t.value is not None and t.input != "years"]
    assert solved, "each case is chosen to have at least one threshold in range"
    ids = (c.vehicles[0].id, c.vehicles[1].id)
    for t in solved:
        assert t.low <= t.value <= t.high
        at = _compare_moved(db, case, c, t.input, t.value)
        if t.input == "annual_miles":
            assert at.year is not None and at.year.annual_miles == pytest.approx(t.value, rel=1e-9)
        gap = at.vehicles[1].total_cost - at.vehicles[0].total_cost
        assert abs(gap) <= 1.0, f"{name} {t.input} at {t.value}: totals differ by ${gap:,.2f}"
        # and the side named cheaper above it is: 5% either side of the threshold, full model again
        above = _compare_moved(db, case, c, t.input, t.value * 1.05)
        below = _compare_moved(db, case, c, t.input, t.value * 0.95)
        winner_above = ids[int(np.argmin([v.total_cost for v in above.vehicles]))]
        winner_below = ids[int(np.argmin([v.total_cost for v in below.vehicles]))]
        assert t.cheaper_above == winner_above != winner_below
    for t in found:  # where none was found, the same car is cheaper at both ends of the range (full model)
        if t.value is None and t.input != "years":
            assert "does not change which" in threshold_sentence(t, c) and t.cheaper_above is None
            ends = [_compare_moved(db, case, c, t.input, x) for x in (t.low, t.high)]
            assert len({int(np.argmin([v.total_cost for v in e.vehicles])) for e in ends}) == 1, (name, t.input)


@pytest.mark.parametrize("name", list(THRESHOLD_CASES))
def test_years_threshold_is_the_break_even_of_a_20_year_horizon(
    db: VehicleDatabase, threshold_runs: dict[str, Any], name: str
) -> None:
    case, c, found = threshold_runs[name]
    (years,) = [t for t in found if t.input == "years"]
    long = compare(db, replace(case.household, years=20), list(case.choices), case.pattern)
    curves = cost_curve(long.result)
    expected = break_even_year(curves[0], curves[1])
    assert (years.value is None) == (expected is None)
    if expected is not None:
        assert years.value == pytest.approx(expected, abs=1e-9)
        assert 0 < years.value <= 20
        assert years.cheaper_above == long.vehicles[int(np.argmin(curves[:, -1]))].id
    assert (long.break_even[0].year is None) == (expected is None)


def test_the_model3_camry_thresholds_match_the_issue_shape(threshold_runs: dict[str, Any]) -> None:
    """The worked example: gasoline and miles thresholds exist; electricity has none in $0.03-$1.00/kWh."""
    _case, c, found = threshold_runs["US-cash-model3-camry"]
    by = {t.input: t for t in found}
    assert by["gas_price"].value is not None and by["gas_price"].current == pytest.approx(3.02)
    assert by["gas_price"].cheaper_above == MODEL_3 and by["annual_miles"].cheaper_above == MODEL_3
    assert "as long as gasoline stays below $" in threshold_sentence(by["gas_price"], c)
    assert by["electricity_price"].value is None and by["electricity_price"].cheaper_above is None


@pytest.mark.parametrize(
    ("choices", "what", "words"),
    [
        (
            (VehicleChoice(MODEL_3), VehicleChoice(CAMRY, price=30_000.0)),
            "electricity_price",
            "Electricity anywhere from $0.030/kWh to $1.000/kWh does not change",
        ),
        (
            (VehicleChoice(CAMRY, price=30_000.0), VehicleChoice(RAV4_PHEV, price=90_000.0)),
            "gas_price",
            "Gasoline anywhere from $1.00/gal to $10.00/gal does not change",
        ),
        (
            (VehicleChoice(CAMRY, price=30_000.0), VehicleChoice(RAV4_PHEV, price=90_000.0)),
            "annual_miles",
            "Driving anywhere from 1,000 miles a year to 60,000 miles a year does not change",
        ),
    ],
)
def test_no_threshold_in_range_is_said_and_true(
    db: VehicleDatabase, choices: tuple[VehicleChoice, ...], what: str, words: str
) -> None:
    case = Case(Household(years=10), choices)
    c = compare(db, case.household, list(choices))
    (t,) = [t for t in thresholds(c, 0, 1) if t.input == what]
    assert t.value is None and t.cheaper_above is None
    assert threshold_sentence(t, c).startswith(words)
    # the same car is cheaper at both ends of the range searched (full model)
    ends = [_compare_moved(db, case, c, what, x) for x in (t.low, t.high)]
    signs = {np.sign(e.vehicles[1].total_cost - e.vehicles[0].total_cost) for e in ends}
    assert len(signs) == 1 and 0 not in signs


# --- bad settings are refused with the allowed range -------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "field", "allowed"),
    [
        ({"gas_volatility": -0.01}, "uncertainty.gas_volatility", "a number from 0 to 1"),
        ({"miles_spread": -1}, "uncertainty.miles_spread", "a number from 0 to 1"),
        ({"insurance_spread": 1.5}, "uncertainty.insurance_spread", "a number from 0 to 1"),
        ({"depreciation_spread": 0.31}, "uncertainty.depreciation_spread", "a number from 0 to 0.3"),
        ({"price_correlation": 1.01}, "uncertainty.price_correlation", "a number from -1 to 1"),
        ({"price_correlation": -1.5}, "uncertainty.price_correlation", "a number from -1 to 1"),
        ({"electricity_volatility": float("nan")}, "uncertainty.electricity_volatility", "a number from 0 to 1"),
        ({"battery_health_spread": float("inf")}, "uncertainty.battery_health_spread", "a number from 0 to 1"),
        ({"gas_volatility": "0.2"}, "uncertainty.gas_volatility", "a number from 0 to 1"),
        ({"gas_volatility": True}, "uncertainty.gas_volatility", "a number from 0 to 1"),
        ({"draws": 99}, "uncertainty.draws", "a whole number from 100 to 200,000"),
        ({"draws": 200_001}, "uncertainty.draws", "a whole number from 100 to 200,000"),
        ({"draws": 1000.5}, "uncertainty.draws", "a whole number from 100 to 200,000"),
        ({"draws": "1000"}, "uncertainty.draws", "a whole number from 100 to 200,000"),
        ({"draws": True}, "uncertainty.draws", "a whole number from 100 to 200,000"),
        ({"draws": 0}, "uncertainty.draws", "a whole number from 100 to 200,000"),
        ({"seed": -1}, "uncertainty.seed", "a whole number from 0 to 2^63-1"),
        ({"seed": 2**63}, "uncertainty.seed", "a whole number from 0 to 2^63-1"),
        ({"seed": 1.5}, "uncertainty.seed", "a whole number from 0 to 2^63-1"),
        ({"gas_vol": 0.2}, "uncertainty.gas_vol", "one of gas_volatility, electricity_volatility"),
    ],
)
def test_bad_settings_are_refused_naming_the_field_and_range(raw: dict[str, Any], field: str, allowed: str) -> None:
    with pytest.raises(InputError) as caught:
        settings_from_dict(raw)
    (problem,) = caught.value.problems
    assert problem.field == field
    assert problem.allowed.startswith(allowed)
    assert field in str(caught.value) and allowed in str(caught.value)


def test_every_bad_setting_is_reported_at_once_and_nothing_clamped() -> None:
    with pytest.raises(InputError) as caught:
        settings_from_dict(
            {"gas_volatility": -1, "price_correlation": 2, "draws": 50, "seed": 3, "colour": 1}, context="profile.uncertainty"
        )
    assert sorted(p.field for p in caught.value.problems) == [
        "profile.uncertainty.colour",
        "profile.uncertainty.draws",
        "profile.uncertainty.gas_volatility",
        "profile.uncertainty.price_correlation",
    ]
    with pytest.raises(InputError, match="an object of spreads"):
        settings_from_dict([0.1, 0.2])


def test_the_limits_themselves_are_accepted() -> None:
    low = settings_from_dict({s.name: float(s.low) for s in SPREADS} | {"draws": 100, "seed": 0})
    high = settings_from_dict({s.name: float(s.high) for s in SPREADS} | {"draws": 200_000, "seed": 2**63 - 1})
    assert (low.price_correlation, high.price_correlation) == (-1.0, 1.0)
    assert (low.draws, high.draws, high.depreciation_spread) == (100, 200_000, 0.3)
    assert settings_from_dict({"draws": 1000.0}).draws == 1000 and isinstance(settings_from_dict({"draws": 1e3}).draws, int)
    assert settings_from_dict(None) == UncertaintySettings()
    assert (UncertaintySettings().draws, UncertaintySettings().seed) == (DEFAULT_DRAWS, DEFAULT_SEED)
    # the documented defaults are the dataclass defaults
    assert {s.name: s.default for s in SPREADS} == {s.name: getattr(UncertaintySettings(), s.name) for s in SPREADS}


# --- no draw is impossible -------------------------------------------------------------------------------------


def _edge(lo: float, hi: float) -> st.SearchStrategy[float]:
    return st.sampled_from([lo, hi]) | st.floats(lo, hi)


extreme_settings = st.builds(
    UncertaintySettings,
    gas_volatility=_edge(0, 1),
    electricity_volatility=_edge(0, 1),
    price_correlation=_edge(-1, 1),
    miles_spread=_edge(0, 1),
    depreciation_spread=_edge(0, 0.3),
    maintenance_spread=_edge(0, 1),
    insurance_spread=_edge(0, 1),
    battery_health_spread=_edge(0, 1),
    draws=st.integers(100, 3_000),
    seed=st.integers(0, 2**63 - 1),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(s=extreme_settings, years=st.integers(1, 20), dep=st.tuples(*[_edge(0, 0.9)] * 4))
def test_no_draw_gives_a_negative_or_missing_input(
    s: UncertaintySettings, years: int, dep: tuple[float, float, float, float]
) -> None:
    h = Household(
        years=years, depreciation_bev=dep[0], depreciation_phev=dep[1], depreciation_hev=dep[2], depreciation_ice=dep[3]
    )
    f = draw_factors(s, h, years)
    assert f.draws == s.draws
    assert f.gas.shape == f.electricity.shape == (s.draws, years)
    for name in ("gas", "electricity", "miles", "maintenance", "insurance", "battery"):
        x = getattr(f, name)
        assert np.all(np.isfinite(x)) and np.all(x > 0), name
    assert np.all(np.isfinite(f.depreciation))
    assert f.depreciation.min() >= -0.5 and f.depreciation.max() <= 0.95  # an extra yearly loss around the curve


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(list(CASES)), s=extreme_settings)
def test_curves_stay_finite_at_extreme_settings(comparisons: dict[str, Comparison], name: str, s: UncertaintySettings) -> None:
    c = comparisons[name]
    pt, price = arrays(c)
    f = draw_factors(s, c.household, c.household.years)
    curves = simulate_curves(c.result, c.household, pt, price, f)
    assert np.all(np.isfinite(curves))
    assert np.all(np.isfinite(simulate_totals(c.result, c.household, pt, price, f)))


def test_the_largest_run_at_the_widest_spreads_stays_finite_and_positive() -> None:
    s = UncertaintySettings(
        gas_volatility=1,
        electricity_volatility=1,
        price_correlation=-1,
        miles_spread=1,
        depreciation_spread=0.3,
        maintenance_spread=1,
        insurance_spread=1,
        battery_health_spread=1,
        draws=200_000,
        seed=1,
    )
    h = Household(years=20, depreciation_bev=0.9, depreciation_ice=0.0)
    f = draw_factors(s, h, 20)
    for x in (f.gas, f.electricity, f.miles, f.maintenance, f.insurance, f.battery):
        assert np.all(np.isfinite(x)) and x.min() > 0
    assert f.depreciation.min() == -0.5 and f.depreciation.max() == 0.95  # both clips are reached, never passed
    # correlation -1: electricity moves exactly against gasoline
    np.testing.assert_allclose(np.log(f.electricity[:10]), -np.log(f.gas[:10]), atol=1e-12)


def test_draws_are_reproducible_from_the_seed(db: VehicleDatabase) -> None:
    h = Household(years=6)
    s = UncertaintySettings(draws=500, seed=42)
    a, b, other = draw_factors(s, h, 6), draw_factors(s, h, 6), draw_factors(replace(s, seed=43), h, 6)
    for name in ("gas", "electricity", "miles", "maintenance", "insurance", "depreciation", "battery"):
        np.testing.assert_array_equal(getattr(a, name), getattr(b, name))
        assert not np.array_equal(getattr(a, name), getattr(other, name))


# --- the run's outputs ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", [n for n in CASES if not n.startswith("lease")])
def test_chance_of_being_cheapest_sums_to_one_over_priced_vehicles(comparisons: dict[str, Comparison], name: str) -> None:
    c = comparisons[name]
    r = run_uncertainty(c, UncertaintySettings(draws=2_000, seed=9))
    known = [p for p in r.p_cheapest if p is not None]
    assert sum(known) == pytest.approx(1.0, abs=1e-12)
    assert all(0.0 <= p <= 1.0 for p in known)
    for v, p in zip(c.vehicles, r.p_cheapest, strict=True):
        assert (p is None) == (v.price is None)
    assert r.ids == tuple(v.id for v in c.vehicles)
    assert r.percentiles.shape == (3, len(c.vehicles), c.household.years + 1)
    assert np.all(r.percentiles[0] <= r.percentiles[1]) and np.all(r.percentiles[1] <= r.percentiles[2])
    assert r.payback_by_year.shape == (c.household.years,)
    a, b = r.pair
    assert r.p_b_cheaper == pytest.approx(float((r.difference < 0).mean()))
    assert r.payback_by_year[-1] == pytest.approx(float((r.difference <= 0).mean()))


def test_unpriced_vehicle_is_never_cheapest(comparisons: dict[str, Comparison]) -> None:
    c = comparisons["cash-TX-used-and-unpriced"]
    unpriced = [k for k, v in enumerate(c.vehicles) if v.price is None]
    assert [c.vehicles[k].id for k in unpriced] == [RAV4_PHEV]
    r = run_uncertainty(c, UncertaintySettings(draws=500))
    assert r.p_cheapest[unpriced[0]] is None
    assert unpriced[0] not in r.pair  # the default pair is the two cheapest priced vehicles


def test_a_leased_vehicle_without_a_price_is_in_the_running(db: VehicleDatabase) -> None:
    h = Household(years=6, financing="lease")
    c = compare(
        db,
        h,
        [VehicleChoice(MODEL_3, lease=LeaseTerms(3_000, 450, 36)), VehicleChoice(CAMRY_AWD, lease=LeaseTerms(2_500, 350, 36))],
    )
    assert c.vehicles[1].price is None and bool(c.result.price_known[1])
    assert c.break_even[0].cheaper_over_period == CAMRY_AWD  # compare says the Camry lease is cheaper
    r = run_uncertainty(c, UncertaintySettings(draws=500).zero())
    assert r.p_cheapest == (0.0, 1.0)
    assert [t.input for t in r.thresholds] == ["gas_price", "electricity_price", "annual_miles", "years"]


def test_one_priced_vehicle_is_said_plainly(db: VehicleDatabase) -> None:
    c = compare(db, Household(years=5), [VehicleChoice(MODEL_3), VehicleChoice(CAMRY_AWD)])
    r = run_uncertainty(c, UncertaintySettings(draws=300))
    assert r.p_cheapest == (1.0, None) and r.thresholds == ()
    assert r.confidence.kind is ConfidenceKind.ONE_PRICED and r.confidence.vehicle == 0
    assert uncertainty_sentence(r, c).startswith(f"Only the {c.vehicles[0].label} has a known price")


def test_lease_case_chances_follow_the_lease_costs(comparisons: dict[str, Comparison]) -> None:
    """All three leased vehicles carry a price here: the chances sum to one and the cheapest lease wins at zero spread."""
    c = comparisons["lease-CA-weekly"]
    r = run_uncertainty(c, UncertaintySettings(draws=500).zero())
    cheapest = int(np.argmin([v.total_cost for v in c.vehicles]))
    assert r.p_cheapest[cheapest] == 1.0 and sum(p or 0.0 for p in r.p_cheapest) == pytest.approx(1.0)


def test_tornado_moves_each_input_around_the_deterministic_difference(comparisons: dict[str, Comparison]) -> None:
    c = comparisons["cash-US-annual"]
    r = run_uncertainty(c, UncertaintySettings(draws=1_000), pair=(0, 1))  # Model 3 and Camry
    # without a pair: the two priced vehicles most often the cheapest (ties: the cheaper total), the one cheaper to
    # buy first (so "b has paid back its higher price" is about the dearer car)
    free = run_uncertainty(c, UncertaintySettings(draws=1_000))
    chances = free.p_cheapest
    best = sorted(
        (k for k, p in enumerate(chances) if p is not None), key=lambda k: (-(chances[k] or 0.0), c.vehicles[k].total_cost)
    )
    assert free.pair == tuple(sorted(best[:2], key=lambda k: c.result.upfront[k]))
    swings = [bar.swing for bar in r.tornado]
    assert swings == sorted(swings, reverse=True)
    assert {tornado_name(bar.input) for bar in r.tornado} == {
        "gasoline price",
        "electricity price",
        "annual miles",
        "yearly loss of value",
        "maintenance and repair",
        "insurance",
        "battery health",
    }
    linear = ("gas", "electricity", "miles", "maintenance", "insurance", "battery")
    for bar in r.tornado:
        if bar.input in linear:  # the difference is linear in these factors, and low < 1 < high
            lo, hi = sorted((bar.at_low, bar.at_high))
            assert lo - 1e-6 <= r.deterministic_difference <= hi + 1e-6, bar
    gas = next(bar for bar in r.tornado if bar.input == "gas")
    sentence = uncertainty_sentence(r, c)
    assert gas.swing > 0 and sentence.startswith("The ") and "futures simulated" in sentence


def test_cancel_stops_the_run_and_progress_reaches_one(comparisons: dict[str, Comparison]) -> None:
    c = comparisons["cash-US-annual"]
    s = UncertaintySettings(draws=10_000, seed=3)
    seen: list[float] = []
    polls = 0

    def cancel_on_second_poll() -> bool:
        nonlocal polls
        polls += 1
        return polls >= 2

    with pytest.raises(Cancelled):
        run_uncertainty(c, s, progress=seen.append, cancelled=cancel_on_second_poll)
    assert polls == 2 and seen and max(seen) < 1.0

    full: list[float] = []
    r = run_uncertainty(c, s, progress=full.append, cancelled=lambda: False)
    assert full[-1] == 1.0 and full == sorted(full) and all(0.0 <= p <= 1.0 for p in full) and len(full) > 2

    # Cancel pressed once every draw is done, while the tornado and thresholds are being solved: still honoured
    late: list[float] = []
    chunks = math.ceil(s.draws / CHUNK)

    with pytest.raises(Cancelled):
        run_uncertainty(c, s, progress=late.append, cancelled=lambda: len(late) >= chunks)
    assert len(late) == chunks and 1.0 not in late
    # a run that was not cancelled equals one without the callbacks
    np.testing.assert_array_equal(r.percentiles, run_uncertainty(c, s).percentiles)


# --- the top 50 of a whole-database rank ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def ranking_10y(db: VehicleDatabase) -> tuple[Household, Any]:
    h = Household(years=10)
    return h, rank(db, h, RankFilters())


def test_rank_chances_sum_to_one_in_ranking_order(db: VehicleDatabase, ranking_10y: tuple[Household, Any]) -> None:
    h, ranking = ranking_10y
    out = rank_chances(db, h, ranking, UncertaintySettings(draws=2_000, seed=4))
    assert len(out) == 50
    assert out["id"].tolist() == ranking.priced["id"].head(50).tolist()
    assert out["p_cheapest"].sum() == pytest.approx(1.0)
    assert (out["p10"] <= out["p50"]).all() and (out["p50"] <= out["p90"]).all()


def test_rank_chances_at_zero_spread_are_the_ranking(db: VehicleDatabase, ranking_10y: tuple[Household, Any]) -> None:
    h, ranking = ranking_10y
    out = rank_chances(db, h, ranking, UncertaintySettings(draws=100).zero(), top=20)
    np.testing.assert_allclose(out["p50"], out["total_cost"], rtol=1e-9)
    np.testing.assert_allclose(out["p10"], out["p90"], rtol=1e-9)
    assert out["p_cheapest"].iloc[0] == 1.0 and out["p_cheapest"].iloc[1:].sum() == 0.0
