"""One description per data set the answers depend on (vehicles, base prices, incentives, state figures, and the
market packs' own tables), each with its source, the data's own date (not the import's), the import time, rows,
checksum and whether it is shipped or imported; and which are more than `STALE_MONTHS` old on a given day.

The day is injectable: functions take `today`, and `data_today()` reads BUYER_APP_TODAY (YYYY-MM-DD) before the
clock, so that outputs pinned by tests do not change with the day they run.
"""

from __future__ import annotations

import csv
import hashlib
import os
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from buyer_app.core.files.datasets import active_set, data_set_dir, reset
from buyer_app.core.files.resources import resource_path
from buyer_app.core.files.safe_read import Unreadable, read_json
from buyer_app.core.incentives.catalogue import _read as read_incentive_file
from buyer_app.core.incentives.catalogue import active_catalogue_path, clear_caches
from buyer_app.core.markets.market import installed_market_codes, load_market, market_of_region
from buyer_app.core.region import state_figures
from buyer_app.core.vehicles.database import METADATA_FILE, active_imported_folder, imported_databases_dir, shipped_database_dir
from buyer_app.core.vehicles.prices import active_price_path, load_price_table, price_table_as_of, shipped_price_path

STALE_MONTHS = 12
TODAY_ENV = "BUYER_APP_TODAY"
KINDS = ("vehicles", "prices", "incentives", "state-figures")
REFRESH = {
    "vehicles": "buyer-app db import vehicles.csv.zip",
    "prices": "buyer-app db import --kind prices FILE.csv",
    "incentives": "buyer-app db import --kind incentives DATA.zip",
    "state-figures": "buyer-app db import --kind state-figures FILE.csv",
}
_DAY = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")


@dataclass(frozen=True)
class DataSet:
    """One data set as the app uses it now."""

    key: str  # vehicles, prices, incentives, state-figures; a market pack's: cn-vehicles, cn-regions, cn-incentives
    market: str  # us or a pack's code
    origin: str  # shipped or imported
    source: str  # who publishes it (English; the words translate it)
    as_of: str  # the data's own date, YYYY-MM-DD or YYYY-MM
    imported_at: str  # when the user imported it (UTC, ISO); "" when shipped
    rows: int
    sha256: str  # of the file as shipped or imported (the EPA download's for the vehicle data)
    file: str  # the active file
    problem: str = ""  # why an import is not in use
    refresh: str = ""  # the command that refreshes it ("" for what only a release brings)
    built: str = ""  # a market pack's build date


def data_today() -> date:
    """The day staleness is judged on: BUYER_APP_TODAY when set (tests, pinned outputs), else today."""
    raw = os.environ.get(TODAY_ENV, "")
    try:
        return date.fromisoformat(raw) if raw else date.today()
    except ValueError:
        return date.today()


def parse_day(text: str) -> date | None:
    """The first ISO date (or year-month: its first day) in `text`."""
    m = _DAY.search(text)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))
    except ValueError:
        return None


def age_months(as_of: str, today: date) -> int | None:
    """Whole months from the data's date to `today` (None when the date cannot be read)."""
    day = parse_day(as_of)
    if day is None:
        return None
    return (today.year - day.year) * 12 + today.month - day.month - (1 if today.day < day.day else 0)


