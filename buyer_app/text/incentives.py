"""Words for the incentives decided by the core: why one is not counted, when it is paid, its dates, and the
`incentives` entries of `compare --json` (shared by the command line, the PDF and the window)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from buyer_app.core.incentives.catalogue import Payment
from buyer_app.core.incentives.relevance import Change, change_needed, relevance
from buyer_app.core.incentives.rules import Decision, IncomeBy, Item, Reason, ReasonKind
from buyer_app.text.translate import tr, tr_noop
from buyer_app.text.wording import money

# reasons that name no figure
_FIXED = {
    ReasonKind.PAUSED: tr_noop("paused (no new applications when last checked)"),
    ReasonKind.LESSOR: tr_noop(
        "claimed by the leasing company, not by you; counts only if your lease passes it on (then add it as your own incentive)"
    ),
    ReasonKind.PURCHASES_ONLY: tr_noop("for purchases only, not leases"),
    ReasonKind.LEASES_ONLY: tr_noop("for leases only, not purchases"),
    ReasonKind.INCOME_NOT_GIVEN: tr_noop("has an income limit; enter your household income to check it"),
    ReasonKind.RANGE_BELOW_TIERS: tr_noop("electric range below the program's lowest tier"),
    ReasonKind.PRICE_SHARE_UNKNOWN: tr_noop("a share of the price, and the price is not known"),
    ReasonKind.NO_HOME_LEVEL2: tr_noop("for a home Level 2 charger, and you have none in this plan"),
    ReasonKind.NO_CHARGER_COST: tr_noop("for a home charger, and your plan has no charger cost"),
    ReasonKind.HOMEOWNERS_ONLY: tr_noop("for homeowners only"),
    ReasonKind.RENTERS_ONLY: tr_noop("for renters only"),
    ReasonKind.CHARGER_COVERED: tr_noop("the charger's cost is already covered by the programs above"),
    ReasonKind.PRICE_COVERED: tr_noop("the incentives above already cover the whole price"),
}
# reasons that name a date, a cap or an amount: the template and the Reason's field filling {}
_ONE_FIGURE = {
    ReasonKind.NOT_STARTED: tr_noop("starts {}"),
    ReasonKind.ENDED: tr_noop("ended {}"),
    ReasonKind.USED_PRICE_UNKNOWN: tr_noop("price limit {}; the vehicle's price is not known"),
    ReasonKind.PRICE_ABOVE_CAP: tr_noop("price above the {} cap"),
    ReasonKind.MSRP_UNKNOWN: tr_noop("MSRP cap {}; the vehicle's MSRP is not known"),
    ReasonKind.MSRP_ABOVE_CAP: tr_noop("MSRP above the {} cap"),
    ReasonKind.LARGER_TIER_COUNTED: tr_noop("the same program's larger amount ({}) is counted instead"),
    ReasonKind.TRIMMED_TO_PRICE: tr_noop("trimmed to the vehicle's price ({}): the incentives above already cover the rest"),
    ReasonKind.AREA: tr_noop("only in {}; the app cannot check your address (add it as your own incentive if you qualify)"),
}
FILERS = {
    "joint": tr_noop("joint filers"),
    "hoh": tr_noop("head of household"),
    "single": tr_noop("single filers"),
    "married_filing_separately": tr_noop("married filing separately"),
}
WHEN_PAID = {
    Payment.POS_REBATE: tr_noop("at purchase (taken off the price by the dealer)"),
    Payment.VOUCHER: tr_noop("at purchase (a voucher)"),
    Payment.REBATE: tr_noop("weeks after purchase (apply with the program)"),
    Payment.ACCOUNT_CREDIT: tr_noop("as a credit on the electricity bill"),
    Payment.TAX_CREDIT: tr_noop("when you file taxes for the purchase year"),
    Payment.OWN_OFFER: tr_noop("at purchase (your own offer)"),
}


def _who(r: Reason) -> str:
    if r.income_by is IncomeBy.FILING_STATUS:
        return tr(FILERS[r.key]) if r.key in FILERS else r.key
    return tr("a household of {}").format(r.key)


def reason_text(r: Reason | None) -> str:
    """Why an incentive is not counted, in a phrase ("" when there is no reason)."""
    if r is None:
        return ""
    if r.kind in _FIXED:
        return tr(_FIXED[r.kind])
    if r.kind in _ONE_FIGURE:
        figure = (r.on or r.detail) if r.amount is None else money(r.amount)
        return tr(_ONE_FIGURE[r.kind]).format(figure)
    if r.kind is ReasonKind.RANGE_BELOW_MINIMUM:
        return tr("published electric range below the {} km the program asks").format(f"{r.amount or 0:.0f}")
    if r.kind is ReasonKind.ZERO_AMOUNT:
        return tr("amount works out to {} for this vehicle").format(money(0))
    if r.kind is ReasonKind.PROPOSED:
        return tr("proposed, not enacted as far as known: {note} (last verified {checked})").format(
            note=r.detail, checked=r.checked
        )
    if r.kind is ReasonKind.UNCONFIRMED:
        known = tr("last known to pay on {}").format(r.until) if r.until else tr("its funding is not confirmed")
        return tr(
            "not counted: whether it still pays on {day} is not confirmed ({known}; {note}; last verified {checked})"
        ).format(day=r.on, known=known, note=r.detail, checked=r.checked)
    if r.kind is ReasonKind.OTHER_UTILITY:
        return tr("only for customers of {}").format(r.detail) + ("" if r.utility_set else tr(" (set your utility)"))
    if r.kind is ReasonKind.INCOME_UNCHECKABLE:
        return tr("income limit the app cannot check ({})").format(r.detail or tr("no usable table in the data"))
    if r.kind is ReasonKind.INCOME_TABLE_MISSING:
        if r.income_by is IncomeBy.FILING_STATUS:
            return tr("no income limit given for filing status {} in the program's table").format(r.key)
        return tr("no income limit given for a household of {} in the program's table").format(r.key)
    if r.kind is ReasonKind.INCOME_ABOVE:
        return tr("income above the limit ({income} > {limit} for {who})").format(
            income=money(r.income), limit=money(r.amount), who=_who(r)
        )
    if r.kind is ReasonKind.INCOME_BELOW_TIER:
        return tr("income below this tier ({income} < {low}); another tier may apply").format(
            income=money(r.income), low=money(r.amount)
        )
    raise ValueError(f"no words for the reason {r.kind!r}")


def when_paid_text(payment: Payment | str) -> str:
    """When and how an incentive reaches the buyer."""
    return tr(WHEN_PAID[Payment(payment)])


def dates_text(d: Decision) -> str:
    """'from 2023-01-01, to 2025-09-30', 'start not given, no end date known'; "" for the user's own."""
    if d.level == "custom":
        return ""
    start = tr("from {}").format(d.start) if d.start else tr("start not given")
    end = tr("to {}").format(d.end) if d.end else tr("no end date known")
    return f"{start}, {end}"


