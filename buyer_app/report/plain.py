"""Printed words without developer text: sources cleaned of file paths, test names, issue numbers and field or
choice codes; household values in words (a percentage, not "0.1 fraction"; "Level 2 (240 V) at home", not a code);
and a source cut short to a few words for the summary's second page."""

from __future__ import annotations

import re

from buyer_app.core.household.fields import FIELD_BY_NAME, Household, household_to_dict
from buyer_app.core.household.state_fill import field_origin
from buyer_app.core.incentives.rules import purchase_day
from buyer_app.core.region.state_figures import STATE_NAMES
from buyer_app.text.choices import CHOICE_LABELS, choice_label
from buyer_app.text.field_words import field_label
from buyer_app.text.places import place_words as place_name
from buyer_app.text.translate import tr, tr_noop
from buyer_app.text.units import KM_PER_MI, L_PER_GAL, US_DISPLAY, Display
from buyer_app.text.wording import money

URL = re.compile(r"https?://\S+")
ISSUE = re.compile(r"\s*\(issue \d+\)|\bissue \d+\b", re.IGNORECASE)
TEST_CHECK = re.compile(r",?\s*(?:and\s+)?(?:checked|tested) by tests/\S+")
TEST_PATH = re.compile(r"\btests/[\w/.-]+")
EPA_FILE = re.compile(r"\b(?:fuelCost08 in )?vehicles\.csv\b")
PATH_ASIDE = re.compile(r"\s*\((?:resources|tools|tests)/[^()]*\)")  # "(tools/import_incentives.py)": dropped
IMPORT_NOTES = re.compile(r"\bas [A-Z_]+\.md describes\b")
DATA_PATH = re.compile(r"\bresources/[\w/.-]*|\b[\w-]+\.(?:csv|py|json|md|txt)\b")
IDENTIFIER = re.compile(r"'?\b([a-z][a-z0-9]*(?:_[a-z0-9]+)+)\b'?")
CODE_WORDS = {"level1": "Level 1", "level2": "Level 2"}
CODES = {code: label for choices in CHOICE_LABELS.values() for code, label in choices.items()}
# what a household figure in dollars is per (its field's unit after "USD/"), and the words of other units
PER_WORDS = {
    "": "",
    "yr": tr_noop(" a year"),
    "kWh": tr_noop(" per kWh"),
    "gal": tr_noop(" per gallon"),
    "mi": tr_noop(" a mile"),
    "min": tr_noop(" a minute"),
}
UNIT_WORDS = {"mi/yr": tr_noop("miles a year"), "yr": tr_noop("a year")}


def _identifier(match: re.Match[str]) -> str:
    name = match.group(1)
    if name in FIELD_BY_NAME:
        return f"“{field_label(name)}”"
    if name in CODES:
        return f"“{CODES[name]}”"
    return name.replace("_", " ")


def _clean(part: str) -> str:
    part = ISSUE.sub("", part)
    part = TEST_CHECK.sub("", part)
    part = TEST_PATH.sub("the app's tests", part)
    part = EPA_FILE.sub(
        lambda m: "the fuel costs in the EPA vehicle file" if m.group(0)[0] == "f" else "the EPA vehicle file", part
    )
    part = PATH_ASIDE.sub("", part)
    part = IMPORT_NOTES.sub("as the app's import notes describe", part)
    part = DATA_PATH.sub("the app's data tables", part)
    part = IDENTIFIER.sub(_identifier, part)
    for code, words in CODE_WORDS.items():
        part = re.sub(rf"\b{code}\b", words, part)
    return part


def plain(text: str) -> str:
    """`text` with developer words replaced by plain ones; web addresses kept as they are."""
    out, last = [], 0
    for m in URL.finditer(text):
        out.append(_clean(text[last : m.start()]))
        out.append(m.group(0))
        last = m.end()
    out.append(_clean(text[last:]))
    return "".join(out)


def value_text(h: Household, name: str, display: Display = US_DISPLAY) -> str:
    """A household value in words: '10%', '3% a year', '$0.143 per kWh', 'Level 2 (240 V) at home'; distances and
    fuel in a metric display's units ('15,666 km a year', '¥8.570 per litre')."""
    spec = FIELD_BY_NAME[name]
    value = household_to_dict(h)[name]
    if name == "purchase_date":
        return str(value) if value else tr("today ({})").format(purchase_day(h).isoformat())
    if name == "state":
        if isinstance(value, str) and "-" in value:  # a market pack's city (CN-SH): its name in the reader's words
            return place_name(value)
        return STATE_NAMES.get(str(value), tr("none chosen (US figures)")) if value != "US" else tr("none chosen (US figures)")
    if display.metric and spec.kind == "number" and isinstance(value, (int, float)) and not isinstance(value, bool):
        if spec.unit == "mi/yr":
            return tr("{:,.0f} km a year").format(value * KM_PER_MI)
        if spec.unit == "USD/gal":
            return money(value / L_PER_GAL, digits=3) + tr(" per litre")
        if spec.unit == "USD/mi":
            return money(value / KM_PER_MI, True) + tr(" a km")
    if spec.kind == "choice":
        return choice_label(name, str(value))
    if value == "" or value is None:
        return tr("none")
    if spec.kind != "number":
        return plain(str(value))
    number = float(value)
    unit = spec.unit
    if unit == "fraction":
        return f"{number:.1%}".replace(".0%", "%")
    if unit == "fraction/yr":
        return tr("{} a year").format(f"{number:.1%}".replace(".0%", "%"))
    if unit.startswith("USD"):
        per = unit[4:]
        cents = per in ("kWh", "mi", "min", "gal")
        amount = money(number, digits=3) if per in ("kWh", "gal") else money(number, cents)
        return amount + tr(PER_WORDS[per]) if PER_WORDS[per] else amount
    shown = f"{number:,.0f}" if number == int(number) else f"{number:,g}"
    return f"{shown} {tr(UNIT_WORDS[unit]) if unit in UNIT_WORDS else unit}".strip()


def short_source(h: Household, name: str) -> str:
    """Where a figure comes from in a few words: 'your figure', 'Colorado: EIA, 2023', 'app default: Stable Auto, 2024-06'."""
    o = field_origin(h, name)
    if o.origin == "yours":
        return tr("your figure")
    text = URL.sub("", o.source).strip()
    if o.origin == "state":
        text = text.split(": ", 1)[1] if ": " in text else text
        head = tr("{} figures").format(place_name(h.state))
    else:
        text = text.removeprefix("app default").lstrip(": ")
        head = tr("app default")
    words = re.split(r"[;(]|, (?=[a-z])|: ", text, maxsplit=1)[0].strip(" ,.")
    if len(words) > 48:
        words = words[:46].rsplit(" ", 1)[0] + "…"
    when = o.as_of.split(" to ")[-1] if o.as_of else ""
    return plain(
        tr(", ").join(part for part in (tr("{head}: {words}").format(head=head, words=words) if words else head, when) if part)
    )
