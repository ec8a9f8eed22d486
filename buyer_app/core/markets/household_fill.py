"""The household values a market region fills in, in the engine's units (per gallon, per mile) and the market's
currency, each traceable to its regions.csv row.

The engine keeps US-customary units inside (miles, gallons): a Chinese 92# price of 6.89 CNY/L becomes 26.08 CNY/gal
here and is shown as 6.89 CNY/L again by the metric display.
"""

from __future__ import annotations

from dataclasses import dataclass

from buyer_app.core.markets.market import Market
from buyer_app.core.markets.regions import KM_PER_MI, L_PER_GAL, LB_PER_G, Region, tiered_price

# China Electricity Council, 2023 national statistics: urban and rural residential use 1,352.4 TWh for 1.41 billion
# people, about 960 kWh a person a year (CEC statistical express report, 2024-01); a household's own use before the car
BASE_KWH_PER_PERSON = 960.0
BASE_KWH_SOURCE = "China Electricity Council 2023 statistics: residential use about 960 kWh a person a year (2024-01)"
# App assumption: the tier a car's charging lands in is judged for a typical battery-electric car, 15 kWh/100 km at
# the battery with 90% charging efficiency (about 0.27 kWh a mile at the wall); the car's own use is not known here
EV_KWH_PER_MI = 0.27

PER_GALLON = ("gas_price", "premium_price", "diesel_price")
PER_MILE = ("maintenance_bev", "maintenance_phev", "maintenance_hev", "maintenance_ice")
AS_IS: tuple[str, ...] = ("offpeak_price", "public_dc_price", "public_l2_price", "home_charger_cost")
AS_IS += ("depreciation_bev", "depreciation_phev", "depreciation_hev", "depreciation_ice")
# what every region must give (itself or through the national row): the engine has no figure of its own for them
REQUIRED: tuple[str, ...] = (
    "gas_price",
    "premium_price",
    "public_dc_price",
    "insurance_ice",
    "maintenance_bev",
    "maintenance_ice",
)
REQUIRED += ("depreciation_bev", "depreciation_ice")


@dataclass(frozen=True)
class Filled:
    """One filled household value and the pack row it comes from (several rows for a derived one)."""

    value: float
    rows: tuple[str, ...]  # region fields it was derived from
    how: str = ""  # words for a derivation ("tier 1-2 average of ...")


def home_electricity(region: Region, household_size: int, annual_mi: float, currency: str = "CNY") -> Filled | None:
    """The average price of the kWh home charging adds to a tiered bill, or the flat residential price."""
    tiers = region.text("electricity_tiers")
    if tiers:
        base = BASE_KWH_PER_PERSON * max(1, household_size)
        added = annual_mi * EV_KWH_PER_MI
        price = tiered_price(tiers, base, added)
        if price is not None:
            how = (
                f"tiered: {added:,.0f} kWh a year of charging on top of the household's own {base:,.0f} kWh "
                f"({BASE_KWH_SOURCE}), tiers {tiers} {currency}/kWh"
            )
            return Filled(price, ("electricity_tiers",), how)
    flat = region.number("electricity_price")
    return Filled(flat, ("electricity_price",)) if flat is not None else None


def region_fill(market: Market, region: Region, household_size: int, annual_mi: float) -> dict[str, Filled]:
    """Every household value the region gives (fields it lacks are left out: the caller keeps the market default)."""
    out: dict[str, Filled] = {}
    for name in PER_GALLON:
        if (v := region.number(name)) is not None:
            out[name] = Filled(v * L_PER_GAL, (name,))
    if "diesel_price" not in out and "gas_price" in out:  # no diesel figure in the pack: never the US default
        out["diesel_price"] = Filled(out["gas_price"].value, ("gas_price",), "no diesel figure: the regular price")
    if "premium_price" in out:  # no midgrade grade sold: a car asking for it is priced on 95#
        out["midgrade_price"] = Filled(out["premium_price"].value, ("premium_price",), "no midgrade grade: 95#")
    for name in PER_MILE:
        if (v := region.number(name)) is not None:
            out[name] = Filled(v * KM_PER_MI, (name,))
    for name in AS_IS:
        if (v := region.number(name)) is not None:
            out[name] = Filled(v, (name,))
    # a pack without a hybrid's or a plug-in hybrid's upkeep: a fuel car's (both keep an engine to service), never
    # the app's US default read as the market's currency
    for name in ("maintenance_hev", "maintenance_phev"):
        if name not in out and "maintenance_ice" in out:
            out[name] = Filled(out["maintenance_ice"].value, ("maintenance_ice",), "no figure of its own: a fuel car's")
    home = home_electricity(region, household_size, annual_mi, market.currency)
    if home is not None:
        out["electricity_price"] = home
    if (v := region.number("insurance_ice")) is not None:
        out["insurance_reference"] = Filled(v, ("insurance_ice",))
    if (v := region.number("registration_fee")) is not None:
        out["title_fees"] = Filled(v, ("registration_fee",))
    if (v := region.number("vessel_tax")) is not None:
        out["registration_annual"] = Filled(v, ("vessel_tax",), "vehicle and vessel tax; the market's shares by powertrain")
    if (v := region.number("grid_co2_g_per_kwh")) is not None:
        out["grid_co2_lb_per_mwh"] = Filled(v * LB_PER_G * 1000, ("grid_co2_g_per_kwh",))
    if market.purchase_tax_rate is not None:
        rate = market.purchase_tax_rate.value / (1 + market.vat_rate)
        out["sales_tax_rate"] = Filled(rate, (), f"purchase tax {market.purchase_tax_rate.value:.0%} of the price before VAT")
        out["sales_tax_cap"] = Filled(0.0, (), "no cap")
    for name in ("bev_surcharge", "phev_surcharge", "hev_surcharge", "public_dc_per_minute", "idle_fee_per_minute"):
        out[name] = Filled(0.0, (), "no such charge in this market's data")
    # no separate figures in the pack: charging at work at the home price, off-peak at the home price, both shown
    out.setdefault("offpeak_price", Filled(out["electricity_price"].value, out["electricity_price"].rows, "no off-peak rate"))
    out["workplace_price"] = Filled(out["electricity_price"].value, out["electricity_price"].rows, "as the home price")
    out.setdefault("public_l2_price", Filled(out["public_dc_price"].value, ("public_dc_price",), "as the DC price"))
    out.setdefault("home_charger_cost", Filled(0.0, (), "no figure in the market's data"))
    return out


def missing_required(region: Region) -> list[str]:
    """The required fields the region (with the national row) lacks."""
    return [name for name in REQUIRED if region.number(name) is None]
