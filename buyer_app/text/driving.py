"""The household's driving pattern in one line of plain words."""

from __future__ import annotations

from buyer_app.core.driving.patterns import WEEKDAY_NAMES, AnnualPattern, DrivingYear, Pattern, SimplePattern, WeeklyPattern
from buyer_app.text.translate import tr


def describe_pattern(pattern: Pattern, year: DrivingYear) -> str:
    """One line in plain words: '32 mi on weekdays, 15 mi on weekend days; 4 trips of 200 mi each way (back the
    next day): 11,000 mi a year'."""
    if isinstance(pattern, AnnualPattern):
        return tr("{:,.0f} miles a year, spread evenly (no daily pattern set)").format(year.annual_miles)
    if isinstance(pattern, SimplePattern):
        trips = ""
        if pattern.long_trips_per_year:
            how = tr("there and back the same day") if pattern.round_trip_same_day else tr("back the next day")
            trips = tr("; {count} trips of {miles:,.0f} mi each way ({how})").format(
                count=pattern.long_trips_per_year, miles=pattern.long_trip_one_way_mi, how=how
            )
        return tr("{weekday:,.0f} mi on weekdays, {weekend:,.0f} mi on weekend days{trips}: {annual:,.0f} mi a year").format(
            weekday=pattern.weekday_mi, weekend=pattern.weekend_mi, trips=trips, annual=year.annual_miles
        )
    if isinstance(pattern, WeeklyPattern):
        week = ", ".join(f"{tr(n)[:3]} {v:,.0f}" for n, v in zip(WEEKDAY_NAMES, pattern.week_mi, strict=True))
        return tr("weekly schedule ({week} mi), {count} long trips: {annual:,.0f} mi a year").format(
            week=week, count=len(pattern.trips), annual=year.annual_miles
        )
    detail = f" ({pattern.summary})" if pattern.summary else ""
    return tr("driving log {source}: {annual:,.0f} mi a year{detail}").format(
        source=pattern.source, annual=year.annual_miles, detail=detail
    )
