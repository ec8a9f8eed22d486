"""The XLSX export (issue 18 item 4), read back with openpyxl: every figure equals the model's, amounts are numbers
in the profile's currency, a China profile's distances are km, words follow the language, text never becomes a
formula, and a failed write leaves the user's file as it was."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

openpyxl = pytest.importorskip("openpyxl")

from buyer_app.cli.main import main  # noqa: E402
from buyer_app.core.costs.compare import Comparison, compare  # noqa: E402
from buyer_app.core.costs.model import CATEGORIES  # noqa: E402
from buyer_app.core.files.resources import resource_path  # noqa: E402
from buyer_app.core.household.fields import FIELDS  # noqa: E402
from buyer_app.core.markets.databases import market_database  # noqa: E402
from buyer_app.core.profiles.samples import load_sample  # noqa: E402
from buyer_app.report.context import ReportContext  # noqa: E402
from buyer_app.report.workbook import sheet_names, write_xlsx  # noqa: E402
from buyer_app.text import translate  # noqa: E402
from buyer_app.text.units import KM_PER_MI, display_of  # noqa: E402
from buyer_app.text.wording import verdict  # noqa: E402


def sample(key: str) -> tuple[Comparison, ReportContext]:
    p = load_sample(key)
    db = market_database(p.market)
    c = compare(db, p.household, list(p.vehicles), p.driving, p.climate)
    ctx = ReportContext(p.name, db.metadata, db.prices_as_of, date(2026, 12, 6), display_of(p))
    return c, ctx


def used_miles(c: Comparison) -> float:
    """The miles a year the run used: the driving pattern's, or the household's with annual miles only."""
    return c.year.annual_miles if c.year is not None and type(c.pattern).__name__ != "AnnualPattern" else c.household.annual_miles


def check_figures(wb, c: Comparison) -> None:
    """Every amount in the workbook is the model's (to the cent), as a number."""
    years = c.household.years
    summary = wb.worksheets[0]
    for row, v in enumerate(c.vehicles, start=2):
        assert summary.cell(row, 1).value == v.label
        assert summary.cell(row, 4).value == pytest.approx(v.total_cost, abs=0.006)
        assert summary.cell(row, 5).value == pytest.approx(v.total_cost / years / 12, abs=0.006)
        if v.price is not None:
            assert summary.cell(row, 3).value == pytest.approx(v.price, abs=0.006)
    for ws, v in zip(wb.worksheets[1:-1], c.vehicles, strict=True):
        header = [cell.value for cell in ws[1]]
        assert len(header) == len(CATEGORIES) + 3
        for y in range(years):
            values = [cell.value for cell in ws[y + 2]]
            assert values[0] == y + 1
            for k, category in enumerate(CATEGORIES, start=1):
                assert isinstance(values[k], int | float)
                assert values[k] == pytest.approx(v.yearly_costs[category][y], abs=0.006)
            assert values[-1] == pytest.approx(v.cumulative[y], abs=0.006)
            assert values[-2] == pytest.approx(sum(v.yearly_costs[k][y] for k in CATEGORIES), abs=0.006)
        total = [cell.value for cell in ws[years + 2]]
        assert total[len(CATEGORIES) + 1] == pytest.approx(v.total_cost, abs=0.006)
        for k, category in enumerate(CATEGORIES, start=1):
            assert total[k] == pytest.approx(sum(v.yearly_costs[category]), abs=0.006)


