"""Build resources/prices/us_msrp.csv, the curated US base-MSRP table, from its sources, reproducibly.

    .venv/bin/python tools/build_price_table.py [SHARED_DATA_DIR] [--check] [--coverage]

Sources (tools/price_sources/README.md says where each comes from):
  app_table_2026-11-26.csv          the table as shipped before this merge (app format, regexes kept)
  SHARED/msrp/us_msrp_2025_2026.csv the shared seed (67 dated rows)
  research_msrp_2026-12-06.csv      the researcher's round 2 (111 rows, mostly tier C)
  manufacturer_rows_2026-12-06.csv  rows transcribed from manufacturers' pricing documents
  search_rows_2026-12-06.csv        rows from dated public pages found with the search tool
  epa_hints.csv                     which EPA variants a seed/research trim is (the other files carry their own)

What the build does, in order:
  1. every row is put in the app's format: EPA make / baseModel / powertrain, and an `epa_model_regex` computed
     from the EPA variants of that make, baseModel, model year and powertrain in the shipped vehicle table
     (resources/vehicles/vehicles.csv): a trim whose name (or hint) appears in a variant's name gets those
     variants; a trim that no variant names gets the variants of its drivetrain that no other trim claims; a
     nameplate base price gets no regex. Where EPA lists no such variant the row keeps its price and says so.
  2. the same trim (same model year, nameplate, powertrain, trim name, drivetrain and destination basis) from
     several sources: the newest dated figure is kept; figures less than a month apart are one price event, of
     which the better source is kept (manufacturer document, search, seed, research, the old table).
  3. a nameplate base price (no regex) or an empty "gap" row is dropped once dated trim prices of that model
     year are known.
  4. written sorted by make, model, year, powertrain and price.

`--check` rebuilds into memory and fails if the shipped table differs; `--coverage` prints how many EPA
vehicles the old and new tables price, and the listed best-sellers still unpriced.
"""

from __future__ import annotations

import csv
import io
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "prices" / "us_msrp.csv"
SOURCES = ROOT / "tools" / "price_sources"
VEHICLES = ROOT / "resources" / "vehicles" / "vehicles.csv"
DEFAULT_SHARED = ROOT.parent / "shared" / "data"
EPA_FILE_DATE = "2025-10-28"  # newest record of the EPA file the shipped vehicle table is built from
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
ORIGIN_RANK = {"manufacturer": 5, "search": 4, "seed": 3, "research": 2, "carried": 1}

# source model name -> EPA baseModel, where dropping " Hybrid", " EV"... is not enough
MODEL_NAMES = {
    ("Nissan", "Leaf"): "LEAF",
    ("Nissan", "Ariya"): "ARIYA",
    ("Ram", "1500"): "1500",
    ("Toyota", "Corolla Hatchback"): "Corolla",
    ("Hyundai", "Kona Electric"): "Kona",
}
SUFFIXES = (" Plug-in Hybrid", " Hybrid", " EV", " Electric", " Hatchback")

DRIVE_TOKENS = {
    "FWD": ("FWD", "FF", "2WD"),
    "RWD": ("RWD", "2WD"),
    "4x2": ("2WD", "RWD", "FWD"),
    "AWD": ("AWD", "4WD", "4motion", "quattro", "4matic", "e-4ORCE", "xDrive"),
    "4WD": ("4WD", "AWD"),
    "4x4": ("4WD", "AWD", "4x4"),
}
ALL_DRIVE = sorted({t for tokens in DRIVE_TOKENS.values() for t in tokens})
TWO_WHEEL = ("FWD", "RWD", "4x2")
NOT_TRIM_WORDS = {
    "hybrid",
    "plug-in",
    "phev",
    "hev",
    "fwd",
    "awd",
    "rwd",
    "4x2",
    "4x4",
    "2wd",
    "4wd",
    "base",
    "trim",
    "i-force",
    "max",
}


@dataclass
class Row:
    year: int
    make: str
    model: str
    trim: str
    powertrain: str
    msrp: int | None
    incl: str
    as_of: str
    source: str
    note: str
    origin: str
    drivetrain: str = ""
    hint: str | None = None  # None: keep `regex` as given (old table rows)
    regex: str = ""
    flags: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------- reading


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def load_epa(path: Path = VEHICLES) -> dict[tuple[int, str, str, str], list[str]]:
    """(year, make, baseModel, price powertrain) -> EPA model names; flex-fuel variants count as gasoline."""
    variants: dict[tuple[int, str, str, str], set[str]] = defaultdict(set)
    for rec in _read(path):
        pt = "ice" if rec["powertrain"] == "flex" else rec["powertrain"]
        variants[(int(rec["year"]), rec["make"], rec["base_model"], pt)].add(rec["model"])
    return {k: sorted(v) for k, v in variants.items()}


