"""Never tricked into a bad write, never a traceback: imports refuse implausible and truncated files and run one at a
time; a PDF is whole or not at all, never written through a planted link; a profile too large to reopen is never
saved; dates and numbers Python cannot hold are refused with a message (issue 13, items 3, 4, 6, 7, 8).

Command-line cases run as real processes (`python -m buyer_app`), so an exit code and a traceback are what a shopper
would see."""

from __future__ import annotations

import io
import json
import os
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from attack_tools import limit_file_size, read_only  # noqa: I001 (tests/reliability helpers)

from buyer_app.core.costs.choices import Incentive, VehicleChoice
from buyer_app.core.driving.logs import parse_driving_log
from buyer_app.core.errors import ImportRefused, InputError
from buyer_app.core.household.fields import Household
from buyer_app.core.profiles.schema import MAX_PROFILE_BYTES, Profile, load_profile
from buyer_app.core.profiles.store import path_for, save_profile
from buyer_app.core.vehicles.database import ACTIVE_POINTER, imported_databases_dir, load_database
from buyer_app.core.vehicles.db_import import IMPORT_LOCK, import_database

REPO = Path(__file__).resolve().parents[2]
EPA_ZIP = REPO.parent / "shared" / "data" / "epa_fueleconomy" / "vehicles.csv.zip"
IDS = ["--vehicle", "48765", "--vehicle", "48032"]


def cli(argv: list[str], data: Path, *, file_size_limit: int | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BUYER_APP_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "buyer_app", *argv],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        preexec_fn=(lambda: limit_file_size(file_size_limit)) if file_size_limit is not None else None,
    )


def refused(run: subprocess.CompletedProcess[str], *words: str) -> None:
    assert run.returncode == 2, run.stdout + run.stderr
    assert "Traceback" not in run.stderr and run.stdout == "", run.stderr
    for word in words:
        assert word in run.stderr, run.stderr


# --- db import: numbers, truncation, encryption, one at a time, folders that cannot be written (item 4, 7) ---


@pytest.fixture(scope="module")
def epa_rows() -> list[str]:
    if not EPA_ZIP.is_file():
        pytest.skip(f"{EPA_ZIP} is absent")
    lines = zipfile.ZipFile(EPA_ZIP).read("vehicles.csv").decode("utf-8").splitlines()
    year = lines[0].split(",").index("year")
    recent = [line for line in lines[1:] if '"' not in line and line.split(",")[year] >= "2020"]
    return [lines[0], *recent[:399]]  # the header and 399 recent vehicles: enough to import, quick to build


def _csv_with(rows: list[str], column: str, value: str, tmp: Path) -> Path:
    header = rows[0].split(",")
    k = header.index(column)
    body = []
    for n, row in enumerate(rows[1:]):
        fields = row.split(",")
        if n == 150 and len(fields) == len(header):
            fields[k] = value
        body.append(",".join(fields))
    path = tmp / "vehicles.csv"
    path.write_text("\n".join([rows[0], *body]) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("city08", "inf"),
        ("comb08U", "1e308"),
        ("highway08", "1e-300"),
        ("combE", "inf"),
        ("cityE", "1e-300"),
        ("range", "1e308"),
        ("range", "-5"),
        ("cityUF", "7"),
    ],
)
def test_an_implausible_number_is_refused_naming_row_column_and_range(
    epa_rows: list[str], tmp_path: Path, column: str, value: str
) -> None:
    source = _csv_with(epa_rows, column, value, tmp_path)
    with pytest.raises(ImportRefused) as caught:
        import_database(source)
    text = str(caught.value)
    assert f"column {column}" in text and "row 152" in text and "not plausible" in text
    assert not (imported_databases_dir() / ACTIVE_POINTER).exists()  # nothing became active


