"""The words of the answer cards (one per compared vehicle), pure so the window and the PDF say the same.

A card says what a car costs a month and in all, where it stands against the others ("cheaper from day one",
"pays back its higher price in 3 years", "costs $2,300 more over 8 years"), how sure that is (from an
uncertainty run, "cheapest in 8 of 10 futures"), its range and charging for this household in one line each,
and the household's own worry in words (the charging note). A car without a price gets no total and no
monthly figure, only a request for one. `break_even_words` is the results table's column against its first car.
`Card`, `Place` and `Standing` live in `text.card` (light, for the start-up preview) and are named here too.
"""

from __future__ import annotations

import numpy as np

from buyer_app.core.costs.breakeven import cost_curve
from buyer_app.core.costs.compare import BreakEven, BreakEvenReason, Comparison, PriceKind, VehicleOutcome
from buyer_app.core.household.choices import HomeCharging
from buyer_app.core.uncertainty.run import UncertaintyResult
from buyer_app.text.card import SIMULATING, Card, Place, Standing
from buyer_app.text.charging import charging_note_parts
from buyer_app.text.currency import money
from buyer_app.text.translate import tr, trn
from buyer_app.text.units import US_DISPLAY, Display, distance, distance_value
from buyer_app.text.wording import years_text


def short_name(v: VehicleOutcome) -> str:
    """The label without its model year ('Toyota RAV4 Hybrid AWD'), for sentences that name a second car."""
    year, _, rest = v.label.partition(" ")
    return rest if year.isdigit() and rest else v.label


def _pair(c: Comparison, a: int, b: int) -> BreakEven | None:
    ids = {c.vehicles[a].id, c.vehicles[b].id}
    return next((p for p in c.break_even if {p.a, p.b} == ids), None)


def place(c: Comparison, k: int, curves: np.ndarray | None = None) -> Place:
    """Where vehicle `k` stands: against the cheapest to buy (its pay-back) and the cheapest over the years
    (`curves`: the comparison's cost curves, when the caller has them already)."""
    v = c.vehicles[k]
    if not c.result.price_known[k]:  # a lease with its terms is priced without a purchase price
        return Place(Standing.NEEDS_PRICE)
    priced = [i for i in range(len(c.vehicles)) if c.result.price_known[i]]
    if len(priced) == 1:
        return Place(Standing.ONLY_PRICED, cheapest=True)
    best = min(priced, key=lambda i: c.vehicles[i].total_cost)
    to_buy = min(priced, key=lambda i: float(c.result.upfront[i]))
    more = v.total_cost - c.vehicles[best].total_cost
    cheapest = k == best or more <= 0
    if k != to_buy:
        pair = _pair(c, to_buy, k)
        curves = cost_curve(c.result) if curves is None else curves
        started_dearer = curves[k][0] > curves[to_buy][0]
        if pair is not None and pair.year is not None and started_dearer and v.total_cost < c.vehicles[to_buy].total_cost:
            return Place(Standing.PAYS_BACK, cheapest, pair.year, max(more, 0.0), short_name(c.vehicles[best]))
    if cheapest:
        return Place(Standing.FROM_DAY_ONE, True)
    return Place(Standing.COSTS_MORE, False, None, more, short_name(c.vehicles[best]))


def standing_text(p: Place, c: Comparison, display: Display = US_DISPLAY) -> str:
    """The card's line on where the car stands, e.g. 'Cheapest over 8 years, and cheaper from day one.'"""
    years = c.household.years
    cash = display.currency
    if p.standing is Standing.NEEDS_PRICE:
        return ""  # the card's cost lines ask for the price already
    if p.standing is Standing.ONLY_PRICED:
        return tr("The only car with a price so far: give the others one to compare.")
    if p.standing is Standing.FROM_DAY_ONE:
        return trn(
            "Cheapest over {years} year, and cheaper from day one.",
            "Cheapest over {years} years, and cheaper from day one.",
            years,
        ).format(years=years)
    if p.standing is Standing.PAYS_BACK:
        when = years_text(p.years or 0.0)
        if p.cheapest:
            return trn(
                "Cheapest over {years} year: pays back its higher price in {when}.",
                "Cheapest over {years} years: pays back its higher price in {when}.",
                years,
            ).format(years=years, when=when)
        return trn(
            "Pays back its higher price in {when}, yet costs {more} more over {years} year than the {best}.",
            "Pays back its higher price in {when}, yet costs {more} more over {years} years than the {best}.",
            years,
        ).format(when=when, more=money(p.more, currency=cash), years=years, best=p.against)
    return trn(
        "Costs {more} more over {years} year than the {best}.", "Costs {more} more over {years} years than the {best}.", years
    ).format(more=money(p.more, currency=cash), years=years, best=p.against)


