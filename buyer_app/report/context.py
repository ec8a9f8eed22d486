"""What the report needs besides the comparison."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from buyer_app.text.units import US_DISPLAY, Display


@dataclass(frozen=True)
class ReportContext:
    """The title, the vehicle data's provenance, the date made and the units to show."""

    title: str
    database: dict[str, Any]
    prices_as_of: str
    generated: date
    display: Display = US_DISPLAY  # the profile's units: distances, fuel and per-distance costs in words
