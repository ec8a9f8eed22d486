"""Two scenarios of one household side by side: two profiles (or a profile and a quick variant of it) compared
vehicle by vehicle. Numbers only; the words are in buyer_app.text.scenarios.

Kept with the profiles rather than in costs/: a scenario is a profile, and profiles already build on costs (costs
importing profiles would be a cycle between core's sub-packages)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from buyer_app.core.costs.compare import Comparison, VehicleOutcome, compare
from buyer_app.core.errors import FieldProblem, InputError
from buyer_app.core.household.fields import validate_value
from buyer_app.core.profiles.schema import Profile
from buyer_app.core.vehicles.database import VehicleDatabase


class ChangeKind(StrEnum):
    """The quick variants of a profile (the codes are the command line's words for them)."""

    LEVEL2 = "level2"  # a Level 2 charger installed at home (its installation cost counted)
    NO_CHARGER = "no-charger"  # no charging at home
    YEARS = "years"  # kept a number of years
    CASH = "cash"  # paid in cash
    LOAN = "loan"  # paid with a loan (the household's loan terms)


@dataclass(frozen=True)
class Change:
    """One quick variant: its kind and, for YEARS, how many years."""

    kind: ChangeKind
    years: int = 0


VARIANT_ALLOWED = "level2, no-charger, years=N (N a whole number of years from 1 to 20), cash or loan"


def parse_change(text: str, field: str = "variant") -> Change:
    """A change from its code ('level2', 'no-charger', 'years=8', 'cash', 'loan'); InputError naming `field`."""
    code = text.strip().lower()
    name, sep, value = code.partition("=")
    if name == ChangeKind.YEARS and sep:
        try:
            years = int(value)
        except ValueError:
            raise InputError([FieldProblem(field, text, VARIANT_ALLOWED)]) from None
        return _checked_years(Change(ChangeKind.YEARS, years), field, text)
    if not sep and code in set(ChangeKind) and code != ChangeKind.YEARS:
        return Change(ChangeKind(code))
    raise InputError([FieldProblem(field, text, VARIANT_ALLOWED)])


def _checked_years(change: Change, field: str, shown: object) -> Change:
    _, problem = validate_value("years", change.years)
    if problem is not None:
        raise InputError([FieldProblem(field, shown, f"years=N with N {problem.allowed}")])
    return change


def effective(profile: Profile) -> Profile:
    """The profile with its what-ifs folded into the household (what the window shows and computes)."""
    if not profile.what_if:
        return profile
    return replace(profile, household=profile.household.with_values(dict(profile.what_if)), what_if={})


def variant(profile: Profile, change: Change | str, field_name: str = "variant") -> Profile:
    """`profile` (its what-ifs applied) with one change; InputError when the change is no change for this household
    (a Level 2 charger it already has, the years it already keeps, ...), naming the field and what it is now."""
    if isinstance(change, str):
        change = parse_change(change, field_name)
    base = effective(profile)
    h = base.household
    values: dict[str, object]
    if change.kind == ChangeKind.LEVEL2:
        field, values = "home_charging", {"home_charging": "level2"}
    elif change.kind == ChangeKind.NO_CHARGER:
        field, values = "home_charging", {"home_charging": "none"}
    elif change.kind == ChangeKind.YEARS:
        _checked_years(change, field_name, f"years={change.years}")
        field, values = "years", {"years": change.years}
    elif change.kind == ChangeKind.CASH:
        field, values = "financing", {"financing": "cash"}
    else:
        field, values = "financing", {"financing": "loan"}
    now = getattr(h, field)
    if now == values[field]:
        raise InputError(
            [FieldProblem(field_name, str(change.kind), f"a change to this household: its {field} is already {now!r}")],
            f"profile {profile.name!r}",
        )
    return replace(base, household=h.with_values(values))


@dataclass(frozen=True)
class Scenario:
    """One side: the profile as computed, its comparison and its cheapest car with a known price (None if none)."""

    profile: Profile
    comparison: Comparison
    cheapest: VehicleOutcome | None

    @property
    def years(self) -> int:
        return self.comparison.household.years


@dataclass(frozen=True)
class PairedVehicle:
    """A vehicle in both scenarios. Totals and per-month costs are None where its price is not known (a cost
    without the price is no cost to show); `difference` is b - a, None unless both are priced."""

    id: int
    label: str
    a: VehicleOutcome
    b: VehicleOutcome
    a_total: float | None
    b_total: float | None
    a_monthly: float | None
    b_monthly: float | None
    difference: float | None


@dataclass(frozen=True)
class ScenarioComparison:
    a: Scenario
    b: Scenario
    vehicles: tuple[PairedVehicle, ...]
    only_in_a: tuple[VehicleOutcome, ...]
    only_in_b: tuple[VehicleOutcome, ...]

    @property
    def same_years(self) -> bool:
        return self.a.years == self.b.years

    def largest_change(self) -> PairedVehicle | None:
        """The priced vehicle whose cost changes most between the scenarios (per month when the years differ)."""
        priced = [p for p in self.vehicles if p.difference is not None]
        if not priced:
            return None

        def size(p: PairedVehicle) -> float:
            if self.same_years:
                return abs(p.difference or 0.0)
            return abs((p.b_monthly or 0.0) - (p.a_monthly or 0.0))

        return max(priced, key=size)


def _priced(v: VehicleOutcome) -> bool:
    return v.price is not None


def cheapest(comparison: Comparison) -> VehicleOutcome | None:
    priced = [v for v in comparison.vehicles if _priced(v)]
    return min(priced, key=lambda v: v.total_cost) if priced else None


def run_scenario(db: VehicleDatabase, profile: Profile) -> Scenario:
    """Compute one scenario; InputError (context: the profile's name) when it has no vehicles or bad ones."""
    p = effective(profile)
    if not p.vehicles:
        raise InputError([FieldProblem("vehicles", "none", "at least one vehicle in each scenario")], f"profile {p.name!r}")
    try:
        comparison = compare(db, p.household, list(p.vehicles), p.driving, p.climate)
    except InputError as exc:
        raise InputError(exc.problems, exc.context or f"profile {p.name!r}") from exc
    return Scenario(p, comparison, cheapest(comparison))


def _monthly(v: VehicleOutcome, years: int) -> float | None:
    return v.total_cost / (years * 12) if _priced(v) else None


def compare_scenarios(db: VehicleDatabase, a: Profile, b: Profile) -> ScenarioComparison:
    """Both scenarios computed, their common vehicles paired by id (in a's order) and the others listed apart."""
    sa, sb = run_scenario(db, a), run_scenario(db, b)
    in_b = {v.id: v for v in sb.comparison.vehicles}
    in_a = {v.id for v in sa.comparison.vehicles}
    pairs = []
    for va in sa.comparison.vehicles:
        vb = in_b.get(va.id)
        if vb is None:
            continue
        a_total = va.total_cost if _priced(va) else None
        b_total = vb.total_cost if _priced(vb) else None
        pairs.append(
            PairedVehicle(
                id=va.id,
                label=va.label,
                a=va,
                b=vb,
                a_total=a_total,
                b_total=b_total,
                a_monthly=_monthly(va, sa.years),
                b_monthly=_monthly(vb, sb.years),
                difference=None if a_total is None or b_total is None else b_total - a_total,
            )
        )
    return ScenarioComparison(
        a=sa,
        b=sb,
        vehicles=tuple(pairs),
        only_in_a=tuple(v for v in sa.comparison.vehicles if v.id not in in_b),
        only_in_b=tuple(v for v in sb.comparison.vehicles if v.id not in in_a),
    )


# the household fields each scenario is summed up by (the JSON's "household" and the table's first rows)
KEY_FIGURES = ("state", "years", "home_charging", "home_charger_cost", "financing", "gas_price", "electricity_price")
