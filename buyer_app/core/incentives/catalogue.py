"""The incentive catalogue: federal, state, utility and local programs, each with its rules, dates and source.

The shipped catalogue is `resources/incentives/catalogue.json` (built by tools/import_incentives.py from the
Rewiring America data, Apache-2.0) plus `resources/incentives/curated.json` (typed from public pages, each
entry with its address). Every entry is read through `program_from_dict`, which refuses what it does not
understand rather than guess: an unknown rule never becomes money.

Over 300 lines because the program schema and its strict reader (which refuses what it does not understand) belong
together.
"""

from __future__ import annotations

import gc
import json
from dataclasses import asdict, dataclass, field
from datetime import date
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from buyer_app.core.errors import FieldProblem, InputError
from buyer_app.core.files.datasets import active_set
from buyer_app.core.files.resources import resource_path
from buyer_app.core.markets.market import market_of_region

LEVELS = ("federal", "state", "utility", "local", "other")
ITEMS = ("new_bev", "used_bev", "new_phev", "used_phev", "new_hev", "used_hev", "charger")


class Payment(StrEnum):
    """How and when an incentive reaches the buyer (the words for each are in buyer_app.text.incentives)."""

    POS_REBATE = "pos_rebate"  # taken off the price by the dealer
    REBATE = "rebate"  # weeks after purchase
    TAX_CREDIT = "tax_credit"
    ACCOUNT_CREDIT = "account_credit"  # on the electricity bill
    VOUCHER = "voucher"
    OWN_OFFER = "own_offer"  # the user's own incentive: at purchase (never in the catalogue)


PAYMENTS: tuple[str, ...] = tuple(p for p in Payment if p is not Payment.OWN_OFFER)
AT_PURCHASE = frozenset({Payment.POS_REBATE, Payment.VOUCHER, Payment.OWN_OFFER})
AMOUNT_KINDS = ("fixed", "percent", "lessor")  # lessor: claimed by the leasing company, never counted here
INCOME_KINDS = ("filing_status", "household_size", "unknown")
FILING_STATUSES = ("single", "joint", "hoh", "married_filing_separately")
ACQUISITIONS = ("buy", "lease")
TENURES = ("own", "rent")
STATUSES = ("open", "unconfirmed", "proposed")


@dataclass(frozen=True)
class IncomeRule:
    """An income limit. `limits` maps a filing status or a household size ("1".."8") to [min, max] USD/yr;
    kind "unknown" is a limit the app cannot check (area median income, county tables)."""

    kind: str
    limits: dict[str, tuple[float, float]] = field(default_factory=dict)
    text: str = ""
    source: str = ""


@dataclass(frozen=True)
class RangeTier:
    """An amount that depends on the EPA all-electric range (miles, at least `min_range_mi`)."""

    min_range_mi: float
    amount: float


@dataclass(frozen=True)
class Program:
    """One incentive as offered: who, how much, how paid, for what, for whom, when."""

    id: str
    name: str
    offered_by: str
    level: str
    state: str  # "US" for federal programs
    items: tuple[str, ...]
    amount_kind: str
    amount: float  # USD (fixed) or a fraction of the price or charger cost (percent)
    payment: str
    source: str
    checked: str  # ISO date the entry was last checked
    provenance: str
    description: str = ""
    amount_cap: float | None = None  # the most a percent (or "up to") amount can be
    range_tiers: tuple[RangeTier, ...] = ()  # when set, the amount by electric range replaces `amount`
    # the least published (test-cycle) electric range a plug-in hybrid needs, in km (China's 100 km CLTC from 2026)
    min_cycle_electric_range_km: float | None = None
    msrp_cap: float | None = None
    msrp_cap_large: float | None = None  # a higher cap for vans, SUVs and pickups (30D)
    above_cap_amount: float | None = None  # what a vehicle above the MSRP cap still gets (None: nothing)
    used_price_cap: float | None = None
    income: IncomeRule | None = None
    acquisition: tuple[str, ...] = ("buy",)
    tenure: tuple[str, ...] = ("own", "rent")
    utility: str | None = None  # authority id: only that utility's customers
    utility_name: str = ""
    area: str = ""  # a city, county or region the app cannot check from a state
    start: str | None = None  # ISO date, inclusive
    end: str | None = None  # ISO date, inclusive; None: no end date known
    paused: bool = False
    notes: str = ""
    status: str = "open"  # open | unconfirmed (whether it still pays is not known) | proposed (not enacted)
    confirmed_until: str | None = None  # the last date it is known to have paid (later purchases: not counted)
    status_note: str = ""  # what is known of its status, with the source's date


