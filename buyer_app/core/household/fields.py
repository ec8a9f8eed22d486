"""The household's situation: every input of the cost model, with its default, range and source.

Over 300 lines on purpose: it is the one place each household input is declared (its default, range, unit,
source and date), about 60 of them.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any

from buyer_app.core.errors import FieldProblem, InputError, format_bound
from buyer_app.core.household.calendar import ChargingCalendar
from buyer_app.core.household.choices import (
    DcPricing,
    FilingStatus,
    Financing,
    FuelPriceBasis,
    HomeCharging,
    HomeRate,
    PublicEveryday,
    ResaleBasis,
    Tenure,
    WorkplaceCharging,
)
from buyer_app.core.markets.market import MONEY_SCALES, installed_market_codes, load_market, market_of_region
from buyer_app.core.markets.regions import market_region_codes
from buyer_app.core.region.state_figures import STATES
from buyer_app.core.tariffs.choice import HomeTariff

FINANCING_METHODS: tuple[str, ...] = tuple(Financing)
HOME_CHARGING: tuple[str, ...] = tuple(HomeCharging)
HOME_RATES: tuple[str, ...] = tuple(HomeRate)
WORKPLACE_CHARGING: tuple[str, ...] = tuple(WorkplaceCharging)
DC_PRICING: tuple[str, ...] = tuple(DcPricing)
PUBLIC_EVERYDAY: tuple[str, ...] = tuple(PublicEveryday)
US_STATE_CHOICES = ("US", *STATES)


def _pack_regions() -> tuple[str, ...]:
    """The region codes of every installed market pack that can be read (a damaged pack leaves the US working; its
    problem is said when the market is asked for)."""
    codes: list[str] = []
    for code in installed_market_codes()[1:]:
        try:
            codes.extend(market_region_codes(load_market(code)))
        except (InputError, OSError, ValueError):
            continue
    return tuple(codes)


# a household's region: a US state (or "US"), or a region of an installed market pack ("CN-SH")
STATE_CHOICES = (*US_STATE_CHOICES, *_pack_regions())
FILING_STATUSES: tuple[str, ...] = tuple(FilingStatus)
TENURES: tuple[str, ...] = tuple(Tenure)
RESALE_BASES: tuple[str, ...] = tuple(ResaleBasis)
FUEL_PRICE_BASES: tuple[str, ...] = tuple(FuelPriceBasis)
_EPA = "fueleconomy.gov annual fuel cost method (15,000 mi, 55% city), https://www.fueleconomy.gov/feg/label/learn-more-gasoline-label.jsp"
_FEG_PRICES = (
    "fueleconomy.gov national prices used for fuelCost08 in vehicles.csv of 2025-10-28, inferred "
    "from that column (the app's cost of a label reproduces the column, tested)"
)
_ANL = (
    "Argonne National Laboratory, Burnham et al. 2021, ANL/ESD-21/4, scheduled maintenance per mile, "
    "https://publications.anl.gov/anlpubs/2021/05/167399.pdf"
)
_BORLAUG = (
    "Borlaug et al., Levelized Cost of Charging EVs in the US, Joule 2020: BEV drivers paid $0.15/kWh on "
    "average (range $0.08-0.27); off-peak time-of-use at home was 24% cheaper"
)
_CHARGER_POWER = "US DOE AFDC charger power: Level 1 (120 V) about 1.4 kW; Level 2 (240 V) 7.2-11.5 kW"
_SCHLOTER = (
    "Schloter, Transport Policy 2022 (24,000 used-car sales): used EVs lost 13.9% of value a year, "
    "gasoline cars 10.4%, https://doi.org/10.1016/j.tranpol.2022.03.006; used only with resale basis "
    "'your_rates' (the default follows each car's published curve)"
)
_BANKRATE = (
    "Bankrate, average full-coverage premium, September 2025 (Quadrant rates; 40-year-old driver, good credit, "
    "clean record, a 2023 Toyota Camry), https://www.bankrate.com/insurance/car/average-cost-of-car-insurance/"
)
_PLUG_NIGHTS = (
    "Fraunhofer ISI and ICCT 2020, real-world use of plug-in hybrids (private cars in Germany charged on about "
    "3 of 4 days: 5 of 7 nights); ICCT 2022: US real-world electric shares 26-56% below EPA's utility factor"
)


@dataclass(frozen=True)
class FieldSpec:
    """What one household input means, its unit, allowed range, default and where that comes from."""

    name: str
    label: str
    unit: str
    default: float | int | str
    minimum: float | None
    maximum: float | None
    source: str
    as_of: str
    integer: bool = False
    choices: tuple[str, ...] = ()
    kind: str = "number"  # number, choice, date (YYYY-MM-DD or empty) or text

    def allowed(self, currency: str = "USD") -> str:
        if self.choices:
            return "one of " + ", ".join(self.choices)
        if self.kind == "date":
            return "a date YYYY-MM-DD from 2015-01-01 to 2040-12-31, or empty for today"
        if self.kind == "text":
            return f"a text of at most {TEXT_MAX} characters"
        kind = "a whole number" if self.integer else "a number"
        lo, hi = self.bounds(currency)
        unit = self.unit.replace("USD", currency) if self.money else self.unit
        return f"{kind} from {format_bound(lo)} to {format_bound(hi)} {unit}".rstrip()

    @property
    def money(self) -> bool:
        """An amount of money (its bounds scale with the currency)."""
        return self.unit.startswith("USD")

    def bounds(self, currency: str = "USD") -> tuple[float, float]:
        """The allowed range; an amount of money's scales with the currency (the bounds are set in US dollars)."""
        assert self.minimum is not None and self.maximum is not None, "numeric fields carry a range"
        scale = MONEY_SCALES.get(currency, 1.0) if self.money else 1.0
        return self.minimum * scale, self.maximum * scale


