"""A utility rate plan in words: what it is, its prices and peak hours by season, what the app ignores of it, and
two plans' charging costs side by side (the `tariffs` verb, compare's text and the window share these)."""

from __future__ import annotations

from typing import Any

import numpy as np

from buyer_app.core.costs.compare import Comparison
from buyer_app.core.energy.day_model import HOME
from buyer_app.core.energy.plans import SEASONS, PlanCost, peak_hours
from buyer_app.core.region.climate import MONTH_NAMES
from buyer_app.core.tariffs.urdb import (
    IGNORED_DEMAND,
    IGNORED_FUEL_ADJUSTMENTS,
    IGNORED_MINIMUM,
    IGNORED_NET_METERING,
    IGNORED_UNITS,
    URDB_LICENCE,
    WEEKEND_AS_WEEKDAY,
    Tariff,
)
from buyer_app.text.currency import money
from buyer_app.text.translate import tr, tr_noop

_IGNORED = {
    IGNORED_DEMAND: tr_noop("demand charges ($/kW) are ignored: a household's car charging is priced by the kWh"),
    IGNORED_UNITS: tr_noop("tiers in units other than kWh a month (e.g. kWh a day) are read without their bounds"),
    IGNORED_NET_METERING: tr_noop("net metering and sell rates are ignored (the app has no solar)"),
    IGNORED_MINIMUM: tr_noop("minimum charges are ignored (the household pays them anyway)"),
    IGNORED_FUEL_ADJUSTMENTS: tr_noop("monthly fuel adjustments are ignored"),
    WEEKEND_AS_WEEKDAY: tr_noop("the rate gives no weekend schedule: weekends are priced by the weekday schedule"),
}
SEASON_WORDS = {
    "winter": tr_noop("winter (Dec-Feb)"),
    "spring": tr_noop("spring (Mar-May)"),
    "summer": tr_noop("summer (Jun-Aug)"),
    "autumn": tr_noop("autumn (Sep-Nov)"),
}


def ignored_words(tariff: Tariff) -> list[str]:
    """What the app leaves out of this rate, one sentence each."""
    return [tr(_IGNORED[code]) for code in tariff.ignored]


def hour_price(tariff: Tariff, month: int, weekend: bool = False) -> np.ndarray:
    """(24,) first-tier USD/kWh of each clock hour of a day of `month` (0 = January)."""
    grid = tariff.weekend if weekend else tariff.weekday
    return np.asarray(tariff.rates[grid[month], 0], dtype=float)


def peak_line(tariff: Tariff, season: str) -> str:
    """The season's weekday peak, e.g. "summer (Jun-Aug): weekday peak 13:00-17:00 at $0.165/kWh, lowest $0.139/kWh"
    (first-tier prices; a tiered plan says so)."""
    month = SEASONS[season][1]
    prices = hour_price(tariff, month)
    peak = peak_hours(prices)
    name = tr(SEASON_WORDS[season])
    if peak is None:
        line = tr("{season}: one price all day, {price}/kWh").format(season=name, price=money(float(prices[0]), digits=3))
    else:
        line = tr("{season}: weekday peak {start:02d}:00-{end:02d}:00 at {peak}/kWh, lowest {low}/kWh").format(
            season=name,
            start=peak[0],
            end=peak[1] % 24,
            peak=money(float(prices.max()), digits=3),
            low=money(float(prices.min()), digits=3),
        )
    return line + (tr(" (first tier; the tiers above it cost more or less by month)") if tariff.tiered else "")


def _month_word(month: int) -> str:
    """'Jun' in English, the month's own word (六月) where the language has one (0 = January)."""
    name = MONTH_NAMES[month]
    words = tr(name)
    return name[:3] if words == name else words


def month_groups(tariff: Tariff) -> list[list[int]]:
    """The months (0 = January) whose weekday and weekend hour prices are the same, in runs of the calendar (a run
    over the new year, like October-May, is one group)."""

    def key(m: int) -> bytes:
        return hour_price(tariff, m).tobytes() + hour_price(tariff, m, weekend=True).tobytes()

    groups: list[list[int]] = []
    for m in range(12):
        if groups and key(groups[-1][-1]) == key(m):
            groups[-1].append(m)
        else:
            groups.append([m])
    if len(groups) > 1 and key(groups[0][0]) == key(groups[-1][-1]):
        groups[0] = groups.pop() + groups[0]
    return groups


