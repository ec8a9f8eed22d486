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
from buyer_app.report.plain import plain, short_source, value_text
from buyer_app.report.safe_text import clip, escape
from buyer_app.report.uncertainty_section import confidence_sentence
from buyer_app.text.choices import choice_label
from buyer_app.text.incentives import could_apply_text, offered_by_text, when_paid_text
from buyer_app.text.market import plate_sentence
from buyer_app.text.region import income_text, place, utility_text
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
        f"<tr bgcolor='#dde4ee'><th align='left' width='60%'>Vehicle</th><th align='right' width='22%'>Total, {years} years</th>"
        "<th align='right' width='18%'>A month</th></tr>"
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
            f"<b>Charging:</b> {escape(card.charging)}" if card.charging else "",
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
        f"<p style='color: {GREY}'>Vehicle Buyer summary, {ctx.generated.isoformat()}: what each car costs your household "
        f"to own over {h.years} years, bought {day} in {escape(place(h))}: buying it, energy, upkeep, insurance and "
        "fees, less incentives and what it sells for at the end.</p>",
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
            f"<p style='{SMALL}'>A car without a price has no total: enter your price (or the dealer's) in the app to "
            "compare it.</p>"
        )
    parts.append(
        f"<p><img src='chart://cumulative' width='{CHART_WIDTH}'><br><i style='{SMALL}'>The cost of owning each car so far: "
        "what was paid, less what it would sell for then. Where two lines cross, the car dearer to buy has become the "
        "cheaper one to have owned.</i></p>"
    )
    return parts


def _assumption_rows(c: Comparison, ctx: ReportContext) -> list[tuple[str, str, str]]:
    h, display = c.household, ctx.display
    miles = c.year.annual_miles if c.year else h.annual_miles
    city = c.year.city_share(h.city_share) if c.year else h.city_share
    unit = "km" if display.metric else "miles"
    pattern = type(c.pattern).__name__ != "AnnualPattern"
    per = L_PER_GAL if display.metric else 1.0
    gas = f"{money(h.gas_price / per, True)} {'a litre' if display.metric else 'a gallon'} (regular)"
    electricity = f"{money(h.electricity_price, digits=3)} per kWh"
    if h.home_rate == "time_of_use":
        electricity += f"; off-peak {money(h.offpeak_price, digits=3)} for {h.offpeak_share:.0%} of home charging"
    charging = choice_label("home_charging", h.home_charging)
    if h.home_charging == "level2" and h.home_charger_cost > 0:
        charging += f", charger and installation {money(h.home_charger_cost)}"
    paying = choice_label("financing", h.financing)
    if h.financing == "loan":
        paying += f": {h.down_payment_share:.0%} down, {h.loan_apr:.2%} a year, {h.loan_term_months} months"
    if h.insurance_annual > 0:
        insurance, insurance_source = f"{money(h.insurance_annual)} a year for each car", short_source(h, "insurance_annual")
    else:
        insurance = "estimated for each car from its price, body and type"
        insurance_source = short_source(h, "insurance_reference")
    fees = (
        f"electric {money(h.bev_surcharge)}, plug-in hybrid {money(h.phev_surcharge)}, hybrid {money(h.hev_surcharge)} "
        "a year more than a gasoline car"
    )
    utility = utility_text(h).replace(f" ({h.utility})", "") if h.utility else "not chosen"
    market = market_of_region(h.state)
    tax_name, fees_name, fees_field = "Sales tax", "Registration fees", "bev_surcharge"
    vehicle_figures = (
        "Vehicle figures",
        "EPA fuel economy and range labels",
        f"fueleconomy.gov, file of {ctx.database.get('source_date')}; base prices as of {ctx.prices_as_of}",
    )
    if not market.is_us:  # a market pack's taxes and figures
        tax_name, fees_name, fees_field = "Purchase tax", "Vehicle and vessel tax", "registration_annual"
        fees = (
            f"{money(h.registration_annual)} a year for a fuel car; hybrid {market.annual_tax_share('hev'):.0%} of it, "
            f"plug-in hybrid {market.annual_tax_share('phev'):.0%}, electric {market.annual_tax_share('bev'):.0%}"
        )
        factor = market.range_factor.value if market.range_factor else 1.0
        vehicle_figures = (
            "Vehicle figures",
            f"makers' {market.test_cycle} figures, range x{factor:.2f} for real-world driving",
            f"{market.name} pack ({ctx.database.get('built', '')}); guide prices as of {ctx.prices_as_of}",
        )
    return [
        ("Years you keep the car", f"{h.years}", short_source(h, "years")),
        (
            "Driving",
            f"{distance_value(miles, display):,.0f} {unit} a year, {city:.0%} in town",
            "your driving pattern" if pattern else short_source(h, "annual_miles"),
        ),
        ("Gasoline", gas, short_source(h, "gas_price")),
        ("Electricity at home", electricity, short_source(h, "electricity_price")),
        ("Income and home", income_text(h), "your figures (for incentives with an income limit)"),
        ("Electric utility", utility, "your choice" if h.utility else "utility programs not counted"),
        ("Charging at home", charging, short_source(h, "home_charging")),
        (
            "Public fast charging",
            value_text(h, "public_dc_price" if h.public_dc_pricing == "per_kwh" else "public_dc_per_minute"),
            short_source(h, "public_dc_price"),
        ),
        ("Paying by", paying, short_source(h, "loan_apr") if h.financing == "loan" else "your choice"),
        (tax_name, value_text(h, "sales_tax_rate"), short_source(h, "sales_tax_rate")),
        ("Insurance", insurance, insurance_source),
        (fees_name, fees, short_source(h, fees_field)),
        ("Resale at the end", choice_label("resale_basis", h.resale_basis), short_source(h, "resale_basis")),
        vehicle_figures,
    ]


