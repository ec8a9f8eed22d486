"""Fuzzing the command line's flags and the profile JSON: every case ends in a result without NaN (exit 0) or in
a refusal naming the field (exit 2), never a traceback. The long run (10,000+ cases) is tools/fuzz_long.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings

from tools.fuzz_long import REAL_IDS, check, check_profile, compare_argv, profile_json

FAST = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
NUMERIC_FLAGS = [
    "--years",
    "--annual-miles",
    "--city-share",
    "--gas-price",
    "--premium-price",
    "--diesel-price",
    "--electricity-price",
    "--income",
    "--household-size",
    "--seed",
    "--simulate",
]
ODD_NUMBERS = ["nan", "NaN", "inf", "-inf", "Infinity", "1e308", "1e999", "-1", "0", str(10**400), "", "1_0", "١٢"]


@pytest.mark.parametrize("flag", NUMERIC_FLAGS)
@pytest.mark.parametrize("value", ODD_NUMBERS)
def test_odd_numbers_in_every_numeric_flag(flag: str, value: str) -> None:
    extra = ["--simulate", "100"] if flag == "--seed" else []
    assert check(["compare", "--vehicle", "48765", "--vehicle", "48032", *extra, f"{flag}={value}", "--json"]) in (
        "ok",
        "refused",
    )


@pytest.mark.parametrize(
    "item",
    [
        "--price 48765=nan",
        "--price 48765=inf",
        f"--price 48765={10**400}",
        "--incentive 48765=nan:x",
        "--incentive 48765=1e308:x",
        "--spread gas_volatility=nan",
        "--spread gas_volatility=inf",
        "--spread price_correlation=-1e308",
        "--week nan,1,1,1,1,1,1",
        "--climate-temps inf,1,1,1,1,1,1,1,1,1,1,1",
        "--trip 7:nan",
        "--set loan_apr=nan",
        "--set years=1e400",
        "--pair 48765,48765",
        "--heat-pump 48765=maybe",
        "--used 99999999",
        "--vehicle abc",
        "--bogus 1",
    ],
)
def test_odd_values_in_compound_flags(item: str) -> None:
    flag, value = item.split(" ", 1)
    extra = ["--simulate", "100"] if flag in ("--spread", "--pair") else []
    assert (
        check(
            [
                "compare",
                "--vehicle",
                "48765",
                "--vehicle",
                "48032",
                "--week",
                "1,1,1,1,1,1,1",
                *extra,
                f"{flag}={value}",
                "--json",
            ]
            if flag == "--trip"
            else ["compare", "--vehicle", "48765", "--vehicle", "48032", *extra, f"{flag}={value}", "--json"]
        )
        == "refused"
    )


@FAST
@given(argv=compare_argv())
@example(argv=["compare", "--vehicle", str(REAL_IDS[0]), "--years", "20", "--annual-miles", "150000", "--json"])
@example(argv=["compare", "--vehicle", str(REAL_IDS[2]), "--electricity-price", "0", "--gas-price", "0", "--json"])
@pytest.mark.slow
def test_compare_flags(argv: list[str]) -> None:
    check(argv)


@FAST
@given(text=profile_json())
@pytest.mark.slow
def test_profile_json(text: str, tmp_path: Path) -> None:
    check_profile(text, tmp_path)
