"""The words of `buyer_app.text` (issue 15): the core returns numbers, enums and typed reasons, the text package
says them, and every sentence here is one the command line, the PDF and the window printed before the words left
the core (most are copied from tests/regression/expected). No Qt, no database."""

from __future__ import annotations

import json
from types import SimpleNamespace
from typing import Any, cast

import numpy as np
import pytest

from buyer_app.core.costs.car_sources import InsuranceBasis, InsuranceEstimate, VehicleSources, WinterBasis
from buyer_app.core.costs.compare import BreakEvenReason, Comparison, PriceKind
from buyer_app.core.driving.patterns import AnnualPattern, SimplePattern, driving_year
from buyer_app.core.energy.charging_summary import ChargingNoteFacts, ChargingSummary, Monthly
from buyer_app.core.household.choices import DcPricing, Financing, HomeCharging
from buyer_app.core.household.fields import FIELDS, Household
from buyer_app.core.incentives.catalogue import PAYMENTS, Payment
from buyer_app.core.incentives.rules import Decision, IncomeBy, Item, Reason, ReasonKind
from buyer_app.core.uncertainty.run import Confidence, ConfidenceKind, RivalNote, TornadoBar, TornadoInput, UncertaintyResult
from buyer_app.core.uncertainty.thresholds import Threshold, ThresholdInput
from buyer_app.core.vehicles.schema import Powertrain
from buyer_app.text import translate
from buyer_app.text.charging import charging_json, charging_note
from buyer_app.text.choices import CHOICE_LABELS, choice_label, powertrain_label
from buyer_app.text.driving import describe_pattern
from buyer_app.text.incentives import dates_text, decision_json, decision_line, reason_text, when_paid_text
from buyer_app.text.ranking import not_sold_new_reason
from buyer_app.text.region import grid_description, income_text, no_incentive_line
from buyer_app.text.sources import source_lines, sources_text
from buyer_app.text.thresholds import threshold_sentence, threshold_value
from buyer_app.text.uncertainty import bar_labels, chance_text, futures_text, tornado_name, uncertainty_sentence
from buyer_app.text.wording import after_text, money, money_compact, years_text

# -- translate and money --------------------------------------------------------------------------------------------


def test_tr_hands_the_text_back_until_a_translator_is_installed() -> None:
    assert translate.tr("ended {}") == "ended {}"
    translate.install(lambda text: {"ended {}": "beendet {}"}.get(text, text))
    try:
        assert reason_text(Reason(ReasonKind.ENDED, on="2025-09-30")) == "beendet 2025-09-30"
        assert reason_text(Reason(ReasonKind.PAUSED)) == "paused (no new applications when last checked)"
    finally:
        translate.install(None)
    assert reason_text(Reason(ReasonKind.ENDED, on="2025-09-30")) == "ended 2025-09-30"


def test_one_money_formatter() -> None:
    assert money(2671) == "$2,671" and money(-1234.4) == "-$1,234" and money(0) == "$0"
    assert money(0.146, True) == "$0.15" and money(0.146, digits=3) == "$0.146" and money(5.1279, digits=2) == "$5.13"
    assert money(None) == "—" and money(float("nan")) == "—"
    assert money(np.float64(28295.2)) == "$28,295"
    assert money(1500, currency="EUR") == "1,500 EUR"
    assert [money_compact(v) for v in (850, 1000, 1500, -9_949, 12_400)] == ["$850", "$1k", "$1.5k", "-$9.9k", "$12k"]


def test_years_and_places_in_words() -> None:
    assert (years_text(2.25), years_text(1.0), years_text(0.6), years_text(0.01)) == (
        "2 years 3 months",
        "1 year",
        "7 months",
        "at once",
    )
    assert after_text(2.25) == "after 2 years 3 months" and after_text(0.0) == "at once"
    assert income_text(Household(income=120_000, household_size=3, filing_status="hoh")) == (
        "$120,000 a year, head of household, 3 people; you own your home"
    )
    assert no_incentive_line(Household(purchase_date="2026-12-01")) == (
        "No incentive in the catalogue for this vehicle in the US (no state chosen: federal programs only) on 2026-12-01."
    )


