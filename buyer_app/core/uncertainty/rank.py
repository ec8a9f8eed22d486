"""The chance of being the cheapest among the top of a whole-database ranking, with the same futures for all."""

from __future__ import annotations

import numpy as np
import pandas as pd

from buyer_app.core.costs.model import compute_costs
from buyer_app.core.costs.rank import Ranking, new_car_incentives
from buyer_app.core.driving.patterns import AnnualPattern, Pattern, driving_year
from buyer_app.core.household.fields import Household
from buyer_app.core.household.state_fill import household_climate
from buyer_app.core.region.climate import Climate
from buyer_app.core.uncertainty.draws import PERCENTILES, UncertaintySettings, draw_factors, simulate_totals
from buyer_app.core.vehicles.database import VehicleDatabase
from buyer_app.core.vehicles.inputs import inputs_from_frame


def rank_chances(
    db: VehicleDatabase,
    h: Household,
    ranking: Ranking,
    settings: UncertaintySettings,
    top: int = 50,
    pattern: Pattern | None = None,
    climate: Climate | None = None,
) -> pd.DataFrame:
    """The `top` priced vehicles of `ranking`: the chance each is the cheapest of them, and its P10/P50/P90 total."""
    ids = ranking.priced["id"].head(top).tolist()
    frame = db.get(ids).copy()
    frame["price"] = frame["msrp_usd"]
    frame["incentives"], frame["incentives_at_purchase"] = new_car_incentives(frame, h)
    year = driving_year(pattern or AnnualPattern(), h.annual_miles)
    climate = climate if climate is not None else household_climate(h)
    result = compute_costs(h, inputs_from_frame(frame), year, climate, detail=False)
    pt = frame["powertrain"].to_numpy(dtype=str)
    totals = simulate_totals(result, h, pt, frame["price"].to_numpy(dtype=float), draw_factors(settings, h, h.years))
    wins = np.bincount(np.argmin(totals, axis=1), minlength=len(ids)) / settings.draws
    p10, p50, p90 = np.percentile(totals, PERCENTILES, axis=0)
    out = ranking.priced.head(top)[["id", "label", "powertrain", "price", "total_cost"]].copy()
    out["p_cheapest"], out["p10"], out["p50"], out["p90"] = wins, p10, p50, p90
    return out.reset_index(drop=True)