def _sha(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def _newest(days: list[str]) -> str:
    found = [m.group(0) for d in days for m in _DAY.finditer(d)]
    return max(found, default="")


def _vehicles() -> DataSet:
    problem, folder, origin = "", shipped_database_dir(), "shipped"
    try:
        imported = active_imported_folder()
        if imported is not None:
            folder, origin = imported, "imported"
    except (OSError, ValueError) as exc:
        problem = f"the imported database could not be read ({exc}); using the shipped one"
    try:
        meta: dict[str, Any] = read_json(folder / METADATA_FILE, 1 << 20)
    except Unreadable:
        folder, origin, meta = shipped_database_dir(), "shipped", read_json(shipped_database_dir() / METADATA_FILE, 1 << 20)
    return DataSet(
        "vehicles",
        "us",
        origin,
        "EPA fueleconomy.gov",
        str(meta.get("source_date", "")),
        str(meta.get("imported_at", "")) if origin == "imported" else "",
        int(meta.get("vehicles", 0)),
        str(meta.get("source_sha256", "")),
        str(folder / "vehicles.csv"),
        problem,
        REFRESH["vehicles"],
    )


def _imported(kind: str) -> dict[str, Any]:
    try:
        found = active_set(kind)
    except (OSError, ValueError):
        return {}
    return found[1] if found else {}


def _prices() -> DataSet:
    path, problem = active_price_path()
    origin = "imported" if path.parent.parent == data_set_dir("prices") else "shipped"
    meta = _imported("prices") if origin == "imported" else {}
    try:
        table = load_price_table(path)
    except (OSError, ValueError) as exc:  # load_price_table() then uses the shipped table: say so
        problem = f"the imported price table {path} cannot be read ({exc}); using the shipped one"
        origin, meta, path = "shipped", {}, shipped_price_path()
        table = load_price_table(path)
    return DataSet(
        "prices",
        "us",
        origin,
        "curated MSRP table" if origin == "shipped" else str(meta.get("source", "your price table")),
        price_table_as_of(table),
        str(meta.get("imported_at", "")) if origin == "imported" else "",
        int(table["msrp_usd"].notna().sum()),
        str(meta.get("sha256", "")) if origin == "imported" else _sha(path),
        str(path),
        problem,
        REFRESH["prices"],
    )


def _incentives() -> DataSet:
    path, problem = active_catalogue_path()
    origin = "imported" if path.parent.parent == data_set_dir("incentives") else "shipped"
    meta = _imported("incentives") if origin == "imported" else {}
    catalogue = read_incentive_file("catalogue.json")
    if origin == "imported" and catalogue.get("data_date") != meta.get("as_of"):  # the import no longer reads
        problem = f"the imported incentives {path} cannot be read; using the shipped ones"
        origin, meta, path = "shipped", {}, resource_path("incentives", "catalogue.json")
    return DataSet(
        "incentives",
        "us",
        origin,
        "Rewiring America incentives data" if origin == "shipped" else str(meta.get("source", "your incentives data")),
        str(catalogue.get("data_date", "")),
        str(meta.get("imported_at", "")),
        len(catalogue.get("programs", [])),
        str(meta.get("sha256", "")) if origin == "imported" else _sha(path),
        str(path),
        problem,
        REFRESH["incentives"],
    )


def _state_figures() -> DataSet:
    path, problem = state_figures.active_state_path()
    origin = "imported" if path.parent.parent == data_set_dir("state-figures") else "shipped"
    meta = _imported("state-figures") if origin == "imported" else {}
    if origin == "imported":  # _table() falls back to the shipped table when the import no longer reads: say so
        try:
            state_figures.parse_state_table(path.read_text(encoding="utf-8"), str(path))
        except (OSError, ValueError) as exc:
            problem = f"the imported state figures {path} cannot be read ({exc}); using the shipped ones"
            origin, meta, path = "shipped", {}, resource_path(*state_figures.REGIONAL_FILE)
    table = state_figures._table()
    return DataSet(
        "state-figures",
        "us",
        origin,
        "EIA, EPA eGRID and state sources" if origin == "shipped" else str(meta.get("source", "your state figures")),
        state_figures.table_as_of(table),
        str(meta.get("imported_at", "")),
        sum(len(fields) for fields in table.values()),
        str(meta.get("sha256", "")) if origin == "imported" else _sha(path),
        str(path),
        problem,
        REFRESH["state-figures"],
    )


def us_data_sets() -> list[DataSet]:
    """The US data sets in use now (vehicles, prices, incentives, state figures)."""
    return [_vehicles(), _prices(), _incentives(), _state_figures()]


def _csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def market_data_sets(code: str) -> list[DataSet]:
    """A market pack's own tables (they ship with the app: a new release refreshes them); [] for the US."""
    market = load_market(code)
    folder = market.folder
    if folder is None:
        return []
    built = str(read_json(folder / "metadata.json", 1 << 20).get("built", ""))
    vehicles = _csv_rows(folder / "vehicles.csv")
    regions = _csv_rows(folder / "regions.csv")
    programs = (
        read_json(folder / "incentives.json", 4 << 20).get("programs", []) if (folder / "incentives.json").is_file() else []
    )
    dated = {
        "vehicles": (_newest([r.get("price_date", "") for r in vehicles]), len(vehicles), "vehicles.csv"),
        "regions": (_newest([r.get("as_of", "") for r in regions]), len(regions), "regions.csv"),
        "incentives": (_newest([str(p.get("checked", "")) for p in programs]), len(programs), "incentives.json"),
    }
    return [
        DataSet(
            f"{code}-{part}",
            code,
            "shipped",
            market.name,
            day or built,
            "",
            rows,
            _sha(folder / name),
            str(folder / name),
            built=built,
        )
        for part, (day, rows, name) in dated.items()
    ]


def all_data_sets() -> list[DataSet]:
    """The US data sets, then every installed market pack's."""
    return us_data_sets() + [s for code in installed_market_codes() if code != "us" for s in market_data_sets(code)]


def is_stale(as_of: str, today: date) -> bool:
    """Whether the data's date lies more than STALE_MONTHS before `today`."""
    day = parse_day(as_of)
    if day is None:
        return False
    year, month = divmod(day.month - 1 + STALE_MONTHS, 12)
    last = date(day.year + year, month + 1, 1)
    limit = min(day.day, 28) if month + 1 == 2 else day.day
    try:
        deadline = last.replace(day=limit)
    except ValueError:  # the 31st of a 30-day month
        deadline = last.replace(day=30)
    return today > deadline


def stale_sets(sets: list[DataSet], today: date) -> list[tuple[DataSet, int]]:
    """The data sets more than STALE_MONTHS old on `today`, with their age in whole months."""
    return [(s, age_months(s.as_of, today) or 0) for s in sets if is_stale(s.as_of, today)]


def reset_kind(kind: str) -> bool:
    """Go back to the shipped data of `kind`; whether an import was active."""
    if kind == "vehicles":
        pointer = imported_databases_dir() / "active.json"
        if not os.path.lexists(pointer):
            return False
        os.replace(pointer, pointer.with_name("active.json.reset"))
        return True
    done = reset(kind)
    if kind == "incentives":
        clear_caches()
    if kind == "state-figures":
        state_figures._table.cache_clear()
    return done


def data_sets_for(region: str) -> list[DataSet]:
    """The data sets a household of `region` (a US state, `US`, or a market pack's region) is costed with."""
    market = market_of_region(region)
    return us_data_sets() if market.is_us else market_data_sets(market.code)