def offered_by_text(d: Decision) -> str:
    return tr("entered by you") if d.level == "custom" else d.offered_by


def source_text(d: Decision) -> str:
    return tr("your own figure") if d.level == "custom" else d.source


def decision_name(d: Decision) -> str:
    """The program's name; a home-charger program's prefixed 'Home charger: '."""
    return d.name if d.item == Item.VEHICLE else tr("Home charger: {}").format(d.name)


def decision_json(d: Decision) -> dict[str, Any]:
    """One entry of a vehicle's `incentives` in `compare --json` (keys and words as documented)."""
    return {
        "id": d.id,
        "name": d.name,
        "offered_by": offered_by_text(d),
        "level": d.level,
        "item": str(d.item),
        "applied": d.applied,
        "amount": d.amount,
        "reason": reason_text(d.reason),
        "when_paid": when_paid_text(d.payment),
        "dates": dates_text(d),
        "source": source_text(d),
        "checked": d.checked,
        "notes": d.notes,
        "relevance": str(relevance(d)),
        "could_apply_if": could_apply_text(d),
    }


def decision_line(d: Decision, name: str = "") -> str:
    """One incentive in a sentence: applied with its amount and timing, or why not (`name`: the name as shown,
    when `distinct_names` told it apart from another)."""
    who = d.offered_by if d.level != "custom" else tr("your own entry")
    name = name or decision_name(d)
    if d.applied:
        return tr("{name} ({who}): {amount}, paid {when}").format(
            name=name, who=who, amount=money(d.amount), when=when_paid_text(d.payment)
        )
    return tr("{name} ({who}): not applied — {why}").format(name=name, who=who, why=reason_text(d.reason))


