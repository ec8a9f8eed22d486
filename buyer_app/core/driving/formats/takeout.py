"""Google Takeout location history (JSON): the car journeys of a Timeline.

Two exports are read:
* the older "Semantic Location History" month files: `{"timelineObjects": [{"activitySegment": {"duration":
  {"startTimestamp": "2024-03-04T07:58:11.123Z"} (or "startTimestampMs"), "distance": metres, "activityType":
  "IN_PASSENGER_VEHICLE", ...}}, {"placeVisit": ...}]}`;
* the newer on-device export (Timeline.json): `{"semanticSegments": [{"startTime": "2024-03-04T08:58:11.000+01:00",
  "activity": {"distanceMeters": 12345.6, "topCandidate": {"type": "IN_PASSENGER_VEHICLE", ...}}}, {"visit": ...},
  {"timelinePath": ...}], "rawSignals": ...}`, and the phone's variant of it, a top-level list of such segments
  whose types read "in passenger vehicle" and whose numbers are strings.

Counted as driving: IN_PASSENGER_VEHICLE (a car) and IN_VEHICLE (Google's "driving" when it cannot tell which
vehicle). Not counted, and reported with their count and distance: taxis (IN_TAXI: someone else's car), buses,
trains, trams, ferries, flights, motorcycling, walking, cycling, unknown activities and every other type. A
journey is placed on the date of its start: the local date when the timestamp carries an offset, the UTC date
when it ends in Z (the older export). Places, paths, memories and raw signals are skipped. A car journey with the
same type, distance and start as an earlier one is a duplicate (a file given twice, or overlapping exports) and is
refused with both JSON paths.
"""

from __future__ import annotations

import json
import math
from datetime import date, datetime
from typing import Any

import numpy as np

from buyer_app.core.driving.formats.common import MI_PER_M, build_import, epoch_day
from buyer_app.core.driving.logs import FIRST_YEAR, LAST_YEAR, LogImport, _Problems
from buyer_app.core.errors import FieldProblem, InputError

CAR_TYPES = ("IN_PASSENGER_VEHICLE", "IN_VEHICLE")
MAX_SEGMENT_KM = 2500.0  # a single car journey longer than this is not plausible


def _type(raw: object) -> str:
    """'in passenger vehicle' (phone export) and 'IN_PASSENGER_VEHICLE' read the same."""
    return str(raw).strip().upper().replace(" ", "_") if raw is not None else "UNKNOWN_ACTIVITY_TYPE"


def _metres(raw: object) -> float | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, (int, float)):
        value = float(raw)
    elif isinstance(raw, str):
        try:
            value = float(raw)
        except ValueError:
            return None
    else:
        return None
    return value if math.isfinite(value) and value >= 0 else None


def _day(raw: object) -> date | None:
    """The start date of a timestamp: its own calendar date (local with an offset, UTC with Z), or of epoch ms."""
    if isinstance(raw, str) and raw.isdigit():
        return epoch_day(int(raw) / 1000.0)
    if not isinstance(raw, str) or len(raw) < 10:
        return None
    try:
        stamp = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        return None
    day = stamp.date()  # the date as written: local with an offset, UTC with Z
    return day if FIRST_YEAR <= day.year <= LAST_YEAR else None


def is_takeout(data: object) -> bool:
    if isinstance(data, dict):
        return "timelineObjects" in data or "semanticSegments" in data
    return isinstance(data, list) and any(isinstance(s, dict) and "startTime" in s for s in data[:50])


def _segments(data: object) -> tuple[str, list[tuple[str, object, object, object]]]:
    """(format, [(JSON path, type, metres, start)]) of every activity, or InputError naming the path."""
    out: list[tuple[str, object, object, object]] = []
    if isinstance(data, dict) and "timelineObjects" in data:
        items = data["timelineObjects"]
        if not isinstance(items, list):
            raise InputError([FieldProblem("timelineObjects", type(items).__name__, "a list of timeline objects")])
        for k, item in enumerate(items):
            segment = item.get("activitySegment") if isinstance(item, dict) else None
            if segment is None:
                continue
            path = f"timelineObjects[{k}].activitySegment"
            if not isinstance(segment, dict):
                raise InputError([FieldProblem(path, type(segment).__name__, "an object")])
            duration = segment.get("duration")
            start = (duration.get("startTimestamp") or duration.get("startTimestampMs")) if isinstance(duration, dict) else None
            out.append((path, segment.get("activityType"), segment.get("distance"), start))
        return "takeout_timeline_objects", out
    items = data["semanticSegments"] if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise InputError([FieldProblem("semanticSegments", type(items).__name__, "a list of segments")])
    prefix = "semanticSegments" if isinstance(data, dict) else ""
    for k, item in enumerate(items):
        activity = item.get("activity") if isinstance(item, dict) else None
        if activity is None:
            continue
        path = f"{prefix}[{k}].activity"
        if not isinstance(activity, dict):
            raise InputError([FieldProblem(path, type(activity).__name__, "an object")])
        top = activity.get("topCandidate")
        kind = top.get("type") if isinstance(top, dict) else None
        out.append((path, kind, activity.get("distanceMeters"), item.get("startTime")))
    return "takeout_semantic_segments", out


