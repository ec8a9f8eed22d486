"""Benchmarks of the uncertainty engine (figures for README.md). Run: .venv/bin/python benchmarks/bench_uncertainty.py

Prints medians of repeated runs, and ratios against a baseline measured in the same run. Not a test: these
machines are shared and noisy, so nothing here fails on a number. Targets (issue 6): 10,000 draws x 8 vehicles
x 15 years under 250 ms; the chance of being cheapest for the top 50 of a whole-database rank under 1 s.
"""

from __future__ import annotations

import json

import numpy as np
from bench_core import median_ms  # the same timing helper (this folder is on the path when run as a script)

from buyer_app.core.costs.choices import VehicleChoice
from buyer_app.core.costs.compare import Comparison, compare
from buyer_app.core.costs.rank import RankFilters, rank
from buyer_app.core.household.fields import Household
from buyer_app.core.uncertainty.draws import PERCENTILES, UncertaintySettings, chunk_of, draw_factors, simulate_curves
from buyer_app.core.uncertainty.rank import rank_chances
from buyer_app.core.uncertainty.run import run_uncertainty
from buyer_app.core.vehicles.database import VehicleDatabase, load_database

# the eight vehicles of bench_core.py: Model 3 RWD/AWD/Performance, Camry hybrids, RAV4 hybrid and PHEV
IDS = [48765, 48032, 49160, 48937, 48764, 48030, 48996, 48034]
LOOP_SAMPLE = 300  # draws timed one at a time; scaled to the full count


def eight_vehicles(db: VehicleDatabase, h: Household) -> Comparison:
    """Base MSRP where the database has one, a $35,000 quote otherwise (every vehicle in the running)."""
    frame = db.get(IDS)
    choices = [
        VehicleChoice(i, price=35_000.0 if np.isnan(msrp) else None)
        for i, msrp in zip(IDS, frame["msrp_usd"].to_numpy(dtype=float), strict=True)
    ]
    return compare(db, h, choices)


def simulation(c: Comparison, settings: UncertaintySettings) -> np.ndarray:
    """Draws, every vehicle's yearly net cost in every draw, and the P10/P50/P90 bands."""
    h = c.household
    pt = np.array([v.powertrain for v in c.vehicles])
    price = np.array([0.0 if v.price is None else v.price for v in c.vehicles])
    curves = simulate_curves(c.result, h, pt, price, draw_factors(settings, h, h.years))
    return np.asarray(np.percentile(curves, PERCENTILES, axis=0))


def one_draw_at_a_time(c: Comparison, settings: UncertaintySettings, draws: int) -> np.ndarray:
    """The same work, the engine called once per draw in a Python loop (the first `draws` draws)."""
    h = c.household
    pt = np.array([v.powertrain for v in c.vehicles])
    price = np.array([0.0 if v.price is None else v.price for v in c.vehicles])
    factors = draw_factors(settings, h, h.years)
    rows = [simulate_curves(c.result, h, pt, price, chunk_of(factors, d, d + 1))[0] for d in range(draws)]
    return np.asarray(np.percentile(np.stack(rows), PERCENTILES, axis=0))


def main() -> None:
    db = load_database()
    h15 = Household(years=15)
    c = eight_vehicles(db, h15)
    settings = UncertaintySettings()  # the defaults: 10,000 draws
    draws, n, years = settings.draws, len(c.vehicles), h15.years
    priced = sum(v.price is not None for v in c.vehicles)
    print(f"Monte Carlo, {draws:,} draws x {n} vehicles ({priced} priced) x {years} years (median of 7):")
    sim_ms = median_ms(lambda: simulation(c, settings))
    run_ms = median_ms(lambda: run_uncertainty(c, settings))
    tail_ms = run_ms - sim_ms
    print(f"  draws + curves + percentiles:         {sim_ms:7.1f} ms   (target < 250 ms)")
    print(f"  whole run_uncertainty():              {run_ms:7.1f} ms   (target < 250 ms)")
    print(f"    of which tornado, thresholds, rest: {tail_ms:7.1f} ms")
    sample = LOOP_SAMPLE
    loop_ms = median_ms(lambda: one_draw_at_a_time(c, settings, sample), repeat=3) * draws / sample
    print(f"  one draw at a time, Python loop:      {loop_ms:7.1f} ms (median of 3, {sample} draws timed, scaled to {draws:,})")
    print(f"  speed-up of the vectorised simulation:{loop_ms / sim_ms:7.0f}x")
    # the two ways agree on the draws they share (the loop is the same engine, one row at a time)
    check = UncertaintySettings(draws=sample)
    assert np.allclose(one_draw_at_a_time(c, check, sample), simulation(c, check), rtol=1e-9)

    h10 = Household(years=10)
    ranking = rank(db, h10, RankFilters())
    rank_ms = median_ms(lambda: rank(db, h10, RankFilters()))
    chances_ms = median_ms(lambda: rank_chances(db, h10, ranking, settings))
    both_ms = median_ms(lambda: rank_chances(db, h10, rank(db, h10, RankFilters()), settings))
    top = rank_chances(db, h10, ranking, settings)
    print(
        f"\nChance of being cheapest among the top {len(top)} of a whole-database rank ({ranking.considered:,} "
        f"vehicles, 10 years, {draws:,} draws; median of 7):"
    )
    print(f"  rank() alone:                         {rank_ms:7.1f} ms")
    print(f"  rank_chances() alone:                 {chances_ms:7.1f} ms")
    print(f"  rank() + rank_chances():              {both_ms:7.1f} ms   (target < 1000 ms)")
    leader = top.iloc[0]
    print(f"  (first: {leader['label']}, cheapest in {leader['p_cheapest']:.0%} of the futures)")

    print(
        json.dumps(
            {
                "mc_draws": draws,
                "mc_vehicles": n,
                "mc_years": years,
                "mc_simulation_ms": round(sim_ms, 1),
                "mc_run_ms": round(run_ms, 1),
                "mc_loop_ms": round(loop_ms, 1),
                "mc_speedup": round(loop_ms / sim_ms, 1),
                "rank_ms": round(rank_ms, 1),
                "rank_chances_ms": round(chances_ms, 1),
                "rank_and_chances_ms": round(both_ms, 1),
            }
        )
    )


if __name__ == "__main__":
    main()
