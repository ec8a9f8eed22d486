"""Rules of the cost model that a reviewer found wanting, pinned down."""

from __future__ import annotations

import numpy as np
import pytest

from buyer_app.cli.main import main
from buyer_app.core.costs.breakeven import cost_curve
from buyer_app.core.costs.choices import Incentive, LeaseTerms, VehicleChoice
from buyer_app.core.costs.compare import compare
from buyer_app.core.costs.model import CAT, compute_costs
from buyer_app.core.costs.rank import RankFilters, rank
from buyer_app.core.errors import InputError
from buyer_app.core.household.fields import Household
from buyer_app.core.vehicles.inputs import inputs_from_frame
from buyer_app.text.incentives import reason_text


def test_net_cost_curve_ends_at_the_total_and_agrees_with_the_cheaper_vehicle(db):
    for h in (Household(years=8), Household(years=8, financing="loan"), Household(years=8, discount_rate=0.05)):
        c = compare(db, h, [VehicleChoice(48765), VehicleChoice(48032, price=36000.0)])
        curves = cost_curve(c.result)
        np.testing.assert_allclose(curves[:, -1], c.result.total, rtol=1e-12)
        pair = c.break_even[0]
        if pair.year is None:  # no crossing: the one cheaper at the end was cheaper throughout
            assert (curves[0, -1] < curves[1, -1]) == (curves[0, 1] < curves[1, 1])


def test_loan_curve_counts_the_balance_still_owed(db):
    cash = compute_costs(Household(years=3), inputs_from_frame(db.get([48765]).assign(price=40000.0)))
    loan = compute_costs(
        Household(years=3, financing="loan", loan_apr=0.0), inputs_from_frame(db.get([48765]).assign(price=40000.0))
    )
    # with a free loan, owning costs the same as paying cash at every year end
    np.testing.assert_allclose(cost_curve(loan), cost_curve(cash), atol=1e-6)


def test_resale_is_discounted_from_the_end_of_the_last_year(db):
    h = Household(years=8, discount_rate=0.05)
    r = compute_costs(h, inputs_from_frame(db.get([48765]).assign(price=42490.0)))
    # the Model 3's curve: 30% lost in year one, 44.1% kept after five years (iSeeCars 2025), then the yearly rate
    # of electric cars (38.25% kept after five years): R(8) = 0.441 * (0.3825 / 0.7) ** (3 / 4)
    value = 42490.0 * 0.441 * (0.3825 / 0.7) ** (3 / 4)
    assert -r.costs[0, -1, CAT["resale"]] == pytest.approx(value / 1.05**8)


def test_plug_in_hybrid_electric_miles_capped_at_one_charge_a_day(db):
    row = db.get([49160])  # 2025 RAV4 PHEV, 42 mi electric range
    r = compute_costs(Household(annual_miles=150000), inputs_from_frame(row.assign(price=45000.0)))
    assert r.kwh_per_year[0] <= 42 * 365 * row["kwh100_hwy"].iloc[0] / 100 + 1e-6
    small = compute_costs(Household(annual_miles=5000), inputs_from_frame(row.assign(price=45000.0)))
    assert small.gallons_per_year[0] < r.gallons_per_year[0]


def test_lease_running_past_the_period_charges_the_remaining_payments(db):
    h = Household(years=2, financing="lease", sales_tax_rate=0.0, home_charger_cost=0.0)
    c = compare(db, h, [VehicleChoice(48765, lease=LeaseTerms(3000.0, 400.0, 36))])
    assert sum(c.vehicles[0].yearly_costs["purchase"]) == pytest.approx(3000 + 36 * 400)


def test_incentives_cannot_exceed_the_price(db):
    # an own incentive above the price is kept in the profile but counted only up to the price, and says so
    (v,) = compare(db, Household(), [VehicleChoice(48765, price=40000.0, incentives=(Incentive("x", 900000.0),))]).vehicles
    assert v.yearly_costs["incentives"][0] == -40000.0
    (own,) = [d for d in v.incentives if d.level == "custom"]
    assert own.amount == 40000.0 and "trimmed to the vehicle's price" in reason_text(own.reason)


def test_rank_filters_and_lease(db):
    cheap = rank(db, Household(), RankFilters(powertrain="bev", max_price=40000))
    assert len(cheap.priced) > 0 and len(cheap.unpriced) == 0
    assert (cheap.priced["price"] <= 40000).all()
    ranged = rank(db, Household(), RankFilters(min_range=40))
    assert set(ranged.priced["powertrain"]) | set(ranged.unpriced["powertrain"]) <= {"bev", "phev"}
    assert ranged.unpriced["cost_per_mile"].isna().all()
    with pytest.raises(InputError, match="lease"):
        rank(db, Household(financing="lease"), RankFilters())


@pytest.mark.parametrize(
    "argv, word",
    [
        (["compare", "--vehicle", "48765", "--vehicle", "48765"], "each vehicle once"),
        (["compare", "--vehicle", "48765", "--price", "48765=1000", "--price", "48765=2000"], "one price per vehicle"),
        (["compare", "--vehicle", "48765", "--set", "years=3.5"], "--set years"),
        (["rank", "--powertrain", "fcev"], "not costed"),
        (["rank", "--max-price", "nan"], "--max-price"),
        (["rank", "--min-range", "inf"], "--min-range"),
    ],
)
def test_cli_refuses(argv, word, capsys):
    assert main(argv) == 2
    assert word in capsys.readouterr().err
