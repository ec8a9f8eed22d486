"""One uncertainty run over a comparison: percentiles, the chance each car is cheapest, the chosen pair's
difference and payback, the tornado and the thresholds, and the verdict's confidence in words."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np

from buyer_app.core.costs.compare import Comparison
from buyer_app.core.uncertainty.draws import (
    PERCENTILES,
    UncertaintySettings,
    chunk_of,
    draw_factors,
    fixed_factors,
    simulate_curves,
)
from buyer_app.core.uncertainty.thresholds import Threshold, thresholds
from buyer_app.core.vehicles.inputs import FloatArray

CHUNK = 2_500  # draws per step: progress is reported and a cancel is honoured between steps


class Cancelled(Exception):
    """The run was stopped before it finished (its partial results are dropped)."""


@dataclass(frozen=True)
class TornadoBar:
    """The pair's cost difference (b minus a, USD) with one input at its low and its high value."""

    input: str
    low_label: str
    high_label: str
    at_low: float
    at_high: float

    @property
    def swing(self) -> float:
        return abs(self.at_high - self.at_low)


@dataclass(frozen=True)
class UncertaintyResult:
    settings: UncertaintySettings
    ids: tuple[int, ...]
    percentiles: FloatArray  # (3, N, Y+1) P10, P50, P90 of the net cost if sold at each year end
    p_cheapest: tuple[float | None, ...]  # per vehicle; None without a known price
    pair: tuple[int, int]  # indices into the vehicles: a, b
    difference: FloatArray  # (D,) total of b minus total of a
    difference_percentiles: FloatArray  # (3,)
    p_b_cheaper: float
    payback_by_year: FloatArray  # (Y,) chance b's net cost is at or below a's at the end of year 1..Y
    deterministic_difference: float
    tornado: tuple[TornadoBar, ...]
    thresholds: tuple[Threshold, ...]
    sentence: str


def _percent(x: float) -> str:
    return f"{x:.0%}" if 0.005 <= x <= 0.995 else ("over 99%" if x > 0.995 else "under 1%")


def default_pair(c: Comparison) -> tuple[int, int]:
    """The two cheapest priced vehicles over the period (the first two when fewer are priced)."""
    priced = [k for k in range(len(c.vehicles)) if c.result.price_known[k]]  # a lease with terms counts
    order = sorted(priced, key=lambda k: c.vehicles[k].total_cost) + [k for k in range(len(c.vehicles)) if k not in priced]
    return _cheaper_to_buy_first(c, order[0], order[1]) if len(order) > 1 else (0, 0)


def _cheaper_to_buy_first(c: Comparison, i: int, j: int) -> tuple[int, int]:
    """(a, b) with b the one that costs more at purchase, so "b has paid back its higher price" reads right."""
    return (i, j) if c.result.upfront[i] <= c.result.upfront[j] else (j, i)


def _move_label(key: str, value: float) -> str:
    return f"{value * 100:+.1f} pts" if key == "depreciation" else f"x{value:.2f}"


def likely_pair(c: Comparison, p_cheapest: list[float | None]) -> tuple[int, int]:
    """The two priced vehicles most often the cheapest (ties: the cheaper deterministic total first), the one
    cheaper to buy first; the two cheapest when fewer than two are priced."""
    priced = [k for k, p in enumerate(p_cheapest) if p is not None]
    if len(priced) < 2:
        return default_pair(c)
    best = sorted(priced, key=lambda k: (-(p_cheapest[k] or 0.0), c.vehicles[k].total_cost))[:2]
    return _cheaper_to_buy_first(c, best[0], best[1])