def monthly_cost(v: VehicleOutcome, years: int, priced: bool | None = None) -> float | None:
    """What the car costs a month over the years owned (its total, net of what it sells for), None without a price
    (`priced`: the comparison's own word, which counts a lease with its terms; by default whether it has a price)."""
    known = v.price is not None if priced is None else priced
    return v.total_cost / (years * 12) if known else None


def cost_lines(v: VehicleOutcome, years: int, display: Display = US_DISPLAY, priced: bool | None = None) -> tuple[str, str]:
    """('$612 a month', '$58,700 over 8 years') (net of what it sells for at the end); an unpriced car: ('Needs a
    price', why)."""
    monthly = monthly_cost(v, years, priced)
    if monthly is None:
        return tr("Needs a price"), tr("No total until it has one: type your dealer's quote.")
    return (
        tr("{} a month").format(money(monthly, currency=display.currency)),
        trn("{total} over {years} year", "{total} over {years} years", years).format(
            total=money(v.total_cost, currency=display.currency), years=years
        ),
    )


def price_line(v: VehicleOutcome, display: Display = US_DISPLAY) -> str:
    """The price, short: 'your price $31,000' (the household's quote) / 'base MSRP $33,250'; '' without a price (the
    card asks for one). Where a base MSRP comes from is `price_source`."""
    if v.price is None:
        return ""
    amount = money(v.price, currency=display.currency)
    if v.price_basis.kind is PriceKind.MSRP and not v.price_basis.own:  # an imported price is the user's own
        return tr("base MSRP {}").format(amount)
    if v.price_basis.kind is PriceKind.GUIDE:
        return tr("guide price {}").format(amount)
    return tr("your price {}").format(amount)


def price_source(v: VehicleOutcome) -> str:
    """Where a base MSRP (or an imported price of the user's) was found ('' for a quote or no price), for a tooltip."""
    b = v.price_basis
    if b.kind is not PriceKind.MSRP:
        return ""
    if b.own:
        return tr("Your own price for model year {year}, imported from your price file; {source}").format(
            year=b.model_year, source=b.source
        )
    return tr("Base MSRP of the {trim} trim, model year {year}, as of {date}; source: {source}").format(
        trim=b.trim, year=b.model_year, date=b.as_of, source=b.source
    )


def chance_level(p: float) -> int:
    """How many of 10 futures, for a ten-step meter: 10 only when it wins in (nearly) every one (a 98% chance is 9
    of 10, never 'all'), 0 only below 1 in 20."""
    level = int(min(10, max(0, round(p * 10))))
    return min(level, 9) if p < 0.995 else level


def chance_words(p: float | None) -> str:
    """'Likely: cheapest in 8 of 10 futures'; None: no price, so never counted."""
    if p is None:
        return tr("Not counted until it has a price")
    if p >= 0.995:
        return tr("Almost sure: cheapest in nearly every future")
    if p < 0.005:
        return tr("Almost never the cheapest")
    n = chance_level(p)
    if n == 0:
        return tr("Rarely: cheapest in under 1 of 10 futures")
    lead = tr("Very likely") if n >= 9 else tr("Likely") if n >= 7 else tr("A toss-up") if n >= 4 else tr("Unlikely")
    return tr("{lead}: cheapest in {n} of 10 futures").format(lead=lead, n=n)


def run_chance(run: UncertaintyResult | None, c: Comparison, k: int) -> float | None:
    """Vehicle `k`'s chance of being the cheapest in `run` (None: no run for these cars, or no price)."""
    if run is None or run.ids != tuple(v.id for v in c.vehicles):
        return None
    return run.p_cheapest[k]


def range_line(v: VehicleOutcome, display: Display = US_DISPLAY) -> str:
    """'Range 300 mi, 210 mi in January' (a plug-in's range in this household's warmest and coldest month), or the
    EPA range on a tank; '' when unknown."""
    s = v.charging
    if s is not None and s.winter_range_mi and s.summer_range_mi:
        if round(distance_value(s.winter_range_mi, display)) == round(distance_value(s.summer_range_mi, display)):
            words = tr("Range {summer} all year") if s.note_facts.is_bev else tr("On battery {summer} all year")
            return words.format(summer=distance(s.summer_range_mi, display))
        words = (
            tr("Range {summer}, {winter} in {month}") if s.note_facts.is_bev else tr("On battery {summer}, {winter} in {month}")
        )
        return words.format(
            summer=distance(s.summer_range_mi, display), winter=distance(s.winter_range_mi, display), month=tr(s.winter_month)
        )
    if v.range_mi:
        return tr("Range {} on a tank").format(distance(v.range_mi, display))
    return ""


