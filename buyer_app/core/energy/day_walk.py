"""Stepping through the days for vehicles a home charger does not refill every night.

Every kind of day is first worked out as if it began with a full battery (`full_start`); `walk_days`
then steps, in order, through only the days that begin short of full, vectorised over vehicles, or one
float at a time for a few vehicles (faster than numpy on tiny arrays). Energy is in kWh at the wall.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from buyer_app.core.vehicles.inputs import BoolArray, FloatArray, IntArray

SMALL_WALK = 16  # up to this many vehicles step through the days in plain Python
ROUNDING_KWH = 1e-9  # kWh: a need this close to what is available fits (float rounding, not energy)
NEARLY_FULL_KWH = 1e-6  # kWh: a battery this close to full begins the next day full (that day need not be walked)
DAYS_IN_YEAR = 365


@dataclass(frozen=True)
class Battery:
    """Each plug-in's battery and home charging, (m,) arrays in kWh at the wall."""

    capacity_kwh: FloatArray  # a full battery
    reserve_kwh: FloatArray  # kept in reserve: the household's share for battery-electric cars, 0 for plug-in hybrids
    is_bev: BoolArray  # battery-electric: charges in public when short (a plug-in hybrid burns gasoline instead)
    home_access: BoolArray  # the household charges at home at all
    starts_empty: BoolArray  # a plug-in hybrid never charged at home begins the year at empty


@dataclass(frozen=True)
class DayInputs:
    """What each vehicle's day asks and offers, (m, U) arrays by kind of day in kWh at the wall."""

    demand_kwh: FloatArray  # the day's electricity use
    work_kwh: FloatArray  # of it, charged at work during the day
    session_kwh: FloatArray  # what one public session adds (DC 10-80%, or public Level 2 to full)
    night_kwh: FloatArray  # the most the home charger puts back the night after (0 away or not plugged in)

    @property
    def need_kwh(self) -> FloatArray:
        """What the battery, then public charging, must supply: the use less workplace charging."""
        return self.demand_kwh - self.work_kwh


@dataclass(frozen=True)
class DayOutcome:
    """How each day's need was met, (m, columns) arrays in kWh at the wall."""

    battery_kwh: FloatArray  # taken from the battery
    shortfall_kwh: FloatArray  # more than the battery could give: bought in public (battery-electric cars)
    sessions: FloatArray  # public sessions bought; what a session adds beyond the shortfall stays in the battery
    refill_kwh: FloatArray  # put back at home the night after


@dataclass(frozen=True)
class Walk:
    """The days stepped through, in order, and their results, (m, V) arrays."""

    days: list[int]
    outcome: DayOutcome
    home_only: BoolArray  # the day was covered by home charging alone


