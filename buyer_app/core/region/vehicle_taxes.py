"""Title, registration and value-based vehicle taxes by US state, applied to vehicles by value and age.

The table (resources/regional/vehicle_taxes.csv, built by tools/build_vehicle_tax_table.py, described in
resources/regional/SOURCES.md) holds, per state, rows of four components: `title` (one time, at purchase),
`registration` (flat, yearly), `value_tax` (yearly, on the vehicle's value: California's VLF, Massachusetts'
excise, Colorado's specific ownership tax...) and `surcharge_value` (an EV or plug-in hybrid surcharge set by
value: Minnesota from 2026). Every row carries its rule in words, its source, date and reliability. Only rows
with status `counted` are used; `gap` rows name what is missing (a local rate, a market value) and `none` rows
say the state has no such charge.

A row's charge in year k of the vehicle's life (k = 1 in the first; with `age_from = purchase`, as in
California, k counts the current owner's years):
    value = base x base_share, where base is the MSRP or the price paid (class midpoint if base_class_usd)
    brackets on the base:   bracket(value) x share(k)
    brackets on the value:  bracket(value x share(k))
    rate:                   amount_usd + rate x value x share(k)
    otherwise:              amount_usd x share(k)
then held within minimum_usd..maximum_usd. `age_schedule` steps ("1:1;2:0.9;...") hold until the next step;
a step "$X" replaces the charge by X dollars from that year (Colorado's $3 from year 10); a step "?" is a share
no source gives: the next step's share is used (a lower bound for these declining schedules) and the year is
marked estimated. Rows limited to an area (Washington's Sound Transit district, Nevada's Clark and Churchill
counties) count only when the caller names the area: the app knows the state, not the address.

A value-based surcharge replaces the flat one for its powertrain: max(flat surcharge, its value charge), the
flat figure being the household's own (from state_defaults.csv unless the user changed it); the row's own
minimum_usd documents the state's floor. Where a state has no such row the flat surcharge is charged as given.
MSRP-based rows read the MSRP; a new vehicle without one is taxed on its price (flagged `msrp_from_price`). A
vehicle whose base is unknown pays none of that row (flagged: `priced` False); its flat fees still count.
Each state's rules, as the state defines them, are in the table's `rule` and `note` columns (the code holds
no state-specific rule); `vehicle_tax_rules(state)` returns them for display.

Over 300 lines on purpose: the table's reader, its validation (every column checked, a bad row named) and the
one vectorised formula every state's rows go through belong together; the states' rules themselves are data, not
code.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import cast

import numpy as np
import numpy.typing as npt

from buyer_app.core.errors import FieldProblem, InputError
from buyer_app.core.files.resources import resource_path
from buyer_app.core.region.state_figures import STATE_NAMES, STATES

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]

TAX_FILE = ("regional", "vehicle_taxes.csv")
COLUMNS = [
    "state",
    "component",
    "charge",
    "status",
    "applies_to",
    "area",
    "amount_usd",
    "rate",
    "base",
    "base_share",
    "base_class_usd",
    "brackets",
    "bracket_on",
    "age_schedule",
    "age_from",
    "minimum_usd",
    "maximum_usd",
    "rule",
    "source_url",
    "as_of",
    "reliability",
    "note",
    "missing",
]
COMPONENTS = ("title", "registration", "value_tax", "surcharge_value")
STATUSES = ("counted", "gap", "none")
APPLIES_TO = ("all", "bev", "phev", "hev")
BASES = ("", "msrp", "price", "market_value")  # market_value: a market guide's value the app does not hold (gaps)
BRACKET_ON = ("", "base", "value")
AGE_FROM = ("", "model_year", "purchase")
RELIABILITY = ("", "official", "copy", "secondary")  # state/local page or statute; a copy on a legal/mirror site
MAX_YEAR = 100  # schedules are looked up to this year of life; later years take its value
MAX_YEARS = 60  # most years of ownership value_taxes computes


@dataclass(frozen=True)
class Step:
    """From `year` on: `share` of the rate x value (or of the amount), or a flat `usd`, or a share no source gives."""

    year: int
    share: float | None = None
    usd: float | None = None  # "$X"
    unknown: bool = False  # "?"


@dataclass(frozen=True)
class TaxRule:
    """One row of the table, parsed; also the explanation record shown for a state's charges."""

    state: str
    component: str
    charge: str
    status: str
    applies_to: str
    area: str
    amount_usd: float | None
    rate: float | None
    base: str
    base_share: float
    base_class_usd: float | None
    brackets: tuple[tuple[float, float], ...]  # (lower bound USD, amount USD), ascending from 0
    bracket_on: str
    schedule: tuple[Step, ...]
    age_from: str
    minimum_usd: float | None
    maximum_usd: float | None
    rule: str  # the rule in words, as the table states it
    source_url: str
    as_of: str
    reliability: str
    note: str
    missing: str

    @property
    def counted(self) -> bool:
        return self.status == "counted"

    @property
    def needs_value(self) -> bool:
        return self.rate is not None or bool(self.brackets)


