"""How one Rewiring America incentive entry is read: its amount, payment, dates, price caps and income rule.

Each reader returns what the app's catalogue needs, or raises `Skip` with the reason the entry cannot be
used. Money is only ever taken from the data's own numbers; a description is read to confirm them or to
find a price cap, never to invent an amount.

Over 300 lines because it is a list of small, independent readers of one data source's fields; each is tested on
its own.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Any

FEDERAL_REPLACED = "replaced by the curated federal entry"
NOT_A_CAR = "not a car or home-charger incentive"
PUBLIC_CHARGER = "a public or DC fast charger, not a home charger"
PLUG_SHARING = "a plug-sharing device, not a charger"
AMOUNT_TYPE = "an amount type the app cannot use"
NO_AMOUNT = "no amount in the data"
FREE_OR_SERVICE = "a free charger or service with no stated value (100% of the cost, no cap)"
UNCAPPED_SHARE = "a share of the vehicle price with no cap in the data"
PERCENT_ABOVE_100 = "a percentage above 100% that the description does not confirm"
MISMATCH = "the amount in the data does not match the description"
PAYMENT = "a payment method the app does not know"
BAD_DATE = "a date that could not be read"
PRICE_LIMIT = "a price limit in the description could not be read"
NO_AUTHORITY = "the program or its authority is not in the data"
SCHEMA = "refused by the catalogue schema"

MIN_YEARLY_INCOME = 10_000.0  # a household-size table below this for one person is monthly or malformed
FPL_YEARS = {15650: 2025, 15060: 2024, 14580: 2023, 13590: 2022}  # HHS guideline for one person, contiguous US
_PAYMENTS = {
    "pos_rebate": "pos_rebate",
    "rebate": "rebate",
    "tax_credit": "tax_credit",
    "account_credit": "account_credit",
    "assistance_program": "voucher",
}
_STATUSES = ("single", "joint", "hoh", "married_filing_separately")

_MONEY = re.compile(r"\$\s?(\d[\d,]*(?:\.\d+)?)")
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s?%")
_NOT_A_CAR = re.compile(r"motorcycle|neighborhood electric vehicle|\bNEV\b|e-?bike|car-?\s?share|test drive|\bloans?\b", re.I)
_PUBLIC = re.compile(r"public(?:ly|y)? ?-?(?:accessible|available)|\bDCFC\b|DC fast|level 3 DC", re.I)
_PLUG_SHARING = re.compile(r"plug[- ]sharing|splitter", re.I)
_CAP_WORDS = r"(?:up to|under|below|less than|no more than|at most|of)"
_MSRP_CAPS = (
    re.compile(rf"\bMSRP (?:of )?{_CAP_WORDS} \$(\d[\d,]*)", re.I),
    re.compile(r"\bmaximum MSRP(?::| of)? \$(\d[\d,]*)", re.I),
    re.compile(r"\$(\d[\d,]*) (?:base )?MSRP or (?:less|lower)", re.I),
)
_PRICE_CAPS = (
    re.compile(rf"(?:with an?|whose|if the) (?:purchase |sale )?price (?:is )?(?:of )?{_CAP_WORDS} \$(\d[\d,]*)", re.I),
)
_PRICE_WORDING = re.compile(
    r"\bMSRP\b|price (?:cap|limit)|priced (?:under|below|at|up to)|fair market value"
    r"|(?:with an?|whose|if the) (?:purchase |sale )?price|\$\d[\d,]* or less"
    r"|vehicle (?:price|value)",
    re.I,
)
_INCOME_WORDING = re.compile(
    r"income[- ]qualif|income[- ]eligib|low[- ]income|moderate[- ]income|qualifying income|\bLIHEAP", re.I
)
_DEALER_UPFRONT = re.compile(r"dealers? (?:offer|appl|provide|take|deduct)\w*[^.]*(?:upfront|up-front|point of sale)", re.I)
_PHEV_WORDS = re.compile(r"plug-?in hybrid|\bPHEVs?\b", re.I)
_BEV_WORDS = re.compile(r"\bB?EVs?\b|battery electric|all[- ]electric|fully electric|electric vehicle", re.I)


class Skip(Exception):
    """An entry the importer leaves out; the message is the reason."""

    def __init__(self, category: str, detail: str = "") -> None:
        super().__init__(f"{category}: {detail}" if detail else category)


def money(x: float) -> str:
    return f"${x:,.0f}" if float(x).is_integer() else f"${x:,.2f}"


def _figures(pattern: re.Pattern[str], text: str) -> list[float]:
    return [float(m.replace(",", "")) for m in pattern.findall(text)]


def check_scope(description: str, vehicles: list[str], has_charger: bool) -> None:
    """Refuse motorcycles, neighbourhood EVs, carshares, loans, public or DC fast chargers, plug splitters, and
    battery-EV entries whose description speaks only of plug-in hybrids."""
    if m := _NOT_A_CAR.search(description):
        raise Skip(NOT_A_CAR, m.group(0).lower())
    if (
        vehicles
        and all(i.endswith("_bev") for i in vehicles)
        and _PHEV_WORDS.search(description)
        and not _BEV_WORDS.search(description)
    ):
        raise Skip(MISMATCH, "the description is about plug-in hybrids, the data's items are battery EVs")
    if has_charger and not vehicles:
        if m := _PUBLIC.search(description):
            raise Skip(PUBLIC_CHARGER, m.group(0))
        if _PLUG_SHARING.search(description):
            raise Skip(PLUG_SHARING)


_NEW_WORDS = re.compile(r"\bnew\b", re.I)
_USED_WORDS = re.compile(r"\bused\b|pre-?owned|previously[- ]owned|second-?hand", re.I)


def match_condition(description: str, items: list[str]) -> tuple[list[str], str]:
    """Keep only new or only used items when the data lists both but the description speaks of one
    ("for a new EV with an MSRP up to $50,000"): a program for new cars must not pay for a used one."""
    new = [i for i in items if i.startswith("new_")]
    used = [i for i in items if i.startswith("used_")]
    if not new or not used:
        return items, ""
    says_new, says_used = bool(_NEW_WORDS.search(description)), bool(_USED_WORDS.search(description))
    if says_new and not says_used:
        return [i for i in items if not i.startswith("used_")], "the data also lists used vehicles; the description says new only"
    if says_used and not says_new:
        return [i for i in items if not i.startswith("new_")], "the data also lists new vehicles; the description says used only"
    return items, ""


def read_amount(amount: dict[str, Any], description: str, has_vehicle: bool) -> tuple[str, float, float | None, float | None]:
    """(amount_kind, amount, amount_cap, minimum) from the data's amount, checked against the description."""
    kind = amount.get("type")
    number = amount.get("number")
    cap = amount.get("maximum")
    minimum = amount.get("minimum")
    if kind not in ("dollar_amount", "percent"):
        raise Skip(AMOUNT_TYPE, str(kind))
    if isinstance(number, bool) or not isinstance(number, (int, float)) or number <= 0:
        raise Skip(NO_AMOUNT, repr(number))
    number = float(number)
    cap = float(cap) if isinstance(cap, (int, float)) and not isinstance(cap, bool) else None
    minimum = float(minimum) if isinstance(minimum, (int, float)) and not isinstance(minimum, bool) else None
    dollars = _figures(_MONEY, description)
    if kind == "percent":
        if number > 1:
            if number not in _figures(_PERCENT, description):
                raise Skip(PERCENT_ABOVE_100, f"{number:g}")
            number /= 100
        percents = _figures(_PERCENT, description)
        if percents and round(number * 100, 6) not in percents:
            raise Skip(MISMATCH, f"{number * 100:g}% in the data, {', '.join(f'{p:g}%' for p in percents)} in the description")
        if cap is None and number >= 1:
            raise Skip(FREE_OR_SERVICE)
        if cap is None and has_vehicle:
            raise Skip(UNCAPPED_SHARE)
    key = number if kind == "dollar_amount" else cap
    if dollars and key is not None and key not in dollars and key != sum(dollars):
        raise Skip(MISMATCH, f"{money(key)} in the data, {', '.join(money(d) for d in dollars)} in the description")
    if kind == "percent":
        return "percent", number, cap, None
    return "fixed", number, cap, minimum if minimum is not None and minimum < number else None


