"""Which incentives hold for this household and this vehicle on the purchase date, how much, and why not.

Every program of the household's state (and the federal ones) is decided: applied with its amount, or
not applied with the first reason that rules it out, in the order a shopper would check them (date and
status, what it is for, where, who, the vehicle's price). Rules the app cannot check (an area, an income
table it cannot read) never count as money.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from buyer_app.core.household.fields import Household
from buyer_app.core.incentives.catalogue import WHEN_PAID, Program

LARGE_CLASS_WORDS = ("sport utility", "pickup", "van")  # 30D's $80,000 class (EPA class names)


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
    item: str  # "vehicle" or "home charger"
    applied: bool
    amount: float  # counted, USD (0 when not applied)
    reason: str  # why not ("" when applied)
    when_paid: str
    dates: str  # "2023-01-01 to 2025-09-30", "from 2023-05-25, no end date known"
    source: str
    checked: str
    notes: str = ""


def purchase_day(h: Household, today: date | None = None) -> date:
    """The household's purchase date; an empty date means today."""
    return date.fromisoformat(h.purchase_date) if h.purchase_date else (today or date.today())


def _dates(p: Program) -> str:
    start = f"from {p.start}" if p.start else "start not given"
    end = f"to {p.end}" if p.end else "no end date known"
    return f"{start}, {end}"


def _money(x: float) -> str:
    return f"${x:,.0f}"


def _item_for(p: Program, case: VehicleCase) -> str | None:
    key = f"{'used' if case.used else 'new'}_{case.powertrain}"
    return key if key in p.items else None


def _income_reason(p: Program, h: Household) -> str:
    rule = p.income
    if rule is None:
        return ""
    if rule.kind == "unknown":
        return f"income limit the app cannot check ({rule.text or 'no usable table in the data'})"
    if h.income <= 0:
        return "has an income limit; enter your household income to check it"
    key = h.filing_status if rule.kind == "filing_status" else str(h.household_size)
    if key not in rule.limits:
        return (f"no income limit given for {'filing status ' + key if rule.kind == 'filing_status' else 'a household of ' + key}"
                " in the program's table")
    low, high = rule.limits[key]
    if h.income > high:
        return f"income above the limit ({_money(h.income)} > {_money(high)} for {_who(rule.kind, key)})"
    if h.income < low:
        return f"income below this tier ({_money(h.income)} < {_money(low)}); another tier may apply"
    return ""


def _who(kind: str, key: str) -> str:
    if kind == "filing_status":
        return {"joint": "joint filers", "hoh": "head of household", "single": "single filers",
                "married_filing_separately": "married filing separately"}.get(key, key)
    return f"a household of {key}"


def _vehicle_amount(p: Program, case: VehicleCase) -> tuple[float, str]:
    """Amount for an eligible vehicle, or 0 and the price rule it fails."""
    if case.used:
        if p.used_price_cap is not None:
            if case.price is None:
                return 0.0, f"price limit {_money(p.used_price_cap)}; the vehicle's price is not known"
            if case.price > p.used_price_cap:
                return 0.0, f"price above the {_money(p.used_price_cap)} cap"
    else:
        cap = p.msrp_cap
        if p.msrp_cap_large is not None and any(w in case.epa_class.lower() for w in LARGE_CLASS_WORDS):
            cap = p.msrp_cap_large
        if cap is not None:
            if case.msrp is None:
                return 0.0, f"MSRP cap {_money(cap)}; the vehicle's MSRP is not known"
            if case.msrp > cap:
                if p.above_cap_amount is None:
                    return 0.0, f"MSRP above the {_money(cap)} cap"
                return p.above_cap_amount, ""
    return _base_amount(p, case.price, case.electric_range_mi)


def _base_amount(p: Program, base: float | None, electric_range: float | None) -> tuple[float, str]:
    if p.range_tiers:
        tiers = [t for t in p.range_tiers if electric_range is not None and electric_range >= t.min_range_mi]
        if not tiers:
            return 0.0, "electric range below the program's lowest tier"
        amount = max(tiers, key=lambda t: t.min_range_mi).amount
    elif p.amount_kind == "percent":
        if base is None:
            return 0.0, "a share of the price, and the price is not known"
        amount = p.amount * base
    else:
        amount = p.amount
    if p.amount_cap is not None:
        amount = min(amount, p.amount_cap)
    return amount, ""


