"""The words of two scenarios side by side: their names, the one-paragraph answer and the rows of the table."""

from __future__ import annotations

from buyer_app.core.costs.compare import VehicleOutcome
from buyer_app.core.profiles.scenarios import Change, ChangeKind, PairedVehicle, Scenario, ScenarioComparison, effective
from buyer_app.core.profiles.schema import Profile
from buyer_app.text.choices import choice_label
from buyer_app.text.translate import tr, tr_noop, trn
from buyer_app.text.units import US_DISPLAY, Display, distance, money

# the quick variants as the window's combo and the answer name them, in the combo's order
VARIANT_WORDS: tuple[tuple[Change, str], ...] = (
    (Change(ChangeKind.LEVEL2), tr_noop("with a Level 2 charger")),
    (Change(ChangeKind.NO_CHARGER), tr_noop("without home charging")),
    (Change(ChangeKind.YEARS, 5), tr_noop("keep 5 years")),
    (Change(ChangeKind.YEARS, 10), tr_noop("keep 10 years")),
    (Change(ChangeKind.CASH), tr_noop("pay cash")),
    (Change(ChangeKind.LOAN), tr_noop("take a loan")),
)


def variant_words(change: Change) -> str:
    """'with a Level 2 charger', 'keep 8 years', ...: the change as a shopper says it."""
    if change.kind == ChangeKind.YEARS:
        return trn("keep {n} year", "keep {n} years", change.years).format(n=change.years)
    return tr(next(words for c, words in VARIANT_WORDS if c.kind == change.kind))


def variant_name(profile_name: str, change: Change) -> str:
    """The name of a variant scenario: 'Minnesota commuters, without home charging'."""
    return tr("{name}, {change}").format(name=profile_name, change=variant_words(change))


def already_words(profile: Profile, change: Change) -> str:
    """Why a quick change is no change for this profile: '“Minnesota commuters” already has Level 2 (240 V) at home.'"""
    h = effective(profile).household
    if change.kind == ChangeKind.YEARS:
        now = trn("keeps the car {n} year", "keeps the car {n} years", h.years).format(n=h.years)
    elif change.kind in (ChangeKind.LEVEL2, ChangeKind.NO_CHARGER):
        now = tr("has “{how}”").format(how=choice_label("home_charging", h.home_charging))
    else:
        now = tr("pays with “{how}”").format(how=choice_label("financing", h.financing))
    return tr("“{name}” already {now}: choose another change.").format(name=profile.name, now=now)


def _lead(sc: ScenarioComparison, change: Change | None, names: tuple[str, str], display: Display) -> str:
    if change is None:
        return tr("In “{b}” rather than “{a}”").format(a=names[0], b=names[1])
    if change.kind == ChangeKind.YEARS:
        return tr("Kept {b} years instead of {a}").format(a=sc.a.years, b=sc.b.years)
    cost = sc.b.comparison.household.home_charger_cost
    if change.kind == ChangeKind.LEVEL2 and cost > 0:
        return tr("With a Level 2 charger at home (its {cost} installation counted)").format(cost=money(cost, display))
    return {
        ChangeKind.LEVEL2: tr("With a Level 2 charger at home"),
        ChangeKind.NO_CHARGER: tr("Without charging at home"),
        ChangeKind.CASH: tr("Paying cash"),
        ChangeKind.LOAN: tr("With a loan"),
    }[change.kind]


def _change_words(sc: ScenarioComparison, pair: PairedVehicle, display: Display) -> str:
    if not sc.same_years:
        return tr("the {car} costs {b} a month instead of {a}").format(
            car=pair.label, a=money(pair.a_monthly, display), b=money(pair.b_monthly, display)
        )
    difference = pair.difference or 0.0
    if round(difference) == 0:
        return tr("no car's cost changes over {n} years").format(n=sc.a.years)
    return tr("the {car} costs {amount} {direction} over {n} years").format(
        car=pair.label,
        amount=money(abs(difference), display),
        direction=tr("less") if difference < 0 else tr("more"),
        n=sc.a.years,
    )


def _cheapest_words(a: VehicleOutcome | None, b: VehicleOutcome | None) -> str:
    if b is None:
        return tr("no car has a known price, so none is the cheapest")
    if a is not None and a.id == b.id:
        return tr("the cheapest car stays the {car}").format(car=b.label)
    if a is None:
        return tr("the cheapest car is the {car}").format(car=b.label)
    return tr("the cheapest car becomes the {car} (instead of the {was})").format(car=b.label, was=a.label)


