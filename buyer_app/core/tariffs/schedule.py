"""A tariff applied hour by hour to nights of home charging, vectorised over vehicles and kinds of night.

A night's charge starts at the household's charge start hour and runs at the plug's power until the night's kWh
are in, crossing midnight into the next day's schedule (weekday or weekend, and its month). Each kWh is priced by
the period of its clock hour. Tiers go by the month's consumption: the car's kWh sit on top of the household's own
monthly use, so charging pays the marginal tier rates; every kWh of a month's charging pays the same mix of tiers
(the share of the month's charging in each tier). Fixed charges are the household's anyway and are not the car's.
Loops run over the 24 hours of a night only; vehicles and nights are arrays.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from buyer_app.core.tariffs.urdb import HOURS, MONTHS, FloatArray, IntArray, Tariff

NO_KWH = 1e-12  # kWh: below it a night or a month bought nothing (float noise)


@dataclass(frozen=True)
class NightPricing:
    """What a set of nights cost on a tariff, for m vehicles and C kinds of night."""

    usd_per_kwh: FloatArray  # (m, C) average price of each kind of night's charge
    year_usd_per_kwh: FloatArray  # (m,) average over the year's home charging (the first-tier rate when none)
    hourly_kwh: FloatArray  # (m, 12, 24) a year's home kWh by month and clock hour
    hourly_usd: FloatArray  # (m, 12, 24)


def marginal_rates(tariff: Tariff, base_kwh: float, extra_kwh: FloatArray) -> FloatArray:
    """(..., P) average price of `extra_kwh` (...,) kWh bought on top of `base_kwh` in a month, in each period: the
    tier rates weighted by how much of [base, base + extra] falls in each tier (the rate at `base` when extra is 0)."""
    upper = tariff.tier_max  # (P, T)
    lower = np.concatenate([np.zeros((upper.shape[0], 1)), upper[:, :-1]], axis=1)
    top = base_kwh + extra_kwh[..., None, None]
    overlap = np.clip(np.minimum(top, upper) - np.maximum(base_kwh, lower), 0.0, None)  # (..., P, T)
    at_base = ((lower <= base_kwh) & (base_kwh < upper)).astype(float)  # (P, T) the tier the base ends in
    with np.errstate(divide="ignore", invalid="ignore"):
        mixed = (overlap * tariff.rates).sum(axis=-1) / extra_kwh[..., None]
    return np.asarray(np.where(extra_kwh[..., None] > NO_KWH, mixed, (at_base * tariff.rates).sum(axis=-1)), dtype=float)


def night_periods(
    tariff: Tariff, start_hour: int, month: IntArray, weekend: IntArray, next_month: IntArray, next_weekend: IntArray
) -> IntArray:
    """(C, 24) period of each hour of each night, counted from the start hour (hours past midnight use the next
    day's schedule and month)."""
    offsets = np.arange(HOURS)
    clock = (start_hour + offsets) % HOURS
    after = (start_hour + offsets >= HOURS)[None, :]
    day_month = np.where(after, next_month[:, None], month[:, None])
    day_weekend = np.where(after, next_weekend[:, None], weekend[:, None]).astype(bool)
    return np.where(day_weekend, tariff.weekend[day_month, clock[None, :]], tariff.weekday[day_month, clock[None, :]])


def night_hours(kwh: FloatArray, kw: FloatArray) -> FloatArray:
    """(m, C, 24) kWh in each hour of a night from its start: the plug's power until `kwh` is in (all in the first
    hour when the power is unknown)."""
    offsets = np.arange(HOURS)
    power = kw[..., None]
    profile = np.clip(kwh[..., None] - offsets * power, 0.0, power)
    profile[..., 0] = np.where(kw > 0, profile[..., 0], kwh)
    total = profile.sum(axis=-1, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(total > NO_KWH, profile * (kwh[..., None] / total), 0.0)  # a night longer than 24 h fits in 24


def price_nights(
    tariff: Tariff,
    start_hour: int,
    base_kwh: float,
    kwh: FloatArray,
    kw: FloatArray,
    periods: IntArray,
    month: IntArray,
    days_by_month: FloatArray,
    hourly: bool = True,
) -> NightPricing:
    """Price m vehicles' nights: `kwh` (m, C) bought on each kind of night at `kw` (m, C), `periods` (C, 24) from
    night_periods, `month` (C,) and `days_by_month` (C, 12) how many nights of each month each kind stands for. Without
    `hourly` the by-hour arrays are left empty (m, 0, 0) (ranking the whole database needs only the prices)."""
    hours = night_hours(kwh, kw)  # (m, C, 24)
    onehot = np.eye(tariff.periods)[periods]  # (C, 24, P)
    by_period = np.einsum("mci,cip->mcp", hours, onehot)
    month_kwh = np.einsum("mcp,cM->mM", by_period, days_by_month)  # (m, 12) the car's kWh each month
    rates = marginal_rates(tariff, base_kwh, month_kwh)  # (m, 12, P)
    column_rates = rates[:, month, :]  # (m, C, P)
    cost = np.einsum("mcp,mcp->mc", by_period, column_rates)
    with np.errstate(divide="ignore", invalid="ignore"):
        usd_per_kwh = np.where(kwh > NO_KWH, cost / kwh, 0.0)
    weight = days_by_month.sum(axis=1)
    year_kwh, year_usd = kwh @ weight, cost @ weight
    usual = rates[:, np.arange(MONTHS)[:, None], tariff.weekday].mean(axis=(1, 2))  # an hour's price, weekdays
    with np.errstate(divide="ignore", invalid="ignore"):
        year_price = np.where(year_kwh > NO_KWH, year_usd / year_kwh, usual)
    if not hourly:
        empty = np.zeros((len(kwh), 0, 0))
        return NightPricing(usd_per_kwh=usd_per_kwh, year_usd_per_kwh=year_price, hourly_kwh=empty, hourly_usd=empty)
    hour_usd = hours * np.take_along_axis(column_rates, np.broadcast_to(periods, hours.shape).astype(int), axis=2)
    shift = start_hour % HOURS  # offset i is clock hour (start + i) % 24
    hourly_kwh = np.roll(np.einsum("mci,cM->mMi", hours, days_by_month), shift, axis=2)
    hourly_usd = np.roll(np.einsum("mci,cM->mMi", hour_usd, days_by_month), shift, axis=2)
    return NightPricing(usd_per_kwh=usd_per_kwh, year_usd_per_kwh=year_price, hourly_kwh=hourly_kwh, hourly_usd=hourly_usd)


def base_bill(tariff: Tariff, base_kwh: float, weekend_share: float = 2 / 7) -> float:
    """USD a year the household's own use costs on `tariff`, fixed charge included: `base_kwh` a month spread evenly
    over the hours (the app knows no household load shape), weekends `weekend_share` of the days."""
    total = 0.0
    for m in range(MONTHS):
        share = np.zeros(tariff.periods)
        np.add.at(share, tariff.weekday[m], (1 - weekend_share) / HOURS)
        np.add.at(share, tariff.weekend[m], weekend_share / HOURS)
        rates = marginal_rates(tariff, 0.0, np.array(base_kwh))
        total += float(base_kwh * (share * rates).sum()) + tariff.fixed_monthly
    return total
