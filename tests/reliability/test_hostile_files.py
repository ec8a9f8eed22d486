"""Files from elsewhere: every hostile profile or vehicle file is refused with a message naming the problem (exit
code 2 on the command line, InputError or ImportRefused in the core, never a traceback), and nothing the user
already had changes: the profile file keeps its bytes, no file appears beside it, the active database stays."""

from __future__ import annotations

import contextlib
import io
import json
import os
import struct
import subprocess
import sys
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from buyer_app.cli.main import main
from buyer_app.core.costs.choices import VehicleChoice
from buyer_app.core.errors import ImportRefused, InputError
from buyer_app.core.household.fields import Household
from buyer_app.core.profiles import schema as profile_module
from buyer_app.core.profiles.schema import MAX_PROFILE_BYTES, Profile, load_profile, profile_to_dict
from buyer_app.core.profiles.store import open_profile, profiles_dir
from buyer_app.core.vehicles.database import ACTIVE_POINTER, imported_databases_dir, load_database
from buyer_app.core.vehicles.db_import import IMPORT_LOCK, import_database

GOOD = profile_to_dict(Profile("Hostile", Household(years=6), (VehicleChoice(48765, price=41000.0),)))
BIG = 10**400


def _with(change: Callable[[dict], None]) -> str:  # type: ignore[type-arg]
    data = json.loads(json.dumps(GOOD))
    change(data)
    return json.dumps(data)


def _vehicle(**fields: object) -> str:
    return _with(lambda d: d["vehicles"][0].update(fields))


def _raw(text: str, old: str, new: str) -> str:
    assert old in text
    return text.replace(old, new, 1)


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde" + bytes(64)

