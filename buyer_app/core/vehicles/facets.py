"""Year > Make > Model > Trim, as fueleconomy.gov lets a shopper choose: each list holds what the choices above it
leave (the makes of a year, the models of a make in that year, the trims of a model). "Model" is the EPA's base
model (Camry); a trim is the rest of the EPA model name (Camry HEV FF LE -> "HEV FF LE")."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pandas as pd

BASE_TRIM = ""  # the trim of a car whose EPA model name is its base model alone


def trim_name(model: str, base_model: str) -> str:
    """The EPA model name after its base model ("Camry HEV FF LE", "Camry" -> "HEV FF LE"); the whole name when it
    does not start with the base model."""
    if model == base_model:
        return BASE_TRIM
    if model.startswith(base_model + " "):
        return model[len(base_model) :].strip()
    return model


@dataclass(frozen=True)
class Choice:
    """The facets chosen so far (None: any)."""

    year: int | None = None
    make: str | None = None
    model: str | None = None  # base model
    trim: str | None = None  # full EPA model name of the trim

    def mask(self, frame: pd.DataFrame) -> npt.NDArray[np.bool_]:
        mask = np.ones(len(frame), dtype=bool)
        for column, value in (("year", self.year), ("make", self.make), ("base_model", self.model), ("model", self.trim)):
            if value is not None:
                mask &= (frame[column] == value).to_numpy(dtype=bool)
        return mask


def years(frame: pd.DataFrame) -> list[int]:
    """Model years in the table, newest first."""
    return sorted({int(y) for y in frame["year"].unique()}, reverse=True)


def makes(frame: pd.DataFrame, year: int | None = None) -> list[str]:
    """Makes of `year` (every year when None), alphabetical."""
    rows = frame if year is None else frame[frame["year"] == year]
    return sorted({str(m) for m in rows["make"].unique()}, key=str.casefold)


def models(frame: pd.DataFrame, make: str, year: int | None = None) -> list[str]:
    """Base models of `make` in `year` (every year when None), alphabetical."""
    rows = frame[Choice(year, make).mask(frame)]
    return sorted({str(m) for m in rows["base_model"].unique()}, key=str.casefold)


def trims(frame: pd.DataFrame, make: str, model: str, year: int | None = None) -> list[tuple[str, str]]:
    """(full EPA model name, trim name) of each trim of base model `model` of `make` in `year`, by trim name."""
    rows = frame[Choice(year, make, model).mask(frame)]
    names = {str(m) for m in rows["model"].unique()}
    return sorted(((n, trim_name(n, model)) for n in names), key=lambda pair: pair[1].casefold())
