"""CSV export of a comparison: the numbers add up, formula-looking text stays text, it reads back, it is atomic."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest

from buyer_app.cli.main import main
from buyer_app.core.costs import compare as compare_module
from buyer_app.core.costs.choices import Incentive, VehicleChoice
from buyer_app.core.costs.compare import Comparison, compare
from buyer_app.core.costs.export_csv import COLUMNS, comparison_csv, safe_text, write_csv
from buyer_app.core.costs.model import CATEGORIES
from buyer_app.core.household.fields import Household
from buyer_app.core.profiles.samples import load_sample

MODEL_3, CAMRY, RAV4_PHEV = 48765, 48032, 49160
HYPERLINK = '=HYPERLINK("http://x","y")'


def read_back(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 byte-order mark, for Excel
    assert raw.split(b"\n", 1)[0].endswith(b"\r") and raw.endswith(b"\r\n")  # RFC 4180 line ends
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames or ()) == COLUMNS
        return list(reader)


def sample_comparison(db, key: str = "minnesota-commuters") -> Comparison:
    p = load_sample(key)
    return compare(db, p.household, list(p.vehicles), p.driving, p.climate)


@pytest.mark.parametrize("key", ["minnesota-commuters", "california-renters", "new-york-retirees", "georgia-used-car-buyer"])
def test_rows_add_up_to_each_vehicles_total(db, tmp_path, key):
    c = sample_comparison(db, key)
    path = tmp_path / "costs.csv"
    n = write_csv(c, path)
    rows = read_back(path)
    assert n == len(rows)
    for v in c.vehicles:
        mine = [r for r in rows if r["vehicle_id"] == str(v.id)]
        assert {r["vehicle"] for r in mine} == {v.label}
        yearly = [r for r in mine if r["year"] != "total"]
        totals = {r["category"]: r for r in mine if r["year"] == "total"}
        years = c.household.years
        # every year has every category (incentives may be itemised), in order
        assert sorted({int(r["year"]) for r in yearly}) == list(range(1, years + 1))
        for y in range(1, years + 1):
            assert {r["category"] for r in yearly if r["year"] == str(y)} == set(CATEGORIES)
        amounts = [float(r["amount_usd"]) for r in yearly]
        assert abs(sum(amounts) - v.total_cost) <= 0.005 * len(amounts) + 1e-9
        # the running total: the last row of each year is that year's cumulative cost
        for y in range(years):
            last = [r for r in yearly if r["year"] == str(y + 1)][-1]
            assert float(last["cumulative_usd"]) == pytest.approx(v.cumulative[y], abs=0.006)
        assert float(yearly[-1]["cumulative_usd"]) == pytest.approx(v.total_cost, abs=0.006)
        for category in CATEGORIES:
            assert float(totals[category]["amount_usd"]) == pytest.approx(sum(v.yearly_costs[category]), abs=0.006)
        assert (
            float(totals["total"]["amount_usd"])
            == float(totals["total"]["cumulative_usd"])
            == pytest.approx(v.total_cost, abs=0.006)
        )
        assert sum(float(totals[c]["amount_usd"]) for c in CATEGORIES) == pytest.approx(v.total_cost, abs=0.05)


def test_incentives_are_itemised_by_name_and_formulas_stay_text(db, tmp_path, monkeypatch):
    real_label = compare_module.vehicle_label
    monkeypatch.setattr(compare_module, "vehicle_label", lambda row: HYPERLINK if int(row["id"]) == CAMRY else real_label(row))
    choices = [
        VehicleChoice(
            MODEL_3,
            incentives=(
                Incentive(HYPERLINK, 1000.0),
                Incentive('dealer, "loyalty"\nbonus', 500.0),
                Incentive("@SUM(A1:A9)", 250.0),
            ),
        ),
        VehicleChoice(CAMRY, price=28400.0),
    ]
    c = compare(db, Household(years=3), choices)
    path = tmp_path / "costs.csv"
    write_csv(c, path)
    rows = read_back(path)
    first = [r for r in rows if r["vehicle_id"] == str(MODEL_3) and r["year"] == "1" and r["category"] == "incentives"]
    assert [(r["item"], r["amount_usd"]) for r in first] == [
        ("'" + HYPERLINK, "-1000.00"),
        ('dealer, "loyalty"\nbonus', "-500.00"),
        ("'@SUM(A1:A9)", "-250.00"),
    ]
    camry = [r for r in rows if r["vehicle_id"] == str(CAMRY)]
    assert camry and all(r["vehicle"] == "'" + HYPERLINK for r in camry)
    # no cell of the file starts a formula; negative amounts stay numbers
    for r in rows:
        for key in ("vehicle", "category", "item", "year"):
            assert not r[key].lstrip(" ").startswith(("=", "+", "-", "@", "\t", "\r")), r
        float(r["amount_usd"])
    text = path.read_text(encoding="utf-8-sig")
    assert '"\'=HYPERLINK(""http://x"",""y"")"' in text  # RFC 4180: quoted, quotes doubled
    assert "\n=" not in text and ",=" not in text


def test_safe_text_prefixes_every_formula_start():
    for bad in ("=1+1", "+1", "-1", "@A1", "\tx", "\rx", "  =1+1"):
        assert safe_text(bad) == "'" + bad
    for fine in ("2025 Toyota Camry", "", "dealer offer", "a=b", "'quoted"):
        assert safe_text(fine) == fine


def test_round_trip_is_the_same_table(db):
    c = sample_comparison(db, "colorado-family")
    text = comparison_csv(c)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    assert buffer.getvalue() == text
    assert rows[0] == list(COLUMNS) and len(rows) == 1 + sum(
        (c.household.years * len(CATEGORIES) + len(CATEGORIES) + 1)
        + sum(1 for d in v.incentives if d.applied and d.amount > 0)
        - (1 if any(d.applied and d.amount > 0 for d in v.incentives) else 0)
        for v in c.vehicles
    )


def test_write_is_atomic_and_a_refused_path_changes_nothing(db, tmp_path, monkeypatch):
    c = sample_comparison(db)
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "costs.csv"
    target.write_text("the user's old file", encoding="utf-8")

    def refuse(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as m:
        m.setattr(os, "replace", refuse)
        with pytest.raises(OSError):
            write_csv(c, target)
    assert target.read_text(encoding="utf-8") == "the user's old file"
    assert sorted(p.name for p in folder.iterdir()) == ["costs.csv"]  # no temporary file left behind
    with pytest.raises(OSError):
        write_csv(c, folder)  # a folder
    blocker = folder / "a-file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(OSError):
        write_csv(c, blocker / "costs.csv")
    write_csv(c, target)
    assert read_back(target) and not (folder / "costs.csv.bak").exists()


def test_cli_compare_writes_csv_beside_its_normal_output(capsys, tmp_path):
    out = tmp_path / "costs.csv"
    code = main(
        [
            "compare",
            "--vehicle",
            str(MODEL_3),
            "--vehicle",
            str(CAMRY),
            "--price",
            f"{CAMRY}=28400",
            "--years",
            "4",
            "--json",
            "--csv",
            str(out),
        ]
    )
    stdout, stderr = capsys.readouterr()
    assert code == 0, stderr
    data = json.loads(stdout)  # the JSON is untouched
    rows = read_back(out)
    assert f"Wrote {out}" in stderr and f"{len(rows)} rows" in stderr
    for v in data["vehicles"]:
        total = [r for r in rows if r["vehicle_id"] == str(v["id"]) and r["category"] == "total"]
        assert float(total[0]["amount_usd"]) == pytest.approx(v["total_cost"], abs=0.006)
    code = main(["compare", "--vehicle", str(MODEL_3), "--csv", str(tmp_path / "missing" / "x.csv")])
    stdout, stderr = capsys.readouterr()
    assert code == 2 and stdout == "" and "--csv" in stderr and "Traceback" not in stderr
    assert not (tmp_path / "missing").exists()