def household_reason(p: Program, h: Household, day: date, lease: bool) -> str:
    """Why `p` cannot apply to this household on `day` whatever the vehicle ("" when it may)."""
    if p.start and day < date.fromisoformat(p.start):
        return f"starts {p.start}"
    if p.end and day > date.fromisoformat(p.end):
        return f"ended {p.end}"
    if p.paused:
        return "paused (no new applications when last checked)"
    if p.status == "proposed":
        return f"proposed, not enacted as far as known: {p.status_note} (last verified {p.checked})"
    if p.status == "unconfirmed" or (p.confirmed_until and day > date.fromisoformat(p.confirmed_until)):
        known = f"last known to pay on {p.confirmed_until}" if p.confirmed_until else "its funding is not confirmed"
        return (f"not counted: whether it still pays on {day.isoformat()} is not confirmed ({known}; {p.status_note}; "
                f"last verified {p.checked})")
    if p.amount_kind == "lessor":
        return ("claimed by the leasing company, not by you; counts only if your lease passes it on "
                "(then add it as your own incentive)")
    if ("lease" if lease else "buy") not in p.acquisition:
        return "for purchases only, not leases" if lease else "for leases only, not purchases"
    if p.utility and p.utility != h.utility:
        return f"only for customers of {p.utility_name or p.utility}" + ("" if h.utility else " (set your utility)")
    if p.area:
        return f"only in {p.area}; the app cannot check your address (add it as your own incentive if you qualify)"
    return _income_reason(p, h)


def programs_open_to(programs: tuple[Program, ...], h: Household, today: date | None = None) -> tuple[Program, ...]:
    """The programs of the household's state (and federal) that may pay it something on its purchase date."""
    day = purchase_day(h, today)
    lease = h.financing == "lease"
    return tuple(p for p in programs if p.state in ("US", h.state) and not household_reason(p, h, day, lease))


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
    elif charger and h.home_charging != "level2":
        reason = "for a home Level 2 charger, and you have none in this plan"
    elif charger and h.home_charger_cost <= 0:
        reason = "for a home charger, and your plan has no charger cost"
    elif charger and h.tenure not in p.tenure:
        reason = "for homeowners only" if h.tenure == "rent" else "for renters only"
    elif charger:
        amount, reason = _base_amount(p, h.home_charger_cost, None)
        amount = min(amount, h.home_charger_cost)
    else:
        amount, reason = _vehicle_amount(p, case)
        if case.price is not None:
            amount = min(amount, case.price)
    applied = not reason and amount > 0
    if not reason and amount <= 0:
        reason = "amount works out to $0 for this vehicle"
    return Decision(id=p.id, name=p.name, offered_by=p.offered_by, level=p.level,
                    item="home charger" if charger else "vehicle", applied=applied, amount=amount if applied else 0.0,
                    reason=reason, when_paid=WHEN_PAID[p.payment], dates=_dates(p), source=p.source, checked=p.checked,
                    notes=p.notes)


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
    by_program = {p.id: p for p in programs if p.state in ("US", h.state)}
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
            d = Decision(**{**d.__dict__, "applied": False, "amount": 0.0,
                            "reason": f"the same program's larger amount ({_money(kept.amount)}) is counted instead"})
        out.append(d)
    order = {"federal": 0, "state": 1, "utility": 2, "local": 3, "other": 4}
    out = sorted(out, key=lambda d: (not d.applied, order.get(d.level, 5), d.item, -d.amount, d.id))
    return _cap_charger_total(out, h.home_charger_cost)


def _cap_charger_total(decisions: list[Decision], charger_cost: float) -> list[Decision]:
    """Several programs may each pay part of the home charger, but together never more than it costs."""
    room = charger_cost
    out = []
    for d in decisions:
        if d.applied and d.item == "home charger":
            amount = min(d.amount, max(room, 0.0))
            room -= amount
            if amount < d.amount:
                d = Decision(**{**d.__dict__, "amount": amount, "applied": amount > 0,
                                "reason": "" if amount > 0 else "the charger's cost is already covered by the programs above"})
        out.append(d)
    return out
