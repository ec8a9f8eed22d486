"""Rebuild the shipped database in resources/vehicles from ../shared/data with the app's own importers.

.venv/bin/python tools/build_shipped_database.py [SHARED_DATA_DIR]
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from buyer_app.core.vehicles.db_import import SPEC_FILE, build_database
from buyer_app.core.vehicles.importers.ev_specs import build_spec_table

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data"
    out = ROOT / "resources" / "vehicles"
    specs = build_spec_table(
        shared / "open_ev_data" / "open_ev_data_flat.csv", shared / "chargeprice_open_ev_data" / "ev-data.json"
    )
    out.mkdir(parents=True, exist_ok=True)
    specs.to_csv(out / SPEC_FILE, index=False, lineterminator="\n")
    result = build_database(shared / "epa_fueleconomy" / "vehicles.csv.zip", out, specs, stamp=False)
    licences = ROOT / "resources" / "licences"
    licences.mkdir(exist_ok=True)
    shutil.copyfile(shared / "open_ev_data" / "LICENCE", licences / "OpenEV-Data-CDLA-Permissive-2.0.txt")
    shutil.copyfile(shared / "chargeprice_open_ev_data" / "LICENSE", licences / "Chargeprice-Open-EV-Data-MIT.txt")
    meta = result.metadata
    print(
        f"{meta['vehicles']} vehicles; enrichment {meta['enrichment']['matched']}/{meta['enrichment']['eligible']}"
        f" = {meta['enrichment']['rate']:.1%}; written to {out}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
