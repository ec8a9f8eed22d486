"""Words for where each compared car's own figures come from (insurance, resale, winter range) and the notes
on its price, shared by `compare` (JSON and text), the PDF and the window's sources dialog."""

from __future__ import annotations

from dataclasses import dataclass

from buyer_app.core.costs.compare import InsuranceBasis, PriceBasis, PriceKind, VehicleOutcome, VehicleSources, WinterBasis
from buyer_app.core.household.choices import HomeCharging
from buyer_app.core.household.fields import Household
from buyer_app.core.markets.market import market_of_region
from buyer_app.core.vehicles.prices import OWN_PRICE_SOURCE
from buyer_app.core.vehicles.schema import PLUG_INS
from buyer_app.text.currency import current_currency
from buyer_app.text.translate import tr, tr_noop
from buyer_app.text.wording import money

BODY_WORDS = {
    "car": tr_noop("a car"),
    "sports": tr_noop("a sports car"),
    "suv": tr_noop("an SUV"),
    "pickup": tr_noop("a pickup"),
    "minivan": tr_noop("a minivan"),
}
GENERIC_WINTER = tr_noop("83% of its range at 32 F with a heat pump, 75% without, 80% when not known (Recurrent 2025)")


@dataclass(frozen=True)
class SourceLine:
    """One of a car's own figures: its name, the figure in words ("" none), whether it is the user's own, and
    the whole line with its source."""

    name: str  # insurance, resale, winter_range
    value: str
    yours: bool
    text: str


def _insurance(s: VehicleSources) -> str:
    if s.insurance is InsuranceBasis.QUOTE:
        return tr("your quote for this car")
    if s.insurance is InsuranceBasis.HOUSEHOLD or s.estimate is None:
        return tr("your figure for every car")
    e = s.estimate
    return tr(
        "estimated: {reference} for a reference car in {where} ({source}, {as_of}) x {body_factor:.2f} for "
        "{body} x {powertrain_factor:.2f} for its powertrain x (its value / {price})^{elasticity:g}; the part "
        "for collision and theft falls with its value"
    ).format(
        reference=money(e.reference),
        where=tr("the US") if e.national else tr("your state"),
        source=e.source,
        as_of=e.as_of,
        body_factor=e.body_factor,
        body=tr(BODY_WORDS.get(e.body, "a " + e.body)),
        powertrain_factor=e.powertrain_factor,
        price=money(e.reference_price),
        elasticity=e.price_elasticity,
    )


def source_lines(s: VehicleSources) -> list[SourceLine]:
    """The car's insurance, resale and (a plug-in's) winter range lines, in that order."""
    lines = [SourceLine("insurance", "", s.insurance is not InsuranceBasis.ESTIMATED, _insurance(s))]
    if s.resale_your_rates:
        lines.append(SourceLine("resale", "", True, tr("your yearly rates")))
    else:
        kept = tr("{:.1%} of its price after 5 years").format(s.retained_5yr)
        lines.append(
            SourceLine(
                "resale",
                kept,
                False,
                tr("keeps {kept}. {source} ({as_of})").format(kept=kept, source=s.resale_source, as_of=s.resale_as_of),
            )
        )
    if s.winter is WinterBasis.MEASURED:
        kept = tr("{:.0%} of its range at 32 F").format(s.winter_retained)
        lines.append(
            SourceLine(
                "winter_range",
                kept,
                False,
                tr("keeps {kept}: {source} ({as_of})").format(kept=kept, source=s.winter_source, as_of=s.winter_as_of),
            )
        )
    elif s.winter is WinterBasis.GENERIC:
        kept = tr(GENERIC_WINTER)
        lines.append(SourceLine("winter_range", kept, False, tr("keeps {}").format(kept)))
    return lines


def sources_text(s: VehicleSources | None) -> dict[str, str]:
    """The `sources` block of a vehicle in `compare --json`: figure name -> where it comes from, in words."""
    return {} if s is None else {line.name: line.text for line in source_lines(s)}


def price_basis_words(b: PriceBasis) -> str:
    """What a price is, by its basis: 'your price' (typed or --price), 'your imported price for the LE trim, as of
    2026-11-30' (the user's price file), 'base MSRP, LE, MY2025, as of 2025-01', 'unknown'."""
    if b.kind is PriceKind.QUOTE:
        return tr("your price")
    if b.own:
        trim = tr(" for the {} trim").format(b.trim) if b.trim and b.trim != "nan" else ""
        return tr("your imported price{trim}, as of {as_of}").format(trim=trim, as_of=b.as_of)
    if b.kind is PriceKind.GUIDE:
        return tr("{basis}, as of {as_of}").format(basis=b.trim, as_of=b.as_of)
    if b.kind is PriceKind.MSRP:
        return tr("base MSRP, {trim}, MY{year}, as of {as_of}").format(trim=b.trim, year=b.model_year, as_of=b.as_of)
    return tr("unknown")


def vehicle_notes(v: VehicleOutcome, h: Household) -> list[str]:
    """Notes on a vehicle's price and what its purchase includes (`notes` of `compare --json`)."""
    notes = []
    basis = v.price_basis
    if basis.kind == PriceKind.UNKNOWN and v.price is None:
        notes.append(
            tr(
                "no known price: costed on running costs only (not comparable with priced vehicles); "
                "give one with --price {id}={currency}"
            ).format(id=v.id, currency=current_currency())
        )
    elif basis.kind == PriceKind.MSRP and basis.model_year and v.label[:4].isdigit() and basis.model_year != int(v.label[:4]):
        latest = (
            tr("price is your MY{year} price (the latest known)")
            if basis.own
            else tr("price is the MY{year} base MSRP (the latest known)")
        )
        notes.append(latest.format(year=basis.model_year))
    if basis.own:
        where = basis.source.removeprefix(OWN_PRICE_SOURCE).lstrip(", ")
        notes.append(
            tr(
                "the price is your own, from your price file ({where}), not a base MSRP; "
                "another for this comparison: --price {id}=USD"
            ).format(where=where, id=v.id)
        )
    elif basis.kind == PriceKind.MSRP:
        notes.append(
            tr("base MSRP of the {trim} trim; your trim or dealer may differ (--price {id}=USD)").format(trim=basis.trim, id=v.id)
        )
    elif basis.kind == PriceKind.GUIDE:
        notes.append(
            tr("the maker's guide price of {as_of}; prices move often and dealers discount (--price {id}={currency})").format(
                as_of=basis.as_of, id=v.id, currency=current_currency()
            )
        )
    tax = tr("sales tax") if market_of_region(h.state).is_us else tr("purchase tax")
    if v.powertrain in PLUG_INS and v.yearly_costs["purchase"][0] and h.home_charging == HomeCharging.LEVEL2:
        notes.append(tr("purchase includes {tax} and the home charger installation").format(tax=tax))
    elif v.yearly_costs["purchase"][0]:
        notes.append(tr("purchase includes {tax}").format(tax=tax))
    return notes
