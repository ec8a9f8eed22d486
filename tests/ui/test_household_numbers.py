"""The Household tab shows six significant digits (review of issue 17: a Shanghai family's derived electricity price
read 0.6547777778 and its purchase tax 8.849557522 %), while an unedited field keeps its exact value."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from buyer_app.core.household.fields import FIELD_BY_NAME  # noqa: E402
from buyer_app.ui.household_panel import from_text, to_text  # noqa: E402


@pytest.mark.parametrize(
    ("name", "value", "shown"),
    [
        ("electricity_price", 0.6547777777777778, "0.654778"),
        ("sales_tax_rate", 0.08849557522123895, "8.84956"),
        ("electricity_price", 0.1473, "0.1473"),
        ("annual_miles", 15000.0, "15000"),
        ("income", 1234567.891, "1234567.89"),
        ("fuel_escalation", 0.0, "0"),
    ],
)
def test_numbers_read_short_and_parse_back(name: str, value: float, shown: str) -> None:
    spec = FIELD_BY_NAME[name]
    assert to_text(spec, value) == shown
    assert float(from_text(spec, shown)) == pytest.approx(value, rel=1e-5, abs=1e-9)  # type: ignore[arg-type]
