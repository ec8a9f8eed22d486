"""Build resources/climate/state_monthly_temperature_f.csv from ../shared/data/state_facts.

    .venv/bin/python tools/build_climate_table.py [SHARED_DATA_DIR]

Keeps the 1991-2020 NOAA NCEI nClimDiv statewide monthly means (public domain) with their source on
every row. The District of Columbia has no nClimDiv series: it takes Maryland's (the state that
surrounds it), and its row says so.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
OUT = ROOT / "resources" / "climate" / "state_monthly_temperature_f.csv"


def build(shared: Path) -> pd.DataFrame:
    raw = pd.read_csv(shared / "state_facts" / "state_monthly_mean_temperature_f.csv", dtype={"nclimdiv_state_code": str})
    cols = [f"{m}_f" for m in MONTHS]
    table = raw[["state_abbr", "state_name", *cols, "period", "dataset", "data_version", "source_url"]].copy()
    table["source"] = "NOAA NCEI nClimDiv statewide mean temperature, " + table["period"] + " mean (public domain)"
    table["note"] = raw["notes"].fillna("")
    dc = table["state_abbr"] == "DC"
    md = table.loc[table["state_abbr"] == "MD"].iloc[0]
    table.loc[dc, cols] = md[cols].to_numpy()
    for key in ("period", "dataset", "data_version", "source_url", "source"):
        table.loc[dc, key] = md[key]
    table.loc[dc, "note"] = "No nClimDiv series for DC: Maryland's statewide means are used."
    missing = table[cols].isna().any(axis=1)
    if missing.any():
        raise SystemExit("states without temperatures: " + ", ".join(table.loc[missing, "state_abbr"]))
    table[cols] = table[cols].astype(float).round(1)
    return table.sort_values("state_abbr").reset_index(drop=True)


def main() -> int:
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data"
    table = build(shared)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    table.to_csv(OUT, index=False, lineterminator="\n")
    print(f"{len(table)} states and DC written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
