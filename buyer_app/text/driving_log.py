"""An imported driving history in plain words: which format was found, what was read and how the year was made."""

from __future__ import annotations

from buyer_app.core.driving.logs import ChargingSummary, LogImport, year_start
from buyer_app.text.translate import tr, tr_noop, trn

# the formats `core.driving.formats` recognises (codes), as the user knows them
FORMAT_NAMES = {
    "generic_csv": tr_noop("CSV log of dates and distances"),
    "odometer_csv": tr_noop("CSV of odometer readings"),
    "teslamate_drives": tr_noop("TeslaMate drives export"),
    "teslamate_grafana_drives": tr_noop("TeslaMate Grafana Drives export"),
    "takeout_timeline_objects": tr_noop("Google Takeout location history (Semantic Location History)"),
    "takeout_semantic_segments": tr_noop("Google Takeout location history (on-device Timeline)"),
    "evcc_sessions": tr_noop("evcc charging sessions export"),
}
# Google's activity types, as said in a summary; another type is shown as its code in lower case
ACTIVITY_WORDS = {
    "WALKING": tr_noop("walking"),
    "RUNNING": tr_noop("running"),
    "CYCLING": tr_noop("cycling"),
    "FLYING": tr_noop("flights"),
    "IN_BUS": tr_noop("bus"),
    "IN_TAXI": tr_noop("taxi"),
    "IN_TRAIN": tr_noop("train"),
    "IN_SUBWAY": tr_noop("subway"),
    "IN_TRAM": tr_noop("tram"),
    "IN_FERRY": tr_noop("ferry"),
    "MOTORCYCLING": tr_noop("motorcycling"),
    "UNKNOWN_ACTIVITY_TYPE": tr_noop("unknown activity"),
}


def format_name(code: str) -> str:
    """The user's name of a log format code ('TeslaMate drives export')."""
    return tr(FORMAT_NAMES[code]) if code in FORMAT_NAMES else code


def _rows(log: LogImport) -> str:
    n = log.rows
    if log.format.startswith("teslamate"):
        return trn("{:,} drive", "{:,} drives", n).format(n)
    if log.format.startswith("takeout"):
        return trn("{:,} activity", "{:,} activities", n).format(n)
    if log.format == "evcc_sessions":
        return trn("{:,} session", "{:,} sessions", n).format(n)
    if log.format == "odometer_csv":
        return trn("{:,} reading", "{:,} readings", n).format(n)
    return trn("{:,} row", "{:,} rows", n).format(n)


def _charging(charging: ChargingSummary) -> str:
    year = (
        tr("{kwh:,.0f} kWh a year (scaled from {days} days)").format(kwh=charging.kwh_year, days=charging.span_days)
        if charging.annualised
        else tr("{kwh:,.0f} kWh in the most recent year").format(kwh=charging.kwh_year)
    )
    text = tr("where and how much you already charge: {sessions}, {total:,.1f} kWh, {year}").format(
        sessions=trn("{:,} session", "{:,} sessions", charging.sessions).format(charging.sessions),
        total=charging.kwh_total,
        year=year,
    )
    if charging.by_loadpoint:
        places = tr(", ").join(
            tr("{place} {kwh:,.1f} kWh ({sessions})").format(place=name or tr("(no name)"), kwh=kwh, sessions=n)
            for name, n, kwh in charging.by_loadpoint
        )
        text += tr("; ") + tr("by charging point: {}").format(places)
    return text


def log_summary(log: LogImport) -> str:
    """The format found, then one or two plain sentences on what was read and how the year was made from it."""
    head = tr("{rows} over {days} ({first} to {last}), {miles:,.0f} mi").format(
        rows=_rows(log),
        days=trn("{:,} day", "{:,} days", log.span_days).format(log.span_days),
        first=log.first_date.isoformat(),
        last=log.last_date.isoformat(),
        miles=log.logged_total_mi,
    )
    if log.unit in ("km", "mixed"):
        head += tr(" (converted from km)") if log.unit == "km" else tr(" (km rows converted)")
    parts = [head]
    if log.repeated:
        parts.append(tr("repeated to fill a year"))
    start = year_start(log.last_date)
    if start > log.first_date:
        used = tr("the most recent year is used (from {date})").format(date=start.isoformat())
        if log.rows_before_year and log.format != "generic_csv":
            used = tr("the most recent year is used (from {date}; {count} before it counted, not used)").format(
                date=start.isoformat(), count=f"{log.rows_before_year:,}"
            )
        parts.append(used)
    if log.gaps:
        parts.append(
            trn(
                "{} gap of a week or more (days without entries count as no driving)",
                "{} gaps of a week or more (days without entries count as no driving)",
                len(log.gaps),
            ).format(f"{len(log.gaps):,}")
        )
    if log.spread_intervals:
        parts.append(
            trn(
                "the distance of {} interval between odometer readings spread evenly over its days",
                "the distance of {} intervals between odometer readings spread evenly over their days",
                log.spread_intervals,
            ).format(f"{log.spread_intervals:,}")
        )
    if log.skipped:
        why = {
            "evcc_sessions": tr("{} without an odometer reading (their energy still counts)"),
            "teslamate_drives": tr("{} without a distance (in progress when exported), skipped"),
            "teslamate_grafana_drives": tr("{} without a distance, skipped"),
        }.get(log.format, tr("{} car journeys without a distance, skipped"))
        parts.append(why.format(f"{log.skipped:,}"))
    if log.ignored:
        listed = tr(", ").join(
            tr("{activity} {count:,} ({miles:,.0f} mi)").format(
                activity=tr(ACTIVITY_WORDS[k]) if k in ACTIVITY_WORDS else k.lower().replace("_", " "), count=n, miles=mi
            )
            for k, n, mi in log.ignored
        )
        parts.append(tr("not counted as driving: {}").format(listed))
    temps = log.climate_temps_f
    if temps is not None:
        parts.append(tr("outside temperatures driven in, by month: {} F").format(", ".join(f"{t:.0f}" for t in temps)))
    elif log.monthly_temp_f:
        months = sum(1 for t in log.monthly_temp_f if t is not None)
        parts.append(tr("outside temperatures for {} of 12 months (too few for a climate)").format(months))
    if log.charging is not None:
        parts.append(_charging(log.charging))
    text = tr("{format}: {details}.").format(format=format_name(log.format), details=tr("; ").join(parts))
    if log.date_order_assumed:
        text += " " + tr(
            "Dates such as 03/04/2026 were read as month/day (US order): no date in the file shows which comes first."
        )
    return text