def decision_source(d: Decision) -> str:
    if d.level == "custom":
        return tr("entered by you")
    return tr("{dates}; source {source}; last checked {checked}").format(dates=dates_text(d), source=d.source, checked=d.checked)


_IF_CHANGED = {
    Change.INCOME: tr_noop("if your household income is under its limit (enter your income to check)"),
    Change.PRICE: tr_noop("once the vehicle's price is known"),
    Change.HOME_CHARGER: tr_noop("if you install a home Level 2 charger"),
    Change.LEASE_PASS_ON: tr_noop("if your lease passes the credit on to you"),
    Change.CONFIRMED: tr_noop("if its funding is confirmed for your purchase day"),
}


def could_apply_text(d: Decision) -> str:
    """What would make a refused incentive count, as a condition: 'if your utility is Xcel Energy'; "" when nothing
    the household can change would."""
    change, r = change_needed(d), d.reason
    if change is None or r is None:
        return ""
    if change is Change.INCOME and r.kind is not ReasonKind.INCOME_NOT_GIVEN:
        return tr("if your household income is under its limit (check with the program)")
    if change in _IF_CHANGED:
        return tr(_IF_CHANGED[change])
    if change is Change.UTILITY:
        return tr("if your electric utility is {}").format(r.detail)
    if change is Change.PLACE:
        return tr("if you live in {}").format(r.detail)
    if change is Change.CHEAPER:
        return tr("with a trim or deal under {}").format(money(r.amount))
    if change is Change.FINANCING:
        return tr("if you buy instead of leasing") if r.kind is ReasonKind.PURCHASES_ONLY else tr("if you lease instead")
    return tr("if you buy on or after {}").format(r.on)  # Change.LATER


def distinct_names(decisions: Sequence[Decision]) -> list[str]:
    """Each decision's name as shown, told apart where two share one: by who offers it, else by its dates, else by a
    number ('Colorado EV Tax Credits (from 2024-01-01, to 2029-01-01)'); each shared name is settled on its own."""
    names = [decision_name(d) for d in decisions]
    tells: tuple[Callable[[Decision], str], ...] = (lambda d: d.offered_by, dates_text)
    for name, count in Counter(names).items():
        if count < 2:
            continue
        rows = [k for k, n in enumerate(names) if n == name]
        for tell in tells:
            told = [f"{name} ({tell(decisions[k])})" for k in rows]
            if len(set(told)) == len(told):
                break
        else:
            told = [f"{name} ({i + 1})" for i in range(len(rows))]
        for k, new in zip(rows, told, strict=True):
            names[k] = new
    return names


# what a catalogue program pays for, in words (the catalogue's codes stay in the JSON)
PROGRAM_ITEMS = {
    "new_bev": tr_noop("a new electric car"),
    "used_bev": tr_noop("a used electric car"),
    "new_phev": tr_noop("a new plug-in hybrid"),
    "used_phev": tr_noop("a used plug-in hybrid"),
    "new_hev": tr_noop("a new hybrid"),
    "used_hev": tr_noop("a used hybrid"),
    "charger": tr_noop("a home charger"),
}


def program_items_text(items: Sequence[str]) -> str:
    """'a new electric car, a used plug-in hybrid' for the catalogue's item codes (an unknown code as itself)."""
    return ", ".join(tr(PROGRAM_ITEMS[i]) if i in PROGRAM_ITEMS else i for i in items)
