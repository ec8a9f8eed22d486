"""A market's regions (cities) and their sourced figures, read from the pack's regions.csv, and the household values
and climate they give.

regions.csv is long: one row per (region, field) with its unit, source, date and note, in the market's own units
(CNY/L, CNY/kWh, CNY/km, deg C). A region without a figure takes the market's national row (the pack's bare code,
e.g. "CN"). This module converts them to the engine's units (per gallon, per mile, deg F) once, here.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from buyer_app.core.errors import FieldProblem, InputError
from buyer_app.core.markets.market import Market, market_of_region
from buyer_app.core.region.state_figures import STATE_NAMES, SourcedValue

if TYPE_CHECKING:  # the climate module loads pandas: the region's figures are read without it
    from buyer_app.core.region.climate import Climate

L_PER_GAL = 3.785411784
KM_PER_MI = 1.609344
LB_PER_G = 1 / 453.59237
COLUMNS = ["region", "name", "name_zh", "field", "value", "unit", "source", "as_of", "note"]

# field -> (unit the pack writes it in, lowest, highest allowed)
NUMERIC: dict[str, tuple[str, float, float]] = {
    "gas_price": ("CNY/L", 1.0, 30.0),
    "premium_price": ("CNY/L", 1.0, 30.0),
    "diesel_price": ("CNY/L", 1.0, 30.0),
    "electricity_price": ("CNY/kWh", 0.05, 5.0),
    "offpeak_price": ("CNY/kWh", 0.05, 5.0),
    "public_dc_price": ("CNY/kWh", 0.1, 10.0),
    "public_l2_price": ("CNY/kWh", 0.1, 10.0),
    "insurance_ice": ("CNY/yr", 500.0, 100_000.0),
    "insurance_nev_factor": ("ratio", 0.5, 3.0),
    "insurance_reference_price": ("CNY", 10_000.0, 2_000_000.0),  # the car insurance_ice stands for
    "insurance_price_elasticity": ("ratio", 0.0, 1.0),  # how the premium scales with the car's price (log-log)
    "insurance_value_independent_share": ("fraction", 0.0, 1.0),  # the part that does not fall with the car's value
    "vessel_tax": ("CNY/yr", 0.0, 10_000.0),
    "registration_fee": ("CNY", 0.0, 100_000.0),
    "plate_auction_price": ("CNY", 0.0, 1_000_000.0),
    "maintenance_bev": ("CNY/km", 0.0, 10.0),
    "maintenance_phev": ("CNY/km", 0.0, 10.0),
    "maintenance_hev": ("CNY/km", 0.0, 10.0),
    "maintenance_ice": ("CNY/km", 0.0, 10.0),
    "depreciation_bev": ("fraction/yr", 0.0, 0.9),
    "depreciation_phev": ("fraction/yr", 0.0, 0.9),
    "depreciation_hev": ("fraction/yr", 0.0, 0.9),
    "depreciation_ice": ("fraction/yr", 0.0, 0.9),
    "grid_co2_g_per_kwh": ("g CO2/kWh", 0.0, 1500.0),
    **{f"temp_c_{m:02d}": ("deg C", -40.0, 45.0) for m in range(1, 13)},
}
TEXT = ("electricity_tiers", "offpeak_hours", "plate_rule", "plate_rule_zh", "vessel_tax_schedule", "plate_free_powertrains")


@dataclass(frozen=True)
class Region:
    """One region of a market with every figure the pack gives it (the national row's where it has none)."""

    code: str
    name: str
    name_zh: str
    figures: dict[str, SourcedValue]

    def number(self, field: str) -> float | None:
        value = self.figures[field].value if field in self.figures else None
        return float(value) if isinstance(value, float) else None

    def text(self, field: str) -> str:
        value = self.figures[field].value if field in self.figures else None
        return value if isinstance(value, str) else ""


def _parse(field: str, raw: str, unit: str, where: str) -> float | str:
    if field in TEXT:
        return raw
    expected, lo, hi = NUMERIC[field]
    if unit != expected:
        raise InputError([FieldProblem(f"{field}.unit", unit, expected)], where)
    try:
        value = float(raw)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and lo <= value <= hi):
        raise InputError([FieldProblem(field, raw, f"a number from {lo:g} to {hi:g} {expected}")], where)
    return value


