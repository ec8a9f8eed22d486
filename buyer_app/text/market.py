"""A market pack's facts in the command line's JSON and in words: which market, its currency and units, the test
cycle its figures were converted from, and the rules that are not money (licence plates)."""

from __future__ import annotations

from typing import Any

import pandas as pd

from buyer_app.core.costs.compare import Comparison
from buyer_app.core.household.fields import Household
from buyer_app.core.household.state_fill import field_origin
from buyer_app.core.incentives.rules import purchase_day
from buyer_app.core.markets.market import Market, market_of_region
from buyer_app.core.markets.regions import KM_PER_MI, L_PER_GAL, Region, region_of
from buyer_app.core.vehicles.database import VehicleDatabase
from buyer_app.text.currency import money
from buyer_app.text.field_words import field_label
from buyer_app.text.places import place_words, region_words
from buyer_app.text.translate import tr, trn
from buyer_app.text.units import Display, fuel_price


def market_json(market: Market, display: Display) -> dict[str, Any]:
    """The top of a market's JSON: what the amounts and figures are in."""
    factor = market.range_factor
    return {
        "code": market.code,
        "name": market.name,
        "currency": market.currency,
        "units": display.units.value,
        "test_cycle": market.test_cycle,
        "real_world_range_factor": None if factor is None else factor.value,
        "real_world_source": None if factor is None else f"{factor.source} ({factor.as_of})",
        "note": "amounts without a currency suffix are in this currency; keys ending _mi, _gal hold US units, the "
        "market's own figures follow in `market_figures` with _km, _l and currency-suffixed keys",
    }


def pack_json(c: Comparison, db: VehicleDatabase, market: Market) -> dict[str, Any]:
    """Per vehicle, its figures in the market's units and currency, and the region's plate rule."""
    cur = market.currency.lower()
    rows = db.get([v.id for v in c.vehicles])
    figures = []
    for v, (_, row) in zip(c.vehicles, rows.iterrows(), strict=True):
        figures.append(
            {
                "id": v.id,
                f"price_{cur}": v.price,
                f"total_cost_{cur}": round(v.total_cost, 2),
                f"cost_per_km_{cur}": None if v.cost_per_mile is None else round(v.cost_per_mile / KM_PER_MI, 4),
                "range_km": None if v.range_mi is None else round(v.range_mi * KM_PER_MI, 1),
                "electric_range_km": None if v.electric_range_mi is None else round(v.electric_range_mi * KM_PER_MI, 1),
                "cycle": _present(row["cycle"]),
                "cycle_range_km": None if row["cycle_range_km"] != row["cycle_range_km"] else float(row["cycle_range_km"]),
                "gasoline_l_per_year": round(v.gallons_per_year * L_PER_GAL, 1),
                "electricity_kwh_per_year": round(v.kwh_per_year, 1),
                "derived": _present(row["derived"]),
            }
        )
    region = region_of(market, c.household.state)
    return {
        "market_figures": figures,
        "plate": {
            "region": region.code,
            "rule": region_words(region, "plate_rule") or None,
            f"auction_price_{cur}": region.number("plate_auction_price"),
            "source": _source(region, "plate_rule"),
        },
    }


def _present(value: object) -> str | None:
    """A text cell, None when empty or missing (a household's own car has no cycle row of the pack)."""
    return None if value is None or value is pd.NA or value != value or value == "" else str(value)


def _source(region: Region, field: str) -> str | None:
    row = region.figures.get(field)
    return f"{row.source} ({row.as_of})" if row is not None else None


