"""The one entry for a driving history: read the file, recognise its format by its structure, read it.

JSON (the first character `{` or `[`): a Google Takeout location history (takeout.py); a Takeout .zip or a folder
(the older export's month files): every location-history JSON file in it, read as one history. CSV, by its header, in this
order: a TeslaMate `drives` table or Grafana "Drives" export (teslamate.py), evcc charging sessions (evcc.py),
dated odometer readings (odometer.py), else the generic log of dates and distances (logs.py), whose refusal names
the columns it looked for. The result's `format` says which was found. All or nothing: any problem raises
InputError and nothing is returned.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from buyer_app.core.driving.formats.common import read_table
from buyer_app.core.driving.formats.evcc import is_evcc, read_evcc
from buyer_app.core.driving.formats.odometer import is_odometer, read_odometer
from buyer_app.core.driving.formats.takeout import is_takeout, parse_json, read_takeout, read_takeout_files
from buyer_app.core.driving.formats.teslamate import is_grafana, is_table, read_teslamate
from buyer_app.core.driving.logs import MAX_LOG_BYTES, LogImport, _check_unit_argument, _decode, parse_driving_log
from buyer_app.core.errors import FieldProblem, InputError

MAX_JSON_BYTES = 100 * 2**20  # an on-device Timeline.json with its raw signals runs to tens of MiB
FORMATS = (
    "generic_csv",
    "odometer_csv",
    "teslamate_drives",
    "teslamate_grafana_drives",
    "takeout_timeline_objects",
    "takeout_semantic_segments",
    "evcc_sessions",
)


def _too_big(size: int, limit: int, context: str) -> InputError:
    return InputError(
        [FieldProblem("file size", f"{size / 2**20:,.1f} MiB", f"a driving history of at most {limit // 2**20} MiB")], context
    )


def read_driving_log(path: Path, unit: str | None = None) -> LogImport:
    """Read a driving history file of any supported format (refused above its size limit)."""
    context = f"driving log {path.name}"
    if path.is_dir():
        return _read_folder(path, context)
    if not path.is_file():
        raise InputError([FieldProblem("file", str(path), "a driving log file, CSV or JSON (not found)")], context)
    size = path.stat().st_size
    if size > MAX_JSON_BYTES:
        raise _too_big(size, MAX_JSON_BYTES, context)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError([FieldProblem("file", str(path), f"a readable file ({exc.strerror or exc})")], context) from exc
    return parse_history(data, path.name, unit)


def _read_folder(folder: Path, context: str) -> LogImport:
    """A folder of Takeout JSON files (e.g. "Semantic Location History" with its year folders), read as one."""
    found = sorted(p for p in folder.rglob("*.json") if p.is_file())
    total = sum(p.stat().st_size for p in found)
    if total > MAX_JSON_BYTES:
        raise _too_big(total, MAX_JSON_BYTES, context)
    if not found:
        raise InputError([FieldProblem("folder", str(folder), "a folder of Takeout location history JSON files")], context)
    try:
        files = [(str(p.relative_to(folder)), p.read_bytes()) for p in found]
    except OSError as exc:
        raise InputError([FieldProblem("folder", str(folder), f"readable files ({exc.strerror or exc})")], context) from exc
    return read_takeout_files(files, folder.name, context)


def _read_zip(data: bytes, source: str, context: str) -> LogImport:
    """A Takeout .zip: its location history JSON files, read as one (sizes checked before anything is unpacked)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [m for m in archive.infolist() if m.filename.lower().endswith(".json") and not m.is_dir()]
        total = sum(m.file_size for m in members)
        if total > MAX_JSON_BYTES:
            raise _too_big(total, MAX_JSON_BYTES, context)
        files = [(m.filename, archive.read(m)) for m in members]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, OSError, EOFError) as exc:
        raise InputError([FieldProblem("file", source, f"a readable .zip archive ({exc})")], context) from exc
    return read_takeout_files(files, source, context)


def parse_history(data: bytes, source: str = "driving log", unit: str | None = None) -> LogImport:
    """Recognise and read the bytes of a driving history (see the module docstring)."""
    context = f"driving log {source}"
    fixed = _check_unit_argument(unit, context)
    if data[:4] == b"PK\x03\x04":
        if len(data) > MAX_JSON_BYTES:
            raise _too_big(len(data), MAX_JSON_BYTES, context)
        return _read_zip(data, source, context)
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head[:1] in (b"{", b"["):
        if len(data) > MAX_JSON_BYTES:
            raise _too_big(len(data), MAX_JSON_BYTES, context)
        parsed = parse_json(_decode(data, context), context)
        if not is_takeout(parsed):
            keys = (", ".join(list(parsed)[:8]) or "an empty object") if isinstance(parsed, dict) else type(parsed).__name__
            raise InputError(
                [
                    FieldProblem(
                        "JSON", f"top level: {keys}", "a Google Takeout location history (timelineObjects or semanticSegments)"
                    )
                ],
                context,
            )
        return read_takeout(parsed, source, context)
    if len(data) > MAX_LOG_BYTES:
        raise _too_big(len(data), MAX_LOG_BYTES, context)
    table = read_table(_decode(data, context), context)
    if is_table(table) or is_grafana(table):
        return read_teslamate(table, source, context)
    if is_evcc(table):
        return read_evcc(table, source, context)
    if is_odometer(table):
        return read_odometer(table, source, context, fixed)
    return parse_driving_log(data, source, unit)
