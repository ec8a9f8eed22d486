"""Importing a long driving history: a 10-year TeslaMate `drives` export of 50,000 drives (goal: under 2 s).

Run: .venv/bin/python benchmarks/bench_log_import.py

Writes the file in a temporary folder (every column of the drives table, like `\\copy drives to ... csv header`),
then times the real reader, `read_driving_log` (detection, every check, the year placed, the monthly temperatures),
median of 5 runs, against reading the same file with the standard library's `csv.reader` (open, decode, every
record), measured in the same run as the floor. Not a test: the machine is shared and noisy, nothing fails on a number.
"""

from __future__ import annotations

import csv
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from buyer_app.core.driving.formats import read_driving_log
from buyer_app.core.driving.logs import year_start

DRIVES = 50_000
YEARS = 10
HEADER = (
    "id,start_date,end_date,outside_temp_avg,speed_max,power_max,power_min,start_ideal_range_km,end_ideal_range_km,"
    "start_km,end_km,distance,duration_min,car_id,inside_temp_avg,start_address_id,end_address_id,"
    "start_rated_range_km,end_rated_range_km,start_position_id,end_position_id,start_geofence_id,end_geofence_id"
)


def write_log(path: Path) -> None:
    """50,000 drives evenly over ten years (13.7 a day, 1 to 16 km each), oldest first, as TeslaMate exports them."""
    start = datetime(2016, 1, 4, 6, 0, 0)
    step = timedelta(days=YEARS * 365) / DRIVES
    odometer = 1000.0
    lines = [HEADER]
    for k in range(DRIVES):
        begin = start + step * k
        km = 1.0 + (k * 7919) % 150 / 10.0
        minutes = int(km * 1.3) + 2
        end = begin + timedelta(minutes=minutes)
        temp = -5.0 + (begin.timetuple().tm_yday % 365) / 365.0 * 30.0
        lines.append(
            f"{k + 1},{begin:%Y-%m-%d %H:%M:%S.%f},{end:%Y-%m-%d %H:%M:%S.%f},{temp:.1f},{90 + k % 40},{80.0 + k % 50:.1f},"
            f"-35.0,400.0,{400.0 - km * 1.1:.2f},{odometer:.2f},{odometer + km:.2f},{km:.2f},{minutes},1,21.0,"
            f"{k % 300},{(k + 1) % 300},380.0,{380.0 - km * 1.05:.2f},{k * 30},{k * 30 + 29},,"
        )
        odometer += km
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def median_ms(fn: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        begin = time.perf_counter()
        fn()
        times.append((time.perf_counter() - begin) * 1000)
    return statistics.median(times)


def csv_floor(path: Path) -> int:
    with open(path, encoding="utf-8", newline="") as handle:
        return sum(1 for _ in csv.reader(handle))


def main() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "drives.csv"
        write_log(path)
        size = path.stat().st_size
        log = read_driving_log(path)  # once before timing (imports, caches), and to check what is read
        assert log.format == "teslamate_drives" and log.rows == DRIVES
        read_ms = median_ms(lambda: read_driving_log(path))
        floor_ms = median_ms(lambda: csv_floor(path))
    print(
        f"TeslaMate drives export, {YEARS} years, {DRIVES:,} drives ({size / 2**20:.1f} MiB): "
        f"read_driving_log {read_ms:7.1f} ms (goal < 2,000 ms); csv.reader alone {floor_ms:6.1f} ms "
        f"({read_ms / floor_ms:4.1f}x; median of 5)"
    )
    print(
        f"  used: the year from {year_start(log.last_date)} to {log.last_date}, "
        f"{log.rows_before_year:,} earlier drives counted, {float(log.distances_mi.sum()):,.0f} mi in the year"
    )
    return {"log_import_50k_ms": round(read_ms, 1), "csv_reader_50k_ms": round(floor_ms, 1)}


if __name__ == "__main__":
    main()