def month_group_line(tariff: Tariff, months: list[int]) -> str:
    """The weekday peak of a run of months with the same prices, e.g. "Jun-Sep: weekday peak 15:00-19:00 at
    $0.279/kWh, lowest $0.099/kWh" (first-tier prices)."""
    span = _month_word(months[0]) if len(months) == 1 else f"{_month_word(months[0])}-{_month_word(months[-1])}"
    if len(months) == 12:
        span = tr("all year")
    prices = hour_price(tariff, months[0])
    peak = peak_hours(prices)
    if peak is None:
        return tr("{season}: one price all day, {price}/kWh").format(season=span, price=money(float(prices[0]), digits=3))
    return tr("{season}: weekday peak {start:02d}:00-{end:02d}:00 at {peak}/kWh, lowest {low}/kWh").format(
        season=span,
        start=peak[0],
        end=peak[1] % 24,
        peak=money(float(prices.max()), digits=3),
        low=money(float(prices.min()), digits=3),
    )


def tariff_lines(tariff: Tariff, uri: str = "", licence: str = "") -> list[str]:
    """`tariffs show`: what the rate is, its periods and tiers, its peaks by season, what is ignored; `licence`: a
    shipped plan's own (the URDB's when empty)."""
    lines = [
        f"{tariff.name} — {tariff.utility}" + (f" (EIA {tariff.eiaid})" if tariff.eiaid is not None else ""),
        tr("Effective {start}{end}; sector {sector}; URDB label {label}").format(
            start=tariff.start or "?",
            end=f" - {tariff.end}" if tariff.end else "",
            sector=tariff.sector or "?",
            label=tariff.label or "?",
        ),
    ]
    if uri or tariff.uri:
        lines.append(uri or tariff.uri)
    lines.append(
        tr("Fixed charge: {amount} a month (the household's anyway; not counted toward the car)").format(
            amount=money(tariff.fixed_monthly, True)
        )
    )
    lines.append(tr("Energy prices (USD/kWh, rate + adjustment), by period and tier:"))
    for p in range(tariff.periods):
        tiers = []
        for t in range(tariff.rates.shape[1]):
            top = tariff.tier_max[p, t]
            tiers.append(
                money(float(tariff.rates[p, t]), digits=4)
                + (tr(" up to {kwh:,.0f} kWh").format(kwh=top) if np.isfinite(top) else "")
            )
            if not np.isfinite(top):
                break
        lines.append(f"  {tr('period')} {p}: " + "; ".join(tiers))
    lines.append(tr("Peak hours by month (weekdays; months with the same prices together):"))
    lines.extend("  " + month_group_line(tariff, months) for months in month_groups(tariff))
    if tariff.tiered:
        lines.append("  " + tr(" (first tier; the tiers above it cost more or less by month)").strip(" ()（）"))
    for code in tariff.ignored:
        said = tr("Note: {what}") if code == WEEKEND_AS_WEEKDAY else tr("Ignored: {what}")
        lines.append(said.format(what=tr(_IGNORED[code])))
    lines.append(tr("Data: {licence}").format(licence=licence or URDB_LICENCE))
    return lines


def tariff_json(tariff: Tariff, tariff_id: str = "", uri: str = "", licence: str = "") -> dict[str, Any]:
    """The JSON of `tariffs show --json` and compare's `home_tariff` block (explicit keys, USD, kWh)."""
    return {
        "id": tariff_id,
        "name": tariff.name,
        "utility": tariff.utility,
        "eiaid": tariff.eiaid,
        "label": tariff.label,
        "uri": uri or tariff.uri,
        "effective": tariff.start,
        "end": tariff.end or None,
        "sector": tariff.sector,
        "time_of_use": tariff.time_of_use,
        "tiered": tariff.tiered,
        "fixed_monthly_usd": round(tariff.fixed_monthly, 4),
        "periods": [
            [
                {"usd_per_kwh": round(float(tariff.rates[p, t]), 6), "max_kwh": float(top) if np.isfinite(top) else None}
                for t, top in enumerate(tariff.tier_max[p])
                if t == 0 or np.isfinite(tariff.tier_max[p, t - 1])
            ]
            for p in range(tariff.periods)
        ],
        "weekday_schedule": tariff.weekday.tolist(),
        "weekend_schedule": tariff.weekend.tolist(),
        "peak_hours": {
            season: (None if (peak := peak_hours(hour_price(tariff, SEASONS[season][1]))) is None else list(peak))
            for season in SEASONS
        },
        "ignored": list(tariff.ignored),
        "licence": licence or URDB_LICENCE,
    }