def add_phev_items(description: str, items: list[str]) -> tuple[list[str], str]:
    """Add the plug-in hybrid items the description covers but the data leaves out: Rewiring America files many
    state programs "for a new BEV or PHEV" under `new_electric_vehicle` alone, which would refuse plug-in hybrids
    the program pays for (Colorado's $750 credit, Vehicle Exchange Colorado, Vermont's utilities...)."""
    if not _PHEV_WORDS.search(description) or not _BEV_WORDS.search(description):
        return items, ""
    added = [f"{age}_phev" for age in ("new", "used") if f"{age}_bev" in items and f"{age}_phev" not in items]
    if not added:
        return items, ""
    return [*items, *added], "the description names plug-in hybrids too (the data lists battery EVs only)"


def phev_clause_amount(description: str) -> float | None:
    """The one dollar figure the description gives in its plug-in hybrid clause ("$3,000 for battery EVs; $1,500
    for plug-in hybrid EVs" -> 1500), or None."""
    clauses = [c for c in re.split(r"[;.](?:\s|$)|, or |\bor up to\b", description) if c.strip()]
    figures = [f for c in clauses if _PHEV_WORDS.search(c) for f in _figures(_MONEY, c)]
    return figures[0] if len(figures) == 1 else None


def powertrain_split(description: str, number: float, minimum: float) -> bool:
    """True when the description gives `number` for electric vehicles and `minimum` for plug-in hybrids."""
    clauses = [c for c in re.split(r"[;.](?:\s|$)|, or |\bor up to\b", description) if c.strip()]
    phev = [c for c in clauses if _PHEV_WORDS.search(c)]
    other = [c for c in clauses if not _PHEV_WORDS.search(c)]
    return any(_figures(_MONEY, c) == [minimum] for c in phev) and any(_figures(_MONEY, c) == [number] for c in other)


