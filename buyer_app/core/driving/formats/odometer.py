"""A CSV of odometer readings: a date column and an odometer column (format "odometer_csv").

Headers: a date column as the generic log names it (`date`, `day`, ...) and an odometer column (ODOMETER_HEADERS);
the unit from the header (`odometer (km)`, `odometer_mi`), else the unit argument, else refused. Readings are put
in date order (the file's order within a day). The distance between two readings is the difference: on the later
reading's date when both are on the same day, else spread evenly over the days after the earlier reading up to the
later one (a weekly reading gives seven equal days). An odometer that goes down is refused with its line. The first
reading starts the log: the driving before it is unknown. A file with both an odometer and a distance column is
read as a generic log (its distances).
"""

from __future__ import annotations

from buyer_app.core.driving.formats.common import MI_PER_KM, Days, Table, build_import, number, spread_readings
from buyer_app.core.driving.logs import DATE_HEADERS, DISTANCE_HEADERS, LogImport, _Problems
from buyer_app.core.errors import FieldProblem, InputError

ODOMETER_HEADERS = (
    "odometer",
    "odometer (km)",
    "odometer (mi)",
    "odometer_km",
    "odometer_mi",
    "odometer km",
    "odometer mi",
    "odometer reading",
    "odo",
)
MAX_READING = 3_000_000.0  # km or mi: no car's odometer reads more


def header_unit(name: str) -> str | None:
    for unit in ("km", "mi"):
        if name.endswith((f"({unit})", f"_{unit}", f" {unit}")):
            return unit
    return None


def is_odometer(table: Table) -> bool:
    return (
        table.column(*DATE_HEADERS) is not None
        and table.column(*ODOMETER_HEADERS) is not None
        and table.column(*DISTANCE_HEADERS) is None
    )


def read_odometer(table: Table, source: str, context: str, unit: str | None) -> LogImport:
    """Daily distances from a CSV of dated odometer readings (see the module docstring)."""
    date_col, odo_col = table.column(*DATE_HEADERS), table.column(*ODOMETER_HEADERS)
    assert date_col is not None and odo_col is not None
    named = header_unit(table.names[odo_col])
    if named and unit and named != unit:
        raise InputError(
            [FieldProblem("unit", unit, f"the unit the column {table.header[odo_col]!r} names ({named}), or no unit argument")],
            context,
        )
    chosen = named or unit
    if chosen is None:
        raise InputError(
            [
                FieldProblem(
                    "unit",
                    f"odometer column {table.header[odo_col]!r}",
                    "miles or kilometres: name the column 'odometer (mi)' or 'odometer (km)', or give the unit",
                )
            ],
            context,
        )
    to_mi = MI_PER_KM if chosen == "km" else 1.0
    problems = _Problems()
    days = Days()
    values: list[tuple[int, float]] = []  # line, miles
    rows = 0
    for line, fields in table.records:
        rows += 1
        if max(date_col, odo_col) >= len(fields):
            problems.add(line, table.delimiter.join(fields), f"{len(fields)} fields where the header has {len(table.header)}")
            continue
        reading = number(fields[odo_col])
        if reading is None or reading > MAX_READING:
            problems.add(line, fields[odo_col], f"an odometer reading from 0 to {MAX_READING:,.0f} ({chosen})")
            continue
        if days.add(fields[date_col], line, problems):
            values.append((line, reading * to_mi))
    ordinals = days.settle(problems)
    readings = [(int(d), line, f"{k:09d}", mi) for k, (d, (line, mi)) in enumerate(zip(ordinals, values, strict=True))]
    if len(readings) < 2 and not problems.by_line:
        raise InputError([FieldProblem("rows", f"{len(readings)} reading", "two or more dated odometer readings")], context)
    day_arr, mi_arr, line_arr, spread = spread_readings(readings, chosen, problems)
    return build_import(
        day_arr,
        mi_arr,
        line_arr,
        rows=rows,
        source=source,
        fmt="odometer_csv",
        unit=chosen,
        context=context,
        problems=problems,
        header_line=table.header_line,
        spread_intervals=spread,
        date_order=days.order,
        date_order_assumed=days.order_assumed,
    )
