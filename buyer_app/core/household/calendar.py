"""The household's weekly charging calendar: for each night of the week, where the car sleeps and what it plugs
into there, which days it charges at work, and a plug at the destination of overnight trips (a relative's).

Without a calendar (`Household.charging_calendar` None) the household charges as its `home_charging` says, every
night it is home, and at work on its first `workplace_days` weekdays: the day model's behaviour before calendars.
The profile keeps a calendar under `charging_calendar` (schema 7):

    {"nights": {"mon": "home_l1", ..., "sun": "relative_l1"}, "work_days": ["mon"],
     "relative_price": null, "relative_hours": 12, "visit_plug": "relative_l1", "visits": 12}
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from buyer_app.core.errors import FieldProblem, InputError, format_bound
from buyer_app.core.household.choices import HomeCharging, NightPlug, WorkplaceCharging

DAY_CODES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # Monday first, as patterns.WEEKDAY counts
NIGHT_CODES: tuple[str, ...] = tuple(NightPlug)
VISIT_PLUGS: tuple[str, ...] = (NightPlug.RELATIVE_L2, NightPlug.RELATIVE_L1, NightPlug.NONE)
HOME_PLUGS = (NightPlug.HOME_L2, NightPlug.HOME_L1)
RELATIVE_PLUGS = (NightPlug.RELATIVE_L2, NightPlug.RELATIVE_L1)
MAX_RELATIVE_PRICE = 2.0  # USD/kWh: above any US residential rate (Hawaii ~0.42, EIA 2023) with room
MAX_VISITS = 52  # overnight trips a year at most (patterns allow one long trip a week)
RELATIVE_PRICE_SOURCE = (
    "app assumption (2026-12): a relative pays about the household's own residential electricity price (the "
    "state's EIA 2023 figure unless typed in); 0 when they charge nothing"
)
RELATIVE_HOURS_SOURCE = "app assumption (2026-12): as many hours as a night at home (home_hours_per_night) unless given"
_KEYS = ("nights", "work_days", "relative_price", "relative_hours", "visit_plug", "visits")


@dataclass(frozen=True)
class ChargingCalendar:
    """A validated weekly charging calendar (see the module docstring). `nights[d]` is the plug of the night after
    day d (0 = Monday)."""

    nights: tuple[NightPlug, ...] = (NightPlug.HOME_L2,) * 7
    work_days: tuple[bool, ...] = (False,) * 7  # charges at work that day (if the household has workplace charging)
    relative_price: float | None = None  # USD/kWh at a relative's; None: the household's electricity price; 0: free
    relative_hours: float | None = None  # hours plugged in a night at a relative's; None: home_hours_per_night
    visit_plug: NightPlug = NightPlug.NONE  # what the car plugs into at the destination of overnight trips
    visits: int = 0  # how many of the year's overnight trips end there (spread over the year)

    @property
    def home_nights(self) -> int:
        return sum(n in HOME_PLUGS for n in self.nights)

    @property
    def relative_nights(self) -> int:
        return sum(n in RELATIVE_PLUGS for n in self.nights)

    def with_night(self, day: int, plug: NightPlug) -> ChargingCalendar:
        """A copy with day `day`'s night (0 = Monday) set to `plug`."""
        nights = list(self.nights)
        nights[day] = plug
        return ChargingCalendar(nights=tuple(nights), **{k: getattr(self, k) for k in _KEYS[1:]})


def home_level(home_charging: str, calendar: ChargingCalendar | None) -> HomeCharging:
    """The home charging the household has: `home_charging`, or with a calendar its strongest home plug (so a
    calendar's home Level 2 counts the charger's installation and its incentives)."""
    if calendar is None:
        return HomeCharging(home_charging)
    plugs = set(calendar.nights)
    return (
        HomeCharging.LEVEL2
        if NightPlug.HOME_L2 in plugs
        else HomeCharging.LEVEL1
        if NightPlug.HOME_L1 in plugs
        else HomeCharging.NONE
    )


def calendar_for(home_charging: str, workplace_charging: str, workplace_days: int) -> ChargingCalendar:
    """The calendar that says what a household without one does: its home charging every night, work on its first
    `workplace_days` weekdays."""
    night = {HomeCharging.LEVEL2: NightPlug.HOME_L2, HomeCharging.LEVEL1: NightPlug.HOME_L1}.get(
        HomeCharging(home_charging), NightPlug.NONE
    )
    works = workplace_charging != WorkplaceCharging.NONE
    return ChargingCalendar(nights=(night,) * 7, work_days=tuple(works and d < workplace_days for d in range(7)))


