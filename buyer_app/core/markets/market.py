"""What a market is: its vehicle source, currency, units, test cycle and taxes, read from its pack's market.json.

The US market is the app's original data (resources/vehicles, resources/regional ...) and needs no pack; every
other market is a folder `resources/markets/<code>/`. A household's region code names its market: region codes of
a pack start with the pack's code in capitals and a hyphen ("CN-SH" is Shanghai in market "cn"); any other region
code (the US states, "US") is the US market.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from buyer_app.core.errors import FieldProblem, InputError
from buyer_app.core.files.resources import resource_path
from buyer_app.core.files.safe_read import Unreadable, read_json

US_CODE = "us"
MARKETS_DIR = "markets"
CODE_PATTERN = re.compile(r"[a-z]{2,3}")
MAX_MARKET_FILE = 1 << 20


@dataclass(frozen=True)
class SourcedFactor:
    """A number the market's data applies, with its source and date."""

    value: float
    source: str
    as_of: str
    note: str = ""


@dataclass(frozen=True)
class Market:
    """One market: where its vehicles and regional figures come from and how its amounts are written."""

    code: str
    name: str
    currency: str  # ISO 4217: the currency of every amount in the market's data and profiles
    units: str  # the units its people read: "us" or "metric"
    region_label: str  # "State", "City"
    default_region: str
    test_cycle: str  # the cycle of its published ranges and consumption (EPA, CLTC ...)
    folder: Path | None  # the pack folder; None for the US market (the app's original resources)
    vehicle_id_base: int = 0
    range_factor: SourcedFactor | None = None  # label-equivalent range = cycle range x factor
    energy_factor: SourcedFactor | None = None  # real-world consumption = cycle consumption x factor
    purchase_tax_rate: SourcedFactor | None = None  # of the price before VAT
    vat_rate: float = 0.0
    money_scale: float = 1.0  # how much larger its amounts run than US dollars (bounds of typed amounts scale by it)
    # the share of the region's yearly vehicle tax each powertrain pays (absent: all of it)
    annual_tax_shares: tuple[tuple[str, float], ...] = ()
    annual_tax_source: str = ""

    def annual_tax_share(self, powertrain: str) -> float:
        return dict(self.annual_tax_shares).get(powertrain, 1.0)

    @property
    def is_us(self) -> bool:
        return self.code == US_CODE


US_MARKET = Market(
    code=US_CODE,
    name="United States",
    currency="USD",
    units="us",
    region_label="State",
    default_region="US",
    test_cycle="EPA",
    folder=None,
)

# Amount bounds of typed money scale by about the currency's size against USD (CNY ~7 per USD in 2025-2026)
MONEY_SCALES = {"USD": 1.0, "CNY": 10.0}


def installed_market_codes() -> tuple[str, ...]:
    """ "us" and the code of every pack folder shipped (sorted)."""
    return _codes(resource_path(MARKETS_DIR))


@cache
def _codes(root: Path) -> tuple[str, ...]:
    """The packs under `root`, listed once a process (asked on every household change; the packs ship with the app)."""
    packs = sorted(p.name for p in root.iterdir() if p.is_dir() and CODE_PATTERN.fullmatch(p.name)) if root.is_dir() else []
    return (US_CODE, *packs)


def _factor(raw: object, where: str, field: str, lo: float, hi: float) -> SourcedFactor:
    if not isinstance(raw, dict):
        raise InputError([FieldProblem(field, raw, "an object with value, source and as_of")], where)
    value = raw.get("value")
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not lo <= float(value) <= hi:
        raise InputError([FieldProblem(f"{field}.value", value, f"a number from {lo:g} to {hi:g}")], where)
    source, as_of = raw.get("source"), raw.get("as_of")
    if not isinstance(source, str) or not source or not isinstance(as_of, str) or not as_of:
        raise InputError([FieldProblem(f"{field}.source/as_of", f"{source}/{as_of}", "a source and its date")], where)
    return SourcedFactor(float(value), source, as_of, str(raw.get("note", "")))


def _text(data: dict[str, object], key: str, where: str, allowed: str, pattern: str = r".{1,80}") -> str:
    value = data.get(key)
    if not isinstance(value, str) or not re.fullmatch(pattern, value):
        raise InputError([FieldProblem(key, value, allowed)], where)
    return value