@pytest.mark.parametrize("key", ["minnesota-commuters", "texas-high-mileage", "georgia-used-car-buyer"])
def test_us_workbook_reads_back_to_the_models_figures(tmp_path: Path, key: str) -> None:
    c, ctx = sample(key)
    target = tmp_path / "out.xlsx"
    assert write_xlsx(c, ctx, target) == len(c.vehicles) + 2
    wb = openpyxl.load_workbook(target)
    assert wb.sheetnames == ["Summary", *sheet_names(c), "Assumptions"]
    check_figures(wb, c)
    summary = wb["Summary"]
    assert summary.cell(1, 7).value == "per mile"
    assert summary["D2"].number_format.startswith('"$"#,##0') and summary["G2"].number_format.startswith('"$"#,##0.00')
    labels = [row[0] for row in summary.iter_rows(values_only=True)]
    verdict_row = labels.index("Verdict") + 1
    assert summary.cell(verdict_row, 2).value == verdict(c, ctx.display)
    for ws in wb.worksheets:
        assert ws.freeze_panes == "B2"  # the header row and the first column stay on screen
        assert all(ws.column_dimensions[letter].width >= 8 for letter in "ABC")
        assert all(cell.font.bold for cell in ws[1] if cell.value is not None)
    assumptions = wb["Assumptions"]
    rows = list(assumptions.iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in rows] == [spec.label for spec in FIELDS]
    by_label = {r[0]: r for r in rows}
    miles = next(s for s in FIELDS if s.name == "annual_miles")
    assert by_label[miles.label][1] == pytest.approx(used_miles(c)) and by_label[miles.label][2] == "miles a year"
    assert all(r[3] for r in rows), "every input names its source"


def test_china_profile_is_in_yuan_and_kilometres(tmp_path: Path) -> None:
    c, ctx = sample("shanghai-family")
    target = tmp_path / "shanghai.xlsx"
    write_xlsx(c, ctx, target)
    wb = openpyxl.load_workbook(target)
    check_figures(wb, c)
    summary = wb["Summary"]
    assert summary["D2"].number_format.startswith('"¥"#,##0')
    assert summary.cell(1, 7).value == "per km" and summary.cell(1, 9).value == "range (km)"
    first = c.vehicles[0]
    assert first.cost_per_mile is not None and first.range_mi is not None
    assert summary["G2"].value == pytest.approx(first.cost_per_mile / KM_PER_MI, abs=1e-4)
    assert summary["I2"].value == round(first.range_mi * KM_PER_MI)
    assert wb["1 2025 Xiaomi YU7 Standard (RWD"]["B2"].number_format.startswith('"¥"')
    values = {r[0]: r for r in wb["Assumptions"].iter_rows(min_row=2, values_only=True)}
    assert "Miles driven a year" not in values and "State" not in values  # a km figure under a km label (issue 17)
    assert values["Kilometres driven a year"][1] == pytest.approx(used_miles(c) * KM_PER_MI, abs=0.1)
    assert values["Kilometres driven a year"][2] == "km a year"
    assert str(values["City"][1]).endswith("Shanghai")
    gas = next(s for s in FIELDS if s.name == "gas_price")
    assert values[gas.label][2] == "CNY per litre"
    share = next(s for s in FIELDS if s.name == "city_share")
    assert (
        values["Share of kilometres in city driving"][2] is None
        and wb["Assumptions"].cell(FIELDS.index(share) + 2, 2).number_format == "0.0%"
    )
    labels = [row[0] for row in summary.iter_rows(values_only=True)]
    assert "Plate" in labels  # Shanghai's plate rule, as the verdict names it


def test_sheet_names_and_headers_follow_the_language(tmp_path: Path) -> None:
    translate.use_language("zh_CN")
    c, ctx = sample("shanghai-family")
    target = tmp_path / "zh.xlsx"
    write_xlsx(c, ctx, target)
    assert not translate.missed, f"not in the zh_CN catalogue: {sorted(translate.missed)}"
    wb = openpyxl.load_workbook(target)
    assert wb.sheetnames[0] == translate.tr("Summary") != "Summary"
    assert wb.sheetnames[-1] == translate.tr("Assumptions") != "Assumptions"
    assert [cell.value for cell in wb.worksheets[1][1]][0] == translate.tr("year") != "year"
    check_figures(wb, c)
    labels = [r[0] for r in wb.worksheets[-1].iter_rows(min_row=2, values_only=True)]
    assert labels[:2] == ["城市", "电力公司（用于电力公司补贴）"] and "每年行驶里程" in labels  # the inputs in Chinese too
    assert not [label for label in labels if label in {spec.label for spec in FIELDS}], "an English input label"


