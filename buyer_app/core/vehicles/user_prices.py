"""The user's own prices: a CSV they write, validated row by row, merged into their data folder, and taking
precedence over the curated table wherever it matches (see prices.attach_prices).

Stored as `prices/your_prices.csv` in the user data folder, in the curated table's columns, written atomically
with the previous version kept as `.bak`. A file a user writes for import needs only year, make, model and
msrp_usd; trim, powertrain, epa_model_regex, includes_destination, as_of, source and note are optional.

A little over 300 lines: validating a user's CSV row by row (each column's rule and message) and merging it
atomically are one operation.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pandas as pd

from buyer_app.core.errors import FieldProblem, InputError
from buyer_app.core.files.safe_read import Unreadable, read_limited
from buyer_app.core.files.storage import atomic_write_text, user_data_dir

USER_PRICES_FILE = Path("prices") / "your_prices.csv"
COLUMNS = (
    "year",
    "make",
    "model",
    "trim",
    "powertrain",
    "epa_model_regex",
    "msrp_usd",
    "includes_destination",
    "as_of",
    "source",
    "note",
)
REQUIRED = ("year", "make", "model", "msrp_usd")
PRICED_POWERTRAINS = ("bev", "phev", "hev", "ice", "diesel")  # flex-fuel vehicles take gasoline ("ice") prices
DESTINATION = ("yes", "no", "not stated")
MAX_BYTES = 2 << 20
MAX_ROWS = 20_000
MIN_PRICE, MAX_PRICE = 1_000, 5_000_000
MAX_TEXT = 300
DEFAULT_TRIM = "your price"
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")

# (make, base model) -> model year -> powertrain -> EPA model names: what a price can be attached to
Catalogue = dict[tuple[str, str], dict[int, dict[str, list[str]]]]


@dataclass(frozen=True)
class UserPrice:
    year: int
    make: str
    model: str
    trim: str
    powertrain: str
    epa_model_regex: str
    msrp_usd: int
    includes_destination: str
    as_of: str
    source: str
    note: str

    def key(self) -> tuple[int, str, str, str, str, str]:
        """Rows with the same key are the same price: an import replaces it."""
        return (self.year, self.make.lower(), self.model.lower(), self.trim.lower(), self.powertrain, self.epa_model_regex)


@dataclass(frozen=True)
class MergeResult:
    rows: tuple[UserPrice, ...]
    added: int
    replaced: int
    kept: int


def user_prices_path() -> Path:
    return user_data_dir() / USER_PRICES_FILE


def catalogue_from_frame(frame: pd.DataFrame) -> Catalogue:
    """What the vehicle table offers to price: make/base model/year/powertrain -> EPA model names."""
    out: Catalogue = {}
    pts = frame["powertrain"].astype(str).replace({"flex": "ice"})
    for (make, base, year, pt), models in frame.groupby([frame["make"], frame["base_model"], frame["year"], pts], sort=False)[
        "model"
    ]:
        out.setdefault((str(make), str(base)), {}).setdefault(int(str(year)), {})[str(pt)] = sorted(set(models))
    return out


# ------------------------------------------------------------------------------------------------ parsing


def _problem(line: int, column: str, value: object, allowed: str) -> FieldProblem:
    return FieldProblem(f"line {line}, {column}", value, allowed)


def _text(line: int, column: str, value: str, problems: list[FieldProblem], limit: int = MAX_TEXT) -> str:
    value = value.strip()
    if len(value) > limit or _CONTROL.search(value):
        problems.append(_problem(line, column, value, f"text of at most {limit} characters, without control characters"))
        return ""
    return value


def _year(line: int, value: str, today: date, problems: list[FieldProblem]) -> int | None:
    if re.fullmatch(r"\s*\d{4}\s*", value) and 1984 <= int(value) <= today.year + 2:
        return int(value)
    problems.append(_problem(line, "year", value, f"a model year from 1984 to {today.year + 2}"))
    return None


def _price(line: int, value: str, problems: list[FieldProblem]) -> int | None:
    cleaned = value.strip().lstrip("$").replace(",", "")
    if re.fullmatch(r"\d+(\.\d{1,2})?", cleaned) and MIN_PRICE <= float(cleaned) <= MAX_PRICE:
        return round(float(cleaned))
    problems.append(
        _problem(line, "msrp_usd", value, f"a price in US dollars from {MIN_PRICE:,} to {MAX_PRICE:,} (e.g. 28400 or $28,400)")
    )
    return None


def _as_of(line: int, value: str, today: date, problems: list[FieldProblem]) -> str:
    value = value.strip()
    if not value:
        return today.isoformat()
    m = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", value)
    if m:
        try:
            when = date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))
        except ValueError:
            when = None
        if when is not None and date(1984, 1, 1) <= when <= today:
            return value
    problems.append(
        _problem(
            line,
            "as_of",
            value,
            f"the date of the price as YYYY-MM-DD or YYYY-MM, not after today ({today.isoformat()}); empty for today",
        )
    )
    return ""


def _spelled(name: str, options: Iterable[str]) -> str | None:
    """The catalogue's spelling of `name` (case and spacing ignored), or None."""
    wanted = " ".join(name.split()).lower()
    return next((o for o in options if o.lower() == wanted), None)


