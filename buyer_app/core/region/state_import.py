"""`db import --kind state-figures`: a newer state figures table (the shipped table's CSV), checked line by line and
made the active one. The file must be complete, like the shipped table: every state, DC and `US`, every field; start
from the active file (`buyer-app db info` names it) and change what is newer."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from buyer_app.core.errors import ImportRefused
from buyer_app.core.files.datasets import install
from buyer_app.core.files.safe_read import Unreadable, read_limited
from buyer_app.core.region.state_figures import REGIONAL_FILE, _table, parse_state_table, table_as_of

MAX_BYTES = 4 << 20  # the shipped table is about 200 KB


@dataclass(frozen=True)
class StateImport:
    folder: Path
    rows: int
    as_of: str


def import_state_figures(path: Path) -> StateImport:
    """Check `path` and make it the active state figures table; InputError (every bad line) or ImportRefused (the
    file cannot be read or stored) leave the active table as it was."""
    try:
        raw = read_limited(path, MAX_BYTES)
        text = raw.decode("utf-8")
    except Unreadable as exc:
        raise ImportRefused(f"{path}: {exc.reason} (a CSV file of at most {MAX_BYTES >> 20} MB)") from None
    except UnicodeDecodeError as exc:
        raise ImportRefused(f"{path}: not UTF-8 text (byte {exc.start})") from None
    table = parse_state_table(text, str(path))
    rows = sum(len(fields) for fields in table.values())
    as_of = table_as_of(table)
    metadata = {
        "kind": "state-figures",
        "source": f"your state figures table {path.name}",
        "source_file": path.name,
        "sha256": hashlib.sha256(raw).hexdigest(),
        "as_of": as_of,
        "rows": rows,
    }
    folder = install("state-figures", {REGIONAL_FILE[1]: raw}, metadata)
    _table.cache_clear()  # this process reads the new table from now on
    return StateImport(folder, rows, as_of)
