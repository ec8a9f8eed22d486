"""Hypothesis strategies for household fields, shared by the property tests."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

DATES = ("", "2025-06-01", "2025-10-01", "2026-12-01")
TEXTS = ("", "co-xcel-energy", "not a utility")


def field_strategy(spec: Any, subnormal: bool | None = None) -> st.SearchStrategy[Any]:
    """Any allowed value of one household field."""
    if spec.name == "state":  # amounts are in US dollars here: a market pack's region takes its own currency's
        from buyer_app.core.household.fields import US_STATE_CHOICES

        return st.sampled_from(US_STATE_CHOICES)
    if spec.choices:
        return st.sampled_from(spec.choices)
    if spec.kind == "date":
        return st.sampled_from(DATES)
    if spec.kind == "text":
        return st.sampled_from(TEXTS)
    if spec.integer:
        return st.integers(int(spec.minimum), int(spec.maximum))
    return st.floats(spec.minimum, spec.maximum, allow_nan=False, allow_infinity=False, allow_subnormal=subnormal)
