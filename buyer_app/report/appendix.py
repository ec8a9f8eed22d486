"""The appendix of the PDF (pure HTML), printed with the full report: the vehicles and results in detail, year by
year, range and charging, CO2, and the methodology with every input's source. The incentives are in
appendix_incentives.py. Every source passes through `plain` (no file paths, test names or codes).

Over 300 lines because it is the appendix's HTML, section after section, in reading order.
"""

from __future__ import annotations

from buyer_app.core.costs.compare import Comparison, VehicleOutcome
from buyer_app.core.costs.model import CATEGORIES
from buyer_app.core.household.fields import FIELDS, Household
from buyer_app.core.household.state_fill import field_origin
from buyer_app.core.region.climate import CLIMATE_SOURCE, FACTOR_SOURCE
from buyer_app.report.plain import plain, value_text
from buyer_app.report.safe_text import escape
from buyer_app.text.calendar import describe_calendar
from buyer_app.text.choices import powertrain_label
from buyer_app.text.driving import describe_pattern
from buyer_app.text.field_words import input_label
from buyer_app.text.region import co2_assumptions, grid_text
from buyer_app.text.sources import price_basis_words, sources_text
from buyer_app.text.translate import tr, tr_noop
from buyer_app.text.units import (
    US_DISPLAY,
    Display,
    distance,
    distance_value,
    fuel_economy,
    per_distance_grams,
    per_distance_label,
    per_distance_money,
)
from buyer_app.text.wording import after_text, charging_notes, money

SMALL = "font-size: 7pt"


def _price(v: VehicleOutcome) -> str:
    b = v.price_basis
    if b.kind == "quote":
        return tr("{} (your price)").format(money(v.price))
    if b.own:
        return f"{money(v.price)} ({escape(price_basis_words(b))})"
    if b.kind == "msrp":
        return tr("{price} (base MSRP of the {trim} trim, model year {year}, as of {as_of})").format(
            price=money(v.price), trim=escape(b.trim), year=b.model_year, as_of=escape(b.as_of)
        )
    return tr("no price yet: enter one to get a total")


def _economy(v: VehicleOutcome, display: Display) -> str:
    return fuel_economy(v.label_mpg, display, electric=v.powertrain == "bev")


def _winter_summer(winter_mi: float, summer_mi: float, display: Display) -> str:
    w, s = distance_value(winter_mi, display), distance_value(summer_mi, display)
    return f"{w:.0f} / {s:.0f} {tr('km') if display.metric else tr('mi')}"


