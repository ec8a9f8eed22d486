"""The coded choices of the household's inputs, as `StrEnum`s.

Each member is a `str` equal to its stable code (the code in profiles, flags and the JSON), so
`h.financing == "loan"` and `h.financing == Financing.LOAN` both hold. The words shown for each code are
in `buyer_app.text.choices`, never here.
"""

from __future__ import annotations

from enum import StrEnum


class Financing(StrEnum):
    CASH = "cash"
    LOAN = "loan"
    LEASE = "lease"


class HomeCharging(StrEnum):
    LEVEL2 = "level2"
    LEVEL1 = "level1"
    NONE = "none"


class HomeRate(StrEnum):
    FLAT = "flat"
    TIME_OF_USE = "time_of_use"


class WorkplaceCharging(StrEnum):
    NONE = "none"
    FREE = "free"
    PRICED = "priced"


class DcPricing(StrEnum):
    """How DC fast charging is billed."""

    PER_KWH = "per_kwh"
    PER_MINUTE = "per_minute"


class PublicEveryday(StrEnum):
    """Which public charger tops up on ordinary days."""

    DC_FAST = "dc_fast"
    LEVEL2 = "level2"


class FilingStatus(StrEnum):
    JOINT = "joint"
    SINGLE = "single"
    HOH = "hoh"
    MARRIED_FILING_SEPARATELY = "married_filing_separately"


class Tenure(StrEnum):
    OWN = "own"
    RENT = "rent"


class ResaleBasis(StrEnum):
    PUBLISHED = "published"
    YOUR_RATES = "your_rates"


class FuelPriceBasis(StrEnum):
    AVERAGE = "average"
    LATEST_WEEK = "latest_week"


class UnitSystem(StrEnum):
    """How the faces show distances, fuel and energy use (a profile's `units`). The core always counts in US units
    (mi, gal, MPG); the words convert."""

    US = "us"  # mi, gal, MPG, F
    METRIC = "metric"  # km, L/100 km, kWh/100 km, C


class Currency(StrEnum):
    """The currency of a profile's amounts: its market's (with no exchange rates, a profile may not claim a currency
    its data is not in)."""

    USD = "USD"
    CNY = "CNY"


class NightPlug(StrEnum):
    """Where the car sleeps on a night of the household's charging calendar and what it plugs into there."""

    HOME_L2 = "home_l2"
    HOME_L1 = "home_l1"
    RELATIVE_L2 = "relative_l2"  # a relative's or another private place (charged at its owner's price, or free)
    RELATIVE_L1 = "relative_l1"
    NONE = "none"  # no plug that night
