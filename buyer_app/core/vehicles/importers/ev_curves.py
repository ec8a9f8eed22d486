"""Which DC charging curve a vehicle gets: a measured one (Chargeprice) only when it is of the same model,
a compatible model year and battery, and its peak agrees with the car's own DC maximum; otherwise the
generic taper shaped from the car's DC maximum and battery (dc_charging.generic_curve).

The refusal rule comes from issue 14: 60 of 393 battery EVs had a curve whose peak was below 60% or above
150% of their DC maximum (the 2019 Ioniq Electric's 46 kW curve on the Ioniq 6 and 9, 140-148 kW Model S/X
curves on 250 kW cars). A curve whose peak is more than PEAK_TOLERANCE away from the car's DC maximum
describes another car (or another generation of it) and is refused.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any

PEAK_TOLERANCE = 0.25  # a measured curve's peak may differ from the car's DC maximum by at most 25%
BATTERY_TOLERANCE = 0.20  # ... and the battery it was measured on from the car's by at most 20%
CURVE_YEARS_BEFORE = 1  # a curve of a car released in year Y serves model years Y-1 ...
CURVE_YEARS_AFTER = 6  # ... to Y+6 (a generation), provided battery and DC maximum still agree

REFUSED_PEAK = "peak more than 25% from the car's DC maximum"
NO_MATCH = "no measured curve of this model for its model year and battery"

Spec = dict[str, Any]


@dataclass(frozen=True)
class CurveChoice:
    """The curve a vehicle uses: `curve` is the measured JSON or "" (generic); `source` says which, in words;
    `refused` is "" or why the model's measured curves were not used (REFUSED_PEAK or NO_MATCH)."""

    curve: str
    source: str
    refused: str


def peak_kw(curve_text: str) -> float:
    """The highest power of a stored curve '[[percent, kW], ...]' (0 when empty)."""
    return max((float(kw) for _, kw in json.loads(curve_text)), default=0.0) if curve_text else 0.0


def fits(value: float, reference: float, tolerance: float) -> bool:
    """`value` differs from `reference` by at most `tolerance` (a share of the reference)."""
    return value > 0 and reference > 0 and abs(value / reference - 1.0) <= tolerance


def _year_ok(spec_year: int | None, year: int) -> bool:
    return spec_year is None or spec_year - CURVE_YEARS_BEFORE <= year <= spec_year + CURVE_YEARS_AFTER


def _describe(spec: Spec) -> str:
    name = " ".join(str(p) for p in (spec["make"], spec["model"], spec["variant"]) if str(p).strip())
    return f"{name}, {spec['year'] if spec['year'] is not None else 'undated'}"


def generic_source(dc_max_kw: float, battery_kwh: float, voltage_class: str, refused_text: str = "") -> str:
    volts = {"400v": ", 400 V", "800v": ", 800 V"}.get(voltage_class, "")
    text = f"generic taper from the car's {dc_max_kw:.0f} kW maximum and {battery_kwh:.0f} kWh battery{volts}"
    return f"{text} ({refused_text})" if refused_text else text


def choose_curve(
    candidates: list[Spec], year: int, battery_kwh: float, dc_max_kw: float, voltage_class: str, tokens: set[str]
) -> CurveChoice:
    """The curve for a vehicle of `year` with this battery and DC maximum, from the measured curves of its
    model (`candidates`, records of the spec table with a non-empty dc_curve)."""
    usable = [
        s for s in candidates if _year_ok(s["year"], year) and fits(float(s["battery_kwh"] or 0), battery_kwh, BATTERY_TOLERANCE)
    ]
    if not usable:
        return CurveChoice("", generic_source(dc_max_kw, battery_kwh, voltage_class), NO_MATCH if candidates else "")

    def score(spec: Spec) -> tuple[bool, int, int, float]:
        gap = abs(spec["year"] - year) if spec["year"] is not None else 99
        distance = abs(math.log(float(spec["battery_kwh"]) / battery_kwh))
        return (fits(peak_kw(spec["dc_curve"]), dc_max_kw, PEAK_TOLERANCE), len(spec["_tokens"] & tokens), -gap, -distance)

    best = max(usable, key=score)
    peak = peak_kw(best["dc_curve"])
    if not fits(peak, dc_max_kw, PEAK_TOLERANCE):
        why = f"measured curve refused: {_describe(best)} peaks at {peak:.0f} kW"
        return CurveChoice("", generic_source(dc_max_kw, battery_kwh, voltage_class, why), REFUSED_PEAK)
    return CurveChoice(best["dc_curve"], f"measured curve (Chargeprice, {_describe(best)}, peak {peak:.0f} kW)", "")
