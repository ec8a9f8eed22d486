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
  A household with a weekly charging calendar (core/household/calendar.py) says, night by night, where the car
  sleeps and what it plugs into (home Level 1 or 2, a relative's Level 1 or 2, nothing), which days it charges at
  work, and which overnight trips end at a relative's plug; a night at a relative's is paid at the price the
  household gives (by default its own electricity price; 0 when free) and counted as the source `relative`.

Energy is counted in kWh at the wall (so charging losses stay inside EPA's figures): a day needs
its electric miles x its label kWh per mile (long-trip days at the highway figure) x the month's
climate factor, and a full battery holds EPA's electric range at the household's regular mix. The
year's electricity is what each source sold, balanced to what was used: the full battery of 1 January
counts as charged where the household usually charges (not free), and what a last public session left
in the battery at the year's end is not counted.
Vehicles whose home charger refills them every night are computed for all days at once; the others
step through the days, still vectorised over vehicles.

Over 300 lines on purpose: the day model is one vectorised computation (use, charge, pay) whose steps share the
same (N, 365) arrays; the walk through days that start short is already apart (day_walk.py).
"""

from __future__ import annotations

from dataclasses import dataclass, fields

import numpy as np

from buyer_app.core.driving.patterns import MONTH, WEEKDAY, DrivingYear
from buyer_app.core.energy.day_walk import (
    DAYS_IN_YEAR,
    NEARLY_FULL_KWH,
    ROUNDING_KWH,
    Battery,
    DayInputs,
    DayOutcome,
    full_start,
    walk_days,
)
from buyer_app.core.household.calendar import HOME_PLUGS, RELATIVE_PLUGS
from buyer_app.core.household.choices import NightPlug
from buyer_app.core.household.fields import Household
from buyer_app.core.region.climate import Climate, ev_energy_factors, gas_factors, range_shares, vehicle_retention
from buyer_app.core.tariffs.schedule import NightPricing, night_periods, price_nights
from buyer_app.core.vehicles.dc_charging import DC_END_PCT, LEVEL1_KW, PERCENT
from buyer_app.core.vehicles.inputs import LABEL_MI, BoolArray, FloatArray, IntArray, VehicleInputs, take

NEGLIGIBLE_KWH = 1e-9  # kWh a year: no car uses so little, far above float rounding
DC_SESSION_END = DC_END_PCT / PERCENT  # a DC fast session stops at 80% (charging slows sharply above it)
MIN_DC_SESSION = 0.1  # share of the battery a DC session adds at the least, whatever the reserve (app guard)
UNKNOWN_RANGE_MARGIN_KWH = 1e-6  # kWh: a battery assumed for an unknown range holds the longest day and this much more
SOURCES = ("home", "work", "public_l2", "public_dc", "relative")
HOME, WORK, PUBLIC_L2, PUBLIC_DC, RELATIVE = range(len(SOURCES))  # columns of the by-source arrays
# the plug of each night, as a code: its place in this tuple (NONE first, so 0 is no plug)
NIGHT_PLUGS = (NightPlug.NONE, NightPlug.HOME_L2, NightPlug.HOME_L1, NightPlug.RELATIVE_L2, NightPlug.RELATIVE_L1)
_HOME_NIGHT = np.array([p in HOME_PLUGS for p in NIGHT_PLUGS])
_RELATIVE_NIGHT = np.array([p in RELATIVE_PLUGS for p in NIGHT_PLUGS])
MONTHS = 12
DAYS_IN_WEEK = 7
_MONTH_ONEHOT = np.eye(MONTHS)[MONTH]  # (365, 12): sums days into months with one matrix product


@dataclass(frozen=True)
class EnergyYear:
    """One year of energy for N vehicles (first year's prices; USD, kWh at the wall, gallons)."""

    gallons: FloatArray  # (N,)
    kwh: FloatArray  # (N,) used
    kwh_by_source: FloatArray  # (N, 5) in SOURCES order, balanced to kwh
    fuel_cost: FloatArray  # (N,) gasoline or diesel
    electricity_cost: FloatArray  # (N,) incl. public session and idle fees
    cost_by_source: FloatArray  # (N, 5) electricity cost in SOURCES order
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
    # with a rate plan (Household.home_tariff) and detail: a year's home charging by month and clock hour
    home_hourly_kwh: FloatArray | None = None  # (N, 12, 24)
    home_hourly_usd: FloatArray | None = None  # (N, 12, 24)


def home_price(h: Household) -> float:
    """USD per kWh charged at home (a time-of-use rate mixes off-peak and the flat price)."""
    if h.home_rate == "time_of_use":
        return h.offpeak_share * h.offpeak_price + (1 - h.offpeak_share) * h.electricity_price
    return h.electricity_price


def home_kw(h: Household, onboard_kw: FloatArray) -> FloatArray:
    """Power of the household's home charging for each vehicle (the car's on-board charger may limit it): with a
    charging calendar, the most powerful home plug of its week."""
    if h.charging_calendar is not None:
        codes = [NIGHT_PLUGS.index(p) for p in h.charging_calendar.nights if p in HOME_PLUGS]
        return np.asarray(night_kw(h, onboard_kw)[:, codes].max(axis=1, initial=0.0), dtype=float)
    supply_kw = {"level2": h.home_charger_kw, "level1": LEVEL1_KW, "none": 0.0}[h.home_charging]
    return np.asarray(np.where(onboard_kw > 0, np.minimum(onboard_kw, supply_kw), supply_kw), dtype=float)


def night_kw(h: Household, onboard_kw: FloatArray) -> FloatArray:
    """(N, 5) power of each plug of NIGHT_PLUGS for each vehicle (its on-board charger may limit it); a relative's
    Level 2 is taken as strong as the household's own (home_charger_kw)."""
    supply_kw = np.array([0.0, h.home_charger_kw, LEVEL1_KW, h.home_charger_kw, LEVEL1_KW])
    onboard = onboard_kw[:, None]
    return np.asarray(np.where(onboard > 0, np.minimum(onboard, supply_kw[None, :]), supply_kw[None, :]), dtype=float)


def relative_price(h: Household) -> float:
    """USD per kWh charged at a relative's: the calendar's price, else the household's own electricity price."""
    calendar = h.charging_calendar
    return h.electricity_price if calendar is None or calendar.relative_price is None else calendar.relative_price


@dataclass(frozen=True)
class _YearTotals:
    """Per-vehicle results being filled in, part by part (zeros for vehicles a part does not apply to)."""

    fuel_gal_by_month: FloatArray  # (N, 12)
    electricity_usd_by_month: FloatArray  # (N, 12)
    used_kwh: FloatArray  # (N,)
    electric_mi: FloatArray  # (N,)
    trip_usd: FloatArray  # (N,)
    kwh_by_source: FloatArray  # (N, 5) in SOURCES order
    usd_by_source: FloatArray  # (N, 5)
    home_only_days: FloatArray  # (N, 12)
    public_days: FloatArray  # (N, 12)
    dc_sessions: FloatArray  # (N, 12)
    l2_sessions: FloatArray  # (N, 12)
    dc_minutes: FloatArray  # (N,)
    trip_dc_sessions: FloatArray  # (N,)
    home_kwh_bought: FloatArray  # (N,)
    range_mi_by_month: FloatArray  # (N, 12) NaN where unknown or no plug
    kwh_per_mi_by_month: FloatArray  # (N, 12)
    home_hourly_kwh: FloatArray | None = None  # (N, 12, 24) with a rate plan and detail
    home_hourly_usd: FloatArray | None = None

    @classmethod
    def zeros(cls, n: int, hourly: bool = False) -> _YearTotals:
        """Totals of n vehicles, all zero (the range by month NaN); `hourly`: with home charging by clock hour."""

        def by_month() -> FloatArray:
            return np.zeros((n, MONTHS))

        def by_source() -> FloatArray:
            return np.zeros((n, len(SOURCES)))

        return cls(
            fuel_gal_by_month=by_month(),
            electricity_usd_by_month=by_month(),
            used_kwh=np.zeros(n),
            electric_mi=np.zeros(n),
            trip_usd=np.zeros(n),
            kwh_by_source=by_source(),
            usd_by_source=by_source(),
            home_only_days=by_month(),
            public_days=by_month(),
            dc_sessions=by_month(),
            l2_sessions=by_month(),
            dc_minutes=np.zeros(n),
            trip_dc_sessions=np.zeros(n),
            home_kwh_bought=np.zeros(n),
            range_mi_by_month=np.full((n, MONTHS), np.nan),
            kwh_per_mi_by_month=by_month(),
            home_hourly_kwh=np.zeros((n, MONTHS, 24)) if hourly else None,
            home_hourly_usd=np.zeros((n, MONTHS, 24)) if hourly else None,
        )


@dataclass(frozen=True)
class _PlugIns:
    """What the day model needs of each plug-in, (P,) arrays over the plug-in rows of the vehicles."""

    at: IntArray  # the plug-ins' rows among all vehicles
    is_bev: BoolArray  # battery-electric (the others are plug-in hybrids)
    kwh_per_mi_city: FloatArray  # EPA label kWh at the wall per mile
    kwh_per_mi_hwy: FloatArray
    electric_city: FloatArray  # share of city miles that can be electric: 1, or EPA's utility factor (see simulate_year)
    electric_hwy: FloatArray
    climate: FloatArray  # (P, 12) multiplier on label kWh per mile by month
    range_mi: FloatArray  # EPA electric range, 0 when unknown
    onboard_kw: FloatArray  # on-board charger limit, NaN when unknown
    gal_per_mi_city: FloatArray  # gasoline of a plug-in hybrid's hybrid miles (1 / MPG, 0 when unknown)
    gal_per_mi_hwy: FloatArray
    cd_gal_per_mi_city: FloatArray  # gasoline a plug-in hybrid burns per electric mile (charge-depleting), 0 when none
    cd_gal_per_mi_hwy: FloatArray
    fuel_usd_per_gal: FloatArray
    dc_session_min: FloatArray  # one 10-80% DC fast session, NaN when unknown


def simulate_year(
    h: Household,
    v: VehicleInputs,
    year: DrivingYear,
    climate: Climate | None = None,
    fuel_price: FloatArray | None = None,
    detail: bool = True,
) -> EnergyYear:
    """Day-by-day energy for every vehicle in `v` (see the module docstring); `fuel_price` is USD per
    gallon for each vehicle's fuel (zero when omitted). Without `detail`, only the yearly figures are
    worked out (months, coverage and trips are left empty, for ranking the whole database)."""
    n = len(v)
    day_mi = year.miles
    city_share = np.where(year.trip_day, 0.0, h.city_share)  # (365,) long-trip days are all highway
    range_kept_32f = vehicle_retention(v.heat_pump, v.retention_32f)  # share of range kept at 32 F
    ev_climate = ev_energy_factors(climate, v.heat_pump, v.retention_32f)  # (N, 12)
    is_plug_in = (v.powertrain == "bev") | (v.powertrain == "phev")
    fuel_usd_per_gal = np.zeros(n) if fuel_price is None else np.asarray(fuel_price, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        gal_per_mi_city, gal_per_mi_hwy = np.nan_to_num(1.0 / v.mpg_city), np.nan_to_num(1.0 / v.mpg_hwy)

    totals = _YearTotals.zeros(n, hourly=detail and h.home_tariff is not None)
    # vehicles without a plug: gallons by month from two sums over the days (no per-day arrays); hybrids lose more
    # of their fuel economy in the cold than conventional cars (DOE Fact #1164)
    is_hybrid = v.powertrain == "hev"
    for kind, group in (("ice", ~is_plug_in & ~is_hybrid), ("hybrid", ~is_plug_in & is_hybrid)):
        at = np.flatnonzero(group)
        if not at.size:
            continue
        gas_climate = gas_factors(climate, kind)[MONTH]  # (365,) multiplier on label gallons per mile
        city_mi = day_mi * city_share * gas_climate  # (365,) city miles, weighted by the day's climate
        hwy_mi = day_mi * (1 - city_share) * gas_climate
        totals.fuel_gal_by_month[at] = (
            gal_per_mi_city[at, None] * (city_mi @ _MONTH_ONEHOT)[None, :]
            + gal_per_mi_hwy[at, None] * (hwy_mi @ _MONTH_ONEHOT)[None, :]
        )
        trip_city_mi, trip_hwy_mi = float((city_mi * year.trip_day).sum()), float((hwy_mi * year.trip_day).sum())
        totals.trip_usd[at] = (gal_per_mi_city[at] * trip_city_mi + gal_per_mi_hwy[at] * trip_hwy_mi) * fuel_usd_per_gal[at]

    rows = np.flatnonzero(is_plug_in)
    if rows.size:
        is_bev = v.powertrain[rows] == "bev"
        # share of city / highway miles that can be electric: all of them, except a plug-in hybrid under
        # the neutral pattern, which keeps EPA's utility factors (the national mix of daily distances)
        keeps_utility_factor = ~is_bev & year.neutral
        plug_ins = _PlugIns(
            at=rows,
            is_bev=is_bev,
            kwh_per_mi_city=v.kwh100_city[rows] / LABEL_MI,
            kwh_per_mi_hwy=v.kwh100_hwy[rows] / LABEL_MI,
            electric_city=np.where(keeps_utility_factor, v.uf_city[rows], 1.0),
            electric_hwy=np.where(keeps_utility_factor, v.uf_hwy[rows], 1.0),
            climate=ev_climate[rows],
            range_mi=np.nan_to_num(v.electric_range_mi[rows]),
            onboard_kw=v.ac_max_kw[rows],
            gal_per_mi_city=gal_per_mi_city[rows],
            gal_per_mi_hwy=gal_per_mi_hwy[rows],
            cd_gal_per_mi_city=np.nan_to_num(v.cd_gal100_city[rows]) / LABEL_MI,
            cd_gal_per_mi_hwy=np.nan_to_num(v.cd_gal100_hwy[rows]) / LABEL_MI,
            fuel_usd_per_gal=fuel_usd_per_gal[rows],
            dc_session_min=v.dc_10_80_minutes[rows],
        )
        # a plug-in hybrid's gasoline miles are hybrid miles
        _plug_ins(h, year, plug_ins, gas_by_month=gas_factors(climate, "hybrid"), totals=totals, detail=detail)
        range_mi = v.electric_range_mi[rows, None]
        totals.range_mi_by_month[rows] = np.where(range_mi > 0, range_mi * range_shares(climate, range_kept_32f[rows]), np.nan)

    fuel_usd_by_month = totals.fuel_gal_by_month * fuel_usd_per_gal[:, None]
    return EnergyYear(
        gallons=totals.fuel_gal_by_month.sum(axis=1),
        kwh=totals.used_kwh,
        kwh_by_source=totals.kwh_by_source,
        fuel_cost=fuel_usd_by_month.sum(axis=1),
        electricity_cost=totals.usd_by_source.sum(axis=1),
        cost_by_source=totals.usd_by_source,
        monthly_cost=fuel_usd_by_month + totals.electricity_usd_by_month,
        electric_miles=totals.electric_mi,
        miles=float(day_mi.sum()),
        home_only_days=totals.home_only_days,
        public_days=totals.public_days,
        dc_sessions=totals.dc_sessions,
        l2_sessions=totals.l2_sessions,
        dc_minutes=totals.dc_minutes,
        trip_dc_sessions=totals.trip_dc_sessions,
        trip_cost=totals.trip_usd,
        home_kwh_bought=totals.home_kwh_bought,
        range_month=totals.range_mi_by_month,
        kwh_per_mile_month=totals.kwh_per_mi_by_month,
        home_hourly_kwh=totals.home_hourly_kwh,
        home_hourly_usd=totals.home_hourly_usd,
    )


# what makes days alike (night_day only with a rate plan: the night's weekday/weekend and the next day's)
_DAY_FIELDS = ("distance_mi", "trip", "month", "workday", "away", "unplugged", "night", "night_day")


@dataclass(frozen=True)
class _Columns:
    """Days (or groups of identical days) as columns: what each column is and how much it weighs."""

    distance_mi: FloatArray
    trip: BoolArray  # a long-trip day: all highway, public charging at DC fast
    month: IntArray
    workday: BoolArray  # the car charges at work that day
    away: BoolArray  # the night after is spent away from home
    unplugged: BoolArray  # the night after, a plug-in hybrid is not plugged in at home (its owner's habit)
    night: IntArray  # the plug of the night after, as its place in NIGHT_PLUGS (0: none)
    night_day: IntArray  # with a rate plan: weekend + 2 x next day weekend + 4 x next day's month (0 without)
    weight_days: FloatArray  # days the column stands for
    days_by_month: FloatArray  # (C, 12) days of each month the column stands for

    def city_share(self, share: float) -> FloatArray:
        """(1, C) share of each column's miles driven in the city (long trips are all highway)."""
        return np.where(self.trip, 0.0, share)[None, :]


def _day_columns(year: DrivingYear, h: Household) -> tuple[_Columns, _Columns, IntArray]:
    """The 365 days as columns, the distinct kinds of day as columns, and each day's kind. Days alike in
    distance, trip, month, work day and nights away give alike results when they start full, so the
    all-at-once pass works on the kinds (about 30 for a weekly routine instead of 365)."""
    workday, unplugged, night = _nights(year, h)
    days = _Columns(
        distance_mi=year.miles,
        trip=year.trip_day,
        month=MONTH,
        workday=workday,
        away=year.away_night,
        unplugged=unplugged,
        night=night,
        night_day=_night_days(h),
        weight_days=np.ones(DAYS_IN_YEAR),
        days_by_month=_MONTH_ONEHOT,
    )
    keys = np.stack([getattr(days, name) for name in _DAY_FIELDS], axis=1).astype(float)
    unique, first, kind_of_day = np.unique(keys, axis=0, return_index=True, return_inverse=True)
    kind_of_day = kind_of_day.reshape(-1)
    by_month = np.zeros((len(unique), MONTHS))
    np.add.at(by_month, (kind_of_day, MONTH), 1.0)
    kinds = _Columns(
        **{name: getattr(days, name)[first] for name in _DAY_FIELDS}, weight_days=by_month.sum(axis=1), days_by_month=by_month
    )
    return days, kinds, kind_of_day


_WEEKEND = (WEEKDAY >= 5).astype(int)
_NIGHT_DAYS = _WEEKEND + 2 * np.roll(_WEEKEND, -1) + 4 * np.roll(MONTH, -1)  # the last night runs into 1 January


def _night_days(h: Household) -> IntArray:
    """Each day's night_day code (see _Columns): what a rate plan needs to price the night's hours; all 0 without a
    plan, so that days group as before."""
    return _NIGHT_DAYS if h.home_tariff is not None else np.zeros(DAYS_IN_YEAR, dtype=int)


def _night_pricing(
    h: Household, plug_ins: _PlugIns, columns: _Columns, home_kwh: FloatArray, detail: bool
) -> NightPricing | None:
    """Home charging priced hour by hour on the household's rate plan (None without one)."""
    choice = h.home_tariff
    if choice is None:
        return None
    code = columns.night_day
    periods = night_periods(choice.tariff, choice.charge_start_hour, columns.month, code % 2, code // 4, (code // 2) % 2)
    kw = night_kw(h, plug_ins.onboard_kw)[:, columns.night]
    pricing = price_nights(
        choice.tariff,
        choice.charge_start_hour,
        choice.household_kwh_month,
        home_kwh,
        kw,
        periods,
        columns.month,
        columns.days_by_month,
        hourly=detail,
    )
    if choice.price_factor == 1.0:
        return pricing
    factor = choice.price_factor
    return NightPricing(
        usd_per_kwh=pricing.usd_per_kwh * factor,
        year_usd_per_kwh=pricing.year_usd_per_kwh * factor,
        hourly_kwh=pricing.hourly_kwh,
        hourly_usd=pricing.hourly_usd * factor,
    )


def _nights(year: DrivingYear, h: Household) -> tuple[BoolArray, BoolArray, IntArray]:
    """For each day: the car charges at work, a plug-in hybrid is left unplugged the night after (its owner's
    habit, without a calendar), and the plug of the night after (a code of NIGHT_PLUGS)."""
    calendar = h.charging_calendar
    if calendar is None:
        home = NIGHT_PLUGS.index({"level2": NightPlug.HOME_L2, "level1": NightPlug.HOME_L1}.get(h.home_charging, NightPlug.NONE))
        workday = (WEEKDAY < h.workplace_days) & ~year.trip_day
        unplugged = ~np.isin(WEEKDAY, plugged_weekdays(h.phev_plug_nights))
        return workday, unplugged, np.where(year.away_night, 0, home)
    by_weekday = np.array([NIGHT_PLUGS.index(p) for p in calendar.nights])
    night = np.where(year.away_night, 0, by_weekday[WEEKDAY])
    away_at = np.flatnonzero(year.away_night)
    visits = min(calendar.visits, len(away_at))  # a year with fewer nights away plugs in on all of them
    if visits:  # the visits spread over the year's nights away
        chosen = away_at[np.round((np.arange(visits) + 0.5) * len(away_at) / visits - 0.5).astype(int)]
        night[chosen] = NIGHT_PLUGS.index(calendar.visit_plug)
    workday = np.asarray(calendar.work_days)[WEEKDAY] & ~year.trip_day
    # the calendar says which nights the car is plugged in, plug-in hybrids included
    return workday, np.zeros(DAYS_IN_YEAR, dtype=bool), night


def plugged_weekdays(nights: int) -> list[int]:
    """The nights of the week (0 = the night after Monday) a plug-in hybrid is plugged in at home, `nights` of 7
    spread over the week (5: all but Tuesday and Saturday)."""
    if nights >= DAYS_IN_WEEK:
        return list(range(DAYS_IN_WEEK))
    return sorted({int(round((k + 0.5) * DAYS_IN_WEEK / nights - 0.5)) for k in range(nights)}) if nights > 0 else []


@dataclass(frozen=True)
class _ColumnEnergy:
    """What each plug-in's columns needed and how it was met, (m, C) arrays in kWh at the wall."""

    demand_kwh: FloatArray  # the column's electricity use
    work_kwh: FloatArray  # of it, charged at work
    session_kwh: FloatArray  # what one public session adds
    outcome: DayOutcome  # from the battery, bought in public, sessions, refilled at home
    home_only: BoolArray  # covered by the night's home charge alone


def _battery_and_needs(h: Household, plug_ins: _PlugIns, kinds: _Columns) -> tuple[Battery, DayInputs]:
    """Each plug-in's battery and home charging, and what each kind of day asks of it (kWh at the wall)."""
    kwh_city, kwh_hwy = plug_ins.kwh_per_mi_city[:, None], plug_ins.kwh_per_mi_hwy[:, None]
    electric_city, electric_hwy = plug_ins.electric_city[:, None], plug_ins.electric_hwy[:, None]
    # a day needs its electric miles x its label kWh per mile x the month's climate factor; a full battery
    # holds the label range at the household's regular city/highway mix
    city = kinds.city_share(h.city_share)
    electric_mi = kinds.distance_mi[None, :] * (city * electric_city + (1 - city) * electric_hwy)
    with np.errstate(divide="ignore", invalid="ignore"):
        kwh_per_electric_mi = np.nan_to_num(
            (city * electric_city * kwh_city + (1 - city) * electric_hwy * kwh_hwy)
            / (city * electric_city + (1 - city) * electric_hwy)
        )
    demand_kwh = np.nan_to_num(electric_mi * kwh_per_electric_mi * plug_ins.climate[:, kinds.month])
    regular = h.city_share
    with np.errstate(divide="ignore", invalid="ignore"):
        label_kwh_per_mi = np.nan_to_num(
            (regular * electric_city * kwh_city + (1 - regular) * electric_hwy * kwh_hwy)[:, 0]
            / (regular * electric_city + (1 - regular) * electric_hwy)[:, 0]
        )
    capacity_kwh = plug_ins.range_mi * label_kwh_per_mi
    # range unknown: assume a battery that just covers the longest day (the day model then adds nothing)
    capacity_kwh = np.where(
        capacity_kwh > 0,
        capacity_kwh,
        demand_kwh.max(axis=1, initial=0.0) / (1 - h.charge_reserve * plug_ins.is_bev) + UNKNOWN_RANGE_MARGIN_KWH,
    )
    reserve_kwh = np.where(plug_ins.is_bev, h.charge_reserve * capacity_kwh, 0.0)
    calendar = h.charging_calendar
    relative_hours = h.home_hours_per_night if calendar is None or calendar.relative_hours is None else calendar.relative_hours
    hours = np.where(_RELATIVE_NIGHT, relative_hours, h.home_hours_per_night)
    plug_kwh = night_kw(h, plug_ins.onboard_kw) * hours[None, :]  # (P, 5) a night on each plug
    used_codes = np.zeros(len(NIGHT_PLUGS), dtype=bool)
    used_codes[np.unique(kinds.night)] = True
    home_night_kwh = np.where(_HOME_NIGHT & used_codes, plug_kwh, 0.0).max(axis=1)
    work_kw = np.where(plug_ins.onboard_kw > 0, np.minimum(plug_ins.onboard_kw, h.workplace_charger_kw), h.workplace_charger_kw)
    work_kwh = work_kw * h.workplace_hours if h.workplace_charging != "none" else np.zeros(len(plug_ins.at))
    # a DC session charges from the reserve (normally 10%) to 80%; a public Level 2 session to full
    dc_share = np.where(plug_ins.is_bev, max(DC_SESSION_END - h.charge_reserve, MIN_DC_SESSION), DC_SESSION_END)
    dc_day = (kinds.trip | (h.public_everyday == "dc_fast"))[None, :]
    battery = Battery(
        capacity_kwh=capacity_kwh,
        reserve_kwh=reserve_kwh,
        is_bev=plug_ins.is_bev,
        home_access=home_night_kwh > 0,
        starts_empty=~plug_ins.is_bev & ~(np.where(used_codes, plug_kwh, 0.0).max(axis=1) > 0),
    )
    needs = DayInputs(
        demand_kwh=demand_kwh,
        work_kwh=np.minimum(demand_kwh, work_kwh[:, None] * kinds.workday[None, :]),
        session_kwh=np.where(dc_day, (dc_share * capacity_kwh)[:, None], (capacity_kwh - reserve_kwh)[:, None]),
        # a plug-in hybrid is plugged in at home on its owner's nights only (phev_plug_nights)
        night_kwh=plug_kwh[:, kinds.night] * ~(~plug_ins.is_bev[:, None] & kinds.unplugged[None, :]),
    )
    return battery, needs


def _plug_ins(
    h: Household, year: DrivingYear, plug_ins: _PlugIns, gas_by_month: FloatArray, totals: _YearTotals, detail: bool
) -> None:
    """The day-by-day part for battery-electric cars and plug-in hybrids; `gas_by_month` (12,) is the climate's
    multiplier on a plug-in hybrid's gasoline per mile."""
    kwh_city, kwh_hwy = plug_ins.kwh_per_mi_city[:, None], plug_ins.kwh_per_mi_hwy[:, None]
    regular_kwh_per_mi = h.city_share * kwh_city + (1 - h.city_share) * kwh_hwy
    totals.kwh_per_mi_by_month[plug_ins.at] = np.nan_to_num(regular_kwh_per_mi * plug_ins.climate)
    days, kinds, kind_of_day = _day_columns(year, h)
    battery, needs = _battery_and_needs(h, plug_ins, kinds)
    outcome, below_full_after = full_start(battery, needs)
    # a day on home charging alone: it fits in the battery as it was charged at home (a trip's return leg
    # after a night away counts when the charge from home lasts), with no public charge
    home_only = (needs.demand_kwh <= (battery.capacity_kwh - battery.reserve_kwh)[:, None] + ROUNDING_KWH) & battery.home_access[
        :, None
    ]
    # late: a vehicle some day of which (before the last) ends short of full, or that starts the year empty; its
    # days are walked through in order. The others keep the all-at-once results of the kinds of day.
    before_last = np.unique(kind_of_day[: DAYS_IN_YEAR - 1])
    late = (below_full_after[:, before_last] > NEARLY_FULL_KWH).any(axis=1) | battery.starts_empty
    calm = np.flatnonzero(~late)
    if calm.size:
        energy = _ColumnEnergy(
            demand_kwh=needs.demand_kwh[calm],
            work_kwh=needs.work_kwh[calm],
            session_kwh=needs.session_kwh[calm],
            outcome=take(outcome, calm),
            home_only=home_only[calm],
        )
        _finish(h, take(plug_ins, calm), kinds, energy, gas_by_month=gas_by_month, totals=totals, detail=detail)
    walk = np.flatnonzero(late)
    if walk.size:
        walk_needs = take(needs, walk)
        walked = walk_days(take(battery, walk), walk_needs, below_full_after[walk], kind_of_day)
        # columns: the kinds of day (less the days walked through) and each day walked through
        day_at = np.asarray(walked.days, dtype=int)
        kind_at = kind_of_day[day_at]
        walked_by_month = np.zeros((len(kinds.weight_days), MONTHS))
        np.add.at(walked_by_month, (kind_at, MONTH[day_at]), 1.0)
        by_month = np.vstack([kinds.days_by_month - walked_by_month, _MONTH_ONEHOT[day_at]])
        columns = _Columns(
            **{name: np.concatenate([getattr(kinds, name), getattr(days, name)[day_at]]) for name in _DAY_FIELDS},
            weight_days=by_month.sum(axis=1),
            days_by_month=by_month,
        )

        def kinds_then_days(by_kind: FloatArray, by_day: FloatArray | None = None) -> FloatArray:
            """(m, U + V): the kinds' values, then the walked days' (their kind's, unless given)."""
            return np.concatenate([by_kind, by_kind[:, kind_at] if by_day is None else by_day], axis=1)

        walked_outcome = DayOutcome(
            **{
                f.name: kinds_then_days(getattr(outcome, f.name)[walk], getattr(walked.outcome, f.name))
                for f in fields(DayOutcome)
            }
        )
        energy = _ColumnEnergy(
            demand_kwh=kinds_then_days(walk_needs.demand_kwh),
            work_kwh=kinds_then_days(walk_needs.work_kwh),
            session_kwh=kinds_then_days(walk_needs.session_kwh),
            outcome=walked_outcome,
            home_only=np.concatenate([home_only[walk], walked.home_only], axis=1),
        )
        _finish(h, take(plug_ins, walk), columns, energy, gas_by_month=gas_by_month, totals=totals, detail=detail)


def _finish(
    h: Household,
    plug_ins: _PlugIns,
    columns: _Columns,
    energy: _ColumnEnergy,
    gas_by_month: FloatArray,
    totals: _YearTotals,
    detail: bool = True,
) -> None:
    """Costs and counts for the plug-ins `p`, from per-column arrays in kWh at the wall (columns weigh
    columns.weight_days days). Sums over columns are matrix products with the weights."""
    at = plug_ins.at
    city = columns.city_share(h.city_share)
    weight, by_month = columns.weight_days, columns.days_by_month
    dc_column = (columns.trip | (h.public_everyday == "dc_fast")).astype(float)  # 1 where public sessions are DC fast
    work_kwh, sessions, refill_kwh = energy.work_kwh, energy.outcome.sessions, energy.outcome.refill_kwh
    used_kwh = work_kwh + energy.outcome.battery_kwh + energy.outcome.shortfall_kwh  # electricity used each column

    # yearly totals first, as weighted sums that make few temporaries (rank needs only these)
    public_kwh = sessions * energy.session_kwh  # kWh bought in public sessions
    used_year_kwh = used_kwh @ weight
    public_year_kwh = public_kwh @ weight
    dc_year_kwh = public_kwh @ (weight * dc_column)
    at_relative = _RELATIVE_NIGHT[columns.night]  # (C,) the night after is at a relative's
    home_refill_kwh = refill_kwh * ~at_relative  # away nights and nights without a plug refill nothing
    relative_refill_kwh = refill_kwh * at_relative
    bought_kwh = np.stack(
        [
            home_refill_kwh @ weight,
            work_kwh @ weight,
            np.maximum(public_year_kwh - dc_year_kwh, 0.0),
            dc_year_kwh,
            relative_refill_kwh @ weight,
        ],
        axis=1,
    )  # (m, 5) a year, in SOURCES order
    usual = _usual_source(h)
    # balance the year: the battery of 1 January was charged where this household usually charges; what a
    # last public session left in the battery at the year's end was not used this year
    counted_kwh = bought_kwh.copy()
    balance_kwh = used_year_kwh - counted_kwh.sum(axis=1)
    counted_kwh[:, usual] += np.maximum(balance_kwh, 0.0)
    surplus_kwh = np.maximum(-balance_kwh, 0.0)
    for source in (PUBLIC_DC, PUBLIC_L2, WORK, RELATIVE, HOME):
        left_kwh = np.minimum(counted_kwh[:, source], surplus_kwh)
        counted_kwh[:, source] -= left_kwh
        surplus_kwh -= left_kwh
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        counted_share = np.where(bought_kwh > NEGLIGIBLE_KWH, counted_kwh / bought_kwh, 0.0)  # per source, bought -> counted
    work_usd_per_kwh = h.workplace_price if h.workplace_charging == "priced" else 0.0
    home_usd_per_kwh = home_price(h)
    pricing = _night_pricing(h, plug_ins, columns, home_refill_kwh, detail)
    relative_usd_per_kwh = relative_price(h)
    idle_usd = h.idle_minutes_per_session * h.idle_fee_per_minute  # a public session's idle fee
    dc_min = plug_ins.dc_session_min
    dc_year_sessions = sessions @ (weight * dc_column)
    if h.public_dc_pricing == "per_minute":
        dc_year_usd = np.where(
            np.isnan(dc_min),
            counted_kwh[:, PUBLIC_DC] * h.public_dc_price,
            dc_year_sessions * np.nan_to_num(dc_min) * h.public_dc_per_minute * counted_share[:, PUBLIC_DC],
        )
    else:
        dc_year_usd = counted_kwh[:, PUBLIC_DC] * h.public_dc_price
    year_usd = np.stack(
        [
            counted_kwh[:, HOME] * (home_usd_per_kwh if pricing is None else pricing.year_usd_per_kwh),
            counted_kwh[:, WORK] * work_usd_per_kwh,
            counted_kwh[:, PUBLIC_L2] * h.public_l2_price,
            dc_year_usd + (sessions @ weight) * idle_usd,
            counted_kwh[:, RELATIVE] * relative_usd_per_kwh,
        ],
        axis=1,
    )
    totals.used_kwh[at] = used_year_kwh
    totals.kwh_by_source[at] = counted_kwh
    totals.usd_by_source[at] = year_usd
    totals.dc_minutes[at] = np.where(np.isnan(dc_min) & (dc_year_sessions > 0), np.nan, dc_year_sessions * np.nan_to_num(dc_min))
    totals.electric_mi[at] = columns.distance_mi @ weight  # battery-electric: every mile; plug-in hybrids below
    hybrid = np.flatnonzero(~plug_ins.is_bev)
    gallons = np.zeros((0, len(weight)))
    if hybrid.size:  # electric miles and gasoline of plug-in hybrids (battery-electric cars burn none)
        demand_kwh = energy.demand_kwh[hybrid]
        with np.errstate(divide="ignore", invalid="ignore"):
            # share of each column's possible electric miles driven on electricity
            met = np.clip(np.nan_to_num(np.where(demand_kwh > 0, used_kwh[hybrid] / demand_kwh, 1.0)), 0.0, 1.0)
        electric_city, electric_hwy = plug_ins.electric_city[hybrid][:, None], plug_ins.electric_hwy[hybrid][:, None]
        electric_share = city * electric_city + (1 - city) * electric_hwy
        totals.electric_mi[at[hybrid]] = np.einsum("ij,ij,j->i", met, electric_share, columns.distance_mi * weight)
        cd_city, cd_hwy = plug_ins.cd_gal_per_mi_city[hybrid][:, None], plug_ins.cd_gal_per_mi_hwy[hybrid][:, None]
        gas_city, gas_hwy = plug_ins.gal_per_mi_city[hybrid][:, None], plug_ins.gal_per_mi_hwy[hybrid][:, None]
        gal_per_mi = (
            city * (1 - electric_city) * gas_city
            + (1 - city) * (1 - electric_hwy) * gas_hwy
            + met * (city * electric_city * cd_city + (1 - city) * electric_hwy * cd_hwy)
            + (1 - met) * (city * electric_city * gas_city + (1 - city) * electric_hwy * gas_hwy)
        )
        gallons = gal_per_mi * (columns.distance_mi * gas_by_month[columns.month])[None, :]
        totals.fuel_gal_by_month[at[hybrid]] = gallons @ by_month
    if not detail:
        totals.electricity_usd_by_month[at] = year_usd.sum(axis=1)[:, None] / MONTHS  # not asked for: spread evenly
        return

    # the detail the window, the report and compare show: by month, coverage, trips
    dc_sessions = sessions * dc_column
    share = counted_share[:, :, None]
    dc_usd = public_kwh * dc_column * (share[:, PUBLIC_DC] * h.public_dc_price)
    if h.public_dc_pricing == "per_minute":
        dc_usd = np.where(
            np.isnan(dc_min)[:, None],
            dc_usd,
            dc_sessions * (np.nan_to_num(dc_min) * h.public_dc_per_minute)[:, None] * share[:, PUBLIC_DC],
        )
    public_usd = public_kwh * (1 - dc_column) * (share[:, PUBLIC_L2] * h.public_l2_price) + dc_usd + sessions * idle_usd
    electricity_usd = (
        home_refill_kwh * (share[:, HOME] * (home_usd_per_kwh if pricing is None else pricing.usd_per_kwh))
        + work_kwh * (share[:, WORK] * work_usd_per_kwh)
        + public_usd
        + relative_refill_kwh * (share[:, RELATIVE] * relative_usd_per_kwh)
    )
    # what the balancing added without a purchase to hang it on (the battery of 1 January), spread over
    # the year in proportion to use, so that the months add up to the year
    residual_usd = year_usd.sum(axis=1) - electricity_usd @ weight
    used = used_year_kwh[:, None] > NEGLIGIBLE_KWH  # below it a share of the year is rounding noise (and could overflow)
    use_share = np.divide(used_kwh, used_year_kwh[:, None], out=np.zeros_like(used_kwh, dtype=float), where=used)
    electricity_usd += residual_usd[:, None] * use_share
    totals.electricity_usd_by_month[at] = electricity_usd @ by_month
    totals.home_only_days[at] = energy.home_only.astype(float) @ by_month
    totals.public_days[at] = (sessions > 0).astype(float) @ by_month
    totals.dc_sessions[at] = dc_sessions @ by_month
    totals.l2_sessions[at] = (sessions - dc_sessions) @ by_month
    trip_weight = columns.weight_days * columns.trip
    totals.trip_dc_sessions[at] = dc_sessions @ trip_weight
    totals.home_kwh_bought[at] = bought_kwh[:, HOME]
    if pricing is not None and totals.home_hourly_kwh is not None and totals.home_hourly_usd is not None:
        totals.home_hourly_kwh[at] = pricing.hourly_kwh
        totals.home_hourly_usd[at] = pricing.hourly_usd
    # long-trip days: public sessions bought on them, plus what they took from the battery at the
    # average price of the year's home and work charging
    own_kwh = np.maximum(used_kwh - public_kwh, 0.0)
    own_year_kwh = own_kwh @ weight
    own_year_usd = year_usd[:, HOME] + year_usd[:, WORK] + year_usd[:, RELATIVE]
    with np.errstate(divide="ignore", invalid="ignore"):
        own_usd_per_kwh = np.where(own_year_kwh > 0, own_year_usd / own_year_kwh, 0.0)
    trip_usd = public_usd @ trip_weight + (own_kwh @ trip_weight) * own_usd_per_kwh
    if hybrid.size:
        trip_usd[hybrid] += (gallons @ trip_weight) * plug_ins.fuel_usd_per_gal[hybrid]
    totals.trip_usd[at] = trip_usd


def _usual_source(h: Household) -> int:
    """Where the household usually charges (the battery of 1 January counts as charged there): at home if it can,
    else at a relative's, at work, or in public."""
    calendar = h.charging_calendar
    if calendar is None:
        home, relative, work = h.home_charging != "none", False, h.workplace_charging != "none"
    else:
        home, relative = calendar.home_nights > 0, calendar.relative_nights > 0
        work = h.workplace_charging != "none" and any(calendar.work_days)
    if home:
        return HOME
    if relative:
        return RELATIVE
    if work:
        return WORK
    return PUBLIC_DC if h.public_everyday == "dc_fast" else PUBLIC_L2