def test_a_file_cut_mid_row_is_refused(epa_rows: list[str], tmp_path: Path) -> None:
    whole = "\n".join(epa_rows) + "\n"
    cut = tmp_path / "vehicles.csv"
    cut.write_text(whole[: len(whole) * 2 // 3 + 17], encoding="utf-8")
    with pytest.raises(ImportRefused, match="ends mid-row"):
        import_database(cut)
    assert load_database().origin == "shipped"


def test_an_encrypted_zip_is_refused_with_a_message(epa_rows: list[str], tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("vehicles.csv", "\n".join(epa_rows) + "\n")
    raw = bytearray(buffer.getvalue())
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):  # set "encrypted" in both headers
        at = raw.find(signature)
        flags = struct.unpack_from("<H", raw, at + offset)[0]
        struct.pack_into("<H", raw, at + offset, flags | 0x1)
    path = tmp_path / "vehicles.csv.zip"
    path.write_bytes(bytes(raw))
    run = cli(["db", "import", str(path)], tmp_path / "data")
    refused(run, "cannot be unpacked", "encrypted")


def test_a_second_import_while_one_runs_is_refused_and_touches_nothing(epa_rows: list[str], tmp_path: Path) -> None:
    import fcntl

    root = imported_databases_dir()
    root.mkdir(parents=True)
    staging = root / "import-of-the-first"
    staging.mkdir()
    (staging / "vehicles.csv").write_text("half written")
    source = tmp_path / "vehicles.csv"
    source.write_text("\n".join(epa_rows) + "\n", encoding="utf-8")
    fd = os.open(root / IMPORT_LOCK, os.O_RDWR | os.O_CREAT)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # the first import is running
        run = cli(["db", "import", str(source)], root.parent)
        refused(run, "another import is running")
        assert (staging / "vehicles.csv").read_text() == "half written"  # never removed under the first
    finally:
        os.close(fd)
    assert import_database(source).folder.is_dir()  # once the first is done, the next one runs
    assert not staging.exists()  # and then tidies what the first left


def test_import_into_a_data_folder_that_is_a_file_is_refused(epa_rows: list[str], tmp_path: Path) -> None:
    source = tmp_path / "vehicles.csv"
    source.write_text("\n".join(epa_rows) + "\n", encoding="utf-8")
    blocker = tmp_path / "data-is-a-file"
    blocker.write_text("x")
    refused(cli(["db", "import", str(source)], blocker), "cannot be created", "nothing was imported")


def test_import_on_a_full_disk_is_refused_and_the_active_database_stays(epa_rows: list[str], tmp_path: Path) -> None:
    source = tmp_path / "vehicles.csv"
    source.write_text("\n".join(epa_rows) + "\n", encoding="utf-8")
    data = tmp_path / "data"
    refused(cli(["db", "import", str(source)], data, file_size_limit=20_000), "could not be written", "nothing was imported")
    assert not (data / "databases" / ACTIVE_POINTER).exists()
    assert not list((data / "databases").glob("import-*")) and not list((data / "databases").glob("db-*"))


def test_import_into_a_read_only_data_folder_is_refused(epa_rows: list[str], tmp_path: Path) -> None:
    source = tmp_path / "vehicles.csv"
    source.write_text("\n".join(epa_rows) + "\n", encoding="utf-8")
    data = tmp_path / "data"
    (data / "databases").mkdir(parents=True, exist_ok=True)
    with read_only(data) as frozen:
        refused(cli(["db", "import", str(source)], frozen), "cannot be written", "nothing was imported")


# --- the PDF: whole or nothing, never through a planted link (items 3, 7, 8) ---


def test_report_on_a_full_disk_exits_2_and_leaves_nothing(tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    run = cli(["report", *IDS, "--pdf", str(out)], tmp_path / "data", file_size_limit=50_000)
    refused(run, "--pdf", "nothing was written")
    assert not out.exists() and not [p for p in tmp_path.iterdir() if p.name.startswith(".summary.pdf")]


def test_report_into_a_read_only_folder_exits_2(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    with read_only(folder) as frozen:
        refused(cli(["report", *IDS, "--pdf", str(frozen / "summary.pdf")], tmp_path / "data"), "--pdf")


def test_the_pdf_never_writes_through_a_planted_link(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    (out_dir / ".summary.pdf.tmp").symlink_to(victim)  # the temp name the first version used
    run = cli(["report", *IDS, "--pdf", str(out_dir / "summary.pdf")], tmp_path / "data")
    assert run.returncode == 0, run.stderr
    assert victim.read_text() == "keep me"
    (out_dir / "linked.pdf").symlink_to(victim)  # the target itself a link: the link is replaced, not followed
    assert cli(["report", *IDS, "--pdf", str(out_dir / "linked.pdf")], tmp_path / "data").returncode == 0
    assert victim.read_text() == "keep me" and (out_dir / "linked.pdf").read_bytes().startswith(b"%PDF-")


# --- profiles too large to reopen, numbers and dates Python cannot hold (items 6, 7) ---


def test_a_profile_too_large_to_reopen_is_never_saved() -> None:
    small = Profile("Growing", Household(), (VehicleChoice(48765),))
    path = save_profile(small)
    names = tuple(Incentive(f"offer {k} " + "x" * 7000, 1.0) for k in range(1000))  # about 7 MB
    with pytest.raises(InputError, match=r"\(file size\).*what Open accepts"):
        save_profile(Profile("Growing", Household(), (VehicleChoice(48765, incentives=names),)))
    assert load_profile(path) == small and path.stat().st_size < MAX_PROFILE_BYTES


def test_a_4301_digit_integer_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    path.write_text('{"schema_version": 4, "household": {"years": ' + "9" * 4301 + "}}")
    with pytest.raises(InputError, match="more than 4,300 digits"):
        load_profile(path)
    refused(cli(["compare", "--profile", str(path)], tmp_path / "data"), "4,300 digits")


@pytest.mark.parametrize("dates", [("0001-01-01", "0001-03-01"), ("9999-11-01", "9999-12-31"), ("12/01/0001", "12/31/0001")])
def test_a_driving_log_out_of_the_calendar_is_refused(dates: tuple[str, str], tmp_path: Path) -> None:
    data = f"Date,Miles\n{dates[0]},12\n{dates[1]},30\n".encode()
    with pytest.raises(InputError, match="from 1990 to 2100"):
        parse_driving_log(data)
    log = tmp_path / "log.csv"
    log.write_bytes(data)
    refused(cli(["compare", *IDS, "--driving-log", str(log)], tmp_path / "data"), "1990 to 2100")


def test_a_640000_character_name_prints_cut_and_quickly(tmp_path: Path) -> None:
    """The PDF prints the first 2,000 characters of a name and says how long it was (it took 73 s whole)."""
    profile = Profile(
        "Long names", Household(), (VehicleChoice(48765, price=41000.0, incentives=(Incentive("A" * 640_000, 500.0),)),)
    )
    source = tmp_path / "long.json"
    source.write_text(
        json.dumps(
            {
                "schema_version": 4,
                "name": profile.name,
                "vehicles": [{"id": 48765, "price": 41000, "incentives": [{"name": "A" * 640_000, "amount": 500}]}],
            }
        )
    )
    out = tmp_path / "long.pdf"
    run = cli(["report", "--profile", str(source), "--full", "--pdf", str(out)], tmp_path / "data")  # the appendix prints it
    assert run.returncode == 0, run.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "cut: 640,000 characters in all" in " ".join(text.split())  # wherever the line wraps
    assert path_for("Long names").exists() is False  # the report never saves the profile