def answer(sc: ScenarioComparison, names: tuple[str, str], change: Change | None = None, display: Display = US_DISPLAY) -> str:
    """One paragraph: how the car that changes most changes, and which car is the cheapest in the second scenario."""
    lead = _lead(sc, change, names, display)
    pair = sc.largest_change()
    if not sc.vehicles:
        first = tr("{lead}, no car is in both scenarios").format(lead=lead)
    elif pair is None:
        first = tr("{lead}, no car in both scenarios has a known price to compare").format(lead=lead)
    else:
        first = tr("{lead}, {change}").format(lead=lead, change=_change_words(sc, pair, display))
    out = [tr("{first}; {cheapest}.").format(first=first, cheapest=_cheapest_words(sc.a.cheapest, sc.b.cheapest))]
    unpriced = [p.label for p in sc.vehicles if p.difference is None]
    if unpriced and pair is not None:
        out.append(tr("Without a known price, {cars} cannot be compared.").format(cars=_listed(unpriced)))
    for name, cars in ((names[0], sc.only_in_a), (names[1], sc.only_in_b)):
        if cars:  # the table lists them: more than two are counted here, not named
            shown = _listed([v.label for v in cars]) if len(cars) <= 2 else tr("{n} cars").format(n=len(cars))
            out.append(tr("Only in “{name}”: {cars}.").format(name=name, cars=shown))
    return " ".join(out)


def _listed(labels: list[str]) -> str:
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + tr(" and ") + labels[-1]


def household_rows(sc: ScenarioComparison, display: Display = US_DISPLAY) -> list[list[str]]:
    """[what, scenario A, scenario B] for the household's key figures and each side's cheapest car."""

    def figures(s: Scenario) -> list[str]:
        h = s.comparison.household
        year = s.comparison.year
        return [
            choice_label("home_charging", h.home_charging),
            money(h.home_charger_cost, display) if h.home_charging == "level2" else tr("none"),
            tr("{n} years").format(n=h.years),
            choice_label("financing", h.financing),
            distance(year.annual_miles, display) if year is not None else "—",
            s.cheapest.label if s.cheapest is not None else tr("no car with a known price"),
        ]

    what = [
        tr("Charging at home"),
        tr("Charger installation"),
        tr("Kept"),
        tr("How you pay"),
        tr("Driving a year"),
        tr("Cheapest car"),
    ]
    return [[w, a, b] for w, a, b in zip(what, figures(sc.a), figures(sc.b), strict=True)]


VEHICLE_HEADERS = (
    tr_noop("Vehicle"),
    tr_noop("A total"),
    tr_noop("B total"),
    tr_noop("B − A"),
    tr_noop("A a month"),
    tr_noop("B a month"),
)


def vehicle_headers() -> list[str]:
    return [tr(h) for h in VEHICLE_HEADERS]


def signed_money(value: float | None, display: Display = US_DISPLAY) -> str:
    """'+$2,310', '−$410', 'no change'; '—' when unknown."""
    if value is None:
        return "—"
    if round(value) == 0:
        return tr("no change")
    return ("+" if value > 0 else "−") + money(abs(value), display)


def vehicle_rows(sc: ScenarioComparison, display: Display = US_DISPLAY) -> list[list[str]]:
    """One row per vehicle in both scenarios (see VEHICLE_HEADERS), then the cars in one only ('not in B'); a car
    without a price shows 'no price'."""

    def cost(value: float | None) -> str:
        return tr("no price") if value is None else money(value, display)

    def alone(v: VehicleOutcome, years: int) -> tuple[str, str]:
        return (cost(v.total_cost), cost(v.total_cost / (years * 12))) if v.price is not None else (cost(None), cost(None))

    rows = [
        [p.label, cost(p.a_total), cost(p.b_total), signed_money(p.difference, display), cost(p.a_monthly), cost(p.b_monthly)]
        for p in sc.vehicles
    ]
    for v in sc.only_in_a:
        total, month = alone(v, sc.a.years)
        rows.append([v.label, total, tr("not in B"), "—", month, "—"])
    for v in sc.only_in_b:
        total, month = alone(v, sc.b.years)
        rows.append([v.label, tr("not in A"), total, "—", "—", month])
    return rows