def plan_json(cost: PlanCost, vehicle: int) -> dict[str, Any]:
    """One plan's cost of one vehicle's home charging: the year and an average night by season and hour."""
    return {
        "kwh": round(float(cost.home_kwh[vehicle]), 1),
        "cost_usd": round(float(cost.home_usd[vehicle]), 2),
        "usd_per_kwh": round(float(cost.home_usd[vehicle] / cost.home_kwh[vehicle]), 4) if cost.home_kwh[vehicle] > 0 else None,
        "by_hour": [
            {
                "hour": hour,
                "kwh": round(float(cost.hourly_kwh[vehicle, :, hour].sum()), 2),
                "cost_usd": round(float(cost.hourly_usd[vehicle, :, hour].sum()), 2),
            }
            for hour in range(24)
        ],
        "average_night": {
            season: [
                {"hour": hour, "kwh": round(float(kwh[hour]), 3), "cost_usd": round(float(usd[hour]), 3)}
                for hour in range(24)
                if kwh[hour] > 0
            ]
            for season in SEASONS
            for kwh, usd in [cost.season_nights(vehicle, season)]
        },
    }


def night_table_lines(cost: PlanCost, vehicle: int, season: str) -> list[str]:
    """An average night of the season, hour by hour: kWh and cost, with a bar of the kWh."""
    kwh, usd = cost.season_nights(vehicle, season)
    lines = [tr("An average night in {season}:").format(season=tr(SEASON_WORDS[season]))]
    top = float(kwh.max()) or 1.0
    for offset in range(24):
        hour = (cost.plan.charge_start_hour + offset) % 24
        if kwh[hour] <= 0:
            continue
        bar = "#" * max(1, round(20 * float(kwh[hour]) / top))
        lines.append(f"  {hour:02d}:00  {kwh[hour]:5.2f} kWh  {money(float(usd[hour]), True):>8}  {bar}")
    return lines


def nights_text(comparison: Comparison | None) -> str:
    """The results' hour-by-hour charging on the household's rate plan: an average winter and summer night of each
    plug-in vehicle charged at home (empty without a plan)."""
    if comparison is None or comparison.household.home_tariff is None:
        return ""
    plan = comparison.household.home_tariff
    energy = comparison.result.energy
    if energy.home_hourly_kwh is None or energy.home_hourly_usd is None:
        return ""
    cost = PlanCost(
        plan=plan,
        home_kwh=energy.kwh_by_source[:, HOME],
        home_usd=energy.cost_by_source[:, HOME],
        hourly_kwh=energy.home_hourly_kwh,
        hourly_usd=energy.home_hourly_usd,
        household_bill_usd=0.0,
    )
    lines = [
        tr("Home charging on {name} ({utility}), from {hour:02d}:00:").format(
            name=plan.tariff.name, utility=plan.tariff.utility, hour=plan.charge_start_hour
        )
    ]
    for i, v in enumerate(comparison.vehicles):
        if cost.home_kwh[i] <= 0:
            continue
        kwh, usd = float(cost.home_kwh[i]), float(cost.home_usd[i])
        lines.append(
            tr("{vehicle}: {kwh:,.0f} kWh a year at home, {cost} ({price}/kWh)").format(
                vehicle=v.label, kwh=kwh, cost=money(usd), price=money(usd / kwh, digits=3)
            )
        )
        for season in ("winter", "summer"):
            lines.extend("  " + line for line in night_table_lines(cost, i, season))
    return "\n".join(lines)
