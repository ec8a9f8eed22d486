"""The `tariffs` verb and compare's rate-plan flags, run the way a user does (buyer_app.cli.main.main)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from buyer_app.cli.main import main
from buyer_app.core.tariffs.shipped import shipped_tariff

BOLT = 43955
LADWP_OFF, LADWP_MID = 0.03798 + 0.10499, 0.05464 + 0.10499


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    return json.loads(_run(capsys, *argv, "--json"))


def test_list_names_each_shipped_plan_with_its_utility_and_date_in_text_and_json(capsys):
    text = _run(capsys, "tariffs", "list")
    assert "ladwp-a-3-2025" in text and "Los Angeles Department of Water & Power" in text and "2025-01-01" in text
    assert "CC BY 4.0" in text
    rows = _json(capsys, "tariffs", "list")
    assert {r["id"] for r in rows} == {
        "jackson-emc-a-2017",
        "ladwp-a-3-2025",
        "coned-sc-9-2025",
        "xcel-co-re-tou-2022",
        "xcel-co-r-opt-out-2022",
    }
    ladwp = next(r for r in rows if r["id"] == "ladwp-a-3-2025")
    assert ladwp["eiaid"] == 11208 and ladwp["time_of_use"] is True and ladwp["uri"].endswith("67c1f1c74737dd843e060fe8")


def test_show_prints_periods_peaks_by_season_and_what_is_ignored(capsys, tmp_path: Path):
    text = _run(capsys, "tariffs", "show", "ladwp-a-3-2025")
    assert "period 0: $0.1430" in text and "Jun-Sep: weekday peak 13:00-17:00 at $0.165/kWh" in text
    assert "demand charges ($/kW) are ignored" in text
    shown = _json(capsys, "tariffs", "show", "ladwp-a-3-2025")
    assert shown["periods"][0] == [{"usd_per_kwh": pytest.approx(LADWP_OFF), "max_kwh": None}]
    assert shown["peak_hours"]["summer"] == [13, 17] and "demand_charges" in shown["ignored"]
    assert len(shown["weekday_schedule"]) == 12 and len(shown["weekday_schedule"][0]) == 24
    # a rate file as URDB publishes it (the bare object) reads the same as the shipped one
    path = tmp_path / "rate.json"
    path.write_text(json.dumps(shipped_tariff("jackson-emc-a-2017").raw["items"][0]))  # type: ignore[index]
    tiers = _json(capsys, "tariffs", "show", str(path))["periods"][1]
    assert [t["max_kwh"] for t in tiers] == [650.0, 1000.0, None]


def test_a_malformed_file_is_refused_with_its_key_path(capsys, tmp_path: Path):
    rate = shipped_tariff("ladwp-a-3-2025").raw["items"][0]
    bad = json.loads(json.dumps(rate))
    bad["energyweekendschedule"][2][5] = 7
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"items": [bad]}))
    assert main(["tariffs", "show", str(path)]) == 2
    err = capsys.readouterr().err
    assert "energyweekendschedule[2][5]: 7 is not allowed" in err and "from 0 to 5" in err
    assert main(["tariffs", "show", "no-such-plan"]) == 2
    assert "ladwp-a-3-2025" in capsys.readouterr().err


def test_compare_two_plans_side_by_side_and_the_off_peak_start_costs_less(capsys):
    both = _json(capsys, "tariffs", "compare", "ladwp-a-3-2025", "jackson-emc-a-2017", "--vehicle", str(BOLT), "--state", "CA")
    assert [p["tariff"]["id"] for p in both["plans"]] == ["ladwp-a-3-2025", "jackson-emc-a-2017"]
    first, second = (p["vehicles"][0] for p in both["plans"])
    assert first["id"] == BOLT and first["kwh"] == second["kwh"] and both["same_energy"]
    assert both["difference_cost_usd"][0] == pytest.approx(second["cost_usd"] - first["cost_usd"], abs=0.011)
    assert sum(h["kwh"] for h in first["by_hour"]) == pytest.approx(first["kwh"], rel=0.02)
    assert both["plans"][0]["household_bill_usd"] > 12 * 75  # the fixed charge counts when choosing between plans
    text = _run(capsys, "tariffs", "compare", "ladwp-a-3-2025", "jackson-emc-a-2017", "--vehicle", str(BOLT), "--state", "CA")
    assert "An average night in summer (Jun-Aug):" in text and "18:00" in text
    evening = _json(capsys, "compare", "--vehicle", str(BOLT), "--state", "CA", "--tariff", "ladwp-a-3-2025")
    night = _json(capsys, "compare", "--vehicle", str(BOLT), "--state", "CA", "--tariff", "ladwp-a-3-2025", "--charge-start", "0")
    a, b = evening["home_tariff"]["vehicles"][0], night["home_tariff"]["vehicles"][0]
    assert evening["home_tariff"]["charge_start_hour"] == 18 and night["home_tariff"]["charge_start_hour"] == 0
    assert a["kwh"] == pytest.approx(b["kwh"]) and b["cost_usd"] < a["cost_usd"]
    assert [h["hour"] for h in b["by_hour"] if h["kwh"] > 0][0] == 0 and b["by_hour"][18]["kwh"] == 0
    assert "home_tariff" not in _json(capsys, "compare", "--vehicle", str(BOLT), "--state", "CA")


def test_charge_start_without_a_plan_is_refused_naming_the_flag(capsys):
    assert main(["compare", "--vehicle", str(BOLT), "--charge-start", "0"]) == 2
    assert "--charge-start" in capsys.readouterr().err
    assert main(["compare", "--vehicle", str(BOLT), "--tariff", "ladwp-a-3-2025", "--charge-start", "24"]) == 2
    assert "0 (midnight) to 23" in capsys.readouterr().err


def test_a_saved_profile_keeps_the_plan_and_no_tariff_drops_it(capsys, tmp_path: Path):
    saved = tmp_path / "p.json"
    argv = ["compare", "--vehicle", str(BOLT), "--state", "CA", "--tariff", "ladwp-a-3-2025", "--charge-start", "1"]
    _run(capsys, *argv, "--save-profile", str(saved))
    data = json.loads(saved.read_text())
    assert data["tariff"] == {"id": "ladwp-a-3-2025", "charge_start_hour": 1, "household_kwh_month": 893.0}
    again = _json(capsys, "compare", "--profile", str(saved))
    assert again["home_tariff"]["charge_start_hour"] == 1
    assert "home_tariff" not in _json(capsys, "compare", "--profile", str(saved), "--no-tariff")


def test_a_household_outside_the_us_gets_no_us_plan(capsys):
    assert main(["compare", "--profile", "resources/samples/shanghai-family.json", "--tariff", "ladwp-a-3-2025"]) == 2
    assert "--tariff" in capsys.readouterr().err


def test_a_transcribed_plan_shows_its_own_source_and_licence_not_the_urdbs(capsys):
    text = _run(capsys, "tariffs", "show", "xcel-co-re-tou-2022")
    assert "westword.com" in text and "Data: Not a URDB record" in text and "CC BY 4.0" not in text
    assert (
        "Jun-Sep: weekday peak 15:00-19:00 at $0.279/kWh, lowest $0.099/kWh" in text
        and "Oct-May: weekday peak 15:00-19:00 at $0.173/kWh" in text
    )
    shown = _json(capsys, "tariffs", "show", "xcel-co-re-tou-2022")
    assert shown["licence"].startswith("Not a URDB record") and shown["time_of_use"] is True


def test_compare_says_which_way_the_difference_goes(capsys):
    """Review of issue 18: "Charging on B instead of A: -$80 a year" left the sign to guess."""
    args = [
        "tariffs",
        "compare",
        "xcel-co-re-tou-2022",
        "xcel-co-r-opt-out-2022",
        "--profile",
        "resources/samples/colorado-family.json",
    ]
    evening = _run(capsys, *args)
    assert "Charging on xcel-co-r-opt-out-2022 instead of xcel-co-re-tou-2022 saves $80 a year" in evening
    midnight = _run(capsys, *args, "--charge-start", "0")
    assert "Charging on xcel-co-r-opt-out-2022 instead of xcel-co-re-tou-2022 costs $126 more a year" in midnight
