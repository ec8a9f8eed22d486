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
from buyer_app.core.vehicles.schema import Powertrain
from buyer_app.text.places import place_words as place_name
from buyer_app.text.translate import tr, tr_noop

# field name -> code -> display name (each passed through tr() when shown)
CHOICE_LABELS: dict[str, dict[str, str]] = {
    "filing_status": {
        FilingStatus.JOINT: tr_noop("married filing jointly"),
        FilingStatus.SINGLE: tr_noop("single"),
        FilingStatus.HOH: tr_noop("head of household"),
        FilingStatus.MARRIED_FILING_SEPARATELY: tr_noop("married filing separately"),
    },
    "tenure": {Tenure.OWN: tr_noop("own"), Tenure.RENT: tr_noop("rent")},
    "fuel_price_basis": {
        FuelPriceBasis.AVERAGE: tr_noop("average of the latest months"),
        FuelPriceBasis.LATEST_WEEK: tr_noop("the latest week"),
    },
    "resale_basis": {
        ResaleBasis.PUBLISHED: tr_noop("published curves by car"),
        ResaleBasis.YOUR_RATES: tr_noop("your yearly rates below"),
    },
    "home_charging": {
        HomeCharging.LEVEL2: tr_noop("Level 2 (240 V) at home"),
        HomeCharging.LEVEL1: tr_noop("Level 1 (120 V) at home"),
        HomeCharging.NONE: tr_noop("No charging at home"),
    },
    "home_rate": {HomeRate.FLAT: tr_noop("Flat rate"), HomeRate.TIME_OF_USE: tr_noop("Time of use (off-peak price)")},
    "workplace_charging": {
        WorkplaceCharging.NONE: tr_noop("None"),
        WorkplaceCharging.FREE: tr_noop("Free"),
        WorkplaceCharging.PRICED: tr_noop("Paid"),
    },
    "public_dc_pricing": {DcPricing.PER_KWH: tr_noop("per kWh"), DcPricing.PER_MINUTE: tr_noop("per minute")},
    "public_everyday": {PublicEveryday.DC_FAST: tr_noop("DC fast"), PublicEveryday.LEVEL2: tr_noop("Public Level 2")},
    "financing": {Financing.CASH: tr_noop("Cash"), Financing.LOAN: tr_noop("Loan"), Financing.LEASE: tr_noop("Lease")},
}

UNIT_SYSTEM_LABELS: dict[str, str] = {
    UnitSystem.US: tr_noop("US (mi, gal, MPG)"),
    UnitSystem.METRIC: tr_noop("Metric (km, L/100 km, kWh/100 km)"),
}

# the plug of a night in the weekly charging calendar (short: seven of them sit in one row of the window)
NIGHT_PLUG_LABELS: dict[str, str] = {
    NightPlug.HOME_L2: tr_noop("Home Level 2"),
    NightPlug.HOME_L1: tr_noop("Home Level 1"),
    NightPlug.RELATIVE_L2: tr_noop("Relative's Level 2"),
    NightPlug.RELATIVE_L1: tr_noop("Relative's Level 1"),
    NightPlug.NONE: tr_noop("No plug"),
}
# the same, short, for the seven boxes of the window's calendar row (the long name is their tooltip)
NIGHT_PLUG_SHORT: dict[str, str] = {
    NightPlug.HOME_L2: tr_noop("Home L2"),
    NightPlug.HOME_L1: tr_noop("Home L1"),
    NightPlug.RELATIVE_L2: tr_noop("Relative L2"),
    NightPlug.RELATIVE_L1: tr_noop("Relative L1"),
    NightPlug.NONE: tr_noop("No plug"),
}

POWERTRAIN_LABELS: dict[str, str] = {
    Powertrain.BEV: tr_noop("Battery electric (BEV)"),
    Powertrain.PHEV: tr_noop("Plug-in hybrid (PHEV)"),
    Powertrain.HEV: tr_noop("Hybrid (HEV)"),
    Powertrain.ICE: tr_noop("Gasoline (ICE)"),
    Powertrain.DIESEL: tr_noop("Diesel"),
    Powertrain.FLEX: tr_noop("Flex-fuel (E85)"),
    Powertrain.FCEV: tr_noop("Fuel cell (FCEV)"),
    Powertrain.CNG: tr_noop("Natural gas (CNG)"),
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
    Powertrain.BEV: tr_noop("Electric"),
    Powertrain.PHEV: tr_noop("Plug-in hybrid"),
    Powertrain.HEV: tr_noop("Hybrid"),
    Powertrain.ICE: tr_noop("Gasoline"),
    Powertrain.DIESEL: tr_noop("Diesel"),
    Powertrain.FLEX: tr_noop("Flex-fuel"),
    Powertrain.FCEV: tr_noop("Fuel cell"),
    Powertrain.CNG: tr_noop("Natural gas"),
}

