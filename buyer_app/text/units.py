"""How a figure is shown in the profile's units and currency (pure): '363 mi' or '584 km', '32 MPG' or
'7.4 L/100 km', '$3.02/gal' or '$0.80/L', '32 F' or '0 C'.

The core counts in US units (mi, gal, MPG, kWh/100 mi, F) and US dollars, and so does the JSON; only the words
shown by the faces (the command line's text, the PDF, the window) convert. With `US_DISPLAY` every formatter gives
exactly what the faces printed before profiles had units. A `Display` reaches each face from the profile
(`display_of`), the command line's `--units`, or the window's Units choice.
"""

from __future__ import annotations

from dataclasses import dataclass

from buyer_app.core.household.choices import Currency, UnitSystem
from buyer_app.core.markets.market import Market
from buyer_app.core.profiles.schema import Profile
from buyer_app.text import currency as _currency
from buyer_app.text.translate import tr

KM_PER_MI = 1.609344  # exact: the international mile
L_PER_GAL = 3.785411784  # exact: the US liquid gallon
L_PER_100KM_TIMES_MPG = 100 * L_PER_GAL / KM_PER_MI  # L/100 km = this / MPG (about 235.2)
KWH_PER_GALLON_EQUIVALENT = 33.705  # EPA's MPGe: 33.705 kWh count as one gallon of gasoline


@dataclass(frozen=True)
class Display:
    """The units and currency the faces show figures in."""

    units: UnitSystem = UnitSystem.US
    currency: Currency = Currency.USD

    @property
    def metric(self) -> bool:
        return self.units == UnitSystem.METRIC


US_DISPLAY = Display()
METRIC_DISPLAY = Display(UnitSystem.METRIC)


def display_of(profile: Profile | None, units: str | None = None, market: Market | None = None) -> Display:
    """The display of `profile` (without one: the market's units and currency, US and USD by default); `units`,
    when given ('us' or 'metric', the command line's --units), overrides the profile's units. A `market` other than
    the profile's (the command line's --market) gives its currency and, unless `units` is given, its units."""
    if profile is not None and (market is None or market.code == profile.market):
        base = Display(profile.units, profile.currency)
    elif market is not None:
        base = Display(UnitSystem(market.units), Currency(market.currency))
    else:
        base = Display()
    return base if units is None else Display(UnitSystem(units), base.currency)


def _number(value: float, digits: int, grouping: bool) -> str:
    return f"{value:{',' if grouping else ''}.{digits}f}"


def distance_value(mi: float, display: Display = US_DISPLAY) -> float:
    """A distance in miles as a number in the display's unit (miles or kilometres)."""
    return mi * KM_PER_MI if display.metric else mi


def distance_unit(display: Display = US_DISPLAY) -> str:
    """'mi' or 'km'."""
    return tr("km") if display.metric else tr("mi")


def distance(mi: float, display: Display = US_DISPLAY, *, digits: int = 0, grouping: bool = True) -> str:
    """'363 mi' / '584 km' ('12,612 mi'; `grouping=False`: no thousands separator, as some tables print)."""
    return f"{_number(distance_value(mi, display), digits, grouping)} {distance_unit(display)}"


def per_distance_label(display: Display = US_DISPLAY) -> str:
    """The words of a per-distance column: 'per mile' / 'per km'."""
    return tr("per km") if display.metric else tr("per mile")


def per_distance_money(usd_per_mi: float | None, display: Display = US_DISPLAY) -> str:
    """A cost per mile as the display shows it, in cents: '$0.52' (a mile) / '$0.32' (a km); '—' when unknown."""
    if usd_per_mi is None:
        return _currency.money(None)
    value = usd_per_mi / KM_PER_MI if display.metric else usd_per_mi
    return _currency.money(value, True, currency=display.currency)


def per_distance_grams(g_per_mi: float, display: Display = US_DISPLAY) -> str:
    """Grams per mile as the display shows them: '312 g' (a mile) / '194 g' (a km)."""
    value = g_per_mi / KM_PER_MI if display.metric else g_per_mi
    return f"{value:,.0f} " + tr("g")


def fuel_economy(mpg: float | None, display: Display = US_DISPLAY, *, electric: bool = False) -> str:
    """An EPA label figure: '32 MPG' / '7.4 L/100 km'; a battery-electric car's (`electric`) '120 MPGe' /
    '17.5 kWh/100 km'. '—' when unknown."""
    if not mpg:
        return "—"
    if not display.metric:
        return f"{mpg:.0f} {'MPGe' if electric else 'MPG'}"
    if electric:
        return f"{KWH_PER_GALLON_EQUIVALENT * 100 / (mpg * KM_PER_MI):.1f} " + tr("kWh/100 km")
    return f"{L_PER_100KM_TIMES_MPG / mpg:.1f} " + tr("L/100 km")


def electricity_use(kwh_per_100mi: float, display: Display = US_DISPLAY) -> str:
    """'28 kWh/100 mi' / '17.4 kWh/100 km'."""
    if display.metric:
        return f"{kwh_per_100mi / KM_PER_MI:.1f} " + tr("kWh/100 km")
    return f"{kwh_per_100mi:.0f} " + tr("kWh/100 mi")


def fuel_volume(gal: float, display: Display = US_DISPLAY) -> str:
    """'412 gal' / '1,560 L'."""
    return f"{gal * L_PER_GAL:,.0f} " + tr("L") if display.metric else f"{gal:,.0f} " + tr("gal")


def fuel_price(usd_per_gal: float, display: Display = US_DISPLAY) -> str:
    """'$3.02/gal' / '$0.80/L'."""
    if display.metric:
        return tr("{}/L").format(_currency.money(usd_per_gal / L_PER_GAL, digits=2, currency=display.currency))
    return tr("{}/gal").format(_currency.money(usd_per_gal, digits=2, currency=display.currency))


def fuel_volume_words(display: Display = US_DISPLAY) -> str:
    """What a fuel price is per, in words: 'per gallon' / 'per litre'."""
    return tr("per litre") if display.metric else tr("per gallon")


def temperature(f: float, display: Display = US_DISPLAY) -> str:
    """'32 F' / '0 C' (whole degrees; never '-0 C')."""
    if display.metric:
        return tr("{:d} C").format(round((f - 32) * 5 / 9))
    return tr("{:.0f} F").format(f)


def money(amount: float | None, display: Display = US_DISPLAY, cents: bool = False, *, digits: int | None = None) -> str:
    """`text.wording.money` in the display's currency."""
    return _currency.money(amount, cents, currency=display.currency, digits=digits)
