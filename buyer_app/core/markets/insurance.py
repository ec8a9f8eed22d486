"""A market region's insurance estimate: its premium for a reference fuel car, the price that car stands for, and the
factor new-energy cars pay over it, shaped like the US factors (resources/ownership/) so one premium formula serves
both. The price elasticity and the part of a premium that does not fall with the car's value are the region's own
(`insurance_price_elasticity`, `insurance_value_independent_share`) where the pack gives them, else the US table's;
a region without the price its premium stands for scales no premium by price."""

from __future__ import annotations

from functools import cache

from buyer_app.core.markets.market import Market
from buyer_app.core.markets.regions import Region, region_of
from buyer_app.core.ownership.insurance import InsuranceFactors, insurance_factors

NEV = ("bev", "phev")


@cache
def region_insurance_factors(market: Market, region_code: str) -> InsuranceFactors:
    """The factors of one region (the national row's where the city has none)."""
    region = region_of(market, region_code)
    us = insurance_factors()
    nev = region.number("insurance_nev_factor") or 1.0
    reference = region.number("insurance_reference_price")
    # without the price the region's premium stands for, the premium cannot scale with a car's price: every car
    # pays the region's premium (times its type's factor), and says so in the sources
    own_elasticity = region.number("insurance_price_elasticity")
    own_share = region.number("insurance_value_independent_share")
    elasticity = (own_elasticity if own_elasticity is not None else us.price_elasticity) if reference is not None else 0.0
    share = own_share if own_share is not None else us.value_independent_share
    us_source = us.sources.get("price_elasticity:", ("", ""))
    sources = {
        "reference_price:": _source(region, "insurance_reference_price"),
        "powertrain:bev": _source(region, "insurance_nev_factor"),
        "powertrain:phev": _source(region, "insurance_nev_factor"),
        "price_elasticity:": _source(region, "insurance_price_elasticity") if own_elasticity is not None else us_source,
        "value_independent_share:": _source(region, "insurance_value_independent_share")
        if own_share is not None
        else us.sources.get("value_independent_share:", ("", "")),
    }
    return InsuranceFactors(
        reference_price=reference if reference is not None else us.reference_price,
        price_elasticity=elasticity,
        value_independent_share=share,
        powertrain={p: nev for p in NEV},
        body={},
        sources=sources,
    )


def _source(region: Region, field: str) -> tuple[str, str]:
    row = region.figures.get(field)
    return (row.source, row.as_of) if row is not None else ("", "")
