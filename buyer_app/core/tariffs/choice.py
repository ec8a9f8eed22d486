"""The household's home electricity rate plan as the profile keeps it, under `tariff` (no schema change: a profile
without the key has no plan and charges at its flat or time-of-use price as before):

    {"id": "ladwp-a-3-2025", "charge_start_hour": 18, "household_kwh_month": 893}
    {"rate": {...a URDB rate object...}, "charge_start_hour": 0, "household_kwh_month": 893}

`charge_start_hour` (0-23) is when home charging starts (the car's or charger's scheduled-charging setting; 18, the
evening arrival, when the car charges as soon as it is plugged in); `household_kwh_month` is the household's own use,
on top of which the car's kWh fall in the tiers.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from buyer_app.core.errors import FieldProblem, InputError
from buyer_app.core.tariffs.shipped import shipped_tariff
from buyer_app.core.tariffs.urdb import Tariff, tariff_from_urdb

DEFAULT_START_HOUR = 18
START_HOUR_SOURCE = (
    "app assumption (2026-12): charging starts on arrival home in the evening, 18:00, unless the car or charger is "
    "scheduled (set 0 for midnight, or the plan's off-peak start)"
)
DEFAULT_HOUSEHOLD_KWH = 893.0
HOUSEHOLD_KWH_SOURCE = (
    "EIA FAQ 'How much electricity does an American home use?' (https://www.eia.gov/tools/faqs/faq.php?id=97): "
    "10,715 kWh a year in 2020, about 893 kWh a month per residential customer (page updated 2021-10-07)"
)
MAX_HOUSEHOLD_KWH = 10_000.0
_KEYS = ("id", "rate", "charge_start_hour", "household_kwh_month")


@dataclass(frozen=True, eq=False)
class HomeTariff:
    """A chosen rate plan: the checked tariff, where it came from (a shipped id, or the rate object itself), when
    charging starts and the household's own monthly use."""

    tariff: Tariff
    id: str = ""  # a shipped tariff's id; "" for a rate given in full
    rate: dict[str, Any] | None = field(default=None)  # the URDB rate object when not shipped
    charge_start_hour: int = DEFAULT_START_HOUR
    household_kwh_month: float = DEFAULT_HOUSEHOLD_KWH
    # not saved: what-ifs that scale the household's electricity prices (thresholds, tornado) scale the plan's too
    price_factor: float = 1.0

    def _key(self) -> tuple[object, ...]:
        rate = json.dumps(self.rate, sort_keys=True) if self.rate is not None else ""
        return (self.id, rate, self.charge_start_hour, self.household_kwh_month, self.price_factor)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, HomeTariff) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def with_start(self, hour: int) -> HomeTariff:
        return HomeTariff(self.tariff, self.id, self.rate, hour, self.household_kwh_month, self.price_factor)

    def scaled(self, factor: float) -> HomeTariff:
        """A copy whose prices are `factor` times the plan's."""
        return HomeTariff(
            self.tariff, self.id, self.rate, self.charge_start_hour, self.household_kwh_month, self.price_factor * factor
        )


def home_tariff(
    source_id: str = "", rate: object = None, start_hour: int = DEFAULT_START_HOUR, household_kwh: float = DEFAULT_HOUSEHOLD_KWH
) -> HomeTariff:
    """A HomeTariff from a shipped id or a URDB rate object; InputError naming the bad parts."""
    chosen = tariff_from_dict(
        {"id": source_id or None, "rate": rate, "charge_start_hour": start_hour, "household_kwh_month": household_kwh}
    )
    assert chosen is not None  # an object is never "no plan"
    return chosen


def tariff_from_dict(raw: object) -> HomeTariff | None:
    """The profile's `tariff` (None: no plan); InputError naming every bad field as tariff.<key>."""
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise InputError(
            [FieldProblem("tariff", type(raw).__name__, "null (no rate plan) or an object with " + ", ".join(_KEYS))]
        )
    problems = [
        FieldProblem(f"tariff.{k}", raw[k], "not a tariff field; known: " + ", ".join(_KEYS))
        for k in sorted(set(raw) - set(_KEYS))
    ]
    start = raw.get("charge_start_hour", DEFAULT_START_HOUR)
    if not isinstance(start, int) or isinstance(start, bool) or not 0 <= start <= 23:
        problems.append(FieldProblem("tariff.charge_start_hour", start, "a whole hour from 0 (midnight) to 23"))
        start = DEFAULT_START_HOUR
    base = raw.get("household_kwh_month", DEFAULT_HOUSEHOLD_KWH)
    if not isinstance(base, (int, float)) or isinstance(base, bool) or not 0 <= base <= MAX_HOUSEHOLD_KWH:
        problems.append(
            FieldProblem("tariff.household_kwh_month", base, f"a number of kWh a month from 0 to {MAX_HOUSEHOLD_KWH:,.0f}")
        )
        base = DEFAULT_HOUSEHOLD_KWH
    source_id, rate = raw.get("id"), raw.get("rate")
    tariff: Tariff | None = None
    if (source_id is None) == (rate is None):
        problems.append(
            FieldProblem("tariff", "id and rate" if source_id else "neither id nor rate", "either a shipped id or a rate")
        )
    elif source_id is not None:
        try:
            tariff = shipped_tariff(str(source_id)).tariff if isinstance(source_id, str) else None
        except InputError as exc:
            problems.extend(FieldProblem("tariff.id", p.value, p.allowed) for p in exc.problems)
        if not isinstance(source_id, str):
            problems.append(FieldProblem("tariff.id", source_id, "a shipped tariff id (text)"))
    else:
        try:
            tariff = tariff_from_urdb(rate)
        except InputError as exc:
            problems.extend(FieldProblem(f"tariff.rate.{p.field}", p.value, p.allowed) for p in exc.problems)
    if problems or tariff is None:
        raise InputError(problems)
    return HomeTariff(
        tariff=tariff,
        id=source_id if isinstance(source_id, str) else "",
        rate=rate if isinstance(rate, dict) else None,
        charge_start_hour=start,
        household_kwh_month=float(base),
    )


def tariff_to_dict(choice: HomeTariff | None) -> dict[str, Any] | None:
    """The profile form of a plan (None when there is none)."""
    if choice is None:
        return None
    source: dict[str, Any] = {"id": choice.id} if choice.id else {"rate": choice.rate}
    return {**source, "charge_start_hour": choice.charge_start_hour, "household_kwh_month": choice.household_kwh_month}
