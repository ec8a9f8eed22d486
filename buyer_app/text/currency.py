"""The app's money formatters (pure): the amount with its currency's symbol, or its code after it.

`buyer_app.text.wording` hands them on (`wording.money`), and `buyer_app.text.units` passes a display's currency
to them; they live apart from both so that neither imports the other.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from buyer_app.text.translate import tr, tr_noop

CURRENCY_SYMBOLS = {"USD": "$", "CNY": "¥"}  # ¥ as Chinese price tags write it (CNY is the code)
CURRENCY_NAMES = {"USD": tr_noop("US dollars"), "CNY": tr_noop("yuan (CNY)")}


# The currency amounts are written in when a caller names none: the face sets it from the profile's market (a China
# profile's amounts are yuan everywhere its words are made), US dollars otherwise
_CURRENCY: ContextVar[str] = ContextVar("currency", default="USD")


@contextmanager
def amounts_in(currency: str) -> Iterator[None]:
    """Within this block, amounts without a named currency are written in `currency`."""
    token = _CURRENCY.set(currency)
    try:
        yield
    finally:
        _CURRENCY.reset(token)


def set_currency(currency: str) -> None:
    """Amounts without a named currency are written in `currency` from now on (a window showing one profile)."""
    _CURRENCY.set(currency)


def current_currency() -> str:
    return _CURRENCY.get()


def currency_name(currency: str | None = None) -> str:
    """The currency in words ('US dollars', 'yuan (CNY)'); the code of one without words here."""
    code = currency or _CURRENCY.get()
    name = CURRENCY_NAMES.get(code)
    return tr(name) if name is not None else code


def currency_symbol(currency: str | None = None) -> str:
    """'$', '¥', or the code of a currency without a symbol here."""
    code = currency or _CURRENCY.get()
    return CURRENCY_SYMBOLS.get(code, code)


def money(value: float | None, cents: bool = False, *, currency: str | None = None, digits: int | None = None) -> str:
    """The app's one money formatter: '$1,234', '-$5', '$0.15' (cents), '$0.146' (digits=3); '—' when unknown.

    A currency without a symbol here is written after the number ('1,234 EUR'); no currency named: the current one
    (`amounts_in`), US dollars by default."""
    if value is None or value != value:
        return "—"
    currency = currency or _CURRENCY.get()
    places = digits if digits is not None else (2 if cents else 0)
    return _with_currency("-" if value < 0 else "", f"{abs(value):,.{places}f}", currency)


def money_compact(value: float, *, currency: str | None = None) -> str:
    """A short amount for chart axes and read-outs: '$850', '$1.5k', '$12k' (one decimal below 10k, so
    neighbouring ticks never read the same)."""
    currency = currency or _CURRENCY.get()
    size = abs(value)
    if size >= 9_950:
        number = f"{size / 1000:,.0f}k"
    elif size >= 1000:
        number = f"{size / 1000:.1f}k".replace(".0k", "k")
    else:
        number = f"{size:,.0f}"
    return _with_currency("-" if value < 0 else "", number, currency)


def _with_currency(sign: str, number: str, currency: str) -> str:
    symbol = CURRENCY_SYMBOLS.get(currency)
    return f"{sign}{symbol}{number}" if symbol else f"{sign}{number} {currency}"


def parse_price(text: str) -> float | None:
    """A typed price in USD ('' clears it back to the base MSRP); ValueError if not allowed."""
    cleaned = text.replace("$", "").replace(",", "").strip()
    if not cleaned:
        return None
    value = float(cleaned)
    if not 1 <= value <= 10_000_000:
        raise ValueError(text)
    return value