def _iso(value: object, where: str, problems: list[FieldProblem]) -> str | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError:
        problems.append(FieldProblem(where, value, "a date YYYY-MM-DD"))
        return None


def _number(raw: dict[str, Any], key: str, where: str, problems: list[FieldProblem], required: bool = False) -> float | None:
    value = raw.get(key)
    if value is None:
        if required:
            problems.append(FieldProblem(f"{where}.{key}", value, "a number"))
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value or value < 0:
        problems.append(FieldProblem(f"{where}.{key}", value, "a number of at least 0"))
        return None
    return float(value)


def _choice_list(raw: object, allowed: tuple[str, ...], where: str, problems: list[FieldProblem]) -> tuple[str, ...]:
    if not isinstance(raw, list) or not raw or any(x not in allowed for x in raw):
        problems.append(FieldProblem(where, raw, "a non-empty list of " + ", ".join(allowed)))
        return ()
    return tuple(str(x) for x in raw)


def _income(raw: object, where: str, problems: list[FieldProblem]) -> IncomeRule | None:
    if raw is None:
        return None
    if not isinstance(raw, dict) or raw.get("kind") not in INCOME_KINDS:
        problems.append(FieldProblem(where, raw, "null or {kind: " + "|".join(INCOME_KINDS) + ", limits}"))
        return None
    limits: dict[str, tuple[float, float]] = {}
    for key, pair in (raw.get("limits") or {}).items():
        ok = (
            isinstance(pair, list)
            and len(pair) == 2
            and all(isinstance(x, (int, float)) and not isinstance(x, bool) and x >= 0 for x in pair)
            and pair[0] <= pair[1]
        )
        valid_key = key in FILING_STATUSES if raw["kind"] == "filing_status" else str(key).isdigit()
        if not ok or not valid_key:
            problems.append(FieldProblem(f"{where}.limits.{key}", pair, "[min, max] USD with min <= max"))
            continue
        limits[str(key)] = (float(pair[0]), float(pair[1]))
    if raw["kind"] != "unknown" and not limits:
        problems.append(FieldProblem(f"{where}.limits", raw.get("limits"), "at least one limit"))
    return IncomeRule(str(raw["kind"]), limits, str(raw.get("text", "")), str(raw.get("source", "")))


