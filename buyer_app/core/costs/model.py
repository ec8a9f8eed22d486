"""The cost-of-ownership model, vectorised over vehicles and years.

Money is in USD of the purchase year unless escalation rates are set; incentives and resale are
negative costs. Energy follows the EPA / fueleconomy.gov method: miles split into city and
highway, each divided by the unrounded city and highway MPG (or multiplied by kWh per 100 mi).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from buyer_app.core.driving.patterns import AnnualPattern, DrivingYear, driving_year
from buyer_app.core.energy.co2 import Co2Year, co2_per_year
from buyer_app.core.energy.day_model import EnergyYear, simulate_year
from buyer_app.core.household.calendar import home_level
from buyer_app.core.household.fields import Household
from buyer_app.core.markets.insurance import region_insurance_factors
from buyer_app.core.markets.market import market_of_region
from buyer_app.core.ownership.insurance import premiums
from buyer_app.core.ownership.resale import value_path
from buyer_app.core.region.climate import Climate
from buyer_app.core.region.vehicle_taxes import flat_fees, value_taxes
from buyer_app.core.vehicles.inputs import LABEL_MI, FloatArray, VehicleInputs

CATEGORIES = ("purchase", "financing", "energy", "maintenance", "insurance", "fees", "incentives", "resale")
CAT = {name: i for i, name in enumerate(CATEGORIES)}
PLUG_INS = ("bev", "phev")
EPA_CITY_SHARE = 0.55  # EPA's label method: 55% city, 45% highway miles (its CO2 g/mile is for this mix)
DAYS_IN_YEAR = 365
MONTHS_IN_YEAR = 12
G_PER_KG = 1000.0
MIN_PER_MILE_MI = 1.0  # below a mile over the period there is no meaningful cost per mile
SAME_FIGURE_USD = 1e-9  # a registration figure this close to the state's is the state's (float noise)


@dataclass(frozen=True)
class CostResult:
    """Costs of N vehicles over Y years: `costs[v, y, c]` in USD for category CATEGORIES[c]."""

    costs: FloatArray  # (N, Y, C)
    upfront: FloatArray  # (N,) the one-time part of year 1, paid at purchase
    equity: FloatArray  # (N, Y+1) value if sold at each year end (t=0..Y) less the loan still owed
    price_known: np.ndarray  # (N,) bool
    gallons_per_year: FloatArray  # (N,)
    kwh_per_year: FloatArray  # (N,)
    co2: Co2Year  # kg a year by tailpipe, electricity and upstream fuel
    miles_per_year: float
    energy: EnergyYear  # the day-by-day year behind the energy costs
    value: FloatArray | None = None  # (N, Y+1) what each car is worth at purchase and each year end (not lease)

    @property
    def co2_kg_per_year(self) -> FloatArray:
        """(N,) all three CO2 parts together, kg a year."""
        return self.co2.total

    @property
    def yearly(self) -> FloatArray:
        """(N, Y) total cost per year."""
        return np.asarray(self.costs.sum(axis=2), dtype=float)

    @property
    def cumulative(self) -> FloatArray:
        """(N, Y) cumulative cost at the end of each year (resale credited in the last)."""
        return np.cumsum(self.yearly, axis=1)

    @property
    def total(self) -> FloatArray:
        return np.asarray(self.costs.sum(axis=(1, 2)), dtype=float)

    @property
    def cost_per_mile(self) -> FloatArray:
        miles = self.miles_per_year * self.costs.shape[1]
        if miles < MIN_PER_MILE_MI:
            return np.full(self.costs.shape[0], np.nan)
        return np.asarray(self.total / miles, dtype=float)


def _by_powertrain(powertrain: np.ndarray, *, bev: float, phev: float, hev: float, other: float) -> FloatArray:
    """Each vehicle's figure of its powertrain (`other`: gasoline, diesel and the rest)."""
    chosen: FloatArray = np.select(
        [powertrain == "bev", powertrain == "phev", powertrain == "hev"], [bev, phev, hev], default=other
    ).astype(float)
    return chosen


