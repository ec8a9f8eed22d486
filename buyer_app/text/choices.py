"""One display name for each coded choice: the window shows these words and stores the code; the JSON, the
profiles and the command line keep the codes."""

from __future__ import annotations

from buyer_app.core.household.choices import (
    DcPricing,
    FilingStatus,
    Financing,
    FuelPriceBasis,
    HomeCharging,
    HomeRate,
    NightPlug,
    PublicEveryday,
    ResaleBasis,
    Tenure,
    UnitSystem,
    WorkplaceCharging,
)
from buyer_app.core.markets.regions import place_name
from buyer_app.core.vehicles.schema import Powertrain
from buyer_app.text.translate import tr

# field name -> code -> display name (each passed through tr() when shown)
CHOICE_LABELS: dict[str, dict[str, str]] = {
    "filing_status": {
        FilingStatus.JOINT: "married filing jointly",
        FilingStatus.SINGLE: "single",
        FilingStatus.HOH: "head of household",
        FilingStatus.MARRIED_FILING_SEPARATELY: "married filing separately",
    },
    "tenure": {Tenure.OWN: "own", Tenure.RENT: "rent"},
    "fuel_price_basis": {FuelPriceBasis.AVERAGE: "average of the latest months", FuelPriceBasis.LATEST_WEEK: "the latest week"},
    "resale_basis": {ResaleBasis.PUBLISHED: "published curves by car", ResaleBasis.YOUR_RATES: "your yearly rates below"},
    "home_charging": {
        HomeCharging.LEVEL2: "Level 2 (240 V) at home",
        HomeCharging.LEVEL1: "Level 1 (120 V) at home",
        HomeCharging.NONE: "No charging at home",
    },
    "home_rate": {HomeRate.FLAT: "Flat rate", HomeRate.TIME_OF_USE: "Time of use (off-peak price)"},
    "workplace_charging": {WorkplaceCharging.NONE: "None", WorkplaceCharging.FREE: "Free", WorkplaceCharging.PRICED: "Paid"},
    "public_dc_pricing": {DcPricing.PER_KWH: "per kWh", DcPricing.PER_MINUTE: "per minute"},
    "public_everyday": {PublicEveryday.DC_FAST: "DC fast", PublicEveryday.LEVEL2: "Public Level 2"},
    "financing": {Financing.CASH: "Cash", Financing.LOAN: "Loan", Financing.LEASE: "Lease"},
}

UNIT_SYSTEM_LABELS: dict[str, str] = {
    UnitSystem.US: "US (mi, gal, MPG)",
    UnitSystem.METRIC: "Metric (km, L/100 km, kWh/100 km)",
}

# the plug of a night in the weekly charging calendar (short: seven of them sit in one row of the window)
NIGHT_PLUG_LABELS: dict[str, str] = {
    NightPlug.HOME_L2: "Home Level 2",
    NightPlug.HOME_L1: "Home Level 1",
    NightPlug.RELATIVE_L2: "Relative's Level 2",
    NightPlug.RELATIVE_L1: "Relative's Level 1",
    NightPlug.NONE: "No plug",
}
# the same, short, for the seven boxes of the window's calendar row (the long name is their tooltip)
NIGHT_PLUG_SHORT: dict[str, str] = {
    NightPlug.HOME_L2: "Home L2",
    NightPlug.HOME_L1: "Home L1",
    NightPlug.RELATIVE_L2: "Relative L2",
    NightPlug.RELATIVE_L1: "Relative L1",
    NightPlug.NONE: "No plug",
}

POWERTRAIN_LABELS: dict[str, str] = {
    Powertrain.BEV: "Battery electric (BEV)",
    Powertrain.PHEV: "Plug-in hybrid (PHEV)",
    Powertrain.HEV: "Hybrid (HEV)",
    Powertrain.ICE: "Gasoline (ICE)",
    Powertrain.DIESEL: "Diesel",
    Powertrain.FLEX: "Flex-fuel (E85)",
    Powertrain.FCEV: "Fuel cell (FCEV)",
    Powertrain.CNG: "Natural gas (CNG)",
}


def choice_label(field: str, code: str) -> str:
    """The words shown for `code` of the household field `field` (a state: 'CO — Colorado'); an unknown code
    is shown as itself."""
    if field == "state":
        name = place_name(code)
        return f"{code} — {name}" if name != code else code
    label = CHOICE_LABELS.get(field, {}).get(code)
    return tr(label) if label is not None else code


def powertrain_label(code: str) -> str:
    label = POWERTRAIN_LABELS.get(code)
    return tr(label) if label is not None else code


def unit_system_name(units: str) -> str:
    """The words for a profile's `units`: 'US (mi, gal, MPG)' / 'Metric (km, L/100 km, kWh/100 km)'."""
    label = UNIT_SYSTEM_LABELS.get(units)
    return tr(label) if label is not None else units


# the plain word for a vehicle's type in lists (the longer POWERTRAIN_LABELS name the EPA's abbreviation too)
POWERTRAIN_SHORT: dict[str, str] = {
    Powertrain.BEV: "Electric",
    Powertrain.PHEV: "Plug-in hybrid",
    Powertrain.HEV: "Hybrid",
    Powertrain.ICE: "Gasoline",
    Powertrain.DIESEL: "Diesel",
    Powertrain.FLEX: "Flex-fuel",
    Powertrain.FCEV: "Fuel cell",
    Powertrain.CNG: "Natural gas",
}

# body classes of core.ownership.tables.body_class (from the EPA size class)
BODY_LABELS: dict[str, str] = {
    "car": "Cars",
    "sports": "Two-seaters",
    "suv": "SUVs",
    "pickup": "Pickup trucks",
    "minivan": "Minivans and vans",
}


def powertrain_short(code: str) -> str:
    """'Electric', 'Plug-in hybrid', 'Hybrid', 'Gasoline'…; an unknown code as itself."""
    label = POWERTRAIN_SHORT.get(code)
    return tr(label) if label is not None else code


def body_label(code: str) -> str:
    label = BODY_LABELS.get(code)
    return tr(label) if label is not None else code


def night_plug_label(code: str, short: bool = False) -> str:
    """The words shown for a night's plug in the charging calendar (an unknown code is shown as itself)."""
    label = (NIGHT_PLUG_SHORT if short else NIGHT_PLUG_LABELS).get(code)
    return tr(label) if label is not None else code