# -- incentives -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reason", "words"),
    [
        (Reason(ReasonKind.ENDED, on="2025-09-30"), "ended 2025-09-30"),
        (Reason(ReasonKind.NOT_STARTED, on="2027-01-01"), "starts 2027-01-01"),
        (Reason(ReasonKind.MSRP_ABOVE_CAP, amount=55_000), "MSRP above the $55,000 cap"),
        (Reason(ReasonKind.PRICE_ABOVE_CAP, amount=25_000), "price above the $25,000 cap"),
        (
            Reason(ReasonKind.INCOME_ABOVE, amount=300_000, income=310_000, income_by=IncomeBy.FILING_STATUS, key="joint"),
            "income above the limit ($310,000 > $300,000 for joint filers)",
        ),
        (
            Reason(ReasonKind.INCOME_ABOVE, amount=59_742, income=59_743, income_by=IncomeBy.HOUSEHOLD_SIZE, key="3"),
            "income above the limit ($59,743 > $59,742 for a household of 3)",
        ),
        (
            Reason(ReasonKind.INCOME_BELOW_TIER, amount=50_000, income=40_000, income_by=IncomeBy.HOUSEHOLD_SIZE, key="2"),
            "income below this tier ($40,000 < $50,000); another tier may apply",
        ),
        (Reason(ReasonKind.PAUSED), "paused (no new applications when last checked)"),
        (
            Reason(ReasonKind.OTHER_UTILITY, detail="Xcel Energy", utility_set=False),
            "only for customers of Xcel Energy (set your utility)",
        ),
        (Reason(ReasonKind.OTHER_UTILITY, detail="Austin Energy"), "only for customers of Austin Energy"),
        (
            Reason(ReasonKind.AREA, detail="City of Hopkins"),
            "only in City of Hopkins; the app cannot check your address (add it as your own incentive if you qualify)",
        ),
        (
            Reason(ReasonKind.UNCONFIRMED, on="2026-12-01", until="2025-04-19", detail="no source found", checked="2026-12-06"),
            "not counted: whether it still pays on 2026-12-01 is not confirmed (last known to pay on 2025-04-19; "
            "no source found; last verified 2026-12-06)",
        ),
        (
            Reason(ReasonKind.UNCONFIRMED, on="2026-12-01", detail="x", checked="2026-12-06"),
            "not counted: whether it still pays on 2026-12-01 is not confirmed (its funding is not confirmed; x; "
            "last verified 2026-12-06)",
        ),
        (Reason(ReasonKind.INCOME_UNCHECKABLE), "income limit the app cannot check (no usable table in the data)"),
        (
            Reason(ReasonKind.INCOME_TABLE_MISSING, income_by=IncomeBy.FILING_STATUS, key="hoh"),
            "no income limit given for filing status hoh in the program's table",
        ),
        (Reason(ReasonKind.ZERO_AMOUNT), "amount works out to $0 for this vehicle"),
        (Reason(ReasonKind.LARGER_TIER_COUNTED, amount=4_000), "the same program's larger amount ($4,000) is counted instead"),
        (
            Reason(ReasonKind.TRIMMED_TO_PRICE, amount=40_000),
            "trimmed to the vehicle's price ($40,000): the incentives above already cover the rest",
        ),
        (Reason(ReasonKind.NO_HOME_LEVEL2), "for a home Level 2 charger, and you have none in this plan"),
        (None, ""),
    ],
)
def test_each_reason_reads_as_before(reason: Reason | None, words: str) -> None:
    assert reason_text(reason) == words


def test_every_reason_kind_and_payment_has_words() -> None:
    for kind in ReasonKind:
        assert reason_text(
            Reason(kind, amount=1.0, income=2.0, on="2026-01-01", detail="x", key="1", income_by=IncomeBy.HOUSEHOLD_SIZE)
        )
    assert {when_paid_text(p) for p in Payment} >= {
        "at purchase (taken off the price by the dealer)",
        "at purchase (your own offer)",
        "when you file taxes for the purchase year",
    }
    assert set(PAYMENTS) == set(Payment) - {Payment.OWN_OFFER}


