"""Errors the core raises for bad input; the faces turn them into words for people."""

from __future__ import annotations

from dataclasses import dataclass

MAX_SHOWN = 200  # characters of a bad value shown in a message


def format_bound(value: float) -> str:
    """A range limit as people write it: 150,000 or 0.55, never 1.5e+05."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.6g}"


@dataclass(frozen=True)
class FieldProblem:
    """One bad value: which field, what it was, and what is allowed."""

    field: str
    value: object
    allowed: str

    def describe(self) -> str:
        try:
            shown = repr(self.value)
        except ValueError:  # an integer of more than 4,300 digits has no text form in Python
            digits = int(abs(self.value).bit_length() * 0.30103) + 1 if isinstance(self.value, int) else 0
            shown = f"a number of about {digits:,} digits"
        if len(shown) > MAX_SHOWN:  # a hostile file's value can be megabytes long: show its start and its length
            shown = f"{shown[: MAX_SHOWN - 40]}… ({len(shown):,} characters)"
        return f"{self.field}: {shown} is not allowed ({self.allowed})"


class InputError(ValueError):
    """Raised with every problem found in one piece of input (a profile, flags, a price)."""

    def __init__(self, problems: list[FieldProblem], context: str = "") -> None:
        self.problems = problems
        self.context = context
        head = f"{context}: " if context else ""
        super().__init__(head + "; ".join(p.describe() for p in problems))


class ImportRefused(ValueError):
    """A vehicle data file that cannot be used; the active database is left as it was."""


class UnknownVehicle(LookupError):
    """A vehicle id that is not in the active database."""

    def __init__(self, ids: list[int]) -> None:
        self.ids = ids
        super().__init__("unknown vehicle id(s): " + ", ".join(str(i) for i in ids))
