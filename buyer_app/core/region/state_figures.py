"""Regional defaults by US state: prices, taxes, fees and grid, each value with its source and as-of date.

The table (resources/regional/state_defaults.csv, built by tools/build_state_table.py) holds one row per
(state, field) for the 50 states, DC and `US`, the national figures used when no state is chosen. A value
can be missing for a state (the row's note says why): the household then keeps its own value.
"""

from __future__ import annotations

import csv
import io
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from buyer_app.core.errors import FieldProblem, InputError
from buyer_app.core.files.datasets import active_set
from buyer_app.core.files.resources import resource_path

REGIONAL_FILE = ("regional", "state_defaults.csv")


@dataclass(frozen=True)
class SourcedValue:
    """One regional value with its unit, where it comes from and the date it stands for."""

    value: float | str | None  # None = missing for this state
    unit: str
    source: str
    as_of: str
    note: str = ""


STATE_NAMES: dict[str, str] = {
    "AL": "Alabama",
    "AK": "Alaska",
    "AZ": "Arizona",
    "AR": "Arkansas",
    "CA": "California",
    "CO": "Colorado",
    "CT": "Connecticut",
    "DE": "Delaware",
    "DC": "District of Columbia",
    "FL": "Florida",
    "GA": "Georgia",
    "HI": "Hawaii",
    "ID": "Idaho",
    "IL": "Illinois",
    "IN": "Indiana",
    "IA": "Iowa",
    "KS": "Kansas",
    "KY": "Kentucky",
    "LA": "Louisiana",
    "ME": "Maine",
    "MD": "Maryland",
    "MA": "Massachusetts",
    "MI": "Michigan",
    "MN": "Minnesota",
    "MS": "Mississippi",
    "MO": "Missouri",
    "MT": "Montana",
    "NE": "Nebraska",
    "NV": "Nevada",
    "NH": "New Hampshire",
    "NJ": "New Jersey",
    "NM": "New Mexico",
    "NY": "New York",
    "NC": "North Carolina",
    "ND": "North Dakota",
    "OH": "Ohio",
    "OK": "Oklahoma",
    "OR": "Oregon",
    "PA": "Pennsylvania",
    "RI": "Rhode Island",
    "SC": "South Carolina",
    "SD": "South Dakota",
    "TN": "Tennessee",
    "TX": "Texas",
    "UT": "Utah",
    "VT": "Vermont",
    "VA": "Virginia",
    "WA": "Washington",
    "WV": "West Virginia",
    "WI": "Wisconsin",
    "WY": "Wyoming",
    "US": "United States (average)",
}
STATES: tuple[str, ...] = tuple(sorted((c for c in STATE_NAMES if c != "US"), key=STATE_NAMES.__getitem__))

# Numeric household fields the table fills, with the bounds a shipped value must lie within
BOUNDS: dict[str, tuple[float, float]] = {
    "electricity_price": (0.03, 1.0),  # USD/kWh
    "gas_price": (1.0, 10.0),  # USD/gal
    "midgrade_price": (1.0, 10.0),
    "premium_price": (1.0, 10.0),
    "sales_tax_rate": (0.0, 0.2),  # fraction
    "sales_tax_cap": (0.0, 100_000.0),  # USD, 0 = no cap
    "bev_surcharge": (0.0, 1000.0),  # USD/yr
    "phev_surcharge": (0.0, 1000.0),
    "hev_surcharge": (0.0, 1000.0),
    "grid_co2_lb_per_mwh": (0.0, 2500.0),
    "grid_loss": (0.0, 0.2),  # fraction
    "insurance_reference": (300.0, 20000.0),  # USD/yr, the reference car's full coverage
}
REGIONAL_FIELDS: tuple[str, ...] = tuple(BOUNDS)
# The newest week's prices, taken instead of the gas_price / midgrade_price / premium_price averages when the
# household asks for them (fuel_price_basis = latest_week)
WEEK_FIELDS: dict[str, str] = {f: f"{f}_latest_week" for f in ("gas_price", "midgrade_price", "premium_price")}
BOUNDS.update({week: BOUNDS[f] for f, week in WEEK_FIELDS.items()})
TEXT_FIELDS: tuple[str, ...] = ("egrid_subregion", "climate_state")
ALL_FIELDS: tuple[str, ...] = REGIONAL_FIELDS + tuple(WEEK_FIELDS.values()) + TEXT_FIELDS
COLUMNS = ["state", "field", "value", "unit", "source", "as_of", "note"]


def _parse(state: str, field: str, raw: str, where: str) -> float | str | None:
    """A cell as a value; InputError naming state, field and value when it is not allowed."""
    if raw == "":
        return None
    if field in TEXT_FIELDS:
        return raw
    lo, hi = BOUNDS[field]
    try:
        value = float(raw)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and lo <= value <= hi):
        raise InputError([FieldProblem(f"{state}.{field}", raw, f"a number from {lo:g} to {hi:g}")], where)
    return value


Table = dict[str, dict[str, SourcedValue]]


