"""Stepping through the days for vehicles a home charger does not refill every night.

Every kind of day is first worked out as if it began with a full battery (`full_start`); `walk_days`
then steps, in order, through only the days that begin short of full, vectorised over vehicles, or one
float at a time for a few vehicles (faster than numpy on tiny arrays). Energy is in kWh at the wall.
"""

from __future__ import annotations

import math

import numpy as np

from buyer_app.core.vehicles.inputs import FloatArray

SMALL_WALK = 16  # up to this many vehicles step through the days in plain Python


def full_start(rem: FloatArray, floor: FloatArray, is_bev: np.ndarray, session: FloatArray, night: FloatArray,
                cap: FloatArray) -> tuple[FloatArray, ...]:
    """Every column as if the day began with a full battery: battery use, public shortfall, sessions,
    home refill that night, and how far from full the next day would begin."""
    tol = 1e-9
    from_batt = np.minimum(rem, (cap - floor)[:, None])
    short = np.where(is_bev[:, None] & (rem - from_batt > tol), rem - from_batt, 0.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        k = np.where(short > 0, np.ceil(short / session - tol), 0.0)
    end = cap[:, None] - from_batt + k * session - short
    refill = np.clip(cap[:, None] - end, 0.0, night)
    return from_batt, short, k, refill, cap[:, None] - end - refill


def walk_days(rem: FloatArray, demand: FloatArray, session: FloatArray, night: FloatArray, carry: FloatArray,
          floor: FloatArray, is_bev: np.ndarray, cap: FloatArray, start_empty: np.ndarray, inverse: np.ndarray,
          home_access: np.ndarray) -> tuple[list[int], list[np.ndarray]]:
    """Step through the days that begin short of full (vectorised over the m vehicles given); every other
    day began full, so its kind-of-day values stand. Arrays are per kind of day (m, U); `inverse` maps each
    day to its kind; `home_access` (m,) says whether the household charges at home at all.
    Returns the days stepped through and, for those days, battery use, shortfall, sessions, refill and
    home-only coverage, each (m, V)."""
    if len(cap) <= SMALL_WALK:
        return _walk_small(rem, demand, session, night, carry, floor, is_bev, cap, start_empty, inverse, home_access)
    tol = 1e-9
    pending_after = np.asarray((carry > 1e-6).any(axis=0))[inverse]  # per day: a vehicle ends it short, having started full
    visited: list[int] = []
    parts: list[list[np.ndarray]] = [[], [], [], [], []]
    carry_in = np.where(start_empty, cap - floor, 0.0)
    d = 0
    while d < 365:
        if not (carry_in > 1e-6).any():
            ahead = np.flatnonzero(pending_after[d:364])
            if not ahead.size:
                break
            j = d + int(ahead[0])  # day j starts full but leaves someone short: day j + 1 is walked
            carry_in = carry[:, inverse[j]]
            d = j + 1
            continue
        kind = inverse[d]
        start = cap - carry_in
        avail = np.maximum(start - floor, 0.0)
        need = rem[:, kind]
        used = np.minimum(need, avail)
        short = np.where(is_bev & (need - used > tol), need - used, 0.0)
        with np.errstate(divide="ignore", invalid="ignore"):
            sessions = np.where(short > 0, np.ceil(short / session[:, kind] - tol), 0.0)
        end = start - used + sessions * session[:, kind] - short
        refill = np.clip(cap - end, 0.0, night[:, kind])
        # home-only: a battery-electric car's day fits in a full battery and needs no public charge (what is
        # left from an earlier public session may help); a plug-in hybrid's day fits in what the battery holds
        fits = np.where(is_bev, (demand[:, kind] <= cap - floor + tol) & (sessions == 0), demand[:, kind] <= avail + tol)
        covered = fits & home_access
        for part, value in zip(parts, (used, short, sessions, refill, covered), strict=True):
            part.append(value)
        visited.append(d)
        carry_in = cap - end - refill
        d += 1
    m = len(cap)
    return visited, [np.stack(p, axis=1) if p else np.zeros((m, 0)) for p in parts]


def _walk_small(rem: FloatArray, demand: FloatArray, session: FloatArray, night: FloatArray, carry: FloatArray,
                floor: FloatArray, is_bev: np.ndarray, cap: FloatArray, start_empty: np.ndarray, inverse: np.ndarray,
                home_access: np.ndarray) -> tuple[list[int], list[np.ndarray]]:
    """_walk for a few vehicles, one float at a time (the same rules, without numpy's per-call cost)."""
    tol = 1e-9
    m = len(cap)
    rem_l, dem_l, ses_l, night_l, carry_l = (a.tolist() for a in (rem, demand, session, night, carry))
    floor_l, bev_l, cap_l, home_l = floor.tolist(), is_bev.tolist(), cap.tolist(), home_access.tolist()
    kind_of = inverse.tolist()
    pending_after = np.asarray((carry > 1e-6).any(axis=0))[inverse].tolist()
    carry_in = [c - f if e else 0.0 for c, f, e in zip(cap_l, floor_l, start_empty.tolist(), strict=True)]
    visited: list[int] = []
    out: list[list[list[float]]] = [[[] for _ in range(m)] for _ in range(5)]
    d = 0
    while d < 365:
        if max(carry_in) <= 1e-6:
            j = next((x for x in range(d, 364) if pending_after[x]), None)
            if j is None:
                break
            carry_in = [carry_l[i][kind_of[j]] for i in range(m)]
            d = j + 1
            continue
        kind = kind_of[d]
        for i in range(m):
            start = cap_l[i] - carry_in[i]
            avail = max(start - floor_l[i], 0.0)
            need = rem_l[i][kind]
            used = min(need, avail)
            short = need - used if bev_l[i] and need - used > tol else 0.0
            size = ses_l[i][kind]
            k = float(math.ceil(short / size - tol)) if short > 0 and size > 0 else 0.0
            end = start - used + k * size - short
            refill = min(max(cap_l[i] - end, 0.0), night_l[i][kind])
            fits = dem_l[i][kind] <= cap_l[i] - floor_l[i] + tol and k == 0 if bev_l[i] else dem_l[i][kind] <= avail + tol
            covered = float(fits and home_l[i])
            for part, value in zip(out, (used, short, k, refill, covered), strict=True):
                part[i].append(value)
            carry_in[i] = cap_l[i] - end - refill
        visited.append(d)
        d += 1
    arrays = [np.asarray(part, dtype=float).reshape(m, len(visited)) for part in out]
    arrays[4] = arrays[4].astype(bool)
    return visited, arrays
