"""Words and JSON for an uncertainty run (shared by the CLI, the PDF and the window)."""

from __future__ import annotations

from typing import Any

from buyer_app.core.costs.compare import Comparison
from buyer_app.core.uncertainty.draws import SPREADS, settings_to_dict
from buyer_app.core.uncertainty.run import (
    ConfidenceKind,
    RivalNote,
    TornadoBar,
    TornadoInput,
    UncertaintyResult,
)
from buyer_app.text.thresholds import FALLS_BELOW, RISES_ABOVE, metric_market, threshold_sentence, threshold_value
from buyer_app.text.translate import tr, tr_noop
from buyer_app.text.wording import money

TORNADO_NAMES = {
    TornadoInput.GAS: tr_noop("gasoline price"),
    TornadoInput.ELECTRICITY: tr_noop("electricity price"),
    TornadoInput.MILES: tr_noop("annual miles"),
    TornadoInput.DEPRECIATION: tr_noop("yearly loss of value"),
    TornadoInput.MAINTENANCE: tr_noop("maintenance and repair"),
    TornadoInput.INSURANCE: tr_noop("insurance"),
    TornadoInput.BATTERY: tr_noop("battery health"),
}


def tornado_name(key: TornadoInput | str) -> str:
    """What a tornado bar moves, in words ('gasoline price')."""
    return tr(TORNADO_NAMES[TornadoInput(key)])


def move_label(key: TornadoInput | str, value: float) -> str:
    """How far a tornado bar moves its input, in words: '22% lower', '28% higher' (a factor), '3.2 points more a
    year' (depreciation, a change of the yearly rate)."""
    if key == TornadoInput.DEPRECIATION:
        more = tr("{:.1f} points more a year") if value >= 0 else tr("{:.1f} points less a year")
        return more.format(abs(value) * 100)
    return (tr("{:.0%} higher") if value >= 1 else tr("{:.0%} lower")).format(abs(value - 1))


def bar_axis_label(bar: TornadoBar) -> str:
    """A tornado bar's short label for a chart axis: 'gasoline price (-39% / +63%)', 'yearly loss of value (-3.8 /
    +3.8 pts)' (the words of `bar_labels` are in the read-out)."""
    name = tornado_name(bar.input)
    if bar.input == TornadoInput.DEPRECIATION:
        return tr("{name} ({low:+.1f} / {high:+.1f} pts)").format(name=name, low=bar.low * 100, high=bar.high * 100)
    return f"{name} ({bar.low - 1:+.0%} / {bar.high - 1:+.0%})"


def bar_labels(bar: TornadoBar) -> tuple[str, str, str]:
    """A tornado bar's input, low and high in words: ('gasoline price', '22% lower', '28% higher')."""
    return tornado_name(bar.input), move_label(bar.input, bar.low), move_label(bar.input, bar.high)


def chance_text(x: float) -> str:
    """A probability as a person says it: '77%', 'under 1%', 'over 99%'."""
    return f"{x:.0%}" if 0.005 <= x <= 0.995 else (tr("over 99%") if x > 0.995 else tr("under 1%"))


def futures_text(x: float) -> str:
    """A share of the simulated futures in the words people use: 'in about 8 of 10 futures', 'in about half the
    futures', 'in nearly all futures'."""
    if x > 0.995:
        return tr("in nearly all futures")
    if x < 0.005:
        return tr("in almost no futures")
    tenths = round(x * 10)
    if tenths == 5:
        return tr("in about half the futures")
    if tenths == 10:
        return tr("in more than 9 of 10 futures")
    if tenths == 0:
        return tr("in fewer than 1 of 10 futures")
    return tr("in about {} of 10 futures").format(tenths)


def uncertainty_sentence(r: UncertaintyResult, c: Comparison) -> str:
    """ "The Camry is the cheapest in 77% of the futures simulated; the Model 3 wins mainly if gasoline rises
    above $5.13/gal." (the run's `confidence` in words)."""
    f = r.confidence
    if f.kind is ConfidenceKind.NO_PRICE or f.vehicle is None:
        return tr("No vehicle has a known price, so none can be called the cheapest.")
    k = f.vehicle
    if f.kind is ConfidenceKind.ONE_PRICED:
        return tr(
            "Only the {label} has a known price: in 8 of 10 futures simulated its total comes to between {low} and "
            "{high}. Give the others a price to compare them."
        ).format(label=c.vehicles[k].label, low=money(r.percentiles[0, k, -1]), high=money(r.percentiles[2, k, -1]))
    text = tr("The {label} is the cheapest {futures} simulated ({chance} of {draws:,})").format(
        label=c.vehicles[k].label, futures=futures_text(f.probability), chance=chance_text(f.probability), draws=r.settings.draws
    )
    rival = "" if f.rival is None else c.vehicles[f.rival].label
    if f.note is RivalNote.CHEAPER_TODAY:
        text += tr("; yet at today's figures the {rival} is the cheaper one, so the two are close to even").format(rival=rival)
    elif f.note is RivalNote.WINS_IF and f.flip is not None and f.flip.value is not None:
        words = (RISES_ABOVE if f.rival_wins_above else FALLS_BELOW)[f.flip.input]
        text += tr("; the {rival} wins mainly if {words} {value}").format(
            rival=rival, words=tr(words), value=threshold_value(f.flip.input, f.flip.value, metric_market(c))
        )
    elif f.note is RivalNote.MATTERS_MOST and f.top_input is not None:
        text += tr("; against the {rival}, {input} matters most").format(rival=rival, input=tornado_name(f.top_input))
    return text + tr(".")