def tornado(c: Comparison, a: int, b: int, settings: UncertaintySettings) -> tuple[TornadoBar, ...]:
    """Each input alone at its P10 and P90 over the period (from the spreads), sorted by effect."""
    h, result = c.household, c.result
    years = h.years
    z = 1.2816  # the 10th / 90th percentile of a standard normal
    horizon = np.sqrt((years + 1) / 2)  # a price walk's typical spread averaged over the years
    pt = np.array([v.powertrain for v in c.vehicles])
    price = np.nan_to_num(np.array([np.nan if v.price is None else v.price for v in c.vehicles], dtype=float))
    moves = {
        "gasoline price": ("gas", np.exp(-z * settings.gas_volatility * horizon), np.exp(z * settings.gas_volatility * horizon)),
        "electricity price": ("electricity", np.exp(-z * settings.electricity_volatility * horizon),
                              np.exp(z * settings.electricity_volatility * horizon)),
        "annual miles": ("miles", np.exp(-z * settings.miles_spread), np.exp(z * settings.miles_spread)),
        "yearly loss of value": ("depreciation", -z * settings.depreciation_spread, z * settings.depreciation_spread),
        "maintenance and repair": ("maintenance", np.exp(-z * settings.maintenance_spread),
                                   np.exp(z * settings.maintenance_spread)),
        "insurance": ("insurance", np.exp(-z * settings.insurance_spread), np.exp(z * settings.insurance_spread)),
        "battery health": ("battery", np.exp(-z * settings.battery_health_spread),
                                     np.exp(z * settings.battery_health_spread)),
    }
    bars = []
    for label, (key, low, high) in moves.items():
        ends = []
        for value in (low, high):
            curves = simulate_curves(result, h, pt, price, fixed_factors(h, years, **{key: float(value)}))
            ends.append(float(curves[0, b, -1] - curves[0, a, -1]))
        bars.append(TornadoBar(label, _move_label(key, float(low)), _move_label(key, float(high)), ends[0], ends[1]))
    return tuple(sorted(bars, key=lambda bar: -bar.swing))


def run_uncertainty(c: Comparison, settings: UncertaintySettings, pair: tuple[int, int] | None = None,
                    progress: Callable[[float], None] | None = None,
                    cancelled: Callable[[], bool] | None = None) -> UncertaintyResult:
    """Simulate every vehicle with the same draws; `progress` gets 0..1, `cancelled` is polled between chunks."""
    h = c.household
    pt = np.array([v.powertrain for v in c.vehicles])
    price = np.nan_to_num(np.array([np.nan if v.price is None else v.price for v in c.vehicles], dtype=float))
    factors = draw_factors(settings, h, h.years)
    n, years = len(c.vehicles), h.years
    curves = np.empty((settings.draws, n, years + 1))  # filled chunk by chunk: no second copy of every future
    for start in range(0, settings.draws, CHUNK):
        if cancelled is not None and cancelled():
            raise Cancelled
        stop = min(start + CHUNK, settings.draws)
        curves[start:stop] = simulate_curves(c.result, h, pt, price, chunk_of(factors, start, stop))
        if progress is not None:
            progress(0.7 * stop / settings.draws)
    percentiles = np.empty((len(PERCENTILES), n, years + 1))
    for t in range(years + 1):  # a year at a time: small sorts, and a cancel is honoured between them
        if cancelled is not None and cancelled():
            raise Cancelled
        percentiles[:, :, t] = np.percentile(curves[:, :, t], PERCENTILES, axis=0)
        if progress is not None:
            progress(0.7 + 0.1 * (t + 1) / (years + 1))
    totals = curves[:, :, -1]
    priced = np.asarray(c.result.price_known, dtype=bool)  # a bought car with a price, or a lease with terms
    p_cheapest: list[float | None] = [None] * len(c.vehicles)
    if priced.any():
        masked = np.where(priced[None, :], totals, np.inf)
        winners = np.bincount(np.argmin(masked, axis=1), minlength=len(c.vehicles)) / settings.draws
        p_cheapest = [float(winners[k]) if priced[k] else None for k in range(len(c.vehicles))]
    a, b = pair if pair is not None else likely_pair(c, p_cheapest)
    diff = totals[:, b] - totals[:, a]
    payback = (curves[:, b, 1:] <= curves[:, a, 1:]).mean(axis=0)
    if cancelled is not None and cancelled():
        raise Cancelled
    bars = tornado(c, a, b, settings)
    found = tuple(thresholds(c, a, b)) if a != b and priced[a] and priced[b] else ()
    if progress is not None:
        progress(1.0)
    result = UncertaintyResult(
        settings=settings, ids=tuple(v.id for v in c.vehicles),
        percentiles=percentiles, p_cheapest=tuple(p_cheapest), pair=(a, b),
        difference=diff, difference_percentiles=np.percentile(diff, PERCENTILES),
        p_b_cheaper=float((diff < 0).mean()), payback_by_year=payback,
        deterministic_difference=float(c.vehicles[b].total_cost - c.vehicles[a].total_cost),
        tornado=bars, thresholds=found, sentence="")
    return _with_sentence(result, c)


