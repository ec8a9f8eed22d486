"""The summary's two pages as HTML (pure Python). Page 1: the answer for each vehicle, the verdict and the cost over
time; page 2: what the answer assumes, each with its source in a few words, and the incentives that apply.

Everything a user typed is escaped: a profile name prints literally and loads nothing."""

from __future__ import annotations

from collections import Counter

from buyer_app.core.costs.compare import Comparison, VehicleOutcome
from buyer_app.core.incentives.relevance import IncentiveGroups, group_decisions
from buyer_app.core.incentives.rules import Decision, ReasonKind, purchase_day
from buyer_app.core.markets.market import market_of_region
from buyer_app.core.uncertainty.run import UncertaintyResult
from buyer_app.report.answers import Answer, answers
from buyer_app.report.context import ReportContext
from buyer_app.report.data_note import data_note
from buyer_app.report.plain import plain, short_source, value_text
from buyer_app.report.safe_text import clip, escape
from buyer_app.report.uncertainty_section import confidence_sentence
from buyer_app.text.choices import choice_label
from buyer_app.text.incentives import could_apply_text, offered_by_text, when_paid_text
from buyer_app.text.market import plate_sentence
from buyer_app.text.region import income_text, place, utility_text
from buyer_app.text.translate import tr, trn
from buyer_app.text.units import L_PER_GAL, distance_value
from buyer_app.text.wording import money, verdict

SMALL = "font-size: 7.5pt"
GREY = "#555555"
WINNER = "#1b5e20"  # the cheapest car's standing, as on its card in the window
NAME_CUT = 120  # characters of a title or an incentive's name on the two pages (all of it in the appendix)
APPLIED_SHOWN = 5  # applied incentives listed for one vehicle on page 2 (the rest counted)
CHART_WIDTH = 640  # px at 96 dpi: the text width of Letter and A4 with 0.75 in margins, less a little
NOT_RUNNING = {ReasonKind.NOT_STARTED, ReasonKind.ENDED, ReasonKind.PAUSED, ReasonKind.PROPOSED, ReasonKind.UNCONFIRMED}
INCOME = {
    ReasonKind.INCOME_UNCHECKABLE,
    ReasonKind.INCOME_NOT_GIVEN,
    ReasonKind.INCOME_TABLE_MISSING,
    ReasonKind.INCOME_ABOVE,
    ReasonKind.INCOME_BELOW_TIER,
}


def _answer_rows(rows: list[Answer], years: int) -> str:
    """Each vehicle's card as two table rows: name, total and a month; then the card's standing, range and charging
    lines across the page (whole sentences, as the window's card says them)."""
    head = (
        f"<tr bgcolor='#dde4ee'><th align='left' width='60%'>{escape(tr('Vehicle'))}</th>"
        f"<th align='right' width='22%'>{escape(tr('Total, {} years').format(years))}</th>"
        f"<th align='right' width='18%'>{escape(tr('A month'))}</th></tr>"
    )
    body = []
    for k, a in enumerate(rows):
        shade = " bgcolor='#f3f6fa'" if k % 2 else ""
        total = f"<span style='font-size: 11pt'><b>{escape(a.total)}</b></span>" if a.priced else f"<i>{escape(a.total)}</i>"
        body.append(
            f"<tr{shade}><td><div><b>{escape(a.name)}</b></div><div style='color: {GREY}; {SMALL}'>{escape(a.kind)}</div></td>"
            f"<td align='right'>{total}</td><td align='right'>{escape(a.per_month)}</td></tr>"
        )
        card = a.card
        best = card.place.cheapest and card.priced
        standing = f"<b><font color='{WINNER}'>{escape(card.standing)}</font></b>" if best else escape(card.standing)
        lines = [
            standing,
            escape(card.range),  # begins with its own word: "Range 300 mi, …" / "On battery 30 mi, …"
            f"<b>{escape(tr('Charging:'))}</b> {escape(card.charging)}" if card.charging else "",
        ]
        if any(lines):
            body.append(f"<tr{shade}><td colspan='3' style='{SMALL}'>" + "<br>".join(x for x in lines if x) + "</td></tr>")
    return f"<table cellspacing='0' cellpadding='4' border='0' width='100%'>{head}{''.join(body)}</table>"


