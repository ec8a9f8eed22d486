"""Words and JSON for an uncertainty run (shared by the CLI, the PDF and the window)."""

from __future__ import annotations

from typing import Any

from buyer_app.core.costs.compare import Comparison
from buyer_app.core.uncertainty.draws import SPREADS, settings_to_dict
from buyer_app.core.uncertainty.run import UncertaintyResult
from buyer_app.text.wording import money


def spreads_used(r: UncertaintyResult) -> list[dict[str, Any]]:
    values = settings_to_dict(r.settings)
    return [{"name": s.name, "label": s.label, "value": values[s.name], "source": s.source} for s in SPREADS]


def uncertainty_json(r: UncertaintyResult, c: Comparison) -> dict[str, Any]:
    """The `uncertainty` block of `compare --json`."""
    a, b = r.pair
    years = c.household.years
    return {
        "draws": r.settings.draws, "seed": r.settings.seed, "spreads": spreads_used(r),
        "method": "common random numbers: every vehicle sees the same futures; prices follow a log random walk around "
                  "the household's path; miles, repairs, insurance and battery health are log-normal; depreciation "
                  "normal, clipped to 0-95% a year",
        "vehicles": [{
            "id": v.id, "label": v.label,
            # a vehicle without a known price cannot be costed in full, so it is never counted as the cheapest
            "probability_cheapest": r.p_cheapest[k] if r.p_cheapest[k] is not None else 0.0,
            "in_the_running": r.p_cheapest[k] is not None,
            "cumulative_percentiles": {f"p{p}": [round(float(x), 2) for x in r.percentiles[i, k, 1:]]
                                       for i, p in enumerate((10, 50, 90))},
            "total_percentiles": {f"p{p}": round(float(r.percentiles[i, k, -1]), 2) for i, p in enumerate((10, 50, 90))},
        } for k, v in enumerate(c.vehicles)],
        "pair": {
            "a": c.vehicles[a].id, "b": c.vehicles[b].id,
            "difference_b_minus_a": {f"p{p}": round(float(x), 2) for p, x in zip((10, 50, 90), r.difference_percentiles,
                                                                                strict=True)},
            "deterministic_difference": round(r.deterministic_difference, 2),
            "probability_b_cheaper": r.p_b_cheaper,
            "probability_b_paid_back_by_year": [{"year": t + 1, "probability": round(float(p), 4)}
                                                for t, p in enumerate(r.payback_by_year[:years])],
        },
        "tornado": [{"input": bar.input, "low": bar.low_label, "high": bar.high_label,
                     "difference_at_low": round(bar.at_low, 2), "difference_at_high": round(bar.at_high, 2)}
                    for bar in r.tornado],
        "thresholds": [{"input": t.input, "unit": t.unit, "value": None if t.value is None else round(t.value, 4),
                        "current": round(t.current, 4), "searched": [t.low, t.high], "cheaper_above": t.cheaper_above,
                        "sentence": t.sentence} for t in r.thresholds],
        "sentence": r.sentence,
    }


def uncertainty_text(r: UncertaintyResult, c: Comparison) -> list[str]:
    a, b = r.pair
    la, lb = c.vehicles[a].label, c.vehicles[b].label
    out = [f"\nHow sure ({r.settings.draws:,} futures, seed {r.settings.seed})", "  " + r.sentence]
    for k, v in enumerate(c.vehicles):
        p = r.p_cheapest[k]
        chance = "no known price" if p is None else (
            "never the cheapest" if p == 0 else "cheapest in under 1%" if p < 0.005 else f"cheapest in {p:.0%}")
        out.append(f"  {v.label}: total P10 {money(r.percentiles[0, k, -1])}, median {money(r.percentiles[1, k, -1])}, "
                   f"P90 {money(r.percentiles[2, k, -1])}; {chance}")
    lo, mid, hi = r.difference_percentiles
    out.append(f"  {lb} minus {la}: P10 {money(lo)}, median {money(mid)}, P90 {money(hi)}; "
               f"the {lb} is cheaper in {r.p_b_cheaper:.0%}")
    out.append("  What moves that difference most (each input alone at its P10 and P90):")
    for bar in r.tornado:
        out.append(f"    {bar.input}: {money(bar.at_low)} at {bar.low_label}, {money(bar.at_high)} at {bar.high_label}")
    out.extend("  " + t.sentence for t in r.thresholds)
    return out
