"""The answer for each vehicle on the summary's first page: the window's answer card (buyer_app.text.answer) laid
out for print, so the card and page 1 say the same words and decide the standing the same way. Only what print
needs is added here: a printed name that never runs over two lines, and the kind of car with its price."""

from __future__ import annotations

from dataclasses import dataclass

from buyer_app.core.costs.compare import Comparison, VehicleOutcome
from buyer_app.text.answer import cards, monthly_cost
from buyer_app.text.card import Card
from buyer_app.text.choices import powertrain_label
from buyer_app.text.translate import tr
from buyer_app.text.units import US_DISPLAY, Display
from buyer_app.text.wording import money

NAME_CHARS = 54  # a name longer than this may wrap over more than two lines of its column: shortened, with a key
KEYS = "*†‡§"  # the marks of shortened names, in order (at most four vehicles on the summary's first page)


@dataclass(frozen=True)
class Answer:
    """One vehicle's rows on the first page (plain text, not yet escaped); `card` holds the card's own lines."""

    name: str  # as printed: the label, or its shortened form followed by its key
    kind: str  # "Battery electric; your price $48,990"
    total: str  # "$50,059", or "enter a price"
    per_month: str  # "$417", or "—"
    card: Card

    @property
    def priced(self) -> bool:
        return self.card.priced


def printed_names(labels: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """Each label as printed, and the key of those shortened: (mark, full label). A label longer than `NAME_CHARS`
    is cut at a word (make, model and the start of the trim kept) and marked."""
    names: list[str] = []
    key: list[tuple[str, str]] = []
    for label in labels:
        if len(label) <= NAME_CHARS:
            names.append(label)
            continue
        mark = KEYS[len(key) % len(KEYS)] * (1 + len(key) // len(KEYS))
        cut = label[: NAME_CHARS - 2].rsplit(" ", 1)[0]
        names.append(f"{cut}… {mark}")
        key.append((mark, label))
    return names, key


def _kind(v: VehicleOutcome, card: Card) -> str:
    kind = powertrain_label(v.powertrain).split(" (")[0]
    price = card.price or (tr("leased on your terms") if card.priced else tr("no price yet"))
    return tr("{kind}{used}; {price}").format(kind=kind, used=tr(", used") if v.used else "", price=price)


def answers(c: Comparison, display: Display = US_DISPLAY) -> tuple[list[Answer], list[tuple[str, str]]]:
    """Each vehicle's answer in the comparison's order, and the key of the shortened names."""
    currency = display.currency
    names, key = printed_names([v.label + (tr(" (used)") if v.used else "") for v in c.vehicles])
    years = c.household.years
    rows = []
    for k, (v, card) in enumerate(zip(c.vehicles, cards(c, display=display), strict=True)):
        month = monthly_cost(v, years, card.priced)
        rows.append(
            Answer(
                name=names[k],
                kind=_kind(v, card),
                total=money(v.total_cost, currency=currency) if card.priced else tr("enter a price"),
                per_month=money(month, currency=currency) if month is not None else "—",
                card=card,
            )
        )
    return rows, key
