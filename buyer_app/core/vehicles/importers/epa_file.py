"""Read the fueleconomy.gov `vehicles.csv` / `vehicles.csv.zip` safely, refusing malformed files."""

from __future__ import annotations

import csv
import hashlib
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from buyer_app.core.errors import ImportRefused

# The official file is about 21 MB unpacked; anything far larger is not a vehicles.csv.
MAX_CSV_BYTES = 200 * 1024 * 1024
MAX_ZIP_RATIO = 100  # a real vehicles.csv compresses about 11:1; far more is a zip bomb

TEXT_COLUMNS = [
    "make",
    "model",
    "baseModel",
    "VClass",
    "drive",
    "atvType",
    "fuelType",
    "fuelType1",
    "fuelType2",
    "trany",
    "evMotor",
    "rangeA",
    "modifiedOn",
    "createdOn",
    "eng_dscr",
]
NUMERIC_COLUMNS = [
    "id",
    "year",
    "city08",
    "city08U",
    "highway08",
    "highway08U",
    "comb08",
    "comb08U",
    "cityA08U",
    "highwayA08U",
    "combA08U",
    "cityE",
    "highwayE",
    "combE",
    "cityUF",
    "highwayUF",
    "combinedUF",
    "cityCD",
    "highwayCD",
    "range",
    "rangeCityA",
    "rangeHwyA",
    "charge240",
    "charge120",
    "co2TailpipeGpm",
    "fuelCost08",
    "displ",
    "cylinders",
]
REQUIRED_COLUMNS = TEXT_COLUMNS + NUMERIC_COLUMNS

# column -> (smallest value other than 0, largest value, what it is). 0 means "does not apply" in the EPA file;
# anything else must be a finite number in the range. Bounds have room above the 1984-2026 file's extremes
# (checked 2026-12-06: MPG(e) 4.8-156, kWh/100 mi 21.6-122, range 29-640 mi, CD gallons from 0.0003, CO2 up to
# 1,270 g/mi), and they stop values such as inf, 1e308 or 1e-300 that would turn into infinite gallons or NaN totals.
PLAUSIBLE: dict[str, tuple[float, float, str]] = {
    **{
        c: (1.0, 300.0, "MPG or MPGe")
        for c in ("city08", "city08U", "highway08", "highway08U", "comb08", "comb08U", "cityA08U", "highwayA08U", "combA08U")
    },
    **{c: (5.0, 200.0, "kWh per 100 miles") for c in ("cityE", "highwayE", "combE")},
    **{c: (0.01, 1.0, "a utility factor (share of miles on electricity)") for c in ("cityUF", "highwayUF", "combinedUF")},
    **{c: (1e-6, 20.0, "gallons per 100 miles while charge-depleting") for c in ("cityCD", "highwayCD")},
    "range": (1.0, 1500.0, "miles of range"),
    **{c: (1.0, 1000.0, "miles of electric range") for c in ("rangeCityA", "rangeHwyA")},
    **{c: (0.1, 200.0, "hours to charge") for c in ("charge240", "charge120")},
    "co2TailpipeGpm": (1.0, 3000.0, "grams of CO2 per mile"),
    "fuelCost08": (1.0, 50000.0, "US dollars a year"),
    "displ": (0.1, 15.0, "litres of engine displacement"),
    "cylinders": (1.0, 24.0, "cylinders"),
    "id": (1.0, 1e8, "a record id"),
    "year": (1984.0, 2100.0, "a model year"),
}


@dataclass(frozen=True)
class EpaFile:
    """The raw table of a vehicles.csv, every required column present and numeric columns parsed."""

    frame: pd.DataFrame
    source_name: str
    sha256: str
    entry_date: str  # the zip entry's timestamp, or empty for a plain CSV


def _read_bytes(path: Path) -> tuple[bytes, str, str]:
    if not path.exists():
        raise ImportRefused(f"{path}: no such file")
    if path.is_dir():
        raise ImportRefused(f"{path}: is a folder, not a vehicles.csv or vehicles.csv.zip file")
    size = path.stat().st_size
    if size == 0:
        raise ImportRefused(f"{path}: the file is empty")
    digest = hashlib.sha256()
    if size > MAX_CSV_BYTES:  # checked before anything is read, for a zip too (it is read whole to be hashed)
        raise ImportRefused(
            f"{path}: {size / 1e6:.0f} MB is far larger than a vehicles.csv (about 21 MB) or its zip (about 2 MB); "
            f"files over {MAX_CSV_BYTES // 2**20} MiB are refused"
        )
    with open(path, "rb") as handle:
        head = handle.read(4)
    if head.startswith(b"PK"):
        return _read_zip(path, digest)
    data = path.read_bytes()
    digest.update(data)
    return data, digest.hexdigest(), ""