def charging_line(v: VehicleOutcome, display: Display = US_DISPLAY) -> str:
    """A plug-in's charging for this household in one line, with what public charging costs a year: 'Home covers 98%
    of your days; public about 7 days, $296 a year'; '' for a car that does not plug in."""
    s = v.charging
    if s is None:
        return ""
    public = s.public_charging_cost_year_usd
    cost = money(public, currency=display.currency)
    days = round(s.public_charge_days)
    if not s.note_facts.is_bev:
        share = s.electric_share_of_miles
        head = tr("{:.0%} of your driving electric").format(share) if share is not None else tr("Electric share unknown")
        if share is not None and s.epa_utility_factor:
            head += tr(" (EPA's label: {:.0%})").format(s.epa_utility_factor)
        return head + (tr("; public charging {} a year").format(cost) if public >= 1 else "")
    if s.home_charging == HomeCharging.NONE:
        nights = s.note_facts.relative_nights
        if nights:
            at = trn("At a relative's {} night a week", "At a relative's {} nights a week", nights).format(nights)
            return at + trn("; public about {days} day, {cost} a year", "; public about {days} days, {cost} a year", days).format(
                days=days, cost=cost
            )
        return trn(
            "No home charging: public about {days} day, {cost} a year",
            "No home charging: public about {days} days, {cost} a year",
            days,
        ).format(days=days, cost=cost)
    head = (
        tr("Home covers {:.0%} of your days").format(s.share_days_home_only)
        if s.share_days_home_only is not None
        else tr("Charges at home")
    )
    if days == 0 and public < 1:
        return head + tr("; no public charging")
    return head + trn("; public about {days} day, {cost} a year", "; public about {days} days, {cost} a year", days).format(
        days=days, cost=cost
    )


def worry_text(v: VehicleOutcome, display: Display = US_DISPLAY) -> str:
    """The household's own worry answered in words (trips, fast stops in January, a winter range shorter than the
    longest day): the charging note less what the charging line says (its first sentence, public charging's cost)."""
    if v.charging is None:
        return ""
    said = tr("Public charging costs about {} a year.").format(money(v.charging.public_charging_cost_year_usd))
    return " ".join(p for p in charging_note_parts(v.charging, display)[1:] if p != said)


def cards(
    c: Comparison, run: UncertaintyResult | None = None, display: Display = US_DISPLAY, simulating: bool = False
) -> list[Card]:
    """The answer card of every vehicle, in the comparison's order; `simulating`: a run for these inputs is under way
    (the how-sure line says so rather than vanishing and coming back)."""
    years = c.household.years
    has_run = run is not None and run.ids == tuple(v.id for v in c.vehicles)
    # make model trim; the model year only when the cars differ in it (used cars of different years)
    one_year = len({v.label.partition(" ")[0] for v in c.vehicles}) == 1
    curves = cost_curve(c.result)
    out = []
    for k, v in enumerate(c.vehicles):
        p = place(c, k, curves)
        priced = bool(c.result.price_known[k])
        chance = run_chance(run, c, k)
        headline, total = cost_lines(v, years, display, priced)
        out.append(
            Card(
                name=short_name(v) if one_year else v.label,
                headline=headline,
                total=total,
                standing=standing_text(p, c, display),
                place=p,
                price=price_line(v, display),
                price_source=price_source(v),
                sure=(chance_words(chance) if has_run else tr(SIMULATING) if simulating else "") if priced else "",
                level=chance_level(chance) if chance is not None else None,
                range=range_line(v, display),
                charging=charging_line(v, display),
                worry=worry_text(v, display),
                priced=priced,
            )
        )
    return out


def break_even_words(c: Comparison, k: int, first: int = 0) -> str:
    """The results table's break-even of vehicle `k` against vehicle `first`: 'cheaper from day one', 'pays back in
    3 years 2 months', 'never pays back in 8 years', 'cheaper for 2 years' (dearer in the end), 'needs a price'."""
    if k == first:
        return "—"
    pair = _pair(c, first, k)
    if pair is None:
        return "—"
    if pair.reason is BreakEvenReason.PRICE_UNKNOWN:
        return tr("needs a price")
    a, b = c.vehicles[first], c.vehicles[k]
    curves = cost_curve(c.result)
    starts_below = bool(np.sign(curves[first][0] - curves[k][0]) > 0)
    if pair.year is not None:
        if b.total_cost < a.total_cost:
            return tr("pays back in {}").format(years_text(pair.year))
        return tr("cheaper for {}").format(years_text(pair.year))
    if b.total_cost < a.total_cost or (b.total_cost == a.total_cost and starts_below):
        return tr("cheaper from day one")
    if b.total_cost == a.total_cost:
        return tr("same cost")
    return trn("never pays back in {} year", "never pays back in {} years", c.household.years).format(c.household.years)
