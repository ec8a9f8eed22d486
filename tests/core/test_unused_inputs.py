"""The inputs the window hides for the choices made (issue 16: "the form shows only the inputs that matter")
really do not matter: changing any of them to another allowed value leaves every vehicle's total unchanged;
and those it shows do matter for some car."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from buyer_app.core.costs.choices import LeaseTerms, VehicleChoice
from buyer_app.core.costs.compare import compare
from buyer_app.core.driving.patterns import SimplePattern
from buyer_app.core.household.fields import FIELD_BY_NAME, Household
from buyer_app.core.household.relevant import LOAN_TERMS, unused_inputs
from buyer_app.core.vehicles.database import load_database

# 2025 Model 3 LR RWD (BEV), Camry Hybrid LE (HEV), RAV4 PHEV
CARS = [VehicleChoice(48765), VehicleChoice(48032), VehicleChoice(49160)]
LEASE = LeaseTerms(due_at_signing=3000.0, monthly=399.0, term_months=36)
DB = load_database()


def _other_value(name: str, current: object) -> object:
    spec = FIELD_BY_NAME[name]
    if spec.choices:
        return next(c for c in spec.choices if c != current)
    assert spec.minimum is not None and spec.maximum is not None
    low, high = spec.minimum, spec.maximum
    value = low if current != low else high
    return int(value) if spec.integer else value


def _totals(h: Household) -> list[float]:
    cars = [replace(car, lease=LEASE) for car in CARS] if h.financing == "lease" else CARS
    c = compare(DB, h, cars, SimplePattern(40.0, 20.0, 4, 200.0, False))
    return [round(v.total_cost, 6) for v in c.vehicles]


@settings(max_examples=25, deadline=None)
@given(
    financing=st.sampled_from(["cash", "loan", "lease"]),
    home=st.sampled_from(["level2", "level1", "none"]),
    rate=st.sampled_from(["flat", "time_of_use"]),
    work=st.sampled_from(["none", "free", "priced"]),
    dc=st.sampled_from(["per_kwh", "per_minute"]),
    resale=st.sampled_from(["published", "your_rates"]),
    data=st.data(),
)
def test_a_hidden_input_changes_no_total(financing, home, rate, work, dc, resale, data) -> None:  # type: ignore[no-untyped-def]
    h = Household(
        financing=financing,
        home_charging=home,
        home_rate=rate,
        workplace_charging=work,
        public_dc_pricing=dc,
        resale_basis=resale,
        public_everyday="dc_fast",
    )
    hidden = sorted(unused_inputs(h))
    name = data.draw(st.sampled_from(hidden))
    changed = h.with_values({name: _other_value(name, getattr(h, name))})
    assert _totals(changed) == _totals(h), name


def test_loan_terms_show_for_a_loan_and_matter_then() -> None:
    cash, loan = Household(financing="cash"), Household(financing="loan")
    assert LOAN_TERMS <= unused_inputs(cash) and not LOAN_TERMS & unused_inputs(loan)
    assert _totals(replace(loan, loan_apr=0.12)) != _totals(loan)


def test_a_china_household_is_not_asked_the_us_only_inputs() -> None:
    """Review of issue 17: the Chinese Household tab asked a Shanghai family for its US tax filing status, EIA's
    gasoline averaging and state EV surcharges."""
    from buyer_app.core.household.relevant import US_ONLY
    from buyer_app.core.household.state_fill import with_state

    shanghai = with_state(Household(), "CN-SH")
    assert US_ONLY <= unused_inputs(shanghai)
    assert not US_ONLY & unused_inputs(Household(state="CO"))
    assert "electricity_price" not in unused_inputs(shanghai) and "sales_tax_rate" not in unused_inputs(shanghai)
