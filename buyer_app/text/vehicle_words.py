"""Words for finding a car: the EPA's trim codes in plain words, a car's details as the picker shows them, what a
search could not match and what the price and range limits hide."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from buyer_app.core.vehicles.narrowing import Hidden
from buyer_app.core.vehicles.search import Ranking
from buyer_app.core.vehicles.trim_codes import TrimCode, trim_codes
from buyer_app.text.choices import drive_label, epa_class_label, powertrain_short
from buyer_app.text.translate import tr, tr_noop
from buyer_app.text.units import KM_PER_MI
from buyer_app.text.wording import money

# what the EPA file says each code means (sources in core/vehicles/trim_codes.py)
Row = Mapping[Any, Any]  # one vehicle: a record of the vehicle table (a dict, or a pandas row as a dict)

TRIM_CODE_WORDS: dict[TrimCode, str] = {
    TrimCode.FF: tr_noop("front-wheel drive"),
    TrimCode.FWD: tr_noop("front-wheel drive"),
    TrimCode.RWD: tr_noop("rear-wheel drive"),
    TrimCode.TWO_WD: tr_noop("two-wheel drive (front or rear)"),
    TrimCode.AWD: tr_noop("all-wheel drive"),
    TrimCode.FOUR_WD: tr_noop("four-wheel drive"),
    TrimCode.MAKER_AWD: tr_noop("the maker's all-wheel drive"),
    TrimCode.HEV: tr_noop("hybrid"),
    TrimCode.MHEV: tr_noop("mild hybrid"),
    TrimCode.PHEV: tr_noop("plug-in hybrid"),
    TrimCode.E_HYBRID: tr_noop("plug-in hybrid"),
    TrimCode.FFV: tr_noop("flex-fuel (gasoline or E85)"),
    TrimCode.EV: tr_noop("electric"),
}
TRIM_CODE_SOURCE = "meanings as the EPA's own fields state them (fueleconomy.gov vehicles.csv, 2025-10-28)"

HIDDEN_WORDS: dict[Hidden, str] = {
    Hidden.NO_PRICE: tr_noop("{n} no price"),
    Hidden.ABOVE_MAX_PRICE: tr_noop("{n} above your max. price"),
    Hidden.NO_ELECTRIC_RANGE: tr_noop("{n} not plug-ins (no electric range)"),
    Hidden.BELOW_MIN_RANGE: tr_noop("{n} below your min. range"),
}


def full_name(row: Row) -> str:
    """'2025 Toyota Camry HEV FF LE': year, make and the EPA model name, uncut."""
    return f"{int(row['year'])} {row['make']} {row['model']}"


def transmission_words(epa: str) -> str:
    """The EPA's transmission in words: 'Manual 5-spd' -> 'manual 5-speed', 'Automatic (variable gear ratios)' ->
    'automatic, variable gear ratios', 'Automatic (AV-S7)' -> 'automatic AV-S7' (the EPA's own code kept)."""
    text = re.sub(r"(\d+)-spd\b", r"\1-speed", epa.strip())
    m = re.fullmatch(r"(\w+) \((.+)\)", text)
    if m:
        return f"{m[1].lower()}{', ' if ' ' in m[2] else ' '}{m[2]}"
    return text[:1].lower() + text[1:]


def _telling(rows: Sequence[Row]) -> list[list[str]]:
    """For each way of telling rows apart (transmission, drive, EPA label), its words for each row."""
    trans = [transmission_words(str(r.get("transmission") or "")) for r in rows]
    drive = [str(r.get("drive") or "")[:1].lower() + str(r.get("drive") or "")[1:] for r in rows]
    label = [tr("EPA {}").format(epa_label(r)) if epa_label(r) else "" for r in rows]
    return [trans, drive, label]


def distinct_names(rows: Sequence[Row]) -> list[str]:
    """The full name of each row; where two or more rows would read the same, each gets what tells them apart, in
    brackets: the transmission, else the drive, else the EPA label, else all three ('2025 Nissan Versa (manual
    5-speed)'). Rows alike even so (the EPA lists some twice) keep their full name."""
    names = [full_name(r) for r in rows]
    same: dict[str, list[int]] = defaultdict(list)
    for k, name in enumerate(names):
        same[name].append(k)
    for group in (g for g in same.values() if len(g) > 1):
        ways = _telling([rows[k] for k in group])
        every = [", ".join(w for w in words if w) for words in zip(*ways, strict=True)]
        for words in (*ways, every):
            if len(set(words)) == len(words) and all(words):
                for k, w in zip(group, words, strict=True):
                    names[k] = f"{names[k]} ({w})"
                break
    return names


def explain_codes(model: str, base_model: str) -> str:
    """'HEV: hybrid; FF: front-wheel drive' for the codes in the trim part of an EPA model name ('' when none)."""
    return "; ".join(f"{written}: {tr(TRIM_CODE_WORDS[code])}" for written, code in trim_codes(model, base_model))


def _number(value: Any) -> float | None:
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else float(value)


def epa_label(row: Row) -> str:
    """The window-sticker figure: '51 MPG', '132 MPGe', or '' when the EPA gives none."""
    value = _number(row.get("label_mpg_comb"))
    if value is None:
        return ""
    return f"{value:.0f} {'MPGe' if row.get('powertrain') == 'bev' else 'MPG'}"


def price_line(row: Row) -> str:
    price = _number(row.get("msrp_usd"))
    if price is None:
        return tr("Price: none sourced; add the car and enter your dealer's price")
    source = str(row.get("msrp_source") or "")
    as_of = str(row.get("msrp_as_of") or "")
    trim = str(row.get("msrp_trim") or "")
    where = ", ".join(p for p in (tr("{} trim").format(trim) if trim else "", tr("as of {}").format(as_of) if as_of else "") if p)
    line = tr("Base MSRP {price}").format(price=money(price)) + (f" ({where})" if where else "")
    return line + (f"\n{tr('Source')}: {source}" if source else "")


def details_lines(row: Row, metric: bool = False) -> list[str]:
    """The car's details for the picker's pane and tooltips: full name, type, codes, drive, battery, range (in km
    when `metric`), EPA label, price and its source."""
    lines = [full_name(row)]
    kind = powertrain_short(str(row["powertrain"]))
    lines.append(f"{kind} · {epa_class_label(str(row['epa_class']))} · {drive_label(str(row['drive']))}")
    codes = explain_codes(str(row["model"]), str(row["base_model"]))
    if codes:
        lines.append(tr("In the name: {codes}").format(codes=codes))
    figures = []
    if label := epa_label(row):
        figures.append(tr("EPA label {label}").format(label=label))
    if (rng := _number(row.get("range_mi"))) is not None and rng > 0:
        electric = _number(row.get("electric_range_mi"))
        if metric and row.get("powertrain") == "phev" and electric:
            figures.append(
                tr("{electric:.0f} km electric, {total:.0f} km in all").format(
                    electric=electric * KM_PER_MI, total=rng * KM_PER_MI
                )
            )
        elif metric:
            figures.append(tr("range {rng:.0f} km").format(rng=rng * KM_PER_MI))
        elif row.get("powertrain") == "phev" and electric:
            figures.append(tr("{electric:.0f} mi electric, {total:.0f} mi in all").format(electric=electric, total=rng))
        else:
            figures.append(tr("range {rng:.0f} mi").format(rng=rng))
    if (battery := _number(row.get("battery_kwh"))) is not None and battery > 0:
        figures.append(tr("battery {kwh:.0f} kWh usable").format(kwh=battery))
    if figures:
        lines.append(" · ".join(figures))
    lines.append(price_line(row))
    return lines


def hidden_note(hidden: Mapping[Hidden, int], max_price: float | None = None) -> str:
    """'12 hidden: 9 no price, 3 above your max. price ($30,000)'; '' when nothing is hidden."""
    total = sum(hidden.values())
    if not total:
        return ""
    parts = [tr(HIDDEN_WORDS[reason]).format(n=f"{n:,}") for reason, n in hidden.items() if n]
    if max_price is not None and Hidden.ABOVE_MAX_PRICE in hidden:
        parts = [p + f" ({money(max_price)})" if p.endswith(tr("max. price")) else p for p in parts]
    return tr("{total} hidden: {parts}").format(total=f"{total:,}", parts=", ".join(parts))


def search_note(ranking: Ranking, years_known: list[int]) -> str:
    """What the search could not do: a year the database lacks, words nothing matched ('' when all went well)."""
    notes = []
    missing = sorted(y for y in ranking.years if y not in years_known)
    if missing and years_known:
        notes.append(
            tr("No {years} vehicles in the database (it holds {first}–{last}).").format(
                years=", ".join(map(str, missing)), first=min(years_known), last=max(years_known)
            )
        )
    if ranking.unmatched:
        words = ", ".join(f"“{w}”" for w in ranking.unmatched)
        if ranking.positions.size:
            notes.append(tr("Nothing matches {words}; showing the cars that match your other words.").format(words=words))
        else:
            notes.append(tr("Nothing matches {words}.").format(words=words))
    elif not ranking.complete and ranking.positions.size:
        notes.append(tr("No car matches all your words; showing those that match the most."))
    return " ".join(notes)


OWN_MARKER = tr_noop("(your entry)")  # core.vehicles.custom.USER_MARKER, the JSON's words


def own_marker() -> str:
    """The words after the name of a vehicle the household entered, in the reader's language ('(your entry)'). A
    face that writes JSON keeps the core's English marker instead: the label there is a contract."""
    return tr(OWN_MARKER)
