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

Energy is counted in kWh at the wall (so charging losses stay inside EPA's figures): a day needs
its electric miles x its label kWh per mile (long-trip days at the highway figure) x the month's
climate factor, and a full battery holds EPA's electric range at the household's regular mix. The
year's electricity is what each source sold, balanced to what was used: the full battery of 1 January
counts as charged where the household usually charges (not free), and what a last public session left
in the battery at the year's end is not counted.
Vehicles whose home charger refills them every night are computed for all days at once; the others
step through the days, still vectorised over vehicles.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from buyer_app.core.driving.patterns import MONTH, WEEKDAY, DrivingYear
from buyer_app.core.energy.day_walk import full_start, walk_days
from buyer_app.core.household.fields import Household
from buyer_app.core.region.climate import Climate, ev_energy_factors, gas_factors, range_shares, vehicle_retention
from buyer_app.core.vehicles.dc_charging import LEVEL1_KW
from buyer_app.core.vehicles.inputs import FloatArray, VehicleInputs

NEGLIGIBLE_KWH = 1e-9  # kWh a year: no car uses so little, far above float rounding
DC_SESSION_END = 0.80  # a DC fast session stops at 80% (charging slows sharply above it)
SOURCES = ("home", "work", "public_l2", "public_dc")
_MONTH_ONEHOT = np.eye(12)[MONTH]  # (365, 12): sums days into months with one matrix product


@dataclass(frozen=True)
class EnergyYear:
    """One year of energy for N vehicles (first year's prices; USD, kWh at the wall, gallons)."""

    gallons: FloatArray  # (N,)
    kwh: FloatArray  # (N,) used
    kwh_by_source: FloatArray  # (N, 4) in SOURCES order, balanced to kwh
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
    range_month: FloatArray  # (N, 12) full electric range in each month's climate (NaN when unknown or no plug)
    kwh_per_mile_month: FloatArray  # (N, 12) on a regular day of each month


def home_price(h: Household) -> float:
    """USD per kWh charged at home (a time-of-use rate mixes off-peak and the flat price)."""
    if h.home_rate == "time_of_use":
        return h.offpeak_share * h.offpeak_price + (1 - h.offpeak_share) * h.electricity_price
    return h.electricity_price


def home_kw(h: Household, onboard: FloatArray) -> FloatArray:
    """Power of the household's home charging for each vehicle (the car's on-board charger may limit it)."""
    supply = {"level2": h.home_charger_kw, "level1": LEVEL1_KW, "none": 0.0}[h.home_charging]
    return np.asarray(np.where(onboard > 0, np.minimum(onboard, supply), supply), dtype=float)


def simulate_year(h: Household, v: VehicleInputs, year: DrivingYear, climate: Climate | None = None,
                  fuel_price: FloatArray | None = None, detail: bool = True) -> EnergyYear:
    """Day-by-day energy for every vehicle in `v` (see the module docstring); `fuel_price` is USD per
    gallon for each vehicle's fuel (zero when omitted). Without `detail`, only the yearly figures are
    worked out (months, coverage and trips are left empty, for ranking the whole database)."""
    n = len(v)
    miles = year.miles
    trip = year.trip_day
    city_frac = np.where(trip, 0.0, h.city_share)
    kept = vehicle_retention(v.heat_pump, v.retention_32f)  # share of range kept at 32 F
    ev_f = ev_energy_factors(climate, v.heat_pump, v.retention_32f)  # (N, 12)
    bev, phev = v.powertrain == "bev", v.powertrain == "phev"
    plug = bev | phev
    price = np.zeros(n) if fuel_price is None else np.asarray(fuel_price, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        inv_c, inv_h = np.nan_to_num(1.0 / v.mpg_city), np.nan_to_num(1.0 / v.mpg_hwy)

    out = _Totals(n)
    # vehicles without a plug: gallons by month from two sums over the days (no per-day arrays); hybrids lose more
    # of their fuel economy in the cold than conventional cars (DOE Fact #1164)
    hybrid = v.powertrain == "hev"
    for kind, group in (("ice", ~plug & ~hybrid), ("hybrid", ~plug & hybrid)):
        others = np.flatnonzero(group)
        if not others.size:
            continue
        gas_f = gas_factors(climate, kind)[MONTH]  # (365,)
        city_m = (miles * city_frac * gas_f) @ _MONTH_ONEHOT
        hwy_m = (miles * (1 - city_frac) * gas_f) @ _MONTH_ONEHOT
        gal_m = inv_c[others, None] * city_m[None, :] + inv_h[others, None] * hwy_m[None, :]
        out.gallons_month[others] = gal_m
        city_t, hwy_t = float((miles * city_frac * gas_f * trip).sum()), float((miles * (1 - city_frac) * gas_f * trip).sum())
        out.trip_cost[others] = (inv_c[others] * city_t + inv_h[others] * hwy_t) * price[others]
        out.electric_miles[others] = 0.0

    rows = np.flatnonzero(plug)
    if rows.size:
        # a plug-in hybrid's gasoline miles are hybrid miles
        _plug_ins(h, v, year, rows, ev_f[rows], gas_factors(climate, "hybrid"), inv_c[rows], inv_h[rows], price[rows],
                  out, detail)
        out.range_month[rows] = np.where(v.electric_range_mi[rows, None] > 0,
                                         v.electric_range_mi[rows, None] * range_shares(climate, kept[rows]), np.nan)

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
        range_month=out.range_month,
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
        self.dc_minutes, self.trip_dc_sessions, self.home_kwh_bought = z.copy(), z.copy(), z.copy()
        self.range_month = np.full((n, 12), np.nan)
        self.kwh_per_mile_month = m.copy()


@dataclass(frozen=True)
class _Columns:
    """Days (or groups of identical days) as columns: what each column is and how much it weighs."""

    miles: FloatArray
    trip: np.ndarray
    month: np.ndarray
    workday: np.ndarray
    away: np.ndarray  # the night after is spent away from home
    unplugged: np.ndarray  # the night after, a plug-in hybrid is not plugged in at home (its owner's habit)
    weight: FloatArray  # days the column stands for
    by_month: FloatArray  # (C, 12) days of each month the column stands for


def _day_columns(year: DrivingYear, h: Household) -> tuple[_Columns, _Columns, np.ndarray]:
    """The 365 days as columns, the distinct kinds of day as columns, and each day's kind. Days alike in
    distance, trip, month, work day and nights away give alike results when they start full, so the
    all-at-once pass works on the kinds (about 30 for a weekly routine instead of 365)."""
    workday = (WEEKDAY < h.workplace_days) & ~year.trip_day
    away = year.away_night
    unplugged = ~np.isin(WEEKDAY, plugged_weekdays(h.phev_plug_nights))
    days = _Columns(year.miles, year.trip_day, MONTH, workday, away, unplugged, np.ones(365), _MONTH_ONEHOT)
    keys = np.stack([year.miles, year.trip_day, MONTH, workday, away, unplugged], axis=1).astype(float)
    unique, first, inverse = np.unique(keys, axis=0, return_index=True, return_inverse=True)
    inverse = inverse.reshape(-1)
    counts = np.zeros((len(unique), 12))
    np.add.at(counts, (inverse, MONTH), 1.0)
    kinds = _Columns(year.miles[first], year.trip_day[first], MONTH[first], workday[first], away[first],
                     unplugged[first], counts.sum(axis=1), counts)
    return days, kinds, inverse


def plugged_weekdays(nights: int) -> list[int]:
    """The nights of the week (0 = the night after Monday) a plug-in hybrid is plugged in at home, `nights` of 7
    spread over the week (5: all but Tuesday and Saturday)."""
    if nights >= 7:
        return list(range(7))
    return sorted({int(round((k + 0.5) * 7 / nights - 0.5)) for k in range(nights)}) if nights > 0 else []


def _plug_ins(h: Household, v: VehicleInputs, year: DrivingYear, rows: np.ndarray, ev_f: FloatArray, gas_month: FloatArray,
              inv_c: FloatArray, inv_h: FloatArray, price: FloatArray, out: _Totals, detail: bool) -> None:
    """The day-by-day part for battery-electric cars and plug-in hybrids."""
    is_bev = v.powertrain[rows] == "bev"
    kc, kh = v.kwh100_city[rows][:, None] / 100.0, v.kwh100_hwy[rows][:, None] / 100.0
    out.kwh_per_mile_month[rows] = np.nan_to_num((h.city_share * kc + (1 - h.city_share) * kh) * ev_f)
    days, kinds, inverse = _day_columns(year, h)
    # share of city / highway miles that can be electric: all of them, except a plug-in hybrid under
    # the neutral pattern, which keeps EPA's utility factors (the national mix of daily distances)
    keep_uf = ~is_bev & year.neutral
    uc = np.where(keep_uf, v.uf_city[rows], 1.0)[:, None]
    uh = np.where(keep_uf, v.uf_hwy[rows], 1.0)[:, None]

    def eligible_of(c: _Columns) -> FloatArray:
        """Miles of each column that can be electric."""
        cf = np.where(c.trip, 0.0, h.city_share)[None, :]
        return np.asarray(c.miles[None, :] * (cf * uc + (1 - cf) * uh))

    def kwh_per_mile_of(c: _Columns) -> FloatArray:
        """Label kWh at the wall per electric mile of each column's city/highway mix."""
        cf = np.where(c.trip, 0.0, h.city_share)[None, :]
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.asarray(np.nan_to_num((cf * uc * kc + (1 - cf) * uh * kh) / (cf * uc + (1 - cf) * uh)))

    # kWh at the wall: a day needs its electric miles x its label kWh per mile x the month's climate
    # factor; a full battery holds the label range at the household's regular city/highway mix
    demand = np.nan_to_num(eligible_of(kinds) * kwh_per_mile_of(kinds) * ev_f[:, kinds.month])
    cs = h.city_share
    with np.errstate(divide="ignore", invalid="ignore"):
        label_kwh_per_mile = np.nan_to_num((cs * uc * kc + (1 - cs) * uh * kh)[:, 0] / (cs * uc + (1 - cs) * uh)[:, 0])
    range_mi = np.nan_to_num(v.electric_range_mi[rows])
    cap = range_mi * label_kwh_per_mile
    # range unknown: assume a battery that just covers the longest day (the day model then adds nothing)
    cap = np.where(cap > 0, cap, demand.max(axis=1, initial=0.0) / (1 - h.charge_reserve * is_bev) + 1e-6)
    floor = np.where(is_bev, h.charge_reserve * cap, 0.0)
    night_kwh = home_kw(h, v.ac_max_kw[rows]) * h.home_hours_per_night
    work_kw = np.where(v.ac_max_kw[rows] > 0, np.minimum(v.ac_max_kw[rows], h.workplace_charger_kw), h.workplace_charger_kw)
    work_kwh = work_kw * h.workplace_hours if h.workplace_charging != "none" else np.zeros(len(rows))
    # a DC session charges from the reserve (normally 10%) to 80%; a public Level 2 session to full
    dc_share = np.where(is_bev, max(DC_SESSION_END - h.charge_reserve, 0.1), DC_SESSION_END)

    def inputs_of(c: _Columns, dem: FloatArray) -> tuple[FloatArray, ...]:
        work = np.minimum(dem, work_kwh[:, None] * c.workday[None, :])
        # a plug-in hybrid is plugged in at home on its owner's nights only (phev_plug_nights)
        night = night_kwh[:, None] * ~c.away[None, :] * ~(~is_bev[:, None] & c.unplugged[None, :])
        dc_day = (c.trip | (h.public_everyday == "dc_fast"))[None, :]
        session = np.where(dc_day, (dc_share * cap)[:, None], (cap - floor)[:, None])
        return work, night, session

    work, night, session = inputs_of(kinds, demand)
    from_batt, short, k, refill, carry = full_start(demand - work, floor, is_bev, session, night, cap)
    # a day on home charging alone: it fits in the battery as it was charged at home (a trip's return leg
    # after a night away counts when the charge from home lasts), with no public charge
    covered = (demand <= (cap - floor)[:, None] + 1e-9) & (night_kwh[:, None] > 0)
    start_empty = ~is_bev & ~(night_kwh > 0)
    before_last = np.unique(inverse[:364])
    late = (carry[:, before_last] > 1e-6).any(axis=1) | start_empty
    calm = np.flatnonzero(~late)
    if calm.size:
        _finish(h, v, rows, calm, kinds, demand[calm], work[calm], session[calm], from_batt[calm], short[calm], k[calm],
                refill[calm], covered[calm], uc, uh, gas_month, inv_c, inv_h, price, out, detail)
    walk = np.flatnonzero(late)
    if walk.size:
        w = walk
        visited, results = walk_days(demand[w] - work[w], demand[w], session[w], night[w], carry[w], floor[w], is_bev[w],
                                 cap[w], start_empty[w], inverse, night_kwh[w] > 0)
        # columns: the kinds of day (less the days walked through) and each day walked through
        vd = np.asarray(visited, dtype=int)
        walked = np.zeros((len(kinds.weight), 12))
        np.add.at(walked, (inverse[vd], MONTH[vd]), 1.0)
        by_month = np.vstack([kinds.by_month - walked, _MONTH_ONEHOT[vd]])
        def both(name: str) -> np.ndarray:
            return np.concatenate([getattr(kinds, name), getattr(days, name)[vd]])

        cols = _Columns(both("miles"), both("trip"), both("month"), both("workday"), both("away"), both("unplugged"),
                        weight=by_month.sum(axis=1), by_month=by_month)

        def joined(kind_values: np.ndarray, day_values: np.ndarray) -> np.ndarray:
            return np.concatenate([kind_values, day_values], axis=1)

        at = inverse[vd]
        used, shortfall, sessions, refilled, home_only = results
        _finish(h, v, rows, w, cols, joined(demand[w], demand[w][:, at]), joined(work[w], work[w][:, at]),
                joined(session[w], session[w][:, at]), joined(from_batt[w], used), joined(short[w], shortfall),
                joined(k[w], sessions), joined(refill[w], refilled), joined(covered[w], home_only),
                uc, uh, gas_month, inv_c, inv_h, price, out, detail)


def _finish(h: Household, v: VehicleInputs, rows: np.ndarray, sel: np.ndarray, c: _Columns, demand: FloatArray,
            work: FloatArray, session: FloatArray, from_batt: FloatArray, short: FloatArray, k: FloatArray,
            refill: FloatArray, covered: np.ndarray, uc: FloatArray, uh: FloatArray, gas_month: FloatArray,
            inv_c: FloatArray, inv_h: FloatArray, price: FloatArray, out: _Totals, detail: bool = True) -> None:
    """Costs and counts for the plug-ins `rows[sel]`, from per-column arrays in kWh at the wall (columns
    weigh c.weight days). Sums over columns are matrix products with the weights."""
    at = rows[sel]
    cf = np.where(c.trip, 0.0, h.city_share)[None, :]
    uc, uh = uc[sel], uh[sel]
    w, months = c.weight, c.by_month
    dc_col = (c.trip | (h.public_everyday == "dc_fast")).astype(float)
    met_kwh = work + from_batt + short  # electricity used each column

    # yearly totals first, as weighted sums that make few temporaries (rank needs only these)
    units = k * session  # kWh bought in public sessions
    kwh = met_kwh @ w
    public_kwh = units @ w
    dc_kwh = units @ (w * dc_col)
    by_source = np.stack([refill @ w, work @ w, np.maximum(public_kwh - dc_kwh, 0.0), dc_kwh], axis=1)
    usual = 0 if h.home_charging != "none" else 1 if h.workplace_charging != "none" else \
        3 if h.public_everyday == "dc_fast" else 2
    # balance the year: the battery of 1 January was charged where this household usually charges; what a
    # last public session left in the battery at the year's end was not used this year
    adjusted = by_source.copy()
    balance = kwh - adjusted.sum(axis=1)
    adjusted[:, usual] += np.maximum(balance, 0.0)
    surplus = np.maximum(-balance, 0.0)
    for source in (3, 2, 1, 0):
        take = np.minimum(adjusted[:, source], surplus)
        adjusted[:, source] -= take
        surplus -= take
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        factor = np.where(by_source > 1e-9, adjusted / by_source, 0.0)  # per source, bought -> counted
    work_price = h.workplace_price if h.workplace_charging == "priced" else 0.0
    hp = home_price(h)
    idle = h.idle_minutes_per_session * h.idle_fee_per_minute
    dc_min = v.dc_10_80_minutes[at]
    dc_k_year = k @ (w * dc_col)
    if h.public_dc_pricing == "per_minute":
        dc_cost_year = np.where(np.isnan(dc_min), adjusted[:, 3] * h.public_dc_price,
                                dc_k_year * np.nan_to_num(dc_min) * h.public_dc_per_minute * factor[:, 3])
    else:
        dc_cost_year = adjusted[:, 3] * h.public_dc_price
    cost_year = np.stack([adjusted[:, 0] * hp, adjusted[:, 1] * work_price, adjusted[:, 2] * h.public_l2_price,
                          dc_cost_year + (k @ w) * idle], axis=1)
    out.kwh[at] = kwh
    out.kwh_by_source[at] = adjusted
    out.cost_by_source[at] = cost_year
    out.dc_minutes[at] = np.where(np.isnan(dc_min) & (dc_k_year > 0), np.nan, dc_k_year * np.nan_to_num(dc_min))
    out.electric_miles[at] = c.miles @ w  # battery-electric: every mile; plug-in hybrids below
    hybrid = np.flatnonzero(v.powertrain[at] == "phev")
    gallons = np.zeros((0, len(w)))
    if hybrid.size:  # electric miles and gasoline of plug-in hybrids (battery-electric cars burn none)
        with np.errstate(divide="ignore", invalid="ignore"):
            mp = np.clip(np.nan_to_num(np.where(demand[hybrid] > 0, met_kwh[hybrid] / demand[hybrid], 1.0)), 0.0, 1.0)
        ucp, uhp = uc[hybrid], uh[hybrid]
        out.electric_miles[at[hybrid]] = np.einsum("ij,ij,j->i", mp, cf * ucp + (1 - cf) * uhp, c.miles * w)
        cdc = np.nan_to_num(v.cd_gal100_city[at[hybrid]])[:, None] / 100.0
        cdh = np.nan_to_num(v.cd_gal100_hwy[at[hybrid]])[:, None] / 100.0
        ic, ih = inv_c[sel][hybrid][:, None], inv_h[sel][hybrid][:, None]
        per_mile = (cf * (1 - ucp) * ic + (1 - cf) * (1 - uhp) * ih + mp * (cf * ucp * cdc + (1 - cf) * uhp * cdh)
                    + (1 - mp) * (cf * ucp * ic + (1 - cf) * uhp * ih))
        gallons = per_mile * (c.miles * gas_month[c.month])[None, :]
        out.gallons_month[at[hybrid]] = gallons @ months
    if not detail:
        out.electricity_month[at] = cost_year.sum(axis=1)[:, None] / 12.0  # not asked for: spread evenly
        return

    # the detail the window, the report and compare show: by month, coverage, trips
    dc_k = k * dc_col
    f = factor[:, :, None]
    dc_cost = units * dc_col * (f[:, 3] * h.public_dc_price)
    if h.public_dc_pricing == "per_minute":
        dc_cost = np.where(np.isnan(dc_min)[:, None], dc_cost,
                           dc_k * (np.nan_to_num(dc_min) * h.public_dc_per_minute)[:, None] * f[:, 3])
    public = units * (1 - dc_col) * (f[:, 2] * h.public_l2_price) + dc_cost + k * idle  # idle fees are per session
    elec = refill * (f[:, 0] * hp) + work * (f[:, 1] * work_price) + public
    # what the balancing added without a purchase to hang it on (the battery of 1 January), spread over
    # the year in proportion to use, so that the months add up to the year
    residual = cost_year.sum(axis=1) - elec @ w
    used = kwh[:, None] > NEGLIGIBLE_KWH  # below it a share of the year is rounding noise (and could overflow)
    share = np.divide(met_kwh, kwh[:, None], out=np.zeros_like(met_kwh, dtype=float), where=used)
    elec += residual[:, None] * share
    out.electricity_month[at] = elec @ months
    out.home_only_days[at] = covered.astype(float) @ months
    out.public_days[at] = (k > 0).astype(float) @ months
    out.dc_sessions[at] = dc_k @ months
    out.l2_sessions[at] = (k - dc_k) @ months
    trip_w = c.weight * c.trip
    out.trip_dc_sessions[at] = dc_k @ trip_w
    out.home_kwh_bought[at] = by_source[:, 0]
    # long-trip days: public sessions bought on them, plus what they took from the battery at the
    # average price of the year's home and work charging
    own = np.maximum(met_kwh - units, 0.0)
    own_total = own @ w
    own_cost = cost_year[:, 0] + cost_year[:, 1]
    with np.errstate(divide="ignore", invalid="ignore"):
        own_price = np.where(own_total > 0, own_cost / own_total, 0.0)
    trip_cost = public @ trip_w + (own @ trip_w) * own_price
    if hybrid.size:
        trip_cost[hybrid] += (gallons @ trip_w) * price[sel][hybrid]
    out.trip_cost[at] = trip_cost