def _decision(**over: Any) -> Decision:
    base: dict[str, Any] = dict(
        id="US-30C",
        name="Charger credit",
        offered_by="IRS",
        level="federal",
        item=Item.HOME_CHARGER,
        applied=False,
        amount=0.0,
        reason=Reason(ReasonKind.ENDED, on="2026-06-30"),
        payment=Payment.TAX_CREDIT,
        start="2023-01-01",
        end="2026-06-30",
        source="https://irs.gov",
        checked="2026-11-01",
    )
    return Decision(**{**base, **over})


def test_a_decision_in_json_keeps_its_keys_order_and_words() -> None:
    d = decision_json(_decision())
    assert list(d) == [
        "id",
        "name",
        "offered_by",
        "level",
        "item",
        "applied",
        "amount",
        "reason",
        "when_paid",
        "dates",
        "source",
        "checked",
        "notes",
        "relevance",
        "could_apply_if",
    ]  # the last two added by issue 16: how much it matters to the household, and what would make it count
    assert d["item"] == "home charger" and d["reason"] == "ended 2026-06-30"
    assert d["relevance"] == "not_for_you" and d["could_apply_if"] == ""
    assert d["when_paid"] == "when you file taxes for the purchase year"
    assert d["dates"] == "from 2023-01-01, to 2026-06-30"
    assert dates_text(_decision(start=None, end=None)) == "start not given, no end date known"
    own = decision_json(
        _decision(
            level="custom",
            offered_by="",
            source="",
            payment=Payment.OWN_OFFER,
            applied=True,
            amount=500.0,
            reason=None,
            item=Item.VEHICLE,
            start=None,
            end=None,
            checked="",
        )
    )
    assert (own["offered_by"], own["source"], own["dates"], own["reason"]) == ("entered by you", "your own figure", "", "")
    assert own["when_paid"] == "at purchase (your own offer)"
    assert decision_line(_decision()) == "Home charger: Charger credit (IRS): not applied — ended 2026-06-30"


# -- thresholds and the uncertainty sentence ------------------------------------------------------------------------


def _pair(state: str = "US") -> Comparison:
    vehicles = [
        SimpleNamespace(id=1, label="2025 Toyota RAV4 Hybrid AWD"),
        SimpleNamespace(id=2, label="2025 Chevrolet Equinox EV AWD (11 kW Charger)"),
    ]
    return cast(Comparison, SimpleNamespace(vehicles=vehicles, household=Household(state=state)))


def test_threshold_sentences_read_as_before() -> None:
    c = _pair()
    gas = Threshold(ThresholdInput.GAS_PRICE, "USD/gal", 6.331, 2.99, 1.0, 10.0, 2, 1, 2)
    assert threshold_sentence(gas, c) == (
        "The 2025 Toyota RAV4 Hybrid AWD stays cheaper than the 2025 Chevrolet Equinox EV AWD (11 kW Charger) as long "
        "as gasoline stays below $6.33/gal (now $2.99/gal); beyond it the 2025 Chevrolet Equinox EV AWD (11 kW Charger) "
        "wins."
    )
    none = Threshold(ThresholdInput.ELECTRICITY_PRICE, "USD/kWh", None, 0.15, 0.03, 1.0, None, 1, 2)
    assert threshold_sentence(none, c) == (
        "Electricity anywhere from $0.030/kWh to $1.000/kWh does not change which of the 2025 Toyota RAV4 Hybrid AWD and "
        "the 2025 Chevrolet Equinox EV AWD (11 kW Charger) is cheaper."
    )
    years = Threshold(ThresholdInput.YEARS, "years", 7.26, 5.0, 0.0, 20.0, 2, 1, 2)
    assert threshold_sentence(years, c) == (
        "The 2025 Chevrolet Equinox EV AWD (11 kW Charger) becomes the cheaper one "
        "to have owned if you keep it at least 7.3 years (you plan 5)."
    )
    assert threshold_value(ThresholdInput.ANNUAL_MILES, 45_706.2) == "45,706 miles a year"