def read_payment(methods: list[Any], description: str) -> tuple[str, str]:
    """(payment, note): the first method listed; a tax credit that some dealers advance stays a tax credit."""
    if not methods or methods[0] not in _PAYMENTS:
        raise Skip(PAYMENT, ", ".join(str(m) for m in methods) or "none")
    if "tax_credit" in methods and "pos_rebate" in methods:
        if _DEALER_UPFRONT.search(description) and not re.search(r"\bsome dealers\b|\bmay\b", description, re.I):
            return "pos_rebate", "dealers take it off the price"
        note = "some dealers offer it as an upfront discount; counted as a tax credit" if "dealer" in description.lower() else ""
        return "tax_credit", note
    return _PAYMENTS[str(methods[0])], ""


def iso_date(value: Any, end: bool) -> str | None:
    """An ISO date; a bare year or year-month stands for its first day (start) or its last day (end)."""
    if value in (None, ""):
        return None
    text = str(value).strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            raise Skip(BAD_DATE, text) from None
    if re.fullmatch(r"\d{4}", text):
        return f"{text}-12-31" if end else f"{text}-01-01"
    if m := re.fullmatch(r"(\d{4})-(\d{2})", text):
        year, month = int(m.group(1)), int(m.group(2))
        if 1 <= month <= 12:
            return f"{text}-{calendar.monthrange(year, month)[1]:02d}" if end else f"{text}-01"
    raise Skip(BAD_DATE, text)


