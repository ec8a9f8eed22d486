"""Benchmarks of the core (figures for README.md). Run: .venv/bin/python benchmarks/bench_core.py

Prints medians of repeated runs, and ratios against baselines measured in the same run. Not a test:
these machines are shared and noisy, so nothing here fails on a number.
"""

from __future__ import annotations

import io
import json
import sqlite3
import statistics
import time
from collections.abc import Callable
from dataclasses import replace

import pandas as pd

from buyer_app.core.costs.choices import VehicleChoice
from buyer_app.core.costs.compare import compare
from buyer_app.core.costs.model import compute_costs
from buyer_app.core.costs.rank import RankFilters, rank
from buyer_app.core.driving.patterns import SimplePattern, driving_year
from buyer_app.core.energy.day_model import simulate_year
from buyer_app.core.household.fields import Household
from buyer_app.core.household.state_fill import with_state
from buyer_app.core.region.climate import state_climate
from buyer_app.core.vehicles.database import VEHICLES_FILE, VehicleDatabase, load_database, shipped_database_dir
from buyer_app.core.vehicles.inputs import inputs_from_frame
from buyer_app.core.vehicles.schema import COLUMNS


def median_ms(fn: Callable[[], object], repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    csv_path = shipped_database_dir() / VEHICLES_FILE
    print("Database load (median of 7):")
    load_all = median_ms(lambda: load_database())
    load_raw = median_ms(lambda: load_database(with_prices=False))
    print(f"  load_database() with curated prices: {load_all:7.1f} ms   (target < 150 ms)")
    print(f"  load_database() without prices:      {load_raw:7.1f} ms")
    frame = pd.read_csv(
        csv_path, dtype=COLUMNS, keep_default_na=False, na_values={c: [""] for c, t in COLUMNS.items() if t == "float64"}
    )
    as_json = frame.to_json(orient="records")
    con = sqlite3.connect(":memory:")
    frame.to_sql("vehicles", con, index=False)
    print("  format choice, same 15k-row table:")
    print(f"    CSV (shipped, pandas C parser): {median_ms(lambda: pd.read_csv(csv_path, dtype=COLUMNS)):7.1f} ms")
    print(f"    JSON records:                   {median_ms(lambda: pd.read_json(io.StringIO(as_json))):7.1f} ms")
    print(f"    SQLite read_sql (in memory):    {median_ms(lambda: pd.read_sql('select * from vehicles', con)):7.1f} ms")

    db = load_database()
    household = Household(years=10)
    ranked = rank(db, household, RankFilters())
    n = ranked.considered
    rank_ms = median_ms(lambda: rank(db, household, RankFilters()))
    subset = db.frame[db.frame["supported"]].copy()
    subset["price"] = subset["msrp_usd"]
    inputs_all = inputs_from_frame(subset)
    engine_ms = median_ms(lambda: compute_costs(household, inputs_all))
    sample = 2000  # the full loop takes ~20 s a run; time a sample and scale to the whole database
    rows = [subset.iloc[[i]] for i in range(0, len(subset), max(1, len(subset) // sample))][:sample]

    def loop() -> None:
        for row in rows:
            compute_costs(household, inputs_from_frame(row))

    loop_ms = median_ms(loop, repeat=3) * len(subset) / len(rows)
    print(f"\nRank the whole database ({n:,} vehicles, 10 years; median of 7):")
    print(f"  rank() with filters and sorting:  {rank_ms:7.1f} ms   (target < 50 ms)")
    print(f"  engine only, vectorised:          {engine_ms:7.1f} ms")
    print(f"  same vehicles one at a time, loop:{loop_ms:8.1f} ms (median of 3, {len(rows)} timed, scaled to {len(subset):,})")
    print(f"  speed-up of rank() over the loop: {loop_ms / rank_ms:7.0f}x   (target >= 50x)")

    ids = [48765, 48032, 49160, 48937, 48764, 48030, 48996, 48034]
    choices = [VehicleChoice(i, price=30000.0) for i in ids]
    h15 = Household(years=15)
    print(f"\ncompare 8 vehicles over 15 years: {median_ms(lambda: compare(db, h15, choices)):7.1f} ms (median of 7)")
    day = bench_day_model(db, ids, h15, rank_ms)
    region = bench_region(db, choices, h15, rank_ms)
    log = bench_driving_log()
    print(
        json.dumps(
            {"load_ms": round(load_all, 1), "rank_ms": round(rank_ms, 1), "loop_ms": round(loop_ms, 1), **day, **region, **log}
        )
    )


def bench_region(db: VehicleDatabase, choices: list[VehicleChoice], h15: Household, rank_plain_ms: float) -> dict[str, float]:
    """What a state adds: its climate, and the incentive catalogue decided for every vehicle."""
    print("\nA household in a state, buying 2026-12-01 (median of 7):")
    results = {}
    plain_ms = median_ms(lambda: compare(db, h15, choices))
    for state in ("CO", "CA"):
        h = with_state(h15, state).with_values({"purchase_date": "2026-12-01", "income": 90000})
        ms = median_ms(lambda h=h: compare(db, h, choices))
        rank_state = median_ms(lambda h=h: rank(db, replace(h, years=10), RankFilters()))
        print(
            f"  {state}: compare 8 vehicles {ms:6.1f} ms ({ms / plain_ms:3.1f}x without a state); rank() whole "
            f"database {rank_state:6.1f} ms ({rank_state / rank_plain_ms:3.1f}x the neutral rank)"
        )
        results[f"compare_{state}_ms"], results[f"rank_{state}_ms"] = round(ms, 1), round(rank_state, 1)
    return results


def bench_day_model(db: VehicleDatabase, ids: list[int], h15: Household, rank_plain_ms: float) -> dict[str, float]:
    """The range-and-charging day model: 8 vehicles x 365 days x 15 years, and a whole-database rank."""
    frame = db.get(ids).copy()
    frame["price"] = 30000.0
    inputs = inputs_from_frame(frame)
    mn = state_climate("MN")
    pattern = SimplePattern(30, 15, 6, 250)
    year = driving_year(pattern)
    print("\nDay-by-day range and charging model (Minnesota, 30/15 mi, six 250-mile trips; median of 21):")
    results = {}
    for access in ("level2", "level1", "none"):
        h = replace(h15, home_charging=access)
        sim_ms = median_ms(lambda h=h: simulate_year(h, inputs, year, mn), repeat=21)
        costs_ms = median_ms(lambda h=h: compute_costs(h, inputs, year, mn), repeat=21)
        print(
            f"  home {access:6}: simulate_year {sim_ms:6.2f} ms; compute_costs over 15 years {costs_ms:6.2f} ms"
            "   (target < 10 ms)"
        )
        results[f"day_model_{access}_ms"] = round(costs_ms, 2)
    plain = median_ms(lambda: compute_costs(h15, inputs), repeat=21)
    print(f"  no pattern, no climate (neutral year): compute_costs {plain:6.2f} ms")
    h10 = Household(years=10)
    for access in ("level2", "none"):
        h = replace(h10, home_charging=access)
        ms = median_ms(lambda h=h: rank(db, h, RankFilters(), pattern, mn))
        print(
            f"  rank() whole database with the pattern, home {access:6}: {ms:7.1f} ms   (target < 200 ms); "
            f"{ms / rank_plain_ms:4.1f}x the neutral rank measured above"
        )
        results[f"rank_pattern_{access}_ms"] = round(ms, 1)
    return results


def bench_driving_log() -> dict[str, float]:
    """Reading a 10,000-row driving log (1,000 days), against the standard library's csv reader of the same bytes."""
    import csv
    from datetime import date, timedelta

    from buyer_app.core.driving.logs import parse_driving_log

    start = date(2024, 1, 1)
    rows = [f"{start + timedelta(days=k // 10)},{k % 10 + 0.5},trip {k}" for k in range(10_000)]
    data = "\n".join(["Date,Miles,Note", *rows]).encode()
    log_ms = median_ms(lambda: parse_driving_log(data), repeat=11)
    floor_ms = median_ms(lambda: list(csv.reader(io.StringIO(data.decode()))), repeat=11)
    print(
        f"\nDriving log of 10,000 rows: parse_driving_log {log_ms:6.1f} ms (target < 300 ms); "
        f"csv.reader alone {floor_ms:5.1f} ms ({log_ms / floor_ms:4.1f}x; median of 11)"
    )
    return {"driving_log_10k_ms": round(log_ms, 1)}


if __name__ == "__main__":
    main()
