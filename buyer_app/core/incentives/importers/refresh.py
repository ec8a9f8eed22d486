"""`db import --kind incentives`: a newer copy of Rewiring America's incentives data (its `data/` folder, or a zip
of the repository as GitHub serves it), read by the same importer as the shipped catalogue and made the active one.

Checked before anything changes: the files the importer needs are there, each is JSON (a parse error names the
file, line and column), each state's incentives are a list of entries with an id and items, and at least one
vehicle or charger incentive comes out. Entries the importer cannot read are left out with their reason (as for
the shipped catalogue); the federal programs stay the curated ones.
"""

from __future__ import annotations

import hashlib
import json
import re
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePosixPath
from typing import Any

from buyer_app.core.errors import FieldProblem, ImportRefused, InputError
from buyer_app.core.files.datasets import install
from buyer_app.core.incentives.catalogue import clear_caches
from buyer_app.core.incentives.importers.rewiring import ImportResult, catalogue_json, import_rewiring

NEEDED = ("low_income_thresholds.json", "federal_poverty_levels.json", "ira_incentives.json")
MAX_FILE = 20 << 20  # one JSON file; the whole data folder is about 5 MB
MAX_ZIP = 200 << 20  # what a zip may unpack to


@dataclass(frozen=True)
class IncentiveImport:
    folder: Path
    programs: int
    skipped: int
    states: int
    as_of: str


def _zip_root(path: Path, into: Path) -> tuple[Path, str]:
    """Unpack the JSON files of a zip into `into`; the folder holding them and the newest entry's date."""
    try:
        with zipfile.ZipFile(path) as archive:
            entries = [i for i in archive.infolist() if i.filename.endswith(".json") and not i.is_dir()]
            if sum(i.file_size for i in entries) > MAX_ZIP:
                raise ImportRefused(f"{path}: unpacks to more than {MAX_ZIP >> 20} MB of JSON")
            newest = max((i.date_time for i in entries), default=None)
            for info in entries:
                name = PurePosixPath(info.filename)
                if name.is_absolute() or ".." in name.parts:
                    raise ImportRefused(f"{path}: entry {info.filename!r} points outside the archive")
                target = into.joinpath(*name.parts)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(archive.read(info))
    except (zipfile.BadZipFile, OSError) as exc:
        raise ImportRefused(f"{path}: not a readable zip file ({exc})") from None
    found = sorted(p.parent for p in into.rglob("ira_incentives.json"))
    if not found:
        raise ImportRefused(f"{path}: holds no ira_incentives.json (not Rewiring America's data folder)")
    day = f"{newest[0]:04d}-{newest[1]:02d}-{newest[2]:02d}" if newest else ""
    return found[0], day


def _json(path: Path, shown: str, problems: list[FieldProblem]) -> Any:
    try:
        if path.stat().st_size > MAX_FILE:
            problems.append(FieldProblem(shown, f"{path.stat().st_size:,} bytes", f"a JSON file of at most {MAX_FILE >> 20} MB"))
            return None
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        problems.append(FieldProblem(f"{shown}, line {exc.lineno} column {exc.colno}", exc.msg, "JSON"))
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(FieldProblem(shown, str(exc), "a readable UTF-8 JSON file"))
    return None


def check_data(root: Path) -> list[FieldProblem]:
    """Every problem that stops the importer from reading the data at `root`, by file, entry and field."""
    problems: list[FieldProblem] = []
    for name in NEEDED:
        if not (root / name).is_file():
            problems.append(FieldProblem(name, "missing", f"the file of Rewiring America's data folder ({root})"))
        else:
            _json(root / name, name, problems)
    states = sorted(p for p in root.iterdir() if p.is_dir() and (p / "incentives.json").is_file())
    if not states:
        problems.append(FieldProblem("STATE/incentives.json", "none", f"a folder per state with its incentives.json ({root})"))
    for folder in states:
        for name in ("incentives.json", "programs.json", "authorities.json"):
            shown = f"{folder.name}/{name}"
            if not (folder / name).is_file():
                problems.append(FieldProblem(shown, "missing", "each state's incentives, programs and authorities"))
                continue
            data = _json(folder / name, shown, problems)
            if data is None:
                continue
            if name != "incentives.json":
                if not isinstance(data, dict):
                    problems.append(FieldProblem(shown, type(data).__name__, "a JSON object"))
                continue
            if not isinstance(data, list):
                problems.append(FieldProblem(shown, type(data).__name__, "a JSON list of incentives"))
                continue
            for number, entry in enumerate(data, start=1):
                where = f"{shown}, entry {number}"
                if not isinstance(entry, dict):
                    problems.append(FieldProblem(where, type(entry).__name__, "an incentive object"))
                    continue
                if not isinstance(entry.get("id"), str | int):
                    problems.append(FieldProblem(f"{where}, id", entry.get("id"), "the incentive's id"))
                if not isinstance(entry.get("items"), list):
                    problems.append(FieldProblem(f"{where} (id {entry.get('id')}), items", entry.get("items"), "a list of items"))
                for key in ("amount", "short_description"):
                    if key in entry and not isinstance(entry[key], dict):
                        problems.append(FieldProblem(f"{where} (id {entry.get('id')}), {key}", entry[key], "a JSON object"))
    return problems