def _table(
    headers: list[str], rows: list[list[str]], numeric_from: int = 1, widths: tuple[int, ...] = (), style: str = ""
) -> str:
    """A table whose header row repeats on each page it runs onto (Qt keeps a row's cells together)."""

    def align(i: int) -> str:
        return "right" if i >= numeric_from else "left"

    head = "".join(
        f"<th align='{align(i)}'" + (f" width='{widths[i]}%'" if widths else "") + f">{h}</th>" for i, h in enumerate(headers)
    )
    body = "".join("<tr>" + "".join(f"<td align='{align(i)}'>{c}</td>" for i, c in enumerate(r)) + "</tr>" for r in rows)
    return (
        "<table cellspacing='0' cellpadding='3' border='1' width='100%'"
        + (f" style='{style}'" if style else "")
        + f"><thead><tr bgcolor='#dde4ee'>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


def charging_section(c: Comparison, display: Display = US_DISPLAY) -> list[str]:
    """Range and charging: how the household drives, its climate and charging, and what each car needs (distances
    in the display's unit)."""
    assert c.year is not None
    h = c.household
    climate = escape(c.climate.label) if c.climate else tr("average US conditions (as EPA labels; no monthly adjustment)")
    access = {
        "level2": tr("Level 2 at home, {kw:g} kW, {hours:g} h a night").format(
            kw=h.home_charger_kw, hours=h.home_hours_per_night
        ),
        "level1": tr("Level 1 (120 V, 1.4 kW) at home, {:g} h a night").format(h.home_hours_per_night),
        "none": tr("no charging at home"),
    }[h.home_charging]
    if h.charging_calendar is not None:
        access = escape(tr("Charging calendar: ") + describe_calendar(h))  # where the car sleeps, night by night
    rate = (
        tr("time-of-use: {share:.0%} off-peak at {price}/kWh").format(share=h.offpeak_share, price=money(h.offpeak_price, True))
        if h.home_rate == "time_of_use"
        else tr("flat {}/kWh").format(money(h.electricity_price, True))
    )
    if h.home_tariff is not None:  # the utility's rate plan prices home charging hour by hour instead
        rate = escape(
            tr("rate plan {name} ({utility}, effective {start}), charging from {hour:02d}:00").format(
                name=h.home_tariff.tariff.name,
                utility=h.home_tariff.tariff.utility,
                start=h.home_tariff.tariff.start or "?",
                hour=h.home_tariff.charge_start_hour,
            )
        )
    work = {
        "none": tr("none"),
        "free": tr("free, {} days a week").format(h.workplace_days),
        "priced": tr("{price}/kWh, {days} days a week").format(price=money(h.workplace_price, True), days=h.workplace_days),
    }[h.workplace_charging]
    dc = (
        tr("{}/kWh").format(money(h.public_dc_price, True))
        if h.public_dc_pricing == "per_kwh"
        else tr("{}/min").format(money(h.public_dc_per_minute, True))
    ) + (
        tr(", idle fee {fee}/min x {minutes:g} min a session").format(
            fee=money(h.idle_fee_per_minute, True), minutes=h.idle_minutes_per_session
        )
        if h.idle_minutes_per_session
        else ""
    )
    parts = [
        f"<h2>{escape(tr('Range and charging'))}</h2>",
        _table(
            [tr("setting"), tr("value")],
            [
                [tr("Driving"), escape(describe_pattern(c.pattern, c.year, display))],
                [tr("Longest regular day"), distance(c.year.longest_regular_day(), display)],
                [tr("Climate"), climate],
                [
                    tr("Home charging"),
                    tr("{access}; {rate}").format(access=access, rate=rate)
                    if h.charging_calendar is None or h.charging_calendar.home_nights
                    else access,
                ],
                [tr("Workplace charging"), work],
                [
                    tr("Public charging"),
                    tr("Level 2 {l2}/kWh; DC fast {dc}; everyday top-ups at {where}").format(
                        l2=money(h.public_l2_price, True),
                        dc=dc,
                        where=tr("DC fast") if h.public_everyday == "dc_fast" else tr("public Level 2"),
                    ),
                ],
                [tr("Reserve kept"), tr("{:.0%} of range").format(h.charge_reserve)],
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
                f"{ch.dc_fast_stops:.0f}" + (tr(" ({:.1f} h)").format(ch.dc_fast_hours) if ch.dc_fast_hours else ""),
                f"{ch.monthly.dc_stops[0]:.0f}",
                "—" if ch.winter_range_mi is None else _winter_summer(ch.winter_range_mi, ch.summer_range_mi or 0, display),
                f"{money(split['home'])} / {money(split['work'])} / {money(split['public'])}"
                + (tr(" (+ {} at a relative's)").format(money(split["relative"])) if split["relative"] else ""),
                "—"
                if ch.electric_share_of_miles is None
                else tr("{share} (EPA {epa})").format(share=_pct(ch.electric_share_of_miles), epa=_pct(ch.epa_utility_factor)),
            ]
        )
    if rows:
        parts.append(
            _table(
                [
                    tr("plug-in"),
                    tr("days on home charge"),
                    tr("public days"),
                    tr("DC stops (hours)"),
                    tr("Jan DC stops"),
                    tr("range winter / summer"),
                    tr("energy home / work / public"),
                    tr("electric km") if display.metric else tr("electric miles"),
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
            tr(
                "Each bar counts the household's days by distance; each plug-in's usable range "
                "(after the reserve) is marked in its warmest (solid) and coldest (dashed) month."
            ),
        ),
        ("monthly", tr("Energy cost by month in the first year: the climate and where the car charges.")),
    ):
        parts.append(f"<p><img src='chart://{name}' width='640'><br><i>{escape(caption)}</i></p>")
    parts.append(
        "<p>"
        + escape(
            tr(
                "How this is worked out: the year is 365 days of the household's driving; each day a plug-in uses "
                "workplace charging, then its battery down to the reserve, then public charging (DC fast on long "
                "trips: a session from the reserve to 80%); each night at home it recharges at the home charger's "
                "power. Monthly climate factors: {factors}. Temperatures: {temperatures}."
            )
        ).format(factors=escape(FACTOR_SOURCE), temperatures=escape(CLIMATE_SOURCE))
        + "</p>"
    )
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
                *(tr("{:,.1f} t").format(x) for x in t),
                per_distance_grams(v.co2.lifetime_kg * 1000 / miles, display) if miles > 0 else "—",
            ]
        )
    parts = [
        f"<h2 style='page-break-before: always'>{escape(tr('CO2'))}</h2>",
        "<p>"
        + escape(
            tr(
                "Over {years} years and {distance}, in tonnes of CO2 (fuel production: extracting, refining and "
                "delivering the fuel before it is burned)."
            ).format(years=h.years, distance=_per_year(c.result.miles_per_year, display))
        )
        + "</p>",
        _table(
            [
                tr("vehicle"),
                tr("tailpipe"),
                tr("fuel production (upstream)"),
                tr("electricity"),
                tr("total"),
                per_distance_label(display),
            ],
            rows,
        ),
        "<p><img src='chart://co2' width='560'><br><i>"
        + escape(tr("CO2 over {} years by where it comes out.").format(h.years))
        + "</i></p>",
    ]
    factors = {a["field"]: a for a in co2_assumptions()}
    grid = field_origin(h, "grid_co2_lb_per_mwh")
    items = [
        (tr("Tailpipe"), factors["co2_tailpipe"]),
        (tr("Fuel production"), factors["co2_upstream"]),
        (tr("Electricity"), factors["co2_electricity"]),
    ]
    lines = [
        f"<b>{escape(name)}</b>: {escape(plain(a['source']))}" + escape(tr(" (as of {})")).format(escape(a["as_of"]))
        for name, a in items
    ]
    lines.append(
        f"<b>{escape(tr('Grid used'))}</b>: {escape(grid_text(h))}; {escape(plain(grid.source))}"
        + (escape(tr(" (as of {})")).format(escape(grid.as_of)) if grid.as_of else "")
    )
    parts.append(f"<p style='{SMALL}'>" + "<br>".join(lines) + "</p>")
    return parts


def _per_year(mi: float, display: Display) -> str:
    """'12,000 miles a year' / '19,312 km a year'."""
    return tr("{distance:,.0f} {unit} a year").format(
        distance=distance_value(mi, display), unit=tr("km") if display.metric else tr("miles")
    )


def assumptions_table(h: Household, display: Display = US_DISPLAY) -> str:
    """Every household input with the source of the value used: the state's table, the app's default, or yours
    (a source already given for an earlier input is referred to by that input's name)."""
    rows = []
    first: dict[tuple[str, str], str] = {}
    for spec in FIELDS:
        o = field_origin(h, spec.name)
        if o.origin == "yours" or len(o.source) < 60 or (o.source, o.note) not in first:
            source = escape(plain(o.source)) + (f"<br><i>{escape(plain(o.note))}</i>" if o.note else "")
            first.setdefault((o.source, o.note), input_label(spec.name, h.state, display.metric))
        else:
            source = escape(tr("the same source as “{}” above")).format(escape(first[(o.source, o.note)]))
        label = input_label(spec.name, h.state, display.metric)
        rows.append([escape(label), escape(value_text(h, spec.name, display)), source, escape(o.as_of) or "—"])
    return _table(
        [tr("input"), tr("value"), tr("source"), tr("as of")], rows, numeric_from=9, widths=(24, 13, 53, 10), style=SMALL
    )


def vehicles_section(c: Comparison, display: Display = US_DISPLAY) -> list[str]:
    """The vehicles (type, price, label, range) and their results in detail: per distance, per year, break-even
    against the first, CO2."""
    h = c.household
    first = c.vehicles[0]
    be = {b.b: b for b in c.break_even if b.a == first.id}

    def against_first(v: VehicleOutcome) -> str:
        if v.id == first.id:
            return "—"
        pair = be[v.id]
        if pair.year is not None:
            return after_text(pair.year)
        return tr("no price yet") if pair.reason == "price unknown" else tr("lines never cross")

    return [
        f"<h1 style='page-break-before: always'>{escape(tr('Appendix'))}</h1>",
        f"<h2>{escape(tr('The vehicles'))}</h2>",
        _table(
            [tr("vehicle"), tr("type"), tr("price"), tr("EPA label"), tr("range")],
            [
                [
                    escape(v.label),
                    escape(powertrain_label(v.powertrain)),
                    _price(v),
                    _economy(v, display),
                    distance(v.range_mi, display, grouping=False) if v.range_mi else "—",
                ]
                for v in c.vehicles
            ],
            numeric_from=3,
            widths=(30, 18, 28, 12, 12),
        ),
        f"<h2>{escape(tr('Results in detail'))}</h2>",
        _table(
            [
                tr("vehicle"),
                tr("total"),
                per_distance_label(display),
                tr("per year"),
                escape(tr("cheaper than the {}")).format(escape(first.label)),
                tr("CO2"),
            ],
            [
                [
                    escape(v.label),
                    money(v.total_cost) if c.result.price_known[k] else tr("enter a price"),
                    per_distance_money(v.cost_per_mile, display) if c.result.price_known[k] else "—",
                    money(v.total_cost / h.years) if c.result.price_known[k] else "—",
                    against_first(v),
                    tr("{:,.1f} t").format(v.co2_kg_per_year * h.years / 1000),
                ]
                for k, v in enumerate(c.vehicles)
            ],
            widths=(32, 13, 11, 12, 20, 12),
        ),
        f"<p style='{SMALL}'>"
        + escape(
            (
                tr(
                    "Per km: the total divided by the kilometres driven over {years} years. The last column but one: "
                    "when the car has become the cheaper one to have owned (what was paid, less what it would sell for then)."
                )
                if display.metric
                else tr(
                    "Per mile: the total divided by the miles driven over {years} years. The last column but one: when "
                    "the car has become the cheaper one to have owned (what was paid, less what it would sell for then)."
                )
            ).format(years=h.years)
        )
        + "</p>",
    ]


CATEGORY_WORDS = {
    "purchase": tr_noop("purchase and tax"),
    "financing": tr_noop("loan interest"),
    "energy": tr_noop("energy"),
    "maintenance": tr_noop("maintenance and repair"),
    "insurance": tr_noop("insurance"),
    "fees": tr_noop("fees"),
    "incentives": tr_noop("incentives"),
    "resale": tr_noop("resale (credited)"),
}


def year_by_year_section(c: Comparison) -> list[str]:
    """One table per vehicle (kept on one page by the renderer), its header row repeated if it runs over."""
    h = c.household
    parts = [f"<h2>{escape(tr('Year by year'))}</h2>"]
    for v in c.vehicles:
        rows = [[tr(CATEGORY_WORDS[k]) if k in CATEGORY_WORDS else k] + [money(x) for x in v.yearly_costs[k]] for k in CATEGORIES]
        rows.append([f"<b>{escape(tr('cost of owning so far'))}</b>"] + [f"<b>{money(x)}</b>" for x in v.cumulative])
        parts.append(f"<h3>{escape(v.label)}</h3>")
        parts.append(_table([tr("year")] + [f"{y + 1}" for y in range(h.years)], rows, style=SMALL))
    return parts


def methodology_section(
    c: Comparison, database: dict[str, object], prices_as_of: str, display: Display = US_DISPLAY
) -> list[str]:
    """How the totals are worked out, every input with its source, each car's own figures and the data files."""
    h = c.household
    return [
        f"<h2 style='page-break-before: always'>{escape(tr('Methodology and sources'))}</h2>",
        "<p>"
        + escape(
            tr(
                "Energy follows the EPA / fueleconomy.gov method: city and highway miles divided by EPA's "
                "unrounded city and highway MPG (or times kWh per 100 miles, measured at the wall), day by day for "
                "the household's driving pattern and climate; plug-in hybrids put each day's miles on electricity up "
                "to what the battery holds (EPA's utility factors when no pattern is set; a plug-in hybrid is plugged "
                "in on the nights the household says). Maintenance rises with age (a used car's from its age). "
                "Resale follows each car's published curve (its model's five-year figure where one is published, "
                "else its body class and powertrain's), from its age when bought, credited in the last year. "
                "Insurance is estimated for each car from its state, body, powertrain and value. Fees are the state's "
                "title, registration and value-based taxes by age. A loan's principal counts as purchase and its "
                "interest as financing. Break-even is when the lines of the cost of ownership so far cross: what was "
                "paid, less what the car would sell for at that moment, plus any loan still owed."
            )
        )
        + "</p>",
        assumptions_table(h, display),
        "<h3>" + escape(tr("Each car's own figures")) + "</h3>",
        _table(
            [tr("vehicle"), tr("figure"), tr("where it comes from")],
            [
                [escape(v.label), escape(name.replace("_", " ")), escape(plain(text))]
                for v in c.vehicles
                for name, text in sources_text(v.sources).items()
            ],
            numeric_from=9,
            widths=(25, 15, 60),
            style=SMALL,
        ),
        "<p>"
        + escape(
            tr(
                "Vehicle data: {url} (public domain), file of {date}. Battery and charging specs: OpenEV Data 1.24.0 "
                "(CDLA-Permissive-2.0) and Chargeprice Open EV Data 2021 (MIT). Base MSRPs: curated table, newest price "
                "as of {prices}, source per row."
            ).format(url=str(database.get("source_url", "")), date=str(database.get("source_date")), prices=prices_as_of)
        )
        + "</p>",
    ]