def program_from_dict(raw: dict[str, Any]) -> Program:
    """One catalogue entry, validated; raises InputError naming every field it cannot use."""
    problems: list[FieldProblem] = []
    where = f"incentive {raw.get('id', '?')}"

    def text(key: str, required: bool = True) -> str:
        value = raw.get(key, "")
        if not isinstance(value, str) or (required and not value.strip()):
            problems.append(FieldProblem(f"{where}.{key}", value, "a non-empty text"))
            return ""
        return value

    def one_of(key: str, allowed: tuple[str, ...]) -> str:
        value = raw.get(key)
        if value not in allowed:
            problems.append(FieldProblem(f"{where}.{key}", value, "one of " + ", ".join(allowed)))
            return allowed[0]
        return str(value)

    tiers = []
    for k, tier in enumerate(raw.get("range_tiers") or []):
        lo = _number(tier, "min_range_mi", f"{where}.range_tiers[{k}]", problems, True)
        amount = _number(tier, "amount", f"{where}.range_tiers[{k}]", problems, True)
        if lo is not None and amount is not None:
            tiers.append(RangeTier(lo, amount))
    amount_kind = one_of("amount_kind", AMOUNT_KINDS)
    amount = _number(raw, "amount", where, problems, required=True) or 0.0
    if amount_kind == "percent" and amount > 1:
        problems.append(FieldProblem(f"{where}.amount", amount, "a fraction from 0 to 1 for a percent amount"))
    start, end = _iso(raw.get("start"), f"{where}.start", problems), _iso(raw.get("end"), f"{where}.end", problems)
    if start and end and end < start:
        problems.append(FieldProblem(f"{where}.end", end, f"on or after the start {start}"))
    checked = _iso(raw.get("checked"), f"{where}.checked", problems)
    if not checked:
        problems.append(FieldProblem(f"{where}.checked", raw.get("checked"), "the date the entry was last checked"))
    paused = raw.get("paused", False)
    if not isinstance(paused, bool):
        problems.append(FieldProblem(f"{where}.paused", paused, "true or false"))
    status = raw.get("status", "open")
    if status not in STATUSES:
        problems.append(FieldProblem(f"{where}.status", status, "one of " + ", ".join(STATUSES)))
        status = "open"
    confirmed_until = _iso(raw.get("confirmed_until"), f"{where}.confirmed_until", problems)
    program = Program(
        id=text("id"),
        name=text("name"),
        offered_by=text("offered_by"),
        level=one_of("level", LEVELS),
        state=text("state"),
        items=_choice_list(raw.get("items"), ITEMS, f"{where}.items", problems),
        amount_kind=amount_kind,
        amount=amount,
        payment=one_of("payment", PAYMENTS),
        source=text("source"),
        checked=checked or "",
        provenance=text("provenance"),
        description=text("description", False),
        amount_cap=_number(raw, "amount_cap", where, problems),
        range_tiers=tuple(tiers),
        min_cycle_electric_range_km=_number(raw, "min_cycle_electric_range_km", where, problems),
        msrp_cap=_number(raw, "msrp_cap", where, problems),
        msrp_cap_large=_number(raw, "msrp_cap_large", where, problems),
        above_cap_amount=_number(raw, "above_cap_amount", where, problems),
        used_price_cap=_number(raw, "used_price_cap", where, problems),
        income=_income(raw.get("income"), f"{where}.income", problems),
        acquisition=_choice_list(raw.get("acquisition", ["buy"]), ACQUISITIONS, f"{where}.acquisition", problems),
        tenure=_choice_list(raw.get("tenure", list(TENURES)), TENURES, f"{where}.tenure", problems),
        utility=raw.get("utility") or None,
        utility_name=str(raw.get("utility_name") or ""),
        area=str(raw.get("area") or ""),
        start=start,
        end=end,
        paused=bool(paused),
        notes=str(raw.get("notes") or ""),
        status=str(status),
        confirmed_until=confirmed_until,
        status_note=str(raw.get("status_note") or ""),
    )
    if program.level == "utility" and not program.utility:
        problems.append(FieldProblem(f"{where}.utility", raw.get("utility"), "the utility's id for a utility program"))
    if problems:
        raise InputError(problems, "incentive catalogue")
    return program


def program_to_dict(program: Program) -> dict[str, Any]:
    """The JSON form of an entry (what the importer writes and `program_from_dict` reads)."""
    raw = asdict(program)
    raw["items"], raw["acquisition"], raw["tenure"] = list(program.items), list(program.acquisition), list(program.tenure)
    if program.income is not None:
        raw["income"]["limits"] = {k: list(v) for k, v in program.income.limits.items()}
    return {k: v for k, v in raw.items() if v not in (None, "", [], ())}


@dataclass(frozen=True)
class Catalogue:
    """Every program the app knows, and the utilities it can tell apart per state."""

    programs: tuple[Program, ...]
    utilities: dict[str, tuple[tuple[str, str], ...]]  # state -> ((id, name), ...)
    notice: str  # licence and provenance line for the imported part

    def for_state(self, state: str) -> tuple[Program, ...]:
        return tuple(p for p in self.programs if p.state in ("US", state))


