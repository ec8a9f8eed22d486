"""The shipped sample households: one per persona of ../shared/PERSONAS.md, each a valid profile that compares."""

from __future__ import annotations

import json
import math

import pytest

from buyer_app.core.costs.compare import compare
from buyer_app.core.driving.patterns import driving_year
from buyer_app.core.errors import InputError
from buyer_app.core.markets.databases import market_database
from buyer_app.core.profiles.samples import list_samples, load_sample, samples_dir
from buyer_app.core.profiles.schema import profile_from_dict

# key -> state, the vehicles (model year, make, words of the EPA model), bought used, and what else the persona says
PERSONAS = {
    "minnesota-commuters": (
        "MN",
        [
            (2025, "Tesla", "Model Y Long Range"),
            (2025, "Chevrolet", "Equinox EV"),
            (2025, "Toyota", "RAV4 Hybrid"),
            (2025, "Toyota", "RAV4 PHEV"),
        ],
        False,
    ),
    "california-renters": (
        "CA",
        [(2025, "Hyundai", "Ioniq 5"), (2025, "Toyota", "Prius"), (2025, "Toyota", "Corolla Hybrid")],
        False,
    ),
    "texas-high-mileage": (
        "TX",
        [(2025, "Ford", "F150 Pickup"), (2025, "Ford", "Maverick HEV"), (2025, "Ford", "F-150 Lightning")],
        False,
    ),
    "new-york-retirees": (
        "NY",
        [(2025, "Toyota", "Camry HEV"), (2025, "Kia", "Niro Electric"), (2025, "Kia", "Niro Plug-in Hybrid")],
        False,
    ),
    "colorado-family": (
        "CO",
        [(2025, "Kia", "EV9"), (2025, "Toyota", "Grand Highlander Hybrid"), (2025, "Kia", "Sorento Plug-in Hybrid")],
        False,
    ),
    "georgia-used-car-buyer": ("GA", [(2022, "Chevrolet", "Bolt EV"), (2021, "Toyota", "Prius"), (2020, "Honda", "Civic")], True),
    # the China market's household (issue 17): the pack's ids, its guide prices
    "shanghai-family": (
        "CN-SH",
        [
            (2025, "Xiaomi", "YU7 Standard"),
            (2025, "Tesla", "Model Y RWD"),
            (2024, "BYD", "Song PLUS DM-i"),
            (2024, "Toyota", "Camry"),
        ],
        False,
    ),
}


def test_one_sample_per_persona_and_every_file_listed():
    samples = list_samples()
    assert [s.key for s in samples] == list(PERSONAS)
    assert {p.stem for p in samples_dir().glob("*.json")} == set(PERSONAS)
    for s in samples:
        assert s.name and s.description and len(s.description) < 200 and "\n" not in s.description


@pytest.mark.parametrize("key", list(PERSONAS))
def test_sample_loads_compares_and_matches_its_persona(db, key):
    state, wanted, used = PERSONAS[key]
    sample = next(s for s in list_samples() if s.key == key)
    raw = json.loads(sample.path.read_text(encoding="utf-8"))
    # schema 4 (migrated when read), 7 for the samples with a charging calendar, 8 for another market's
    expected = 8 if "market" in raw else 7 if "charging_calendar" in raw else 4
    assert raw["schema_version"] == expected and raw["household"]["purchase_date"] == ""
    db = db if profile_from_dict(raw).market == "us" else market_database(profile_from_dict(raw).market)
    profile = profile_from_dict(raw)
    assert profile == load_sample(key) == load_sample(sample)
    assert profile.name == sample.name
    h = profile.household
    assert h.state == state and h.purchase_date == ""
    frame = db.get([v.id for v in profile.vehicles])
    got = list(zip(frame["year"], frame["make"], frame["model"], strict=True))
    assert len(got) == len(wanted)
    for (year, make, model), (w_year, w_make, w_words) in zip(got, wanted, strict=True):
        assert (int(year), make) == (w_year, w_make) and w_words in model, (key, year, make, model)
    assert all(v.used == used for v in profile.vehicles)
    # every vehicle has a price: the curated base MSRP or an illustrative one in the sample
    for v, msrp in zip(profile.vehicles, frame["msrp_usd"], strict=True):
        assert v.price is not None or (not v.used and not math.isnan(msrp)), (key, v.id)
    result = compare(db, h, list(profile.vehicles), profile.driving, profile.climate)
    assert len(result.vehicles) == len(wanted)
    for v in result.vehicles:
        assert v.price is not None and math.isfinite(v.total_cost) and v.total_cost > 0
        assert abs(sum(sum(v.yearly_costs[c]) for c in v.yearly_costs) - v.total_cost) < 0.01


def test_samples_carry_what_each_persona_says(db):
    s = {k: load_sample(k) for k in PERSONAS}
    mn = s["minnesota-commuters"]
    assert (mn.household.years, mn.household.financing, mn.household.home_charging) == (10, "cash", "level2")
    assert (
        mn.driving.weekday_mi,
        mn.driving.weekend_mi,
        mn.driving.long_trips_per_year,  # type: ignore[union-attr]
        mn.driving.long_trip_one_way_mi,
    ) == (32, 15, 6, 240)  # type: ignore[union-attr]
    ca = s["california-renters"].household
    assert (ca.home_charging, ca.workplace_charging, ca.workplace_days, ca.tenure) == ("none", "free", 3, "rent")
    assert (ca.financing, ca.loan_term_months, ca.loan_apr, ca.down_payment_share) == ("loan", 60, 0.069, 0.1)
    assert abs(driving_year(s["california-renters"].driving).annual_miles - 11000) < 250
    tx = s["texas-high-mileage"]
    assert abs(driving_year(tx.driving).annual_miles - 22000) < 500
    assert 140 in tx.driving.week_mi  # type: ignore[union-attr]
    assert tx.household.electricity_price < 0.13  # cheap electricity at home
    ny = s["new-york-retirees"]
    assert ny.household.home_charging == "level1" and ny.household.financing == "lease"
    assert all(v.lease is not None for v in ny.vehicles) and "illustrative" in ny.name
    assert len(ny.driving.trips) == 12  # type: ignore[union-attr]
    assert abs(driving_year(ny.driving).annual_miles - 6000) < 300
    ny_calendar = ny.household.charging_calendar  # the 120 V outlet every night, and one at the family's on visits
    assert ny_calendar is not None and set(ny_calendar.nights) == {"home_l1"}
    assert (ny_calendar.visit_plug, ny_calendar.visits) == ("relative_l1", 12)
    co = s["colorado-family"]
    assert co.household.household_size == 4 and co.household.income > 0
    assert abs(driving_year(co.driving).annual_miles - 13500) < 300
    assert sum(2 * t.one_way_mi for t in co.driving.trips if t.month == 7) == 1800  # type: ignore[union-attr]
    ga = s["georgia-used-car-buyer"]
    assert all(v.used and v.price is not None and v.price <= 22000 for v in ga.vehicles)
    assert abs(driving_year(ga.driving).annual_miles - 9000) < 250
    ga_calendar = ga.household.charging_calendar  # a parent's house on weekends only, nothing at home
    assert ga_calendar is not None and ga.household.home_charging == "none"
    assert ga_calendar.nights == ("none",) * 5 + ("relative_l1",) * 2


def test_unknown_sample_is_refused_by_name():
    with pytest.raises(InputError, match="minnesota-commuters"):
        load_sample("atlantis")