def energy_use(h: Household, v: VehicleInputs) -> tuple[FloatArray, FloatArray]:
    """Gallons and kWh a year for each vehicle at the household's miles and city share."""
    city_mi = h.annual_miles * h.city_share
    hwy_mi = h.annual_miles - city_mi
    electric_city_mi, electric_hwy_mi = city_mi * v.uf_city, hwy_mi * v.uf_hwy
    # EPA's utility factors assume a national mix of daily distances; a plug-in hybrid still cannot
    # drive more electric miles than one full charge a day.
    max_electric_mi = np.where(v.powertrain == "phev", np.nan_to_num(v.electric_range_mi, nan=np.inf) * DAYS_IN_YEAR, np.inf)
    electric_mi = electric_city_mi + electric_hwy_mi
    over = electric_mi > max_electric_mi
    scale = np.divide(max_electric_mi, electric_mi, out=np.ones_like(electric_mi, dtype=float), where=over)
    electric_city_mi, electric_hwy_mi = electric_city_mi * scale, electric_hwy_mi * scale
    gas_city_mi, gas_hwy_mi = city_mi - electric_city_mi, hwy_mi - electric_hwy_mi
    with np.errstate(divide="ignore", invalid="ignore"):
        gallons = (
            np.where(gas_city_mi > 0, gas_city_mi / v.mpg_city, 0.0)
            + np.where(gas_hwy_mi > 0, gas_hwy_mi / v.mpg_hwy, 0.0)
            + electric_city_mi * v.cd_gal100_city / LABEL_MI
            + electric_hwy_mi * v.cd_gal100_hwy / LABEL_MI
        )
        kwh = np.where(electric_city_mi > 0, electric_city_mi * v.kwh100_city / LABEL_MI, 0.0) + np.where(
            electric_hwy_mi > 0, electric_hwy_mi * v.kwh100_hwy / LABEL_MI, 0.0
        )
    return np.asarray(np.nan_to_num(gallons), dtype=float), np.asarray(np.nan_to_num(kwh), dtype=float)


def _fuel_price(h: Household, grade: np.ndarray) -> FloatArray:
    price: FloatArray = np.select(
        [grade == "premium", grade == "midgrade", grade == "diesel", grade == "electricity"],
        [h.premium_price, h.midgrade_price, h.diesel_price, 0.0],
        default=h.gas_price,
    ).astype(float)
    return price


def annual_energy_cost(
    h: Household, v: VehicleInputs, year: DrivingYear | None = None, climate: Climate | None = None
) -> FloatArray:
    """First-year energy cost of each vehicle for the household's driving, charging and prices."""
    year = year or driving_year(AnnualPattern(), h.annual_miles)
    energy = simulate_year(h, v, year, climate, _fuel_price(h, v.fuel_grade), detail=False)
    return np.asarray(energy.fuel_cost + energy.electricity_cost, dtype=float)


def _loan(h: Household, principal_usd: FloatArray, years: int) -> tuple[FloatArray, FloatArray, FloatArray]:
    """(principal repaid, interest) per vehicle and year, and the balance owed at each year end
    (t=0..Y); a balance left at the end of the period is paid off then. USD."""
    term_months = h.loan_term_months
    r = h.loan_apr / MONTHS_IN_YEAR  # monthly rate
    log_growth = np.log1p(r)  # expm1/log1p keep the annuity exact for tiny rates too

    def accrued(k: np.ndarray | int) -> FloatArray:
        """((1+r)^k - 1) / r, which tends to k as r -> 0."""
        return np.asarray(np.expm1(np.asarray(k) * log_growth) / r if r > 0 else np.asarray(k, dtype=float))

    payment_usd = principal_usd / (accrued(term_months) / (1 + r) ** term_months)
    month_ends = np.minimum(np.arange(0, years + 1) * MONTHS_IN_YEAR, term_months)  # months paid by the end of each year

    def balance(k: np.ndarray) -> FloatArray:
        growth = np.exp(k * log_growth)
        return np.asarray(principal_usd[:, None] * growth - payment_usd[:, None] * accrued(k))

    balance_usd = np.maximum(balance(month_ends), 0.0)  # (N, Y+1)
    repaid_usd = balance_usd[:, :-1] - balance_usd[:, 1:]
    paid_usd = payment_usd[:, None] * np.diff(month_ends)[None, :]
    interest_usd = np.maximum(paid_usd - repaid_usd, 0.0)
    owed_usd = balance_usd.copy()
    repaid_usd[:, -1] += balance_usd[:, -1]  # sold before the loan ends: pay off the rest
    owed_usd[:, -1] = 0.0
    return repaid_usd, interest_usd, owed_usd