@dataclass(frozen=True)
class ValueTaxes:
    """Yearly government charges of N vehicles over Y years of ownership (USD, year 1 first)."""

    value_tax: FloatArray  # (N, Y) value-based taxes (VLF, excise, specific ownership tax...)
    surcharge: FloatArray  # (N, Y) EV/PHEV/hybrid surcharge: the flat one, or the state's value rule where it has one
    registration: FloatArray  # (N, Y) flat registration by age (and powertrain where the state says so)
    priced: BoolArray  # (N,) False: a value-based charge applies but its base (MSRP or price) is unknown: counted 0
    msrp_from_price: BoolArray  # (N,) a new vehicle without an MSRP: its price stands for it
    estimated: BoolArray  # (N, Y) a year whose share no source gives (a lower bound was used)
    rules: tuple[TaxRule, ...]  # every row of the state, counted or not, for display
    applied: BoolArray  # (N, R) rule r applies to the vehicle (counted, its powertrain and area, its base known)
    by_rule: FloatArray  # (R, N, Y) what each rule charges (a value-based surcharge: the surcharge charged)

    @property
    def total(self) -> FloatArray:
        """(N, Y) all three together."""
        return np.asarray(self.value_tax + self.surcharge + self.registration, dtype=np.float64)


def _problem(where: str, field: str, raw: object, allowed: str) -> InputError:
    return InputError([FieldProblem(field, raw, allowed)], where)


def _number(raw: str, lo: float, hi: float, field: str, where: str) -> float | None:
    if raw == "":
        return None
    try:
        value = float(raw)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and lo <= value <= hi):
        raise _problem(where, field, raw, f"empty or a number from {lo:g} to {hi:g}")
    return value


def _schedule(raw: str, field: str, where: str) -> tuple[Step, ...]:
    if raw == "":
        return ()
    allowed = "steps 'year:share' ('1:1;2:0.9'), share 0-2, '$USD' or '?', years rising from 1, '?' not last"
    steps: list[Step] = []
    for part in raw.split(";"):
        year_text, sep, value = part.partition(":")
        try:
            year = int(year_text)
        except ValueError:
            raise _problem(where, field, raw, allowed) from None
        if not sep or not 1 <= year <= MAX_YEAR or (steps and year <= steps[-1].year) or (not steps and year != 1):
            raise _problem(where, field, raw, allowed)
        if value == "?":
            steps.append(Step(year, unknown=True))
        elif value.startswith("$"):
            steps.append(Step(year, usd=_number(value[1:] or "x", -10_000, 10_000, field, where)))
        else:
            share = _number(value or "x", 0, 2, field, where)
            steps.append(Step(year, share=share))
    if steps[-1].unknown or any(a.unknown and b.share is None for a, b in zip(steps, steps[1:], strict=False)):
        raise _problem(where, field, raw, allowed)
    return tuple(steps)


def _brackets(raw: str, field: str, where: str) -> tuple[tuple[float, float], ...]:
    if raw == "":
        return ()
    allowed = "steps 'lower bound:USD' rising from 0 ('0:25;4000:35')"
    out: list[tuple[float, float]] = []
    for part in raw.split(";"):
        lower, sep, amount = part.partition(":")
        lo = _number(lower or "x", 0, 10_000_000, field, where) if sep else None
        usd = _number(amount or "x", 0, 100_000, field, where) if sep else None
        if lo is None or usd is None or (out and lo <= out[-1][0]) or (not out and lo != 0):
            raise _problem(where, field, raw, allowed)
        out.append((lo, usd))
    return tuple(out)