def read_takeout(data: object, source: str, context: str) -> LogImport:
    """Car journeys of a Takeout location history (see the module docstring)."""
    try:
        fmt, segments = _segments(data)
    except InputError as exc:
        raise InputError(exc.problems, context) from None
    return _read_segments(fmt, segments, source, context)


def read_takeout_files(files: list[tuple[str, bytes]], source: str, context: str) -> LogImport:
    """Several Takeout files read as one history (the older export's month files, from a Takeout .zip or a folder):
    every JSON file among them that is a location history; a problem is named by the file and its JSON path."""
    fmt = ""
    segments: list[tuple[str, object, object, object]] = []
    for name, data in sorted(files):
        try:
            parsed = parse_json(data.decode("utf-8").removeprefix("\ufeff"), context)
        except UnicodeDecodeError as exc:
            raise InputError([FieldProblem(name, f"byte at offset {exc.start}", "UTF-8 JSON")], context) from exc
        except InputError as exc:
            raise InputError([FieldProblem(f"{name}: {p.field}", p.value, p.allowed) for p in exc.problems], context) from None
        if not is_takeout(parsed):
            continue
        try:
            kind, found = _segments(parsed)
        except InputError as exc:
            raise InputError([FieldProblem(f"{name}: {p.field}", p.value, p.allowed) for p in exc.problems], context) from None
        fmt = fmt or kind
        segments.extend((f"{name}: {path}", kind_, metres, start) for path, kind_, metres, start in found)
    if not fmt:
        listed = ", ".join(name for name, _ in sorted(files)[:5]) or "none"
        raise InputError(
            [FieldProblem("JSON files", listed, "Takeout location history files (timelineObjects or semanticSegments)")], context
        )
    return _read_segments(fmt, segments, source, context)


def _read_segments(fmt: str, segments: list[tuple[str, object, object, object]], source: str, context: str) -> LogImport:
    problems = _Problems()
    days: list[int] = []
    miles: list[float] = []
    lines: list[int] = []
    ignored: dict[str, list[float]] = {}
    seen: dict[tuple[str, str, str], str] = {}  # a car journey (type, distance, start) -> its first JSON path
    skipped = 0
    for index, (path, raw_type, raw_metres, raw_start) in enumerate(segments, start=1):
        kind = _type(raw_type)
        if kind in CAR_TYPES:
            first = seen.setdefault((kind, str(raw_metres), str(raw_start)), path)
            if first != path:
                problems.by_line.setdefault(
                    index,
                    FieldProblem(
                        path, raw_start, f"a duplicate of {first}: the same journey (a file given twice, or overlapping exports)"
                    ),
                )
                continue
        metres = _metres(raw_metres)
        if raw_metres is not None and metres is None:
            problems.by_line.setdefault(
                index,
                FieldProblem(path + (".distance" if "timeline" in path else ".distanceMeters"), raw_metres, "metres, 0 or more"),
            )
            continue
        if kind not in CAR_TYPES:
            entry = ignored.setdefault(kind, [0, 0.0])
            entry[0] += 1
            entry[1] += (metres or 0.0) * MI_PER_M
            continue
        if metres is None:
            skipped += 1  # a car journey Google recorded without a distance
            continue
        if metres > MAX_SEGMENT_KM * 1000:
            problems.by_line.setdefault(
                index, FieldProblem(path, f"{metres / 1000:,.1f} km", f"a car journey of at most {MAX_SEGMENT_KM:,.0f} km")
            )
            continue
        day = _day(raw_start)
        if day is None:
            where = ".duration.startTimestamp" if fmt == "takeout_timeline_objects" else "(startTime)"
            problems.by_line.setdefault(
                index,
                FieldProblem(
                    path + where, raw_start, f"a timestamp such as 2024-03-04T08:58:11+01:00, {FIRST_YEAR} to {LAST_YEAR}"
                ),
            )
            continue
        days.append(day.toordinal())
        miles.append(metres * MI_PER_M)
        lines.append(index)
    if not days and not problems.by_line:
        found = ", ".join(f"{k} ({int(v[0])})" for k, v in sorted(ignored.items())) or "no activities"
        raise InputError(
            [FieldProblem("car journeys", f"none; found {found}", "car journeys (" + " or ".join(CAR_TYPES) + ")")], context
        )
    return build_import(
        np.asarray(days, dtype=np.int64),
        np.asarray(miles, dtype=np.float64),
        np.asarray(lines, dtype=np.int64),
        rows=len(segments),
        source=source,
        fmt=fmt,
        unit="km",
        context=context,
        problems=problems,
        header_line=1,
        names=[path for path, _, _, _ in segments],
        skipped=skipped,
        ignored=tuple((k, int(v[0]), round(v[1], 2)) for k, v in sorted(ignored.items(), key=lambda kv: -kv[1][0])),
    )


def parse_json(text: str, context: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError([FieldProblem(f"line {exc.lineno}, column {exc.colno}", exc.msg, "valid JSON")], context) from exc
    except RecursionError as exc:
        raise InputError([FieldProblem("file", "nested too deeply", "a Takeout location history")], context) from exc