def drivetrain_of(text: str) -> str:
    for token, name in (
        ("4x4", "4x4"),
        ("4x2", "4x2"),
        ("AWD", "AWD"),
        ("4WD", "4WD"),
        ("FWD", "FWD"),
        ("RWD", "RWD"),
        ("2WD", "4x2"),
    ):
        if re.search(rf"(?<![A-Za-z0-9]){token}(?![A-Za-z0-9])", text):
            return name
    return ""


def epa_model(make: str, model: str, base_models: set[tuple[str, str]]) -> str:
    if (make, model) in MODEL_NAMES:
        return MODEL_NAMES[(make, model)]
    name = model
    for suffix in SUFFIXES:
        if name.endswith(suffix) and (make, name[: -len(suffix)]) in base_models:
            return name[: -len(suffix)]
    return name


def carried_rows(path: Path) -> list[Row]:
    rows = []
    for rec in _read(path):
        rows.append(
            Row(
                int(rec["year"]),
                rec["make"],
                rec["model"],
                rec["trim"],
                rec["powertrain"],
                int(float(rec["msrp_usd"])) if rec["msrp_usd"] else None,
                rec["includes_destination"],
                rec["as_of"],
                rec["source"],
                rec["note"],
                "carried",
                drivetrain_of(rec["trim"]),
                None,
                rec["epa_model_regex"],
            )
        )
    return rows


def staged_rows(path: Path, origin: str, base_models: set[tuple[str, str]], hints: dict[tuple[str, ...], str]) -> list[Row]:
    """Rows in the seed's format (year,make,model,trim,drivetrain,powertrain,msrp_usd,includes_destination,
    destination_usd,price_date,source_url,note[,epa_hint])."""
    rows = []
    for rec in _read(path):
        key = (origin, rec["year"], rec["make"], rec["model"], rec["trim"], rec["drivetrain"])
        hint = rec.get("epa_hint") or hints.get(key, "")
        if hint.startswith("DROP"):
            continue
        incl = {"unknown": "not stated", "": "not stated"}.get(rec["includes_destination"], rec["includes_destination"])
        note = rec["note"]
        if rec["destination_usd"] and "$" not in note:
            note += f"; destination ${int(rec['destination_usd']):,}"
        as_of = rec["price_date"] or "undated"
        dt = rec["drivetrain"] if rec["drivetrain"] not in ("unspecified", "") else ""
        model = epa_model(rec["make"], rec["model"], base_models)
        extra = rec["model"][len(model) :].strip() if rec["model"].startswith(model) else ""
        trim = rec["trim"] if not extra or extra in ("Hybrid", "Plug-in Hybrid", "EV", "Electric") else f"{extra} {rec['trim']}"
        rows.append(
            Row(
                int(rec["year"]),
                rec["make"],
                model,
                trim,
                rec["powertrain"],
                int(float(rec["msrp_usd"])),
                incl,
                as_of,
                rec["source_url"],
                note,
                origin,
                dt,
                hint,
            )
        )
    return rows


def load_hints(path: Path) -> dict[tuple[str, ...], str]:
    return {(r["source"], r["year"], r["make"], r["model"], r["trim"], r["drivetrain"]): r["epa_hint"] for r in _read(path)}


# ---------------------------------------------------------------------------------------------- EPA variants


def _has(variant: str, token: str) -> bool:
    return re.search(rf"(?<![A-Za-z0-9]){re.escape(token)}(?![A-Za-z0-9])", variant, re.I) is not None


def drive_filter(variants: list[str], drivetrain: str) -> list[str]:
    """The variants of a drivetrain; a variant named without one is two-wheel drive (when others name theirs)."""
    if drivetrain not in DRIVE_TOKENS:
        return variants
    tagged = [v for v in variants if any(_has(v, t) for t in ALL_DRIVE)]
    if not tagged:
        return variants
    chosen = [v for v in variants if any(_has(v, t) for t in DRIVE_TOKENS[drivetrain])]
    if drivetrain in TWO_WHEEL:
        chosen += [v for v in variants if v not in tagged]
    return chosen


def _esc(text: str) -> str:
    """re.escape, without escaping spaces and hyphens (literal outside brackets): readable in the table."""
    return re.escape(text).replace("\\ ", " ").replace("\\-", "-")