def _choice(row: dict[str, str], column: str, allowed: tuple[str, ...], where: str, field: str) -> str:
    value = row[column]
    if value not in allowed:
        raise _problem(where, field, value, " | ".join(a or "(empty)" for a in allowed))
    return value


def _rule(row: dict[str, str], line: int, where: str) -> TaxRule:
    """One row as a TaxRule; InputError naming the state, component, line and column when it is not allowed."""
    state = row["state"]
    if state not in STATES:
        raise _problem(where, f"line {line}: state", state, "a state code or DC (no US rows)")
    head = f"{state}.{row['component']} (line {line})"
    component = _choice(row, "component", COMPONENTS, where, f"{head}: component")
    status = _choice(row, "status", STATUSES, where, f"{head}: status")
    applies_to = _choice(row, "applies_to", APPLIES_TO, where, f"{head}: applies_to")
    base = _choice(row, "base", BASES, where, f"{head}: base")
    bracket_on = _choice(row, "bracket_on", BRACKET_ON, where, f"{head}: bracket_on")
    age_from = _choice(row, "age_from", AGE_FROM, where, f"{head}: age_from")
    reliability = _choice(row, "reliability", RELIABILITY, where, f"{head}: reliability")
    amount = _number(row["amount_usd"], -10_000, 100_000, f"{head}: amount_usd", where)
    rate = _number(row["rate"], 1e-6, 0.2, f"{head}: rate", where)
    share = _number(row["base_share"], 1e-6, 1, f"{head}: base_share", where)
    base_class = _number(row["base_class_usd"], 1, 100_000, f"{head}: base_class_usd", where)
    minimum = _number(row["minimum_usd"], 0, 100_000, f"{head}: minimum_usd", where)
    maximum = _number(row["maximum_usd"], 0, 100_000, f"{head}: maximum_usd", where)
    rule = TaxRule(
        state,
        component,
        row["charge"],
        status,
        applies_to,
        row["area"],
        amount,
        rate,
        base,
        1.0 if share is None else share,
        base_class,
        _brackets(row["brackets"], f"{head}: brackets", where),
        bracket_on,
        _schedule(row["age_schedule"], f"{head}: age_schedule", where),
        age_from,
        minimum,
        maximum,
        row["rule"],
        row["source_url"],
        row["as_of"],
        reliability,
        row["note"],
        row["missing"],
    )
    _check_rule(rule, row, head, where)
    return rule


def _check_rule(r: TaxRule, row: dict[str, str], head: str, where: str) -> None:
    """The combinations a row may hold: a counted row computes, a gap says what is missing, a none holds no figure."""

    def need(ok: bool, column: str, allowed: str) -> None:
        if not ok:
            raise _problem(where, f"{head}: {column}", row[column], allowed)

    has_figure = r.amount_usd is not None or r.rate is not None or bool(r.brackets)
    need(r.charge != "" and r.rule != "", "rule", "a charge name and its rule in words")
    need(r.as_of != "", "as_of", "the date the figure stands for (or 'undated ...')")
    if r.status != "counted":
        for column in ("amount_usd", "rate", "brackets", "age_schedule"):
            need(row[column] == "", column, f"no figure in a '{r.status}' row (amount, rate, brackets and schedule empty)")
        need(r.status != "gap" or r.missing != "", "missing", "what is missing, for a gap")
        return
    need(r.source_url.startswith(("https://", "http://")), "source_url", "the address of the source")
    need(r.reliability != "", "reliability", "official | copy | secondary")
    need(has_figure, "amount_usd", "an amount, a rate or brackets in a counted row")
    need(not (r.rate is not None and r.brackets), "rate", "a rate or brackets, not both")
    need(not r.needs_value or r.base in ("msrp", "price"), "base", "msrp | price for a rate or brackets")
    need(not r.brackets or r.bracket_on != "", "bracket_on", "base | value for brackets")
    need(not r.schedule or r.age_from != "", "age_from", "model_year | purchase for an age schedule")
    need(r.minimum_usd is None or r.maximum_usd is None or r.minimum_usd <= r.maximum_usd, "maximum_usd", "at least the minimum")
    need(
        r.amount_usd is None or r.amount_usd >= 0 or (r.component == "registration" and r.applies_to != "all"),
        "amount_usd",
        "not negative (only a powertrain's registration may be a reduction)",
    )
    if r.component == "title":
        need(
            r.amount_usd is not None and not r.needs_value and not r.schedule,
            "amount_usd",
            "a flat one-time amount for a title row",
        )
    if r.component == "registration":
        need(not r.needs_value, "rate", "empty: registration rows are flat (value rules are value_tax rows)")
    if r.component == "surcharge_value":
        need(r.applies_to != "all" and r.rate is not None, "applies_to", "bev | phev | hev with a rate")