def test_formula_looking_text_stays_text(tmp_path: Path) -> None:
    c, ctx = sample("minnesota-commuters")
    evil = '=HYPERLINK("http://x","y")'
    c = replace(c, vehicles=(replace(c.vehicles[0], label=evil), *c.vehicles[1:]))
    target = tmp_path / "evil.xlsx"
    write_xlsx(c, replace(ctx, title="@SUM(1)"), target)
    wb = openpyxl.load_workbook(target)
    cell = wb["Summary"]["A2"]
    assert cell.value == evil and cell.data_type == "s"
    assert all(cell.data_type != "f" for ws in wb.worksheets for row in ws.iter_rows() for cell in row)
    assert wb.sheetnames[1] == '1 =HYPERLINK("http   x","y")'[:31]


def test_a_failed_write_leaves_the_existing_file_untouched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    c, ctx = sample("minnesota-commuters")
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "costs.xlsx"
    target.write_bytes(b"the user's old workbook")

    def refuse(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as m:
        m.setattr(os, "replace", refuse)
        with pytest.raises(OSError):
            write_xlsx(c, ctx, target)
    assert target.read_bytes() == b"the user's old workbook"
    assert sorted(p.name for p in folder.iterdir()) == ["costs.xlsx"]  # no temporary file left behind
    write_xlsx(c, ctx, target)
    assert openpyxl.load_workbook(target).sheetnames[0] == "Summary" and not (folder / "costs.xlsx.bak").exists()


def test_cli_compare_and_report_write_the_workbook(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    profile = str(resource_path("samples", "texas-high-mileage.json"))
    out = tmp_path / "texas.xlsx"
    assert main(["compare", "--profile", profile, "--json", "--xlsx", str(out)]) == 0
    stdout, stderr = capsys.readouterr()
    assert f"Wrote {out} (" in stderr and "sheets, XLSX" in stderr
    import json

    data = json.loads(stdout)  # the JSON is untouched
    summary = openpyxl.load_workbook(out)["Summary"]
    for row, v in enumerate(data["vehicles"], start=2):
        assert summary.cell(row, 1).value == v["label"]
        assert summary.cell(row, 4).value == pytest.approx(v["total_cost"], abs=0.006)
    for bad in (tmp_path / "missing" / "x.xlsx", tmp_path / "x.csv", tmp_path):
        assert main(["compare", "--profile", profile, "--xlsx", str(bad)]) == 2
        stdout, stderr = capsys.readouterr()
        assert stdout == "" and "--xlsx" in stderr and "Traceback" not in stderr
    assert not (tmp_path / "missing").exists() and not (tmp_path / "x.csv").exists()


@pytest.mark.slow
def test_cli_report_writes_the_workbook_beside_the_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    profile = str(resource_path("samples", "shanghai-family.json"))
    pdf, xlsx = tmp_path / "s.pdf", tmp_path / "s.xlsx"
    assert main(["report", "--profile", profile, "--pdf", str(pdf), "--xlsx", str(xlsx)]) == 0
    capsys.readouterr()
    assert pdf.stat().st_size > 0
    assert openpyxl.load_workbook(xlsx)["Summary"]["D2"].number_format.startswith('"¥"')


def test_the_app_does_not_load_openpyxl_to_start() -> None:
    probe = (
        "import sys\n"
        "from buyer_app.entry import main\n"
        "import buyer_app.ui.app, buyer_app.ui.report_actions, buyer_app.ui.main_window, buyer_app.cli.compare_cmd\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('openpyxl', 'et_xmlfile')))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=os.environ)
    assert done.stdout.strip() == "[]"


def test_the_assumptions_give_the_driving_patterns_miles_and_city_share(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Review of issue 18: the Assumptions sheet gave the household's 15,000-mile default and 30% city share while
    the run used the Minnesota profile's pattern (12,612 mi, 23% city), as the PDF says."""
    out = tmp_path / "mn.xlsx"
    profile = str(resource_path("samples", "minnesota-commuters.json"))
    assert main(["compare", "--profile", profile, "--purchase-date", "2026-12-01", "--xlsx", str(out)]) == 0
    capsys.readouterr()
    sheet = openpyxl.load_workbook(out).worksheets[-1]
    rows = {r[0]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    miles = rows["Miles driven a year"]
    assert miles[1] == pytest.approx(12_612, abs=1) and "your driving pattern" in miles[3]
    assert rows["Share of miles in city driving"][1] == pytest.approx(0.2315, abs=0.001)
