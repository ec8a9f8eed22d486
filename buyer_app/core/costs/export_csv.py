"""A comparison's costs as CSV for a spreadsheet: per vehicle, per year, per category, then its totals.

Columns: `vehicle_id, vehicle, year, category, item, amount_usd, cumulative_usd`.
- One row per vehicle, year and cost category (the categories of `compare --json`). Year 1's
  `incentives` is split into one row per incentive counted, named in `item` (the amounts add up to the
  category); with none counted it is one row of 0.
- `cumulative_usd`: the vehicle's running total after the row, so the last row of a year is the
  cumulative cost at that year's end (`compare --json`'s `cumulative`).
- Then the vehicle's totals, with `year` = `total`: one row per category over all years and a last
  row of category `total` with `total_cost` in both money columns (filter `year` to leave them out of
  a pivot table).
- Money in USD rounded to the cent, written with a dot and no thousands separator; negative amounts
  (incentives, resale) are costs taken off.

Encoding: UTF-8 with a byte-order mark. Excel reads a CSV without one in the computer's legacy code
page, which garbles every non-ASCII character of vehicle and incentive names; LibreOffice, Numbers,
Google Sheets, pandas (`utf-8-sig`) and Python's csv module (`encoding="utf-8-sig"`) read the mark
as what it is. Fields are quoted as RFC 4180 asks (csv module, CRLF line ends).

Formula injection: a text cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return (after
any leading spaces) is written with a leading `'`, so a spreadsheet shows it as text instead of running
it (OWASP, CSV Injection). Vehicle names come from imported data and incentive names from the user.
Numbers the app formats itself are written as numbers.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from buyer_app.core.costs.compare import Comparison, VehicleOutcome
from buyer_app.core.costs.model import CATEGORIES
from buyer_app.core.files.storage import atomic_write_bytes

COLUMNS = ("vehicle_id", "vehicle", "year", "category", "item", "amount_usd", "cumulative_usd")
TOTAL = "total"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_text(value: str) -> str:
    """`value` as a cell a spreadsheet will not read as a formula."""
    if value.lstrip(" ").startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _money(value: float) -> str:
    text = f"{value:.2f}"
    return "0.00" if text == "-0.00" else text


def _vehicle_rows(v: VehicleOutcome) -> list[list[str]]:
    label = safe_text(v.label)
    head = [str(v.id), label]
    rows: list[list[str]] = []
    running = 0.0
    years = len(v.cumulative)
    for y in range(years):
        for category in CATEGORIES:
            amount = float(v.yearly_costs[category][y])
            counted = [d for d in v.incentives if d.applied and d.amount > 0] if category == "incentives" and y == 0 else []
            parts = [(d.name, -float(d.amount)) for d in counted]
            if not parts or abs(sum(a for _, a in parts) - amount) > 0.005:
                parts = [("", amount)]  # not itemised when the programs do not add up to the category
            for item, part in parts:
                running += part
                rows.append([*head, str(y + 1), safe_text(category), safe_text(item), _money(part), _money(running)])
    for category in CATEGORIES:
        rows.append([*head, TOTAL, safe_text(category), "", _money(sum(v.yearly_costs[category])), ""])
    rows.append([*head, TOTAL, TOTAL, "", _money(v.total_cost), _money(v.total_cost)])
    return rows


def comparison_rows(comparison: Comparison) -> list[list[str]]:
    """Every data row (without the header), vehicle after vehicle in the comparison's order."""
    return [row for v in comparison.vehicles for row in _vehicle_rows(v)]


def _csv_text(rows: list[list[str]]) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(rows)
    return buffer.getvalue()


def comparison_csv(comparison: Comparison) -> str:
    """The CSV text (header first, CRLF line ends; without the byte-order mark)."""
    return _csv_text(comparison_rows(comparison))


def write_csv(comparison: Comparison, path: Path) -> int:
    """Write the CSV atomically (UTF-8 with BOM; no .bak kept: an export, not user data); the number of
    data rows. OSError when the path cannot be written, and then nothing there has changed."""
    rows = comparison_rows(comparison)
    atomic_write_bytes(path, _csv_text(rows).encode("utf-8-sig"), backup=False)
    return len(rows)
