"""One electricity rate in the OpenEI U.S. Utility Rate Database (URDB) JSON format, read and checked.

Accepted shapes: an API v7/v8 answer (`{"items": [rate, ...]}`, the first item is read) or the bare rate object,
as https://openei.org/services/doc/rest/util_rates documents them. What is read:

- `energyratestructure`: periods x tiers of {"rate", "adj", "max", "unit"} (USD per kWh; `adj` is added to `rate`;
  `max` is the tier's upper bound in kWh a month, the last tier has none);
- `energyweekdayschedule` / `energyweekendschedule`: 12 months x 24 hours of period indexes (hour 0 = midnight);
- `fixedchargefirstmeter` (or the older `fixedmonthlycharge`) with `fixedchargeunits` ($/month or $/day);
- `name`, `utility`, `eiaid`, `label`, `uri`, `startdate`, `enddate`, `sector`, `source` for saying what it is.

What is ignored, and said (`Tariff.ignored` holds codes the faces put in words): demand charges ($/kW), tiers
in units other than "kWh" (e.g. "kWh daily", "kWh/kW"; their bounds are dropped, their rate kept), net metering and
sell rates, minimum charges, fuel adjustments by month, coincident and reactive-power charges.

URDB data: published by NREL on OpenEI (https://openei.org/wiki/Utility_Rate_Database) under the Creative Commons
Attribution 4.0 licence (CC BY 4.0, per its dataset record, data.openei.org/submissions/5); shipped files keep their
URDB label, uri and utility for attribution.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import numpy as np
import numpy.typing as npt

from buyer_app.core.errors import FieldProblem, InputError

MONTHS, HOURS = 12, 24
MAX_PERIODS, MAX_TIERS = 24, 12  # far above any published rate (URDB's widest have about 12 periods and 6 tiers)
MAX_RATE = 10.0  # USD/kWh: no US rate comes near (Hawaii's peaks are under 1)
MAX_FIXED = 10_000.0  # USD a month
DAYS_PER_MONTH = 365 / 12
FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int_]
URDB_LICENCE = "OpenEI U.S. Utility Rate Database (NREL), CC BY 4.0"

# codes of what a rate held that the app does not use (the faces say each in words)
IGNORED_DEMAND = "demand_charges"
IGNORED_UNITS = "non_kwh_tiers"
IGNORED_NET_METERING = "net_metering"
IGNORED_MINIMUM = "minimum_charge"
IGNORED_FUEL_ADJUSTMENTS = "fuel_adjustments"
WEEKEND_AS_WEEKDAY = "no_weekend_schedule"  # not ignored, but assumed: the rate gives no weekend schedule
_IGNORED_KEYS = {
    IGNORED_DEMAND: (
        "demandratestructure",
        "flatdemandstructure",
        "coincidentratestructure",
        "demandreactivepowercharge",
    ),
    IGNORED_NET_METERING: ("dgrules", "usenetmetering"),
    IGNORED_MINIMUM: ("mincharge", "minmonthlycharge", "annualmincharge"),
    IGNORED_FUEL_ADJUSTMENTS: ("fueladjustmentsmonthly",),
}


@dataclass(frozen=True, eq=False)  # arrays inside: compared by identity (HomeTariff compares by its source)
class Tariff:
    """A checked URDB rate: energy prices by period and tier, when each period applies, and the fixed charge."""

    name: str
    utility: str
    eiaid: int | None
    label: str
    uri: str
    start: str  # effective date, YYYY-MM-DD ("" when the rate does not say)
    end: str
    sector: str
    source: str
    rates: FloatArray  # (P, T) USD per kWh (rate + adj); padded tiers repeat the last one
    tier_max: FloatArray  # (P, T) upper bound of each tier in kWh a month (inf for the last)
    weekday: IntArray  # (12, 24) period of each hour of a weekday, by month
    weekend: IntArray  # (12, 24)
    fixed_monthly: float  # USD a month, whatever the use
    ignored: tuple[str, ...]  # IGNORED_* codes, in a fixed order

    @property
    def periods(self) -> int:
        return int(self.rates.shape[0])

    @property
    def time_of_use(self) -> bool:
        """The price changes with the hour of the day in some month (seasons alone are not time of use)."""
        return bool(any(len(np.unique(row)) > 1 for row in (*self.weekday, *self.weekend)))

    @property
    def tiered(self) -> bool:
        return bool(np.isfinite(self.tier_max[:, 0]).any())


def _problem(path: str, value: object, allowed: str) -> FieldProblem:
    return FieldProblem(path, value, allowed)


def _number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _date(problems: list[FieldProblem], path: str, value: object) -> str:
    """URDB dates come as seconds since 1970 (the API) or "YYYY-MM-DD hh:mm:ss" text (its CSV and some copies)."""
    if value is None or value == "":
        return ""
    if _number(value) and 0 <= float(value) < 4e9:  # type: ignore[arg-type]
        return datetime.fromtimestamp(float(value), tz=UTC).date().isoformat()  # type: ignore[arg-type]
    if isinstance(value, str):
        text = value.strip()
        if text.isdigit():
            return _date(problems, path, int(text))
        try:
            return datetime.fromisoformat(text.replace(" ", "T")).date().isoformat()
        except ValueError:
            pass
    problems.append(_problem(path, value, "a date: seconds since 1970 or YYYY-MM-DD[ hh:mm:ss]"))
    return ""


def _text(rate: dict[str, Any], key: str) -> str:
    value = rate.get(key)
    return value.strip()[:300] if isinstance(value, str) else ""


def _structure(problems: list[FieldProblem], raw: object) -> tuple[FloatArray, FloatArray, bool]:
    """Rates and tier bounds, (P, T) each, from `energyratestructure`; also whether a non-kWh unit was met."""
    path = "energyratestructure"
    if not isinstance(raw, list) or not raw or len(raw) > MAX_PERIODS:
        problems.append(_problem(path, _shown(raw), f"a list of 1 to {MAX_PERIODS} periods, each a list of tiers"))
        return np.zeros((1, 1)), np.full((1, 1), np.inf), False
    tiers = max((len(p) for p in raw if isinstance(p, list)), default=1)
    rates = np.zeros((len(raw), max(tiers, 1)))
    bounds = np.full((len(raw), max(tiers, 1)), np.inf)
    other_units = False
    for p, period in enumerate(raw):
        if not isinstance(period, list) or not period or len(period) > MAX_TIERS:
            problems.append(_problem(f"{path}[{p}]", _shown(period), f"a list of 1 to {MAX_TIERS} tiers"))
            continue
        last_max = 0.0
        for t, tier in enumerate(period):
            where = f"{path}[{p}][{t}]"
            if not isinstance(tier, dict):
                problems.append(_problem(where, _shown(tier), 'an object such as {"rate": 0.12, "unit": "kWh"}'))
                continue
            rate, adj = tier.get("rate", 0.0), tier.get("adj", 0.0)
            if rate is None:
                rate = 0.0
            if adj is None:
                adj = 0.0
            if not _number(rate) or not 0 <= rate <= MAX_RATE:
                problems.append(_problem(f"{where}.rate", rate, f"a number of USD per kWh from 0 to {MAX_RATE:g}"))
                continue
            if not _number(adj) or abs(adj) > MAX_RATE:
                problems.append(_problem(f"{where}.adj", adj, f"a number of USD per kWh from -{MAX_RATE:g} to {MAX_RATE:g}"))
                continue
            if rate + adj < 0:
                problems.append(_problem(f"{where}.adj", adj, f"an adjustment that leaves rate + adj at 0 or more (rate {rate})"))
                continue
            rates[p, t] = rate + adj
            unit = tier.get("unit", "kWh")
            kwh = unit in (None, "kWh")
            other_units |= not kwh
            top = tier.get("max")
            if top is not None and t < len(period) - 1 and kwh:
                if not _number(top) or top <= last_max:
                    problems.append(
                        _problem(f"{where}.max", top, f"a number of kWh a month above the tier before ({last_max:g})")
                    )
                    continue
                bounds[p, t] = last_max = float(top)
        for t in range(len(period), rates.shape[1]):  # shorter periods: the last tier goes on
            rates[p, t] = rates[p, len(period) - 1]
    return rates, bounds, other_units


def _schedule(problems: list[FieldProblem], key: str, raw: object, periods: int) -> IntArray:
    """A 12 x 24 table of period indexes, each below `periods`."""
    grid = np.zeros((MONTHS, HOURS), dtype=int)
    if not isinstance(raw, list) or len(raw) != MONTHS:
        problems.append(_problem(key, _shown(raw), "12 lists (January first) of 24 period indexes (hour 0 = midnight)"))
        return grid
    for m, month in enumerate(raw):
        if not isinstance(month, list) or len(month) != HOURS:
            problems.append(_problem(f"{key}[{m}]", _shown(month), "a list of 24 period indexes"))
            continue
        for hour, index in enumerate(month):
            if not isinstance(index, int) or isinstance(index, bool) or not 0 <= index < periods:
                allowed = f"a period index from 0 to {periods - 1} (energyratestructure has {periods} periods)"
                problems.append(_problem(f"{key}[{m}][{hour}]", index, allowed))
                continue
            grid[m, hour] = index
    return grid


def _fixed(problems: list[FieldProblem], rate: dict[str, Any]) -> float:
    """The fixed charge in USD a month (a daily one times 365/12)."""
    key = "fixedchargefirstmeter" if "fixedchargefirstmeter" in rate else "fixedmonthlycharge"
    value = rate.get(key)
    if value is None:
        return 0.0
    if not _number(value) or not 0 <= value <= MAX_FIXED:
        problems.append(_problem(key, value, f"a number of USD from 0 to {MAX_FIXED:,.0f}"))
        return 0.0
    units = rate.get("fixedchargeunits", "$/month")
    if units in (None, "$/month"):
        return float(value)
    if units == "$/day":
        return float(value) * DAYS_PER_MONTH
    problems.append(_problem("fixedchargeunits", units, '"$/month" or "$/day"'))
    return 0.0


def _shown(value: object) -> object:
    """A bad value as a message shows it: a list or object by its kind and size, not its whole text."""
    if isinstance(value, list):
        return f"a list of {len(value)}"
    if isinstance(value, dict):
        return f"an object with keys {', '.join(sorted(map(str, value))[:6])}"
    return value


def rate_object(data: object) -> dict[str, Any]:
    """The rate inside an API answer (`items[0]`) or the bare rate; InputError when neither."""
    if isinstance(data, dict) and "items" in data:
        items = data["items"]
        if not isinstance(items, list) or not items or not isinstance(items[0], dict):
            raise InputError([_problem("items", _shown(items), "a list whose first item is a URDB rate object")])
        return items[0]
    if isinstance(data, dict):
        return data
    raise InputError([_problem("(top level)", type(data).__name__, 'a URDB rate object or an API answer {"items": [rate]}')])


def tariff_from_urdb(data: object, context: str = "tariff") -> Tariff:
    """Read and check one URDB rate (see the module docstring); InputError naming every bad key path."""
    try:
        rate = rate_object(data)
    except InputError as exc:
        raise InputError(exc.problems, context) from None
    problems: list[FieldProblem] = []
    if "energyratestructure" not in rate:
        problems.append(
            _problem("energyratestructure", None, "periods x tiers of energy prices (this rate has no energy charge)")
        )
    rates, bounds, other_units = _structure(problems, rate.get("energyratestructure"))
    periods = rates.shape[0]
    weekday = _schedule(problems, "energyweekdayschedule", rate.get("energyweekdayschedule"), periods)
    no_weekend = "energyweekendschedule" not in rate
    if no_weekend:  # the weekday schedule serves the weekend too: said in `ignored`, checked once under its own name
        weekend = weekday
    else:
        weekend = _schedule(problems, "energyweekendschedule", rate.get("energyweekendschedule"), periods)
    fixed = _fixed(problems, rate)
    eiaid = rate.get("eiaid")
    if isinstance(eiaid, str) and eiaid.isdigit():
        eiaid = int(eiaid)
    if eiaid is not None and (not isinstance(eiaid, int) or isinstance(eiaid, bool) or eiaid < 0):
        problems.append(_problem("eiaid", eiaid, "the utility's EIA id, a whole number"))
        eiaid = None
    start = _date(problems, "startdate", rate.get("startdate"))
    end = _date(problems, "enddate", rate.get("enddate"))
    if problems:
        raise InputError(problems, context)
    ignored = [code for code, keys in _IGNORED_KEYS.items() if any(_present(rate.get(k)) for k in keys)]
    if other_units:
        ignored.append(IGNORED_UNITS)
    if no_weekend:
        ignored.append(WEEKEND_AS_WEEKDAY)
    return Tariff(
        name=_text(rate, "name") or "(unnamed rate)",
        utility=_text(rate, "utility"),
        eiaid=eiaid,
        label=_text(rate, "label"),
        uri=_text(rate, "uri"),
        start=start,
        end=end,
        sector=_text(rate, "sector"),
        source=_text(rate, "source"),
        rates=rates,
        tier_max=bounds,
        weekday=weekday,
        weekend=weekend,
        fixed_monthly=fixed,
        ignored=tuple(sorted(ignored)),
    )


def _present(value: object) -> bool:
    """A key that holds something (URDB writes empty lists and zeros for what a rate lacks)."""
    if value is None or value == "" or value == [] or value is False:
        return False
    if isinstance(value, list):
        return any(_present(v) for v in value)
    if isinstance(value, dict):
        return any(_present(v) for k, v in value.items() if k != "unit")
    if _number(value):
        return value != 0
    return isinstance(value, str) and value.lower() not in ("none", "no")
