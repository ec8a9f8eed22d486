"""Fuzzing the command line and the profile JSON with hypothesis: the long run (at least 10,000 generated cases).

Every case runs `buyer-app compare ... --json` in-process (`buyer_app.cli.main.main`) and must end in one of two
ways: exit code 0 with JSON that holds no NaN or infinity, or exit code 2 with a message naming the field or
flag at fault (argparse's own exit 2 counts). Anything else (a traceback, another exit code, a refusal that
names nothing) is a failure: the long run records every one and goes on, then prints them and exits 1.

Usage: .venv/bin/python tools/fuzz_long.py [--flags N] [--profiles N] [--seed S]
(defaults: 6,000 command lines and 6,000 profiles). tests/reliability/test_fuzz.py runs the same strategies
for a few hundred cases.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import math
import random
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from buyer_app.cli import compare_cmd  # noqa: E402
from buyer_app.cli.main import main  # noqa: E402
from buyer_app.core.costs.choices import Incentive, LeaseTerms, VehicleChoice  # noqa: E402
from buyer_app.core.household.fields import FIELDS, Household  # noqa: E402
from buyer_app.core.profiles.schema import Profile, profile_to_dict  # noqa: E402
from buyer_app.core.uncertainty.draws import SPREADS  # noqa: E402
from buyer_app.core.vehicles.database import VehicleDatabase, load_database  # noqa: E402

REAL_IDS = (48765, 48032, 49160)  # a BEV, a hybrid, a plug-in of the shipped database
BAD_IDS = ("0", "-5", "99999999", "abc", "1e3", "", "48765.0", str(10**40))

# -- values ------------------------------------------------------------------------------------------------------

_SPECIAL_NUMBERS = [
    "nan",
    "NaN",
    "-nan",
    "inf",
    "-inf",
    "Infinity",
    "1e308",
    "-1e308",
    "1e999",
    "-1",
    "0",
    "-0",
    "1e-320",
    "0x10",
    "1_000",
    "",
    " ",
    "١٢",
    "12abc",
    str(10**40),
    str(10**400),
    "-" + str(10**400),
    "3.5",
    "0.5",
    "1",
    "100",
    "15000",
    "9999999999",
]


def number_text() -> st.SearchStrategy[str]:
    """Numbers as a user might type them, and as they should never be typed."""
    return st.one_of(
        st.sampled_from(_SPECIAL_NUMBERS),
        st.floats(allow_nan=True, allow_infinity=True).map(repr),
        st.integers(-(10**12), 10**12).map(str),
        st.integers(min_value=-(10**500), max_value=10**500).map(str),
        st.floats(0, 200_000).map(lambda x: f"{x:.2f}"),
        st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=8),
    )


def _plausible(lo: float, hi: float, integer: bool = False, wild: bool = True) -> st.SearchStrategy[str]:
    """Allowed values, the limits included (so cases get past validation and really compute); `wild`: anything."""
    inside = st.integers(int(lo), int(hi)).map(str) if integer else st.floats(lo, hi).map(lambda x: f"{x:.4g}")
    edges = st.sampled_from([lo, hi]).map(lambda x: str(int(x)) if integer else repr(float(x)))
    return st.one_of(inside, edges, number_text()) if wild else st.one_of(inside, edges)


def vehicle_id() -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from([str(i) for i in REAL_IDS]), st.sampled_from(BAD_IDS), number_text())


def flag_items(ids: list[str], wild: bool = True) -> st.SearchStrategy[list[str]]:
    """One flag and its value(s), as argv items (`wild`: any value, else allowed ones, mostly)."""

    def plausible(lo: float, hi: float, integer: bool = False) -> st.SearchStrategy[str]:
        return _plausible(lo, hi, integer, wild)

    spec_by = {f.name: f for f in FIELDS}

    def field_flag(name: str, flag: str) -> st.SearchStrategy[list[str]]:
        f = spec_by[name]
        if f.choices:
            values = st.one_of(st.sampled_from(f.choices), st.text(max_size=6))
        elif f.kind in ("date", "text"):
            values = st.one_of(
                st.sampled_from(["", "2025-06-01", "2026-01-15", "2014-12-31", "2099-01-01", "tomorrow"]), st.text(max_size=10)
            )
        else:
            assert f.minimum is not None and f.maximum is not None
            values = plausible(f.minimum, f.maximum, f.integer)
        return values.map(lambda v: [flag, v] if not flag.startswith("--set") else ["--set", f"{name}={v}"])

    some_id = st.sampled_from(ids) if ids else vehicle_id()
    if not wild:  # the flags whose values are easy to keep allowed
        return st.one_of(
            *[
                field_flag(n, "--" + n.replace("_", "-"))
                for n in (
                    "years",
                    "annual_miles",
                    "city_share",
                    "gas_price",
                    "premium_price",
                    "diesel_price",
                    "electricity_price",
                    "income",
                    "household_size",
                )
            ],
            st.sampled_from([f for f in FIELDS if not f.choices and f.kind == "number"]).flatmap(
                lambda f: field_flag(f.name, "--set")
            ),
            st.sampled_from([f for f in FIELDS if f.choices]).flatmap(
                lambda f: st.sampled_from(f.choices).map(lambda v, f=f: ["--set", f"{f.name}={v}"])
            ),
            st.tuples(some_id, plausible(1, 200_000)).map(lambda t: ["--price", f"{t[0]}={t[1]}"]),
            st.tuples(some_id, plausible(1, 20_000), st.text(max_size=12)).map(
                lambda t: ["--incentive", f"{t[0]}={t[1]}:{t[2].replace(':', '')}"]
            ),
            some_id.map(lambda i: ["--used", i]),
            st.tuples(plausible(0, 300), plausible(0, 300), plausible(0, 52, True), plausible(0, 700)).map(
                lambda t: ["--weekday-miles", t[0], "--weekend-miles", t[1], "--trips", t[2], "--trip-miles", t[3]]
            ),
            st.lists(plausible(0, 300), min_size=7, max_size=7).map(lambda v: ["--week", ",".join(v)]),
            st.lists(plausible(-60, 120), min_size=12, max_size=12).map(lambda v: ["--climate-temps", ",".join(v)]),
            st.sampled_from(["MN", "CA", "TX", "DC", "HI", "AK", "US"]).map(lambda s: ["--state", s]),
            st.sampled_from(["level2", "level1", "none"]).map(lambda s: ["--home-charging", s]),
            st.sampled_from(["100", "150"]).map(lambda n: ["--simulate", n]),
        )
    simple = [
        field_flag(n, "--" + n.replace("_", "-"))
        for n in (
            "years",
            "annual_miles",
            "city_share",
            "gas_price",
            "premium_price",
            "diesel_price",
            "electricity_price",
            "income",
            "household_size",
            "filing_status",
            "tenure",
            "purchase_date",
            "utility",
        )
    ]
    settable = [field_flag(f.name, "--set") for f in FIELDS]
    return st.one_of(
        *simple,
        st.sampled_from(settable).flatmap(lambda s: s),
        st.tuples(some_id, plausible(1, 200_000)).map(lambda t: ["--price", f"{t[0]}={t[1]}"]),
        st.tuples(some_id, plausible(0, 20_000), st.text(max_size=12)).map(lambda t: ["--incentive", f"{t[0]}={t[1]}:{t[2]}"]),
        some_id.map(lambda i: ["--used", i]),
        st.tuples(some_id, st.sampled_from(["yes", "no", "maybe", ""])).map(lambda t: ["--heat-pump", f"{t[0]}={t[1]}"]),
        st.tuples(plausible(0, 200), plausible(0, 200)).map(lambda t: ["--weekday-miles", t[0], "--weekend-miles", t[1]]),
        st.tuples(plausible(0, 60, True), plausible(0, 800)).map(lambda t: ["--trips", t[0], "--trip-miles", t[1]]),
        st.just(["--trip-same-day"]),
        st.lists(plausible(0, 150), min_size=5, max_size=8).map(lambda v: ["--week", ",".join(v)]),
        st.tuples(plausible(0, 13, True), plausible(0, 900)).map(lambda t: ["--trip", f"{t[0]}:{t[1]}"]),
        st.lists(plausible(-70, 130), min_size=11, max_size=13).map(lambda v: ["--climate-temps", ",".join(v)]),
        st.sampled_from(["MN", "CA", "US", "XX", "mn", ""]).map(lambda s: ["--climate", s]),
        st.sampled_from(["MN", "CA", "TX", "DC", "US", "ZZ", "", "m n"]).map(lambda s: ["--state", s]),
        st.sampled_from(["level2", "level1", "none", "fast"]).map(lambda s: ["--home-charging", s]),
        st.one_of(
            st.sampled_from(["100", "150", "200"]), st.sampled_from(["0", "-1", "99", "200001", str(10**30), "x"]), st.just(None)
        ).map(lambda n: ["--simulate"] if n is None else ["--simulate", n]),
        plausible(0, 2**31, True).map(lambda s: ["--seed", s]),
        st.tuples(st.sampled_from([s.name for s in SPREADS] + ["bogus", ""]), plausible(0, 1)).map(
            lambda t: ["--spread", f"{t[0]}={t[1]}"]
        ),
        st.tuples(some_id, some_id).map(lambda t: ["--pair", f"{t[0]},{t[1]}"]),
        st.sampled_from([["--bogus"], ["--years"], ["--price"], ["-x"], ["--vehicle"], ["extra-positional"]]),
    )


@st.composite
def compare_argv(draw: st.DrawFn, wild: bool | None = None) -> list[str]:
    """A `compare` command line: vehicles, then a few flags, with --json. Half the cases (`wild` False) keep to
    real vehicles and mostly allowed values, limits included, so they compute; the others go anywhere."""
    wild = draw(st.booleans()) if wild is None else wild
    real = st.sampled_from([str(i) for i in REAL_IDS])
    if wild:
        ids = draw(st.lists(st.one_of(real, vehicle_id()), min_size=0, max_size=4))
    else:
        ids = draw(st.lists(real, min_size=1, max_size=3, unique=True))
    argv = ["compare"]
    for vid in ids:
        argv += ["--vehicle", vid]
    for items in draw(st.lists(flag_items(ids, wild), max_size=4)):
        argv += items
    if "--simulate" in argv:  # keep the runs short: a valid count is at most a few hundred draws
        at = argv.index("--simulate")
        if at + 1 < len(argv) and argv[at + 1].isdigit() and 200 < int(argv[at + 1]) <= 200_000:
            argv[at + 1] = "200"
        if at + 1 >= len(argv) or argv[at + 1].startswith("--"):
            argv.insert(at + 1, "100")
    return argv + (["--json"] if draw(st.integers(0, 3)) else [])  # a quarter of the cases check the text output


# -- profiles ----------------------------------------------------------------------------------------------------


def json_value(depth: int = 2) -> st.SearchStrategy[Any]:
    scalars = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(10**6), 10**6),
        st.integers(min_value=10**300),
        st.floats(allow_nan=True, allow_infinity=True),
        st.text(max_size=10),
        st.sampled_from(["NaN", "1e308", "-1", "", "48765", "<b>x</b>", '=HYPERLINK("http://x")']),
    )
    if depth <= 0:
        return scalars
    inner = json_value(depth - 1)
    return st.one_of(scalars, st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4))


def base_profile(rng_choice: int) -> dict[str, Any]:
    """A valid profile to mutate: one of a few shapes (lease, own incentives, patterns, climate, uncertainty)."""
    vehicles = (
        VehicleChoice(48765, price=41000.0, incentives=(Incentive("dealer", 1000.0),)),
        VehicleChoice(48032, price=28400.0, lease=LeaseTerms(2000.0, 350.0, 36), heat_pump=False),
        VehicleChoice(49160, used=True, price=25000.0, insurance_annual=1500.0),
    )
    data = profile_to_dict(
        Profile(
            "Fuzz", Household(years=6, state="MN"), vehicles[: 1 + rng_choice % 3], {"gas_price": 3.5} if rng_choice % 2 else {}
        )
    )
    shapes = [
        {"kind": "annual"},
        {
            "kind": "simple",
            "weekday_mi": 30,
            "weekend_mi": 10,
            "long_trips_per_year": 4,
            "long_trip_one_way_mi": 200,
            "round_trip_same_day": False,
        },
        {
            "kind": "weekly",
            "week_mi": [30, 30, 30, 30, 30, 10, 5],
            "trips": [{"month": 7, "one_way_mi": 240, "round_trip_same_day": False}],
        },
    ]
    data["driving"] = shapes[rng_choice % 3]
    data["climate"] = [None, {"state": "MN"}, {"monthly_f": [20, 25, 35, 47, 59, 69, 73, 71, 62, 49, 35, 22]}][rng_choice % 3]
    return data


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for k, v in enumerate(value):
            out += _paths(v, (*prefix, k))
    return out


@st.composite
def profile_json(draw: st.DrawFn) -> str:
    """A profile near the schema: a valid one with a few random changes (a value replaced, a key removed or
    added, a list grown), written as JSON (NaN and Infinity literals included, as Python writes them)."""
    data = base_profile(draw(st.integers(0, 5)))
    for _ in range(draw(st.integers(0, 3))):
        paths = _paths(data)[1:]
        path = draw(st.sampled_from(paths))
        parent: Any = data
        for key in path[:-1]:
            parent = parent[key]
        action = draw(st.sampled_from(["replace", "replace", "replace", "delete", "add", "grow"]))
        if action == "replace":
            parent[path[-1]] = draw(json_value())
        elif action == "delete" and isinstance(parent, dict):
            del parent[path[-1]]
        elif action == "add" and isinstance(parent, dict):
            parent[draw(st.sampled_from(["extra", "price", "id", "kind", "amount", "name"]))] = draw(json_value(1))
        elif action == "grow" and isinstance(parent[path[-1]], list):
            parent[path[-1]] = parent[path[-1]] * draw(st.integers(2, 12))
    if draw(st.integers(0, 9)) == 0:
        data["schema_version"] = draw(st.sampled_from([1, 2, 3, 5, 0, -1, "4", 4.0, None, 10**30]))
    return json.dumps(data)


# -- the check ---------------------------------------------------------------------------------------------------


class BadEnding(AssertionError):
    """A case that ended neither in a clean result nor in a clean refusal."""


def _no_constant(name: str) -> Any:
    raise BadEnding(f"the JSON holds {name}")


_FIELD_LINE = re.compile(r"^  - \S[^:]*: ", re.M)
_ARGPARSE_NAMED = re.compile(r"error: (argument \S+|unrecognized arguments: \S|the following arguments are required: \S)")
_NAN_WORD = re.compile(r"(?<![\w.])-?(nan|inf|infinity)(?![\w])|\$-?(nan|inf)", re.I)


@cache
def cached_database() -> VehicleDatabase:
    return load_database()


def run_cli(argv: list[str]) -> tuple[int, str, str]:
    """main(argv) in-process with the database loaded once; (exit code, stdout, stderr)."""
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict", write_through=True)  # as a real stdout
    err = io.StringIO()
    original = compare_cmd.load_database
    compare_cmd.load_database = cached_database  # type: ignore[assignment]
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(argv)
            except SystemExit as exit_:  # argparse's usage errors
                code = exit_.code if isinstance(exit_.code, int) else 1
            except BaseException as exc:  # noqa: BLE001 (a traceback is what is being hunted)
                import traceback

                raise BadEnding(
                    f"traceback: {type(exc).__name__}: {exc}\n" + "".join(traceback.format_exception(exc)[-6:])
                ) from None
    finally:
        compare_cmd.load_database = original  # type: ignore[assignment]
    out.seek(0)
    return code, out.buffer.getvalue().decode("utf-8"), err.getvalue()  # type: ignore[attr-defined]


def check(argv: list[str]) -> str:
    """'ok' or 'refused'; raises BadEnding with the reason for anything else."""
    code, out, err = run_cli(argv)
    if "Traceback" in err:
        raise BadEnding("traceback on stderr:\n" + err[-2000:])
    if code == 0 and "--json" not in argv:
        for k, item in enumerate(argv[:-1]):  # the user's own incentive names are echoed as typed
            if item == "--incentive" and argv[k + 1].partition(":")[2].strip():
                out = out.replace(argv[k + 1].partition(":")[2].strip(), "")
        if not out.strip() or _NAN_WORD.search(out):
            raise BadEnding("text output empty or showing nan/inf: " + (_NAN_WORD.search(out) or [""])[0])
        return "ok"
    if code == 0:
        try:
            data = json.loads(out, parse_constant=_no_constant)
        except ValueError as exc:
            raise BadEnding(f"exit 0 without valid JSON: {exc}") from None
        _finite_numbers(data)
        return "ok"
    if code == 2:
        flags = [a.split("=")[0] for a in argv if a.startswith("-")]
        names_field = (
            bool(_FIELD_LINE.search(err))
            or "vehicle id" in err
            or any(f in err for f in flags)
            or bool(_ARGPARSE_NAMED.search(err))
        )
        if not names_field:
            raise BadEnding("exit 2 without naming a field: " + err[-500:])
        return "refused"
    raise BadEnding(f"exit code {code}: {err[-500:]}")


def _finite_numbers(value: Any) -> None:
    if isinstance(value, float) and not math.isfinite(value):
        raise BadEnding(f"a non-finite number: {value}")
    if isinstance(value, dict):
        for v in value.values():
            _finite_numbers(v)
    elif isinstance(value, list):
        for v in value:
            _finite_numbers(v)


def check_profile(text: str, folder: Path) -> str:
    path = folder / "fuzz-profile.json"
    path.write_text(text, encoding="utf-8")
    return check(["compare", "--profile", str(path), "--json"])


# -- the long run ------------------------------------------------------------------------------------------------


def _run(
    name: str,
    strategy: st.SearchStrategy[Any],
    examples: int,
    body: Callable[[Any], str],
    run_seed: int,
    tally: Counter[str],
    failures: list[str],
) -> None:
    started = time.perf_counter()

    @seed(run_seed)
    @settings(max_examples=examples, deadline=None, database=None, derandomize=False, suppress_health_check=list(HealthCheck))
    @given(strategy)
    def case(value: Any) -> None:
        try:
            tally[f"{name} {body(value)}"] += 1
        except BadEnding as exc:
            tally[f"{name} FAILED"] += 1
            if len(failures) < 50:
                failures.append(f"{name}: {value!r}\n    {exc}")
        n = sum(v for k, v in tally.items() if k.startswith(name))
        if n % 1000 == 0:
            print(f"  {name}: {n} cases ({time.perf_counter() - started:.0f} s)", flush=True)

    case()


def main_long(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--flags", type=int, default=6000, help="command lines to generate")
    parser.add_argument("--profiles", type=int, default=6000, help="profiles to generate")
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args(argv)
    run_seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**31)
    tally: Counter[str] = Counter()
    failures: list[str] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="fuzz-long-") as tmp:
        import os

        os.environ["BUYER_APP_DATA_DIR"] = str(Path(tmp) / "data")
        folder = Path(tmp)
        _run("flags", compare_argv(), args.flags, check, run_seed, tally, failures)
        _run("profile", profile_json(), args.profiles, lambda text: check_profile(text, folder), run_seed, tally, failures)
    seconds = time.perf_counter() - started
    total = sum(tally.values())
    print(f"fuzz long run: {total} cases in {seconds:.0f} s (seed {run_seed})")
    for key in sorted(tally):
        print(f"  {key}: {tally[key]}")
    for failure in failures:
        print("FAILURE " + failure)
    bad = sum(v for k, v in tally.items() if k.endswith("FAILED"))
    print(
        "RESULT: "
        + (f"OK, {total} cases, no traceback, no NaN, every refusal names its field" if not bad else f"FAILED: {bad} bad endings")
    )
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main_long())
