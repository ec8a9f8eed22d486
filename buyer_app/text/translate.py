"""The user's language: every sentence template of `buyer_app.text` goes through `tr()` (or `trn()` when it counts).

Templates are keyed by their English text *before* they are filled in, so that `tr("ended {date}").format(date=...)`
finds one entry whatever the date. English is the default and is the templates themselves: with no language chosen
`tr()` hands its text back unchanged. `use_language("zh_CN")` loads `resources/translations/buyer_app_zh_CN.ts`
(Qt's translation source, read with the standard library by `buyer_app.text.catalogue`, so the command line
needs no Qt); `language_from_locale()` picks it from a setting or LC_ALL / LC_MESSAGES / LANG. A string kept in a
table and translated where it is shown is marked `tr_noop("...")` so that `tools/update_translations.py` finds it.
The core never calls this: it returns numbers, enums and typed reasons, and only the text package makes words.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path

from buyer_app.core.files.resources import resource_path
from buyer_app.text.catalogue import read_ts

ENGLISH = "en"
_lookup: Callable[[str], str] | None = None
_plurals: dict[str, list[str]] = {}
_language = ENGLISH
_given = False  # chosen on purpose (--lang): a window setting does not override it
missed: set[str] = set()  # templates asked for in another language that the catalogue lacks (tests read it)


def tr(text: str) -> str:
    """`text` in the user's language (unchanged in English)."""
    return text if _lookup is None else _lookup(text)


def tr_noop(text: str) -> str:
    """Mark `text` for the catalogue and return it untranslated: it is translated where it is shown (`tr(TABLE[k])`)."""
    return text


def plural_form(language: str, n: int) -> int:
    """Which plural form `n` takes in `language` (Qt's numerus order): Chinese has one, English two (1 / other)."""
    if language.split("_")[0] in ("zh", "ja", "ko"):
        return 0
    return 0 if n == 1 else 1


def trn(singular: str, plural: str, n: int) -> str:
    """The template that fits the count `n` ('{} year' / '{} years'), in the user's language; fill it in after."""
    forms = _plurals.get(singular)
    if forms:
        return forms[min(plural_form(_language, n), len(forms) - 1)]
    if _language != ENGLISH:
        missed.add(singular)
    return singular if n == 1 else plural


def install(lookup: Callable[[str], str] | None) -> None:
    """Install a translator (a function from an English template to its translation); None removes it."""
    global _lookup
    _lookup = lookup


def catalogue_path(language: str) -> Path:
    return resource_path("translations", f"buyer_app_{language}.ts")


def available_languages() -> tuple[str, ...]:
    """English and every language with a shipped catalogue ('zh_CN')."""
    folder = resource_path("translations")
    shipped = sorted(p.stem.removeprefix("buyer_app_") for p in folder.glob("buyer_app_*.ts")) if folder.is_dir() else []
    return (ENGLISH, *shipped)


def current_language() -> str:
    return _language


def language_given() -> bool:
    """Whether the language was chosen on purpose for this run (`--lang`), so that a saved setting yields to it."""
    return _given


def use_language(language: str, *, given: bool = False) -> None:
    """Speak `language` from now on ('en' or a shipped catalogue's, e.g. 'zh_CN'); an unknown one is refused with
    the languages there are. `given`: chosen on purpose (`--lang`), not from a setting or the locale."""
    global _language, _given
    if language == ENGLISH:
        install(None)
        _plurals.clear()
        _language, _given = ENGLISH, given
        return
    if language == _language and _lookup is not None:  # already loaded (the start preview loads it first)
        _given = _given or given
        return
    if language not in available_languages():
        raise ValueError(f"language {language!r} is not available; available: {', '.join(available_languages())}")
    _, messages = read_ts(catalogue_path(language))
    texts = {s: m.translations[0] for s, m in messages.items() if m.translated and not m.obsolete and m.plural is None}
    _plurals.clear()
    _plurals.update({s: m.translations for s, m in messages.items() if m.translated and not m.obsolete and m.plural})

    def lookup(text: str) -> str:
        found = texts.get(text)
        if found is None:
            missed.add(text)
            return text
        return found

    install(lookup)
    _language, _given = language, given


def language_from_locale(setting: str | None = None, environ: Mapping[str, str] = os.environ) -> str:
    """The language to speak: `setting` when it names one ('en', 'zh_CN'; '' or 'system' defer to the system),
    else the first of LC_ALL, LC_MESSAGES, LANG that is set ('zh_CN.UTF-8' -> 'zh_CN'; 'zh' and 'zh_SG' read
    simplified Chinese too); English when none names a language there is a catalogue for."""
    available = available_languages()
    if setting and setting != "system":
        return setting if setting in available else ENGLISH
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if not value:
            continue
        code = value.split(".")[0].split("@")[0].replace("-", "_")
        if code in available:
            return code
        lang, _, territory = code.partition("_")
        if lang == "zh" and territory in ("", "CN", "SG") and "zh_CN" in available:
            return "zh_CN"
        return ENGLISH  # the first one set decides (POSIX), even when it is a language without a catalogue
    return ENGLISH
