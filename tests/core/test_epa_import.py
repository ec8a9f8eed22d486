"""`db import`: malformed files are refused with a message naming the problem, and never replace the active database."""

from __future__ import annotations

import csv
import hashlib
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from buyer_app.cli.main import main
from buyer_app.core.errors import ImportRefused
from buyer_app.core.vehicles.database import ACTIVE_POINTER, imported_databases_dir, load_database
from buyer_app.core.vehicles.db_import import import_database
from buyer_app.core.vehicles.importers import epa_file
from buyer_app.core.vehicles.importers.epa_file import REQUIRED_COLUMNS


@dataclass(frozen=True)
class RealLines:
    """The real vehicles.csv split into raw lines (CRLF kept), with the header's column names."""

    header: bytes
    columns: list[str]
    rows: list[bytes]

    def cells(self, line: bytes) -> list[str]:
        return next(csv.reader([line.decode("utf-8")]))

    def value(self, line: bytes, column: str) -> str:
        return self.cells(line)[self.columns.index(column)]

    @staticmethod
    def join(cells: list[str]) -> bytes:
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\r\n").writerow(cells)
        return buffer.getvalue().encode("utf-8")


@pytest.fixture(scope="module")
def real(epa_csv_bytes: bytes) -> RealLines:
    lines = epa_csv_bytes.splitlines(keepends=True)
    header = lines[0]
    return RealLines(header=header, columns=next(csv.reader([header.decode("utf-8")])), rows=lines[1:])


def _write(path: Path, *parts: bytes) -> Path:
    path.write_bytes(b"".join(parts))
    return path


def assert_refused(source: Path, *fragments: str) -> str:
    """Importing `source` raises ImportRefused naming every fragment; nothing becomes active or is left behind."""
    before = load_database(with_prices=False)
    with pytest.raises(ImportRefused) as info:
        import_database(source)
    message = str(info.value)
    for fragment in fragments:
        assert fragment in message, f"{fragment!r} not in {message!r}"
    after = load_database(with_prices=False)
    assert (after.origin, after.folder, after.fallback_reason) == (before.origin, before.folder, "")
    root = imported_databases_dir()
    assert not list(root.glob("import-*")), "a staging folder was left behind"
    return message


def _is_shipped() -> bool:
    return load_database(with_prices=False).origin == "shipped"


# --- refused files ---------------------------------------------------------------------------------


def test_wrong_columns_are_refused(tmp_path: Path) -> None:
    source = _write(tmp_path / "vehicles.csv", b"make,model,price\r\nToyota,Camry,28400\r\n")
    message = assert_refused(source, "required column(s) missing", "baseModel", "fueleconomy.gov vehicles.csv")
    assert _is_shipped() and "make," not in message.split("missing:")[1].split(".")[0]


def test_a_file_of_other_columns_is_named_as_such_even_with_short_rows(tmp_path: Path) -> None:
    """Not a vehicles file at all says so (the columns), rather than calling it a truncated download."""
    source = _write(tmp_path / "bad.csv", b"not,a,vehicles,file\n1,2,3\n")
    message = assert_refused(source, "required column(s) missing", "baseModel")
    assert "mid-row" not in message


def test_empty_file_is_refused(tmp_path: Path) -> None:
    assert_refused(_write(tmp_path / "vehicles.csv"), "the file is empty")
    assert_refused(_write(tmp_path / "blank.csv", b"\r\n  \r\n"), "holds no rows")
    assert _is_shipped()


def test_header_without_rows_is_refused(tmp_path: Path, real: RealLines) -> None:
    assert_refused(_write(tmp_path / "vehicles.csv", real.header), "header but no vehicle rows")


def test_missing_file_and_folder_are_refused(tmp_path: Path) -> None:
    assert_refused(tmp_path / "nowhere.csv.zip", "no such file")
    assert_refused(tmp_path, "is a folder")


