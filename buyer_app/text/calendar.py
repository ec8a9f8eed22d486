"""The weekly charging calendar in words (the text output's charging line) and as the `charging_calendar` block of
`compare --json`."""

from __future__ import annotations

from typing import Any

from buyer_app.core.energy.day_model import relative_price
from buyer_app.core.household.calendar import (
    RELATIVE_HOURS_SOURCE,
    RELATIVE_PRICE_SOURCE,
    ChargingCalendar,
    calendar_for,
    calendar_to_dict,
)
from buyer_app.core.household.choices import NightPlug
from buyer_app.core.household.fields import Household
from buyer_app.text.choices import night_plug_label
from buyer_app.text.currency import money
from buyer_app.text.translate import tr, tr_noop

DAY_SHORT = (tr_noop("Mon"), tr_noop("Tue"), tr_noop("Wed"), tr_noop("Thu"), tr_noop("Fri"), tr_noop("Sat"), tr_noop("Sun"))


def used_calendar(h: Household) -> ChargingCalendar:
    """The household's calendar, or the one that says what it does without one."""
    return h.charging_calendar or calendar_for(h.home_charging, h.workplace_charging, h.workplace_days)


def _days(indices: list[int]) -> str:
    """'Mon-Fri', 'Sat, Sun', 'Mon, Wed' (runs of three or more days joined by a dash)."""
    runs: list[list[int]] = []
    for d in indices:
        if runs and runs[-1][-1] == d - 1:
            runs[-1].append(d)
        else:
            runs.append([d])
    parts = []
    for run in runs:
        if len(run) >= 3:
            parts.append(f"{tr(DAY_SHORT[run[0]])}-{tr(DAY_SHORT[run[-1]])}")
        else:
            parts.extend(tr(DAY_SHORT[d]) for d in run)
    return ", ".join(parts)


def describe_calendar(h: Household) -> str:
    """One line: the nights by plug ('Sat, Sun: Relative's Level 1; Mon-Fri: No plug'), then visits and the price at
    a relative's when the calendar uses one."""
    calendar = used_calendar(h)
    groups: dict[NightPlug, list[int]] = {}
    for d, plug in enumerate(calendar.nights):
        groups.setdefault(plug, []).append(d)
    if len(groups) == 1:
        text = tr("every night: {}").format(night_plug_label(calendar.nights[0]))
    else:
        text = "; ".join(f"{_days(days)}: {night_plug_label(plug)}" for plug, days in groups.items())
    if calendar.visits and calendar.visit_plug != NightPlug.NONE:
        text += tr("; {visits} overnight visits a year with {plug}").format(
            visits=calendar.visits, plug=night_plug_label(calendar.visit_plug)
        )
    if calendar.relative_nights or (calendar.visits and calendar.visit_plug != NightPlug.NONE):
        price = relative_price(h)
        text += tr("; at a relative's: free") if price == 0 else tr("; at a relative's {}/kWh").format(money(price, True))
    return text


def calendar_json(h: Household) -> dict[str, Any]:
    """The `charging_calendar` block: the calendar the day model used, whether the household gave it, the price and
    hours at a relative's with their sources."""
    calendar = used_calendar(h)
    given = h.charging_calendar is not None
    out = calendar_to_dict(calendar)
    assert out is not None
    return {
        "given": given,
        "source": "the household's charging calendar"
        if given
        else "no calendar: home_charging every night at home, work on the first workplace_days weekdays",
        **out,
        "relative_price_used": round(relative_price(h), 4),
        "relative_price_source": "the household's charging calendar"
        if calendar.relative_price is not None
        else RELATIVE_PRICE_SOURCE,
        "relative_hours_used": calendar.relative_hours if calendar.relative_hours is not None else h.home_hours_per_night,
        "relative_hours_source": "the household's charging calendar"
        if calendar.relative_hours is not None
        else RELATIVE_HOURS_SOURCE,
        "description": describe_calendar(h),
    }