# name: (file content, the field the refusal names, a word of its reason)
PROFILES: dict[str, tuple[bytes | str, str, str]] = {
    "corrupt": (b'{"schema_version": 4, "name": "x", \x00\x17garbage}}', "(JSON)", "complete JSON"),
    "truncated": (json.dumps(GOOD)[: len(json.dumps(GOOD)) // 2], "(JSON)", "complete JSON"),
    "empty": (b"", "(JSON)", "complete JSON"),
    "only spaces": (b"   \n\t ", "(JSON)", "complete JSON"),
    "not utf-8 (latin-1)": (json.dumps(GOOD).replace("Hostile", "Caf\u00e9", 1).encode("latin-1"), "(file)", "UTF-8"),
    "utf-16": (json.dumps(GOOD).encode("utf-16"), "(file)", "UTF-8"),
    "a JSON array": ("[1, 2, 3]", "(top level)", "JSON object"),
    "a JSON string": ('"profile"', "(top level)", "JSON object"),
    "a PNG image": (PNG, "(file)", "UTF-8"),
    "newer schema": (_with(lambda d: d.update(schema_version=99)), "schema_version", "newer version"),
    "schema 10**400": (
        _raw(json.dumps(GOOD), '"schema_version": 8', f'"schema_version": {BIG}'),
        "schema_version",
        "newer version",
    ),
    "schema as text": (_with(lambda d: d.update(schema_version="4")), "schema_version", "whole number"),
    "10,000 vehicles": (_with(lambda d: d.update(vehicles=[{"id": 48765}] * 10_000)), "vehicles", "at most 8"),
    "price 1e308": (_vehicle(price=1e308), "vehicles[0].price", "from 1 to 10,000,000"),
    "price -1": (_vehicle(price=-1), "vehicles[0].price", "from 1 to 10,000,000"),
    "price NaN as text": (_vehicle(price="NaN"), "vehicles[0].price", "a number"),
    "price NaN literal": (_raw(_vehicle(price=1), '"price": 1', '"price": NaN'), "vehicles[0].price", "a number"),
    "price Infinity": (_raw(_vehicle(price=1), '"price": 1', '"price": -Infinity'), "vehicles[0].price", "a number"),
    "price 1e999": (_raw(_vehicle(price=1), '"price": 1', '"price": 1e999'), "vehicles[0].price", "a number"),
    "price 10**400": (_raw(_vehicle(price=1), '"price": 1', f'"price": {BIG}'), "vehicles[0].price", "a number"),
    "id 10**400": (_raw(json.dumps(GOOD), '"id": 48765', f'"id": {BIG}'), "vehicles[0].id", "whole number"),
    "own incentive 10**400": (
        _raw(_vehicle(incentives=[{"name": "x", "amount": 1}]), '"amount": 1', f'"amount": {BIG}'),
        "vehicles[0].incentives[0].amount",
        "a number",
    ),
    "lease months 10**400": (
        _raw(
            _vehicle(lease={"due_at_signing": 0, "monthly": 300, "term_months": 36}), '"term_months": 36', f'"term_months": {BIG}'
        ),
        "vehicles[0].lease.term_months",
        "whole number",
    ),
    "years 10**400": (_raw(json.dumps(GOOD), '"years": 6', f'"years": {BIG}'), "household.years", "whole number"),
    "miles 1e308": (_with(lambda d: d["household"].update(annual_miles=1e308)), "household.annual_miles", "150,000"),
    "miles -1": (_with(lambda d: d["household"].update(annual_miles=-1)), "household.annual_miles", "150,000"),
    "gas NaN as text": (_with(lambda d: d["household"].update(gas_price="NaN")), "household.gas_price", "a number"),
    "what-if 10**400": (
        _raw(_with(lambda d: d.update(what_if={"gas_price": 1})), '"gas_price": 1}', f'"gas_price": {BIG}}}'),
        "what_if.gas_price",
        "a number",
    ),
    "climate state a list": (_with(lambda d: d.update(climate={"state": []})), "climate.state", "state code"),
    "climate state an object": (_with(lambda d: d.update(climate={"state": {"a": 1}})), "climate.state", "state code"),
    "climate 10**400": (
        _raw(_with(lambda d: d.update(climate={"monthly_f": [50] * 12})), "[50,", f"[{BIG},"),
        "climate.monthly_f[January]",
        "temperature",
    ),
    "weekly 10**400": (
        _raw(_with(lambda d: d.update(driving={"kind": "weekly", "week_mi": [10] * 7})), "[10,", f"[{BIG},"),
        "driving.week_mi[Monday]",
        "distance",
    ),
    "draws 10**400": (
        _raw(_with(lambda d: d.update(uncertainty={"draws": 500})), '"draws": 500', f'"draws": {BIG}'),
        "uncertainty.draws",
        "100",
    ),
    "nested 100,000 deep": ("[" * 100_000 + "]" * 100_000, "(JSON)", "nested too deeply"),
    "nested inside a field": (
        '{"schema_version": 4, "name": ' + "[" * 100_000 + "]" * 100_000 + "}",
        "(JSON)",
        "nested too deeply",
    ),
}


def _problem(exc: InputError, field: str, words: str) -> None:
    assert any(p.field == field and (words in p.allowed or words in str(p.value)) for p in exc.problems), str(exc)
    assert len(str(exc)) < 20_000  # a huge bad value is shown by its start and length, not whole


def _folder_snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def _cli(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exit_:  # argparse
            code = int(exit_.code or 0)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("case", sorted(PROFILES))
def test_hostile_profile_is_refused_and_left_as_it_was(case: str) -> None:
    content, field, words = PROFILES[case]
    folder = profiles_dir()
    folder.mkdir(parents=True)
    path = folder / "hostile.json"
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    before = _folder_snapshot(folder)
    for opener in (load_profile, open_profile):
        with pytest.raises(InputError) as caught:
            opener(path)
        _problem(caught.value, field, words)
    code, out, err = _cli(["compare", "--profile", str(path), "--vehicle", "48765"])
    assert code == 2 and out == "" and "Traceback" not in err
    assert field in err and str(path) in err
    assert _folder_snapshot(folder) == before  # same bytes, no backup, no migration, nothing new


def test_a_200_mb_profile_is_refused_by_its_size_before_anything_is_read(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with open(path, "wb") as handle:  # sparse: 200 MB that take no disk and no time
        handle.write(b'{"schema_version": 4, "name": "')
        handle.truncate(200 * 1000 * 1000)
    opened: list[str] = []
    real_open = open

    def spy(file: object, *args: object, **kwargs: object) -> object:
        opened.append(str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(profile_module, "open", spy, raising=False)
    with pytest.raises(InputError) as caught:
        load_profile(path)
    assert str(path) not in opened  # refused on its size alone: the file was never opened for reading
    _problem(caught.value, "(file size)", f"at most {MAX_PROFILE_BYTES // 2**20} MiB")
    assert caught.value.problems[0].value == "200 MB"
    code, _out, err = _cli(["compare", "--profile", str(path), "--vehicle", "48765"])
    assert code == 2 and "(file size): '200 MB'" in err and "Traceback" not in err


def test_a_profile_that_is_not_a_regular_file_is_never_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)  # opening it for reading would block forever
    for path in (fifo, tmp_path, Path("/dev/zero")):
        with pytest.raises(InputError) as caught:
            load_profile(path)
        _problem(caught.value, "(file)", "a regular file")
    code, _out, err = _cli(["compare", "--profile", str(fifo), "--vehicle", "48765"])
    assert code == 2 and "regular file" in err


def test_a_profile_at_the_size_limit_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "padded.json"
    text = json.dumps(GOOD)
    path.write_text(text + " " * (MAX_PROFILE_BYTES - len(text)))
    assert load_profile(path).name == "Hostile"
    path.write_text(text + " " * (MAX_PROFILE_BYTES - len(text) + 1))
    with pytest.raises(InputError, match="file size"):
        load_profile(path)


# -- vehicle files for `buyer-app db import` ----------------------------------------------------------------------


def _zip(name: str, compressed: bytes, crc: int, claimed_size: int) -> bytes:
    """A one-entry deflate zip whose headers say the entry unpacks to `claimed_size` bytes."""
    encoded = name.encode()
    local = (
        struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x5B21, crc, len(compressed), claimed_size, len(encoded), 0)
        + encoded
    )
    central = (
        struct.pack(
            "<IHHHHHHIIIHHHHHII",
            0x02014B50,
            20,
            20,
            0,
            8,
            0,
            0x5B21,
            crc,
            len(compressed),
            claimed_size,
            len(encoded),
            0,
            0,
            0,
            0,
            0,
            0,
        )
        + encoded
    )
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(central), len(local) + len(compressed), 0)
    return local + compressed + central + end


@pytest.fixture(scope="module")
def zeros_3gb() -> tuple[bytes, int]:
    """A deflate stream of 3 GiB of zeros (about 3 MB) and its CRC, made in a second or two: with a full flush
    every MiB the compressor's output for each MiB is the same bytes, so one block is repeated."""
    chunk = bytes(1 << 20)
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = packer.compress(chunk) + packer.flush(zlib.Z_FULL_FLUSH)
    stream = block * 3072 + packer.flush(zlib.Z_FINISH)
    crc = 0
    for _ in range(3072):
        crc = zlib.crc32(chunk, crc)
    return stream, crc


def _active_state() -> tuple[dict[str, bytes], list[str], str]:
    root = imported_databases_dir()
    pointer = {p.name: p.read_bytes() for p in [root / ACTIVE_POINTER] if p.exists()}
    # the import lock (an empty file that serialises imports) stays once made; everything else must be as it was
    folders = sorted(p.name for p in root.iterdir() if p.name != IMPORT_LOCK) if root.exists() else []
    return pointer, folders, load_database(with_prices=False).metadata.get("source_sha256", "")


@contextlib.contextmanager
def _members_opened() -> Iterator[list[str]]:
    """The zip members the importer opens for reading while the block runs (in this process)."""
    opened: list[str] = []
    real = zipfile.ZipFile.open

    def spy(self: zipfile.ZipFile, name: Any, *args: Any, **kwargs: Any) -> Any:
        opened.append(str(getattr(name, "filename", name)))
        return real(self, name, *args, **kwargs)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(zipfile.ZipFile, "open", spy)
        yield opened


def _refused(path: Path, words: str) -> None:
    before = _active_state()
    with pytest.raises(ImportRefused) as caught:
        import_database(path)
    assert words in str(caught.value) and str(path) in str(caught.value)
    code, out, err = _cli(["db", "import", str(path)])
    assert code == 2 and out == "" and "Traceback" not in err
    assert "import refused, the active database is unchanged" in err and words in err
    assert _active_state() == before


def test_a_zip_bomb_is_refused_without_unpacking_it(tmp_path: Path, zeros_3gb: tuple[bytes, int]) -> None:
    stream, crc = zeros_3gb
    bomb = tmp_path / "vehicles.csv.zip"
    bomb.write_bytes(_zip("vehicles.csv", stream, crc, 3 << 30))
    assert bomb.stat().st_size < 4_000_000
    with _members_opened() as opened:
        _refused(bomb, "would expand to 3221 MB")
    assert opened == []  # refused on its headers: not a byte was unpacked


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="peak memory is read from /proc (Linux)")
def test_a_zip_bomb_that_lies_about_its_size_is_refused_after_at_most_the_claimed_bytes(
    tmp_path: Path, zeros_3gb: tuple[bytes, int]
) -> None:
    """Its headers claim 40 MB (a plausible ratio); the data would unpack to 3 GiB. The reader stops at the
    claimed size, the checksum fails, and the process never holds more than that."""
    stream, crc = zeros_3gb
    liar = tmp_path / "vehicles.csv.zip"
    liar.write_bytes(_zip("vehicles.csv", stream, crc, 40_000_000))
    _refused(liar, "not a readable zip file")
    # the peak is read from VmHWM: ru_maxrss would carry over the forking pytest process's size across exec
    code = (
        "import re, sys; from buyer_app.cli.main import main; rc = main(['db', 'import', sys.argv[1]]); "
        "status = open('/proc/self/status').read(); "
        "print(re.search(r'VmHWM:\\s+(\\d+)', status).group(1), file=sys.stderr); sys.exit(rc)"
    )
    run = subprocess.run(
        [sys.executable, "-c", code, str(liar)],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    peak_mb = int(run.stderr.strip().splitlines()[-1]) / 1024
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert peak_mb < 300, f"peak memory {peak_mb:.0f} MB"  # nowhere near the 3 GiB the data would unpack to


def test_a_huge_zip_is_refused_by_its_size_before_it_is_read(tmp_path: Path) -> None:
    huge = tmp_path / "vehicles.csv.zip"
    with open(huge, "wb") as handle:  # sparse, 3 GB, starts like a zip
        handle.write(b"PK\x03\x04")
        handle.truncate(3 * 10**9)
    with _members_opened() as opened:
        _refused(huge, "far larger than a vehicles.csv")
    assert opened == []  # refused on its size: never read as a zip


@pytest.mark.parametrize(
    "case",
    ["png", "empty", "truncated zip", "two csv files", "latin-1 csv", "a folder", "csv of the wrong columns", "json profile"],
)
def test_a_file_that_is_not_a_vehicle_table_is_refused(tmp_path: Path, case: str) -> None:
    import zipfile

    path = tmp_path / ("vehicles.csv.zip" if "zip" in case or "two" in case else "vehicles.csv")
    words = {
        "png": "not UTF-8",
        "empty": "the file is empty",
        "truncated zip": "not a readable zip file",
        "two csv files": "expected one .csv file",
        "latin-1 csv": "not UTF-8",
        "a folder": "is a folder",
        "csv of the wrong columns": "required column(s) missing",
        "json profile": "required column(s) missing",
    }[case]
    if case == "png":
        path.write_bytes(PNG)
    elif case == "empty":
        path.write_bytes(b"")
    elif case == "truncated zip":
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("vehicles.csv", "id,year\n" + "1,2020\n" * 20000)
        path.write_bytes(path.read_bytes()[:300])
    elif case == "two csv files":
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("vehicles.csv", "id\n1\n")
            archive.writestr("other.csv", "id\n1\n")
    elif case == "latin-1 csv":
        path.write_bytes("id,make\n1,Citro\u00ebn\n".encode("latin-1"))
    elif case == "a folder":
        path.mkdir()
    elif case == "csv of the wrong columns":
        path.write_text('id,make,model\n1,=HYPERLINK("http://x"),<b>bold</b>\n')
    else:
        path.write_text(json.dumps(GOOD))
    _refused(path, words)
