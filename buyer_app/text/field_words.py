"""The words of the household inputs: each field's label and the words of its unit, marked for translation.

The core declares the inputs (`buyer_app.core.household.fields.FIELDS`: name, unit, range, default, source) and
makes no words; its `label` is the English one, kept for the JSON and the command line's `fields --json`. Every
face that shows a field's label or unit (the Household tab, `fields`, the PDF's assumptions) asks here, so that
the label and the unit follow the user's language. A test checks that this table and FIELDS agree in English.
Sources (citations) are not translated: they name English documents.
"""

from __future__ import annotations

from buyer_app.core.errors import FieldProblem, format_bound
from buyer_app.core.household.fields import FIELD_BY_NAME, TEXT_MAX, FieldSpec
from buyer_app.core.markets.market import market_of_region
from buyer_app.text.translate import tr, tr_noop

FIELD_LABELS: dict[str, str] = {
    "state": tr_noop("State"),
    "utility": tr_noop("Electric utility (for utility incentives)"),
    "purchase_date": tr_noop("Purchase date"),
    "income": tr_noop("Household income (for income-limited incentives)"),
    "filing_status": tr_noop("Tax filing status"),
    "household_size": tr_noop("People in the household"),
    "tenure": tr_noop("Home: own or rent"),
    "years": tr_noop("Years of ownership"),
    "annual_miles": tr_noop("Miles driven a year"),
    "city_share": tr_noop("Share of miles in city driving"),
    "fuel_price_basis": tr_noop("Gasoline price of your state"),
    "gas_price": tr_noop("Regular gasoline price"),
    "midgrade_price": tr_noop("Midgrade gasoline price"),
    "premium_price": tr_noop("Premium gasoline price"),
    "diesel_price": tr_noop("Diesel price"),
    "electricity_price": tr_noop("Electricity price (home charging)"),
    "fuel_escalation": tr_noop("Yearly change in fuel prices"),
    "electricity_escalation": tr_noop("Yearly change in electricity price"),
    "sales_tax_rate": tr_noop("Sales tax on the vehicle"),
    "sales_tax_cap": tr_noop("Most the vehicle tax can be (0: no cap)"),
    "title_fees": tr_noop("Title and first registration (one time)"),
    "registration_annual": tr_noop("Annual registration"),
    "bev_surcharge": tr_noop("Annual EV registration surcharge"),
    "phev_surcharge": tr_noop("Annual plug-in hybrid surcharge"),
    "hev_surcharge": tr_noop("Annual hybrid surcharge"),
    "grid_co2_lb_per_mwh": tr_noop("Grid CO2 intensity"),
    "grid_loss": tr_noop("Grid losses (plant to meter)"),
    "insurance_reference": tr_noop("Insurance of a mid-size reference car (full coverage)"),
    "insurance_annual": tr_noop("Insurance, the same for every car (0: estimated for each car)"),
    "maintenance_bev": tr_noop("Maintenance, battery-electric"),
    "maintenance_phev": tr_noop("Maintenance, plug-in hybrid"),
    "maintenance_hev": tr_noop("Maintenance, hybrid"),
    "maintenance_ice": tr_noop("Maintenance, gasoline or diesel"),
    "maintenance_age_growth": tr_noop("Yearly rise of maintenance and repair with age"),
    "resale_basis": tr_noop("Resale values"),
    "depreciation_bev": tr_noop("Yearly loss of value, battery-electric"),
    "depreciation_phev": tr_noop("Yearly loss of value, plug-in hybrid"),
    "depreciation_hev": tr_noop("Yearly loss of value, hybrid"),
    "depreciation_ice": tr_noop("Yearly loss of value, gasoline or diesel"),
    "home_charger_cost": tr_noop("Home Level 2 charger installation (plug-ins, one time)"),
    "home_charging": tr_noop("Charging at home"),
    "home_charger_kw": tr_noop("Home Level 2 charger power"),
    "home_hours_per_night": tr_noop("Hours plugged in at home each night"),
    "phev_plug_nights": tr_noop("Nights a week a plug-in hybrid is plugged in at home"),
    "home_rate": tr_noop("Home electricity rate"),
    "offpeak_price": tr_noop("Off-peak electricity price (time-of-use)"),
    "offpeak_share": tr_noop("Share of home charging done off-peak"),
    "workplace_charging": tr_noop("Charging at work"),
    "workplace_price": tr_noop("Workplace charging price (if priced)"),
    "workplace_days": tr_noop("Days a week the car charges at work"),
    "workplace_charger_kw": tr_noop("Workplace charger power"),
    "workplace_hours": tr_noop("Hours plugged in at work"),
    "public_l2_price": tr_noop("Public Level 2 price"),
    "public_dc_price": tr_noop("DC fast charging price"),
    "public_dc_pricing": tr_noop("DC fast charging billed"),
    "public_dc_per_minute": tr_noop("DC fast price per minute (if billed per minute)"),
    "idle_fee_per_minute": tr_noop("Idle fee after the grace period"),
    "idle_minutes_per_session": tr_noop("Idle minutes per public session"),
    "public_everyday": tr_noop("Public charger for everyday top-ups"),
    "charge_reserve": tr_noop("Range kept in reserve"),
    "financing": tr_noop("How you pay"),
    "down_payment_share": tr_noop("Down payment (loan)"),
    "loan_apr": tr_noop("Loan APR"),
    "loan_term_months": tr_noop("Loan term"),
    "discount_rate": tr_noop("Discount rate (present value)"),
}

# a metric profile's label where the US one names miles (its value is shown in km)
METRIC_LABELS: dict[str, str] = {
    "annual_miles": tr_noop("Kilometres driven a year"),
    "city_share": tr_noop("Share of kilometres in city driving"),
}