def page_one(c: Comparison, ctx: ReportContext, run: UncertaintyResult | None, full: bool) -> list[str]:
    """The answer per vehicle, the verdict and the cost over time."""
    h, display = c.household, ctx.display
    rows, key = answers(c, display)
    day = purchase_day(h).isoformat()
    parts = [
        f"<h1>{escape(clip(ctx.title, NAME_CUT))}</h1>",
        f"<p style='color: {GREY}'>"
        + escape(
            tr(
                "Vehicle Buyer summary, {made}: what each car costs your household to own over {years} years, bought {day} "
                "in {place}: buying it, energy, upkeep, insurance and fees, less incentives and what it sells for at the end."
            ).format(made=ctx.generated.isoformat(), years=h.years, day=day, place=place(h))
        )
        + "</p>",
        f"<p style='font-size: 10.5pt'><b>{escape(verdict(c, display))}</b>"
        + (f"<br>{escape(confidence_sentence(c, run))}" if run is not None else "")
        + (f"<br>{escape(plate)}" if (plate := plate_sentence(c, display)) else "")
        + "</p>",
        _answer_rows(rows, h.years),
    ]
    if key:
        parts.append(f"<p style='{SMALL}'>" + "<br>".join(f"{escape(m)} {escape(label)}" for m, label in key) + "</p>")
    if not all(a.priced for a in rows):
        parts.append(
            f"<p style='{SMALL}'>"
            + escape(tr("A car without a price has no total: enter your price (or the dealer's) in the app to compare it."))
            + "</p>"
        )
    parts.append(
        f"<p><img src='chart://cumulative' width='{CHART_WIDTH}'><br><i style='{SMALL}'>"
        + escape(
            tr(
                "The cost of owning each car so far: what was paid, less what it would sell for then. Where two lines "
                "cross, the car dearer to buy has become the cheaper one to have owned."
            )
        )
        + "</i></p>"
    )
    return parts


