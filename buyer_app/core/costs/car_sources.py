"""Where one car's own figures come from: its insurance (a quote, the household's figure, or estimated from the
state's reference premium and the car), its resale curve and, for plug-ins, its winter range. Typed facts with
their sources and dates; the words are `buyer_app.text.sources`."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

import pandas as pd

from buyer_app.core.costs.choices import VehicleChoice
from buyer_app.core.household.fields import Household


class InsuranceBasis(StrEnum):
    QUOTE = "quote"  # the user's quote for this car
    HOUSEHOLD = "household"  # the household's figure for every car
    ESTIMATED = "estimated"  # estimated from the state's reference premium and the car


@dataclass(frozen=True)
class InsuranceEstimate:
    """How a car's premium is estimated: reference x body x powertrain x (value / reference price)^elasticity."""

    reference: float  # USD/yr: the household's reference car premium
    national: bool  # the US figure (no state chosen)
    source: str  # the state premium table's source (its first part) and date
    as_of: str
    body: str  # car, sports, suv, pickup, minivan, ...
    body_factor: float
    powertrain_factor: float
    reference_price: float  # USD
    price_elasticity: float


class WinterBasis(StrEnum):
    MEASURED = "measured"  # this model's own share of range kept at 32 F
    GENERIC = "generic"  # the app's shares with and without a heat pump


@dataclass(frozen=True)
class VehicleSources:
    """Where one car's own figures come from: insurance, resale and (plug-ins) winter range."""

    insurance: InsuranceBasis
    estimate: InsuranceEstimate | None  # when estimated
    resale_your_rates: bool  # the household's yearly rates, else the car's published curve:
    retained_5yr: float  # share of its price kept after 5 years
    resale_source: str
    resale_as_of: str
    winter: WinterBasis | None = None  # None: not a plug-in
    winter_retained: float = 0.0  # measured share of range kept at 32 F
    winter_source: str = ""
    winter_as_of: str = ""


def vehicle_sources(h: Household, row: pd.Series, choice: VehicleChoice) -> VehicleSources:
    """Where one car's own figures come from, with their sources and dates (in words: buyer_app.text.sources)."""
    from buyer_app.core.ownership.insurance import insurance_factors, state_premiums
    from buyer_app.core.ownership.resale import curve_for
    from buyer_app.core.region.climate import retention_table

    pt, body = str(row["powertrain"]), str(row["body"])
    curve = curve_for(pt, body, str(row["make"]), str(row["base_model"]))
    from buyer_app.core.markets.insurance import region_insurance_factors
    from buyer_app.core.markets.market import market_of_region
    from buyer_app.core.markets.regions import region_of

    market = market_of_region(h.state)
    f = insurance_factors() if market.is_us else region_insurance_factors(market, h.state)
    estimate = None
    if choice.insurance_annual is not None:
        insurance = InsuranceBasis.QUOTE
    elif h.insurance_annual > 0:
        insurance = InsuranceBasis.HOUSEHOLD
    else:
        insurance = InsuranceBasis.ESTIMATED
        if market.is_us:
            place = state_premiums().get(h.state, state_premiums()["US"])
        else:
            premium = region_of(market, h.state).figures.get("insurance_ice")
            place = (h.insurance_reference, premium.source if premium else market.name, premium.as_of if premium else "")
        estimate = InsuranceEstimate(
            reference=h.insurance_reference,
            national=h.state == "US",
            source=place[1].split(",")[0],
            as_of=place[2],
            body=body,
            body_factor=f.body.get(body, 1.0),
            powertrain_factor=f.powertrain.get(pt, 1.0),
            reference_price=f.reference_price,
            price_elasticity=f.price_elasticity,
        )
    out = VehicleSources(
        insurance=insurance,
        estimate=estimate,
        resale_your_rates=h.resale_basis == "your_rates",
        retained_5yr=curve.retained_5yr,
        resale_source=curve.source,
        resale_as_of=curve.as_of,
    )
    measured = retention_table().get((str(row["make"]), str(row["base_model"]))) if pt == "bev" else None
    if measured is not None:
        return replace(
            out, winter=WinterBasis.MEASURED, winter_retained=measured[0], winter_source=measured[1], winter_as_of=measured[2]
        )
    if pt in ("bev", "phev"):
        return replace(out, winter=WinterBasis.GENERIC)
    return out
