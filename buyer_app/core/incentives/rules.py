"""Which incentives hold for this household and this vehicle on the purchase date, how much, and why not.

Every program of the household's state (and the federal ones) is decided: applied with its amount, or
not applied with the first reason that rules it out, in the order a shopper would check them (date and
status, what it is for, where, who, the vehicle's price). Rules the app cannot check (an area, an income
table it cannot read) never count as money.

A reason is a typed `Reason` (its kind and the figures it names), never a sentence: the words are
`buyer_app.text.incentives.reason_text`.

A little over 300 lines: the reasons are checked in one order a shopper would follow; keeping them in one module
keeps that order readable.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from buyer_app.core.household.calendar import home_level
from buyer_app.core.household.choices import HomeCharging, Tenure
from buyer_app.core.household.fields import Household
from buyer_app.core.incentives.catalogue import AT_PURCHASE, Payment, Program
from buyer_app.core.markets.market import market_of_region
from buyer_app.core.markets.regions import KM_PER_MI

LARGE_CLASS_WORDS = ("sport utility", "pickup", "van")  # 30D's $80,000 class (EPA class names)


class ReasonKind(StrEnum):
    """Why an incentive is not counted (or, for TRIMMED_TO_PRICE, counted only in part)."""

    NOT_STARTED = "not_started"  # on: its start date
    ENDED = "ended"  # on: its end date
    PAUSED = "paused"
    PROPOSED = "proposed"  # detail: its status note; checked
    UNCONFIRMED = "unconfirmed"  # on: the purchase day; until: the last day known to pay ("" unknown); detail; checked
    LESSOR = "lessor"  # claimed by the leasing company
    PURCHASES_ONLY = "purchases_only"
    LEASES_ONLY = "leases_only"
    OTHER_UTILITY = "other_utility"  # detail: the utility's name; utility_set: whether the household chose one
    AREA = "area"  # detail: the area
    INCOME_UNCHECKABLE = "income_uncheckable"  # detail: the rule's own words ("" none)
    INCOME_NOT_GIVEN = "income_not_given"
    INCOME_TABLE_MISSING = "income_table_missing"  # income_by, key
    INCOME_ABOVE = "income_above"  # income, amount: the limit; income_by, key
    INCOME_BELOW_TIER = "income_below_tier"  # income, amount: the tier's lower bound
    USED_PRICE_UNKNOWN = "used_price_unknown"  # amount: the price cap
    PRICE_ABOVE_CAP = "price_above_cap"  # amount: the price cap
    MSRP_UNKNOWN = "msrp_unknown"  # amount: the MSRP cap
    MSRP_ABOVE_CAP = "msrp_above_cap"  # amount: the MSRP cap
    RANGE_BELOW_TIERS = "range_below_tiers"
    RANGE_BELOW_MINIMUM = "range_below_minimum"  # amount: the least electric range in km
    PRICE_SHARE_UNKNOWN = "price_share_unknown"
    NO_HOME_LEVEL2 = "no_home_level2"
    NO_CHARGER_COST = "no_charger_cost"
    HOMEOWNERS_ONLY = "homeowners_only"
    RENTERS_ONLY = "renters_only"
    ZERO_AMOUNT = "zero_amount"
    LARGER_TIER_COUNTED = "larger_tier_counted"  # amount: the same program's amount that is counted
    CHARGER_COVERED = "charger_covered"
    TRIMMED_TO_PRICE = "trimmed_to_price"  # amount: the vehicle's price (applied, in part)
    PRICE_COVERED = "price_covered"


class IncomeBy(StrEnum):
    """How a program's income table is keyed."""

    FILING_STATUS = "filing_status"
    HOUSEHOLD_SIZE = "household_size"