def _lease(h: Household, v: VehicleInputs, years: int) -> FloatArray:
    """Lease cost per vehicle and year (USD); a lease shorter than the period is renewed on the same terms,
    and the payments left on a lease that runs past the period are due in its last year."""
    term_months = np.where(v.lease_term_months > 0, v.lease_term_months, np.nan)
    months = np.arange(years * MONTHS_IN_YEAR)
    month_in_term = months[None, :] % term_months[:, None]
    monthly_usd = np.where(month_in_term == 0, v.lease_due_usd[:, None], 0.0) + v.lease_monthly_usd[:, None]
    by_year_usd = monthly_usd.reshape(len(v), years, MONTHS_IN_YEAR).sum(axis=2)
    left = np.nan_to_num(term_months - 1 - month_in_term[:, -1])  # payments still owed after the last month
    by_year_usd[:, -1] += left * np.nan_to_num(v.lease_monthly_usd)
    return np.asarray(np.nan_to_num(by_year_usd) * (1 + h.sales_tax_rate))


def compute_costs(
    h: Household, v: VehicleInputs, year: DrivingYear | None = None, climate: Climate | None = None, detail: bool = True
) -> CostResult:
    """Year-by-year costs by category for every vehicle in `v` (all at once). `year` is the household's
    driving pattern (default: annual miles spread evenly) and `climate` its monthly temperatures
    (default: the average US conditions EPA's labels stand for)."""
    n, years = len(v), h.years
    t = np.arange(years, dtype=float)  # 0 for the first year
    costs = np.zeros((n, years, len(CATEGORIES)))
    powertrain = v.powertrain
    year = year or driving_year(AnnualPattern(), h.annual_miles)
    energy = simulate_year(h, v, year, climate, _fuel_price(h, v.fuel_grade), detail)
    # the neutral year spreads annual_miles over 365 days; use the figure itself, not its rounded sum
    annual_mi = h.annual_miles if year.neutral else year.annual_miles

    fuel_growth = (1 + h.fuel_escalation) ** t
    elec_growth = (1 + h.electricity_escalation) ** t
    costs[:, :, CAT["energy"]] = energy.fuel_cost[:, None] * fuel_growth + energy.electricity_cost[:, None] * elec_growth
    usd_per_mi = _by_powertrain(
        powertrain, bev=h.maintenance_bev, phev=h.maintenance_phev, hev=h.maintenance_hev, other=h.maintenance_ice
    )
    age_years = np.nan_to_num(v.age_years)[:, None] + t[None, :]  # a used car's upkeep starts at its age, not at new
    costs[:, :, CAT["maintenance"]] = (annual_mi * usd_per_mi)[:, None] * (1 + h.maintenance_age_growth) ** age_years
    costs[:, :, CAT["fees"]] = yearly_fees(h, v, years)
    costs[:, 0, CAT["fees"]] += h.title_fees
    costs[:, 0, CAT["incentives"]] = -v.incentives_usd

    known = ~np.isnan(v.price_usd)
    price_usd = np.nan_to_num(v.price_usd)
    owed_usd = np.zeros((n, years + 1))
    tax_usd = price_usd * h.sales_tax_rate
    if h.sales_tax_cap > 0:
        tax_usd = np.minimum(tax_usd, h.sales_tax_cap)
    # a charger is installed only for Level 2 at home (Level 1 uses an ordinary outlet)
    level2 = home_level(h.home_charging, h.charging_calendar) == "level2"  # the calendar's home plugs, when it has one
    charger_usd = np.where(np.isin(powertrain, PLUG_INS) & level2, h.home_charger_cost, 0.0)
    upfront_usd = charger_usd + h.title_fees - v.incentives_at_purchase_usd
    if h.financing == "lease":
        costs[:, :, CAT["purchase"]] = _lease(h, v, years)
        upfront_usd = upfront_usd + np.nan_to_num(v.lease_due_usd) * (1 + h.sales_tax_rate)
        known = known | ~np.isnan(v.lease_monthly_usd)
    elif h.financing == "loan":
        down_usd = price_usd * h.down_payment_share
        repaid_usd, interest_usd, owed_usd = _loan(h, price_usd - down_usd, years)
        costs[:, :, CAT["purchase"]] = repaid_usd
        costs[:, :, CAT["financing"]] = interest_usd
        costs[:, 0, CAT["purchase"]] += down_usd + tax_usd
        upfront_usd = upfront_usd + down_usd + tax_usd
    else:
        costs[:, 0, CAT["purchase"]] = price_usd + tax_usd
        upfront_usd = upfront_usd + price_usd + tax_usd
    costs[:, 0, CAT["purchase"]] += charger_usd
    worth_usd = resale_values(h, v, years)  # what each car is worth over the years, leased or not (insurance follows it)
    value_usd = worth_usd if h.financing != "lease" else np.zeros((n, years + 1))
    costs[:, :, CAT["insurance"]] = insurance_costs(h, v, worth_usd, years)
    # outlays of year t are discounted from its start; a sale at the end of year t from that moment
    costs *= ((1 + h.discount_rate) ** -t)[None, :, None]
    at_year_end = (1 + h.discount_rate) ** -np.arange(years + 1, dtype=float)
    equity_usd = (value_usd - owed_usd) * at_year_end[None, :]
    costs[:, -1, CAT["resale"]] = -value_usd[:, -1] * at_year_end[-1]
    label_gallons, _ = energy_use(replace(h, city_share=EPA_CITY_SHARE), v)  # EPA's g/mile is for its 55/45 mix
    with np.errstate(divide="ignore", invalid="ignore"):
        epa_kg_per_gal = v.co2_tailpipe_gpm * h.annual_miles / label_gallons / G_PER_KG
    co2 = co2_per_year(energy.gallons, energy.kwh, v.fuel_grade, powertrain, epa_kg_per_gal, h.grid_co2_lb_per_mwh, h.grid_loss)
    return CostResult(
        costs=costs,
        upfront=upfront_usd,
        equity=equity_usd,
        price_known=known,
        gallons_per_year=energy.gallons,
        kwh_per_year=energy.kwh,
        co2=co2,
        miles_per_year=annual_mi,
        energy=energy,
        value=None if h.financing == "lease" else value_usd,
    )


