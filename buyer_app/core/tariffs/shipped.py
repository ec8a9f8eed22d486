"""The tariffs shipped with the app (resources/tariffs/*.json): real URDB rates, each wrapped with its provenance.

A shipped file is an API answer (`{"items": [rate]}`, the rate unchanged) with an `app_tariff` block: its id (the
file's name), the URDB uri, the licence, where the copy came from and which sample household it is for.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from buyer_app.core.errors import FieldProblem, InputError
from buyer_app.core.files.resources import resource_path
from buyer_app.core.tariffs.urdb import Tariff, tariff_from_urdb

MAX_TARIFF_BYTES = 2 * 1024 * 1024  # a URDB rate is 5-50 kB; far above any


@dataclass(frozen=True)
class ShippedTariff:
    """One shipped rate: the checked tariff, its raw JSON and its provenance."""

    id: str
    tariff: Tariff
    raw: dict[str, object]
    uri: str
    licence: str
    provenance: str
    for_persona: str


def tariffs_dir() -> Path:
    return resource_path("tariffs")


@lru_cache(maxsize=1)
def shipped_tariffs() -> tuple[ShippedTariff, ...]:
    """Every shipped tariff, by id."""
    found: list[ShippedTariff] = []
    for path in sorted(tariffs_dir().glob("*.json")):
        raw = json.loads(path.read_text(encoding="utf-8"))
        about = raw.get("app_tariff", {})
        tariff = tariff_from_urdb(raw, f"shipped tariff {path.name}")
        found.append(
            ShippedTariff(
                id=path.stem,
                tariff=tariff,
                raw=raw,
                uri=str(about.get("uri") or tariff.uri),
                licence=str(about.get("licence", "")),
                provenance=str(about.get("provenance", "")),
                for_persona=str(about.get("for_persona", "")),
            )
        )
    return tuple(found)


def shipped_ids() -> tuple[str, ...]:
    return tuple(s.id for s in shipped_tariffs())


def shipped_tariff(tariff_id: str) -> ShippedTariff:
    """The shipped tariff of that id; InputError naming the ids there are."""
    for shipped in shipped_tariffs():
        if shipped.id == tariff_id:
            return shipped
    raise InputError(
        [FieldProblem("tariff", tariff_id, "a shipped tariff id: " + ", ".join(shipped_ids()) + ", or a URDB JSON file")]
    )


def read_tariff_file(path: Path) -> tuple[Tariff, dict[str, object]]:
    """A URDB rate from a JSON file (API answer or bare rate): the checked tariff and the rate object as read."""
    context = f"tariff file {path}"
    try:
        if path.stat().st_size > MAX_TARIFF_BYTES:
            raise InputError(
                [FieldProblem("(file size)", path.stat().st_size, f"at most {MAX_TARIFF_BYTES // 2**20} MiB")], context
            )
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(
            [FieldProblem("(file)", str(path), "an existing URDB JSON file or a shipped tariff id")], context
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(
            [FieldProblem("(file)", str(path), f"a readable UTF-8 file ({exc.__class__.__name__})")], context
        ) from None
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno} column {exc.colno}: {exc.msg}"
        raise InputError([FieldProblem("(JSON)", where, "a URDB rate as JSON")], context) from None
    tariff = tariff_from_urdb(data, context)
    rate = data["items"][0] if isinstance(data, dict) and "items" in data else data
    return tariff, rate
