"""Read the fueleconomy.gov `vehicles.csv` / `vehicles.csv.zip` safely, refusing malformed files."""

from __future__ import annotations

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

TEXT_COLUMNS = ["make", "model", "baseModel", "VClass", "drive", "atvType", "fuelType", "fuelType1",
                "fuelType2", "trany", "evMotor", "rangeA", "modifiedOn", "createdOn", "eng_dscr"]
NUMERIC_COLUMNS = ["id", "year", "city08", "city08U", "highway08", "highway08U", "comb08", "comb08U",
                   "cityA08U", "highwayA08U", "combA08U", "cityE", "highwayE", "combE", "cityUF", "highwayUF",
                   "combinedUF", "cityCD", "highwayCD", "range", "rangeCityA", "rangeHwyA", "charge240",
                   "charge120", "co2TailpipeGpm", "fuelCost08", "displ", "cylinders"]
REQUIRED_COLUMNS = TEXT_COLUMNS + NUMERIC_COLUMNS


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


def read_epa_file(path: Path) -> EpaFile:
    """Read and check a vehicles.csv or vehicles.csv.zip; raise ImportRefused naming the problem."""
    path = Path(path)
    data, sha, stamp = _read_bytes(path)
    text = _decode(data, path)
    if not text.strip():
        raise ImportRefused(f"{path}: the file holds no rows")
    try:
        frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, na_values=["", "NA", "N/A", "NaN"])
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise ImportRefused(f"{path}: not a readable CSV file ({exc})") from exc
    missing = [c for c in REQUIRED_COLUMNS if c not in frame.columns]
    if missing:
        shown = ", ".join(missing[:8]) + (f" and {len(missing) - 8} more" if len(missing) > 8 else "")
        raise ImportRefused(
            f"{path}: required column(s) missing: {shown}. Expected the fueleconomy.gov vehicles.csv "
            "(https://www.fueleconomy.gov/feg/epadata/vehicles.csv.zip)"
        )
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
    return EpaFile(frame=frame, source_name=path.name, sha256=sha, entry_date=stamp)
