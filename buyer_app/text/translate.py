"""`tr()`: every sentence the faces show goes through it, so the window may install a translator later."""

from __future__ import annotations


def tr(text: str) -> str:
    """The text in the user's language: a pass-through for now; the window may install a translator (Qt Linguist)
    here. Call it on the template, before formatting, so a translation keeps its placeholders."""
    return text
