"""Incentives that inform (issue 16): what applies, what could apply if something changed (and what), the rest
counted; names that two programs share told apart. Checked on the real Colorado catalogue and on every reason."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from buyer_app.core.costs.choices import VehicleChoice
from buyer_app.core.costs.compare import compare
from buyer_app.core.household.fields import Household
from buyer_app.core.household.state_fill import with_state
from buyer_app.core.incentives.catalogue import Payment
from buyer_app.core.incentives.relevance import Change, Relevance, change_needed, group_decisions, relevance
from buyer_app.core.incentives.rules import Decision, Item, Reason, ReasonKind
from buyer_app.core.vehicles.database import load_database
from buyer_app.text.incentives import could_apply_text, distinct_names, reason_text

MODEL_3 = 48765  # 2025 Tesla Model 3 Long Range RWD, base MSRP $42,490


def _decision(kind: ReasonKind | None, *, applied: bool = False, name: str = "EV rebate", **reason: object) -> Decision:
    return Decision(
        id=f"x-{name}",
        name=name,
        offered_by="Somebody",
        level="state",
        item=Item.VEHICLE,
        applied=applied,
        amount=500.0 if applied else 0.0,
        reason=None if kind is None else Reason(kind, **reason),  # type: ignore[arg-type]
        payment=Payment.REBATE,
        start="2024-01-01",
        end=None,
        source="https://example.org",
        checked="2026-08-06",
    )


@given(st.sampled_from(list(ReasonKind)), st.booleans())
def test_every_refused_incentive_is_either_changeable_with_words_or_not_for_you(kind: ReasonKind, utility_set: bool) -> None:
    d = _decision(kind, amount=35_000.0, on="2027-01-01", detail="Xcel Energy", utility_set=utility_set)
    if kind is ReasonKind.TRIMMED_TO_PRICE:
        d = replace(d, applied=True, amount=300.0)
    rel = relevance(d)
    assert (rel is Relevance.COULD_APPLY) == bool(could_apply_text(d)) == (change_needed(d) is not None)
    assert reason_text(d.reason)  # every reason still has its words
    group = group_decisions([d])
    assert (
        sum(len(g) for g in (group.applies, group.could_apply, group.utility_programs, group.local_programs, group.not_for_you))
        == 1
    )


@pytest.mark.parametrize(
    ("kind", "change", "words"),
    [
        (ReasonKind.MSRP_ABOVE_CAP, Change.CHEAPER, "with a trim or deal under $35,000"),
        (ReasonKind.INCOME_NOT_GIVEN, Change.INCOME, "enter your income"),
        (ReasonKind.INCOME_UNCHECKABLE, Change.INCOME, "check with the program"),
        (ReasonKind.NO_HOME_LEVEL2, Change.HOME_CHARGER, "install a home Level 2 charger"),
        (ReasonKind.NOT_STARTED, Change.LATER, "on or after 2027-01-01"),
        (ReasonKind.AREA, Change.PLACE, "if you live in Xcel Energy"),
        (ReasonKind.ENDED, None, ""),
        (ReasonKind.INCOME_ABOVE, None, ""),
        (ReasonKind.LARGER_TIER_COUNTED, None, ""),
    ],
)
def test_what_would_make_it_count(kind: ReasonKind, change: Change | None, words: str) -> None:
    d = _decision(kind, amount=35_000.0, on="2027-01-01", detail="Xcel Energy")
    assert change_needed(d) is change
    assert words in could_apply_text(d) if words else could_apply_text(d) == ""


def test_another_utilitys_program_could_apply_only_until_the_household_names_its_utility() -> None:
    unset = _decision(ReasonKind.OTHER_UTILITY, detail="Xcel Energy", utility_set=False)
    chosen = _decision(ReasonKind.OTHER_UTILITY, detail="Xcel Energy", utility_set=True)
    assert change_needed(unset) is Change.UTILITY and "Xcel Energy" in could_apply_text(unset)
    assert relevance(chosen) is Relevance.NOT_FOR_YOU


def test_shared_names_are_told_apart_by_offerer_then_dates_then_number() -> None:
    a = _decision(None, applied=True, name="EV rebate")
    b = replace(_decision(ReasonKind.ENDED, on="2025-12-31", name="EV rebate"), offered_by="Other Co-op")
    c = replace(_decision(ReasonKind.ENDED, name="Credit"), start="2023-07-01")
    d = replace(_decision(ReasonKind.ENDED, name="Credit"), start="2024-01-01", end="2029-01-01")
    e, f = _decision(ReasonKind.ENDED, name="Same"), _decision(ReasonKind.ENDED, name="Same")
    g = _decision(ReasonKind.ENDED, name="Alone")
    assert distinct_names([a, b, c, d, e, f, g]) == [
        "EV rebate (Somebody)",
        "EV rebate (Other Co-op)",
        "Credit (from 2023-07-01, no end date known)",
        "Credit (from 2024-01-01, to 2029-01-01)",
        "Same (1)",
        "Same (2)",
        "Alone",
    ]


def test_a_model_3_in_colorado_on_2026_12_01() -> None:
    """The catalogue's Colorado rows (from energyoffice.colorado.gov, checked 2026-08-06): $750 applies; the
    program's part for cars under a $35,000 MSRP could apply with a cheaper car; the federal 30D credit ended on
    2025-09-30 (irs.gov/clean-vehicle-tax-credits) and is among the rest."""
    h = with_state(Household(purchase_date="2026-12-01"), "CO")
    [tesla] = compare(load_database(), h, [VehicleChoice(MODEL_3)]).vehicles
    groups = group_decisions(tesla.incentives)
    assert [d.amount for d in groups.applies] == [750.0] and groups.applied_total == 750.0
    assert {d.name for d in groups.could_apply} == {
        "Colorado Electric Vehicle Tax Credits",
        "Vehicle Exchange Colorado (VXC) Program",
    }
    assert len(groups.utility_programs) >= 10 and all(change_needed(d) is Change.UTILITY for d in groups.utility_programs)
    federal = next(d for d in tesla.incentives if "(30D)" in d.name)
    assert federal in groups.not_for_you
    names = distinct_names(tesla.incentives)
    assert len(set(names)) == len(names)  # no two lines read the same
    # naming the utility turns the utility programs into "not for you", except that utility's own
    xcel = compare(load_database(), replace(h, utility="co-xcel-energy"), [VehicleChoice(MODEL_3)]).vehicles[0]
    assert group_decisions(xcel.incentives).utility_programs == ()
