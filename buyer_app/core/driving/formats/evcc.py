"""evcc charging sessions CSV (format "evcc_sessions"): where and how much the household already charges, and
its daily distances from the odometer readings the sessions carry.

Columns (evcc-io/evcc, core/session/session.go, headers from i18n `sessions.csv.*`; the older struct tags in
brackets): `Created`, `Finished`, `Charging point` (`Loadpoint`), `Identifier`, `Vehicle`, `Mileage (km)`
(`Odometer (km)`), `Meter start (kWh)`, `Meter stop (kWh)`, `Energy (kWh)` (`Charged Energy (kWh)`), `Duration`,
`SoC start (%)`, `SoC end (%)`, `Solar (%)`, `Cost`, `Price/kWh`, `CO₂/kWh`.

Distances: the odometer of one vehicle, read at each session's `Created` date, differences spread evenly over the
days between two sessions (odometer.py's rule); sessions without an odometer are skipped and counted. Sessions of
several vehicles with odometers are refused (filter the export by vehicle in evcc). Charging: every session counts:
the energy of the most recent 365 days (or the whole export scaled to a year when it spans less), the number of
sessions, and the energy by charging point and by vehicle.
"""

from __future__ import annotations

import math

from buyer_app.core.driving.formats.common import MI_PER_KM, Days, Table, build_import, number, spread_readings
from buyer_app.core.driving.logs import YEAR_DAYS, ChargingSummary, LogImport, _Problems
from buyer_app.core.errors import FieldProblem, InputError

CREATED = ("created",)
LOADPOINT = ("charging point", "loadpoint")
VEHICLE = ("vehicle",)
ODOMETER = ("mileage (km)", "odometer (km)")
ENERGY = ("energy (kwh)", "charged energy (kwh)")
MAX_SESSION_KWH = 500.0  # more than any car's battery takes in one session


def is_evcc(table: Table) -> bool:
    return "created" in table.names and "finished" in table.names and table.column(*ENERGY) is not None


def _groups(keys: list[str], kwh: list[float]) -> tuple[tuple[str, int, float], ...]:
    sums: dict[str, list[float]] = {}
    for key, value in zip(keys, kwh, strict=True):
        entry = sums.setdefault(key, [0, 0.0])
        entry[0] += 1
        entry[1] += value
    return tuple(sorted(((k, int(v[0]), round(v[1], 1)) for k, v in sums.items()), key=lambda g: -g[2]))


def read_evcc(table: Table, source: str, context: str) -> LogImport:
    """Distances and charging of an evcc sessions export (see the module docstring)."""
    created, energy_col = table.column(*CREATED), table.column(*ENERGY)
    assert created is not None and energy_col is not None
    lp_col, car_col, odo_col = table.column(*LOADPOINT), table.column(*VEHICLE), table.column(*ODOMETER)
    if odo_col is None:
        raise InputError(
            [FieldProblem("odometer column", f"headers found: {', '.join(table.header)}", "a 'Mileage (km)' column")], context
        )
    problems = _Problems()
    days = Days()
    kwh: list[float] = []
    loadpoints: list[str] = []
    vehicles: list[str] = []
    readings: list[tuple[int, int, str, float, str]] = []  # index into days, line, sort key, miles, vehicle
    seen: dict[str, int] = {}
    rows = skipped = 0
    needed = max(c for c in (created, energy_col, lp_col, car_col, odo_col) if c is not None)
    for line, fields in table.records:
        rows += 1
        if needed >= len(fields):
            problems.add(line, table.delimiter.join(fields), f"{len(fields)} fields where the header has {len(table.header)}")
            continue
        whole = table.delimiter.join(f.strip() for f in fields)
        first = seen.setdefault(whole, line)
        if first != line:
            problems.add(line, whole[:120], f"a duplicate of line {first}: every field is the same (exported twice?)")
            continue
        energy = number(fields[energy_col])
        if energy is None or energy > MAX_SESSION_KWH:
            problems.add(line, fields[energy_col], f"the energy charged, from 0 to {MAX_SESSION_KWH:,.0f} kWh")
            continue
        odo_text = fields[odo_col].strip()
        odometer = number(odo_text) if odo_text else None
        if odo_text and odometer is None:
            problems.add(line, odo_text, "an odometer reading in km (a number of 0 or more)")
            continue
        if not days.add(fields[created], line, problems):
            continue
        vehicle = fields[car_col].strip() if car_col is not None else ""
        kwh.append(energy)
        loadpoints.append(fields[lp_col].strip() if lp_col is not None else "")
        vehicles.append(vehicle)
        if odometer is None:
            skipped += 1
        else:
            readings.append((len(days.ordinals) - 1, line, fields[created].strip(), odometer * MI_PER_KM, vehicle))
    ordinals = days.settle(problems)
    with_odometer = sorted({r[4] for r in readings})
    if len(with_odometer) > 1:
        listed = ", ".join(f"{v or '(no name)'}: {sum(1 for r in readings if r[4] == v)} sessions" for v in with_odometer)
        raise InputError([FieldProblem("Vehicle", listed, "the sessions of one vehicle (filter the export by vehicle)")], context)
    if not readings and not problems.by_line:
        raise InputError(
            [
                FieldProblem(
                    "Mileage (km)", "empty in every session", "odometer readings (evcc records them for vehicles it reads)"
                )
            ],
            context,
        )
    located = [(int(ordinals[i]), line, key, mi) for i, line, key, mi, _ in readings]
    day_arr, mi_arr, line_arr, spread = spread_readings(located, "km", problems)
    charging = None
    if kwh:
        first, last = int(ordinals.min()), int(ordinals.max())
        span = last - first + 1
        total = math.fsum(kwh)
        if span >= YEAR_DAYS:
            year = math.fsum(k for k, d in zip(kwh, ordinals, strict=True) if d > last - YEAR_DAYS)
        else:
            year = total * YEAR_DAYS / span
        charging = ChargingSummary(
            sessions=len(kwh),
            kwh_total=round(total, 1),
            kwh_year=round(year, 1),
            annualised=span < YEAR_DAYS,
            span_days=span,
            by_loadpoint=_groups(loadpoints, kwh) if lp_col is not None else (),
            by_vehicle=_groups(vehicles, kwh) if car_col is not None else (),
        )
    return build_import(
        day_arr,
        mi_arr,
        line_arr,
        rows=rows,
        source=source,
        fmt="evcc_sessions",
        unit="km",
        context=context,
        problems=problems,
        header_line=table.header_line,
        skipped=skipped,
        spread_intervals=spread,
        charging=charging,
        date_order=days.order,
        date_order_assumed=days.order_assumed,
    )