def regex_for(variants: list[str], chosen: list[str], token: str = "") -> str:
    """The shortest regex that selects exactly `chosen` among `variants`: the token itself, the token with word
    bounds, else the chosen names anchored."""
    if token:
        for pattern in (_esc(token), rf"(?<![A-Za-z0-9]){_esc(token)}(?![A-Za-z0-9])"):
            if [v for v in variants if re.search(pattern, v, re.I)] == chosen:
                return pattern
    names = [_esc(v) for v in chosen]
    return f"^{names[0]}$" if len(names) == 1 else "^(?:" + "|".join(names) + ")$"


def assign_regexes(rows: list[Row], epa: dict[tuple[int, str, str, str], list[str]]) -> None:
    """Give every staged row its EPA variants (see the module docstring), flagging those EPA does not list."""
    groups: dict[tuple[int, str, str, str], list[Row]] = defaultdict(list)
    for row in rows:
        if row.hint is not None:
            groups[(row.year, row.make, row.model, row.powertrain)].append(row)
    for key, members in groups.items():
        variants = epa.get(key, [])
        if not variants:
            for row in members:
                row.regex = ""
                row.flags.append(
                    f"EPA lists no MY{row.year} {row.make} {row.model} {row.powertrain} in the file of "
                    f"{EPA_FILE_DATE}: a base price for every variant EPA later lists"
                )
            continue
        matched: dict[int, list[str]] = {}
        for k, row in enumerate(members):
            hint = row.hint or ""
            if hint == "*":
                continue
            if hint.startswith("="):
                matched[k] = [v for v in variants if re.search(hint[1:], v, re.I)]
                continue
            token = hint or row.trim  # a trim that EPA names is matched by its name
            in_drive = [v for v in drive_filter(variants, row.drivetrain) if _has(v, token)]
            untagged = [v for v in variants if _has(v, token) and not any(_has(v, t) for t in ALL_DRIVE)]
            named = in_drive or untagged
            if named or hint:
                matched[k] = named
                row.hint = token
        claimed = {v for chosen in matched.values() for v in chosen}
        for k, row in enumerate(members):
            hint = row.hint or ""
            if hint == "*":
                row.regex = ""
                continue
            if k in matched:
                chosen = matched[k]
                token = "" if hint.startswith("=") else hint
            else:
                chosen = [v for v in drive_filter(variants, row.drivetrain) if v not in claimed]
                token = ""
            if chosen:
                row.regex = hint[1:] if hint.startswith("=") else regex_for(variants, chosen, token)
            else:
                row.regex = hint[1:] if hint.startswith("=") else _esc(hint or row.trim)
                row.flags.append(
                    f"no EPA MY{row.year} variant is this trim (EPA file of {EPA_FILE_DATE}): not attached to any vehicle"
                )


def check_carried(rows: list[Row], epa: dict[tuple[int, str, str, str], list[str]]) -> None:
    for row in rows:
        if row.hint is not None or row.msrp is None or not row.regex:
            continue
        variants = epa.get((row.year, row.make, row.model, row.powertrain), [])
        if variants and not any(re.search(row.regex, v, re.I) for v in variants):
            row.flags.append(
                f"no EPA MY{row.year} variant matches this regex (EPA file of {EPA_FILE_DATE}): not attached to any vehicle"
            )


# ---------------------------------------------------------------------------------------------- merging


def as_of_date(text: str) -> date:
    """The first date in an as_of text (a bare year or month counts as its first day); undated: the oldest."""
    m = re.search(r"(20\d\d)(?:-(\d\d))?(?:-(\d\d))?", text)
    if not m:
        return date(1900, 1, 1)
    return date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))


def norm_trim(text: str) -> str:
    text = re.sub(r"\(.*?\)", " ", text.lower())
    words = [w for w in re.split(r"[\s,]+", text) if w and w not in NOT_TRIM_WORDS]
    return " ".join(words)


WINDOW_DAYS = 31  # figures this close in time are the same price event: the better source wins


def _quality(row: Row) -> tuple[int, bool, date]:
    return (ORIGIN_RANK[row.origin], row.incl == "no", as_of_date(row.as_of))


def _compatible(a: Row, b: Row) -> bool:
    return not a.drivetrain or not b.drivetrain or a.drivetrain == b.drivetrain