def active_catalogue_path() -> tuple[Path, str]:
    """The active imported catalogue (the user's import of `db import --kind incentives`, else the shipped one) and
    why an import was not used ("" when it was, or when there is none)."""
    shipped = resource_path("incentives", "catalogue.json")
    try:
        found = active_set("incentives")
    except (OSError, ValueError) as exc:
        return shipped, f"the imported incentives could not be read ({exc}); using the shipped ones"
    if found is None:
        return shipped, ""
    path = found[0] / "catalogue.json"
    return (path, "") if path.is_file() else (shipped, f"the imported incentives {path} are missing; using the shipped ones")


@cache
def _read(name: str, folder: Path | None = None) -> dict[str, Any]:
    if folder is None and name == "catalogue.json":
        path = active_catalogue_path()[0]
        if path != resource_path("incentives", name):
            try:
                return _parse(path.read_text(encoding="utf-8"), name)
            except (OSError, ValueError):  # an import damaged since: the shipped catalogue stands in
                path = resource_path("incentives", name)
    else:
        path = folder / name if folder is not None else resource_path("incentives", name)
    return _parse(path.read_text(encoding="utf-8"), name)


def _parse(text: str, name: str) -> dict[str, Any]:
    # tens of thousands of small objects: with the vehicle table loaded, the collector's passes during the
    # parse cost ten times the parse itself (55 ms instead of 5 in the window)
    collecting = gc.isenabled()
    gc.disable()
    try:
        data = json.loads(text)
    finally:
        if collecting:
            gc.enable()
    if not isinstance(data, dict) or not isinstance(data.get("programs"), list):
        raise InputError([FieldProblem(name, type(data).__name__, '{"programs": [...]}')], "incentive catalogue")
    return data


@cache
def load_catalogue() -> Catalogue:
    """The shipped catalogue (imported + curated); curated entries replace imported ones with the same id."""
    imported, curated = _read("catalogue.json"), _read("curated.json")
    by_id = {p.id: p for p in (program_from_dict(r) for r in imported["programs"])}
    by_id.update({p.id: p for p in (program_from_dict(r) for r in curated["programs"])})
    utilities = {
        state: tuple((str(u["id"]), str(u["name"])) for u in rows) for state, rows in imported.get("utilities", {}).items()
    }
    return Catalogue(tuple(by_id.values()), utilities, str(imported.get("notice", "")))


@cache
def programs_for(state: str) -> tuple[Program, ...]:
    """The federal programs and those of `state`, validated on first use (a window in one state does not
    pay for reading the other fifty)."""
    market = market_of_region(state)
    if market.folder is not None:  # a market pack's own programs: national (its bare code) and the region's
        wanted = (market.code.upper(), state)
        pack = _read("incentives.json", market.folder) if (market.folder / "incentives.json").is_file() else {"programs": []}
        return tuple(program_from_dict(r) for r in pack["programs"] if r.get("state") in wanted)
    wanted = ("US", state)
    curated = _read("curated.json")
    # the imported part holds no federal program (the curated entries carry them; tested), so a household
    # without a state does not read it
    imported = _read("catalogue.json") if state != "US" else {"programs": []}
    by_id = {r.get("id"): program_from_dict(r) for r in imported["programs"] if r.get("state") in wanted}
    by_id.update({r.get("id"): program_from_dict(r) for r in curated["programs"] if r.get("state") in wanted})
    return tuple(by_id.values())


def utilities_for(state: str) -> tuple[tuple[str, str], ...]:
    """The electric utilities the incentive data names for `state` ((id, name), sorted by name)."""
    if state == "US" or not market_of_region(state).is_us:
        return ()
    rows = _read("catalogue.json").get("utilities", {}).get(state, [])
    return tuple((str(u["id"]), str(u["name"])) for u in rows)


def catalogue_notice() -> str:
    """The licence and provenance line of the imported part of the catalogue."""
    return str(_read("catalogue.json").get("notice", ""))


def clear_caches() -> None:
    """Forget what was read (the shipped files changed, or a test points the resources elsewhere)."""
    for cached in (_read, load_catalogue, programs_for):
        cached.cache_clear()