def plate_sentence(c: Comparison, display: Display, full: bool = True) -> str:
    """The region's licence-plate rule in one sentence (empty in markets without one): a cost that is not in the
    totals, stated beside the verdict; `full` adds the rule's own words (its dates and conditions)."""
    market = market_of_region(c.household.state)
    if market.is_us:
        return ""
    region = region_of(market, c.household.state)
    rule = region_words(region, "plate_rule")
    if not rule:
        return ""
    auction = region.number("plate_auction_price")
    free = {p.strip() for p in region.text("plate_free_powertrains").split(",") if p.strip()}
    if free and auction:  # say which of these cars need the auction: a cost the totals leave out, often decisive
        need = [v.label for v in c.vehicles if v.powertrain not in free]
        get = [v.label for v in c.vehicles if v.powertrain in free]
        amount = money(auction, currency=display.currency.value)
        parts = []
        if need:
            parts.append(
                trn(
                    "{cars} needs a licence plate from the monthly auction (about {price}; kept for your next car, so "
                    "not counted in the totals)",
                    "{cars} need a licence plate from the monthly auction (about {price}; kept for your next car, so not "
                    "counted in the totals)",
                    len(need),
                ).format(cars=_names(need), price=amount)
            )
        if get:
            parts.append(trn("{cars} gets a free plate", "{cars} get a free plate", len(get)).format(cars=_names(get)))
        if not full and need:  # the window's short form: the cars that need a plate, by make and model
            short = [f"{v.label.split(' ', 1)[-1]}" for v in c.vehicles if v.powertrain not in free]
            return trn(
                "Licence plate in {city}: {cars} needs an auction plate (about {price}, not in the totals).",
                "Licence plate in {city}: {cars} need an auction plate (about {price}, not in the totals).",
                len(short),
            ).format(city=place_words(region.code), cars=_names(short), price=amount)
        head = tr("Licence plate in {city}: ").format(city=place_words(region.code)) + tr("; ").join(parts) + tr(".")
        return head + " " + _until(region) if full else head
    price = (
        tr(" A plate at auction has cost about {price} (not counted in the totals).").format(
            price=money(auction, currency=display.currency.value)
        )
        if auction
        else ""
    )
    return tr("Licence plate in {city}: {rule}").format(city=place_words(region.code), rule=rule) + price


def _names(labels: list[str]) -> str:
    return labels[0] if len(labels) == 1 else tr("{first} and {last}").format(first=", ".join(labels[:-1]), last=labels[-1])


def _until(region: Region) -> str:
    """The rule's own words, for its dates and conditions."""
    return tr("The rule: {}").format(region_words(region, "plate_rule"))


def market_region_text(h: Household, display: Display) -> list[str]:
    """Where and when, for a market pack's region: its figures in the market's units, each with its source."""
    region = region_of(market_of_region(h.state), h.state)
    day = purchase_day(h)
    lines = [
        tr("Where and when: {place}, buying on {day}").format(place=place_words(region.code), day=day.isoformat())
        + ("" if h.purchase_date else tr(" (today)"))
    ]
    shown = {
        "gas_price": fuel_price(h.gas_price, display),
        "premium_price": fuel_price(h.premium_price, display),
        "electricity_price": f"{money(h.electricity_price, digits=3, currency=display.currency.value)}/kWh",
        "public_dc_price": f"{money(h.public_dc_price, digits=2, currency=display.currency.value)}/kWh",
        "sales_tax_rate": tr("{:.2%} of the price").format(h.sales_tax_rate),
        "registration_annual": tr("{} a year").format(money(h.registration_annual, currency=display.currency.value)),
        "insurance_reference": tr("{} a year").format(money(h.insurance_reference, currency=display.currency.value)),
        "grid_co2_lb_per_mwh": f"{h.grid_co2_lb_per_mwh / 2.20462:,.0f} g/kWh",
    }
    for name, value in shown.items():
        o = field_origin(h, name)
        label = field_label(name) if name != "sales_tax_rate" else tr("Purchase tax")
        if name == "registration_annual":
            label = tr("Vehicle and vessel tax (fuel cars; the market's share by powertrain)")
        where = tr("your figure") if o.origin == "yours" else f"{o.source}" + (f" ({o.as_of})" if o.as_of else "")
        lines.append(f"  {label}: {value} — {where}" + (f"; {o.note}" if o.note else ""))
    return lines