def yearly_fees(h: Household, v: VehicleInputs, years: int) -> FloatArray:
    """(N, years) government charges a year: registration (the state's own schedule by age while the household keeps
    its state's figure, else its own figure every year), the state's value-based taxes (California's vehicle license
    fee, Massachusetts excise...) and the EV / plug-in hybrid / hybrid surcharge (Minnesota's from 2026 by the
    sticker price), from resources/regional/vehicle_taxes.csv."""
    surcharge_usd = _by_powertrain(v.powertrain, bev=h.bev_surcharge, phev=h.phev_surcharge, hev=h.hev_surcharge, other=0.0)
    if h.state == "US":
        return np.asarray(np.broadcast_to((h.registration_annual + surcharge_usd)[:, None], (len(v), years)), dtype=float)
    market = market_of_region(h.state)
    if not market.is_us:  # the market's yearly vehicle tax, by the share its powertrain pays (NEVs exempt in China)
        shares = np.array([market.annual_tax_share(str(p)) for p in v.powertrain], dtype=float)
        yearly = h.registration_annual * shares + surcharge_usd
        return np.asarray(np.broadcast_to(yearly[:, None], (len(v), years)), dtype=float)
    taxes = value_taxes(
        h.state, v.powertrain, v.msrp_usd, v.price_usd, np.floor(np.nan_to_num(v.age_years)), years, surcharge_usd
    )
    state_figure = abs(h.registration_annual - flat_fees(h.state)["registration_annual"]) < SAME_FIGURE_USD
    registration = taxes.registration if state_figure else np.full((len(v), years), h.registration_annual)
    return np.asarray(registration + taxes.value_tax + taxes.surcharge, dtype=float)


def resale_values(h: Household, v: VehicleInputs, years: int) -> FloatArray:
    """(N, years + 1) what each car is worth at purchase and each year end: its published curve from its age at
    purchase (resources/ownership/), or the household's own yearly rates by powertrain (resale_basis 'your_rates')."""
    price_usd = np.nan_to_num(v.price_usd)
    if h.resale_basis == "your_rates":
        loss = _by_powertrain(
            v.powertrain, bev=h.depreciation_bev, phev=h.depreciation_phev, hev=h.depreciation_hev, other=h.depreciation_ice
        )
        return np.asarray(price_usd[:, None] * (1 - loss)[:, None] ** np.arange(years + 1)[None, :], dtype=float)
    return value_path(
        price_usd, v.resale_first_year_loss, v.resale_retained_5yr, np.nan_to_num(v.age_years), years, v.resale_segment_5yr
    )


def insurance_costs(h: Household, v: VehicleInputs, worth: FloatArray, years: int) -> FloatArray:
    """(N, years) yearly premiums: a vehicle's own quote, else the household's figure for every car, else each car's
    estimate from its state's reference premium, body, powertrain and value (resources/ownership/)."""
    market = market_of_region(h.state)
    factors = None if market.is_us else region_insurance_factors(market, h.state)
    estimate_usd = premiums(h.insurance_reference, v.powertrain, v.body, worth, years, factors)
    household_usd = np.full_like(estimate_usd, h.insurance_annual) if h.insurance_annual > 0 else estimate_usd
    own_usd = v.insurance_annual_usd[:, None]
    return np.asarray(np.where(np.isnan(own_usd), household_usd, own_usd), dtype=float)