@cache
def _table() -> dict[str, tuple[TaxRule, ...]]:
    """The shipped table, checked: every row parsed, every state with title, registration and value_tax rows."""
    path = resource_path(*TAX_FILE)
    where = f"vehicle tax table {path}"
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames != COLUMNS:
            raise _problem(where, "columns", reader.fieldnames, ",".join(COLUMNS))
        rules: dict[str, list[TaxRule]] = {}
        for line, row in enumerate(reader, start=2):
            if None in row or any(v is None for v in row.values()):
                raise _problem(where, f"line {line}", row.get(None, ""), f"{len(COLUMNS)} cells")
            rules.setdefault(row["state"], []).append(_rule(row, line, where))
    gaps = [
        f"{s}.{c}"
        for s in STATES
        for c in ("title", "registration", "value_tax")
        if not any(r.component == c for r in rules.get(s, []))
    ]
    if gaps:
        raise _problem(
            where, "rows", ", ".join(gaps), "a title, registration and value_tax row (or a gap/none row) for every state"
        )
    for state, mine in rules.items():
        kinds = [r.applies_to for r in mine if r.component == "surcharge_value" and r.counted]
        if len(kinds) != len(set(kinds)):
            raise _problem(where, f"{state}.surcharge_value", kinds, "one counted row per powertrain")
    return {s: tuple(rules[s]) for s in STATES}


def _key(state: str) -> str:
    key = state.strip().upper() if isinstance(state, str) else ""
    if key not in STATE_NAMES:
        raise InputError([FieldProblem("state", state, "a US state code (" + ", ".join(sorted(STATE_NAMES)) + ")")])
    return key


def vehicle_tax_rules(state: str) -> tuple[TaxRule, ...]:
    """Every row of a state (none for `US`), counted or not, in table order."""
    key = _key(state)
    return () if key == "US" else _table()[key]


def known_areas() -> dict[str, tuple[str, ...]]:
    """Area name -> the states with a charge limited to it (`sound_transit`: WA, `clark_churchill`: NV)."""
    found: dict[str, set[str]] = {}
    for mine in _table().values():
        for r in mine:
            if r.area:
                found.setdefault(r.area, set()).add(r.state)
    return {a: tuple(sorted(s)) for a, s in sorted(found.items())}


@cache
def _lut(schedule: tuple[Step, ...]) -> tuple[FloatArray, FloatArray, BoolArray]:
    """Share, flat dollars (NaN: none) and estimated flag for years of life 0..MAX_YEAR (index 0 unused)."""
    share = np.ones(MAX_YEAR + 1)
    usd = np.full(MAX_YEAR + 1, np.nan)
    unknown = np.zeros(MAX_YEAR + 1, dtype=bool)
    for i, step in enumerate(schedule):
        span = slice(step.year, MAX_YEAR + 1)
        if step.usd is not None:
            usd[span], share[span], unknown[span] = step.usd, 0.0, False
            continue
        usd[span] = np.nan
        filled = step.share if step.share is not None else schedule[i + 1].share
        share[span], unknown[span] = filled, step.unknown
    return share, usd, unknown


def _first_year(rule: TaxRule) -> float:
    """A flat row's charge in year 1 (the new-car figure)."""
    share, usd, _ = _lut(rule.schedule)
    return float(usd[1]) if not math.isnan(usd[1]) else (rule.amount_usd or 0.0) * float(share[1])