def _assumption_rows(c: Comparison, ctx: ReportContext) -> list[tuple[str, str, str]]:
    h, display = c.household, ctx.display
    miles = c.year.annual_miles if c.year else h.annual_miles
    city = c.year.city_share(h.city_share) if c.year else h.city_share
    unit = tr("km") if display.metric else tr("miles")
    pattern = type(c.pattern).__name__ != "AnnualPattern"
    per = L_PER_GAL if display.metric else 1.0
    gas = (tr("{} a litre (regular)") if display.metric else tr("{} a gallon (regular)")).format(money(h.gas_price / per, True))
    electricity = tr("{} per kWh").format(money(h.electricity_price, digits=3))
    if h.home_rate == "time_of_use":
        electricity += tr("; off-peak {price} for {share:.0%} of home charging").format(
            price=money(h.offpeak_price, digits=3), share=h.offpeak_share
        )
    charging = choice_label("home_charging", h.home_charging)
    if h.home_charging == "level2" and h.home_charger_cost > 0:
        charging += tr(", charger and installation {}").format(money(h.home_charger_cost))
    paying = choice_label("financing", h.financing)
    if h.financing == "loan":
        paying += tr(": {down:.0%} down, {apr:.2%} a year, {months} months").format(
            down=h.down_payment_share, apr=h.loan_apr, months=h.loan_term_months
        )
    if h.insurance_annual > 0:
        insurance = tr("{} a year for each car").format(money(h.insurance_annual))
        insurance_source = short_source(h, "insurance_annual")
    else:
        insurance = tr("estimated for each car from its price, body and type")
        insurance_source = short_source(h, "insurance_reference")
    fees = tr("electric {bev}, plug-in hybrid {phev}, hybrid {hev} a year more than a gasoline car").format(
        bev=money(h.bev_surcharge), phev=money(h.phev_surcharge), hev=money(h.hev_surcharge)
    )
    utility = utility_text(h).replace(f" ({h.utility})", "") if h.utility else tr("not chosen")
    market = market_of_region(h.state)
    tax_name, fees_name, fees_field = tr("Sales tax"), tr("Registration fees"), "bev_surcharge"
    vehicle_figures = (
        tr("Vehicle figures"),
        tr("EPA fuel economy and range labels"),
        tr("fueleconomy.gov, file of {date}; base prices as of {prices}").format(
            date=ctx.database.get("source_date"), prices=ctx.prices_as_of
        ),
    )
    if not market.is_us:  # a market pack's taxes and figures
        tax_name, fees_name, fees_field = tr("Purchase tax"), tr("Vehicle and vessel tax"), "registration_annual"
        fees = tr("{amount} a year for a fuel car; hybrid {hev:.0%} of it, plug-in hybrid {phev:.0%}, electric {bev:.0%}").format(
            amount=money(h.registration_annual),
            hev=market.annual_tax_share("hev"),
            phev=market.annual_tax_share("phev"),
            bev=market.annual_tax_share("bev"),
        )
        factor = market.range_factor.value if market.range_factor else 1.0
        vehicle_figures = (
            tr("Vehicle figures"),
            tr("makers' {cycle} figures, range x{factor:.2f} for real-world driving").format(
                cycle=market.test_cycle, factor=factor
            ),
            tr("{name} pack ({built}); guide prices as of {prices}").format(
                name=market.name, built=ctx.database.get("built", ""), prices=ctx.prices_as_of
            ),
        )
    return [
        (tr("Years you keep the car"), f"{h.years}", short_source(h, "years")),
        (
            tr("Driving"),
            tr("{distance:,.0f} {unit} a year, {city:.0%} in town").format(
                distance=distance_value(miles, display), unit=unit, city=city
            ),
            tr("your driving pattern") if pattern else short_source(h, "annual_miles"),
        ),
        (tr("Gasoline"), gas, short_source(h, "gas_price")),
        (tr("Electricity at home"), electricity, short_source(h, "electricity_price")),
        (tr("Income and home"), income_text(h), tr("your figures (for incentives with an income limit)")),
        (tr("Electric utility"), utility, tr("your choice") if h.utility else tr("utility programs not counted")),
        (tr("Charging at home"), charging, short_source(h, "home_charging")),
        (
            tr("Public fast charging"),
            value_text(h, "public_dc_price" if h.public_dc_pricing == "per_kwh" else "public_dc_per_minute"),
            short_source(h, "public_dc_price"),
        ),
        (tr("Paying by"), paying, short_source(h, "loan_apr") if h.financing == "loan" else tr("your choice")),
        (tax_name, value_text(h, "sales_tax_rate"), short_source(h, "sales_tax_rate")),
        (tr("Insurance"), insurance, insurance_source),
        (fees_name, fees, short_source(h, fees_field)),
        (tr("Resale at the end"), choice_label("resale_basis", h.resale_basis), short_source(h, "resale_basis")),
        vehicle_figures,
    ]


COULD_SHOWN = 2  # could-apply programs named on page 2 (the rest counted)


def _not_applied(ds: list[Decision]) -> str:
    groups: Counter[str] = Counter()
    for d in ds:
        kind = d.reason.kind if d.reason else None
        if kind in NOT_RUNNING:
            groups[tr("not running on the purchase date")] += 1
        elif kind is ReasonKind.OTHER_UTILITY:
            groups[tr("for other utilities' customers")] += 1
        elif kind is ReasonKind.AREA:
            groups[tr("limited to an area")] += 1
        elif kind in INCOME:
            groups[tr("income rules")] += 1
        else:
            groups[tr("other conditions (price caps, charger, who may apply)")] += 1
    parts = tr(", ").join(tr("{n} {why}").format(n=n, why=why) for why, n in groups.most_common())
    return trn(
        "{count} other program in the catalogue do not apply: {parts}.",
        "{count} other programs in the catalogue do not apply: {parts}.",
        len(ds),
    ).format(count=len(ds), parts=parts)