COULD_SHOWN = 2  # could-apply programs named on page 2 (the rest counted)


def _not_applied(ds: list[Decision]) -> str:
    groups: Counter[str] = Counter()
    for d in ds:
        kind = d.reason.kind if d.reason else None
        if kind in NOT_RUNNING:
            groups["not running on the purchase date"] += 1
        elif kind is ReasonKind.OTHER_UTILITY:
            groups["for other utilities' customers"] += 1
        elif kind is ReasonKind.AREA:
            groups["limited to an area"] += 1
        elif kind in INCOME:
            groups["income rules"] += 1
        else:
            groups["other conditions (price caps, charger, who may apply)"] += 1
    parts = ", ".join(f"{n} {why}" for why, n in groups.most_common())
    return f"{len(ds)} other program{'s' if len(ds) != 1 else ''} in the catalogue do not apply: {parts}."


def _incentive_row(v: VehicleOutcome, name: str, currency: str) -> str:
    applied = [d for d in v.incentives if d.applied]
    lines = [
        f"{escape(clip(d.name, NAME_CUT))} ({escape(clip(offered_by_text(d), NAME_CUT))}): "
        f"<b>{money(d.amount, currency=currency)}</b>, {escape(when_paid_text(d.payment))}"
        for d in applied[:APPLIED_SHOWN]
    ] or ["none applies"]
    if len(applied) > APPLIED_SHOWN:
        lines.append(f"and {len(applied) - APPLIED_SHOWN} more, all in the totals (listed in the appendix)")
    total = sum(d.amount for d in applied)
    groups = group_decisions(v.incentives)
    could = _could_apply(groups)
    rest = _not_applied(list(groups.not_for_you)) if groups.not_for_you else ""
    return (
        f"<tr><td width='30%'><b>{escape(name)}</b><br>{money(total, currency=currency)} counted</td>"
        f"<td width='70%'>{'<br>'.join(lines)}"
        + (f"<br>{escape(could)}" if could else "")
        + (f"<br><font color='{GREY}'>{escape(rest)}</font>" if rest else "")
        + "</td></tr>"
    )


def _could_apply(groups: IncentiveGroups) -> str:
    """One line: what could apply if something changed ('Could apply: Colorado EV Tax Credits with a trim or deal
    under $35,000; …; and 16 programs of one utility each, 5 of a town')."""
    items = [f"{clip(d.name, NAME_CUT)} {could_apply_text(d)}" for d in groups.could_apply[:COULD_SHOWN]]
    if len(groups.could_apply) > COULD_SHOWN:
        items.append(f"{len(groups.could_apply) - COULD_SHOWN} more (in the appendix)")
    many = []
    if groups.utility_programs:
        many.append(f"{len(groups.utility_programs)} programs for one utility's customers each (choose your utility)")
    if groups.local_programs:
        many.append(f"{len(groups.local_programs)} programs of a town or county the app cannot check")
    items.extend(many)
    return ("Could apply if something changed: " + "; ".join(items) + ".") if items else ""


def page_two(c: Comparison, ctx: ReportContext, full: bool) -> list[str]:
    """What the answer assumes (each with its source in words) and the incentives that apply."""
    h = c.household
    rows = "".join(
        f"<tr><td width='22%'><b>{label}</b></td><td width='43%'>{escape(value)}</td>"
        f"<td width='35%'><font color='{GREY}'>{escape(source)}</font></td></tr>"
        for label, value, source in _assumption_rows(c, ctx)
    )
    day = purchase_day(h).isoformat()
    parts = [
        "<h2 style='page-break-before: always'>What this assumes</h2>",
        f"<table cellspacing='0' cellpadding='3' border='0' width='100%' style='{SMALL}'>"
        "<tr bgcolor='#dde4ee'><th align='left'>For</th><th align='left'>Figure used</th>"
        "<th align='left'>Where it comes from</th></tr>"
        f"{rows}</table>",
        f"<h2>Incentives on {day} in {escape(place(h))}</h2>",
        f"<p style='{SMALL}'>Counted in the totals on page 1."
        + (
            " Federal tax credits for new electric cars ended on 2025-09-30; "
            "a tax credit is worth its full amount only if you owe that much tax.</p>"
            if market_of_region(h.state).is_us
            else "</p>"
        ),
        f"<table cellspacing='0' cellpadding='3' border='0' width='100%' style='{SMALL}'>"
        + "".join(
            _incentive_row(v, a.name, ctx.display.currency) for v, a in zip(c.vehicles, answers(c, ctx.display)[0], strict=True)
        )
        + "</table>",
    ]
    more = (
        "The appendix that follows has the year-by-year costs, how sure the answer is, charging, CO2, every incentive "
        "with its reasons, and the methodology and sources."
        if full
        else "An appendix with the year-by-year costs, charging, CO2, every incentive and the methodology can be "
        "included when exporting the PDF."
    )
    parts.append(f"<p style='{SMALL}'><i>{plain(more)}</i></p>")
    return parts
