"""What the household compares: each vehicle with what the user knows better than the database (a quote, an
offer of its own, a lease, its insurance, whether it has a heat pump, whether it is bought used)."""

from __future__ import annotations

from dataclasses import dataclass

MAX_VEHICLES = 8


@dataclass(frozen=True)
class Incentive:
    """A one-time incentive of the user's own for one vehicle (a dealer, employer or local offer), USD."""

    name: str
    amount: float


@dataclass(frozen=True)
class LeaseTerms:
    """A lease offer for one vehicle."""

    due_at_signing: float
    monthly: float
    term_months: int


@dataclass(frozen=True)
class VehicleChoice:
    """One compared vehicle: its EPA id and what the user knows better than the database."""

    id: int
    price: float | None = None  # a dealer quote; None: the curated base MSRP
    incentives: tuple[Incentive, ...] = ()
    insurance_annual: float | None = None
    lease: LeaseTerms | None = None
    heat_pump: bool | None = None  # None: not known (the fleet-average winter loss applies)
    used: bool = False  # bought used (incentives for used vehicles; the price should then be a quote)