TEXT_MAX = 120


def _f(
    name: str,
    label: str,
    unit: str,
    default: float | int | str,
    lo: float | None,
    hi: float | None,
    source: str,
    as_of: str,
    **extra: Any,
) -> FieldSpec:
    return FieldSpec(name, label, unit, default, lo, hi, source, as_of, **extra)


FIELDS: tuple[FieldSpec, ...] = (
    _f(
        "state",
        "State",
        "",
        "US",
        None,
        None,
        "app default: US national figures until you pick your state (which fills prices, tax, fees, grid and climate)",
        "2026-11",
        choices=STATE_CHOICES,
        kind="choice",
    ),
    _f(
        "utility",
        "Electric utility (for utility incentives)",
        "",
        "",
        None,
        None,
        "the utility ids of the incentive data (Rewiring America); empty: none chosen",
        "2026-08-06",
        kind="text",
    ),
    _f(
        "purchase_date",
        "Purchase date",
        "",
        "",
        None,
        None,
        "app default: today (incentives are decided on this date)",
        "2026-11",
        kind="date",
    ),
    _f(
        "income",
        "Household income (for income-limited incentives)",
        "USD/yr",
        0.0,
        0,
        100_000_000,
        "app default: not given (0); programs with an income limit are then not counted",
        "2026-11",
    ),
    _f(
        "filing_status",
        "Tax filing status",
        "",
        "joint",
        None,
        None,
        "app default: married filing jointly",
        "2026-11",
        choices=FILING_STATUSES,
        kind="choice",
    ),
    _f("household_size", "People in the household", "people", 2, 1, 20, "app default", "2026-11", integer=True),
    _f(
        "tenure",
        "Home: own or rent",
        "",
        "own",
        None,
        None,
        "app default: own (charger incentives often need it)",
        "2026-11",
        choices=TENURES,
        kind="choice",
    ),
    _f(
        "years",
        "Years of ownership",
        "years",
        5,
        1,
        20,
        "AAA Your Driving Costs and fueleconomy.gov both compare over 5 years",
        "2025",
        integer=True,
    ),
    _f("annual_miles", "Miles driven a year", "mi/yr", 15000, 0, 150000, _EPA, "2025"),
    _f("city_share", "Share of miles in city driving", "fraction", 0.55, 0, 1, _EPA, "2025"),
    _f(
        "fuel_price_basis",
        "Gasoline price of your state",
        "",
        "average",
        None,
        None,
        "app default: the mean of EIA's figures for the latest 12 months (2025-05 to 2026-04; the data shipped hold 9 "
        "of them: 2025-05, 06 and 08 are missing), not one week; 'latest_week' takes the newest week",
        "2026-12",
        choices=FUEL_PRICE_BASES,
        kind="choice",
    ),
    _f("gas_price", "Regular gasoline price", "USD/gal", 3.02, 0, 20, _FEG_PRICES, "2025-10-28"),
    _f("midgrade_price", "Midgrade gasoline price", "USD/gal", 3.62, 0, 20, _FEG_PRICES, "2025-10-28"),
    _f("premium_price", "Premium gasoline price", "USD/gal", 3.98, 0, 20, _FEG_PRICES, "2025-10-28"),
    _f("diesel_price", "Diesel price", "USD/gal", 3.62, 0, 20, _FEG_PRICES, "2025-10-28"),
    _f(
        "electricity_price",
        "Electricity price (home charging)",
        "USD/kWh",
        0.15,
        0,
        2,
        _FEG_PRICES + "; also Borlaug et al., Joule 2020: $0.15/kWh average paid by BEV drivers",
        "2025-10-28",
    ),
    _f(
        "fuel_escalation",
        "Yearly change in fuel prices",
        "fraction/yr",
        0.0,
        -0.2,
        0.5,
        "app default: constant prices (today's dollars); set your own expectation",
        "2026-11",
    ),
    _f(
        "electricity_escalation",
        "Yearly change in electricity price",
        "fraction/yr",
        0.0,
        -0.2,
        0.5,
        "app default: constant prices (today's dollars); set your own expectation",
        "2026-11",
    ),
    _f(
        "sales_tax_rate",
        "Sales tax on the vehicle",
        "fraction",
        0.0506,
        0,
        0.2,
        "mean of the 50 states' state-level vehicle sales tax rates (Tax Foundation Facts & Figures 2025 and "
        "state agency pages, shared/data/state_facts/state_vehicle_sales_tax.csv); local add-ons excluded",
        "2025-01-01",
    ),
    _f(
        "sales_tax_cap",
        "Most the vehicle tax can be (0: no cap)",
        "USD",
        0.0,
        0,
        1_000_000,
        "app default: no cap; some states cap it (South Carolina: 5%, at most $500)",
        "2025-01-01",
    ),
    _f(
        "title_fees",
        "Title and first registration (one time)",
        "USD",
        0.0,
        0,
        20000,
        "varies by state; no national figure is assumed (set yours)",
        "2026-11",
    ),
    _f(
        "registration_annual",
        "Annual registration",
        "USD/yr",
        0.0,
        0,
        10000,
        "varies by state; no national figure is assumed (set yours)",
        "2026-11",
    ),
    _f(
        "bev_surcharge",
        "Annual EV registration surcharge",
        "USD/yr",
        0.0,
        0,
        2000,
        "state law; about 40 states charge $50-$250 a year (NCSL); neutral household: none",
        "2025",
    ),
    _f(
        "phev_surcharge",
        "Annual plug-in hybrid surcharge",
        "USD/yr",
        0.0,
        0,
        2000,
        "state law (NCSL); neutral household: none",
        "2025",
    ),
    _f("hev_surcharge", "Annual hybrid surcharge", "USD/yr", 0.0, 0, 2000, "state law (NCSL); neutral household: none", "2025"),
    _f(
        "grid_co2_lb_per_mwh",
        "Grid CO2 intensity",
        "lb/MWh",
        771.523,
        0,
        3000,
        "EPA eGRID2023 (January 2025) US average total-output CO2 rate; with a state, the population-weighted "
        "mean of its eGRID subregions",
        "2025-01",
    ),
    _f(
        "grid_loss",
        "Grid losses (plant to meter)",
        "fraction",
        0.042,
        0,
        0.3,
        "EPA eGRID2023 US grid gross loss (4.2%)",
        "2025-01",
    ),
    _f(
        "insurance_reference",
        "Insurance of a mid-size reference car (full coverage)",
        "USD/yr",
        2671.0,
        100,
        20000,
        _BANKRATE + "; each car's premium scales from it by price, body and powertrain; with a state, its average",
        "2025-09",
    ),
    _f(
        "insurance_annual",
        "Insurance, the same for every car (0: estimated for each car)",
        "USD/yr",
        0.0,
        0,
        50000,
        "app default: 0, each car's own premium is estimated (resources/ownership/insurance_factors.csv); a figure here "
        "is your quote for every car (a quote for one car goes in its details)",
        "2026-12",
    ),
    _f("maintenance_bev", "Maintenance, battery-electric", "USD/mi", 0.061, 0, 2, _ANL, "2021"),
    _f("maintenance_phev", "Maintenance, plug-in hybrid", "USD/mi", 0.090, 0, 2, _ANL, "2021"),
    _f("maintenance_hev", "Maintenance, hybrid", "USD/mi", 0.094, 0, 2, _ANL, "2021"),
    _f("maintenance_ice", "Maintenance, gasoline or diesel", "USD/mi", 0.101, 0, 2, _ANL, "2021"),
    _f(
        "maintenance_age_growth",
        "Yearly rise of maintenance and repair with age",
        "fraction/yr",
        0.03,
        0,
        0.5,
        "app assumption: Argonne 2021 (ANL/ESD-21/4) finds repair costs rising with age; the 3%/yr slope is this app's choice",
        "2026-11",
    ),
    _f(
        "resale_basis",
        "Resale values",
        "",
        "published",
        None,
        None,
        "app default: each car's published curve by body class and powertrain, or its model's own five-year figure "
        "(iSeeCars 2025 study, resources/ownership/); 'your_rates' uses the yearly rates below instead",
        "2025-03",
        choices=RESALE_BASES,
        kind="choice",
    ),
    _f("depreciation_bev", "Yearly loss of value, battery-electric", "fraction/yr", 0.139, 0, 0.9, _SCHLOTER, "2022"),
    _f(
        "depreciation_phev",
        "Yearly loss of value, plug-in hybrid",
        "fraction/yr",
        0.122,
        0,
        0.9,
        "app assumption: midpoint of Schloter 2022's EV (13.9%) and gasoline (10.4%) rates",
        "2022",
    ),
    _f(
        "depreciation_hev",
        "Yearly loss of value, hybrid",
        "fraction/yr",
        0.104,
        0,
        0.9,
        _SCHLOTER + " (gasoline rate applied to hybrids)",
        "2022",
    ),
    _f("depreciation_ice", "Yearly loss of value, gasoline or diesel", "fraction/yr", 0.104, 0, 0.9, _SCHLOTER, "2022"),
    _f(
        "home_charger_cost",
        "Home Level 2 charger installation (plug-ins, one time)",
        "USD",
        1500.0,
        0,
        20000,
        "Level 2 unit $400-$1,200 plus electrician labour, "
        "https://engineerfix.com/how-much-does-it-cost-to-install-a-level-2-charger-3 ; set 0 if you have one",
        "2025",
    ),
    _f(
        "home_charging",
        "Charging at home",
        "",
        "level2",
        None,
        None,
        "app default: a Level 2 charger at home (its installation is counted under home_charger_cost)",
        "2026-11",
        choices=HOME_CHARGING,
        kind="choice",
    ),
    _f("home_charger_kw", "Home Level 2 charger power", "kW", 7.2, 1.0, 19.2, _CHARGER_POWER, "2025"),
    _f(
        "home_hours_per_night",
        "Hours plugged in at home each night",
        "h",
        10.0,
        1,
        24,
        "app assumption: evening arrival to morning departure",
        "2026-11",
    ),
    _f(
        "phev_plug_nights",
        "Nights a week a plug-in hybrid is plugged in at home",
        "nights",
        5,
        0,
        7,
        _PLUG_NIGHTS,
        "2020",
        integer=True,
    ),
    _f(
        "home_rate",
        "Home electricity rate",
        "",
        "flat",
        None,
        None,
        "app default: a flat rate",
        "2026-11",
        choices=HOME_RATES,
        kind="choice",
    ),
    _f(
        "offpeak_price", "Off-peak electricity price (time-of-use)", "USD/kWh", 0.114, 0, 2, _BORLAUG + "; $0.15 less 24%", "2020"
    ),
    _f(
        "offpeak_share",
        "Share of home charging done off-peak",
        "fraction",
        0.8,
        0,
        1,
        "app assumption: a charging timer catches most but not all sessions",
        "2026-11",
    ),
    _f(
        "workplace_charging",
        "Charging at work",
        "",
        "none",
        None,
        None,
        "app default: none",
        "2026-11",
        choices=WORKPLACE_CHARGING,
        kind="choice",
    ),
    _f("workplace_price", "Workplace charging price (if priced)", "USD/kWh", 0.15, 0, 2, _BORLAUG, "2020"),
    _f(
        "workplace_days",
        "Days a week the car charges at work",
        "days",
        5,
        0,
        7,
        "app default: a five-day work week, Monday first",
        "2026-11",
        integer=True,
    ),
    _f("workplace_charger_kw", "Workplace charger power", "kW", 7.2, 1.0, 19.2, _CHARGER_POWER, "2025"),
    _f("workplace_hours", "Hours plugged in at work", "h", 8.0, 0, 24, "app assumption: a working day", "2026-11"),
    _f(
        "public_l2_price",
        "Public Level 2 price",
        "USD/kWh",
        0.25,
        0,
        2,
        "app assumption near the top of the range drivers paid (" + _BORLAUG + ")",
        "2020",
    ),
    _f(
        "public_dc_price",
        "DC fast charging price",
        "USD/kWh",
        0.46,
        0,
        2,
        "Stable Auto, US average DC fast price Q2 2024 (about $0.46/kWh)",
        "2024-06",
    ),
    _f(
        "public_dc_pricing",
        "DC fast charging billed",
        "",
        "per_kwh",
        None,
        None,
        "app default: per kWh (some networks bill per minute instead)",
        "2026-11",
        choices=DC_PRICING,
        kind="choice",
    ),
    _f(
        "public_dc_per_minute",
        "DC fast price per minute (if billed per minute)",
        "USD/min",
        0.30,
        0,
        10,
        "app assumption: no national per-minute figure is published; set your network's price",
        "2026-11",
    ),
    _f(
        "idle_fee_per_minute",
        "Idle fee after the grace period",
        "USD/min",
        0.40,
        0,
        10,
        "Electrify America: $0.40/min after a 10-minute grace period",
        "2023-08",
    ),
    _f(
        "idle_minutes_per_session",
        "Idle minutes per public session",
        "min",
        0.0,
        0,
        600,
        "app default: the car is moved when charging ends",
        "2026-11",
    ),
    _f(
        "public_everyday",
        "Public charger for everyday top-ups",
        "",
        "dc_fast",
        None,
        None,
        "app default: DC fast (long trips always use DC fast)",
        "2026-11",
        choices=PUBLIC_EVERYDAY,
        kind="choice",
    ),
    _f(
        "charge_reserve",
        "Range kept in reserve",
        "fraction",
        0.10,
        0,
        0.5,
        "app default: arrive with at least 10% left (issue 4)",
        "2026-11",
    ),
    _f("financing", "How you pay", "", "cash", None, None, "app default", "2026-11", choices=FINANCING_METHODS, kind="choice"),
    _f(
        "down_payment_share",
        "Down payment (loan)",
        "fraction",
        0.10,
        0,
        1,
        "AAA Your Driving Costs 2025 method: 10% down",
        "2025",
    ),
    _f(
        "loan_apr",
        "Loan APR",
        "fraction/yr",
        0.0673,
        0,
        0.4,
        "Experian State of the Automotive Finance Market, Q1 2025: new-car average 6.73%, "
        "https://experian.com/blogs/ask-experian/auto-loan-rates-financing",
        "2025-03",
    ),
    _f(
        "loan_term_months",
        "Loan term",
        "months",
        60,
        6,
        96,
        "AAA Your Driving Costs 2025 method: 5-year loan",
        "2025",
        integer=True,
    ),
    _f("discount_rate", "Discount rate (present value)", "fraction/yr", 0.0, 0, 0.3, "app default: no discounting", "2026-11"),
)
FIELD_BY_NAME: dict[str, FieldSpec] = {spec.name: spec for spec in FIELDS}