def read_price_caps(description: str, items: list[str]) -> tuple[float | None, float | None]:
    """(msrp_cap for new vehicles, used_price_cap for used ones) read from the description; any other price
    wording, or a cap on vehicles the entry does not cover, refuses the entry."""
    msrp_cap = used_cap = None
    rest = description
    for pattern in _MSRP_CAPS:
        if m := pattern.search(rest):
            msrp_cap = float(m.group(1).replace(",", ""))
            rest = rest[: m.start()] + rest[m.end() :]
            break
    for pattern in _PRICE_CAPS:
        if m := pattern.search(rest):
            used_cap = float(m.group(1).replace(",", ""))
            rest = rest[: m.start()] + rest[m.end() :]
            break
    if m := _PRICE_WORDING.search(rest):
        raise Skip(PRICE_LIMIT, f"'{m.group(0)}'")
    if msrp_cap is not None and not any(i.startswith("new_") for i in items):
        raise Skip(PRICE_LIMIT, "an MSRP cap on an entry without new vehicles")
    if used_cap is not None and not any(i.startswith("used_") for i in items):
        raise Skip(PRICE_LIMIT, "a purchase-price cap on an entry without used vehicles")
    return msrp_cap, used_cap


def _fpl_levels(fpl: dict[str, Any]) -> tuple[list[float], str]:
    table = fpl
    years = sorted(k for k in fpl if re.fullmatch(r"\d{4}", k))
    if years:
        table = fpl[years[-1]]
    levels = [float(x) for x in table["other"]["levels_by_hhsize"]]
    year = years[-1] if years else FPL_YEARS.get(int(levels[1]))
    said = f"the {year} HHS guidelines" if year else "year not stated in the data"
    return levels, f"contiguous-US levels from the data ({money(levels[1])} for one person, {said})"


def income_rule(
    key: str | None, description: str, thresholds: dict[str, Any], fpl: dict[str, Any], fallback_source: str
) -> dict[str, Any] | None:
    """The catalogue's income rule for an entry's `low_income` key (None: no income limit)."""
    if not key:
        if _INCOME_WORDING.search(description):
            return {
                "kind": "unknown",
                "text": "the data gives no income limit although the program is income-qualified",
                "source": fallback_source,
            }
        return None
    rule = thresholds.get(key) or next((v for k, v in thresholds.items() if k.strip() == key.strip()), None)
    if not isinstance(rule, dict):
        return {
            "kind": "unknown",
            "text": f"income rule '{key.strip()}' is missing from the data's income tables",
            "source": fallback_source,
        }
    source = str(rule.get("source_url") or fallback_source)
    kind, table = rule.get("type"), rule.get("thresholds") or {}
    label = str(rule.get("description") or f"income table '{key.strip()}' of the data").strip()
    if kind == "filing-status":
        limits = {s: [float(table[s][0]), float(table[s][1])] for s in _STATUSES if s in table}
        return {"kind": "filing_status", "limits": limits, "text": label, "source": source}
    if kind == "hhsize":
        values = {str(k): v for k, v in table.items()}
        first = values.get("1")
        if (
            not all(isinstance(v, (int, float)) for v in values.values())
            or not isinstance(first, (int, float))
            or first < MIN_YEARLY_INCOME
        ):
            size_1 = money(float(first)) if isinstance(first, (int, float)) else repr(first)
            return {
                "kind": "unknown",
                "source": source,
                "text": f"income table in the data looks monthly or malformed (size 1: {size_1}); not checked",
            }
        limits = {k: [0.0, float(v)] for k, v in sorted(values.items(), key=lambda kv: int(kv[0])) if v > 0}
        return {"kind": "household_size", "limits": limits, "text": label, "source": source}
    if kind == "fpl-percentage":
        pct = float(table["percentage"])
        levels, said = _fpl_levels(fpl)
        limits = {str(n): [0.0, float(round(levels[n] * pct / 100))] for n in range(1, 9)}
        return {
            "kind": "household_size",
            "limits": limits,
            "source": source,
            "text": f"{pct:g}% of the federal poverty level; {said}",
        }
    if kind == "ami-percentage":
        share = f"{float(table.get('percentage', 0)):g}%"
        return {
            "kind": "unknown",
            "source": source,
            "text": f"{share} of area median income; the app cannot check it from the state alone",
        }
    if kind == "county-hhsize":
        return {
            "kind": "unknown",
            "source": source,
            "text": f"income limits by county ({label}); the app cannot check them from the state alone",
        }
    return {"kind": "unknown", "text": f"income rule '{key.strip()}' of a kind the app does not know ({kind})", "source": source}
