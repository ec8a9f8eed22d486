"""The charging calendar on the command line: --plug and its companions, their errors, and what compare prints."""

from __future__ import annotations

import json
from typing import Any

import pytest

from buyer_app.cli.main import main
from buyer_app.core.files.resources import resource_path

BOLT = 43955
BASE = ["compare", "--state", "GA", "--vehicle", str(BOLT), "--used", str(BOLT), "--price", f"{BOLT}=17500"]
DRIVING = ["--weekday-miles", "27", "--weekend-miles", "19", "--purchase-date", "2026-12-01"]


def _compare(capsys: pytest.CaptureFixture[str], *extra: str) -> Any:
    code = main([*BASE, *DRIVING, *extra, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def _refused(capsys: pytest.CaptureFixture[str], *extra: str) -> str:
    code = main([*BASE, *DRIVING, *extra])
    out, err = capsys.readouterr()
    assert code == 2 and out == "" and "Traceback" not in err, (out, err)
    return err


def test_weekends_at_a_relatives_on_the_command_line(capsys):
    home = _compare(capsys)
    weekends = _compare(
        capsys, "--plug", "weekdays=none", "--plug", "sat=relative-l1,Sunday=relative-l1", "--relative-hours", "12"
    )
    calendar = weekends["charging_calendar"]
    assert calendar["given"] is True and home["charging_calendar"]["given"] is False
    assert calendar["nights"] == {
        **{d: "none" for d in ("mon", "tue", "wed", "thu", "fri")},
        "sat": "relative_l1",
        "sun": "relative_l1",
    }
    assert calendar["relative_hours"] == 12 and calendar["relative_price"] is None
    assert calendar["relative_price_used"] == weekends["household"]["electricity_price"]
    assert "relative pays about the household's own residential electricity price" in calendar["relative_price_source"]
    assert calendar["description"].startswith("Mon-Fri: No plug; Sat, Sun: Relative's Level 1")
    was, now = home["vehicles"][0]["charging"], weekends["vehicles"][0]["charging"]
    assert was["share_days_home_only"] == 1.0 > now["share_days_home_only"]
    assert was["public_charging_cost_year_usd"] == 0 < now["public_charging_cost_year_usd"]
    assert now["public_charging_cost_year_usd"] == now["energy_cost_by_source"]["public"]
    assert now["energy_cost_by_source"]["relative"] == pytest.approx(
        now["kwh_by_source"]["relative"] * calendar["relative_price_used"], abs=0.1
    )
    free = _compare(capsys, "--plug", "weekdays=none,weekend=relative-l1", "--relative-hours", "12", "--relative-price", "free")
    assert free["vehicles"][0]["charging"]["energy_cost_by_source"]["relative"] == 0
    assert free["vehicles"][0]["total_cost"] < weekends["vehicles"][0]["total_cost"]


def test_compare_text_shows_the_public_charging_cost_a_year(capsys):
    code = main([*BASE, *DRIVING, "--plug", "weekdays=none,weekend=relative-l1", "--relative-hours", "12"])
    out, _ = capsys.readouterr()
    assert code == 0
    assert "Charging: Mon-Fri: No plug; Sat, Sun: Relative's Level 1" in out
    header = next(line for line in out.splitlines() if line.startswith("vehicle") and "public $/yr" in line)
    row = next(line for line in out.splitlines() if line.startswith("2022 Chevrolet Bolt EV") and "%" in line)
    column = header.index("public $/yr")
    assert row[column : column + len("public $/yr")].strip().startswith("$")
    assert "Public charging costs about $" in out


def test_a_profiles_calendar_is_used_changed_by_flags_or_dropped(capsys):
    sample = str(resource_path("samples") / "georgia-used-car-buyer.json")
    given = _compare(capsys, "--profile", sample)
    assert given["charging_calendar"]["nights"]["sat"] == "relative_l1"
    moved = _compare(capsys, "--profile", sample, "--plug", "fri=relative-l1")
    assert moved["charging_calendar"]["nights"]["fri"] == "relative_l1" and moved["charging_calendar"]["relative_hours"] == 12
    dropped = _compare(capsys, "--profile", sample, "--no-calendar")
    assert dropped["charging_calendar"]["given"] is False
    assert (
        moved["vehicles"][0]["charging"]["public_charging_cost_year_usd"]
        < given["vehicles"][0]["charging"]["public_charging_cost_year_usd"]
    )


@pytest.mark.parametrize(
    ("flags", "named", "allowed"),
    [
        (["--plug", "funday=home-l2"], "--plug: 'funday=home-l2'", "DAY one of mon, tue"),
        (["--plug", "sat=garage"], "--plug: 'sat=garage'", "PLUG home-l2, home-l1, relative-l2, relative-l1, none"),
        (["--plug", "sat"], "--plug: 'sat'", "DAY=PLUG"),
        (["--visits", "12:home-l2"], "--visits: '12:home-l2'", "relative-l2, relative-l1, none"),
        (["--visits", "99"], "--visits: 99", "a whole number from 0 to 52"),
        (["--relative-price", "cheap"], "--relative-price: 'cheap'", "from 0 to 2 USD/kWh"),
        (["--relative-hours", "30"], "--relative-hours: 30.0", "from 1 to 24 hours"),
        (["--work-days", "mon,xyz"], "--work-days: 'mon,xyz'", "days separated by commas"),
        (["--no-calendar", "--plug", "sat=none"], "--no-calendar", "either --no-calendar or calendar flags"),
    ],
)
def test_bad_calendar_flags_are_refused_by_name(capsys, flags, named, allowed):
    err = _refused(capsys, *flags)
    assert named in err and allowed in err, err
