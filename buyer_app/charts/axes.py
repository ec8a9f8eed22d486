"""Axes that never mislabel, shared by every chart: money ticks as precise as their spacing, whole-year axes,
vehicle names wrapped to the room each bar has (never cut, never dropped, never overlapping), and the note that
says which cars a cost chart leaves out.

The axes work out their labels when they are painted (pyqtgraph calls `tickStrings` with the spacing and the
axis's size of the moment), so they stay right at any window size and in the PDF's fixed-size images."""

from __future__ import annotations

import math
from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtGui import QFontMetricsF

from buyer_app.core.costs.compare import Comparison
from buyer_app.text.currency import CURRENCY_SYMBOLS
from buyer_app.text.translate import tr, trn

_STEPS = (1.0, 2.0, 5.0)


def _decimals(step: float, limit: int = 3) -> int:
    """The fewest decimals that write multiples of `step` exactly (0.5 -> 1, 0.25 -> 2, 2 -> 0)."""
    for places in range(limit + 1):
        scaled = step * 10**places
        if abs(scaled - round(scaled)) <= 1e-6 * max(1.0, scaled):
            return places
    return limit


def money_ticks(values: Sequence[float], spacing: float, currency: str = "USD") -> list[str]:
    """Tick labels for a money axis, exact for ticks `spacing` apart: $500 $1,000 $1,500; $12k $14k; $1.25k.

    Below $10,000 the whole amount is written ($1,619 never reads $2k); above, thousands with as many decimals
    as the spacing needs, so neighbouring ticks never read the same."""
    if not values:
        return []
    top = max(abs(v) for v in values)
    unit, suffix = (1e6, "M") if top >= 1e7 else (1e3, "k") if top >= 1e4 else (1.0, "")
    places = _decimals(spacing / unit) if spacing > 0 else 0
    symbol = CURRENCY_SYMBOLS.get(currency)
    out = []
    for value in values:
        scaled = abs(value) / unit
        number = f"{scaled:,.{places}f}{suffix}"
        if float(f"{scaled:.{places}f}") == 0:
            number, value = "0", 0.0  # "$0", never "$0k" or "-$0"
        sign = "-" if value < 0 else ""
        out.append(f"{sign}{symbol}{number}" if symbol else f"{sign}{number} {currency}")
    return out


def tick_value(text: str) -> float:
    """The amount a money tick label reads ('$1.25k' -> 1250.0, '-$500' -> -500.0): what a reader takes from it."""
    sign = -1.0 if text.startswith("-") else 1.0
    number = text.lstrip("-").lstrip("".join(CURRENCY_SYMBOLS.values())).replace(",", "").split(" ")[0]
    scale = {"k": 1e3, "M": 1e6}.get(number[-1:], 1.0)
    return sign * float(number.rstrip("kM")) * scale


def money_axis(axis: pg.AxisItem, currency: str = "USD") -> None:
    """Write the axis's ticks as money in `currency`, as precise as their spacing."""
    axis.tickStrings = lambda values, scale, spacing: money_ticks([v * scale for v in values], spacing * scale, currency)
    axis.picture = None  # a chart redrawn for another currency: the cached ticks are stale
    axis.update()


def whole_year_axis(axis: pg.AxisItem) -> None:
    """Ticks on whole years only (1, 2, 5, 10... apart), written without decimals: never 'year 2.5'."""

    def spacing(low: float, high: float, size: float) -> list[tuple[float, float]]:
        per_year = size / max(high - low, 1e-9)  # pixels
        wanted = 32 / per_year if per_year > 0 else 1.0  # years between labels so that they never crowd
        magnitude = 10 ** max(0, math.floor(math.log10(max(wanted, 1.0))))
        step = next((s * magnitude for s in (*_STEPS, 10.0) if s * magnitude >= wanted - 1e-9), 10.0 * magnitude)
        return [(max(step, 1.0), 0.0)]

    axis.tickSpacing = spacing
    axis.tickStrings = lambda values, scale, step: [f"{v:.0f}" for v in values]


