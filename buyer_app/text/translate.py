"""The hook where a translator is installed: every sentence template of `buyer_app.text` goes through `tr()`.

Today the app speaks English only and `tr()` hands its text back unchanged. A translation installs a
catalogue here (`install(lookup)`), keyed by the English template *before* it is filled in, so that
`tr("ended {date}").format(date=...)` finds one entry whatever the date. The core never calls this: it
returns numbers, enums and typed reasons, and only the text package turns them into words.
"""

from __future__ import annotations

from collections.abc import Callable

_lookup: Callable[[str], str] | None = None


def tr(text: str) -> str:
    """`text` in the user's language (unchanged until a translator is installed)."""
    return text if _lookup is None else _lookup(text)


def install(lookup: Callable[[str], str] | None) -> None:
    """Install a translator (a function from an English template to its translation); None removes it."""
    global _lookup
    _lookup = lookup