def full_start(battery: Battery, days: DayInputs) -> tuple[DayOutcome, FloatArray]:
    """Every kind of day as if it began with a full battery: how its need was met, and how far below full
    (kWh) the next day would begin."""
    capacity = battery.capacity_kwh[:, None]
    need = days.need_kwh
    from_battery = np.minimum(need, (battery.capacity_kwh - battery.reserve_kwh)[:, None])
    shortfall = np.where(battery.is_bev[:, None] & (need - from_battery > ROUNDING_KWH), need - from_battery, 0.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        sessions = np.where(shortfall > 0, np.ceil(shortfall / days.session_kwh - ROUNDING_KWH), 0.0)
    end = capacity - from_battery + sessions * days.session_kwh - shortfall
    room = capacity - end
    refill = np.clip(room, 0.0, days.night_kwh)
    return DayOutcome(battery_kwh=from_battery, shortfall_kwh=shortfall, sessions=sessions, refill_kwh=refill), room - refill


def walk_days(battery: Battery, days: DayInputs, below_full_after: FloatArray, kind_of_day: IntArray) -> Walk:
    """Step through the days that begin short of full (vectorised over the m vehicles given); every other
    day began full, so its kind-of-day values (`full_start`) stand. `below_full_after` (m, U) is how far
    below full each kind of day ends when it began full; `kind_of_day` maps each of the 365 days to its kind."""
    if len(battery.capacity_kwh) <= SMALL_WALK:
        return _walk_small(battery, days, below_full_after, kind_of_day)
    capacity, reserve, is_bev = battery.capacity_kwh, battery.reserve_kwh, battery.is_bev
    need_by_kind = days.need_kwh
    # per day: some vehicle ends it short of full, having begun it full
    leaves_short = np.asarray((below_full_after > NEARLY_FULL_KWH).any(axis=0))[kind_of_day]
    visited: list[int] = []
    parts: list[list[np.ndarray]] = [[], [], [], [], []]
    below_full = np.where(battery.starts_empty, capacity - reserve, 0.0)
    d = 0
    while d < DAYS_IN_YEAR:
        if not (below_full > NEARLY_FULL_KWH).any():
            ahead = np.flatnonzero(leaves_short[d : DAYS_IN_YEAR - 1])
            if not ahead.size:
                break
            j = d + int(ahead[0])  # day j starts full but leaves someone short: day j + 1 is walked
            below_full = below_full_after[:, kind_of_day[j]]
            d = j + 1
            continue
        kind = kind_of_day[d]
        start = capacity - below_full
        available = np.maximum(start - reserve, 0.0)
        need = need_by_kind[:, kind]
        from_battery = np.minimum(need, available)
        shortfall = np.where(is_bev & (need - from_battery > ROUNDING_KWH), need - from_battery, 0.0)
        with np.errstate(divide="ignore", invalid="ignore"):
            sessions = np.where(shortfall > 0, np.ceil(shortfall / days.session_kwh[:, kind] - ROUNDING_KWH), 0.0)
        end = start - from_battery + sessions * days.session_kwh[:, kind] - shortfall
        refill = np.clip(capacity - end, 0.0, days.night_kwh[:, kind])
        # home-only: a battery-electric car's day fits in a full battery and needs no public charge (what is
        # left from an earlier public session may help); a plug-in hybrid's day fits in what the battery holds
        demand = days.demand_kwh[:, kind]
        fits = np.where(
            is_bev, (demand <= capacity - reserve + ROUNDING_KWH) & (sessions == 0), demand <= available + ROUNDING_KWH
        )
        home_only = fits & battery.home_access
        for part, value in zip(parts, (from_battery, shortfall, sessions, refill, home_only), strict=True):
            part.append(value)
        visited.append(d)
        below_full = capacity - end - refill
        d += 1
    m = len(capacity)
    used, short, bought, refilled = (np.stack(p, axis=1) if p else np.zeros((m, 0)) for p in parts[:4])
    home_only_days = np.stack(parts[4], axis=1) if parts[4] else np.zeros((m, 0), dtype=bool)
    return Walk(
        days=visited,
        outcome=DayOutcome(battery_kwh=used, shortfall_kwh=short, sessions=bought, refill_kwh=refilled),
        home_only=home_only_days,
    )


def _walk_small(battery: Battery, days: DayInputs, below_full_after: FloatArray, kind_of_day: IntArray) -> Walk:
    """walk_days for a few vehicles, one float at a time (the same rules, without numpy's per-call cost)."""
    m = len(battery.capacity_kwh)
    need_l, demand_l, session_l, night_l, below_after_l = (
        a.tolist() for a in (days.need_kwh, days.demand_kwh, days.session_kwh, days.night_kwh, below_full_after)
    )
    capacity_l, reserve_l = battery.capacity_kwh.tolist(), battery.reserve_kwh.tolist()
    bev_l, home_l = battery.is_bev.tolist(), battery.home_access.tolist()
    kind_l = kind_of_day.tolist()
    leaves_short = np.asarray((below_full_after > NEARLY_FULL_KWH).any(axis=0))[kind_of_day].tolist()
    below_full = [c - r if e else 0.0 for c, r, e in zip(capacity_l, reserve_l, battery.starts_empty.tolist(), strict=True)]
    visited: list[int] = []
    out: list[list[list[float]]] = [[[] for _ in range(m)] for _ in range(5)]
    d = 0
    while d < DAYS_IN_YEAR:
        if max(below_full) <= NEARLY_FULL_KWH:
            j = next((x for x in range(d, DAYS_IN_YEAR - 1) if leaves_short[x]), None)
            if j is None:
                break
            below_full = [below_after_l[i][kind_l[j]] for i in range(m)]
            d = j + 1
            continue
        kind = kind_l[d]
        for i in range(m):
            capacity = capacity_l[i]
            start = capacity - below_full[i]
            available = max(start - reserve_l[i], 0.0)
            need = need_l[i][kind]
            from_battery = min(need, available)
            shortfall = need - from_battery if bev_l[i] and need - from_battery > ROUNDING_KWH else 0.0
            size = session_l[i][kind]
            sessions = float(math.ceil(shortfall / size - ROUNDING_KWH)) if shortfall > 0 and size > 0 else 0.0
            end = start - from_battery + sessions * size - shortfall
            refill = min(max(capacity - end, 0.0), night_l[i][kind])
            demand = demand_l[i][kind]
            fits = (
                demand <= capacity - reserve_l[i] + ROUNDING_KWH and sessions == 0
                if bev_l[i]
                else demand <= available + ROUNDING_KWH
            )
            home_only = float(fits and home_l[i])
            for part, value in zip(out, (from_battery, shortfall, sessions, refill, home_only), strict=True):
                part[i].append(value)
            below_full[i] = capacity - end - refill
        visited.append(d)
        d += 1
    used, short, bought, refilled, home_only_days = (np.asarray(part, dtype=float).reshape(m, len(visited)) for part in out)
    return Walk(
        days=visited,
        outcome=DayOutcome(battery_kwh=used, shortfall_kwh=short, sessions=bought, refill_kwh=refilled),
        home_only=home_only_days.astype(bool),
    )