def _listing(options: Iterable[str], limit: int = 12) -> str:
    items = sorted(set(options))
    shown = ", ".join(items[:limit])
    return shown + (f" … ({len(items)} in all)" if len(items) > limit else "")


def parse_user_prices(text: str, catalogue: Catalogue, today: date) -> list[UserPrice]:
    """The rows of a user's price CSV, or InputError naming every bad cell (line, column, value, what is allowed).

    Make and model must be spelled as the vehicle database does (the EPA make and base model, e.g. Toyota /
    Camry; case does not matter); the powertrain may be left out when that model year has only one; a regex must
    select at least one of the model year's EPA variants."""
    problems: list[FieldProblem] = []
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise InputError(
            [FieldProblem("file", "", "a CSV file whose first line names its columns: " + ", ".join(COLUMNS))]
        ) from None
    except csv.Error as exc:
        raise InputError([FieldProblem("line 1", str(exc), "a CSV header line")]) from None
    for column in header:
        if column not in COLUMNS:
            problems.append(_problem(1, "header", column, "one of " + ", ".join(COLUMNS)))
    for column in REQUIRED:
        if column not in header:
            problems.append(
                _problem(1, "header", ", ".join(header), f"a `{column}` column (required: " + ", ".join(REQUIRED) + ")")
            )
    if len(set(header)) != len(header):
        problems.append(_problem(1, "header", ", ".join(header), "each column once"))
    if problems:
        raise InputError(problems)
    rows: list[UserPrice] = []
    seen: dict[tuple[int, str, str, str, str, str], int] = {}
    makes = {make for make, _ in catalogue}
    try:
        records = list(reader)
    except csv.Error as exc:
        raise InputError([FieldProblem(f"line {reader.line_num}", str(exc), "well-formed CSV (quotes closed)")]) from None
    if len(records) > MAX_ROWS:
        raise InputError([FieldProblem("file", f"{len(records):,} rows", f"at most {MAX_ROWS:,} rows")])
    for number, cells in enumerate(records, start=2):
        if not any(c.strip() for c in cells):
            continue  # a blank line
        if len(cells) != len(header):
            problems.append(
                _problem(number, "row", ",".join(cells), f"{len(header)} fields, as the header has ({len(cells)} found)")
            )
            continue
        rec = dict(zip(header, cells, strict=True))
        before = len(problems)
        year = _year(number, rec["year"], today, problems)
        make = _spelled(rec["make"], makes)
        if make is None:
            problems.append(
                _problem(
                    number,
                    "make",
                    rec["make"],
                    "a make of the vehicle database, e.g. Toyota, Honda, Tesla (see `buyer-app vehicles search`)",
                )
            )
        model = None
        if make is not None:
            models = [m for mk, m in catalogue if mk == make]
            model = _spelled(rec["model"], models)
            if model is None:
                problems.append(
                    _problem(number, "model", rec["model"], f"a base model of {make} in the vehicle database: {_listing(models)}")
                )
        price = _price(number, rec["msrp_usd"], problems)
        trim = _text(number, "trim", rec.get("trim", ""), problems, 80) or DEFAULT_TRIM
        destination = rec.get("includes_destination", "").strip().lower() or "not stated"
        if destination not in DESTINATION:
            problems.append(
                _problem(
                    number,
                    "includes_destination",
                    rec["includes_destination"],
                    "one of " + ", ".join(DESTINATION) + " (empty: not stated)",
                )
            )
        as_of = _as_of(number, rec.get("as_of", ""), today, problems)
        source = _text(number, "source", rec.get("source", ""), problems)
        note = _text(number, "note", rec.get("note", ""), problems)
        powertrain = rec.get("powertrain", "").strip().lower()
        regex = rec.get("epa_model_regex", "").strip()
        if make is not None and model is not None and year is not None:
            by_year = catalogue[(make, model)]
            if year not in by_year:
                problems.append(
                    _problem(
                        number,
                        "year",
                        rec["year"],
                        f"a model year the database lists for {make} {model}: {_listing(map(str, by_year))}",
                    )
                )
            else:
                offered = by_year[year]
                costed = [p for p in offered if p in PRICED_POWERTRAINS]
                if not powertrain and len(costed) == 1:
                    powertrain = costed[0]
                elif powertrain not in costed:
                    what = "one of " + ", ".join(sorted(costed)) if costed else "none (no costed powertrain)"
                    problems.append(
                        _problem(
                            number,
                            "powertrain",
                            rec.get("powertrain", ""),
                            f"{what} for the {year} {make} {model}"
                            + (" (the model has several: name one)" if not powertrain else ""),
                        )
                    )
                if powertrain in offered and regex:
                    try:
                        pattern = re.compile(regex, re.IGNORECASE)
                    except re.error as exc:
                        problems.append(_problem(number, "epa_model_regex", regex, f"a valid regular expression ({exc})"))
                    else:
                        if not any(pattern.search(m) for m in offered[powertrain]):
                            problems.append(
                                _problem(
                                    number,
                                    "epa_model_regex",
                                    regex,
                                    "a regular expression matching one of the EPA models: " + _listing(offered[powertrain]),
                                )
                            )
        if len(problems) > before or year is None or make is None or model is None or price is None:
            continue
        row = UserPrice(year, make, model, trim, powertrain, regex, price, destination, as_of, source, note)
        if row.key() in seen:
            problems.append(
                _problem(
                    number,
                    "row",
                    f"{year} {make} {model} {trim}",
                    f"each price once (the same year, make, model, trim, powertrain and regex are on line {seen[row.key()]})",
                )
            )
            continue
        seen[row.key()] = number
        rows.append(row)
    if problems:
        raise InputError(problems)
    if not rows:
        raise InputError([FieldProblem("file", "no price rows", "at least one row under the header")])
    return rows


