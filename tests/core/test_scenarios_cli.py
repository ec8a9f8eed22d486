"""`buyer-app scenarios`: the JSON contract, the text, and the refusals of bad flags (in-process through main())."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from buyer_app.cli.main import main

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
MINNESOTA = str(SAMPLES / "minnesota-commuters.json")
COLORADO = str(SAMPLES / "colorado-family.json")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(["scenarios", *argv])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def refused(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(["scenarios", *argv])
    out, err = capsys.readouterr()
    assert code == 2, (out, err)
    assert out == "" and "Traceback" not in err
    return err


def test_json_contract_for_a_variant(capsys: pytest.CaptureFixture[str]) -> None:
    data: dict[str, Any] = json.loads(run(capsys, "--profile", MINNESOTA, "--variant", "no-charger", "--json"))
    assert set(data) == {"scenarios", "vehicles", "only_in_a", "only_in_b", "answer"}
    a, b = data["scenarios"]
    assert a["name"] == "Minnesota commuters" and b["name"] == "Minnesota commuters, without home charging"
    assert set(a) == {"name", "household", "cheapest"}
    assert a["household"]["home_charging"] == "level2" and b["household"]["home_charging"] == "none"
    assert a["household"]["years"] == b["household"]["years"] == 10
    assert a["household"]["annual_miles"] == b["household"]["annual_miles"] > 10_000
    assert a["cheapest"] == {"id": 48937, "label": "2025 Toyota RAV4 Hybrid AWD", "total": a["cheapest"]["total"]}
    assert [v["id"] for v in data["vehicles"]] == [48770, 48695, 48937, 49160]
    for v in data["vehicles"]:
        assert {"id", "label", "a_total", "b_total", "difference"} <= set(v)
        assert v["difference"] == pytest.approx(v["b_total"] - v["a_total"], abs=0.02)
        assert v["a_monthly"] == pytest.approx(v["a_total"] / 120, abs=0.01)
    assert data["only_in_a"] == data["only_in_b"] == []
    equinox = data["vehicles"][1]["difference"]
    assert data["answer"].startswith(
        f"Without charging at home, the 2025 Chevrolet Equinox EV AWD (11 kW Charger) costs ${equinox:,.0f}"
    )


def test_json_for_two_profiles_lists_the_cars_apart(capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(run(capsys, "--profile", MINNESOTA, "--profile", COLORADO, "--json"))
    assert [s["name"] for s in data["scenarios"]] == ["Minnesota commuters", "Colorado family"]
    assert data["vehicles"] == []
    assert len(data["only_in_a"]) == 4 and len(data["only_in_b"]) == 3
    assert data["only_in_a"][0] == {"id": 48770, "label": "2025 Tesla Model Y Long Range AWD"}
    assert "no car is in both scenarios" in data["answer"]


def test_the_same_profile_twice_is_named_apart(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    copy = tmp_path / "copy.json"
    copy.write_text(Path(MINNESOTA).read_text())
    data = json.loads(run(capsys, "--profile", MINNESOTA, "--profile", str(copy), "--json"))
    assert data["scenarios"][1]["name"] == "Minnesota commuters (copy.json)"
    assert all(v["difference"] == 0 for v in data["vehicles"])


def test_text_shows_both_tables_and_the_answer(capsys: pytest.CaptureFixture[str]) -> None:
    out = run(capsys, "--profile", MINNESOTA, "--variant", "years=5")
    assert out.startswith("A: Minnesota commuters\nB: Minnesota commuters, keep 5 years\n")
    assert "Kept                  10 years" in out
    assert "2025 Toyota RAV4 Hybrid AWD" in out and "A a month" in out
    assert out.rstrip().splitlines()[-1].startswith("Kept 5 years instead of 10, the ")


def test_metric_text_shows_kilometres(capsys: pytest.CaptureFixture[str]) -> None:
    out = run(capsys, "--profile", MINNESOTA, "--variant", "loan", "--units", "metric")
    assert " km " in out and " mi " not in out


@pytest.mark.parametrize(
    ("argv", "named"),
    [
        (["--profile", MINNESOTA], "--profile: '1 given' is not allowed (two --profile files, or one --profile with --variant)"),
        (["--profile", MINNESOTA, "--profile", COLORADO, "--variant", "cash"], "--profile: '2 given with --variant'"),
        (["--profile", MINNESOTA, "--variant", "solar"], "--variant: 'solar' is not allowed (level2, no-charger, years=N"),
        (["--profile", MINNESOTA, "--variant", "years=30"], "--variant: 'years=30' is not allowed (years=N with N a whole"),
        (
            ["--profile", MINNESOTA, "--variant", "cash"],
            "--variant: 'cash' is not allowed (a change to this household: its financing",
        ),
        (["--profile", "/nonexistent/x.json", "--variant", "cash"], "an existing profile file"),
        (["--profile", MINNESOTA, "--variant", "loan", "--pdf", "/nonexistent/x.pdf"], "--pdf: '/nonexistent/x.pdf'"),
    ],
)
def test_bad_flags_exit_2_naming_the_flag(capsys: pytest.CaptureFixture[str], argv: list[str], named: str) -> None:
    assert named in refused(capsys, *argv)