@dataclass(frozen=True)
class Reason:
    """Why an incentive is not counted: its kind and the figures and dates it names (see ReasonKind)."""

    kind: ReasonKind
    amount: float | None = None  # USD: a cap, an income limit, the amount counted instead, the vehicle's price
    income: float | None = None  # USD/yr: the household's income
    on: str = ""  # YYYY-MM-DD: the start, the end or the purchase day
    until: str = ""  # YYYY-MM-DD: the last day the program is known to have paid
    checked: str = ""  # YYYY-MM-DD: when the program's status was last verified
    detail: str = ""  # the data's own words: a status note, an area, a utility's name, an income rule
    income_by: IncomeBy | None = None
    key: str = ""  # the household's filing status or size looked up in the income table
    utility_set: bool = True  # whether the household has given its utility


class Item(StrEnum):
    """What an incentive pays for (the code is also the JSON's word)."""

    VEHICLE = "vehicle"
    HOME_CHARGER = "home charger"


@dataclass(frozen=True)
class VehicleCase:
    """What the rules need to know about one vehicle deal."""

    powertrain: str  # bev, phev, hev, ice, ...
    used: bool
    msrp: float | None  # the base MSRP (new) ; None when unknown
    price: float | None  # what is paid (the quote, else the MSRP)
    electric_range_mi: float | None
    epa_class: str
    lease: bool


@dataclass(frozen=True)
class Decision:
    """One incentive decided for one vehicle."""

    id: str
    name: str
    offered_by: str
    level: str  # federal, state, utility, local, other, custom
    item: Item
    applied: bool
    amount: float  # counted, USD (0 when not applied)
    reason: Reason | None  # why not (None when applied in full)
    payment: Payment  # how and when it is paid
    start: str | None  # YYYY-MM-DD, inclusive; None: not given
    end: str | None  # YYYY-MM-DD, inclusive; None: no end date known
    source: str  # "" for the user's own
    checked: str
    notes: str = ""

    @property
    def paid_at_purchase(self) -> bool:
        return self.payment in AT_PURCHASE


def purchase_day(h: Household, today: date | None = None) -> date:
    """The household's purchase date; an empty date means today."""
    return date.fromisoformat(h.purchase_date) if h.purchase_date else (today or date.today())


def _item_for(p: Program, case: VehicleCase) -> str | None:
    key = f"{'used' if case.used else 'new'}_{case.powertrain}"
    return key if key in p.items else None


def _income_reason(p: Program, h: Household) -> Reason | None:
    rule = p.income
    if rule is None:
        return None
    if rule.kind == "unknown":
        return Reason(ReasonKind.INCOME_UNCHECKABLE, detail=rule.text)
    if h.income <= 0:
        return Reason(ReasonKind.INCOME_NOT_GIVEN)
    by = IncomeBy.FILING_STATUS if rule.kind == "filing_status" else IncomeBy.HOUSEHOLD_SIZE
    key = h.filing_status if by is IncomeBy.FILING_STATUS else str(h.household_size)
    if key not in rule.limits:
        return Reason(ReasonKind.INCOME_TABLE_MISSING, income_by=by, key=key)
    low, high = rule.limits[key]
    if h.income > high:
        return Reason(ReasonKind.INCOME_ABOVE, amount=high, income=h.income, income_by=by, key=key)
    if h.income < low:
        return Reason(ReasonKind.INCOME_BELOW_TIER, amount=low, income=h.income, income_by=by, key=key)
    return None


def _vehicle_amount(p: Program, case: VehicleCase) -> tuple[float, Reason | None]:
    """Amount for an eligible vehicle, or 0 and the price rule it fails."""
    if case.used:
        if p.used_price_cap is not None:
            if case.price is None:
                return 0.0, Reason(ReasonKind.USED_PRICE_UNKNOWN, amount=p.used_price_cap)
            if case.price > p.used_price_cap:
                return 0.0, Reason(ReasonKind.PRICE_ABOVE_CAP, amount=p.used_price_cap)
    else:
        cap = p.msrp_cap
        if p.msrp_cap_large is not None and any(w in case.epa_class.lower() for w in LARGE_CLASS_WORDS):
            cap = p.msrp_cap_large
        if cap is not None:
            if case.msrp is None:
                return 0.0, Reason(ReasonKind.MSRP_UNKNOWN, amount=cap)
            if case.msrp > cap:
                if p.above_cap_amount is None:
                    return 0.0, Reason(ReasonKind.MSRP_ABOVE_CAP, amount=cap)
                return p.above_cap_amount, None
    return _base_amount(p, case.price, case.electric_range_mi)