def flat_fees(state: str) -> dict[str, float]:
    """The passenger-car flat fees of a state: `title_fees` (USD, one time) and `registration_annual` (USD a year,
    the figure for a new car); `US` (no state chosen): zeros. Area-limited and powertrain rows are left out."""
    rules = [r for r in vehicle_tax_rules(state) if r.counted and r.applies_to == "all" and not r.area]
    return {
        "title_fees": float(sum((r.amount_usd or 0.0 for r in rules if r.component == "title"), 0.0)),
        "registration_annual": float(sum((_first_year(r) for r in rules if r.component == "registration"), 0.0)),
    }


def _bracket(rule: TaxRule, value: FloatArray) -> FloatArray:
    lower = np.array([b[0] for b in rule.brackets])
    amount = np.array([b[1] for b in rule.brackets])
    index = np.clip(np.searchsorted(lower, np.nan_to_num(value), side="right") - 1, 0, len(lower) - 1)
    return np.asarray(amount[index], dtype=np.float64)


def _charge(
    rule: TaxRule, value: FloatArray, life_year: npt.NDArray[np.int64] | None, floor: bool = True
) -> tuple[FloatArray, BoolArray | None]:
    """(N, Y) charge of one rule (or (N, 1) / (1, 1) when it does not change with the year) and the years it
    estimated (None: none); `value` (N,) is base x base_share (NaN: unknown); `life_year` (N, Y) the year of
    life of each vehicle in each year of ownership (None when the rule has no schedule).
    `floor`: apply the row's minimum (a value-based surcharge is floored by the household's flat one instead)."""
    share: FloatArray | float = 1.0
    usd: FloatArray | None = None
    unknown: BoolArray | None = None
    if rule.schedule and life_year is not None:
        share_lut, usd_lut, unknown_lut = _lut(rule.schedule)
        share = share_lut[life_year]
        if any(step.usd is not None for step in rule.schedule):
            usd = usd_lut[life_year]
        if any(step.unknown for step in rule.schedule):
            unknown = unknown_lut[life_year] if usd is None else unknown_lut[life_year] & np.isnan(usd)
    if rule.brackets and rule.bracket_on == "base":
        charge = _bracket(rule, value)[:, None] * share
    elif rule.brackets:
        charge = _bracket(rule, value[:, None] * share)
    elif rule.rate is not None:
        charge = (rule.amount_usd or 0.0) + (rule.rate * value)[:, None] * share
    else:
        charge = np.full((1, 1), rule.amount_usd or 0.0) * share
    if rule.minimum_usd is not None and floor:
        charge = np.maximum(charge, rule.minimum_usd)
    if rule.maximum_usd is not None:
        charge = np.minimum(charge, rule.maximum_usd)
    if usd is not None:
        charge = np.where(np.isnan(usd), charge, usd)
    return np.asarray(charge, dtype=np.float64), unknown


def _inputs(
    powertrain: object, msrp: object, price: object, age_at_purchase: object, years: object, surcharge_flat: object
) -> tuple[npt.NDArray[np.str_], FloatArray, FloatArray, npt.NDArray[np.int64], int, FloatArray]:
    pt = np.asarray(powertrain, dtype=str).ravel()
    n = len(pt)
    problems: list[FieldProblem] = []
    if not isinstance(years, int | np.integer) or isinstance(years, bool) or not 1 <= int(years) <= MAX_YEARS:
        problems.append(FieldProblem("years", years, f"a whole number of years from 1 to {MAX_YEARS}"))
    arrays: dict[str, FloatArray] = {}
    for name, raw in (("msrp", msrp), ("price", price), ("age_at_purchase", age_at_purchase), ("surcharge_flat", surcharge_flat)):
        try:
            arr = np.asarray(raw, dtype=np.float64)
            arr = np.broadcast_to(arr, (n,)).copy() if arr.ndim == 0 else arr.ravel()
        except (TypeError, ValueError):
            problems.append(FieldProblem(name, raw, f"numbers, one per vehicle ({n})"))
            continue
        if len(arr) != n:
            problems.append(FieldProblem(name, f"{len(arr)} values", f"one per vehicle ({n})"))
        elif name in ("msrp", "price") and np.any(arr[~np.isnan(arr)] < 0):
            problems.append(FieldProblem(name, arr.tolist()[:10], "USD, not negative (NaN: unknown)"))
        elif name == "age_at_purchase" and not np.all((arr >= 0) & (arr <= MAX_YEAR) & (arr == np.round(arr))):
            problems.append(FieldProblem(name, arr.tolist()[:10], f"whole years from 0 (new) to {MAX_YEAR}"))
        elif name == "surcharge_flat" and not np.all(np.isfinite(arr) & (arr >= 0)):
            problems.append(FieldProblem(name, arr.tolist()[:10], "USD a year, not negative"))
        arrays[name] = arr
    if problems:
        raise InputError(problems, "value_taxes")
    n_years = int(cast(int, years))  # checked above
    return pt, arrays["msrp"], arrays["price"], arrays["age_at_purchase"].astype(np.int64), n_years, arrays["surcharge_flat"]