def test_truncated_zip_is_refused(tmp_path: Path, epa_zip: Path) -> None:
    data = epa_zip.read_bytes()
    source = _write(tmp_path / "vehicles.csv.zip", data[: len(data) // 2])
    assert_refused(source, "truncated")
    assert _is_shipped()


def test_non_utf8_bytes_are_refused_naming_the_line(tmp_path: Path, real: RealLines) -> None:
    lines = [real.header, *real.rows[:199]]
    lines[4] = lines[4][:20] + b"\xff" + lines[4][20:]  # line 5 of the file
    source = _write(tmp_path / "vehicles.csv", *lines)
    assert_refused(source, "line 5 ", "not UTF-8", "0xff")
    assert _is_shipped()


def test_text_in_a_numeric_column_is_refused_naming_row_and_column(tmp_path: Path, real: RealLines) -> None:
    rows = real.rows[:50]
    k = 17  # data row 18 = line 19 of the file
    cells = real.cells(rows[k])
    cells[real.columns.index("comb08")] = "abc"
    bad_id = real.value(rows[k], "id")
    rows = [*rows[:k], real.join(cells), *rows[k + 1 :]]
    source = _write(tmp_path / "vehicles.csv", real.header, *rows)
    assert_refused(source, f"row {k + 2} ", f"(id {bad_id})", "column comb08", "'abc' is not a number")
    assert _is_shipped()


def test_zip_member_declaring_too_large_an_expansion_is_refused(
    tmp_path: Path, real: RealLines, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(epa_file, "MAX_CSV_BYTES", 2**20)
    source = tmp_path / "vehicles.csv.zip"
    with zipfile.ZipFile(source, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("vehicles.csv", b"".join([real.header, *real.rows[:12_000]]))  # ~5 MB, ~11:1
    assert_refused(source, "vehicles.csv would expand to", "refused as unsafe")
    assert _is_shipped()


def test_zip_bomb_ratio_is_refused_even_under_the_size_limit(tmp_path: Path) -> None:
    source = tmp_path / "vehicles.csv.zip"
    with zipfile.ZipFile(source, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("vehicles.csv", b"0" * (8 * 2**20))  # 8 MiB of one byte: ratio ~1000:1
    message = assert_refused(source, "refused as unsafe", "ratio")
    assert "8 MB" in message


def test_zip_without_exactly_one_csv_is_refused(tmp_path: Path, real: RealLines) -> None:
    source = tmp_path / "vehicles.csv.zip"
    with zipfile.ZipFile(source, "w") as archive:
        archive.writestr("a.csv", real.header)
        archive.writestr("b.csv", real.header)
    assert_refused(source, "expected one .csv file inside the zip", "a.csv")


def test_csv_over_the_size_limit_is_refused(tmp_path: Path, real: RealLines, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(epa_file, "MAX_CSV_BYTES", 2**20)
    source = _write(tmp_path / "vehicles.csv", real.header, *real.rows[:6_000])  # ~2.6 MB
    assert source.stat().st_size > 2**20
    assert_refused(source, "files over 1 MiB are refused")
    assert _is_shipped()


def test_cli_reports_a_refused_import_with_exit_code_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _write(tmp_path / "vehicles.csv", b"make,model\r\nToyota,Camry\r\n")
    assert main(["db", "import", str(source)]) == 2
    err = capsys.readouterr().err
    assert "import refused, the active database is unchanged" in err and "required column(s) missing" in err
    assert "Traceback" not in err


# --- a good import -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Subset:
    path: Path
    older: int  # rows before model year 2015
    recent_ids: list[int]
    no_mpg_id: int


def _recent_rows(real: RealLines, count: int = 300, stride: int = 8) -> list[bytes]:
    """`count` rows of model year 2024-2025, every `stride`-th one: a spread of all powertrains."""
    year_at = real.columns.index("year")
    recent = [line for line in real.rows if real.cells(line)[year_at] in ("2024", "2025")]
    return recent[::stride][:count]


def _subset(folder: Path, real: RealLines) -> Subset:
    """The first 200 (old) rows of the real file plus 300 rows of 2024-2025, one of them without any MPG."""
    year_at = real.columns.index("year")
    older = real.rows[:200]
    recent = _recent_rows(real)
    kinds = {real.value(line, "atvType") for line in recent}
    assert {"", "Hybrid", "EV", "Plug-in Hybrid"} <= kinds  # every kind the cost model prices
    victim = next(
        k
        for k, line in enumerate(recent)
        if real.value(line, "atvType") == "" and real.value(line, "fuelType1") == "Regular Gasoline"
    )
    cells = real.cells(recent[victim])
    for column in ("city08", "city08U", "highway08", "highway08U", "comb08", "comb08U"):
        cells[real.columns.index(column)] = ""
    recent[victim] = real.join(cells)
    path = _write(folder / "vehicles.csv", real.header, *older, *recent)
    older_count = sum(int(real.cells(line)[year_at]) < 2015 for line in older)
    return Subset(path, older_count, [int(real.value(line, "id")) for line in recent], int(real.value(recent[victim], "id")))


def test_small_valid_file_becomes_active_and_survives_a_failed_import(tmp_path: Path, real: RealLines, epa_zip: Path) -> None:
    subset = _subset(tmp_path, real)
    result = import_database(subset.path)
    meta = result.metadata
    assert meta["rows_read"] == 500
    assert meta["rows_before_min_year"] == subset.older > 0
    assert meta["rows_skipped"]["no city/highway MPG"] == 1  # skipped and counted, not fatal
    assert meta["vehicles"] == 299 == len(subset.recent_ids) - sum(meta["rows_skipped"].values())
    assert meta["source_file"] == "vehicles.csv"
    assert meta["source_sha256"] == hashlib.sha256(subset.path.read_bytes()).hexdigest()
    assert set(meta["by_year"]) <= {"2024", "2025"}

    active = load_database()
    assert active.origin == "imported" and active.folder == result.folder and active.fallback_reason == ""
    ids = set(active.frame["id"].tolist())
    assert ids == set(subset.recent_ids) - {subset.no_mpg_id}
    assert (imported_databases_dir() / ACTIVE_POINTER).is_file()

    data = epa_zip.read_bytes()
    assert_refused(_write(tmp_path / "broken.csv.zip", data[: len(data) // 3]), "truncated")
    still = load_database()
    assert still.origin == "imported" and still.folder == result.folder
    assert len(still.frame) == 299


def test_search_and_compare_work_on_an_imported_database(
    tmp_path: Path, real: RealLines, capsys: pytest.CaptureFixture[str]
) -> None:
    subset = _subset(tmp_path, real)
    import_database(subset.path)
    assert main(["db", "info", "--json"]) == 0
    assert '"origin": "imported"' in capsys.readouterr().out
    some_id = next(i for i in subset.recent_ids if i != subset.no_mpg_id)
    assert main(["compare", "--vehicle", str(some_id), "--price", f"{some_id}=30000", "--json"]) == 0
    assert main(["compare", "--vehicle", str(subset.no_mpg_id)]) == 2  # skipped row: not in the database


def test_a_file_without_plug_in_vehicles_imports(tmp_path: Path, real: RealLines) -> None:
    rows = [
        line for line in _recent_rows(real, count=100, stride=1) if real.value(line, "atvType") not in ("EV", "Plug-in Hybrid")
    ]
    result = import_database(_write(tmp_path / "vehicles.csv", real.header, *rows))
    assert result.metadata["enrichment"]["eligible"] == 0
    assert load_database().origin == "imported"


def test_required_columns_are_in_the_real_header(real: RealLines) -> None:
    assert set(REQUIRED_COLUMNS) <= set(real.columns)
