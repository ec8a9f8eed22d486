"""Compare's rate-plan part: the `home_tariff` block of `compare --json` (only when the household has a plan) and
its lines in the text output."""

from __future__ import annotations

from typing import Any

import numpy as np

from buyer_app.core.costs.compare import Comparison
from buyer_app.core.energy.day_model import HOME
from buyer_app.core.energy.plans import SEASONS
from buyer_app.text.currency import money
from buyer_app.text.tariffs import ignored_words, tariff_json
from buyer_app.text.translate import tr


def home_tariff_json(c: Comparison) -> dict[str, Any]:
    """The plan, when charging starts, and each vehicle's home charging on it by clock hour (a year's kWh and USD)."""
    plan = c.household.home_tariff
    assert plan is not None
    energy = c.result.energy
    hourly_kwh = energy.home_hourly_kwh if energy.home_hourly_kwh is not None else np.zeros((len(c.vehicles), 12, 24))
    hourly_usd = energy.home_hourly_usd if energy.home_hourly_usd is not None else np.zeros((len(c.vehicles), 12, 24))
    return {
        "tariff": tariff_json(plan.tariff, plan.id),
        "charge_start_hour": plan.charge_start_hour,
        "household_kwh_month": plan.household_kwh_month,
        "vehicles": [
            {
                "id": v.id,
                "kwh": round(float(energy.kwh_by_source[i, HOME]), 1),
                "cost_usd": round(float(energy.cost_by_source[i, HOME]), 2),
                "by_hour": [
                    {
                        "hour": h,
                        "kwh": round(float(hourly_kwh[i, :, h].sum()), 2),
                        "cost_usd": round(float(hourly_usd[i, :, h].sum()), 2),
                    }
                    for h in range(24)
                ],
            }
            for i, v in enumerate(c.vehicles)
        ],
        "seasons": list(SEASONS),
    }


def home_tariff_lines(c: Comparison) -> list[str]:
    """The plan and what home charging costs on it, per plug-in vehicle."""
    plan = c.household.home_tariff
    assert plan is not None
    energy = c.result.energy
    lines = [
        tr("Home electricity: {name} ({utility}, effective {start}), charging from {hour:02d}:00").format(
            name=plan.tariff.name, utility=plan.tariff.utility, start=plan.tariff.start or "?", hour=plan.charge_start_hour
        )
    ]
    for i, v in enumerate(c.vehicles):
        kwh, usd = float(energy.kwh_by_source[i, HOME]), float(energy.cost_by_source[i, HOME])
        if kwh > 0:
            lines.append(
                "  "
                + tr("{vehicle}: {kwh:,.0f} kWh a year at home, {cost} ({price}/kWh)").format(
                    vehicle=v.label, kwh=kwh, cost=money(usd), price=money(usd / kwh, digits=3)
                )
            )
    lines.extend("  " + w for w in ignored_words(plan.tariff))
    return lines
