"""Rate plans side by side: what a household's home charging costs on each plan, hour by hour, and (for a choice
between plans of one utility) what its whole bill does, fixed charges included.

The car's charging cost is marginal (its kWh on top of the household's own use, no fixed charge: the household pays
that anyway). Switching plans changes the whole bill, so the comparison also shows the household's own use on
each plan (spread evenly over the hours: the app knows no household load shape) with the plan's fixed charge.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from buyer_app.core.driving.patterns import DrivingYear
from buyer_app.core.energy.day_model import HOME, simulate_year
from buyer_app.core.household.fields import Household
from buyer_app.core.region.climate import Climate
from buyer_app.core.tariffs.choice import HomeTariff
from buyer_app.core.tariffs.schedule import base_bill
from buyer_app.core.tariffs.urdb import HOURS, MONTHS
from buyer_app.core.vehicles.inputs import FloatArray, VehicleInputs

# the seasons the hour-by-hour tables show: months (0 = January) of each
SEASONS = {"winter": (11, 0, 1), "spring": (2, 3, 4), "summer": (5, 6, 7), "autumn": (8, 9, 10)}


@dataclass(frozen=True)
class PlanCost:
    """One plan for N vehicles: a year's home charging and what it costs, by month and clock hour."""

    plan: HomeTariff
    home_kwh: FloatArray  # (N,) a year's home charging counted in the energy balance
    home_usd: FloatArray  # (N,) its cost on this plan (marginal, no fixed charge)
    hourly_kwh: FloatArray  # (N, 12, 24) bought at home by month and clock hour
    hourly_usd: FloatArray  # (N, 12, 24)
    household_bill_usd: float  # a year of the household's own use on this plan, fixed charge included

    def season_nights(self, vehicle: int, season: str) -> tuple[FloatArray, FloatArray]:
        """kWh and USD by clock hour (24,) of an average night of the season (its kWh over its days)."""
        months = list(SEASONS[season])
        days = float(sum(_DAYS[m] for m in months))
        return self.hourly_kwh[vehicle, months].sum(axis=0) / days, self.hourly_usd[vehicle, months].sum(axis=0) / days


_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def plan_costs(h: Household, v: VehicleInputs, year: DrivingYear, climate: Climate | None, plan: HomeTariff) -> PlanCost:
    """The household's home charging for each vehicle of `v` priced on `plan` (the day model on that plan)."""
    energy = simulate_year(replace(h, home_tariff=plan), v, year, climate)
    empty = np.zeros((len(v), MONTHS, HOURS))
    return PlanCost(
        plan=plan,
        home_kwh=energy.kwh_by_source[:, HOME],
        home_usd=energy.cost_by_source[:, HOME],
        hourly_kwh=energy.home_hourly_kwh if energy.home_hourly_kwh is not None else empty,
        hourly_usd=energy.home_hourly_usd if energy.home_hourly_usd is not None else empty,
        household_bill_usd=base_bill(plan.tariff, plan.household_kwh_month),
    )


def peak_hours(weekday_row: FloatArray) -> tuple[int, int] | None:
    """The longest run of hours at the day's highest price (start, end exclusive), None for a flat day."""
    if np.allclose(weekday_row, weekday_row[0]):
        return None
    top = weekday_row >= weekday_row.max() - 1e-12
    best: tuple[int, int] | None = None
    start = None
    for hour in range(HOURS + 1):
        inside = hour < HOURS and bool(top[hour])
        if inside and start is None:
            start = hour
        if not inside and start is not None:
            if best is None or hour - start > best[1] - best[0]:
                best = (start, hour)
            start = None
    return best