def _problem(where: str, value: object, allowed: str) -> FieldProblem:
    return FieldProblem(f"charging_calendar.{where}" if where else "charging_calendar", value, allowed)


def _number(problems: list[FieldProblem], where: str, value: object, lo: float, hi: float, unit: str) -> float | None:
    if value is None:
        return None
    ok = isinstance(value, (int, float)) and not isinstance(value, bool) and lo <= value <= hi and math.isfinite(value)
    if not ok:
        problems.append(
            _problem(where, value, f"null (the default) or a number from {format_bound(lo)} to {format_bound(hi)} {unit}")
        )
        return None
    return float(value)  # type: ignore[arg-type]  # checked above: an int or a float


def calendar_from_dict(raw: object) -> ChargingCalendar | None:
    """A calendar from its profile form (None: no calendar); InputError naming every bad field."""
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise InputError([_problem("", type(raw).__name__, "null (no calendar) or an object with " + ", ".join(_KEYS))])
    problems = [_problem(k, raw[k], "not a calendar field; known: " + ", ".join(_KEYS)) for k in sorted(set(raw) - set(_KEYS))]
    nights_raw = raw.get("nights")
    nights = [NightPlug.NONE] * 7
    if not isinstance(nights_raw, dict):
        problems.append(_problem("nights", nights_raw, 'an object with a plug for each day, e.g. {"mon": "home_l1", ...}'))
    else:
        for key in sorted(set(nights_raw) - set(DAY_CODES)):
            problems.append(_problem(f"nights.{key}", nights_raw[key], "a day: " + ", ".join(DAY_CODES)))
        for d, code in enumerate(DAY_CODES):
            value = nights_raw.get(code)
            if not isinstance(value, str) or value not in NIGHT_CODES:
                problems.append(_problem(f"nights.{code}", value, "one of " + ", ".join(NIGHT_CODES)))
            else:
                nights[d] = NightPlug(value)
    work_raw = raw.get("work_days", [])
    work = [False] * 7
    if not isinstance(work_raw, list):
        problems.append(_problem("work_days", work_raw, 'a list of days, e.g. ["mon", "wed"]'))
    else:
        for k, value in enumerate(work_raw):
            if not isinstance(value, str) or value not in DAY_CODES:
                problems.append(_problem(f"work_days[{k}]", value, "a day: " + ", ".join(DAY_CODES)))
            else:
                work[DAY_CODES.index(value)] = True
    price = _number(problems, "relative_price", raw.get("relative_price"), 0.0, MAX_RELATIVE_PRICE, "USD/kWh (0: free)")
    hours = _number(problems, "relative_hours", raw.get("relative_hours"), 1.0, 24.0, "hours")
    visit_plug = raw.get("visit_plug", NightPlug.NONE.value)
    if not isinstance(visit_plug, str) or visit_plug not in VISIT_PLUGS:
        problems.append(_problem("visit_plug", visit_plug, "one of " + ", ".join(VISIT_PLUGS)))
        visit_plug = NightPlug.NONE.value
    visits = raw.get("visits", 0)
    if not isinstance(visits, int) or isinstance(visits, bool) or not 0 <= visits <= MAX_VISITS:
        problems.append(_problem("visits", visits, f"a whole number from 0 to {MAX_VISITS} (overnight trips a year)"))
        visits = 0
    if problems:
        raise InputError(problems)
    return ChargingCalendar(tuple(nights), tuple(work), price, hours, NightPlug(visit_plug), int(visits))


def calendar_to_dict(calendar: ChargingCalendar | None) -> dict[str, Any] | None:
    """The profile form of a calendar (None: no calendar)."""
    if calendar is None:
        return None
    return {
        "nights": {code: str(plug) for code, plug in zip(DAY_CODES, calendar.nights, strict=True)},
        "work_days": [code for code, works in zip(DAY_CODES, calendar.work_days, strict=True) if works],
        "relative_price": calendar.relative_price,
        "relative_hours": calendar.relative_hours,
        "visit_plug": str(calendar.visit_plug),
        "visits": calendar.visits,
    }
