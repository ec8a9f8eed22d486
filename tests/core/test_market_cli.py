"""The China market on the command line (issue 17's first "done when"), in text and JSON, run through main()."""

from __future__ import annotations

import json
from typing import Any

import pytest

from buyer_app.cli.main import main
from buyer_app.core.markets.databases import market_database


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def refused(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 2 and out == "" and "Traceback" not in err, (out, err)
    return err


def ids(*words: str) -> list[str]:
    frame = market_database("cn").frame
    out = []
    for w in words:
        rows = frame[(frame["make"] + " " + frame["model"]).str.contains(w, regex=False)]
        assert len(rows), w
        out.append(str(int(rows.iloc[0]["id"])))
    return out


def test_search_xiaomi_lists_the_su7_and_yu7_trims_in_yuan_with_cltc_ranges(capsys: pytest.CaptureFixture[str]) -> None:
    text = run(capsys, "vehicles", "search", "xiaomi", "--market", "cn", "--limit", "0")
    for trim in ("SU7 Standard", "SU7 Pro", "SU7 Max", "YU7 Standard", "YU7 Pro", "YU7 Max"):
        assert trim in text
    assert "¥253,500" in text and "835 km (CLTC)" in text  # YU7 Standard: guide price 2025-06-26, CLTC 835 km
    rows: list[dict[str, Any]] = json.loads(run(capsys, "vehicles", "search", "xiaomi", "--market", "cn", "--json"))
    yu7 = next(r for r in rows if r["model"].startswith("YU7 Standard"))
    assert yu7["price_cny"] == 253_500 and yu7["cycle"] == "CLTC" and yu7["cycle_range_km"] == 835
    assert yu7["real_world_range_km"] == pytest.approx(835 * 0.85, rel=0.01)
    assert all(r["make"] == "Xiaomi" for r in rows) and len(rows) >= 9  # SU7 1st gen, new generation, YU7


def test_compare_in_china_gives_yuan_purchase_tax_and_the_plate_rule(capsys: pytest.CaptureFixture[str]) -> None:
    yu7, camry = ids("YU7 Standard", "Camry")
    argv = ["compare", "--market", "cn", "--city", "CN-SH", "--vehicle", yu7, "--vehicle", camry, "--purchase-date", "2026-06-01"]
    text = run(capsys, *argv)
    assert "¥" in text and "$" not in text
    assert "purchase tax" in text and "km" in text and "/L" in text
    assert "Licence plate in Shanghai" in text and "auction" in text
    out = json.loads(run(capsys, *argv, "--json"))
    assert out["market"]["code"] == "cn" and out["market"]["currency"] == "CNY" and out["market"]["units"] == "metric"
    figures = {f["id"]: f for f in out["market_figures"]}
    first = figures[int(yu7)]
    assert first["price_cny"] == 253_500 and first["total_cost_cny"] > 0 and first["range_km"] > 600
    assert out["plate"]["region"] == "CN-SH" and out["plate"]["rule"]
    by_id = {v["id"]: v for v in out["vehicles"]}
    years = by_id[int(yu7)]["years"]
    assert years[0]["costs"]["purchase"] == pytest.approx(253_500 * (1 + 0.1 / 1.13), abs=0.01)
    assert years[0]["costs"]["incentives"] == pytest.approx(-253_500 * 0.05 / 1.13, abs=0.01)  # NEV halving 2026-27
    assert all(y["costs"]["insurance"] > 0 and y["costs"]["energy"] > 0 for y in years)
    assert years[-1]["costs"]["resale"] < 0
    assert {a["unit"] for a in out["assumptions"] if a["field"] == "gas_price"} == {"CNY/gal"}


def test_market_flags_are_checked(capsys: pytest.CaptureFixture[str]) -> None:
    assert "--market: 'xx' is not allowed (one of us, cn)" in refused(capsys, "vehicles", "search", "x", "--market", "xx")
    err = refused(capsys, "compare", "--market", "cn", "--city", "CO", "--vehicle", "9000001")
    assert "--city" in err and "market cn" in err
    err = refused(capsys, "compare", "--city", "CN-SH", "--state", "CO", "--vehicle", "48765")
    assert "either --city or --state" in err
    (yu7,) = ids("YU7 Standard")
    assert "¥" in run(capsys, "compare", "--city", "CN-BJ", "--vehicle", yu7)  # a city names its market
