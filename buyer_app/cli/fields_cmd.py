"""`buyer-app fields`: every household input with its unit, range, default and source."""

from __future__ import annotations

import argparse
import json

from buyer_app.core.household.fields import FIELDS
from buyer_app.text.field_words import allowed_words, field_label, unit_words
from buyer_app.text.translate import tr


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("fields", help="list the household inputs with their defaults and sources")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "field": s.name,
                        "label": s.label,
                        "unit": s.unit,
                        "default": s.default,
                        "allowed": s.allowed(),
                        "source": s.source,
                        "as_of": s.as_of,
                    }
                    for s in FIELDS
                ],
                indent=2,
            )
        )
        return 0
    for s in FIELDS:
        print(
            tr("{name} = {default} {unit}\n    {label}; allowed: {allowed}\n    source ({date}): {source}").format(
                name=s.name,
                default=s.default,
                unit=unit_words(s.unit),
                label=field_label(s.name),
                allowed=allowed_words(s),
                date=s.as_of,
                source=s.source,
            )
        )
    return 0