@cache
def load_market(code: str) -> Market:
    """The market named `code` ("us" or an installed pack); InputError naming the code and the markets there are,
    or the pack file and field that cannot be used."""
    if code == US_CODE:
        return US_MARKET
    if not isinstance(code, str) or code not in installed_market_codes():
        raise InputError([FieldProblem("market", code, "one of " + ", ".join(installed_market_codes()))])
    folder = resource_path(MARKETS_DIR, code)
    where = f"market pack {folder / 'market.json'}"
    try:
        data = read_json(folder / "market.json", MAX_MARKET_FILE)
    except Unreadable as exc:
        raise InputError([FieldProblem("market.json", str(exc.path), exc.reason)], where) from None
    if not isinstance(data, dict) or data.get("code") != code:
        raise InputError([FieldProblem("code", data.get("code") if isinstance(data, dict) else data, code)], where)
    currency = _text(data, "currency", where, "an ISO 4217 code the app formats (" + ", ".join(MONEY_SCALES) + ")", "[A-Z]{3}")
    if currency not in MONEY_SCALES:
        raise InputError([FieldProblem("currency", currency, "one of " + ", ".join(MONEY_SCALES))], where)
    units = _text(data, "units", where, "us or metric", "us|metric")
    factors = data.get("real_world_factor")
    if not isinstance(factors, dict):
        raise InputError([FieldProblem("real_world_factor", factors, "an object with range and energy")], where)
    shared = {k: factors.get(k) for k in ("source", "as_of", "note")}
    tax = data.get("purchase_tax")
    if not isinstance(tax, dict):
        raise InputError([FieldProblem("purchase_tax", tax, "an object with rate, vat_rate, source, as_of")], where)
    vat = tax.get("vat_rate")
    if isinstance(vat, bool) or not isinstance(vat, (int, float)) or not 0 <= vat <= 0.5:
        raise InputError([FieldProblem("purchase_tax.vat_rate", vat, "a fraction from 0 to 0.5")], where)
    base = data.get("vehicle_id_base")
    if isinstance(base, bool) or not isinstance(base, int) or not 1_000_000 <= base <= 2_000_000_000:
        raise InputError([FieldProblem("vehicle_id_base", base, "a whole number from 1,000,000 to 2,000,000,000")], where)
    shares = data.get("annual_tax_shares", {})
    if not isinstance(shares, dict):
        raise InputError([FieldProblem("annual_tax_shares", shares, "an object of powertrain: share")], where)
    tax_shares: list[tuple[str, float]] = []
    for key, share in shares.items():
        if key in ("source", "as_of", "note"):
            continue
        if key not in ("bev", "phev", "hev", "ice", "diesel", "flex") or isinstance(share, bool):
            raise InputError([FieldProblem("annual_tax_shares", key, "a powertrain code: bev, phev, hev, ice")], where)
        if not isinstance(share, (int, float)) or not 0 <= share <= 1:
            raise InputError([FieldProblem(f"annual_tax_shares.{key}", share, "a share from 0 to 1")], where)
        tax_shares.append((key, float(share)))
    return Market(
        code=code,
        name=_text(data, "name", where, "the market's name"),
        currency=currency,
        units=units,
        region_label=_text(data, "region_label", where, "a word such as City"),
        default_region=_text(
            data, "default_region", where, f"a region code {code.upper()}-...", rf"{code.upper()}(-[A-Z]{{2,4}})?"
        ),
        test_cycle=_text(data, "test_cycle", where, "the test cycle's name", r"[A-Z]{3,5}"),
        folder=folder,
        vehicle_id_base=base,
        range_factor=_factor({**shared, "value": factors.get("range")}, where, "real_world_factor.range", 0.3, 1.0),
        energy_factor=_factor({**shared, "value": factors.get("energy")}, where, "real_world_factor.energy", 1.0, 2.0),
        purchase_tax_rate=_factor(tax | {"value": tax.get("rate")}, where, "purchase_tax.rate", 0.0, 0.5),
        vat_rate=float(vat),
        money_scale=MONEY_SCALES[currency],
        annual_tax_shares=tuple(tax_shares),
        annual_tax_source=f"{shares.get('source', '')} ({shares.get('as_of', '')})" if tax_shares else "",
    )


def market_of_region(region: str) -> Market:
    """The market a household's region code belongs to: "CN-SH" and "CN" -> the "cn" pack; US states -> the US."""
    head = region.split("-", 1)[0].lower() if isinstance(region, str) else ""
    if head != US_CODE and CODE_PATTERN.fullmatch(head) and head in installed_market_codes() and region.isupper():
        return load_market(head)
    return US_MARKET
