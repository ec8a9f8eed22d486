"""Checks of command-line values shared by several verbs."""

from __future__ import annotations

import math

from buyer_app.core.errors import FieldProblem
from buyer_app.core.vehicles.schema import UNSUPPORTED, Powertrain


def powertrain_problem(value: str | None, costed_only: bool) -> FieldProblem | None:
    """None if `value` is a powertrain (one the cost model supports, with `costed_only`)."""
    if value is None:
        return None
    allowed = [p.value for p in Powertrain if not (costed_only and p in UNSUPPORTED)]
    if value in allowed:
        return None
    extra = " (fuel-cell and natural-gas vehicles are listed but not costed)" if costed_only else ""
    return FieldProblem("--powertrain", value, "one of " + ", ".join(allowed) + extra)


def finite_at_least(flag: str, value: float | None, minimum: float) -> FieldProblem | None:
    if value is None or (math.isfinite(value) and value >= minimum):
        return None
    return FieldProblem(flag, value, f"a number of at least {minimum:g}")
