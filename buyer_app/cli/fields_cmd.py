"""`buyer-app fields`: every household input with its unit, range, default and source."""

from __future__ import annotations

import argparse
import json

from buyer_app.core.household.fields import FIELDS


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
        print(f"{s.name} = {s.default} {s.unit}\n    {s.label}; allowed: {s.allowed()}\n    source ({s.as_of}): {s.source}")
    return 0
