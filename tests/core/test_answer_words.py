"""The answer cards' words (buyer_app.text.answer) on real comparisons: the six samples and cars without a price.
No Qt."""

from __future__ import annotations

from dataclasses import replace

import pytest

from buyer_app.core.costs.choices import LeaseTerms, VehicleChoice
from buyer_app.core.costs.compare import Comparison, compare
from buyer_app.core.household.choices import UnitSystem
from buyer_app.core.household.fields import Household
from buyer_app.core.markets.databases import market_database
from buyer_app.core.profiles.samples import list_samples, load_sample
from buyer_app.core.uncertainty.draws import UncertaintySettings
from buyer_app.core.uncertainty.run import run_uncertainty
from buyer_app.core.vehicles.database import VehicleDatabase
from buyer_app.text.answer import (
    SIMULATING,
    Standing,
    break_even_words,
    cards,
    chance_level,
    chance_words,
    monthly_cost,
    place,
    short_name,
)
from buyer_app.text.units import METRIC_DISPLAY, Display
from buyer_app.text.wording import verdict, years_text

MODEL_3, CAMRY, RAV4_PHEV = 48765, 48032, 49160  # all three have a curated base MSRP


def _year(c: Comparison, a: int, b: int) -> float:
    """The break-even of vehicles `a` and `b` (they must cross)."""
    pair = next(p for p in c.break_even if {p.a, p.b} == {c.vehicles[a].id, c.vehicles[b].id})
    assert pair.year is not None
    return pair.year


def _sample(db: VehicleDatabase, key: str) -> Comparison:
    p = load_sample(key)
    db = db if p.market == "us" else market_database(p.market)  # the China sample's cars are in its pack
    return compare(db, p.household.with_values(dict(p.what_if)), list(p.vehicles), p.driving, p.climate)


@pytest.mark.parametrize("key", [s.key for s in list_samples()])
def test_every_sample_card_states_cost_a_month_total_and_one_cheapest(db: VehicleDatabase, key: str) -> None:
    c = _sample(db, key)
    years = c.household.years
    made = cards(c)
    one_year = len({v.label.split()[0] for v in c.vehicles}) == 1  # make model trim; the year only where they differ
    assert [m.name for m in made] == [short_name(v) if one_year else v.label for v in c.vehicles]
    assert key != "georgia-used-car-buyer" or made[0].name == "2022 Chevrolet Bolt EV"
    for card, v in zip(made, c.vehicles, strict=True):
        assert v.price is not None  # the samples price every car
        assert card.headline == f"${v.total_cost / (years * 12):,.0f} a month"
        assert card.total == f"${v.total_cost:,.0f} over {years} years"
    cheapest = [m for m in made if m.place.cheapest]
    assert len(cheapest) == 1
    best = min(c.vehicles, key=lambda v: v.total_cost)
    assert cheapest[0].name == made[c.vehicles.index(best)].name
    assert cheapest[0].standing.startswith(f"Cheapest over {years} years")
    for card, v in zip(made, c.vehicles, strict=True):
        if not card.place.cheapest:
            assert card.standing.endswith(f"more over {years} years than the {short_name(best)}.")
            assert f"${v.total_cost - best.total_cost:,.0f} more" in card.standing


def test_new_york_ev_pays_back_its_higher_price_as_the_verdict_says(db: VehicleDatabase) -> None:
    c = _sample(db, "new-york-retirees")
    made = cards(c)
    niro_ev = next(m for m in made if m.name == "Kia Niro Electric")
    when = years_text(_year(c, 0, 1))
    assert niro_ev.place.standing is Standing.PAYS_BACK
    assert niro_ev.standing == f"Cheapest over 6 years: pays back its higher price in {when}."
    assert f"after {when}" in verdict(c)
    # the table's column against the Camry (first row): the EV pays back; the plug-in hybrid never does
    assert [break_even_words(c, k) for k in range(3)] == ["—", f"pays back in {when}", "never pays back in 6 years"]


def test_the_car_cheaper_from_day_one_is_never_said_to_never_pay_back(db: VehicleDatabase) -> None:
    """Issue 16: 'Break-even vs 1st: never' read as 'never pays back' for the car cheaper from day one."""
    c = _sample(db, "minnesota-commuters")
    words = [break_even_words(c, k) for k in range(len(c.vehicles))]
    first = c.vehicles[0]
    for k, v in enumerate(c.vehicles[1:], start=1):
        if v.total_cost < first.total_cost and "pays back" not in words[k]:
            assert words[k] == "cheaper from day one"
        assert words[k] != "never"
    assert place(c, 2).standing is Standing.FROM_DAY_ONE  # the RAV4 Hybrid: cheapest to buy and over the years


def test_a_cheaper_to_buy_car_that_loses_is_cheaper_only_for_a_while(db: VehicleDatabase) -> None:
    c = _sample(db, "georgia-used-car-buyer")  # Bolt first ($17,500); the Civic ($17,000) is overtaken
    assert break_even_words(c, 2) == f"cheaper for {years_text(_year(c, 0, 2))}"
    assert place(c, 0).standing is Standing.PAYS_BACK