def _read_zip(path: Path, digest: hashlib._Hash) -> tuple[bytes, str, str]:
    digest.update(path.read_bytes())
    try:
        with zipfile.ZipFile(path) as archive:
            members = [m for m in archive.infolist() if m.filename.lower().endswith(".csv")]
            if len(members) != 1:
                names = ", ".join(m.filename for m in archive.infolist()[:5]) or "nothing"
                raise ImportRefused(f"{path}: expected one .csv file inside the zip, found {names}")
            member = members[0]
            if member.file_size > MAX_CSV_BYTES or (
                member.compress_size and member.file_size / member.compress_size > MAX_ZIP_RATIO
            ):
                raise ImportRefused(
                    f"{path}: {member.filename} would expand to {member.file_size / 1e6:.0f} MB "
                    f"(ratio {member.file_size / max(member.compress_size, 1):.0f}:1); refused as unsafe"
                )
            pieces: list[bytes] = []
            with archive.open(member) as handle:  # a MiB at a time: a lying header never makes a huge buffer
                while (piece := handle.read(1 << 20)) and sum(map(len, pieces)) <= MAX_CSV_BYTES:
                    pieces.append(piece)
            data = b"".join(pieces)
            if len(data) > MAX_CSV_BYTES:
                raise ImportRefused(f"{path}: {member.filename} expands beyond {MAX_CSV_BYTES // 2**20} MiB")
            year, month, day = member.date_time[:3]
            stamp = f"{year:04d}-{month:02d}-{day:02d}"
    except zipfile.BadZipFile as exc:
        raise ImportRefused(f"{path}: not a readable zip file ({exc}); is the download truncated?") from exc
    except (EOFError, zipfile.LargeZipFile, OSError) as exc:
        raise ImportRefused(f"{path}: the zip file is damaged or truncated ({exc})") from exc
    except (RuntimeError, NotImplementedError) as exc:  # encrypted (needs a password) or an unknown compression
        raise ImportRefused(
            f"{path}: the zip file cannot be unpacked ({exc}); use the file as fueleconomy.gov publishes it"
        ) from exc
    return data, digest.hexdigest(), stamp


def _decode(data: bytes, path: Path) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        row = data.count(b"\n", 0, exc.start) + 1
        raise ImportRefused(
            f"{path}: line {row} is not UTF-8 text (byte {data[exc.start]:#04x} at offset {exc.start}); "
            "is this the fueleconomy.gov vehicles.csv?"
        ) from exc


def _check_columns(columns: list[str], path: Path) -> None:
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        shown = ", ".join(missing[:8]) + (f" and {len(missing) - 8} more" if len(missing) > 8 else "")
        raise ImportRefused(
            f"{path}: required column(s) missing: {shown}. Expected the fueleconomy.gov vehicles.csv "
            "(https://www.fueleconomy.gov/feg/epadata/vehicles.csv.zip)"
        )


def _check_rows_complete(text: str, path: Path) -> None:
    """Every row has as many fields as the header: a file cut mid-row (an interrupted download) is refused, never
    imported with half its vehicles."""
    reader = csv.reader(io.StringIO(text))
    header = next(reader, [])
    for row in reader:
        if row and len(row) != len(header):
            where = "ends mid-row" if reader.line_num >= text.count("\n") else "has a broken row"
            raise ImportRefused(
                f"{path}: the file {where}: line {reader.line_num} has {len(row)} of the "
                f"{len(header)} fields; is the download truncated?"
            )


def _check_plausible(frame: pd.DataFrame, column: str, path: Path) -> None:
    """Refuse a value no real vehicle has (inf, 1e308, 1e-300 MPG...), naming the row, the value and the range."""
    if column not in PLAUSIBLE:
        return
    low, high, what = PLAUSIBLE[column]
    values = frame[column]
    bad = values.notna() & (values != 0) & ~values.between(low, high)
    if bad.any():
        index = int(bad.to_numpy().nonzero()[0][0])
        raise ImportRefused(
            f"{path}: row {index + 2} (id {frame['id'].iloc[index]}), column {column}: {values.iloc[index]!r} is not "
            f"plausible ({what}: 0 when it does not apply, else from {low:g} to {high:g}; {int(bad.sum())} such "
            "cell(s) in that column)"
        )


def read_epa_file(path: Path) -> EpaFile:
    """Read and check a vehicles.csv or vehicles.csv.zip; raise ImportRefused naming the problem."""
    path = Path(path)
    data, sha, stamp = _read_bytes(path)
    text = _decode(data, path)
    if not text.strip():
        raise ImportRefused(f"{path}: the file holds no rows")
    _check_columns(next(csv.reader(io.StringIO(text)), []), path)  # not a vehicles file at all: say that first
    _check_rows_complete(text, path)
    try:
        frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, na_values=["", "NA", "N/A", "NaN"])
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise ImportRefused(f"{path}: not a readable CSV file ({exc})") from exc
    _check_columns(list(frame.columns), path)
    if frame.empty:
        raise ImportRefused(f"{path}: the file has a header but no vehicle rows")
    for column in NUMERIC_COLUMNS:
        raw = frame[column]
        parsed = pd.to_numeric(raw, errors="coerce")
        bad = parsed.isna() & raw.notna()
        if bad.any():
            index = int(bad.to_numpy().nonzero()[0][0])
            raise ImportRefused(
                f"{path}: row {index + 2} (id {frame['id'].iloc[index]}), column {column}: "
                f"{raw.iloc[index]!r} is not a number ({int(bad.sum())} such cell(s) in that column)"
            )
        frame[column] = parsed
        _check_plausible(frame, column, path)
    return EpaFile(frame=frame, source_name=path.name, sha256=sha, entry_date=stamp)
