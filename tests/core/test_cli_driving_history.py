"""`--driving-log FILE` with the histories of other tools, through the real command line (text and --json)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from buyer_app.cli.main import main
from buyer_app.core.driving.logs import MI_PER_KM

DATA = Path(__file__).resolve().parent.parent / "data" / "driving"
MODEL_3 = "48765"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    code, out, err = _run(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


def test_text_output_says_which_format_was_found_and_uses_its_temperatures(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "compare", "--vehicle", MODEL_3, "--driving-log", str(DATA / "teslamate_drives.csv"))
    assert code == 0, err
    assert "driving log teslamate_drives.csv: 5,058 mi a year (TeslaMate drives export: 576 drives" in out
    assert "Climate: temperatures driven in, from the driving log teslamate_drives.csv" in out


def test_json_carries_the_format_and_the_log_climate_unless_a_flag_names_one(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(DATA / "teslamate_drives.csv")
    d = _json(capsys, "compare", "--vehicle", MODEL_3, "--driving-log", path)
    driving = d["driving"]
    assert driving["pattern"]["kind"] == "log" and driving["pattern"]["format"] == "teslamate_drives"
    assert driving["annual_miles"] == pytest.approx(8140.1 * MI_PER_KM, abs=0.1)
    assert driving["climate"]["monthly_f"][2] == pytest.approx(39.2)  # March's drives at 4 C
    assert driving["climate"]["label"] == "temperatures driven in, from the driving log teslamate_drives.csv"
    stated = _json(capsys, "compare", "--vehicle", MODEL_3, "--driving-log", path, "--climate", "MN")
    assert stated["driving"]["climate"]["state"] == "MN"


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("teslamate_grafana_drives.csv", "teslamate_grafana_drives"),
        ("takeout_timeline_objects.json", "takeout_timeline_objects"),
        ("takeout_semantic_segments.json", "takeout_semantic_segments"),
        ("evcc_sessions.csv", "evcc_sessions"),
        ("odometer_readings.csv", "odometer_csv"),
    ],
)
def test_every_format_from_the_command_line(capsys: pytest.CaptureFixture[str], name: str, fmt: str) -> None:
    d = _json(capsys, "compare", "--vehicle", MODEL_3, "--driving-log", str(DATA / name))
    assert d["driving"]["pattern"]["format"] == fmt and d["driving"]["pattern"]["source"] == name
    assert d["driving"]["climate"] is None  # none of these has twelve months of temperatures


def test_a_malformed_history_is_refused_with_its_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "readings.csv"
    bad.write_text((DATA / "odometer_readings.csv").read_text().replace("2025-02-17,41570.0", "2025-02-17,41370.0"))
    code, out, err = _run(capsys, "compare", "--vehicle", MODEL_3, "--driving-log", str(bad))
    assert code == 2 and out == "" and "Traceback" not in err
    assert "line 6" in err and "never goes down" in err