def test_an_unpriced_car_gets_no_total_no_monthly_figure_and_no_standing(db: VehicleDatabase) -> None:
    h = Household(years=8)
    c = compare(db, h, [VehicleChoice(MODEL_3), VehicleChoice(CAMRY, used=True), VehicleChoice(RAV4_PHEV)])
    unpriced = c.vehicles[1]
    assert unpriced.price is None and unpriced.total_cost > 0  # the engine costs its running costs
    card = cards(c)[1]
    assert monthly_cost(unpriced, 8) is None
    assert card.headline == "Needs a price" and "$" not in card.total
    assert card.place.standing is Standing.NEEDS_PRICE and not card.priced
    assert card.price == "" and card.sure == ""
    assert break_even_words(c, 1) == "needs a price"
    # it is never the cheapest, however low its running costs
    best = min(c.vehicles[::2], key=lambda v: v.total_cost)
    assert [m.place.cheapest for m in cards(c)] == [v is best for v in c.vehicles]
    alone = compare(db, h, [VehicleChoice(CAMRY, used=True)])
    assert verdict(alone) == f"The {alone.vehicles[0].label} needs a price before its total can be shown."


def test_an_msrp_price_names_its_trim_and_source(db: VehicleDatabase) -> None:
    c = compare(db, Household(), [VehicleChoice(CAMRY), VehicleChoice(MODEL_3, price=39000.0)])
    camry, tesla = cards(c)
    basis = c.vehicles[0].price_basis
    assert camry.price == f"base MSRP ${c.vehicles[0].price:,.0f}"
    assert basis.source in camry.price_source and basis.trim in camry.price_source
    assert tesla.price == "your price $39,000" and tesla.price_source == ""


def test_plug_in_lines_follow_the_households_charging_and_units(db: VehicleDatabase) -> None:
    c = _sample(db, "california-renters")  # no home charging: the Ioniq 5's public charging in dollars a year
    ioniq = cards(c)[0]
    s = c.vehicles[0].charging
    assert s is not None
    assert ioniq.charging == (
        f"No home charging: public about {round(s.public_charge_days)} days, ${s.energy_cost_by_source['public']:,.0f} a year"
    )
    assert ioniq.worry == "In January it needs about 2 fast-charging stops."  # the note less what the line says
    assert ioniq.range == f"Range {s.summer_range_mi:,.0f} mi, {s.winter_range_mi:,.0f} mi in {s.winter_month}"
    metric = cards(c, display=METRIC_DISPLAY)[0]
    assert metric.range.startswith(f"Range {s.summer_range_mi * 1.609344:,.0f} km") and "mi" not in metric.range
    prius = cards(c)[1]
    assert prius.charging == "" and prius.worry == ""
    assert Display(UnitSystem.METRIC).metric


def test_how_sure_in_words_from_a_real_run(db: VehicleDatabase) -> None:
    c = _sample(db, "colorado-family")
    run = run_uncertainty(c, replace(UncertaintySettings(), draws=400, seed=3))
    made = cards(c, run)
    for card, p in zip(made, run.p_cheapest, strict=True):
        assert p is not None
        assert card.level == chance_level(p)
        assert card.sure == chance_words(p)
    assert sum(m.level or 0 for m in made) in range(9, 12)  # the chances add up to about 10 in 10
    assert all(m.sure == "" and m.level is None for m in cards(c))  # no run, no meter
    # while the run for these inputs is under way the line stays, saying so (the cards do not jump while a slider moves)
    assert all(m.sure == SIMULATING and m.level is None for m in cards(c, simulating=True))
    other = compare(db, c.household, [VehicleChoice(CAMRY), VehicleChoice(MODEL_3)])
    assert all(m.sure == "" for m in cards(other, run))  # a run of other cars is not this comparison's


@pytest.mark.parametrize(
    ("p", "words"),
    [
        (None, "Not counted until it has a price"),
        (0.0, "Almost never the cheapest"),
        (0.03, "Rarely: cheapest in under 1 of 10 futures"),
        (0.21, "Unlikely: cheapest in 2 of 10 futures"),
        (0.5, "A toss-up: cheapest in 5 of 10 futures"),
        (0.78, "Likely: cheapest in 8 of 10 futures"),
        (0.91, "Very likely: cheapest in 9 of 10 futures"),
        (0.98, "Very likely: cheapest in 9 of 10 futures"),  # not "10 of 10": it does lose in some
        (0.999, "Almost sure: cheapest in nearly every future"),
    ],
)
def test_chance_words(p: float | None, words: str) -> None:
    assert chance_words(p) == words


def test_minnesota_worry_is_answered_on_the_card(db: VehicleDatabase) -> None:
    """The Minnesota household worries about January range and the cabin trips: each electric card says both."""
    c = _sample(db, "minnesota-commuters")
    for card, v in zip(cards(c), c.vehicles, strict=True):
        if v.powertrain == "bev":
            assert "in January" in card.range
            assert "road trips" in card.worry
            assert card.charging.startswith("Home covers") and "a year" in card.charging


def test_a_lease_with_its_terms_is_priced_on_its_card_without_a_purchase_price(db: VehicleDatabase) -> None:
    """A used car has no base MSRP; leased on its terms the engine counts it (price_known), and so does its card (and
    so page 1 of the PDF, which lays out the same card)."""
    h = Household(years=3, financing="lease")
    lease = LeaseTerms(due_at_signing=3000.0, monthly=350.0, term_months=36)
    c = compare(db, h, [VehicleChoice(CAMRY, used=True, lease=lease), VehicleChoice(MODEL_3, lease=lease)])
    assert c.vehicles[0].price is None and bool(c.result.price_known[0])
    card = cards(c)[0]
    assert card.priced and card.place.standing is not Standing.NEEDS_PRICE and card.standing
    assert card.headline == f"${c.vehicles[0].total_cost / 36:,.0f} a month"
