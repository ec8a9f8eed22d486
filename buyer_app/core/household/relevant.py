"""Which household inputs matter for the choices already made: the loan's terms only for a loan, the off-peak
price only on a time-of-use rate, the workplace's price only when it charges... The window shows only these;
a hidden input keeps its value (choosing a loan again brings back the terms typed before)."""

from __future__ import annotations

from buyer_app.core.household.choices import (
    DcPricing,
    Financing,
    HomeCharging,
    HomeRate,
    ResaleBasis,
    WorkplaceCharging,
)
from buyer_app.core.household.fields import Household
from buyer_app.core.markets.market import market_of_region

LOAN_TERMS = frozenset({"down_payment_share", "loan_apr", "loan_term_months"})
HOME_CHARGING_TERMS = frozenset(
    {"home_charger_kw", "home_hours_per_night", "phev_plug_nights", "home_rate", "offpeak_price", "offpeak_share"}
)
WORKPLACE_TERMS = frozenset({"workplace_price", "workplace_days", "workplace_charger_kw", "workplace_hours"})
YOUR_RATES = frozenset({"depreciation_bev", "depreciation_phev", "depreciation_hev", "depreciation_ice"})
# US rules a market pack's household has no use for: a US utility's id and income tests for its programs, tax filing,
# EIA's fuel price averaging, state EV / hybrid registration surcharges and sales tax caps (a pack's taxes are its own)
US_ONLY = frozenset(
    {
        "utility",
        "income",
        "filing_status",
        "fuel_price_basis",
        "bev_surcharge",
        "phev_surcharge",
        "hev_surcharge",
        "sales_tax_cap",
    }
)


def unused_inputs(h: Household) -> frozenset[str]:
    """The household fields that `h`'s own choices make irrelevant to its results."""
    unused: set[str] = set()
    if h.financing != Financing.LOAN:
        unused |= LOAN_TERMS
    if h.home_charging == HomeCharging.NONE:
        unused |= HOME_CHARGING_TERMS | {"home_charger_cost"}
    elif h.home_charging == HomeCharging.LEVEL1:
        unused |= {"home_charger_kw", "home_charger_cost"}  # a wall socket: 1.4 kW and nothing to install
    if h.home_rate != HomeRate.TIME_OF_USE:
        unused |= {"offpeak_price", "offpeak_share"}
    if h.workplace_charging == WorkplaceCharging.NONE:
        unused |= WORKPLACE_TERMS
    elif h.workplace_charging == WorkplaceCharging.FREE:
        unused.add("workplace_price")
    unused.add("public_dc_per_minute" if h.public_dc_pricing == DcPricing.PER_KWH else "public_dc_price")
    if h.resale_basis == ResaleBasis.PUBLISHED:
        unused |= YOUR_RATES
    if not market_of_region(h.state).is_us:
        unused |= US_ONLY
    return frozenset(unused)