def spreads_used(r: UncertaintyResult) -> list[dict[str, Any]]:
    values = settings_to_dict(r.settings)
    return [{"name": s.name, "label": s.label, "value": values[s.name], "source": s.source} for s in SPREADS]


def uncertainty_json(r: UncertaintyResult, c: Comparison) -> dict[str, Any]:
    """The `uncertainty` block of `compare --json`."""
    a, b = r.pair
    years = c.household.years
    return {
        "draws": r.settings.draws,
        "seed": r.settings.seed,
        "spreads": spreads_used(r),
        "method": "common random numbers: every vehicle sees the same futures; prices follow a log random walk around "
        "the household's path; miles, repairs, insurance and battery health are log-normal; depreciation "
        "normal, clipped to 0-95% a year",
        "vehicles": [
            {
                "id": v.id,
                "label": v.label,
                # a vehicle without a known price cannot be costed in full, so it is never counted as the cheapest
                "probability_cheapest": r.p_cheapest[k] if r.p_cheapest[k] is not None else 0.0,
                "in_the_running": r.p_cheapest[k] is not None,
                "cumulative_percentiles": {
                    f"p{p}": [round(float(x), 2) for x in r.percentiles[i, k, 1:]] for i, p in enumerate((10, 50, 90))
                },
                "total_percentiles": {f"p{p}": round(float(r.percentiles[i, k, -1]), 2) for i, p in enumerate((10, 50, 90))},
            }
            for k, v in enumerate(c.vehicles)
        ],
        "pair": {
            "a": c.vehicles[a].id,
            "b": c.vehicles[b].id,
            "difference_b_minus_a": {
                f"p{p}": round(float(x), 2) for p, x in zip((10, 50, 90), r.difference_percentiles, strict=True)
            },
            "deterministic_difference": round(r.deterministic_difference, 2),
            "probability_b_cheaper": r.p_b_cheaper,
            "probability_b_paid_back_by_year": [
                {"year": t + 1, "probability": round(float(p), 4)} for t, p in enumerate(r.payback_by_year[:years])
            ],
        },
        "tornado": [
            {
                "input": name,
                "low": low,
                "high": high,
                "difference_at_low": round(bar.at_low, 2),
                "difference_at_high": round(bar.at_high, 2),
            }
            for bar in r.tornado
            for name, low, high in [bar_labels(bar)]
        ],
        "thresholds": [
            {
                "input": str(t.input),
                "unit": t.unit,
                "value": None if t.value is None else round(t.value, 4),
                "current": round(t.current, 4),
                "searched": [t.low, t.high],
                "cheaper_above": t.cheaper_above,
                "sentence": threshold_sentence(t, c),
            }
            for t in r.thresholds
        ],
        "sentence": uncertainty_sentence(r, c),
    }


def uncertainty_text(r: UncertaintyResult, c: Comparison) -> list[str]:
    """The "How sure" section of `compare`'s text."""
    a, b = r.pair
    la, lb = c.vehicles[a].label, c.vehicles[b].label
    out = [
        "\n" + tr("How sure ({draws:,} futures, seed {seed})").format(draws=r.settings.draws, seed=r.settings.seed),
        "  " + uncertainty_sentence(r, c),
    ]
    for k, v in enumerate(c.vehicles):
        p = r.p_cheapest[k]
        chance = (
            tr("no known price")
            if p is None
            else (
                tr("never the cheapest")
                if p == 0
                else tr("cheapest in under 1%")
                if p < 0.005
                else tr("cheapest in {:.0%}").format(p)
            )
        )
        out.append(
            "  "
            + tr("{label}: total P10 {p10}, median {p50}, P90 {p90}; {chance}").format(
                label=v.label,
                p10=money(r.percentiles[0, k, -1]),
                p50=money(r.percentiles[1, k, -1]),
                p90=money(r.percentiles[2, k, -1]),
                chance=chance,
            )
        )
    lo, mid, hi = r.difference_percentiles
    out.append(
        "  "
        + tr("{b} minus {a}: P10 {p10}, median {p50}, P90 {p90}; the {b} is cheaper in {share:.0%}").format(
            a=la, b=lb, p10=money(lo), p50=money(mid), p90=money(hi), share=r.p_b_cheaper
        )
    )
    out.append("  " + tr("What moves that difference most (each input alone at its P10 and P90):"))
    for bar in r.tornado:
        name, low, high = bar_labels(bar)
        out.append(
            "    "
            + tr("{input}: {at_low} at {low}, {at_high} at {high}").format(
                input=name, at_low=money(bar.at_low), low=low, at_high=money(bar.at_high), high=high
            )
        )
    out.extend("  " + threshold_sentence(t, c) for t in r.thresholds)
    return out
