"""A year of driving, day by day, for N vehicles at once: where each day's energy comes from and what it costs.

For each vehicle and day (arrays of shape (N, 365)):
- energy use: label kWh or gallons per mile for the day's city/highway mix (long trips all highway),
  times the month's climate factor (climate.py);
- plug-ins start the year full; each day the car uses workplace charging first (on work days), then its
  battery down to the reserve (battery-electric) or to empty (plug-in hybrid);
- a battery-electric car that runs short charges in public: DC fast on long-trip days and, for
  everyday needs, the household's chosen public charger. A DC session is a 10-80% charge, a public
  Level 2 session fills the battery; what a session adds beyond the day's need stays in the battery;
- a plug-in hybrid that runs short drives on gasoline (public charging of plug-in hybrids is not assumed);
- each night at home the home charger puts back what it can (its power, limited by the car's on-board
  charger, times the hours plugged in); no home charging, or a night away on a trip, puts back nothing.

Battery sizes are in wall kWh at label conditions (label range x label kWh/100 mi), so charging losses
stay inside EPA's figures. The year's electricity is split between home, work and public in the
proportions bought, scaled to what was used (so the full battery of 1 January is not free).
Vehicles whose home charger refills them every night are computed for all days at once; the others
step through the days, still vectorised over vehicles.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from buyer_app.core.charging_time import LEVEL1_KW
from buyer_app.core.climate import Climate, ev_energy_factors, gas_factors
from buyer_app.core.driving import MONTH, WEEKDAY, DrivingYear
from buyer_app.core.household import Household
from buyer_app.core.vehicle_inputs import FloatArray, VehicleInputs

DC_SESSION_END = 0.80  # a DC fast session stops at 80% (charging slows sharply above it)
SOURCES = ("home", "work", "public_l2", "public_dc")
_MONTH_ONEHOT = np.eye(12)[MONTH]  # (365, 12): sums days into months with one matrix product


@dataclass(frozen=True)
class EnergyYear:
    """One year of energy for N vehicles (first year's prices; USD, kWh at the wall, gallons)."""

    gallons: FloatArray  # (N,)
    kwh: FloatArray  # (N,) used
    kwh_by_source: FloatArray  # (N, 4) in SOURCES order, scaled to kwh
    fuel_cost: FloatArray  # (N,) gasoline or diesel
    electricity_cost: FloatArray  # (N,) incl. public session and idle fees
    cost_by_source: FloatArray  # (N, 4) electricity cost in SOURCES order
    monthly_cost: FloatArray  # (N, 12) fuel + electricity
    electric_miles: FloatArray  # (N,)
    miles: float
    home_only_days: FloatArray  # (N, 12) days covered by the night's home charge alone, by month
    public_days: FloatArray  # (N, 12) days with a public charging session
    dc_sessions: FloatArray  # (N, 12)
    l2_sessions: FloatArray  # (N, 12)
    dc_minutes: FloatArray  # (N,) minutes a year at DC fast chargers (NaN where the session time is unknown)
    trip_dc_sessions: FloatArray  # (N,)
    trip_cost: FloatArray  # (N,) energy bought for long-trip days (fuel, or public charging + home share)
    home_kwh_bought: FloatArray  # (N,) before scaling, for plugged-in hours
    capacity_kwh: FloatArray  # (N,) full battery in wall kWh at label conditions (0 for non-plug-ins)
    kwh_per_mile_month: FloatArray  # (N, 12) on a regular day of each month


def _mix(city_frac: FloatArray, city: FloatArray, hwy: FloatArray) -> FloatArray:
    return np.asarray(city_frac[None, :] * city[:, None] + (1.0 - city_frac[None, :]) * hwy[:, None])


def home_price(h: Household) -> float:
    """USD per kWh charged at home (a time-of-use rate mixes off-peak and the flat price)."""
    if h.home_rate == "time_of_use":
        return h.offpeak_share * h.offpeak_price + (1 - h.offpeak_share) * h.electricity_price
    return h.electricity_price


def _home_kw(h: Household, onboard: FloatArray) -> FloatArray:
    supply = {"level2": h.home_charger_kw, "level1": LEVEL1_KW, "none": 0.0}[h.home_charging]
    return np.asarray(np.where(onboard > 0, np.minimum(onboard, supply), supply), dtype=float)


def simulate_year(h: Household, v: VehicleInputs, year: DrivingYear, climate: Climate | None = None,
                  fuel_price: FloatArray | None = None) -> EnergyYear:
    """Day-by-day energy for every vehicle in `v` (see the module docstring); `fuel_price` is USD per
    gallon for each vehicle's fuel (zero when omitted)."""
    n = len(v)
    miles = year.miles
    trip = year.trip_day
    city_frac = np.where(trip, 0.0, h.city_share)
    gas_f = gas_factors(climate)[MONTH]  # (365,)
    ev_f = ev_energy_factors(climate, v.heat_pump)  # (N, 12)
    bev, phev = v.powertrain == "bev", v.powertrain == "phev"
    plug = bev | phev
    price = np.zeros(n) if fuel_price is None else np.asarray(fuel_price, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        inv_c, inv_h = np.nan_to_num(1.0 / v.mpg_city), np.nan_to_num(1.0 / v.mpg_hwy)

    out = _Totals(n)
    # vehicles without a plug: gallons by month from two sums over the days (no per-day arrays)
    others = np.flatnonzero(~plug)
    if others.size:
        city_m = (miles * city_frac * gas_f) @ _MONTH_ONEHOT
        hwy_m = (miles * (1 - city_frac) * gas_f) @ _MONTH_ONEHOT
        gal_m = inv_c[others, None] * city_m[None, :] + inv_h[others, None] * hwy_m[None, :]
        out.gallons_month[others] = gal_m
        city_t, hwy_t = float((miles * city_frac * gas_f * trip).sum()), float((miles * (1 - city_frac) * gas_f * trip).sum())
        out.trip_cost[others] = (inv_c[others] * city_t + inv_h[others] * hwy_t) * price[others]
        out.electric_miles[others] = 0.0

    rows = np.flatnonzero(plug)
    if rows.size:
        _plug_ins(h, v, year, rows, ev_f[rows], gas_f, inv_c[rows], inv_h[rows], price[rows], out)

    fuel_month = out.gallons_month * price[:, None]
    return EnergyYear(
        gallons=out.gallons_month.sum(axis=1),
        kwh=out.kwh,
        kwh_by_source=out.kwh_by_source,
        fuel_cost=fuel_month.sum(axis=1),
        electricity_cost=out.cost_by_source.sum(axis=1),
        cost_by_source=out.cost_by_source,
        monthly_cost=fuel_month + out.electricity_month,
        electric_miles=out.electric_miles,
        miles=float(miles.sum()),
        home_only_days=out.home_only_days,
        public_days=out.public_days,
        dc_sessions=out.dc_sessions,
        l2_sessions=out.l2_sessions,
        dc_minutes=out.dc_minutes,
        trip_dc_sessions=out.trip_dc_sessions,
        trip_cost=out.trip_cost,
        home_kwh_bought=out.home_kwh_bought,
        capacity_kwh=out.capacity,
        kwh_per_mile_month=out.kwh_per_mile_month,
    )


class _Totals:
    """Per-vehicle results being filled in (zeros for vehicles a part does not apply to)."""

    def __init__(self, n: int) -> None:
        z, m = np.zeros(n), np.zeros((n, 12))
        self.gallons_month, self.electricity_month = m.copy(), m.copy()
        self.kwh, self.electric_miles, self.trip_cost = z.copy(), z.copy(), z.copy()
        self.kwh_by_source, self.cost_by_source = np.zeros((n, 4)), np.zeros((n, 4))
        self.home_only_days, self.public_days, self.dc_sessions, self.l2_sessions = m.copy(), m.copy(), m.copy(), m.copy()
        self.dc_minutes, self.trip_dc_sessions, self.home_kwh_bought, self.capacity = z.copy(), z.copy(), z.copy(), z.copy()
        self.kwh_per_mile_month = m.copy()


def _plug_ins(h: Household, v: VehicleInputs, year: DrivingYear, rows: np.ndarray, ev_f: FloatArray, gas_f: FloatArray,
              inv_c: FloatArray, inv_h: FloatArray, price: FloatArray, out: _Totals) -> None:
    """The day-by-day part for battery-electric cars and plug-in hybrids (arrays of shape (m, 365))."""
    miles, trip = year.miles, year.trip_day
    is_bev = v.powertrain[rows] == "bev"
    cf = np.where(trip, 0.0, h.city_share)[None, :]
    ev_month = ev_f[:, MONTH]
    kc, kh = v.kwh100_city[rows][:, None] / 100.0, v.kwh100_hwy[rows][:, None] / 100.0
    out.kwh_per_mile_month[rows] = np.nan_to_num((h.city_share * kc + (1 - h.city_share) * kh) * ev_f)
    # share of city / highway miles that can be electric: all of them, except a plug-in hybrid under
    # the neutral pattern, which keeps EPA's utility factors (the national mix of daily distances)
    keep_uf = ~is_bev & year.neutral
    uc = np.where(keep_uf, v.uf_city[rows], 1.0)[:, None]
    uh = np.where(keep_uf, v.uf_hwy[rows], 1.0)[:, None]
    demand = np.nan_to_num(miles[None, :] * (cf * uc * kc + (1 - cf) * uh * kh) * ev_month)
    cap = np.nan_to_num(v.electric_range_mi[rows] * v.kwh100_comb[rows] / 100.0)
    out.capacity[rows] = cap
    # range unknown: assume a battery that just covers the longest day (the day model then adds nothing)
    cap = np.where(cap > 0, cap, demand.max(axis=1, initial=0.0) / (1 - h.charge_reserve * is_bev) + 1e-6)
    floor = np.where(is_bev, h.charge_reserve * cap, 0.0)
    night = (_home_kw(h, v.ac_max_kw[rows]) * h.home_hours_per_night)[:, None] * (~year.away_night)[None, :]
    if h.workplace_charging != "none":
        workday = (WEEKDAY < h.workplace_days) & ~trip
        work_kw = np.where(v.ac_max_kw[rows] > 0, np.minimum(v.ac_max_kw[rows], h.workplace_charger_kw),
                           h.workplace_charger_kw)
        work = np.minimum(demand, (work_kw * h.workplace_hours)[:, None] * workday[None, :])
    else:
        work = np.zeros_like(demand)
    dc_day = (trip | (h.public_everyday == "dc_fast"))[None, :]
    # a DC session charges from the reserve (normally 10%) to 80%; a public Level 2 session to full
    dc_share = max(DC_SESSION_END - h.charge_reserve, 0.1)
    session = np.where(dc_day, np.where(is_bev, dc_share, DC_SESSION_END)[:, None] * cap[:, None],
                       (cap - floor)[:, None])
    start_empty = ~is_bev & ~(night > 0).any(axis=1)
    from_batt, short, k, refill, covered = _charging_days(demand - work, demand, floor, is_bev, session, night, cap,
                                                          start_empty)
    bought = k * session
    used = work + from_batt + short
    dc, l2 = np.where(dc_day, bought, 0.0), np.where(dc_day, 0.0, bought)
    dc_k, l2_k = np.where(dc_day, k, 0.0), np.where(dc_day, 0.0, k)

    # electricity: bought from each source, scaled to what was used over the year
    kwh = used.sum(axis=1)
    sources = np.stack([refill, work, l2, dc], axis=1)  # (m, 4, 365)
    bought_year = sources.sum(axis=(1, 2))
    with np.errstate(divide="ignore", invalid="ignore"):
        scale = np.where(bought_year > 0, kwh / bought_year, 0.0)
    work_price = h.workplace_price if h.workplace_charging == "priced" else 0.0
    dc_min = v.dc_10_80_minutes[rows]
    minutes = np.nan_to_num(dc_min)[:, None] * dc_k
    if h.public_dc_pricing == "per_minute":
        dc_cost = np.where(np.isnan(dc_min)[:, None], dc * h.public_dc_price, minutes * h.public_dc_per_minute)
    else:
        dc_cost = dc * h.public_dc_price
    cost = np.stack([refill * home_price(h), work * work_price, l2 * h.public_l2_price, dc_cost], axis=1)
    cost *= scale[:, None, None]
    cost[:, 3, :] += (dc_k + l2_k) * h.idle_minutes_per_session * h.idle_fee_per_minute  # fees are per session
    elec_day = cost.sum(axis=1)

    with np.errstate(divide="ignore", invalid="ignore"):
        met = np.clip(np.nan_to_num(np.where(demand > 0, used / demand, 1.0)), 0.0, 1.0)
    cdc, cdh = np.nan_to_num(v.cd_gal100_city[rows])[:, None] / 100.0, np.nan_to_num(v.cd_gal100_hwy[rows])[:, None] / 100.0
    ic, ih = inv_c[:, None], inv_h[:, None]
    per_mile = (cf * (1 - uc) * ic + (1 - cf) * (1 - uh) * ih + met * (cf * uc * cdc + (1 - cf) * uh * cdh)
                + (1 - met) * (cf * uc * ic + (1 - cf) * uh * ih))
    gallons_day = np.where(is_bev[:, None], 0.0, miles[None, :] * per_mile * gas_f[None, :])

    out.gallons_month[rows] = gallons_day @ _MONTH_ONEHOT
    out.electricity_month[rows] = elec_day @ _MONTH_ONEHOT
    out.kwh[rows] = kwh
    out.kwh_by_source[rows] = sources.sum(axis=2) * scale[:, None]
    out.cost_by_source[rows] = cost.sum(axis=2)
    out.electric_miles[rows] = (met * miles[None, :] * (cf * uc + (1 - cf) * uh)).sum(axis=1)
    out.home_only_days[rows] = covered.astype(float) @ _MONTH_ONEHOT
    out.public_days[rows] = (k > 0).astype(float) @ _MONTH_ONEHOT
    out.dc_sessions[rows] = dc_k @ _MONTH_ONEHOT
    out.l2_sessions[rows] = l2_k @ _MONTH_ONEHOT
    out.dc_minutes[rows] = np.where(np.isnan(dc_min) & (dc_k.sum(axis=1) > 0), np.nan, minutes.sum(axis=1))
    out.trip_dc_sessions[rows] = (dc_k * trip).sum(axis=1)
    out.trip_cost[rows] = ((gallons_day * trip).sum(axis=1) * price
                           + _trip_electricity(used, dc + l2, trip[None, :], cost))
    out.home_kwh_bought[rows] = refill.sum(axis=1)


def _trip_electricity(used: FloatArray, public_kwh: FloatArray, trip: np.ndarray, cost_day: FloatArray) -> FloatArray:
    """Electricity cost of long-trip days: public sessions bought on them, plus what they took from the
    battery at the average price of the year's home and work charging."""
    public_cost = ((cost_day[:, 2, :] + cost_day[:, 3, :]) * trip).sum(axis=1)
    own_kwh = np.maximum(((used - public_kwh) * trip).sum(axis=1), 0.0)
    own_cost = cost_day[:, 0, :].sum(axis=1) + cost_day[:, 1, :].sum(axis=1)
    own_total = (used - public_kwh).clip(min=0).sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        own_price = np.where(own_total > 0, own_cost / own_total, 0.0)
    return np.asarray(public_cost + own_kwh * own_price, dtype=float)


def _charging_days(rem: FloatArray, demand: FloatArray, floor: FloatArray, is_bev: np.ndarray, session: FloatArray,
                   night: FloatArray, cap: FloatArray, start_empty: np.ndarray) -> tuple[np.ndarray, ...]:
    """Battery use, public shortfall, sessions, home refill and home-only days for (m, 365) plug-ins.

    `rem` is each day's need after workplace charging; `start_empty` marks vehicles that begin the year at
    their floor instead of full (a plug-in hybrid never charged at home). Every day is first computed as if it began with a
    full battery; only vehicles a night did not refill walk day by day (vectorised over those vehicles),
    and with home charging only through the days after such a night."""
    tol = 1e-9
    from_batt = np.minimum(rem, cap[:, None] - floor[:, None])
    short = np.where(is_bev[:, None] & (rem - from_batt > tol), rem - from_batt, 0.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        k = np.where(short > 0, np.ceil(short / session - tol), 0.0)
    end = cap[:, None] - from_batt + k * session - short
    refill = np.clip(cap[:, None] - end, 0.0, night)
    carry = cap[:, None] - end - refill  # how far from full the next day begins
    home_before = np.roll(night, 1, axis=1) > 0
    covered = (demand <= (cap - floor)[:, None] + tol) & home_before
    late = np.flatnonzero((carry[:, :-1] > 1e-6).any(axis=1) | start_empty)
    if not late.size:
        return from_batt, short, k, refill, covered
    sub = [a[late] for a in (rem, demand, session, night, carry, from_batt, short, k, refill, covered)]
    s_rem, s_dem, s_ses, s_night, s_carry, s_from, s_short, s_k, s_refill, s_cov = sub
    s_floor, s_bev, s_cap = floor[late], is_bev[late], cap[late]
    # carry into day 0 sits in the last column (that night is not otherwise used)
    s_carry[:, -1] = np.where(start_empty[late], s_cap - s_floor, 0.0)
    d = 0
    while d < 365:
        pending = s_carry[:, d - 1] > 1e-6
        if not pending.any():
            ahead = np.flatnonzero((s_carry[:, d:364] > 1e-6).any(axis=0))
            if not ahead.size:
                break
            d += int(ahead[0]) + 1
            continue
        start = s_cap - np.where(pending, s_carry[:, d - 1], 0.0)
        avail = np.maximum(start - s_floor, 0.0)
        fb = np.minimum(s_rem[:, d], avail)
        sh = np.where(s_bev & (s_rem[:, d] - fb > tol), s_rem[:, d] - fb, 0.0)
        with np.errstate(divide="ignore", invalid="ignore"):
            kk = np.where(sh > 0, np.ceil(sh / s_ses[:, d] - tol), 0.0)
        e = start - fb + kk * s_ses[:, d] - sh
        rf = np.clip(s_cap - e, 0.0, s_night[:, d])
        s_from[:, d], s_short[:, d], s_k[:, d], s_refill[:, d] = fb, sh, kk, rf
        s_carry[:, d] = s_cap - e - rf
        s_cov[:, d] = (s_dem[:, d] <= avail + tol) & (s_night[:, d - 1] > 0)
        d += 1
    s_carry[:, -1] = 0.0
    from_batt[late], short[late], k[late], refill[late], covered[late] = s_from, s_short, s_k, s_refill, s_cov
    return from_batt, short, k, refill, covered
