"""Break-even between two vehicles: when the one dearer to buy becomes the cheaper one to have owned."""

from __future__ import annotations

import numpy as np

from buyer_app.core.costs.model import CATEGORIES, CostResult

SAME_COST_SHARE = 1e-9  # curves closer than this share of the larger cost (or of 1 USD) are equal: float noise


def cost_curve(result: CostResult) -> np.ndarray:
    """(N, Y+1) net cost of ownership if the car were sold at purchase (t=0) and at each year end:
    what was paid so far, less what the car would fetch, plus any loan still owed.

    Running costs accrue evenly through a year, so the curve is linear between these points; at the
    end of the period it equals the total cost.
    """
    running = result.costs[:, :, [i for i, c in enumerate(CATEGORIES) if c != "resale"]].sum(axis=2)
    paid = result.upfront[:, None] + np.concatenate(
        [np.zeros((running.shape[0], 1)), np.cumsum(running, axis=1) - result.upfront[:, None]], axis=1
    )
    return np.asarray(paid - result.equity)


def break_even_year(curve_a: np.ndarray, curve_b: np.ndarray) -> float | None:
    """Years after purchase at which the two cost curves cross (interpolated), or None if never.

    Lines that touch without crossing, or that are equal throughout, do not break even.
    """
    diff = np.asarray(curve_a, dtype=float) - np.asarray(curve_b, dtype=float)
    scale_usd = max(float(np.max(np.abs(curve_a))), float(np.max(np.abs(curve_b))), 1.0)
    diff = np.where(np.abs(diff) <= SAME_COST_SHARE * scale_usd, 0.0, diff)
    sign0 = np.sign(diff[0])
    if sign0 == 0:
        return None
    for k in range(1, len(diff)):
        if np.sign(diff[k]) == -sign0:
            prev, cur = diff[k - 1], diff[k]
            return float(k - 1 + prev / (prev - cur))
        if diff[k] == 0:
            # touching zero counts only if the sign changes afterwards
            later = diff[k + 1 :]
            nonzero = later[later != 0]
            if nonzero.size and np.sign(nonzero[0]) == -sign0:
                return float(k)
    return None