# ------------------------------------------------------------------------------------------------ storage


def _to_csv(rows: Iterable[UserPrice]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for r in rows:
        writer.writerow(
            [
                r.year,
                r.make,
                r.model,
                r.trim,
                r.powertrain,
                r.epa_model_regex,
                r.msrp_usd,
                r.includes_destination,
                r.as_of,
                r.source,
                r.note,
            ]
        )
    return out.getvalue()


def read_user_prices(path: Path | None = None) -> list[UserPrice]:
    """The stored rows ([] when there is no file); Unreadable with the reason when the file cannot be used (it is
    then left as it is: the app runs on the curated prices and says why)."""
    path = path or user_prices_path()
    try:
        raw = read_limited(path, MAX_BYTES)
    except Unreadable as exc:
        if exc.kind == "missing":
            return []
        raise
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Unreadable(path, f"not UTF-8 text (byte {exc.start})") from None
    rows: list[UserPrice] = []
    try:
        for n, rec in enumerate(csv.DictReader(io.StringIO(text, newline="")), start=2):
            if list(rec.keys()) != list(COLUMNS) or None in rec.values():
                raise Unreadable(path, f"line {n}: not the columns this app writes ({', '.join(COLUMNS)})")
            rows.append(
                UserPrice(
                    int(rec["year"]),
                    rec["make"],
                    rec["model"],
                    rec["trim"],
                    rec["powertrain"],
                    rec["epa_model_regex"],
                    int(rec["msrp_usd"]),
                    rec["includes_destination"],
                    rec["as_of"],
                    rec["source"],
                    rec["note"],
                )
            )
            re.compile(rec["epa_model_regex"])
    except (ValueError, re.error, csv.Error) as exc:
        raise Unreadable(path, f"not a price file this app wrote ({exc})") from None
    return rows


def merge(existing: Iterable[UserPrice], new: Iterable[UserPrice]) -> MergeResult:
    """`existing` with `new` added; a new row with the key of an existing one replaces it."""
    merged = {r.key(): r for r in existing}
    before = len(merged)
    added = replaced = 0
    for row in new:
        if row.key() in merged:
            replaced += 1
        else:
            added += 1
        merged[row.key()] = row
    rows = tuple(
        sorted(merged.values(), key=lambda r: (r.make.lower(), r.model.lower(), r.year, r.powertrain, r.msrp_usd, r.trim))
    )
    return MergeResult(rows, added, replaced, before - replaced)


def import_user_prices(
    text: str, catalogue: Catalogue, today: date, replace_all: bool = False, path: Path | None = None
) -> MergeResult:
    """Validate `text` and merge it into the stored prices (atomically; the previous file kept as .bak). A bad
    file raises InputError and changes nothing; an unreadable stored file raises Unreadable and is not touched."""
    new = parse_user_prices(text, catalogue, today)
    path = path or user_prices_path()
    existing = [] if replace_all else read_user_prices(path)
    result = merge(existing, new)
    if replace_all:
        result = replace(result, kept=0)
    atomic_write_text(path, _to_csv(result.rows))
    return result


def user_prices_frame(rows: Iterable[UserPrice]) -> pd.DataFrame:
    """The rows as a price table (the curated table's columns) for prices.attach_prices."""
    records = [{c: getattr(r, c) for c in COLUMNS} for r in rows]
    return pd.DataFrame.from_records(records, columns=list(COLUMNS))


def export_text(rows: Iterable[UserPrice]) -> str:
    """The rows as a CSV the user can edit and import again."""
    return _to_csv(rows)