@cache
def market_regions(market: Market) -> dict[str, Region]:
    """Every region of the pack (the national row included), checked: known fields, one row each, values in bounds,
    a source and date on every row. InputError naming the line otherwise."""
    if market.folder is None:
        return {}
    path = market.folder / "regions.csv"
    national = market.code.upper()
    rows: dict[str, dict[str, SourcedValue]] = {}
    names: dict[str, tuple[str, str]] = {}
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames != COLUMNS:
            raise InputError([FieldProblem("columns", reader.fieldnames, ",".join(COLUMNS))], f"{path}")
        for line, row in enumerate(reader, start=2):
            where = f"{path} line {line}"
            code, field = row["region"], row["field"]
            if code != national and not code.startswith(national + "-"):
                raise InputError([FieldProblem("region", code, f"{national} or {national}-XX")], where)
            if field not in NUMERIC and field not in TEXT:
                raise InputError([FieldProblem("field", field, "one of " + ", ".join([*NUMERIC, *TEXT]))], where)
            if field in rows.setdefault(code, {}):
                raise InputError([FieldProblem(f"{code}.{field}", row["value"], "one row per region and field")], where)
            if not row["source"].strip() or not row["as_of"].strip():
                raise InputError([FieldProblem(f"{code}.{field} source/as_of", "empty", "a source and its date")], where)
            value = _parse(field, row["value"], row["unit"], where)
            rows[code][field] = SourcedValue(value, row["unit"], row["source"], row["as_of"], row["note"])
            names.setdefault(code, (row["name"], row["name_zh"]))
    if national not in rows:
        raise InputError([FieldProblem("region", "missing", f"rows for the national figures ({national})")], f"{path}")
    base = rows[national]
    return {
        code: Region(code, names[code][0], names[code][1], {**base, **figures} if code != national else dict(figures))
        for code, figures in rows.items()
    }


def region_of(market: Market, code: str) -> Region:
    """One region of the market; InputError naming the code and the regions there are."""
    regions = market_regions(market)
    if code not in regions:
        raise InputError([FieldProblem(market.region_label.lower(), code, "one of " + ", ".join(sorted(regions)))])
    return regions[code]


def tiered_price(tiers: str, base_kwh: float, added_kwh: float) -> float | None:
    """The average price of `added_kwh` a year bought on top of `base_kwh` under tiers "0-2880:0.4883;2880-4800:0.5383;
    4800-:0.7883" (yearly kWh bounds): what charging at home really adds to a tiered bill. None for no tiers."""
    bands: list[tuple[float, float, float]] = []
    for part in filter(None, (p.strip() for p in tiers.split(";"))):
        span, _, price = part.partition(":")
        lo, _, hi = span.partition("-")
        bands.append((float(lo), float(hi) if hi else math.inf, float(price)))
    if not bands or added_kwh <= 0:
        return bands[0][2] if bands else None
    start, end = base_kwh, base_kwh + added_kwh
    cost = sum(price * max(0.0, min(end, hi) - max(start, lo)) for lo, hi, price in bands)
    top = max(bands, key=lambda band: band[1])
    if math.isfinite(top[1]):  # a table without an open top tier: the kWh above it at its last price (a lower bound)
        cost += top[2] * max(0.0, end - max(start, top[1]))
    return cost / added_kwh


def region_climate(region: Region) -> Climate | None:
    """The region's monthly mean temperatures as the engine's climate (deg F), None when the pack has none."""
    from buyer_app.core.region.climate import Climate

    temps_c = [region.number(f"temp_c_{m:02d}") for m in range(1, 13)]
    if any(t is None for t in temps_c):
        return None
    sources = {region.figures[f"temp_c_{m:02d}"].source for m in range(1, 13)}
    temps_f = tuple(round(float(t) * 9 / 5 + 32, 2) for t in temps_c if t is not None)
    return Climate(temps_f, f"{region.name} ({'; '.join(sorted(sources))})", region.code)


def market_region_codes(market: Market) -> tuple[str, ...]:
    """The pack's region codes, the national one first."""
    regions = market_regions(market)
    national = market.code.upper()
    return (national, *sorted(c for c in regions if c != national))


def place_name(code: str) -> str:
    """The name of a household's region: a US state's, or a market pack's city ("Shanghai")."""
    if code in STATE_NAMES:
        return STATE_NAMES[code]
    market = market_of_region(code)
    regions = market_regions(market) if not market.is_us else {}
    return regions[code].name if code in regions else code