def _base_amount(p: Program, base: float | None, electric_range: float | None) -> tuple[float, Reason | None]:
    least = p.min_cycle_electric_range_km
    if least is not None and (electric_range is None or electric_range * KM_PER_MI < least - 1e-6):
        return 0.0, Reason(ReasonKind.RANGE_BELOW_MINIMUM, amount=least)
    if p.range_tiers:
        tiers = [t for t in p.range_tiers if electric_range is not None and electric_range >= t.min_range_mi]
        if not tiers:
            return 0.0, Reason(ReasonKind.RANGE_BELOW_TIERS)
        amount = max(tiers, key=lambda t: t.min_range_mi).amount
    elif p.amount_kind == "percent":
        if base is None:
            return 0.0, Reason(ReasonKind.PRICE_SHARE_UNKNOWN)
        amount = p.amount * base
    else:
        amount = p.amount
    if p.amount_cap is not None:
        amount = min(amount, p.amount_cap)
    return amount, None


def household_reason(p: Program, h: Household, day: date, lease: bool) -> Reason | None:
    """Why `p` cannot apply to this household on `day` whatever the vehicle (None when it may)."""
    if p.start and day < date.fromisoformat(p.start):
        return Reason(ReasonKind.NOT_STARTED, on=p.start)
    if p.end and day > date.fromisoformat(p.end):
        return Reason(ReasonKind.ENDED, on=p.end)
    if p.paused:
        return Reason(ReasonKind.PAUSED)
    if p.status == "proposed":
        return Reason(ReasonKind.PROPOSED, detail=p.status_note, checked=p.checked)
    if p.status == "unconfirmed" or (p.confirmed_until and day > date.fromisoformat(p.confirmed_until)):
        return Reason(
            ReasonKind.UNCONFIRMED, on=day.isoformat(), until=p.confirmed_until or "", detail=p.status_note, checked=p.checked
        )
    if p.amount_kind == "lessor":
        return Reason(ReasonKind.LESSOR)
    if ("lease" if lease else "buy") not in p.acquisition:
        return Reason(ReasonKind.PURCHASES_ONLY if lease else ReasonKind.LEASES_ONLY)
    if p.utility and p.utility != h.utility:
        return Reason(ReasonKind.OTHER_UTILITY, detail=p.utility_name or p.utility, utility_set=bool(h.utility))
    if p.area:
        return Reason(ReasonKind.AREA, detail=p.area)
    return _income_reason(p, h)


def programs_open_to(programs: tuple[Program, ...], h: Household, today: date | None = None) -> tuple[Program, ...]:
    """The programs of the household's state (and federal) that may pay it something on its purchase date."""
    day = purchase_day(h, today)
    lease = h.financing == "lease"
    national = _national(h)
    return tuple(p for p in programs if p.state in (national, h.state) and not household_reason(p, h, day, lease))


def _national(h: Household) -> str:
    """The state code of country-wide programs in the household's market: "US", or a pack's own ("CN")."""
    market = market_of_region(h.state)
    return "US" if market.is_us else market.code.upper()