def _day(value: str, today: date) -> str:
    try:
        when = date.fromisoformat(value)
    except ValueError:
        when = None
    if when is None or not date(2015, 1, 1) <= when <= today or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise InputError(
            [FieldProblem("--as-of", value, f"the data's date (its commit's date) as YYYY-MM-DD, not after {today.isoformat()}")]
        )
    return value


def import_incentives(path: Path, today: date, as_of: str = "", label: str = "") -> IncentiveImport:
    """Read Rewiring America's data at `path` (a folder or a zip) and make it the active incentive catalogue. `as_of`
    is the data's date (a zip's newest entry's date when not given; required for a folder); `label` names the copy
    (e.g. its commit). InputError or ImportRefused leave the active catalogue as it was."""
    with tempfile.TemporaryDirectory(prefix="buyer-app-incentives-") as unpacked:
        if path.is_file() and zipfile.is_zipfile(path):
            root, zip_day = _zip_root(path, Path(unpacked))
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        elif path.is_dir():
            root = path / "data" if (path / "data").is_dir() else path
            zip_day = ""
            odd = [p for p in sorted(root.rglob("*.json")) if not p.is_file() or p.stat().st_size > MAX_FILE]
            if odd:  # a named pipe or a device would block the reads below; a huge file would fill memory
                raise ImportRefused(f"{odd[0]}: not a regular JSON file of at most {MAX_FILE >> 20} MB")
            digest = hashlib.sha256(
                b"".join(p.relative_to(root).as_posix().encode() + p.read_bytes() for p in sorted(root.rglob("*.json")))
            ).hexdigest()
        else:
            raise ImportRefused(f"{path}: neither Rewiring America's data folder nor a zip of it")
        day = _day(as_of or zip_day, today)
        problems = check_data(root)
        if problems:
            raise InputError(problems, str(path))
        version = ImportResult(
            source=f"your copy of Rewiring America's incentives data ({path.name})",
            data_commit=label or f"your import of {path.name}",
            data_date=day,
            notice=(
                f"Vehicle and charger incentives derived from Rewiring America's incentives data ({path.name}, {day}), "
                "licensed under the Apache License 2.0 (resources/licences/Rewiring-America-incentives-Apache-2.0.txt); "
                "imported by you with `buyer-app db import --kind incentives`."
            ),
        )
        try:
            result = import_rewiring(root, version)
        except (KeyError, TypeError, AttributeError, ValueError) as exc:
            raise ImportRefused(f"{path}: the incentives could not be read ({type(exc).__name__}: {exc})") from None
    if not result.programs:
        raise InputError([FieldProblem("incentives", "none usable", "at least one vehicle or charger incentive")], str(path))
    text = catalogue_json(result)
    metadata = {
        "kind": "incentives",
        "source": version.source,
        "source_file": path.name,
        "sha256": digest,
        "as_of": day,
        "rows": len(result.programs),
        "skipped": len(result.skipped),
        "states": len({p["state"] for p in result.programs}),
    }
    folder = install("incentives", {"catalogue.json": text.encode("utf-8")}, metadata)
    clear_caches()  # this process reads the new catalogue from now on
    return IncentiveImport(folder, len(result.programs), len(result.skipped), len({p["state"] for p in result.programs}), day)