def value_taxes(
    state: str,
    powertrain: npt.ArrayLike,
    msrp: npt.ArrayLike,
    price: npt.ArrayLike,
    age_at_purchase: npt.ArrayLike,
    years: int,
    surcharge_flat: npt.ArrayLike,
    areas: Iterable[str] = (),
) -> ValueTaxes:
    """The yearly value-based taxes, surcharges and registration of N vehicles kept `years` years in `state`.

    powertrain ('bev', 'phev', 'hev', 'ice', ...), msrp and price (USD, NaN: unknown), age_at_purchase (whole
    years, 0 = new) and surcharge_flat (the household's flat EV/PHEV/hybrid surcharge for each vehicle, USD a
    year) have one value per vehicle. `areas`: the local areas the household lives in; a charge
    limited to an area is left out otherwise (see `known_areas()`). `US` (no state): no taxes, the flat surcharge as given.
    """
    rules = vehicle_tax_rules(state)
    pt, msrp_a, price_a, age, n_years, flat = _inputs(powertrain, msrp, price, age_at_purchase, years, surcharge_flat)
    chosen = set(areas)
    known = set(known_areas())
    if chosen - known:
        raise InputError([FieldProblem("areas", sorted(chosen - known), "area names: " + ", ".join(sorted(known)))])
    n = len(pt)
    from_price = np.isnan(msrp_a) & ~np.isnan(price_a) & (age == 0)
    msrp_a = np.where(from_price, price_a, msrp_a)
    t = np.arange(n_years)
    life = {
        "model_year": np.clip(age[:, None] + t[None, :] + 1, 1, MAX_YEAR),
        "purchase": np.clip(np.broadcast_to(t[None, :] + 1, (n, n_years)), 1, MAX_YEAR),
    }
    out = {c: np.zeros((n, n_years)) for c in ("value_tax", "registration")}
    surcharge = np.broadcast_to(flat[:, None], (n, n_years)).copy()
    priced = np.ones(n, dtype=bool)
    estimated = np.zeros((n, n_years), dtype=bool)
    applied = np.zeros((n, len(rules)), dtype=bool)
    by_rule = np.zeros((len(rules), n, n_years))
    for j, rule in enumerate(rules):
        if not rule.counted or rule.component == "title" or (rule.area and rule.area not in chosen):
            continue
        mask = np.ones(n, dtype=bool) if rule.applies_to == "all" else pt == rule.applies_to
        value = np.zeros(n)
        if rule.needs_value:
            base = msrp_a if rule.base == "msrp" else price_a
            if rule.base_class_usd:
                base = np.floor(base / rule.base_class_usd) * rule.base_class_usd + rule.base_class_usd / 2
            value = base * rule.base_share
            priced &= ~(mask & np.isnan(value))
            mask = mask & ~np.isnan(value)
        if not mask.any():
            continue
        charge, unknown = _charge(rule, value, life.get(rule.age_from), floor=rule.component != "surcharge_value")
        if rule.component == "surcharge_value":
            charge = np.maximum(flat[:, None], charge)
        charge = np.broadcast_to(charge, (n, n_years))
        everyone = bool(mask.all())
        applied[:, j] = mask
        if unknown is not None:
            estimated |= unknown if everyone else unknown & mask[:, None]
        by_rule[j] = charge if everyone else np.where(mask[:, None], charge, 0.0)
        if rule.component == "surcharge_value":
            surcharge[mask] = charge[mask]
        else:
            out[rule.component] += by_rule[j]
    return ValueTaxes(out["value_tax"], surcharge, out["registration"], priced, from_price, estimated, rules, applied, by_rule)
