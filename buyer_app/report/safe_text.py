"""User and data text for the PDF: escaped (a name prints literally and loads nothing) and clipped, so one huge
name (a hostile or broken file's 640,000-character incentive name) cannot make the layout take minutes."""

from __future__ import annotations

import html

MAX_PRINTED = 2_000  # characters of one piece of text printed; far above any real name, note or source


def clip(text: str, limit: int = MAX_PRINTED) -> str:
    """`text` cut to `limit` characters, saying how long it was."""
    text = str(text)
    return text if len(text) <= limit else f"{text[:limit]}… (cut: {len(text):,} characters in all)"


def escape(text: str, quote: bool = False) -> str:
    """Escaped for the PDF's HTML and clipped (see `clip`)."""
    return html.escape(clip(text), quote)
