"""Rebuild resources/incentives/catalogue.json from Rewiring America's incentives data (Apache-2.0).

    .venv/bin/python tools/import_incentives.py [RA_DATA_DIR]

RA_DATA_DIR defaults to ../shared/data/rewiring_america_incentives. Writes the catalogue, its import report
(resources/incentives/IMPORT_REPORT.md) and the licence with a NOTICE line. The output depends only on the
data: running it again reproduces every file byte for byte.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from buyer_app.core.incentives.importers.rewiring import (
    DATA_COMMIT,
    DATA_DATE,
    SOURCE,
    ImportResult,
    catalogue_json,
    import_rewiring,
)

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "rewiring_america_incentives"
OUT = ROOT / "resources" / "incentives"
LICENCE = ROOT / "resources" / "licences" / "Rewiring-America-incentives-Apache-2.0.txt"
NOTICE_LINE = (
    f"NOTICE: resources/incentives/catalogue.json is derived from Rewiring America's incentives data ({SOURCE}, "
    f"commit {DATA_COMMIT}, {DATA_DATE}): its vehicle and EV charger entries, changed into the app's catalogue "
    "form by tools/import_incentives.py. The data is licensed under the Apache License 2.0 below."
)

READING_RULES = (
    "Items: new/used electric vehicle -> new_bev/used_bev, new/used plug-in hybrid -> new_phev/used_phev, EV charger -> "
    "charger; other items are dropped and the entry notes that its amount is shared with them.",
    "Amounts come from the data only: a fixed dollar amount or a percent with its maximum as the cap. An amount the "
    "description contradicts, an amount per unit, or 100% with no cap is left out. A range (minimum to number) counts "
    "the minimum, unless the description gives the number for EVs and the minimum for plug-in hybrids: then the entry "
    "is split, the plug-in hybrid part under the id suffixed -PHEV.",
    'Price caps are read from the description ("MSRP up to $X", "maximum MSRP: $X", "$X MSRP or less", '
    '"with a purchase price up to $X"); any other price wording leaves the entry out.',
    "Income: filing-status and household-size tables are kept as limits (a household-size table under $10,000 for one "
    "person is taken as monthly or malformed and not checked); percent of the federal poverty level is computed for "
    "households of 1 to 8; area-median and county tables, and income-qualified entries without a table, are kept as "
    "limits the app cannot check (never counted as money).",
    "Payment: the first method listed; a tax credit that some dealers advance stays a tax credit. Leases: only when the "
    "description mentions them (charger entries hold for bought and leased cars).",
    "Left out as not about a car or a home charger: motorcycles, neighbourhood EVs, carshares, test drives, loans, "
    "public or DC fast chargers, plug-sharing devices. The federal vehicle and charger credits come from curated.json.",
)


def _category(reason: str) -> str:
    return reason.split(": ", 1)[0]


def _kind(items: list[str]) -> str:
    return "charger" if items == ["charger"] else "vehicle"


def _table(title: str, head: tuple[str, ...], rows: Sequence[tuple[object, ...]]) -> list[str]:
    lines = [f"## {title}", "", "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return [*lines, ""]


def report(result: ImportResult) -> str:
    """IMPORT_REPORT.md: what was kept (per state, level and item) and every entry left out, with its reason."""
    programs, skipped = result.programs, result.skipped
    states = sorted({p["state"] for p in programs})
    per_state = [
        (
            s,
            sum(p["state"] == s for p in programs),
            sum(p["state"] == s and _kind(p["items"]) == "vehicle" for p in programs),
            sum(p["state"] == s and _kind(p["items"]) == "charger" for p in programs),
            len(result.utilities.get(s, [])),
        )
        for s in states
    ]
    levels = Counter(p["level"] for p in programs)
    items = Counter(i for p in programs for i in p["items"])
    incomes = Counter((p.get("income") or {}).get("kind", "none") for p in programs)
    reasons = sorted(Counter(_category(r) for _, r in skipped).items(), key=lambda kv: (-kv[1], kv[0]))
    lines = [
        "# Incentive import report",
        "",
        f"Source: Rewiring America incentives data, {SOURCE} (commit {DATA_COMMIT}, {DATA_DATE}), Apache-2.0.",
        "Built by tools/import_incentives.py; re-running it on the same data gives this file byte for byte.",
        "",
        f"Entries about a new or used EV or PHEV, or an EV charger: {len(programs)} catalogue entries kept "
        f"(entries that give separate EV and plug-in hybrid amounts become two, the second with the suffix -PHEV), "
        f"{len(skipped)} left out.",
        "",
        "## How entries are read",
        "",
        *[f"- {rule}" for rule in READING_RULES],
        "",
        *_table("Kept, per state", ("state", "entries", "vehicle", "charger", "utilities listed"), per_state),
        *_table("Kept, per level", ("level", "entries"), sorted(levels.items())),
        *_table("Kept, per item", ("item", "entries"), sorted(items.items())),
        *_table("Income rules", ("kind", "entries"), sorted(incomes.items())),
        *_table("Left out, per reason", ("reason", "entries"), reasons),
        *_table("Every entry left out", ("id", "reason"), [(i, r.replace("|", "/")) for i, r in skipped]),
    ]
    return "\n".join(lines).rstrip() + "\n"


def main() -> int:
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DATA
    result = import_rewiring(data)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "catalogue.json").write_text(catalogue_json(result), encoding="utf-8")
    (OUT / "IMPORT_REPORT.md").write_text(report(result), encoding="utf-8")
    LICENCE.parent.mkdir(parents=True, exist_ok=True)
    licence_text = (data / "LICENSE").read_text(encoding="utf-8")
    LICENCE.write_text(NOTICE_LINE + "\n\n" + licence_text, encoding="utf-8")
    vehicles = sum(_kind(p["items"]) == "vehicle" for p in result.programs)
    print(
        f"{len(result.programs)} entries kept ({vehicles} vehicle, {len(result.programs) - vehicles} charger), "
        f"{len(result.skipped)} left out; written to {OUT}"
    )
    for reason, count in sorted(Counter(_category(r) for _, r in result.skipped).items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {count:3d}  {reason}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
