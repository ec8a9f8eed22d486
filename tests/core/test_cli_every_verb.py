"""Every command-line verb, in text and JSON mode, with and without a profile, runs and exits 0; bad input exits
2 with a message naming what is wrong, never a traceback. (The first version's `rank` crashed in text mode on
every call while `rank --json` passed its tests.)

Run in-process through `main()`, the entry point of `buyer-app` and `python -m buyer_app`; the installed wheel
runs the same verbs in a fresh venv (`make check-wheel`, packaging/check_wheel.sh)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from buyer_app.cli.main import main
from buyer_app.core.files.resources import resource_path

TEXAS = str(resource_path("samples", "texas-high-mileage.json"))
IDS = ["--vehicle", "48765", "--vehicle", "48032"]  # 2025 Model 3 Long Range RWD, 2025 Camry Hybrid LE

# (name, argv without --json, whether the verb takes --json)
VERBS: list[tuple[str, list[str], bool]] = [
    ("vehicles search", ["vehicles", "search", "camry", "--year", "2025"], True),
    ("vehicles search, no words", ["vehicles", "search", "--limit", "5"], True),
    ("compare ids", ["compare", *IDS], True),
    ("compare profile", ["compare", "--profile", TEXAS], True),
    ("compare profile + flags", ["compare", "--profile", TEXAS, "--years", "5", "--state", "CO"], True),
    ("compare simulate", ["compare", *IDS, "--simulate", "500", "--seed", "1"], True),
    ("rank", ["rank", "--top", "5"], True),
    ("rank profile", ["rank", "--profile", TEXAS, "--top", "5"], True),
    ("rank filters", ["rank", "--powertrain", "bev", "--max-price", "45000", "--top", "3"], True),
    ("rank nothing matches", ["rank", "--search", "no such car anywhere"], True),
    ("rank simulate", ["rank", "--top", "3", "--simulate", "300", "--seed", "2"], True),
    ("db info", ["db", "info"], True),
    ("prices", ["prices"], True),
    ("prices show", ["prices", "show"], True),
    ("prices export", ["prices", "export"], False),
    ("fields", ["fields"], True),
    ("incentives", ["incentives", "--state", "CO"], True),
    ("incentives utilities", ["incentives", "--state", "CO", "--utilities", "--date", "2025-06-01"], True),
    ("region", ["region", "--state", "TX"], True),
    ("region US", ["region", "--state", "US"], True),
]


@pytest.mark.parametrize("json_mode", [False, True], ids=["text", "json"])
@pytest.mark.parametrize(("name", "argv", "has_json"), VERBS, ids=[v[0] for v in VERBS])
def test_every_verb_runs(name: str, argv: list[str], has_json: bool, json_mode: bool, capsys: pytest.CaptureFixture[str]) -> None:
    if json_mode and not has_json:
        pytest.skip(f"{name} has no JSON mode")
    code = main(argv + (["--json"] if json_mode else []))
    out, err = capsys.readouterr()
    assert code == 0, err
    assert out.strip(), f"{name} printed nothing"
    if json_mode:
        json.loads(out)  # the whole output is one JSON document
    assert "Traceback" not in out + err


def test_compare_writes_csv_and_saves_a_profile(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv_path, saved = tmp_path / "out.csv", tmp_path / "saved.json"
    assert main(["compare", "--profile", TEXAS, "--csv", str(csv_path), "--save-profile", str(saved)]) == 0
    capsys.readouterr()
    assert csv_path.read_text(encoding="utf-8-sig").startswith("vehicle")
    assert json.loads(saved.read_text())["driving"]["kind"] == "weekly"


# (name, argv, a word the message must hold)
REFUSED: list[tuple[str, list[str], str]] = [
    ("unknown vehicle", ["compare", "--vehicle", "999999999"], "999999999"),
    ("vehicle id not a number", ["compare", "--vehicle", "abc"], "abc"),
    ("no vehicle", ["compare"], "vehicle"),
    ("missing profile", ["compare", "--profile", "/no/such/profile.json"], "profile.json"),
    ("bad years", ["compare", *IDS, "--years", "0"], "years"),
    ("bad state", ["compare", *IDS, "--state", "ZZ"], "ZZ"),
    ("bad simulate", ["compare", *IDS, "--simulate", "0"], "simulate"),
    ("rank bad top", ["rank", "--top", "0"], "--top"),
    ("rank bad powertrain", ["rank", "--powertrain", "steam"], "steam"),
    ("rank negative price", ["rank", "--max-price", "-5"], "--max-price"),
    ("search bad powertrain", ["vehicles", "search", "x", "--powertrain", "steam"], "steam"),
    ("region bad state", ["region", "--state", "ZZ"], "ZZ"),
    ("incentives bad date", ["incentives", "--state", "CO", "--date", "2025-13-45"], "2025-13-45"),
    ("db import missing file", ["db", "import", "/no/such/vehicles.csv.zip"], "vehicles.csv.zip"),
    ("prices import missing file", ["prices", "import", "/no/such/prices.csv"], "prices.csv"),
    ("unknown verb", ["fly"], "fly"),
    ("unknown flag", ["rank", "--fast"], "--fast"),
]


@pytest.mark.parametrize(("name", "argv", "word"), REFUSED, ids=[r[0] for r in REFUSED])
def test_bad_input_exits_2_with_a_message(name: str, argv: list[str], word: str, capsys: pytest.CaptureFixture[str]) -> None:
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse's own refusals
        code = exc.code  # type: ignore[assignment]
    out, err = capsys.readouterr()
    assert code == 2, (out, err)
    assert word in err and "Traceback" not in err
    assert out == ""


def test_a_profile_that_is_not_a_profile_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": 4, "household": {"years": "many"}}')
    assert main(["compare", "--profile", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "years" in err and "many" in err and "Traceback" not in err
    assert bad.read_text() == '{"schema_version": 4, "household": {"years": "many"}}'
