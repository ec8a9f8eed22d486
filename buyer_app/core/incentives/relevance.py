"""Which incentives matter to this household: what applies, what could apply if something changed (the income
given, the utility chosen, a cheaper trim, a home charger...), and the rest (ended, another program's tier,
not for this household).

The window's Incentives tab, the command line's text and the PDF show them in this order, with the rest
collapsed to a count, so a state with fifty programs does not bury the two that pay.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from buyer_app.core.incentives.rules import Decision, ReasonKind


class Relevance(StrEnum):
    """How much an incentive decision matters to the household (the code is also the JSON's word)."""

    APPLIES = "applies"  # counted (in full or in part)
    COULD_APPLY = "could_apply"  # not counted, but would be if something the household can change or tell changed
    NOT_FOR_YOU = "not_for_you"  # ended, paused, for others, or covered by another program already


class Change(StrEnum):
    """What would have to change for a `COULD_APPLY` incentive to count."""

    INCOME = "income"  # give the household income (or it qualifies by a rule the app cannot check)
    UTILITY = "utility"  # be (or say you are) a customer of the program's utility
    PLACE = "place"  # live in the program's area
    CHEAPER = "cheaper"  # a trim or deal under the program's price cap
    PRICE = "price"  # tell the app the vehicle's price
    HOME_CHARGER = "home_charger"  # plan a home Level 2 charger (and its cost)
    FINANCING = "financing"  # buy instead of lease, or the other way round
    LEASE_PASS_ON = "lease_pass_on"  # a lease that passes the lessor's credit on
    LATER = "later"  # buy on or after the start date
    CONFIRMED = "confirmed"  # the program's funding confirmed for the purchase day


_CHANGE_BY_REASON: dict[ReasonKind, Change] = {
    ReasonKind.INCOME_NOT_GIVEN: Change.INCOME,
    ReasonKind.INCOME_UNCHECKABLE: Change.INCOME,
    ReasonKind.INCOME_TABLE_MISSING: Change.INCOME,
    ReasonKind.AREA: Change.PLACE,
    ReasonKind.PRICE_ABOVE_CAP: Change.CHEAPER,
    ReasonKind.MSRP_ABOVE_CAP: Change.CHEAPER,
    ReasonKind.MSRP_UNKNOWN: Change.PRICE,
    ReasonKind.USED_PRICE_UNKNOWN: Change.PRICE,
    ReasonKind.PRICE_SHARE_UNKNOWN: Change.PRICE,
    ReasonKind.NO_HOME_LEVEL2: Change.HOME_CHARGER,
    ReasonKind.NO_CHARGER_COST: Change.HOME_CHARGER,
    ReasonKind.PURCHASES_ONLY: Change.FINANCING,
    ReasonKind.LEASES_ONLY: Change.FINANCING,
    ReasonKind.LESSOR: Change.LEASE_PASS_ON,
    ReasonKind.NOT_STARTED: Change.LATER,
    ReasonKind.UNCONFIRMED: Change.CONFIRMED,
}


def change_needed(d: Decision) -> Change | None:
    """What would make a refused incentive count; None when it applies or when nothing the household can change
    would (it ended, it is for renters and they own, another program already covers the charger...)."""
    if d.applied or d.reason is None:
        return None
    if d.reason.kind is ReasonKind.OTHER_UTILITY:
        return None if d.reason.utility_set else Change.UTILITY  # once a utility is chosen, others' programs are not yours
    return _CHANGE_BY_REASON.get(d.reason.kind)


def relevance(d: Decision) -> Relevance:
    if d.applied:
        return Relevance.APPLIES
    return Relevance.NOT_FOR_YOU if change_needed(d) is None else Relevance.COULD_APPLY


@dataclass(frozen=True)
class IncentiveGroups:
    """One vehicle's decisions in the order they are shown. The programs that would count for another utility's
    customers or in a local area are kept apart from the other could-applies: a state may list dozens of them,
    and the household settles them all at once by choosing its utility (or knowing its town)."""

    applies: tuple[Decision, ...]
    could_apply: tuple[Decision, ...]  # everything else that would count if something changed
    utility_programs: tuple[Decision, ...]  # Change.UTILITY: the household has not chosen its utility
    local_programs: tuple[Decision, ...]  # Change.PLACE: only in an area the app cannot check
    not_for_you: tuple[Decision, ...]

    @property
    def applied_total(self) -> float:
        return sum(d.amount for d in self.applies)

    @property
    def could_apply_count(self) -> int:
        return len(self.could_apply) + len(self.utility_programs) + len(self.local_programs)


def group_decisions(decisions: Iterable[Decision]) -> IncentiveGroups:
    """The decisions by relevance: applied ones by amount (largest first), the others in the catalogue's order."""
    decisions = list(decisions)
    changes = [change_needed(d) for d in decisions]

    def picked(*wanted: Change) -> tuple[Decision, ...]:
        return tuple(d for d, c in zip(decisions, changes, strict=True) if c in wanted)

    others = tuple(c for c in Change if c not in (Change.UTILITY, Change.PLACE))
    return IncentiveGroups(
        applies=tuple(sorted((d for d in decisions if d.applied), key=lambda d: -d.amount)),
        could_apply=picked(*others),
        utility_programs=picked(Change.UTILITY),
        local_programs=picked(Change.PLACE),
        not_for_you=tuple(d for d, c in zip(decisions, changes, strict=True) if not d.applied and c is None),
    )
