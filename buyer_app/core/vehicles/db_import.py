"""`db import`: build a vehicle database from an EPA download and make it the active one atomically."""

from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd

from buyer_app import __version__
from buyer_app.core.errors import ImportRefused
from buyer_app.core.files.datasets import LOCK, import_lock
from buyer_app.core.files.storage import atomic_write_text
from buyer_app.core.vehicles.database import (
    ACTIVE_POINTER,
    METADATA_FILE,
    VEHICLES_FILE,
    imported_databases_dir,
    shipped_database_dir,
)
from buyer_app.core.vehicles.importers.epa_file import read_epa_file
from buyer_app.core.vehicles.importers.epa_normalize import normalize
from buyer_app.core.vehicles.importers.ev_specs import EnrichStats, enrich

MIN_YEAR = 2015
SPEC_FILE = "ev_specs.csv"
KEEP_IMPORTS = 2  # the active import and the one before it
IMPORT_LOCK = LOCK


@dataclass(frozen=True)
class ImportResult:
    """What an import produced and where it went."""

    folder: Path
    metadata: dict[str, Any]
    enrich: EnrichStats


def load_spec_table(folder: Path | None = None) -> pd.DataFrame:
    """The shipped battery/charging spec table (derived from OpenEV Data and Chargeprice)."""
    return pd.read_csv(
        (folder or shipped_database_dir()) / SPEC_FILE,
        dtype={"year": "Int64"},
        keep_default_na=False,
        na_values={"battery_kwh": [""], "ac_max_kw": [""], "dc_max_kw": [""], "year": [""]},
    )


def _share_with_specs(vehicles: pd.DataFrame, powertrain: str) -> float:
    specs = vehicles.loc[vehicles["powertrain"] == powertrain, "spec_source"]
    return round(float((specs != "").sum()) / len(specs), 4) if len(specs) else 0.0


def build_database(
    source: Path, destination: Path, specs: pd.DataFrame, min_year: int = MIN_YEAR, stamp: bool = True
) -> ImportResult:
    """Read `source`, normalise, enrich, and write vehicles.csv + metadata.json into `destination`."""
    epa = read_epa_file(source)
    vehicles, report = normalize(epa.frame, min_year)
    if vehicles.empty:
        raise ImportRefused(f"{source}: no usable vehicles of model year {min_year} or later")
    vehicles, stats = enrich(vehicles, specs)
    modified = pd.to_datetime(
        epa.frame["modifiedOn"].str.slice(4, 10) + epa.frame["modifiedOn"].str.slice(-5), format="%b %d %Y", errors="coerce"
    )
    metadata: dict[str, Any] = {
        "format": 1,
        "source_file": epa.source_name,
        "source_sha256": epa.sha256,
        "source_date": epa.entry_date or (str(modified.max().date()) if modified.notna().any() else ""),
        "newest_record_modified": str(modified.max().date()) if modified.notna().any() else "",
        "source_url": "https://www.fueleconomy.gov/feg/epadata/vehicles.csv.zip",
        "source_licence": "US Government work (EPA / DOE fueleconomy.gov), public domain",
        "min_year": min_year,
        "rows_read": report.rows_read,
        "rows_before_min_year": report.rows_before_min_year,
        "rows_skipped": dict(sorted(report.skipped.items())),
        "vehicles": len(vehicles),
        "by_powertrain": {k: int(v) for k, v in vehicles["powertrain"].value_counts().sort_index().items()},
        "by_year": {str(k): int(v) for k, v in vehicles["year"].value_counts().sort_index().items()},
        "enrichment": {
            "eligible": stats.eligible,
            "matched": stats.matched,
            "rate": round(stats.rate, 4),
            "exact_year": stats.exact_year,
            "near_year": stats.near_year,
            "with_dc_curve": stats.with_curve,
            "with_generic_dc_curve": stats.generic_curve,
            "dc_curves_refused": dict(sorted(stats.curves_refused.items())),
            "bev_rate": _share_with_specs(vehicles, "bev"),
            "phev_rate": _share_with_specs(vehicles, "phev"),
            "sources": ["OpenEV Data 1.24.0 (CDLA-Permissive-2.0)", "Chargeprice Open EV Data 2021 (MIT)"],
        },
        "importer_version": __version__,
    }
    if stamp:
        metadata["imported_at"] = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    destination.mkdir(parents=True, exist_ok=True)
    vehicles.to_csv(destination / VEHICLES_FILE, index=False, lineterminator="\n")
    (destination / METADATA_FILE).write_text(json.dumps(metadata, indent=2) + "\n", encoding="utf-8")
    return ImportResult(folder=destination, metadata=metadata, enrich=stats)


def import_database(source: Path) -> ImportResult:
    """Import a user's EPA download into the data folder and switch to it atomically.

    The new database is built in a fresh folder; only when it is complete does the small pointer
    file `active.json` change (os.replace). A failure leaves the active database as it was. Imports are
    serialised by a lock in the folder (a second one is refused while the first runs), so one never removes
    another's work in progress; a folder that cannot be written is an ImportRefused that says so.
    """
    root = imported_databases_dir()
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ImportRefused(f"{root} cannot be created ({exc.strerror or exc}); nothing was imported") from exc
    with import_lock(root):
        try:
            staging = Path(tempfile.mkdtemp(prefix="import-", dir=root))
        except OSError as exc:
            raise ImportRefused(f"{root} cannot be written ({exc.strerror or exc}); nothing was imported") from exc
        try:
            result = build_database(Path(source), staging, load_spec_table())
            final = root / f"db-{result.metadata['source_sha256'][:12]}-{datetime.now(UTC):%Y%m%d%H%M%S%f}"
            staging.rename(final)
        except OSError as exc:  # a full disk while writing the new database
            shutil.rmtree(staging, ignore_errors=True)
            raise ImportRefused(
                f"the new database could not be written in {root} ({exc.strerror or exc}); nothing was imported"
            ) from exc
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        try:
            atomic_write_text(root / ACTIVE_POINTER, json.dumps({"folder": final.name}) + "\n")
        except OSError as exc:
            shutil.rmtree(final, ignore_errors=True)
            raise ImportRefused(
                f"{root / ACTIVE_POINTER} could not be written ({exc.strerror or exc}); the active database is unchanged"
            ) from exc
        _prune(root, keep=final.name)
    return ImportResult(folder=final, metadata=result.metadata, enrich=result.enrich)


def _prune(root: Path, keep: str) -> None:
    folders = sorted((p for p in root.glob("db-*") if p.is_dir()), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in [p for p in folders if p.name != keep][KEEP_IMPORTS - 1 :]:
        shutil.rmtree(old, ignore_errors=True)
    for stale in root.glob("import-*"):
        shutil.rmtree(stale, ignore_errors=True)
