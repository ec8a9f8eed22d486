"""Two scenarios side by side (issue 16 item 7): the pairing, the quick variants and their refusals, and the words."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from buyer_app.core.costs.choices import VehicleChoice
from buyer_app.core.costs.compare import compare
from buyer_app.core.errors import InputError
from buyer_app.core.household.choices import UnitSystem
from buyer_app.core.profiles.scenarios import Change, ChangeKind, compare_scenarios, parse_change, variant
from buyer_app.core.profiles.schema import Profile, load_profile
from buyer_app.core.vehicles.database import VehicleDatabase
from buyer_app.text.scenarios import already_words, answer, household_rows, vehicle_rows
from buyer_app.text.units import Display

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
HYBRID = 48937  # 2025 Toyota RAV4 Hybrid AWD in the Minnesota sample


@pytest.fixture
def minnesota() -> Profile:
    return load_profile(SAMPLES / "minnesota-commuters.json")


def test_without_home_charging_plug_ins_cost_more_and_the_hybrid_the_same(db: VehicleDatabase, minnesota: Profile) -> None:
    sc = compare_scenarios(db, minnesota, variant(minnesota, "no-charger"))
    assert sc.b.comparison.household.home_charging == "none"
    assert [p.id for p in sc.vehicles] == [v.id for v in minnesota.vehicles]
    assert not sc.only_in_a and not sc.only_in_b
    by_id = {p.id: p for p in sc.vehicles}
    assert by_id[HYBRID].difference == 0
    for p in sc.vehicles:
        assert p.a_total == p.a.total_cost and p.b_total == p.b.total_cost
        assert p.difference == pytest.approx(p.b.total_cost - p.a.total_cost)
        assert p.a_monthly == pytest.approx(p.a.total_cost / 120)
        if p.a.powertrain in ("bev", "phev"):
            assert p.difference is not None and p.difference > 0
    # the same figures as `compare` gives for each household on its own
    alone = compare(db, minnesota.household, list(minnesota.vehicles), minnesota.driving, minnesota.climate)
    assert [v.total_cost for v in alone.vehicles] == [p.a_total for p in sc.vehicles]
    assert sc.a.cheapest is not None and sc.b.cheapest is not None
    assert sc.a.cheapest.id == sc.b.cheapest.id == HYBRID


def test_a_level2_charger_counts_its_installation(db: VehicleDatabase, minnesota: Profile) -> None:
    none = replace(minnesota, household=minnesota.household.with_values({"home_charging": "none", "home_charger_cost": 2000.0}))
    with_charger = variant(none, Change(ChangeKind.LEVEL2))
    assert with_charger.household.home_charging == "level2"
    assert with_charger.household.home_charger_cost == 2000.0
    free = replace(with_charger, household=with_charger.household.with_values({"home_charger_cost": 0.0}))
    sc = compare_scenarios(db, free, with_charger)
    for p in sc.vehicles:  # the same charging: only the installation differs, and only for plug-ins
        assert p.difference == pytest.approx(2000.0 if p.a.powertrain in ("bev", "phev") else 0.0)


def test_keep_years_compares_per_month(db: VehicleDatabase, minnesota: Profile) -> None:
    sc = compare_scenarios(db, minnesota, variant(minnesota, "years=5"))
    assert (sc.a.years, sc.b.years) == (10, 5) and not sc.same_years
    for p in sc.vehicles:
        assert p.b_monthly == pytest.approx(p.b.total_cost / 60)
    text = answer(sc, ("MN", "MN 5"), Change(ChangeKind.YEARS, 5))
    assert text.startswith("Kept 5 years instead of 10, the ") and " a month instead of $" in text


def test_cash_and_loan_change_the_financing(db: VehicleDatabase, minnesota: Profile) -> None:
    loan = variant(minnesota, "loan")
    assert loan.household.financing == "loan"
    assert variant(loan, "cash").household.financing == "cash"
    sc = compare_scenarios(db, minnesota, loan)
    assert all(p.difference is not None and p.difference > 0 for p in sc.vehicles)  # interest at 6.73% costs money


def test_what_ifs_count_in_a_scenario(db: VehicleDatabase, minnesota: Profile) -> None:
    tried = replace(minnesota, what_if={"years": 4})
    sc = compare_scenarios(db, tried, minnesota)
    assert (sc.a.years, sc.b.years) == (4, 10)
    with pytest.raises(InputError, match="already 4"):
        variant(tried, "years=4")


@pytest.mark.parametrize(
    ("code", "shown"),
    [("solar", "'solar'"), ("years=0", "'years=0'"), ("years=21", "'years=21'"), ("years=many", "'years=many'"), ("cash=2", "")],
)
def test_bad_variants_are_refused_naming_the_flag(code: str, shown: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_change(code, "--variant")
    problem = caught.value.problems[0]
    assert problem.field == "--variant" and problem.value == code
    assert "level2" in problem.allowed or "years=N" in problem.allowed
    assert shown in str(caught.value)


def test_a_change_that_changes_nothing_is_refused(minnesota: Profile) -> None:
    with pytest.raises(InputError) as caught:
        variant(minnesota, "level2")
    assert caught.value.problems[0].field == "variant"
    assert "home_charging is already 'level2'" in str(caught.value)
    assert already_words(minnesota, Change(ChangeKind.LEVEL2)) == (
        "“Minnesota commuters” already has “Level 2 (240 V) at home”: choose another change."
    )


def test_vehicles_in_one_scenario_only_are_listed_apart(db: VehicleDatabase, minnesota: Profile) -> None:
    other = replace(minnesota, name="Other", vehicles=(*minnesota.vehicles[1:], VehicleChoice(48972)))
    sc = compare_scenarios(db, minnesota, other)
    assert [v.id for v in sc.only_in_a] == [minnesota.vehicles[0].id]
    assert [v.id for v in sc.only_in_b] == [48972]
    assert [p.id for p in sc.vehicles] == [v.id for v in minnesota.vehicles[1:]]
    text = answer(sc, ("Minnesota commuters", "Other"))
    assert text.startswith("In “Other” rather than “Minnesota commuters”, no car's cost changes over 10 years;")
    assert "Only in “Minnesota commuters”: 2025 Tesla Model Y Long Range AWD." in text
    assert "Only in “Other”: 2025 Toyota Grand Highlander Hybrid AWD." in text
    rows = vehicle_rows(sc)
    assert len(rows) == 5
    assert rows[3][0] == "2025 Tesla Model Y Long Range AWD" and rows[3][2:4] == ["not in B", "—"]
    assert rows[3][1] == f"${sc.only_in_a[0].total_cost:,.0f}"
    assert rows[4][0] == "2025 Toyota Grand Highlander Hybrid AWD" and rows[4][1] == "not in A" and rows[4][5].startswith("$")


def test_a_car_without_a_price_shows_no_cost(db: VehicleDatabase, minnesota: Profile) -> None:
    used = replace(minnesota, vehicles=(*minnesota.vehicles, VehicleChoice(42808, used=True)))
    sc = compare_scenarios(db, used, variant(used, "no-charger"))
    unpriced = next(p for p in sc.vehicles if p.id == 42808)
    assert unpriced.a_total is None and unpriced.b_total is None and unpriced.difference is None
    assert vehicle_rows(sc)[-1][1:] == ["no price", "no price", "—", "no price", "no price"]
    assert "Without a known price, " in answer(sc, ("A", "B"), Change(ChangeKind.NO_CHARGER))
    assert sc.b.cheapest is not None and sc.b.cheapest.id != 42808


def test_minnesota_answer_and_rows_in_words(db: VehicleDatabase, minnesota: Profile) -> None:
    sc = compare_scenarios(db, minnesota, variant(minnesota, "no-charger"))
    equinox = next(p for p in sc.vehicles if p.id == 48695)
    text = answer(sc, ("Minnesota commuters", "without"), Change(ChangeKind.NO_CHARGER))
    assert text == (
        f"Without charging at home, the 2025 Chevrolet Equinox EV AWD (11 kW Charger) costs ${equinox.difference:,.0f} "
        "more over 10 years; the cheapest car stays the 2025 Toyota RAV4 Hybrid AWD."
    )
    rows = household_rows(sc)
    assert rows[0] == ["Charging at home", "Level 2 (240 V) at home", "No charging at home"]
    assert rows[1] == ["Charger installation", "$1,500", "none"]
    assert rows[4][1].endswith(" mi")
    assert household_rows(sc, Display(UnitSystem.METRIC))[4][1].endswith(" km")
    assert [r[3] for r in vehicle_rows(sc)][2] == "no change"
    assert vehicle_rows(sc)[1][3] == f"+${equinox.difference:,.0f}"


def test_the_cheapest_car_can_change(db: VehicleDatabase) -> None:
    # Georgia charges at a parent's on weekends (its calendar): kept 3 years instead of 6, the Bolt has not yet
    # paid back its higher price and the Civic is the cheapest
    georgia = load_profile(SAMPLES / "georgia-used-car-buyer.json")
    change = parse_change("years=3")
    sc = compare_scenarios(db, georgia, variant(georgia, change))
    assert sc.a.cheapest is not None and sc.b.cheapest is not None and sc.a.cheapest.id != sc.b.cheapest.id
    text = answer(sc, ("Georgia", "3 years"), change)
    assert f"the cheapest car becomes the {sc.b.cheapest.label} (instead of the {sc.a.cheapest.label})." in text


def test_a_scenario_without_vehicles_is_refused(db: VehicleDatabase, minnesota: Profile) -> None:
    with pytest.raises(InputError, match="at least one vehicle in each scenario"):
        compare_scenarios(db, minnesota, replace(minnesota, name="Empty", vehicles=()))


def test_the_level2_answer_names_the_installation(db: VehicleDatabase) -> None:
    renters = load_profile(SAMPLES / "california-renters.json")
    sc = compare_scenarios(db, renters, variant(renters, "level2"))
    cost = sc.b.comparison.household.home_charger_cost
    assert cost > 0
    assert answer(sc, ("CA", "CA L2"), Change(ChangeKind.LEVEL2)).startswith(
        f"With a Level 2 charger at home (its ${cost:,.0f} installation counted), the "
    )