def dedupe(rows: list[Row]) -> tuple[list[Row], list[tuple[Row, Row]]]:
    """One figure per trim: the newest, where figures less than a month apart count as one price event of which
    the better source is kept (manufacturer document, search, seed, research, old table; then before
    destination). Returns the rows kept and (dropped, kept instead) pairs."""
    groups: dict[tuple[int, str, str, str, str, bool], list[Row]] = defaultdict(list)
    for row in rows:
        if row.msrp is not None:  # a figure with destination and one without are two facts: both kept
            groups[(row.year, row.make, row.model, row.powertrain, norm_trim(row.trim), row.incl == "yes")].append(row)
    kept: list[Row] = [r for r in rows if r.msrp is None]
    dropped: list[tuple[Row, Row]] = []
    for members in groups.values():
        pending = sorted(members, key=lambda r: (as_of_date(r.as_of), _quality(r)), reverse=True)
        while pending:
            newest = as_of_date(pending[0].as_of)
            window = [r for r in pending if (newest - as_of_date(r.as_of)).days <= WINDOW_DAYS and _compatible(r, pending[0])]
            winner = max(window, key=_quality)
            kept.append(winner)
            rest = []
            for row in pending:
                if row is winner:
                    continue
                if _compatible(row, winner) and (as_of_date(row.as_of) <= as_of_date(winner.as_of) or row in window):
                    dropped.append((row, winner))
                else:
                    rest.append(row)
            pending = rest
    return kept, dropped


def drop_superseded_base_rows(rows: list[Row]) -> tuple[list[Row], list[tuple[Row, str]]]:
    """A gap row goes once a price of its model year is known; a staged nameplate base price (hint `*`) goes
    once trim prices of its model year dated later are known."""
    newest_trim: dict[tuple[int, str, str, str], date] = {}
    priced_keys = set()
    for row in rows:
        key = (row.year, row.make, row.model, row.powertrain)
        if row.msrp is not None:
            priced_keys.add(key)
            if row.regex:
                newest_trim[key] = max(newest_trim.get(key, date(1900, 1, 1)), as_of_date(row.as_of))
    kept, dropped = [], []
    for row in rows:
        key = (row.year, row.make, row.model, row.powertrain)
        if row.msrp is None and key in priced_keys:
            dropped.append((row, "a price of this model year is now known"))
        elif row.hint == "*" and key in newest_trim and newest_trim[key] > as_of_date(row.as_of):
            dropped.append((row, "trim prices of this model year, dated later, replace this base price"))
        else:
            kept.append(row)
    return kept, dropped


def explain(rows: list[Row], epa: dict[tuple[int, str, str, str], list[str]], origins: tuple[str, ...]) -> str:
    """Each staged row of these origins with the EPA variants its regex selects."""
    lines = []
    for r in rows:
        if r.origin in origins and r.msrp is not None:
            variants = epa.get((r.year, r.make, r.model, r.powertrain), [])
            hits = [v for v in variants if r.regex and re.search(r.regex, v, re.I)] if r.regex else ["(all: base)"]
            lines.append(
                f"{r.origin:8} {r.year} {r.make} {r.model} {r.powertrain} | {r.trim} | {r.drivetrain} | "
                f"{r.msrp} {r.as_of} -> {r.regex!r}: {hits}"
            )
    return "\n".join(lines)


def build(shared: Path = DEFAULT_SHARED) -> tuple[list[Row], dict[str, object]]:
    epa = load_epa()
    base_models = {(make, model) for (_, make, model, _) in epa}
    hints = load_hints(SOURCES / "epa_hints.csv")
    rows = carried_rows(SOURCES / "app_table_2026-11-26.csv")
    rows += staged_rows(shared / "msrp" / "us_msrp_2025_2026.csv", "seed", base_models, hints)
    rows += staged_rows(SOURCES / "research_msrp_2026-12-06.csv", "research", base_models, hints)
    rows += staged_rows(SOURCES / "manufacturer_rows_2026-12-06.csv", "manufacturer", base_models, hints)
    search = SOURCES / "search_rows_2026-12-06.csv"
    if search.is_file():
        rows += staged_rows(search, "search", base_models, hints)
    read = len(rows)
    assign_regexes(rows, epa)
    check_carried(rows, epa)
    rows, duplicates = dedupe(rows)
    rows, superseded = drop_superseded_base_rows(rows)
    rows.sort(key=lambda r: (r.make.lower(), r.model.lower(), r.year, r.powertrain, r.msrp is None, r.msrp or 0, r.trim, r.regex))
    return rows, {"read": read, "duplicates": duplicates, "superseded": superseded}