def test_a_metric_market_s_thresholds_read_per_litre_and_in_km() -> None:
    """A China household's gasoline threshold per litre and its driving in km (the household keeps gallons, miles)."""
    from buyer_app.core.markets.regions import L_PER_GAL
    from buyer_app.text.currency import amounts_in

    c = _pair("CN-SH")
    with amounts_in("CNY"):
        gas = Threshold(ThresholdInput.GAS_PRICE, "USD/gal", 7.5 * L_PER_GAL, 6.89 * L_PER_GAL, 1.0, 80.0, 2, 1, 2)
        assert "gasoline stays below ¥7.50/L (now ¥6.89/L)" in threshold_sentence(gas, c)
        miles = Threshold(ThresholdInput.ANNUAL_MILES, "mi/yr", 12_427.42, 9_000.0, 1_000.0, 60_000.0, 2, 1, 2)
        assert "you drive less than 20,000 km a year (now 14,484 km a year)" in threshold_sentence(miles, c)


def _result(confidence: Confidence, tornado: tuple[TornadoBar, ...] = ()) -> UncertaintyResult:
    percentiles = np.zeros((3, 2, 6))
    percentiles[0, 0, -1], percentiles[2, 0, -1] = 40_123.0, 51_987.0
    return cast(
        UncertaintyResult,
        SimpleNamespace(confidence=confidence, settings=SimpleNamespace(draws=500), percentiles=percentiles, tornado=tornado),
    )


def test_the_run_sentence_reads_as_before() -> None:
    c = _pair()
    top = Confidence(
        ConfidenceKind.CHEAPEST, vehicle=0, probability=0.912, rival=1, note=RivalNote.MATTERS_MOST, top_input=TornadoInput.GAS
    )
    assert uncertainty_sentence(_result(top), c) == (
        "The 2025 Toyota RAV4 Hybrid AWD is the cheapest in about 9 of 10 futures simulated (91% of 500); against the "
        "2025 Chevrolet Equinox EV AWD (11 kW Charger), gasoline price matters most."
    )
    flip = Threshold(ThresholdInput.GAS_PRICE, "USD/gal", 5.1279, 3.02, 1.0, 10.0, 2, 1, 2)
    wins = Confidence(
        ConfidenceKind.CHEAPEST, vehicle=0, probability=0.77, rival=1, note=RivalNote.WINS_IF, flip=flip, rival_wins_above=True
    )
    assert uncertainty_sentence(_result(wins), c).endswith(
        "; the 2025 Chevrolet Equinox EV AWD (11 kW Charger) wins mainly if gasoline rises above $5.13/gal."
    )
    close = Confidence(ConfidenceKind.CHEAPEST, vehicle=0, probability=0.999, rival=1, note=RivalNote.CHEAPER_TODAY)
    assert uncertainty_sentence(_result(close), c) == (
        "The 2025 Toyota RAV4 Hybrid AWD is the cheapest in nearly all futures simulated (over 99% of 500); yet at "
        "today's figures the 2025 Chevrolet Equinox EV AWD (11 kW Charger) is the cheaper one, so the two are close to even."
    )
    assert uncertainty_sentence(_result(Confidence(ConfidenceKind.ONE_PRICED, vehicle=0)), c) == (
        "Only the 2025 Toyota RAV4 Hybrid AWD has a known price: in 8 of 10 futures simulated its total comes to between "
        "$40,123 and $51,987. Give the others a price to compare them."
    )
    assert uncertainty_sentence(_result(Confidence(ConfidenceKind.NO_PRICE)), c) == (
        "No vehicle has a known price, so none can be called the cheapest."
    )


