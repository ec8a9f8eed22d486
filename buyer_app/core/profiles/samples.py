"""The sample households shipped with the app (resources/samples, one profile per persona).

Each sample is an ordinary profile file (schema 4, migrated when read; schema 7 for the two with a charging
calendar: Georgia charges at a parent's on weekends only, New York plugs in on its monthly family visits; schema 8 for
the Shanghai family of the China market): the
window opens a copy of it, and the command line takes it as it is
(`buyer-app compare --profile resources/samples/minnesota-commuters.json`). Prices the curated table lacks, lease
offers and incomes in the samples are illustrative inputs, not quotes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from buyer_app.core.errors import FieldProblem, InputError
from buyer_app.core.files.resources import resource_path
from buyer_app.core.profiles.schema import Profile, load_profile

SAMPLES_DIR = "samples"

# file stem -> one line saying who the household is and what it compares, in the order of PERSONAS.md
_DESCRIPTIONS: tuple[tuple[str, str], ...] = (
    (
        "minnesota-commuters",
        "Minneapolis, 32-mile highway commutes, six 240-mile cabin trips, cold Januaries; Model Y, Equinox EV, "
        "RAV4 Hybrid, RAV4 PHEV; cash, 10 years.",
    ),
    (
        "california-renters",
        "Los Angeles renters, no home charging, free workplace Level 2 three days a week; Ioniq 5, Prius, "
        "Corolla Hybrid; 60-month loan at 6.9%.",
    ),
    (
        "texas-high-mileage",
        "Rural Texas, 22,000 miles a year with a weekly 140-mile round trip to the city; F-150, Maverick Hybrid, "
        "F-150 Lightning; cheap electricity.",
    ),
    (
        "new-york-retirees",
        "Upstate retirees, 6,000 miles a year and a 300-mile family visit each month, a 120 V outlet only; "
        "Camry Hybrid, Niro EV, Niro PHEV on lease offers.",
    ),
    (
        "colorado-family",
        "Denver family of four replacing the SUV: winter ski trips over the passes and an 1,800-mile summer road "
        "trip; EV9, Grand Highlander Hybrid, Sorento PHEV.",
    ),
    (
        "georgia-used-car-buyer",
        "Atlanta, first car, $22,000 budget, 9,000 miles a year, charging at a parent's house on weekends only; "
        "used 2022 Bolt EV, 2021 Prius, 2020 Civic.",
    ),
    (
        "shanghai-family",
        "Shanghai family of three (China market, yuan, km), a 36 km weekday commute and four long trips, a charger "
        "in the compound's car park; Xiaomi YU7, Tesla Model Y, BYD Song PLUS DM-i, Toyota Camry.",
    ),
)


@dataclass(frozen=True)
class Sample:
    """One shipped sample household."""

    key: str  # the file's stem, e.g. "minnesota-commuters"
    name: str  # the profile's name
    description: str  # one line
    path: Path


def samples_dir() -> Path:
    return resource_path(SAMPLES_DIR)


def _name(path: Path) -> str:
    """The profile's name, read without validating the whole file (the list is shown before any is opened)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return path.stem
    name = data.get("name") if isinstance(data, dict) else None
    return name if isinstance(name, str) and name else path.stem


def list_samples() -> tuple[Sample, ...]:
    """The shipped samples, in the order of the personas; a listed file that is missing is left out."""
    folder = samples_dir()
    out = []
    for key, description in _DESCRIPTIONS:
        path = folder / f"{key}.json"
        if path.is_file():
            out.append(Sample(key, _name(path), description, path))
    return tuple(out)


def load_sample(sample: Sample | str) -> Profile:
    """The sample's profile (validated like any profile file); InputError for an unknown key."""
    if isinstance(sample, str):
        found = [s for s in list_samples() if s.key == sample]
        if not found:
            known = ", ".join(s.key for s in list_samples())
            raise InputError([FieldProblem("sample", sample, f"one of {known}")])
        sample = found[0]
    return load_profile(sample.path)