def _incentive_row(v: VehicleOutcome, name: str, currency: str) -> str:
    applied = [d for d in v.incentives if d.applied]
    lines = [
        escape(tr("{name} ({who}): ")).format(name=escape(clip(d.name, NAME_CUT)), who=escape(clip(offered_by_text(d), NAME_CUT)))
        + escape(tr("{amount}, {when}")).format(
            amount=f"<b>{money(d.amount, currency=currency)}</b>", when=escape(when_paid_text(d.payment))
        )
        for d in applied[:APPLIED_SHOWN]
    ] or [escape(tr("none applies"))]
    if len(applied) > APPLIED_SHOWN:
        lines.append(escape(tr("and {} more, all in the totals (listed in the appendix)").format(len(applied) - APPLIED_SHOWN)))
    total = sum(d.amount for d in applied)
    groups = group_decisions(v.incentives)
    could = _could_apply(groups)
    rest = _not_applied(list(groups.not_for_you)) if groups.not_for_you else ""
    return (
        f"<tr><td width='30%'><b>{escape(name)}</b><br>{escape(tr('{} counted').format(money(total, currency=currency)))}</td>"
        f"<td width='70%'>{'<br>'.join(lines)}"
        + (f"<br>{escape(could)}" if could else "")
        + (f"<br><font color='{GREY}'>{escape(rest)}</font>" if rest else "")
        + "</td></tr>"
    )


def _could_apply(groups: IncentiveGroups) -> str:
    """One line: what could apply if something changed ('Could apply: Colorado EV Tax Credits with a trim or deal
    under $35,000; …; and 16 programs of one utility each, 5 of a town')."""
    items = [
        tr("{name} {condition}").format(name=clip(d.name, NAME_CUT), condition=could_apply_text(d))
        for d in groups.could_apply[:COULD_SHOWN]
    ]
    if len(groups.could_apply) > COULD_SHOWN:
        items.append(tr("{} more (in the appendix)").format(len(groups.could_apply) - COULD_SHOWN))
    many = []
    if groups.utility_programs:
        many.append(tr("{} programs for one utility's customers each (choose your utility)").format(len(groups.utility_programs)))
    if groups.local_programs:
        many.append(tr("{} programs of a town or county the app cannot check").format(len(groups.local_programs)))
    items.extend(many)
    return tr("Could apply if something changed: {}.").format(tr("; ").join(items)) if items else ""


def page_two(c: Comparison, ctx: ReportContext, full: bool) -> list[str]:
    """What the answer assumes (each with its source in words) and the incentives that apply."""
    h = c.household
    rows = "".join(
        f"<tr><td width='22%'><b>{escape(label)}</b></td><td width='43%'>{escape(value)}</td>"
        f"<td width='35%'><font color='{GREY}'>{escape(source)}</font></td></tr>"
        for label, value, source in _assumption_rows(c, ctx)
    )
    day = purchase_day(h).isoformat()
    parts = [
        f"<h2 style='page-break-before: always'>{escape(tr('What this assumes'))}</h2>",
        f"<table cellspacing='0' cellpadding='3' border='0' width='100%' style='{SMALL}'>"
        f"<tr bgcolor='#dde4ee'><th align='left'>{escape(tr('For'))}</th><th align='left'>{escape(tr('Figure used'))}</th>"
        f"<th align='left'>{escape(tr('Where it comes from'))}</th></tr>"
        f"{rows}</table>",
        f"<h2>{escape(tr('Incentives on {day} in {state}').format(day=day, state=place(h)))}</h2>",
        f"<p style='{SMALL}'>"
        + escape(tr("Counted in the totals on page 1."))
        + (
            escape(
                tr(
                    " Federal tax credits for new electric cars ended on 2025-09-30; a tax credit is worth its full amount "
                    "only if you owe that much tax."
                )
            )
            if market_of_region(h.state).is_us
            else ""
        )
        + "</p>",
        f"<table cellspacing='0' cellpadding='3' border='0' width='100%' style='{SMALL}'>"
        + "".join(
            _incentive_row(v, a.name, ctx.display.currency) for v, a in zip(c.vehicles, answers(c, ctx.display)[0], strict=True)
        )
        + "</table>",
    ]
    more = (
        tr(
            "The appendix that follows has the year-by-year costs, how sure the answer is, charging, CO2, every incentive "
            "with its reasons, and the methodology and sources."
        )
        if full
        else tr(
            "An appendix with the year-by-year costs, charging, CO2, every incentive and the methodology can be "
            "included when exporting the PDF."
        )
    )
    parts.append(f"<p style='{SMALL}'><i>{plain(more)}</i></p>")
    parts.extend(data_note(c, ctx))
    return parts
