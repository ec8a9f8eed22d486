"""The summary document as HTML (pure Python): assumptions, vehicles, results, charts, methodology.

Everything a user typed is escaped: a profile name prints literally and loads nothing.

Over 300 lines because it is the document's HTML, section after section, in reading order.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from buyer_app.core.costs.compare import Comparison, VehicleOutcome
from buyer_app.core.costs.model import CATEGORIES
from buyer_app.core.household.fields import FIELDS, Household, household_to_dict
from buyer_app.core.household.state_fill import field_origin
from buyer_app.core.incentives.rules import Decision, purchase_day
from buyer_app.core.region.climate import CLIMATE_SOURCE, FACTOR_SOURCE
from buyer_app.core.region.state_figures import STATE_NAMES
from buyer_app.core.uncertainty.run import UncertaintyResult
from buyer_app.report.safe_text import escape
from buyer_app.report.uncertainty_section import confidence_sentence, uncertainty_section
from buyer_app.text.calendar import describe_calendar
from buyer_app.text.driving import describe_pattern
from buyer_app.text.incentives import dates_text, offered_by_text, reason_text, when_paid_text
from buyer_app.text.region import (
    catalogue_provenance,
    co2_assumptions,
    federal_sentence,
    fees_text,
    grid_text,
    income_text,
    no_incentive_line,
    origin_tag,
    place,
    utility_text,
)
from buyer_app.text.sources import sources_text
from buyer_app.text.units import (
    L_PER_GAL,
    US_DISPLAY,
    Display,
    distance,
    distance_value,
    fuel_economy,
    per_distance_grams,
    per_distance_label,
    per_distance_money,
)
from buyer_app.text.wording import after_text, charging_notes, money, verdict

CHARTS = (
    (
        "cumulative",
        "Cost of ownership so far: what was paid, less what the car would sell for then. The "
        "lines cross (circles) where the car dearer to buy becomes the cheaper one to have owned.",
    ),
    ("breakdown", "What each total is made of; incentives and resale reduce it (below zero)."),
    ("energy", "Energy cost for each year of ownership."),
)
SMALL = "font-size: 7pt"


@dataclass(frozen=True)
class ReportContext:
    """What the report needs besides the comparison."""

    title: str
    database: dict[str, Any]
    prices_as_of: str
    generated: date
    display: Display = US_DISPLAY  # the profile's units: distances, fuel and per-distance costs in words


def _price(v: VehicleOutcome) -> str:
    b = v.price_basis
    if b.kind == "quote":
        return f"{money(v.price)} (your price)"
    if b.kind == "msrp":
        return f"{money(v.price)} (base MSRP {escape(b.trim)}, MY{b.model_year}, as of {escape(b.as_of)})"
    return "unknown: running costs only"


def _economy(v: VehicleOutcome, display: Display) -> str:
    return fuel_economy(v.label_mpg, display, electric=v.powertrain == "bev")


def _fuel_prices(h: Household, display: Display) -> str:
    """Regular / premium / diesel per gallon, or per litre when the display is metric."""
    per = L_PER_GAL if display.metric else 1.0
    prices = " / ".join(money(x / per, True) for x in (h.gas_price, h.premium_price, h.diesel_price))
    return f"{prices} {'per litre' if display.metric else 'per gallon'}"


def _winter_summer(winter_mi: float, summer_mi: float, display: Display) -> str:
    w, s = distance_value(winter_mi, display), distance_value(summer_mi, display)
    return f"{w:.0f} / {s:.0f} {'km' if display.metric else 'mi'}"


def _table(
    headers: list[str], rows: list[list[str]], numeric_from: int = 1, widths: tuple[int, ...] = (), style: str = ""
) -> str:
    def align(i: int) -> str:
        return "right" if i >= numeric_from else "left"

    head = "".join(
        f"<th align='{align(i)}'" + (f" width='{widths[i]}%'" if widths else "") + f">{h}</th>" for i, h in enumerate(headers)
    )
    body = "".join("<tr>" + "".join(f"<td align='{align(i)}'>{c}</td>" for i, c in enumerate(r)) + "</tr>" for r in rows)
    return (
        "<table cellspacing='0' cellpadding='3' border='1' width='100%'"
        + (f" style='{style}'" if style else "")
        + f"><tr>{head}</tr>{body}</table>"
    )


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


def charging_section(c: Comparison, display: Display = US_DISPLAY) -> list[str]:
    """Range and charging: how the household drives, its climate and charging, and what each car needs (distances
    in the display's unit)."""
    assert c.year is not None
    h = c.household
    climate = escape(c.climate.label) if c.climate else "average US conditions (as EPA labels; no monthly adjustment)"
    access = {
        "level2": f"Level 2 at home, {h.home_charger_kw:g} kW, {h.home_hours_per_night:g} h a night",
        "level1": f"Level 1 (120 V, 1.4 kW) at home, {h.home_hours_per_night:g} h a night",
        "none": "no charging at home",
    }[h.home_charging]
    if h.charging_calendar is not None:
        access = escape("Charging calendar: " + describe_calendar(h))  # where the car sleeps, night by night
    rate = (
        f"time-of-use: {h.offpeak_share:.0%} off-peak at {money(h.offpeak_price, True)}/kWh"
        if h.home_rate == "time_of_use"
        else f"flat {money(h.electricity_price, True)}/kWh"
    )
    work = {
        "none": "none",
        "free": f"free, {h.workplace_days} days a week",
        "priced": f"{money(h.workplace_price, True)}/kWh, {h.workplace_days} days a week",
    }[h.workplace_charging]
    dc = (
        f"{money(h.public_dc_price, True)}/kWh"
        if h.public_dc_pricing == "per_kwh"
        else f"{money(h.public_dc_per_minute, True)}/min"
    ) + (
        f", idle fee {money(h.idle_fee_per_minute, True)}/min x {h.idle_minutes_per_session:g} min a session"
        if h.idle_minutes_per_session
        else ""
    )
    parts = [
        "<h2>Range and charging</h2>",
        _table(
            ["setting", "value"],
            [
                ["Driving", escape(describe_pattern(c.pattern, c.year, display))],
                ["Longest regular day", distance(c.year.longest_regular_day(), display)],
                ["Climate", climate],
                [
                    "Home charging",
                    f"{access}; {rate}" if h.charging_calendar is None or h.charging_calendar.home_nights else access,
                ],
                ["Workplace charging", work],
                [
                    "Public charging",
                    f"Level 2 {money(h.public_l2_price, True)}/kWh; DC fast {dc}; everyday top-ups at "
                    + ("DC fast" if h.public_everyday == "dc_fast" else "public Level 2"),
                ],
                ["Reserve kept", f"{h.charge_reserve:.0%} of range"],
            ],
            numeric_from=2,
        ),
    ]
    rows = []
    for v in c.vehicles:
        ch = v.charging
        if ch is None:
            continue
        split = ch.energy_cost_by_source
        rows.append(
            [
                escape(v.label),
                _pct(ch.share_days_home_only),
                f"{ch.public_charge_days:.0f}",
                f"{ch.dc_fast_stops:.0f}" + (f" ({ch.dc_fast_hours:.1f} h)" if ch.dc_fast_hours else ""),
                f"{ch.monthly.dc_stops[0]:.0f}",
                "—" if ch.winter_range_mi is None else _winter_summer(ch.winter_range_mi, ch.summer_range_mi or 0, display),
                f"{money(split['home'])} / {money(split['work'])} / {money(split['public'])}"
                + (f" (+ {money(split['relative'])} at a relative's)" if split["relative"] else ""),
                "—"
                if ch.electric_share_of_miles is None
                else f"{_pct(ch.electric_share_of_miles)} (EPA {_pct(ch.epa_utility_factor)})",
            ]
        )
    if rows:
        parts.append(
            _table(
                [
                    "plug-in",
                    "days on home charge",
                    "public days",
                    "DC stops (hours)",
                    "Jan DC stops",
                    "range winter / summer",
                    "energy home / work / public",
                    "electric km" if display.metric else "electric miles",
                ],
                rows,
            )
        )
    notes = charging_notes(c, display)
    if notes:
        parts.append("<p>" + "<br>".join(escape(line) for line in notes.splitlines()) + "</p>")
    for name, caption in (
        (
            "days",
            "Each bar counts the household's days by distance; each plug-in's usable range "
            "(after the reserve) is marked in its warmest (solid) and coldest (dashed) month.",
        ),
        ("monthly", "Energy cost by month in the first year: the climate and where the car charges."),
    ):
        parts.append(f"<p><img src='chart://{name}' width='640'><br><i>{caption}</i></p>")
    parts.append(
        "<p>How this is worked out: the year is 365 days of the household's driving; each day a plug-in uses "
        "workplace charging, then its battery down to the reserve, then public charging (DC fast on long "
        "trips: a session from the reserve to 80%); each night at home it recharges at the home charger's "
        "power. Monthly climate factors: " + escape(FACTOR_SOURCE) + ". Temperatures: " + escape(CLIMATE_SOURCE) + ".</p>"
    )
    return parts


def _where_rows(h: Household) -> list[list[str]]:
    """The household table's rows on where and when it buys, and who it is (for the incentives)."""
    day = purchase_day(h).isoformat()
    return [
        ["State", escape(STATE_NAMES[h.state]) if h.state != "US" else "none chosen: US national figures"],
        ["Purchase date", day if h.purchase_date else f"{day} (today: no date set)"],
        ["Electric utility", escape(utility_text(h))],
        ["Income and home", escape(income_text(h))],
    ]


def _address(source: str) -> str:
    """A source address as a link (Qt wraps it at its slashes and hyphens)."""
    text = source.strip()
    if not text.startswith(("http://", "https://")) or " " in text:
        return escape(text) or "—"
    return f"<a href='{escape(text, quote=True)}'>{escape(text)}</a>"


def _decision_cells(d: Decision) -> list[str]:
    """What a decision gives (or why not), then a line with its dates, source address and last check."""
    why = escape(reason_text(d.reason)) if not d.applied else (f"<i>{escape(d.notes)}</i>" if d.notes else "—")
    detail = (
        "your own entry: always counted, not checked by the app"
        if d.level == "custom"
        else f"dates: {escape(dates_text(d)) or '—'}; source: {_address(d.source)}; last checked {escape(d.checked) or '—'}"
    )
    return [
        escape(d.name),
        escape(offered_by_text(d)),
        money(d.amount) if d.applied else "not applied",
        why,
        escape(when_paid_text(d.payment)) or "—",
        detail,
    ]


Row = tuple[tuple[str, ...], int]  # a decision's cells, and how many catalogue entries read the same


def _decision_rows(decisions: tuple[Decision, ...]) -> list[Row]:
    """Each decision's cells, applied ones first; entries that read the same (a program's several catalogue
    rows) are printed once with their count."""
    rows: dict[tuple[str, ...], int] = {}
    for d in sorted(decisions, key=lambda d: not d.applied):
        cells = tuple(_decision_cells(d))
        rows[cells] = rows.get(cells, 0) + 1
    return list(rows.items())


DECISION_COLUMNS = (("incentive", 27), ("offered by", 17), ("amount", 9), ("why not applied (or a note)", 29), ("when paid", 18))


def _decision_table(rows: list[Row], total: float) -> str:
    """Two lines per decision: what it is and what it gives; then its dates, source address and last check."""
    head = "".join(
        f"<th align='{'right' if i == 2 else 'left'}' width='{w}%' bgcolor='#cccccc'>{h}</th>"
        for i, (h, w) in enumerate(DECISION_COLUMNS)
    )
    body = []
    for k, (cells, n) in enumerate(rows):
        shade = " bgcolor='#e3f1e3'" if cells[2] != "not applied" else (" bgcolor='#eeeeee'" if k % 2 == 0 else "")
        name = f"<b>{cells[0]}</b>" + (f" <i>({n} catalogue entries)</i>" if n > 1 else "")
        body.append(
            f"<tr{shade}>"
            + "".join(f"<td align='{'right' if i == 2 else 'left'}'>{c}</td>" for i, c in enumerate((name, *cells[1:5])))
            + "</tr>"
        )
        body.append(f"<tr{shade}><td colspan='5'><font color='#444444'>{cells[5]}</font></td></tr>")
    body.append(
        f"<tr><td colspan='2'><b>Total applied</b></td><td align='right'><b>{money(total)}</b></td><td colspan='2'></td></tr>"
    )
    return (
        f"<table cellspacing='0' cellpadding='2' border='0' width='100%' style='{SMALL}'>"
        f"<tr>{head}</tr>" + "".join(body) + "</table>"
    )


def incentives_section(c: Comparison) -> list[str]:
    """Every program decided for each vehicle on the purchase date, applied first, with its source and date.
    A refusal already listed for an earlier vehicle (the same home-charger programs, say) is referred to,
    not printed again."""
    h = c.household
    day = purchase_day(h).isoformat()
    parts = [
        f"<h2 style='page-break-before: always'>Incentives on {day} in {escape(place(h))}</h2>",
        f"<p>{escape(federal_sentence())} The amounts applied are in the totals above (a tax credit is worth its "
        "full amount only if you owe that much tax).</p>",
    ]
    listed: dict[Row, str] = {}
    for v in c.vehicles:
        label = escape(v.label) + (" (used)" if v.used else "")
        total = sum(d.amount for d in v.incentives if d.applied)
        parts.append(f"<h3>{label}: {money(total)} applied</h3>")
        rows = _decision_rows(v.incentives)
        earlier = [r for r in rows if r in listed and r[0][2] == "not applied"]
        shown = [r for r in rows if r not in earlier]
        if shown:
            parts.append(_decision_table(shown, total))
        if earlier:
            where = " and the ".join(dict.fromkeys(listed[r] for r in earlier))
            parts.append(
                f"<p>{'Also not' if shown else 'Not'} applied, for the same reasons as listed above for the "
                f"{where}: {sum(n for _, n in earlier)} {'more ' if shown else ''}catalogue entries.</p>"
            )
        if all(d.level == "custom" for d in v.incentives):
            parts.append(f"<p>{escape(no_incentive_line(h))}</p>")
        listed.update({r: label for r in shown if r[0][2] == "not applied"})
    parts.append(f"<p style='{SMALL}'>Incentive catalogue: {escape(catalogue_provenance())}</p>")
    return parts


def co2_section(c: Comparison, display: Display = US_DISPLAY) -> list[str]:
    """Lifetime CO2 per vehicle by where it comes out, the chart and the three factors with their sources."""
    h = c.household
    miles = c.result.miles_per_year * h.years
    rows = []
    for v in c.vehicles:
        if v.co2 is None:
            continue
        t = [sum(v.co2.tailpipe) / 1000, sum(v.co2.upstream) / 1000, sum(v.co2.electricity) / 1000, v.co2.lifetime_kg / 1000]
        rows.append(
            [
                escape(v.label),
                *(f"{x:,.1f} t" for x in t),
                per_distance_grams(v.co2.lifetime_kg * 1000 / miles, display) if miles > 0 else "—",
            ]
        )
    parts = [
        "<h2 style='page-break-before: always'>CO2</h2>",
        f"<p>Over {h.years} years and {_per_year(c.result.miles_per_year, display)}, in tonnes of CO2 "
        "(fuel production: extracting, refining and delivering the fuel before it is burned).</p>",
        _table(["vehicle", "tailpipe", "fuel production (upstream)", "electricity", "total", per_distance_label(display)], rows),
        f"<p><img src='chart://co2' width='560'><br><i>CO2 over {h.years} years by where it comes out.</i></p>",
    ]
    factors = {a["field"]: a for a in co2_assumptions()}
    grid = field_origin(h, "grid_co2_lb_per_mwh")
    items = [
        ("Tailpipe", factors["co2_tailpipe"]),
        ("Fuel production", factors["co2_upstream"]),
        ("Electricity", factors["co2_electricity"]),
    ]
    lines = [f"<b>{name}</b>: {escape(a['source'])} (as of {escape(a['as_of'])})" for name, a in items]
    lines.append(
        f"<b>Grid used</b>: {escape(grid_text(h))}; {escape(grid.source)}"
        + (f" (as of {escape(grid.as_of)})" if grid.as_of else "")
    )
    parts.append(f"<p style='{SMALL}'>" + "<br>".join(lines) + "</p>")
    return parts


def _per_year(mi: float, display: Display) -> str:
    """'12,000 miles a year' / '19,312 km a year'."""
    return f"{distance_value(mi, display):,.0f} {'km' if display.metric else 'miles'} a year"


def _value(h: Household, name: str, unit: str) -> str:
    value = household_to_dict(h)[name]
    if name == "purchase_date" and not value:
        return f"today ({purchase_day(h).isoformat()})"
    if value == "":
        return "none"
    return f"{value} {unit}".strip()


def assumptions_table(h: Household) -> str:
    """Every household input with the source of the value used: the state's table, the app's default, or yours
    (a source already given for an earlier input is referred to by that input's name)."""
    rows = []
    first: dict[tuple[str, str], str] = {}
    for spec in FIELDS:
        o = field_origin(h, spec.name)
        if o.origin == "yours" or len(o.source) < 60 or (o.source, o.note) not in first:
            source = escape(o.source) + (f"<br><i>{escape(o.note)}</i>" if o.note else "")
            first.setdefault((o.source, o.note), spec.label)
        else:
            source = f"the same source as “{escape(first[(o.source, o.note)])}” above"
        rows.append([escape(spec.label), escape(_value(h, spec.name, spec.unit)), source, escape(o.as_of) or "—"])
    return _table(["input", "value", "source", "as of"], rows, numeric_from=9, widths=(24, 13, 53, 10), style=SMALL)


def summary_html(c: Comparison, ctx: ReportContext, run: UncertaintyResult | None = None) -> str:
    """The whole document; charts are referenced as chart://NAME images supplied by the renderer. With `run` (an
    uncertainty run of this very comparison) the verdict gains its confidence and "How sure is this?" follows the
    results."""
    h, display = c.household, ctx.display
    labels = {v.id: v.label for v in c.vehicles}
    first = c.vehicles[0].id
    be = {b.b: b for b in c.break_even if b.a == first}
    parts = [
        "<html><body style='font-family: DejaVu Sans; font-size: 9pt'>",
        f"<h1>{escape(ctx.title)}</h1>",
        f"<p>Vehicle Buyer summary, {ctx.generated.isoformat()}. Vehicle data: {escape(str(ctx.database.get('source_file')))}"
        f" of {escape(str(ctx.database.get('source_date')))} (US EPA / DOE fueleconomy.gov).</p>",
        f"<p><b>{escape(verdict(c, display))}</b>"
        + (f"<br>{escape(confidence_sentence(c, run))} See “How sure is this?” below." if run is not None else "")
        + "</p>",
        "<h2>Your household</h2>",
        _table(
            ["assumption", "value"],
            [
                *_where_rows(h),
                ["Years of ownership", f"{h.years}"],
                [
                    "Kilometres a year" if display.metric else "Miles a year",
                    f"{distance_value(c.year.annual_miles if c.year else h.annual_miles, display):,.0f} "
                    f"({c.year.city_share(h.city_share) if c.year else h.city_share:.0%} city)",
                ],
                [
                    "Regular / premium / diesel",
                    f"{_fuel_prices(h, display)} {origin_tag(h, 'gas_price')}",
                ],
                ["Electricity", f"{money(h.electricity_price, digits=3)} per kWh {origin_tag(h, 'electricity_price')}"],
                [
                    "Paying by",
                    h.financing
                    + (
                        f" ({h.down_payment_share:.0%} down, {h.loan_apr:.2%} APR, {h.loan_term_months} months)"
                        if h.financing == "loan"
                        else ""
                    ),
                ],
                ["Sales tax", f"{h.sales_tax_rate:.2%} {origin_tag(h, 'sales_tax_rate')}"],
                ["EV / plug-in hybrid / hybrid fees", escape(fees_text(h))],
                ["Grid CO2", escape(grid_text(h))],
                [
                    "Insurance",
                    f"{money(h.insurance_annual)} a year for every car"
                    if h.insurance_annual > 0
                    else "estimated for each car (below): "
                    + ", ".join(f"{escape(v.label)} {money(v.yearly_costs['insurance'][0])}" for v in c.vehicles)
                    + " in the first year",
                ],
            ],
            numeric_from=2,
        ),
        "<h2>The vehicles</h2>",
        _table(
            ["vehicle", "type", "price", "EPA label", "range"],
            [
                [
                    escape(v.label),
                    v.powertrain.upper(),
                    _price(v),
                    _economy(v, display),
                    distance(v.range_mi, display, grouping=False) if v.range_mi else "—",
                ]
                for v in c.vehicles
            ],
            numeric_from=3,
        ),
        "<h2>Results</h2>",
        _table(
            [
                "vehicle",
                "total",
                per_distance_label(display),
                "per year",
                f"break-even vs {escape(labels[first])}",
                "CO2 (all sources)",
            ],
            [
                [
                    escape(v.label),
                    money(v.total_cost),
                    per_distance_money(v.cost_per_mile, display),
                    money(v.total_cost / h.years),
                    "—" if v.id == first else (after_text(year) if (year := be[v.id].year) is not None else be[v.id].reason),
                    f"{v.co2_kg_per_year * h.years / 1000:,.1f} t",
                ]
                for v in c.vehicles
            ],
        ),
    ]
    for name, caption in CHARTS:
        parts.append(f"<p><img src='chart://{name}' width='640'><br><i>{caption}</i></p>")
    if run is not None:
        parts.extend(uncertainty_section(c, run))
    parts.extend(charging_section(c, display))
    parts.extend(incentives_section(c))
    parts.extend(co2_section(c, display))
    parts.append("<h2 style='page-break-before: always'>Year by year</h2>")
    for v in c.vehicles:
        rows = [[k] + [money(x) for x in v.yearly_costs[k]] for k in CATEGORIES]
        rows.append(["<b>cumulative</b>"] + [f"<b>{money(x)}</b>" for x in v.cumulative])
        parts.append(f"<h3>{escape(v.label)}</h3>")
        parts.append(_table(["category"] + [f"yr {y + 1}" for y in range(h.years)], rows))
    parts.append("<h2 style='page-break-before: always'>Methodology and sources</h2>")
    parts.append(
        "<p>Energy follows the EPA / fueleconomy.gov method: city and highway miles divided by EPA's "
        "unrounded city and highway MPG (or times kWh per 100 miles, measured at the wall), day by day for "
        "the household's driving pattern and climate; plug-in hybrids put each day's miles on electricity up "
        "to what the battery holds (EPA's utility factors when no pattern is set; a plug-in hybrid is plugged "
        "in on the nights the household says). Maintenance rises with age (a used car's from its age). "
        "Resale follows each car's published curve (its model's five-year figure where one is published, "
        "else its body class and powertrain's), from its age when bought, credited in the last year. "
        "Insurance is estimated for each car from its state, body, powertrain and value. Fees are the state's "
        "title, registration and value-based taxes by age. A loan's principal counts as purchase and its interest as "
        "financing. Break-even is when the lines of the cost of ownership so far cross: what was paid, less "
        "what the car would sell for at that moment, plus any loan still owed.</p>"
    )
    parts.append(assumptions_table(h))
    parts.append("<h3>Each car's own figures</h3>")
    parts.append(
        _table(
            ["vehicle", "figure", "where it comes from"],
            [
                [escape(v.label), escape(name.replace("_", " ")), escape(text)]
                for v in c.vehicles
                for name, text in sources_text(v.sources).items()
            ],
            numeric_from=9,
        )
    )
    parts.append(
        f"<p>Vehicle data: {escape(str(ctx.database.get('source_url', '')))} (public domain), file of "
        f"{escape(str(ctx.database.get('source_date')))}, sha256 {escape(str(ctx.database.get('source_sha256', '')))}. "
        "Battery and charging specs: OpenEV Data 1.24.0 (CDLA-Permissive-2.0) and Chargeprice Open EV Data "
        f"2021 (MIT). Base MSRPs: curated table, newest price as of {escape(ctx.prices_as_of)}, source per row.</p>"
    )
    parts.append("</body></html>")
    return "\n".join(parts)
