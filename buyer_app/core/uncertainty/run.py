"""One uncertainty run over a comparison: percentiles, the chance each car is cheapest, the chosen pair's
difference and payback, the tornado and the thresholds, and what the verdict's confidence rests on (a typed
`Confidence`; `buyer_app.text.uncertainty` says it in words)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum

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
from buyer_app.core.uncertainty.thresholds import Threshold, ThresholdInput, thresholds
from buyer_app.core.vehicles.inputs import FloatArray

CHUNK = 2_500  # draws per step: progress is reported and a cancel is honoured between steps


class Cancelled(Exception):
    """The run was stopped before it finished (its partial results are dropped)."""


class TornadoInput(StrEnum):
    """The inputs the tornado moves one at a time (the keywords of `fixed_factors`)."""

    GAS = "gas"
    ELECTRICITY = "electricity"
    MILES = "miles"
    DEPRECIATION = "depreciation"
    MAINTENANCE = "maintenance"
    INSURANCE = "insurance"
    BATTERY = "battery"


@dataclass(frozen=True)
class TornadoBar:
    """The pair's cost difference (b minus a, USD) with one input at its low and its high value."""

    input: TornadoInput
    low: float  # the input's factor at its P10 (depreciation: the change of the yearly rate, as a fraction)
    high: float  # the same at its P90
    at_low: float
    at_high: float

    @property
    def swing(self) -> float:
        return abs(self.at_high - self.at_low)


class ConfidenceKind(StrEnum):
    NO_PRICE = "no_price"  # no vehicle has a known price
    ONE_PRICED = "one_priced"  # only `vehicle` has one
    CHEAPEST = "cheapest"  # `vehicle` is the cheapest most often, in `probability` of the futures


class RivalNote(StrEnum):
    """What is said of the pair's other vehicle when the most often cheapest is one of the pair."""

    NONE = "none"
    CHEAPER_TODAY = "cheaper_today"  # yet the rival is the cheaper at today's figures: the two are close to even
    WINS_IF = "wins_if"  # the rival wins mainly beyond `flip` (above it when `rival_wins_above`)
    MATTERS_MOST = "matters_most"  # no flip within reach: `top_input` moves the difference most


@dataclass(frozen=True)
class Confidence:
    """What the verdict's confidence rests on: the facts of the run's one-sentence summary."""

    kind: ConfidenceKind
    vehicle: int | None = None  # index into the vehicles
    probability: float = 0.0
    rival: int | None = None  # index into the vehicles
    note: RivalNote = RivalNote.NONE
    flip: Threshold | None = None
    rival_wins_above: bool = False
    top_input: TornadoInput | None = None


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
    confidence: Confidence


def default_pair(c: Comparison) -> tuple[int, int]:
    """The two cheapest priced vehicles over the period (the first two when fewer are priced)."""
    priced = [k for k in range(len(c.vehicles)) if c.result.price_known[k]]  # a lease with terms counts
    order = sorted(priced, key=lambda k: c.vehicles[k].total_cost) + [k for k in range(len(c.vehicles)) if k not in priced]
    return _cheaper_to_buy_first(c, order[0], order[1]) if len(order) > 1 else (0, 0)


def _cheaper_to_buy_first(c: Comparison, i: int, j: int) -> tuple[int, int]:
    """(a, b) with b the one that costs more at purchase, so "b has paid back its higher price" reads right."""
    return (i, j) if c.result.upfront[i] <= c.result.upfront[j] else (j, i)


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
        TornadoInput.GAS: (np.exp(-z * settings.gas_volatility * horizon), np.exp(z * settings.gas_volatility * horizon)),
        TornadoInput.ELECTRICITY: (
            np.exp(-z * settings.electricity_volatility * horizon),
            np.exp(z * settings.electricity_volatility * horizon),
        ),
        TornadoInput.MILES: (np.exp(-z * settings.miles_spread), np.exp(z * settings.miles_spread)),
        TornadoInput.DEPRECIATION: (-z * settings.depreciation_spread, z * settings.depreciation_spread),
        TornadoInput.MAINTENANCE: (np.exp(-z * settings.maintenance_spread), np.exp(z * settings.maintenance_spread)),
        TornadoInput.INSURANCE: (np.exp(-z * settings.insurance_spread), np.exp(z * settings.insurance_spread)),
        TornadoInput.BATTERY: (np.exp(-z * settings.battery_health_spread), np.exp(z * settings.battery_health_spread)),
    }
    bars = []
    for key, (low, high) in moves.items():
        ends = []
        for value in (low, high):
            curves = simulate_curves(result, h, pt, price, fixed_factors(h, years, **{key.value: float(value)}))
            ends.append(float(curves[0, b, -1] - curves[0, a, -1]))
        bars.append(TornadoBar(key, float(low), float(high), ends[0], ends[1]))
    return tuple(sorted(bars, key=lambda bar: -bar.swing))


