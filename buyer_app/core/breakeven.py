"""Break-even between two vehicles: when the cheaper-to-run one has paid back its higher price."""

from __future__ import annotations

import numpy as np

from buyer_app.core.costs import CATEGORIES, CostResult


def cost_curve(result: CostResult) -> np.ndarray:
    """(N, Y+1) cumulative cost at purchase (t=0) and at the end of each year, before resale.

    Running costs accrue evenly through a year, so the curve is linear between these points.
    """
    running = result.costs[:, :, [i for i, c in enumerate(CATEGORIES) if c != "resale"]].sum(axis=2)
    first = running[:, 0] - result.upfront
    yearly = running.copy()
    yearly[:, 0] = first
    return np.concatenate([result.upfront[:, None], result.upfront[:, None] + np.cumsum(yearly, axis=1)], axis=1)


def break_even_year(curve_a: np.ndarray, curve_b: np.ndarray) -> float | None:
    """Years after purchase at which the two cost curves cross (interpolated), or None if never.

    Lines that touch without crossing, or that are equal throughout, do not break even.
    """
    diff = np.asarray(curve_a, dtype=float) - np.asarray(curve_b, dtype=float)
    scale = max(float(np.max(np.abs(curve_a))), float(np.max(np.abs(curve_b))), 1.0)
    diff = np.where(np.abs(diff) <= 1e-9 * scale, 0.0, diff)
    sign0 = np.sign(diff[0])
    if sign0 == 0:
        return None
    for k in range(1, len(diff)):
        if np.sign(diff[k]) == -sign0:
            prev, cur = diff[k - 1], diff[k]
            return float(k - 1 + prev / (prev - cur))
        if diff[k] == 0:
            # touching zero counts only if the sign changes afterwards
            later = diff[k + 1:]
            nonzero = later[later != 0]
            if nonzero.size and np.sign(nonzero[0]) == -sign0:
                return float(k)
    return None
