"""TeslaMate drives: the `drives` table exported with a header, and the Grafana "Drives" dashboard's table CSV.

The table (teslamate-org/teslamate, lib/teslamate/log/drive.ex; e.g. `\\copy drives to 'drives.csv' csv header`):
`start_date`, `end_date` (UTC timestamps), `distance` (km), `duration_min`, `outside_temp_avg` (C), `start_km` /
`end_km` (odometer, km), `speed_max`, `power_max`, `car_id`, ... A drive is placed on the date of `start_date` as
written (UTC: a drive late in the evening west of Greenwich falls on the next day). A drive without a distance
takes `end_km - start_km`; one with neither (still in progress when exported) is skipped and counted.

The Grafana "Drives" table (grafana/dashboards/drives.json) exported as CSV: `Date` (start_date), `Start`,
`Destination`, `Duration` (minutes), `km` or `mi` (distance_km / distance_mi with raw field names), `Temp`
(outside_temp_c / outside_temp_f), `Speed`, `% Start`, `% End`, ... A formatted export's units ("12.4 km",
"8 °C") are read from the values; an unformatted `Temp` is taken as C beside `km` and F beside `mi`, the pairing
TeslaMate's settings give by default. Dates may also be epoch milliseconds.

One car per file: a table export with several `car_id`s is refused (export one car's drives).
"""

from __future__ import annotations

import math

import numpy as np

from buyer_app.core.driving.formats.common import (
    MI_PER_KM,
    Days,
    Table,
    build_import,
    f_from_c,
    monthly_temps_f,
    number,
)
from buyer_app.core.driving.logs import NUMBER_RULE, LogImport, _Problems
from buyer_app.core.errors import FieldProblem, InputError

TABLE_COLUMNS = ("start_date", "distance")
GRAFANA_DISTANCE = {"km": "km", "mi": "mi", "distance_km": "km", "distance_mi": "mi"}
GRAFANA_TEMP = {"temp": "", "outside_temp_c": "C", "outside_temp_f": "F"}
GRAFANA_MARKERS = ("destination", "start", "duration", "duration_min", "start_address", "end_address")


def is_table(table: Table) -> bool:
    return all(c in table.names for c in TABLE_COLUMNS) and any(
        c in table.names for c in ("end_date", "duration_min", "start_km", "outside_temp_avg")
    )


def is_grafana(table: Table) -> bool:
    dated = "date" in table.names or "start_date" in table.names
    return dated and any(c in table.names for c in GRAFANA_DISTANCE) and any(c in table.names for c in GRAFANA_MARKERS)


def read_teslamate(table: Table, source: str, context: str) -> LogImport:
    """A `drives` table export or a Grafana "Drives" CSV (see the module docstring)."""
    grafana = not is_table(table)
    date_col = table.column("date", "start_date") if grafana else table.column("start_date")
    if grafana:
        dist_col = table.column(*GRAFANA_DISTANCE)
        assert dist_col is not None
        dist_unit = GRAFANA_DISTANCE[table.names[dist_col]]
        temp_col = table.column(*GRAFANA_TEMP)
        temp_unit = GRAFANA_TEMP[table.names[temp_col]] if temp_col is not None else ""
        temp_unit = temp_unit or ("C" if dist_unit == "km" else "F")
        start_km = end_km = car_col = None
    else:
        dist_col, dist_unit = table.column("distance"), "km"
        temp_col, temp_unit = table.column("outside_temp_avg"), "C"
        start_km, end_km, car_col = table.column("start_km"), table.column("end_km"), table.column("car_id")
    assert date_col is not None and dist_col is not None
    to_mi = MI_PER_KM if dist_unit == "km" else 1.0
    problems = _Problems()
    days = Days()
    miles: list[float] = []
    temps: list[float] = []
    lines: list[int] = []
    cars: dict[str, int] = {}
    seen: dict[str, int] = {}  # a drive's id (the table) or the whole row (Grafana) -> its first line
    id_col = None if grafana else table.column("id")
    rows = skipped = 0
    width = len(table.header)
    needed = max(c for c in (date_col, dist_col, temp_col, start_km, end_km, car_col) if c is not None)
    for line, fields in table.records:
        rows += 1
        if len(fields) <= needed:
            problems.add(line, table.delimiter.join(fields), f"{len(fields)} fields where the header has {width}")
            continue
        key = fields[id_col].strip() if id_col is not None else table.delimiter.join(fields)
        first = seen.setdefault(key, line)
        if first != line:
            what = f"the drive with id {key}" if id_col is not None else "every field is the same"
            problems.add(line, table.delimiter.join(fields)[:120], f"a duplicate of line {first}: {what} (exported twice?)")
            continue
        text = fields[dist_col]
        distance = number(text)
        if distance is None and not text.strip() and start_km is not None and end_km is not None:
            a, b = number(fields[start_km]), number(fields[end_km])
            distance = b - a if a is not None and b is not None and b >= a else None
            if distance is None and not fields[start_km].strip():
                skipped += 1  # a drive in progress when exported: no distance, no odometer
                continue
        if distance is None:
            if not text.strip():
                skipped += 1
                continue
            problems.add(line, text, f"the distance ({dist_unit}) is not a number of 0 or more; {NUMBER_RULE}")
            continue
        temp = math.nan
        if temp_col is not None and fields[temp_col].strip():
            raw = fields[temp_col]
            value = number(raw, signed=True)
            if value is None or not -60 <= value <= 140:
                problems.add(line, raw, "an outside temperature (a number, C or F)")
                continue
            unit = "F" if "F" in raw.upper().replace("°", "") and grafana else temp_unit
            temp = value if unit == "F" else f_from_c(value)
        if not days.add(fields[date_col], line, problems, epoch_ms=grafana):
            continue
        if car_col is not None:
            car = fields[car_col].strip()
            cars[car] = cars.get(car, 0) + 1
        miles.append(distance * to_mi)
        temps.append(temp)
        lines.append(line)
    if len(cars) > 1:
        listed = ", ".join(f"car_id {car}: {n:,} drives" for car, n in sorted(cars.items()))
        raise InputError([FieldProblem("car_id", listed, "the drives of one car (export one car_id)")], context)
    day_arr = days.settle(problems)
    mi_arr = np.asarray(miles, dtype=np.float64)
    temp_arr = np.asarray(temps, dtype=np.float64)
    return build_import(
        day_arr,
        mi_arr,
        np.asarray(lines, dtype=np.int64),
        rows=rows,
        source=source,
        fmt="teslamate_grafana_drives" if grafana else "teslamate_drives",
        unit=dist_unit,
        context=context,
        problems=problems,
        header_line=table.header_line,
        skipped=skipped,
        date_order=days.order,
        date_order_assumed=days.order_assumed,
        monthly_temp_f=monthly_temps_f(day_arr, mi_arr, temp_arr) if temp_col is not None and day_arr.size else (),
    )