def test_tornado_words() -> None:
    assert bar_labels(TornadoBar(TornadoInput.GAS, 0.78, 1.28, -10.0, 10.0)) == ("gasoline price", "22% lower", "28% higher")
    assert bar_labels(TornadoBar(TornadoInput.DEPRECIATION, -0.032, 0.032, 0, 0)) == (
        "yearly loss of value",
        "3.2 points less a year",
        "3.2 points more a year",
    )
    assert [futures_text(x) for x in (0.77, 0.5, 0.999, 0.001, 0.97, 0.03)] == [
        "in about 8 of 10 futures",
        "in about half the futures",
        "in nearly all futures",
        "in almost no futures",
        "in more than 9 of 10 futures",
        "in fewer than 1 of 10 futures",
    ]
    assert {tornado_name(k) for k in TornadoInput} >= {"annual miles", "maintenance and repair", "battery health"}
    assert (chance_text(0.004), chance_text(0.5), chance_text(0.996)) == ("under 1%", "50%", "over 99%")


# -- charging, sources, driving, grid, rank -------------------------------------------------------------------------


def _charging(**over: Any) -> ChargingSummary:
    base: dict[str, Any] = dict(
        battery_kwh=75.0,
        dc_max_kw=250.0,
        ac_max_kw=11.0,
        connector="NACS",
        spec_source="",
        dc_10_80_minutes=25.0,
        dc_curve="",
        level2_10_100_hours=9.0,
        level1_10_100_hours=40.0,
        epa_240v_hours=10.0,
        home_charging="level2",
        home_plugged_hours_per_week=8.0,
        share_days_home_only=0.97,
        public_charge_days=3.0,
        dc_fast_stops=4.0,
        dc_fast_hours=1.6,
        public_level2_sessions=0.0,
        trip_dc_stops=6.0,
        trip_dc_hours=2.5,
        energy_cost_by_source={"home": 500.0, "work": 0.0, "public": 40.0, "relative": 0.0},
        public_charging_cost_year_usd=40.0,
        kwh_by_source={"home": 3000.0, "work": 0.0, "public": 90.0, "relative": 0.0},
        electric_share_of_miles=None,
        epa_utility_factor=None,
        summer_range_mi=330.0,
        winter_range_mi=240.0,
        winter_month="January",
        longest_regular_day_mi=60.0,
        winter_range_covers_longest_day=True,
        monthly=Monthly([1.0] * 12, [0.0] * 12, [0.0] * 12, [300.0] * 12),
        note_facts=ChargingNoteFacts(is_bev=True, road_trips=3),
    )
    return ChargingSummary(**{**base, **over})


def test_charging_notes_read_as_before() -> None:
    assert charging_note(_charging()) == (
        "Covers 97% of your days from home charging. Your 3 road trips add about 6 fast charging stops, about 2 hours a year. "
        "Public charging costs about $40 a year."
    )
    none = _charging(
        home_charging="none",
        public_charge_days=52.0,
        dc_fast_stops=30.0,
        dc_fast_hours=12.4,
        monthly=Monthly([0.0] * 12, [4.0] * 12, [1.0] + [2.0] * 11, [300.0] * 12),
        winter_range_covers_longest_day=False,
    )
    assert charging_note(none) == (
        "Without home charging, it needs a public charge on about 52 days a year (30 DC fast stops, about 12 hours). "
        "Public charging costs about $40 a year. In January it needs about 1 fast-charging stop. "
        "In January its usable range (240 mi less the reserve) is shorter than your longest regular day (60 mi)."
    )
    weekends = _charging(
        home_charging="none",
        public_charge_days=12.0,
        dc_fast_stops=12.0,
        dc_fast_hours=None,
        public_charging_cost_year_usd=281.3,
        note_facts=ChargingNoteFacts(is_bev=True, road_trips=0, relative_nights=2, home_nights=0),
    )
    assert charging_note(weekends) == (
        "Charging at a relative's 2 nights a week, it needs a public charge on about 12 days a year (12 DC fast stops). "
        "Public charging costs about $281 a year."
    )
    phev = _charging(electric_share_of_miles=0.45, epa_utility_factor=0.62, note_facts=ChargingNoteFacts(False, 0))
    assert charging_note(phev) == "About 45% of your miles would be electric (EPA's label assumes 62%)."
    block = charging_json(phev)
    assert list(block)[-2:] == ["monthly", "note"] and "note_facts" not in block
    assert block["note"] == charging_note(phev)