def wrap(text: str, metrics: QFontMetricsF, width: float) -> list[str]:
    """`text` broken into lines no wider than `width` pixels at word boundaries (a word too long for a line
    is broken inside); nothing is left out."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if metrics.horizontalAdvance(candidate) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        while metrics.horizontalAdvance(word) > width and len(word) > 1:
            cut = max(1, max(k for k in range(1, len(word) + 1) if metrics.horizontalAdvance(word[:k]) <= width or k == 1))
            lines.append(word[:cut])
            word = word[cut:]
        line = word
    if line:
        lines.append(line)
    return lines or [""]


def widget_width(item: pg.GraphicsObject | pg.GraphicsWidget) -> float:
    """The width of the widget the item is painted in (its plot may ask for more than the widget has)."""
    scene = item.scene()
    views = scene.views() if scene is not None else []
    return float(views[0].width()) if views else 600.0


def _metrics(axis: pg.AxisItem) -> QFontMetricsF:
    font = axis.style.get("tickFont") or axis.font()
    return QFontMetricsF(font)


def category_axis(axis: pg.AxisItem, names: Sequence[str], positions: Sequence[float] | None = None) -> None:
    """Name the categories (vehicles) at `positions` (0, 1, 2... by default) on a bottom or left axis, each name in
    full, wrapped to the room its category has at the size the axis is painted: under its bar on a bottom axis, at
    most ~40% of the chart's width (as many lines as its row holds) on a left axis."""
    at = [float(k) for k in range(len(names))] if positions is None else [float(p) for p in positions]
    by_position = dict(zip(at, names, strict=True))
    axis.setTicks(None)

    def values(low: float, high: float, size: float) -> list[tuple[float, list[float]]]:
        return [(1.0, [p for p in at if low - 1e-9 <= p <= high + 1e-9])]

    def strings(ticks: list[float], scale: float, spacing: float) -> list[str]:
        metrics = _metrics(axis)
        low, high = axis.range
        span = max(high - low, 1e-9)
        if axis.orientation in ("bottom", "top"):
            width = max(axis.geometry().width() / span * 0.92 - 6, metrics.horizontalAdvance("M") * 4)
        else:
            width = max(widget_width(axis) * 0.4, metrics.horizontalAdvance("M") * 8)
        return [_padded(wrap(by_position.get(float(t), ""), metrics, width), axis.orientation) for t in ticks]

    axis.tickValues = values
    axis.tickStrings = strings
    axis.setStyle(autoExpandTextSpace=True, autoReduceTextSpace=True, maxTickLevel=0)


def _padded(lines: list[str], orientation: str) -> str:
    """The lines as one label. pyqtgraph sizes a bottom axis for 80% of its labels' height (and paints them in
    full): blank lines at the end make up the difference, so the last line never runs into the axis title."""
    if orientation in ("bottom", "top") and len(lines) > 1:
        lines = lines + [" "] * math.ceil(len(lines) / 4)
    return "\n".join(lines)


def plain_axis(axis: pg.AxisItem) -> None:
    """Undo `category_axis`, `money_axis` and `whole_year_axis` (a plot redrawn as another kind of chart)."""
    for name in ("tickValues", "tickStrings", "tickSpacing"):
        axis.__dict__.pop(name, None)


def priced(comparison: Comparison) -> list[int]:
    """Indices of the vehicles with a price (a lease with its terms counts): the only ones a cost chart shows."""
    return [k for k in range(len(comparison.vehicles)) if comparison.result.price_known[k]]


def left_out_text(comparison: Comparison) -> str:
    """What a cost chart says of the cars it leaves out ('' when every car has a price)."""
    known = set(priced(comparison))
    missing = [v.label for k, v in enumerate(comparison.vehicles) if k not in known]
    if not missing:
        return ""
    names = tr(", ").join(missing)
    return trn(
        "Not shown: {names} has no price yet. Enter a price to include it.",
        "Not shown: {names} have no price yet. Enter a price to include them.",
        len(missing),
    ).format(names=names)
