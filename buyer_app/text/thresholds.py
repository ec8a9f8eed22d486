"""Words for the thresholds of an uncertainty run: what would have to change for the answer to flip."""

from __future__ import annotations

from buyer_app.core.costs.compare import Comparison
from buyer_app.core.markets.market import market_of_region
from buyer_app.core.markets.regions import KM_PER_MI, L_PER_GAL
from buyer_app.core.uncertainty.thresholds import Threshold, ThresholdInput
from buyer_app.text.translate import tr, tr_noop
from buyer_app.text.wording import money

# "Gasoline anywhere from $2.00/gal to $6.00/gal does not change which ... is cheaper."
_ANYWHERE = {
    ThresholdInput.GAS_PRICE: tr_noop("Gasoline"),
    ThresholdInput.ELECTRICITY_PRICE: tr_noop("Electricity"),
    ThresholdInput.ANNUAL_MILES: tr_noop("Driving"),
    ThresholdInput.YEARS: tr_noop("Keeping it"),
}
_STAYS_ABOVE = {
    ThresholdInput.GAS_PRICE: tr_noop("gasoline stays above"),
    ThresholdInput.ELECTRICITY_PRICE: tr_noop("electricity stays above"),
    ThresholdInput.ANNUAL_MILES: tr_noop("you drive more than"),
}
_STAYS_BELOW = {
    ThresholdInput.GAS_PRICE: tr_noop("gasoline stays below"),
    ThresholdInput.ELECTRICITY_PRICE: tr_noop("electricity stays below"),
    ThresholdInput.ANNUAL_MILES: tr_noop("you drive less than"),
}
# the run's summary: "the Model 3 wins mainly if gasoline rises above $5.13/gal"
RISES_ABOVE = {
    ThresholdInput.GAS_PRICE: tr_noop("gasoline rises above"),
    ThresholdInput.ELECTRICITY_PRICE: tr_noop("electricity rises above"),
    ThresholdInput.ANNUAL_MILES: tr_noop("you drive more than"),
}
FALLS_BELOW = {
    ThresholdInput.GAS_PRICE: tr_noop("gasoline falls below"),
    ThresholdInput.ELECTRICITY_PRICE: tr_noop("electricity falls below"),
    ThresholdInput.ANNUAL_MILES: tr_noop("you drive less than"),
}


def metric_market(c: Comparison) -> bool:
    """Whether the household's market reads litres and km (a China profile), so its thresholds are said so."""
    return market_of_region(c.household.state).units == "metric"


def threshold_value(name: ThresholdInput | str, x: float, metric: bool = False) -> str:
    """'$3.45/gal', '$0.146/kWh', '12,000 miles a year', '4.5 years' (`metric`: '¥7.50/L', '20,000 km a year')."""
    if name == ThresholdInput.GAS_PRICE:
        if metric:
            return tr("{}/L").format(money(x / L_PER_GAL, digits=2))
        return tr("{}/gal").format(money(x, digits=2))
    if name == ThresholdInput.ELECTRICITY_PRICE:
        return tr("{}/kWh").format(money(x, digits=3))
    if name == ThresholdInput.ANNUAL_MILES:
        if metric:
            return tr("{:,.0f} km a year").format(x * KM_PER_MI)
        return tr("{:,.0f} miles a year").format(x)
    return tr("{:.1f} years").format(x)


def threshold_sentence(t: Threshold, c: Comparison) -> str:
    """The threshold in a sentence naming the pair's vehicles (their labels are read from `c`)."""
    labels = {v.id: v.label for v in c.vehicles}
    la, lb = labels[t.a], labels[t.b]
    metric = metric_market(c)
    name = ThresholdInput(t.input)
    if t.value is None or t.cheaper_above is None:
        return tr("{what} anywhere from {low} to {high} does not change which of the {a} and the {b} is cheaper.").format(
            what=tr(_ANYWHERE[name]),
            low=threshold_value(name, t.low, metric),
            high=threshold_value(name, t.high, metric),
            a=la,
            b=lb,
        )
    above = la if t.cheaper_above == t.a else lb
    below = lb if above == la else la
    if name is ThresholdInput.YEARS:
        return tr(
            "The {above} becomes the cheaper one to have owned if you keep it at least {value} (you plan {current:g})."
        ).format(above=above, value=threshold_value(name, t.value, metric), current=t.current)
    if t.current >= t.value:
        return tr("The {above} stays cheaper than the {below} as long as {bound} {value} (now {current}).").format(
            above=above,
            below=below,
            bound=tr(_STAYS_ABOVE[name]),
            value=threshold_value(name, t.value, metric),
            current=threshold_value(name, t.current, metric),
        )
    return tr(
        "The {below} stays cheaper than the {above} as long as {bound} {value} (now {current}); beyond it the {above} wins."
    ).format(
        above=above,
        below=below,
        bound=tr(_STAYS_BELOW[name]),
        value=threshold_value(name, t.value, metric),
        current=threshold_value(name, t.current, metric),
    )