def test_each_cars_sources_read_as_before() -> None:
    estimate = InsuranceEstimate(
        reference=2552.0,
        national=False,
        source="Bankrate",
        as_of="2025-09",
        body="suv",
        body_factor=0.94,
        powertrain_factor=1.04,
        reference_price=28_295.0,
        price_elasticity=0.3,
    )
    s = VehicleSources(
        InsuranceBasis.ESTIMATED,
        estimate,
        False,
        0.62,
        "iSeeCars 2025",
        "2025-03",
        WinterBasis.MEASURED,
        0.85,
        "Recurrent",
        "2025-01",
    )
    assert sources_text(s) == {
        "insurance": "estimated: $2,552 for a reference car in your state (Bankrate, 2025-09) x 0.94 for an SUV x 1.04 "
        "for its powertrain x (its value / $28,295)^0.3; the part for collision and theft falls with its value",
        "resale": "keeps 62.0% of its price after 5 years. iSeeCars 2025 (2025-03)",
        "winter_range": "keeps 85% of its range at 32 F: Recurrent (2025-01)",
    }
    own = VehicleSources(InsuranceBasis.QUOTE, None, True, 0.5, "", "", WinterBasis.GENERIC)
    lines = source_lines(own)
    assert [(x.name, x.yours) for x in lines] == [("insurance", True), ("resale", True), ("winter_range", False)]
    assert [x.text for x in lines] == [
        "your quote for this car",
        "your yearly rates",
        "keeps 83% of its range at 32 F with a heat pump, 75% without, 80% when not known (Recurrent 2025)",
    ]
    assert sources_text(None) == {}


def test_driving_grid_and_rank_words() -> None:
    assert describe_pattern(AnnualPattern(), driving_year(AnnualPattern(), 12_000)) == (
        "12,000 miles a year, spread evenly (no daily pattern set)"
    )
    simple = SimplePattern(30, 10, 2, 200, False)
    assert describe_pattern(simple, driving_year(simple)).startswith(
        "30 mi on weekdays, 10 mi on weekend days; 2 trips of 200 mi each way (back the next day): "
    )
    assert grid_description(Household()) == "US average grid (eGRID2023)"
    assert grid_description(Household(grid_co2_lb_per_mwh=500.0)) == "your grid figure"
    assert not_sold_new_reason(2023) == "no longer sold new: last model year 2023"


# -- typed choices --------------------------------------------------------------------------------------------------


def test_every_choice_of_the_household_has_one_display_name() -> None:
    for spec in FIELDS:
        for code in spec.choices:
            named = code in CHOICE_LABELS.get(spec.name, {}) or (spec.name == "state" and "—" in choice_label("state", code))
            assert named and choice_label(spec.name, code), (spec.name, code)
    assert {name for name in CHOICE_LABELS} == {s.name for s in FIELDS if s.choices} - {"state"}
    assert choice_label("home_charging", "level2") == "Level 2 (240 V) at home"
    assert choice_label("public_dc_pricing", "per_kwh") == "per kWh" and choice_label("financing", "cash") == "Cash"
    assert choice_label("state", "CO") == "CO — Colorado"
    assert all(powertrain_label(p) != p.value for p in Powertrain)


def test_choices_are_str_enums_that_keep_the_codes() -> None:
    h = Household(financing="loan", home_charging="none")
    assert h.financing == Financing.LOAN and Financing.LOAN == "loan" and h.home_charging == HomeCharging.NONE
    assert f"{DcPricing.PER_MINUTE}" == "per_minute" and str(PriceKind.MSRP) == "msrp"
    assert json.dumps({"reason": BreakEvenReason.NEVER_CROSSES, Financing.CASH: [Powertrain.BEV]}) == (
        '{"reason": "never crosses", "cash": ["bev"]}'
    )
    by_name = {s.name: s.choices for s in FIELDS}
    assert by_name["financing"] == ("cash", "loan", "lease") and by_name["home_charging"] == ("level2", "level1", "none")
    assert Household().with_values({"public_dc_pricing": "per_minute"}).public_dc_pricing == "per_minute"