def _declared(name: str) -> float | int | str:
    return FIELD_BY_NAME[name].default


def _number(name: str) -> float:
    """The default FIELDS declares for a numeric field, as the float the household holds."""
    value = _declared(name)
    assert isinstance(value, (int, float)) and not FIELD_BY_NAME[name].integer, name
    return float(value)


def _whole(name: str) -> int:
    """The default FIELDS declares for a whole-number field."""
    value = _declared(name)
    assert isinstance(value, int) and FIELD_BY_NAME[name].integer, name
    return value


def _text(name: str) -> str:
    """The default FIELDS declares for a choice, date or text field."""
    value = _declared(name)
    assert isinstance(value, str), name
    return value


@dataclass(frozen=True)
class Household:
    """Validated household inputs (fractions as 0..1, money in USD); every default is the one FIELDS declares."""

    state: str = _text("state")
    utility: str = _text("utility")
    purchase_date: str = _text("purchase_date")
    income: float = _number("income")
    filing_status: str = _text("filing_status")
    household_size: int = _whole("household_size")
    tenure: str = _text("tenure")
    years: int = _whole("years")
    annual_miles: float = _number("annual_miles")
    city_share: float = _number("city_share")
    fuel_price_basis: str = _text("fuel_price_basis")
    gas_price: float = _number("gas_price")
    midgrade_price: float = _number("midgrade_price")
    premium_price: float = _number("premium_price")
    diesel_price: float = _number("diesel_price")
    electricity_price: float = _number("electricity_price")
    fuel_escalation: float = _number("fuel_escalation")
    electricity_escalation: float = _number("electricity_escalation")
    sales_tax_rate: float = _number("sales_tax_rate")
    sales_tax_cap: float = _number("sales_tax_cap")
    title_fees: float = _number("title_fees")
    registration_annual: float = _number("registration_annual")
    bev_surcharge: float = _number("bev_surcharge")
    phev_surcharge: float = _number("phev_surcharge")
    hev_surcharge: float = _number("hev_surcharge")
    grid_co2_lb_per_mwh: float = _number("grid_co2_lb_per_mwh")
    grid_loss: float = _number("grid_loss")
    insurance_reference: float = _number("insurance_reference")
    insurance_annual: float = _number("insurance_annual")
    maintenance_bev: float = _number("maintenance_bev")
    maintenance_phev: float = _number("maintenance_phev")
    maintenance_hev: float = _number("maintenance_hev")
    maintenance_ice: float = _number("maintenance_ice")
    maintenance_age_growth: float = _number("maintenance_age_growth")
    resale_basis: str = _text("resale_basis")
    depreciation_bev: float = _number("depreciation_bev")
    depreciation_phev: float = _number("depreciation_phev")
    depreciation_hev: float = _number("depreciation_hev")
    depreciation_ice: float = _number("depreciation_ice")
    home_charger_cost: float = _number("home_charger_cost")
    home_charging: str = _text("home_charging")
    home_charger_kw: float = _number("home_charger_kw")
    home_hours_per_night: float = _number("home_hours_per_night")
    phev_plug_nights: int = _whole("phev_plug_nights")
    home_rate: str = _text("home_rate")
    offpeak_price: float = _number("offpeak_price")
    offpeak_share: float = _number("offpeak_share")
    workplace_charging: str = _text("workplace_charging")
    workplace_price: float = _number("workplace_price")
    workplace_days: int = _whole("workplace_days")
    workplace_charger_kw: float = _number("workplace_charger_kw")
    workplace_hours: float = _number("workplace_hours")
    public_l2_price: float = _number("public_l2_price")
    public_dc_price: float = _number("public_dc_price")
    public_dc_pricing: str = _text("public_dc_pricing")
    public_dc_per_minute: float = _number("public_dc_per_minute")
    idle_fee_per_minute: float = _number("idle_fee_per_minute")
    idle_minutes_per_session: float = _number("idle_minutes_per_session")
    public_everyday: str = _text("public_everyday")
    charge_reserve: float = _number("charge_reserve")
    financing: str = _text("financing")
    down_payment_share: float = _number("down_payment_share")
    loan_apr: float = _number("loan_apr")
    loan_term_months: int = _whole("loan_term_months")
    discount_rate: float = _number("discount_rate")
    # not a FIELDS input: the weekly charging calendar (calendar.py), kept in the profile's own `charging_calendar`;
    # None charges as home_charging says, every night at home
    charging_calendar: ChargingCalendar | None = None
    # not a FIELDS input either: the utility's rate plan (core/tariffs/choice.py), kept in the profile's `tariff`;
    # None prices home charging by home_rate (flat or time-of-use) as before
    home_tariff: HomeTariff | None = None

    def with_values(self, values: dict[str, Any], context: str = "") -> Household:
        """A copy with `values` applied after validation; raises InputError naming every bad field."""
        state = values.get("state", self.state)
        currency = market_of_region(state).currency if isinstance(state, str) else "USD"
        return replace(self, **validate_values(values, context, currency))

    @property
    def currency(self) -> str:
        """The currency of the household's amounts: its region's market's."""
        return market_of_region(self.state).currency