def to_csv(rows: list[Row]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for r in rows:
        note = "; ".join([r.note] + r.flags) if r.note else "; ".join(r.flags)
        writer.writerow(
            [
                r.year,
                r.make,
                r.model,
                r.trim,
                r.powertrain,
                r.regex,
                "" if r.msrp is None else r.msrp,
                r.incl if r.msrp is not None else "",
                r.as_of,
                r.source,
                note,
            ]
        )
    return out.getvalue()


# ---------------------------------------------------------------------------------------------- coverage


def coverage(old_table: Path, new_table: Path) -> str:
    """How many EPA vehicles each table prices, by group, and the listed best-sellers still unpriced."""
    sys.path.insert(0, str(ROOT))
    import pandas as pd

    from buyer_app.core.vehicles.database import read_vehicle_table, shipped_database_dir
    from buyer_app.core.vehicles.prices import attach_prices, load_price_table

    frame, _ = read_vehicle_table(shipped_database_dir())
    lines = []
    top = _read(SOURCES / "top_nameplates.csv")
    results = {}
    for label, path in (("before", old_table), ("after", new_table)):
        priced = attach_prices(frame, load_price_table(path))
        results[label] = priced
    recent = frame["year"].isin([2025, 2026]).to_numpy()
    in_top = pd.Series(False, index=frame.index)
    unpriced_top: list[str] = []
    per_nameplate: list[str] = []
    for entry in top:
        models = entry["epa_models"].split(";")
        pts = [p for p in entry["powertrains"].split(";") if p]
        mask = (frame["make"] == entry["make"]) & frame["base_model"].isin(models) & pd.Series(recent, index=frame.index)
        if pts:
            mask &= frame["powertrain"].isin(pts)
        if entry["group"] == "top100":
            in_top |= mask
            per_nameplate.append(
                f"{entry['make']} {entry['nameplate']}: "
                f"{int(results['after'].loc[mask, 'msrp_usd'].notna().sum())}/{int(mask.sum())}"
            )
            if not results["after"].loc[mask, "msrp_usd"].notna().any():
                new = load_price_table(new_table)
                sourced = new[
                    (new["make"] == entry["make"])
                    & new["model"].isin(models)
                    & new["msrp_usd"].notna()
                    & new["year"].isin([2025, 2026, 2027])
                ]
                if pts:
                    sourced = sourced[sourced["powertrain"].isin(pts)]
                listed = (
                    f"priced for MY{'/'.join(map(str, sorted(set(sourced['year']))))}, which the EPA file "
                    f"of {EPA_FILE_DATE} does not list"
                    if len(sourced)
                    else "no sourced price found"
                )
                unpriced_top.append(f"{entry['make']} {entry['nameplate']} ({listed})")
    groups = {"all EPA vehicles": pd.Series(True, index=frame.index), "MY2025/2026": pd.Series(recent, index=frame.index)}
    for pt in ("bev", "phev", "hev", "ice"):
        groups[f"MY2025/2026 {pt}"] = pd.Series(recent, index=frame.index) & (frame["powertrain"] == pt)
    groups["MY2025/2026 of the top-100 nameplates"] = in_top
    for name, mask in groups.items():
        before = int(results["before"].loc[mask, "msrp_usd"].notna().sum())
        after = int(results["after"].loc[mask, "msrp_usd"].notna().sum())
        lines.append(f"{name}: {before:,} -> {after:,} priced of {int(mask.sum()):,}")
    lines.append(f"top-100 nameplates with no priced MY2025/2026 vehicle ({len(unpriced_top)}): " + "; ".join(unpriced_top))
    lines.append("MY2025/2026 EPA vehicles priced, by top-100 nameplate: " + "; ".join(per_nameplate))
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    shared = Path(args[0]) if args else DEFAULT_SHARED
    rows, info = build(shared)
    text = to_csv(rows)
    if "--check" in argv:
        if OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT} differs from a rebuild: run tools/build_price_table.py", file=sys.stderr)
            return 1
        print(f"{OUT} is what its sources build")
        return 0
    if any(a.startswith("--explain") for a in argv):
        origins = tuple(a.split("=", 1)[1].split(",") for a in argv if a.startswith("--explain="))
        print(explain(rows, load_epa(), origins[0] if origins else ("seed", "research", "search")))
        return 0
    if "--coverage" in argv:
        tmp = SOURCES / ".coverage-build.csv"
        tmp.write_text(text, encoding="utf-8")
        try:
            print(coverage(SOURCES / "app_table_2026-11-26.csv", tmp))
        finally:
            tmp.unlink()
        return 0
    OUT.write_text(text, encoding="utf-8")
    priced = [r for r in rows if r.msrp is not None]
    print(
        f"{len(rows)} rows ({len(priced)} priced) from {info['read']} read; {len(info['duplicates'])} older "  # type: ignore[arg-type]
        f"figures of the same trim and {len(info['superseded'])} superseded base/gap rows left out -> {OUT}"
    )  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