def parse_state_table(text: str, where: str) -> Table:
    """A state figures CSV, checked: the columns, every state and field present once, every value parsed and in
    bounds; InputError naming each bad line (line, state.field, value, what is allowed)."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    if reader.fieldnames != COLUMNS:
        raise InputError([FieldProblem("line 1, columns", reader.fieldnames, ",".join(COLUMNS))], where)
    table: Table = {}
    problems: list[FieldProblem] = []
    try:
        rows = list(reader)
    except csv.Error as exc:
        raise InputError([FieldProblem(f"line {reader.line_num}", str(exc), "well-formed CSV (quotes closed)")], where) from None
    for number, row in enumerate(rows, start=2):
        if None in row or None in row.values():
            problems.append(FieldProblem(f"line {number}", ",".join(str(v) for v in row.values()), f"{len(COLUMNS)} fields"))
            continue
        state, field = row["state"], row["field"]
        if state not in STATE_NAMES or field not in ALL_FIELDS:
            problems.append(
                FieldProblem(
                    f"line {number}, state/field",
                    f"{state}/{field}",
                    "a known state code (or US) and field: " + ", ".join(ALL_FIELDS),
                )
            )
            continue
        if field in table.setdefault(state, {}):
            problems.append(FieldProblem(f"line {number}, {state}.{field}", row["value"], "one row per state and field"))
            continue
        try:
            value = _parse(state, field, row["value"], where)
        except InputError as exc:
            problems += [FieldProblem(f"line {number}, {p.field}", p.value, p.allowed) for p in exc.problems]
            continue
        if value is not None and not (row["source"].strip() and row["as_of"].strip()):
            empty = "source" if not row["source"].strip() else "as_of"
            problems.append(FieldProblem(f"line {number}, {empty}", row[empty], "where the figure comes from and its date"))
            continue
        table[state][field] = SourcedValue(value, row["unit"], row["source"], row["as_of"], row["note"])
    if problems:
        raise InputError(problems, where)
    gaps = [f"{s}.{f}" for s in STATE_NAMES for f in ALL_FIELDS if f not in table.get(s, {})]
    if gaps:
        shown = ", ".join(gaps[:20]) + (f" … ({len(gaps)} in all)" if len(gaps) > 20 else "")
        raise InputError([FieldProblem("rows", shown, "a row for every state (and US) and field")], where)
    return table


def active_state_path() -> tuple[Path, str]:
    """The active state figures file (the user's import of `db import --kind state-figures`, else the shipped one)
    and why an import was not used ("" when it was, or when there is none)."""
    shipped = resource_path(*REGIONAL_FILE)
    try:
        found = active_set("state-figures")
    except (OSError, ValueError) as exc:
        return shipped, f"the imported state figures could not be read ({exc}); using the shipped ones"
    if found is None:
        return shipped, ""
    path = found[0] / REGIONAL_FILE[1]
    return (path, "") if path.is_file() else (shipped, f"the imported state figures {path} are missing; using the shipped ones")


@cache
def _table() -> Table:
    """The active table (an import that can no longer be read gives way to the shipped one)."""
    path, _problem = active_state_path()
    try:
        return parse_state_table(path.read_text(encoding="utf-8"), f"state figures table {path}")
    except (OSError, UnicodeDecodeError, InputError):
        shipped = resource_path(*REGIONAL_FILE)
        if path == shipped:
            raise
        return parse_state_table(shipped.read_text(encoding="utf-8"), f"regional defaults table {shipped}")


def table_as_of(table: Table) -> str:
    """The table's date: the newest date of its gasoline prices (the figures that move week to week), else the
    newest date of any figure; a range ("2025-07 to 2026-04") counts by its end."""

    def newest(fields: tuple[str, ...]) -> str:
        days = [d for s in table.values() for f in fields if f in s for d in re.findall(r"\d{4}-\d{2}(?:-\d{2})?", s[f].as_of)]
        return max(days, default="")

    return newest(("gas_price_latest_week", "gas_price")) or newest(ALL_FIELDS)


def state_defaults(state: str) -> dict[str, SourcedValue]:
    """Every regional field of a state (or `US`), missing values as None; InputError for an unknown code."""
    key = state.strip().upper() if isinstance(state, str) else ""
    if key not in STATE_NAMES:
        raise InputError([FieldProblem("state", state, "a US state code (" + ", ".join(sorted(STATE_NAMES)) + ")")])
    return dict(_table()[key])


def regional_values(state: str, fuel_price_basis: str = "average") -> dict[str, float]:
    """The numeric household fields this state fills (fields without a value are left out); gasoline prices as the
    average of the latest months, or the newest week with `fuel_price_basis` "latest_week"."""
    values = state_defaults(state)
    out = {f: float(v) for f in REGIONAL_FIELDS if isinstance(v := values[f].value, float)}
    if fuel_price_basis == "latest_week":
        out.update({f: float(v) for f, week in WEEK_FIELDS.items() if isinstance(v := values[week].value, float)})
    return out


def missing_fields() -> dict[str, list[str]]:
    """State -> fields without a value, for the states that have gaps."""
    table = _table()
    gaps = {s: [f for f in ALL_FIELDS if table[s][f].value is None] for s in STATE_NAMES}
    return {s: fields for s, fields in gaps.items() if fields}