# body classes of core.ownership.tables.body_class (from the EPA size class)
BODY_LABELS: dict[str, str] = {
    "car": tr_noop("Cars"),
    "sports": tr_noop("Two-seaters"),
    "suv": tr_noop("SUVs"),
    "pickup": tr_noop("Pickup trucks"),
    "minivan": tr_noop("Minivans and vans"),
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


# the cost categories (core.costs.model.CATEGORIES) as the text's tables and the charts' legends name them; the JSON
# keeps the codes
CATEGORY_WORDS: dict[str, str] = {
    "purchase": tr_noop("purchase"),
    "financing": tr_noop("financing"),
    "energy": tr_noop("energy"),
    "maintenance": tr_noop("maintenance"),
    "insurance": tr_noop("insurance"),
    "fees": tr_noop("fees"),
    "incentives": tr_noop("incentives"),
    "resale": tr_noop("resale"),
}


def category_name(code: str) -> str:
    """'purchase', 'energy'… in the user's language; an unknown code as itself."""
    label = CATEGORY_WORDS.get(code)
    return tr(label) if label is not None else code


# the EPA size classes of the vehicle data (and the market packs' rows, which use them), without their 2WD / 4WD
EPA_CLASS_LABELS: dict[str, str] = {
    "Compact Cars": tr_noop("Compact Cars"),
    "Large Cars": tr_noop("Large Cars"),
    "Midsize Cars": tr_noop("Midsize Cars"),
    "Midsize Station Wagons": tr_noop("Midsize Station Wagons"),
    "Minicompact Cars": tr_noop("Minicompact Cars"),
    "Minivan": tr_noop("Minivan"),
    "Small Pickup Trucks": tr_noop("Small Pickup Trucks"),
    "Small Sport Utility Vehicle": tr_noop("Small Sport Utility Vehicle"),
    "Small Station Wagons": tr_noop("Small Station Wagons"),
    "Special Purpose Vehicle": tr_noop("Special Purpose Vehicle"),
    "Standard Pickup Trucks": tr_noop("Standard Pickup Trucks"),
    "Standard Sport Utility Vehicle": tr_noop("Standard Sport Utility Vehicle"),
    "Subcompact Cars": tr_noop("Subcompact Cars"),
    "Two Seaters": tr_noop("Two Seaters"),
    "Vans, Cargo Type": tr_noop("Vans, Cargo Type"),
    "Vans, Passenger Type": tr_noop("Vans, Passenger Type"),
}


def epa_class_label(code: str) -> str:
    """An EPA size class in the user's language ('Small Sport Utility Vehicle 4WD' / '小型 SUV 4WD'); one not
    listed here as written."""
    for suffix in (" - 2WD", " - 4WD", " 2WD", " 4WD", ""):
        if code.endswith(suffix):
            base = code[: len(code) - len(suffix)] if suffix else code
            label = EPA_CLASS_LABELS.get(base)
            if label is not None:
                return tr(label) + suffix
    return code


DRIVE_LABELS: dict[str, str] = {
    "4-Wheel Drive": tr_noop("4-Wheel Drive"),
    "All-Wheel Drive": tr_noop("All-Wheel Drive"),
    "Front-Wheel Drive": tr_noop("Front-Wheel Drive"),
    "Part-time 4-Wheel Drive": tr_noop("Part-time 4-Wheel Drive"),
    "Rear-Wheel Drive": tr_noop("Rear-Wheel Drive"),
}


def drive_label(code: str) -> str:
    """A drive as the vehicle data names it ('Front-Wheel Drive'), in the user's language."""
    label = DRIVE_LABELS.get(code)
    return tr(label) if label is not None else code
