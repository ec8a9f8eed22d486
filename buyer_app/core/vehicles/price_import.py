"""`db import --kind prices`: a newer curated base-MSRP table, checked row by row and made the active curated table.

The file is the shipped table's CSV (resources/prices/us_msrp.csv, see its README) or the shorter form of the
research facts (year, make, model, trim, msrp_usd, includes_destination, as_of, source, note: no powertrain, no
regex). Every row needs a model year, make, model, an as-of date and a source; the powertrain may be left out when
the vehicle table lists only one for that model year; an empty msrp_usd records a known gap (the app then asks for
the price). The imported table replaces the shipped one as a whole (it is not merged); which row prices a vehicle
is the shipped table's rule (prices.attach_prices), and the user's own prices still beat it.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd

from buyer_app.core.errors import FieldProblem, ImportRefused, InputError
from buyer_app.core.files.datasets import install
from buyer_app.core.files.safe_read import Unreadable, read_limited
from buyer_app.core.vehicles.prices import PRICE_FILE, price_table_as_of
from buyer_app.core.vehicles.user_prices import (  # the same columns as the user's own price file
    _CONTROL,
    COLUMNS,
    DESTINATION,
    MAX_BYTES,
    MAX_ROWS,
    PRICED_POWERTRAINS,
    Catalogue,
    _price,
    _problem,
    _spelled,
    _text,
    _year,
)

REQUIRED = ("year", "make", "model", "msrp_usd", "as_of", "source")


@dataclass(frozen=True)
class PriceImport:
    """What a price table import brought: rows, priced rows, rows no vehicle of the active table matches, its date."""

    folder: Path
    rows: int
    priced: int
    unmatched: int
    as_of: str


def _as_of(line: int, value: str, today: date, problems: list[FieldProblem]) -> str:
    """The row's date as written (the shipped table says "undated (MY2025)" where a page has no date); a date in it
    must be a real one, not after today."""
    value = value.strip()
    allowed = f"the price's date, e.g. 2026-03-14 or 2026-03 (or 'undated' and why), none after {today.isoformat()}"
    if not value or len(value) > 120 or _CONTROL.search(value):
        problems.append(_problem(line, "as_of", value, allowed))
        return ""
    for m in re.finditer(r"(?<!\d)(\d{4})-(\d{2})(?:-(\d{2}))?(?!\d)", value):
        try:
            when = date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))
        except ValueError:
            when = None
        if when is None or not date(1984, 1, 1) <= when <= today:
            problems.append(_problem(line, "as_of", value, allowed))
            return ""
    return value


def _header(first: list[str]) -> list[str]:
    header = [h.strip().lower() for h in first]
    problems = [_problem(1, "header", c, "one of " + ", ".join(COLUMNS)) for c in header if c not in COLUMNS]
    problems += [
        _problem(1, "header", ", ".join(header), f"a `{c}` column (required: {', '.join(REQUIRED)})")
        for c in REQUIRED
        if c not in header
    ]
    if len(set(header)) != len(header):
        problems.append(_problem(1, "header", ", ".join(header), "each column once"))
    if problems:
        raise InputError(problems)
    return header


def _powertrain(line: int, given: str, offered: dict[str, list[str]] | None, problems: list[FieldProblem]) -> str:
    """The row's powertrain: as given, or the only one the vehicle table has for that model year."""
    value = given.strip().lower()
    if value:
        if value not in PRICED_POWERTRAINS:
            problems.append(_problem(line, "powertrain", given, "one of " + ", ".join(PRICED_POWERTRAINS)))
        return value
    costed = sorted(p for p in (offered or {}) if p in PRICED_POWERTRAINS)
    if len(costed) == 1:
        return costed[0]
    problems.append(
        _problem(
            line,
            "powertrain",
            given,
            "one of "
            + ", ".join(PRICED_POWERTRAINS)
            + (f" (the vehicle table has {', '.join(costed)} for this model year: name one)" if costed else "")
            + (" (the vehicle table does not list this model year: name it)" if not costed else ""),
        )
    )
    return ""