# a shown unit (after the currency and the units system are put in) -> its words; {currency} stands for the code
UNIT_WORDS: dict[str, str] = {
    "{currency}/yr": tr_noop("{currency}/yr"),
    "{currency}/yr, 0: not given": tr_noop("{currency}/yr, 0: not given"),
    "{currency}/gal": tr_noop("{currency}/gal"),
    "{currency}/L": tr_noop("{currency}/L"),
    "{currency}/mi": tr_noop("{currency}/mi"),
    "{currency}/km": tr_noop("{currency}/km"),
    "{currency}/min": tr_noop("{currency}/min"),
    "%/yr": tr_noop("%/yr"),
    "mi/yr": tr_noop("mi/yr"),
    "km/yr": tr_noop("km/yr"),
    "days": tr_noop("days"),
    "h": tr_noop("h"),
    "min": tr_noop("min"),
    "months": tr_noop("months"),
    "nights": tr_noop("nights"),
    "people": tr_noop("people"),
    "years": tr_noop("years"),
    "YYYY-MM-DD": tr_noop("YYYY-MM-DD"),
}

# a market's word for its regions (resources/markets/*/market.json "region_label")
REGION_LABELS: dict[str, str] = {"State": tr_noop("State"), "City": tr_noop("City"), "Province": tr_noop("Province")}


def field_label(name: str, metric: bool = False) -> str:
    """The label of the household input `name` in the user's language ('Miles driven a year' / '每年行驶里程'); with
    `metric`, in a metric profile's words ('Kilometres driven a year')."""
    label = (METRIC_LABELS.get(name) if metric else None) or FIELD_LABELS.get(name)
    return tr(label) if label is not None else FIELD_BY_NAME[name].label


def input_label(name: str, region: str = "US", metric: bool = False) -> str:
    """The label of a household's input as its profile reads it: the region's word ('City' for a market pack's
    city) and, in a metric profile, km words."""
    if name == "state" and isinstance(region, str):
        return region_label(market_of_region(region).region_label)
    return field_label(name, metric)


def unit_words(unit: str, currency: str = "USD") -> str:
    """A shown unit ('CNY/yr', 'km/yr', 'people') in the user's language; a unit code without words ('kW', 'CNY',
    '%') as itself."""
    key = unit.replace(currency, "{currency}", 1) if currency and currency in unit else unit
    words = UNIT_WORDS.get(key)
    return tr(words).format(currency=currency) if words is not None else unit


def region_label(word: str) -> str:
    """A market's word for its regions ('State', 'City') in the user's language."""
    label = REGION_LABELS.get(word)
    return tr(label) if label is not None else word


def bound_words(value: float) -> str:
    """A range limit as people write it (150,000 or 0.55, never 1.5e+05), in the user's number format."""
    return format_bound(value)


def allowed_words(spec: FieldSpec, currency: str = "USD") -> str:
    """What the input takes, in words ('a whole number from 1 to 20 people'); the same English as
    `FieldSpec.allowed`, which the JSON keeps. Choices are listed by their codes (what `--set` takes)."""
    if spec.choices:
        return tr("one of {choices}").format(choices=", ".join(spec.choices))
    if spec.kind == "date":
        return tr("a date YYYY-MM-DD from 2015-01-01 to 2040-12-31, or empty for today")
    if spec.kind == "text":
        return tr("a text of at most {count} characters").format(count=TEXT_MAX)
    lo, hi = spec.bounds(currency)
    unit = unit_words(spec.unit.replace("USD", currency) if spec.money else spec.unit, currency)
    template = tr("a whole number from {lo} to {hi} {unit}") if spec.integer else tr("a number from {lo} to {hi} {unit}")
    return template.format(lo=bound_words(lo), hi=bound_words(hi), unit=unit).rstrip()


# a market pack's name (resources/markets/*/market.json "name")
MARKET_NAMES: dict[str, str] = {"United States": tr_noop("United States"), "China (mainland)": tr_noop("China (mainland)")}


def market_words(name: str) -> str:
    """A market's name in the user's language ('China (mainland)' / '中国大陆')."""
    label = MARKET_NAMES.get(name)
    return tr(label) if label is not None else name


# the uncertainty panel's spreads (buyer_app.core.uncertainty.draws.SPREADS: the core keeps the English label)
SPREAD_LABELS: dict[str, str] = {
    "gas_volatility": tr_noop("Gasoline price: yearly volatility (log)"),
    "electricity_volatility": tr_noop("Electricity price: yearly volatility (log)"),
    "price_correlation": tr_noop("Correlation of gasoline and electricity price changes"),
    "miles_spread": tr_noop("Your annual miles: spread (log)"),
    "depreciation_spread": tr_noop("Yearly loss of value: spread (absolute)"),
    "maintenance_spread": tr_noop("Maintenance and repair: spread (log)"),
    "insurance_spread": tr_noop("Insurance: spread (log)"),
    "battery_health_spread": tr_noop("Battery health at resale (plug-ins): spread (log)"),
}


def problem_words(problem: FieldProblem) -> str:
    """A refused value in the user's language: 'field: value is not allowed (what is)' (`FieldProblem.describe`,
    the core's English, with the sentence around the value translated)."""
    described = problem.describe()
    head, tail = f"{problem.field}: ", f" is not allowed ({problem.allowed})"
    if not (described.startswith(head) and described.endswith(tail)):
        return described
    shown = described[len(head) : len(described) - len(tail)]
    return tr("{label}: {value} is not allowed ({allowed})").format(label=problem.field, value=shown, allowed=problem.allowed)


def problems_words(problems: list[FieldProblem] | tuple[FieldProblem, ...]) -> str:
    """Several refused values, one after the other."""
    return tr("; ").join(problem_words(p) for p in problems)