_TORNADO_TO_THRESHOLD = {"gasoline price": "gas_price", "electricity price": "electricity_price",
                         "annual miles": "annual_miles"}
_WORDS = {"gas_price": ("gasoline rises above", "gasoline falls below"),
          "electricity_price": ("electricity rises above", "electricity falls below"),
          "annual_miles": ("you drive more than", "you drive less than")}


def _plausible(t: Threshold, settings: UncertaintySettings, years: int) -> bool:
    """Whether a threshold lies within the input's own P10-P90 over the period (a flip at 1,300 miles a year
    is not what "mainly" means)."""
    spread = {"gas_price": settings.gas_volatility * np.sqrt((years + 1) / 2),
              "electricity_price": settings.electricity_volatility * np.sqrt((years + 1) / 2),
              "annual_miles": settings.miles_spread}[t.input]
    if t.value is None or t.current <= 0:
        return False
    return bool(abs(np.log(t.value / t.current)) <= 1.2816 * spread)


def _with_sentence(r: UncertaintyResult, c: Comparison) -> UncertaintyResult:
    """"The Camry is the cheapest in 77% of the futures simulated; the Model 3 wins mainly if gasoline rises
    above $5.13/gal." """
    known = [(p, k) for k, p in enumerate(r.p_cheapest) if p is not None]
    if not known:
        return replace(r, sentence="No vehicle has a known price, so none can be called the cheapest.")
    if len(known) == 1:
        k = known[0][1]
        low, high = r.percentiles[0, k, -1], r.percentiles[2, k, -1]
        return replace(r, sentence=f"Only the {c.vehicles[k].label} has a known price: over the futures simulated its "
                                   f"total runs from ${low:,.0f} (P10) to ${high:,.0f} (P90). Give the others a price to "
                                   "compare them.")
    p, k = max(known)
    text = f"The {c.vehicles[k].label} is the cheapest in {_percent(p)} of the {r.settings.draws:,} futures simulated"
    a, b = r.pair
    both_priced = r.p_cheapest[a] is not None and r.p_cheapest[b] is not None
    if a != b and k in (a, b) and r.tornado and both_priced:
        rival = b if k == a else a
        by_input = {t.input: t for t in r.thresholds if t.value is not None and t.input in _WORDS}
        wanted = [_TORNADO_TO_THRESHOLD.get(bar.input) for bar in r.tornado]
        rival_id = c.vehicles[rival].id
        # a flip worth naming: the rival wins beyond it, today's figure is on the other side, and it is within reach
        flips = [t for w in wanted if (t := by_input.get(w or "")) is not None and t.value is not None
                 and (t.cheaper_above == rival_id) == (t.current < t.value) and _plausible(t, r.settings, c.household.years)]
        if c.vehicles[rival].total_cost < c.vehicles[k].total_cost:
            text += (f"; yet at today's figures the {c.vehicles[rival].label} is the cheaper one, so the two are close "
                     "to even")
        elif flips:
            found = flips[0]
            assert found.value is not None
            up, down = _WORDS[found.input]
            words = up if found.cheaper_above == rival_id else down
            value = f"${found.value:,.2f}/gal" if found.input == "gas_price" else (
                f"${found.value:,.3f}/kWh" if found.input == "electricity_price" else f"{found.value:,.0f} miles a year")
            text += f"; the {c.vehicles[rival].label} wins mainly if {words} {value}"
        else:
            text += f"; against the {c.vehicles[rival].label}, {r.tornado[0].input} matters most"
    return replace(r, sentence=text + ".")