def parse_price_table(text: str, catalogue: Catalogue, today: date) -> tuple[pd.DataFrame, int]:
    """The rows of a curated price table in the shipped columns, and how many match no vehicle of `catalogue`;
    InputError naming every bad cell (line, column, value, what is allowed)."""
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    try:
        header = _header(next(reader))
        records = list(reader)
    except StopIteration:
        raise InputError(
            [FieldProblem("file", "", "a CSV file whose first line names its columns: " + ", ".join(COLUMNS))]
        ) from None
    except csv.Error as exc:
        raise InputError([FieldProblem(f"line {reader.line_num}", str(exc), "well-formed CSV (quotes closed)")]) from None
    if len(records) > MAX_ROWS:
        raise InputError([FieldProblem("file", f"{len(records):,} rows", f"at most {MAX_ROWS:,} rows")])
    problems: list[FieldProblem] = []
    rows: list[dict[str, object]] = []
    seen: dict[tuple[object, ...], int] = {}
    makes = {make for make, _ in catalogue}
    unmatched = 0
    for number, cells in enumerate(records, start=2):
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            problems.append(
                _problem(number, "row", ",".join(cells), f"{len(header)} fields, as the header has ({len(cells)} found)")
            )
            continue
        rec = dict(zip(header, cells, strict=True))
        before = len(problems)
        year = _year(number, rec["year"], today, problems)
        make_text = _text(number, "make", rec["make"], problems, 80)
        model_text = _text(number, "model", rec["model"], problems, 120)
        for column, value in (("make", make_text), ("model", model_text)):
            if not value and rec[column].strip() == "":
                problems.append(_problem(number, column, rec[column], f"the vehicle's {column} as the EPA table spells it"))
        make = _spelled(make_text, makes) or make_text
        model = _spelled(model_text, [m for mk, m in catalogue if mk == make]) or model_text
        offered = catalogue.get((make, model), {}).get(year) if year is not None else None
        unmatched += offered is None
        powertrain = _powertrain(number, rec.get("powertrain", ""), offered, problems)
        regex = rec.get("epa_model_regex", "").strip()
        if regex:
            try:
                re.compile(regex, re.IGNORECASE)
            except re.error as exc:
                problems.append(_problem(number, "epa_model_regex", regex, f"a valid regular expression ({exc})"))
        price = None if rec["msrp_usd"].strip() == "" else _price(number, rec["msrp_usd"], problems)
        destination = rec.get("includes_destination", "").strip().lower() or "not stated"
        if destination not in DESTINATION:
            allowed = "one of " + ", ".join(DESTINATION) + " (empty: not stated)"
            problems.append(_problem(number, "includes_destination", rec["includes_destination"], allowed))
        as_of = _as_of(number, rec["as_of"], today, problems)
        source = _text(number, "source", rec["source"], problems, 1000)
        if not source and not rec["source"].strip():
            problems.append(_problem(number, "source", rec["source"], "where the price comes from (an address or a document)"))
        note = _text(number, "note", rec.get("note", ""), problems, 1000)
        trim = _text(number, "trim", rec.get("trim", ""), problems, 120) or "base"
        if len(problems) > before:
            continue
        # the same trim may have two prices (with and without destination: the lower one prices it); a line
        # repeated word for word is a mistake
        key = (year, make.lower(), model.lower(), trim.lower(), powertrain, regex, price, destination, as_of, source)
        if key in seen:
            problems.append(
                _problem(
                    number,
                    "row",
                    f"{year} {make} {model} {trim}",
                    f"each row once (line {seen[key]} has the same price, date and source for this trim)",
                )
            )
            continue
        seen[key] = number
        rows.append(
            dict(zip(COLUMNS, (year, make, model, trim, powertrain, regex, price, destination, as_of, source, note), strict=True))
        )
    if problems:
        raise InputError(problems)
    if not any(r["msrp_usd"] is not None for r in rows):
        raise InputError([FieldProblem("file", f"{len(rows)} rows without a price", "at least one row with an msrp_usd")])
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    frame["msrp_usd"] = frame["msrp_usd"].astype("Int64")
    return frame, unmatched


def import_price_table(path: Path, catalogue: Catalogue, today: date) -> PriceImport:
    """Check `path` and make it the active curated price table; InputError (every bad cell) or ImportRefused (the
    file cannot be read or stored) leave the active table as it was."""
    try:
        raw = read_limited(path, MAX_BYTES)
        text = raw.decode("utf-8")
    except Unreadable as exc:
        raise ImportRefused(f"{path}: {exc.reason} (a CSV file of at most {MAX_BYTES >> 20} MB)") from None
    except UnicodeDecodeError as exc:
        raise ImportRefused(f"{path}: not UTF-8 text (byte {exc.start})") from None
    try:
        frame, unmatched = parse_price_table(text, catalogue, today)
    except InputError as exc:
        raise InputError(exc.problems, str(path)) from None
    as_of = price_table_as_of(frame)
    data = frame.to_csv(index=False, lineterminator="\n").encode("utf-8")
    metadata = {
        "kind": "prices",
        "source": f"your curated price table {path.name}",
        "source_file": path.name,
        "sha256": hashlib.sha256(raw).hexdigest(),
        "as_of": as_of,
        "rows": len(frame),
        "priced_rows": int(frame["msrp_usd"].notna().sum()),
        "rows_matching_no_vehicle": unmatched,
    }
    folder = install("prices", {PRICE_FILE: data}, metadata)
    return PriceImport(folder, len(frame), int(frame["msrp_usd"].notna().sum()), unmatched, as_of)