def decide(p: Program, h: Household, case: VehicleCase, day: date) -> Decision | None:
    """The decision for one program, or None when it is not about this kind of vehicle or a charger."""
    plug_in = case.powertrain in ("bev", "phev")
    item = _item_for(p, case)
    charger = "charger" in p.items and plug_in and item is None
    if item is None and not charger:
        return None
    amount = 0.0
    reason = household_reason(p, h, day, case.lease)
    if reason:
        pass
    elif charger and home_level(h.home_charging, h.charging_calendar) != HomeCharging.LEVEL2:
        reason = Reason(ReasonKind.NO_HOME_LEVEL2)
    elif charger and h.home_charger_cost <= 0:
        reason = Reason(ReasonKind.NO_CHARGER_COST)
    elif charger and h.tenure not in p.tenure:
        reason = Reason(ReasonKind.HOMEOWNERS_ONLY if h.tenure == Tenure.RENT else ReasonKind.RENTERS_ONLY)
    elif charger:
        amount, reason = _base_amount(p, h.home_charger_cost, None)
        amount = min(amount, h.home_charger_cost)
    else:
        amount, reason = _vehicle_amount(p, case)
        if case.price is not None:
            amount = min(amount, case.price)
    applied = not reason and amount > 0
    if not reason and amount <= 0:
        reason = Reason(ReasonKind.ZERO_AMOUNT)
    return Decision(
        id=p.id,
        name=p.name,
        offered_by=p.offered_by,
        level=p.level,
        item=Item.HOME_CHARGER if charger else Item.VEHICLE,
        applied=applied,
        amount=amount if applied else 0.0,
        reason=reason,
        payment=Payment(p.payment),
        start=p.start,
        end=p.end,
        source=p.source,
        checked=p.checked,
        notes=p.notes,
    )


def _group(d: Decision) -> tuple[str, str, str]:
    return d.offered_by, d.name, d.item


def _is_bonus(p: Program) -> bool:
    text = f"{p.name} {p.description}".lower()
    return any(w in text for w in ("bonus", "additional", "in addition"))


def decide_all(programs: tuple[Program, ...], h: Household, case: VehicleCase, today: date | None = None) -> list[Decision]:
    """Every relevant program decided for one vehicle. Tiers of one program (a standard and an
    income-qualified amount, say) are alternatives: only the largest that applies is counted, unless the
    program calls it a bonus on top."""
    day = purchase_day(h, today)
    national = _national(h)  # a market's own country-wide programs
    by_program = {p.id: p for p in programs if p.state in (national, h.state)}
    decisions = [d for p in by_program.values() if (d := decide(p, h, case, day)) is not None]
    best: dict[tuple[str, str, str], Decision] = {}
    for d in decisions:
        if d.applied and not _is_bonus(by_program[d.id]):
            group = _group(d)
            if group not in best or d.amount > best[group].amount:
                best[group] = d
    out = []
    for d in decisions:
        kept = best.get(_group(d))
        if d.applied and kept is not None and kept.id != d.id and not _is_bonus(by_program[d.id]):
            d = Decision(
                **{
                    **d.__dict__,
                    "applied": False,
                    "amount": 0.0,
                    "reason": Reason(ReasonKind.LARGER_TIER_COUNTED, amount=kept.amount),
                }
            )
        out.append(d)
    order = {"federal": 0, "state": 1, "utility": 2, "local": 3, "other": 4}
    out = sorted(out, key=lambda d: (not d.applied, order.get(d.level, 5), d.item, -d.amount, d.id))
    return _cap_charger_total(out, h.home_charger_cost)


def _cap_charger_total(decisions: list[Decision], charger_cost: float) -> list[Decision]:
    """Several programs may each pay part of the home charger, but together never more than it costs."""
    room = charger_cost
    out = []
    for d in decisions:
        if d.applied and d.item == Item.HOME_CHARGER:
            amount = min(d.amount, max(room, 0.0))
            room -= amount
            if amount < d.amount:
                d = Decision(
                    **{
                        **d.__dict__,
                        "amount": amount,
                        "applied": amount > 0,
                        "reason": None if amount > 0 else Reason(ReasonKind.CHARGER_COVERED),
                    }
                )
        out.append(d)
    return out
