"""The translation catalogue in Qt's .ts format, read and written with the standard library (no Qt).

The .ts file (`resources/translations/buyer_app_<lang>.ts`) is the one source of the translations: the text layer
reads it here at run time, so the command line (Qt-free for most verbs) speaks the language too, and
`pyside6-lrelease` compiles it to the .qm that a Qt face may install as a QTranslator (same context,
`buyer_app`, same source texts). Keys are the English templates *before* they are filled in. A plural message
(`trn()`) is a .ts message with `numerus="yes"`: its source is the singular template, the English plural rides in
an `<extracomment>` (`plural: ...`), and its `<numerusform>`s are the language's forms.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

CONTEXT = "buyer_app"
PLURAL_MARK = "plural: "


@dataclass
class Message:
    """One template: its English source, the English plural for a counted one, and its translation(s)."""

    source: str
    plural: str | None = None  # set for a `trn()` message
    translations: list[str] = field(default_factory=list)  # one per plural form of the language; [] = untranslated
    obsolete: bool = False  # its template is gone from the code (kept, with its translation, for a later return)
    unfinished: bool = False  # a draft: not shown
    locations: list[tuple[str, int]] = field(default_factory=list)

    @property
    def translated(self) -> bool:
        """Translated and finished (every plural form)."""
        return not self.unfinished and bool(self.translations) and all(self.translations)


def read_ts(path: Path) -> tuple[str, dict[str, Message]]:
    """The language and the messages (by source) of the .ts file at `path`."""
    root = ET.parse(path).getroot()
    language = root.get("language", "")
    messages: dict[str, Message] = {}
    for context in root.iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for m in context.iter("message"):
            source = m.findtext("source") or ""
            plural = None
            for comment in m.iter("extracomment"):
                if (comment.text or "").startswith(PLURAL_MARK):
                    plural = (comment.text or "")[len(PLURAL_MARK) :]
            t = m.find("translation")
            kind = "" if t is None else t.get("type", "")
            forms = (
                []
                if t is None
                else [n.text or "" for n in t.iter("numerusform")]
                if m.get("numerus") == "yes"
                else [t.text or ""]
            )
            forms = [f for f in forms if f] if kind == "unfinished" else forms
            messages[source] = Message(source, plural, forms, kind in ("obsolete", "vanished"), kind == "unfinished")
    return language, messages


def write_ts(path: Path, language: str, messages: list[Message]) -> None:
    """Write `messages` (in their order) as a .ts file Qt Linguist and lrelease read."""
    root = ET.Element("TS", version="2.1", language=language)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for msg in messages:
        m = ET.SubElement(context, "message", numerus="yes") if msg.plural is not None else ET.SubElement(context, "message")
        for filename, line in msg.locations:
            ET.SubElement(m, "location", filename=filename, line=str(line))
        ET.SubElement(m, "source").text = msg.source
        if msg.plural is not None:
            ET.SubElement(m, "extracomment").text = PLURAL_MARK + msg.plural
        t = ET.SubElement(m, "translation")
        if msg.obsolete:
            t.set("type", "obsolete")
        elif not msg.translated:
            t.set("type", "unfinished")
        if msg.plural is not None:
            for form in msg.translations or [""]:
                ET.SubElement(t, "numerusform").text = form
        else:
            t.text = msg.translations[0] if msg.translations else ""
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
