"""The household's driving pattern in one line of plain words."""

from __future__ import annotations

from buyer_app.core.driving.patterns import WEEKDAY_NAMES, AnnualPattern, DrivingYear, Pattern, SimplePattern, WeeklyPattern
from buyer_app.text.translate import tr, tr_noop
from buyer_app.text.units import US_DISPLAY, Display, distance_unit, distance_value

# core.driving.patterns.WEEKDAY_NAMES (the core makes no words), marked here for the catalogue: shown as tr(name)
WEEKDAY_WORDS = (
    tr_noop("Monday"),
    tr_noop("Tuesday"),
    tr_noop("Wednesday"),
    tr_noop("Thursday"),
    tr_noop("Friday"),
    tr_noop("Saturday"),
    tr_noop("Sunday"),
)


def describe_pattern(pattern: Pattern, year: DrivingYear, display: Display = US_DISPLAY) -> str:
    """One line in plain words: '32 mi on weekdays, 15 mi on weekend days; 4 trips of 200 mi each way (back the
    next day): 11,000 mi a year' (kilometres when the display is metric)."""
    if display.metric:
        return _describe_metric(pattern, year, display)
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


def _describe_metric(pattern: Pattern, year: DrivingYear, display: Display) -> str:
    """`describe_pattern` in the display's distance unit (the US wording above stays as it always read)."""

    def d(mi: float) -> str:
        return f"{distance_value(mi, display):,.0f}"

    unit, annual = distance_unit(display), d(year.annual_miles)
    if isinstance(pattern, AnnualPattern):
        return tr("{annual} {unit} a year, spread evenly (no daily pattern set)").format(annual=annual, unit=unit)
    if isinstance(pattern, SimplePattern):
        trips = ""
        if pattern.long_trips_per_year:
            how = tr("there and back the same day") if pattern.round_trip_same_day else tr("back the next day")
            trips = tr("; {count} trips of {dist} {unit} each way ({how})").format(
                count=pattern.long_trips_per_year, dist=d(pattern.long_trip_one_way_mi), unit=unit, how=how
            )
        return tr("{weekday} {unit} on weekdays, {weekend} {unit} on weekend days{trips}: {annual} {unit} a year").format(
            weekday=d(pattern.weekday_mi), weekend=d(pattern.weekend_mi), unit=unit, trips=trips, annual=annual
        )
    if isinstance(pattern, WeeklyPattern):
        week = ", ".join(f"{tr(n)[:3]} {d(v)}" for n, v in zip(WEEKDAY_NAMES, pattern.week_mi, strict=True))
        return tr("weekly schedule ({week} {unit}), {count} long trips: {annual} {unit} a year").format(
            week=week, unit=unit, count=len(pattern.trips), annual=annual
        )
    detail = f" ({pattern.summary})" if pattern.summary else ""
    return tr("driving log {source}: {annual} {unit} a year{detail}").format(
        source=pattern.source, annual=annual, unit=unit, detail=detail
    )