def run_uncertainty(
    c: Comparison,
    settings: UncertaintySettings,
    pair: tuple[int, int] | None = None,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> UncertaintyResult:
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
        settings=settings,
        ids=tuple(v.id for v in c.vehicles),
        percentiles=percentiles,
        p_cheapest=tuple(p_cheapest),
        pair=(a, b),
        difference=diff,
        difference_percentiles=np.percentile(diff, PERCENTILES),
        p_b_cheaper=float((diff < 0).mean()),
        payback_by_year=payback,
        deterministic_difference=float(c.vehicles[b].total_cost - c.vehicles[a].total_cost),
        tornado=bars,
        thresholds=found,
        confidence=Confidence(ConfidenceKind.NO_PRICE),
    )
    return replace(result, confidence=confidence(result, c))


_TORNADO_TO_THRESHOLD = {
    TornadoInput.GAS: ThresholdInput.GAS_PRICE,
    TornadoInput.ELECTRICITY: ThresholdInput.ELECTRICITY_PRICE,
    TornadoInput.MILES: ThresholdInput.ANNUAL_MILES,
}


def _plausible(t: Threshold, settings: UncertaintySettings, years: int) -> bool:
    """Whether a threshold lies within the input's own P10-P90 over the period (a flip at 1,300 miles a year
    is not what "mainly" means)."""
    spread = {
        ThresholdInput.GAS_PRICE: settings.gas_volatility * np.sqrt((years + 1) / 2),
        ThresholdInput.ELECTRICITY_PRICE: settings.electricity_volatility * np.sqrt((years + 1) / 2),
        ThresholdInput.ANNUAL_MILES: settings.miles_spread,
    }[t.input]
    if t.value is None or t.current <= 0:
        return False
    return bool(abs(np.log(t.value / t.current)) <= 1.2816 * spread)


def confidence(r: UncertaintyResult, c: Comparison) -> Confidence:
    """What the run says of the verdict: the vehicle most often the cheapest and how often; when it is one of the
    pair, whether the other is cheaper at today's figures, else the flip within reach beyond which the other wins
    ("... wins mainly if gasoline rises above $5.13/gal"), else the input that matters most."""
    known = [(p, k) for k, p in enumerate(r.p_cheapest) if p is not None]
    if not known:
        return Confidence(ConfidenceKind.NO_PRICE)
    if len(known) == 1:
        return Confidence(ConfidenceKind.ONE_PRICED, vehicle=known[0][1])
    p, k = max(known)
    found = Confidence(ConfidenceKind.CHEAPEST, vehicle=k, probability=p)
    a, b = r.pair
    both_priced = r.p_cheapest[a] is not None and r.p_cheapest[b] is not None
    if not (a != b and k in (a, b) and r.tornado and both_priced):
        return found
    rival = b if k == a else a
    by_input = {t.input: t for t in r.thresholds if t.value is not None and t.input in _TORNADO_TO_THRESHOLD.values()}
    wanted = [_TORNADO_TO_THRESHOLD.get(bar.input) for bar in r.tornado]
    rival_id = c.vehicles[rival].id
    # a flip worth naming: the rival wins beyond it, today's figure is on the other side, and it is within reach
    flips = [
        t
        for w in wanted
        if w is not None
        and (t := by_input.get(w)) is not None
        and t.value is not None
        and (t.cheaper_above == rival_id) == (t.current < t.value)
        and _plausible(t, r.settings, c.household.years)
    ]
    if c.vehicles[rival].total_cost < c.vehicles[k].total_cost:
        return replace(found, rival=rival, note=RivalNote.CHEAPER_TODAY)
    if flips:
        return replace(
            found, rival=rival, note=RivalNote.WINS_IF, flip=flips[0], rival_wins_above=flips[0].cheaper_above == rival_id
        )
    return replace(found, rival=rival, note=RivalNote.MATTERS_MOST, top_input=r.tornado[0].input)