def validate_value(name: str, value: object, currency: str = "USD") -> tuple[object, FieldProblem | None]:
    """Check one household value (amounts of money in `currency`); returns the cleaned value or the problem."""
    spec = FIELD_BY_NAME.get(name)
    if spec is None:
        return value, FieldProblem(name, value, "not a household field; known fields: " + ", ".join(FIELD_BY_NAME))
    if spec.choices:
        if isinstance(value, str) and value in spec.choices:
            return value, None
        return value, FieldProblem(name, value, spec.allowed())
    if spec.kind in ("date", "text"):
        return _text_value(spec, value)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return value, FieldProblem(name, value, spec.allowed(currency))
    try:
        number = float(value)
    except OverflowError:  # an integer too large for a float (10**400 in a JSON file or a flag)
        return value, FieldProblem(name, value, spec.allowed(currency))
    if number != number or number in (float("inf"), float("-inf")):
        return value, FieldProblem(name, value, spec.allowed(currency))
    lo, hi = spec.bounds(currency)
    if spec.integer and number != int(number):
        return value, FieldProblem(name, value, spec.allowed(currency))
    if not lo <= number <= hi:
        return value, FieldProblem(name, value, spec.allowed(currency))
    return (int(number) if spec.integer else number), None


def _text_value(spec: FieldSpec, value: object) -> tuple[object, FieldProblem | None]:
    if not isinstance(value, str) or len(value) > TEXT_MAX or any(ord(c) < 32 for c in value):
        return value, FieldProblem(spec.name, value, spec.allowed())
    text = value.strip()
    if spec.kind == "date" and text:
        try:
            day = date.fromisoformat(text)
        except ValueError:
            return value, FieldProblem(spec.name, value, spec.allowed())
        if not date(2015, 1, 1) <= day <= date(2040, 12, 31) or len(text) != 10:
            return value, FieldProblem(spec.name, value, spec.allowed())
    return text, None


def validate_values(values: dict[str, Any], context: str = "", currency: str | None = None) -> dict[str, Any]:
    """Validate many household values at once (amounts in `currency`, else the currency of `values`' state's market,
    else US dollars); raises InputError listing every bad one."""
    if currency is None:
        state = values.get("state", "US")
        currency = market_of_region(state).currency if isinstance(state, str) else "USD"
    cleaned: dict[str, Any] = {}
    problems: list[FieldProblem] = []
    for name, value in values.items():
        clean, problem = validate_value(name, value, currency)
        if problem:
            problems.append(problem)
        else:
            cleaned[name] = clean
    if problems:
        raise InputError(problems, context)
    return cleaned


def household_to_dict(household: Household) -> dict[str, Any]:
    """Plain dict of every FIELDS input, as saved in a profile's `household` (the calendar is saved apart)."""
    return {f.name: getattr(household, f.name) for f in fields(household) if f.name in FIELD_BY_NAME}


assert set(FIELD_BY_NAME) == {f.name for f in fields(Household)} - {"charging_calendar", "home_tariff"}, (
    "FIELDS and Household disagree"
)
