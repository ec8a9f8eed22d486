"""Climate: monthly mean temperatures (by US state or typed in) and what they do to energy use and range.

Range factors (share of the range at 70 F) are anchored on the figures in the project's reference:
- AAA 2019: at 20 F with the cabin heated range fell 41%; at 95 F with air conditioning 17%.
- Recurrent 2024/25 (18,000 cars): winter range averaged 80% of normal; 83% with a heat pump, 75% without.
  This app places Recurrent's "winter" at a 32 F monthly mean.
- With a heat pump at 20 F: AAA's 41% loss scaled by Recurrent's heat-pump / no-heat-pump loss ratio
  (17% / 25%); an unknown heat pump takes the fleet average (20% / 25%).
- Gasoline (US DOE, fueleconomy.gov): fuel economy about 15% lower at 20 F; no hot-weather loss assumed.
Between anchors the factors are linear in temperature; beyond 20 F and 95 F they are held, not extrapolated.

EPA label figures already stand for average US conditions, so the monthly factors are normalised: a
household whose months match the contiguous-US average (mean of the 48 states' means) uses exactly the
label over a year, a colder one more, a milder one less.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import numpy.typing as npt
import pandas as pd

from buyer_app.core.errors import FieldProblem, InputError
from buyer_app.core.resources import resource_path

FloatArray = npt.NDArray[np.float64]
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")
CLIMATE_FILE = ("climate", "state_monthly_temperature_f.csv")
CLIMATE_SOURCE = ("NOAA NCEI nClimDiv statewide mean temperature 1991-2020 (public domain), "
                  "https://www.ncei.noaa.gov/pub/data/cirs/climdiv/")
FACTOR_SOURCE = ("AAA 2019 (20 F: -41% range, 95 F: -17%); Recurrent 2024/25 winter range 80% (83% heat pump, "
                 "75% without); US DOE fueleconomy.gov: gasoline -15% at 20 F")
TEMP_RANGE_F = (-60.0, 120.0)

_TEMPS = (20.0, 32.0, 70.0, 95.0)
RANGE_ANCHORS = {  # share of the 70 F range at 20, 32, 70 and 95 F
    "with heat pump": (1 - 0.41 * 17 / 25, 0.83, 1.0, 0.83),
    "without heat pump": (0.59, 0.75, 1.0, 0.83),
    "heat pump unknown": (1 - 0.41 * 20 / 25, 0.80, 1.0, 0.83),
}
GAS_ANCHORS = ((20.0, 0.85), (70.0, 1.0))

# 365-day year: month index (0-11) of each day
DAY_MONTH = np.repeat(np.arange(12), [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])


@dataclass(frozen=True)
class Climate:
    """Twelve monthly mean temperatures in F and where they come from."""

    monthly_f: tuple[float, ...]
    label: str  # "Minnesota (NOAA 1991-2020 statewide mean)" or "entered by hand"
    state: str = ""  # two-letter code when taken from the state table

    def to_dict(self) -> dict[str, object]:
        if self.state:
            return {"state": self.state}
        return {"monthly_f": list(self.monthly_f)}


@lru_cache(maxsize=1)
def state_table() -> pd.DataFrame:
    """The shipped state table (50 states and DC), indexed by two-letter code."""
    return pd.read_csv(resource_path(*CLIMATE_FILE), keep_default_na=False).set_index("state_abbr")


def state_codes() -> tuple[str, ...]:
    return tuple(state_table().index)


def state_climate(code: str) -> Climate:
    """The climate of a US state (or DC); raises InputError for an unknown code."""
    table = state_table()
    key = code.strip().upper() if isinstance(code, str) else code
    if not isinstance(key, str) or key not in table.index:  # a list or an object from a file is not hashable
        raise InputError([FieldProblem("climate.state", code, "a US state code such as MN or CA, or DC")])
    row = table.loc[key]
    temps = tuple(float(str(table.at[key, f"{m}_f"])) for m in MONTHS)
    return Climate(temps, f"{row['state_name']} (NOAA 1991-2020 statewide mean)", str(key))


def manual_climate(values: object) -> Climate:
    """Twelve monthly temperatures typed in (F), validated."""
    lo, hi = TEMP_RANGE_F
    if not isinstance(values, (list, tuple)) or len(values) != 12:
        raise InputError([FieldProblem("climate.monthly_f", values, "12 monthly mean temperatures in F, January first")])
    problems = []
    for k, value in enumerate(values):
        # the range first: comparing never overflows, math.isfinite does for an integer too large for a float
        ok = isinstance(value, (int, float)) and not isinstance(value, bool) and lo <= value <= hi and math.isfinite(value)
        if not ok:
            problems.append(FieldProblem(f"climate.monthly_f[{MONTH_NAMES[k]}]", value,
                                         f"a temperature from {lo:.0f} to {hi:.0f} F"))
    if problems:
        raise InputError(problems)
    return Climate(tuple(float(v) for v in values), "entered by hand")  # type: ignore[arg-type]


def climate_from_dict(raw: object) -> Climate | None:
    """A saved climate ({"state": "MN"} or {"monthly_f": [...]}); None means label conditions."""
    if raw is None:
        return None
    if isinstance(raw, dict) and set(raw) == {"state"}:
        return state_climate(raw["state"])
    if isinstance(raw, dict) and set(raw) == {"monthly_f"}:
        return manual_climate(raw["monthly_f"])
    raise InputError([FieldProblem("climate", raw, 'null, {"state": "MN"} or {"monthly_f": [12 temperatures in F]}')])


@lru_cache(maxsize=1)
def national_monthly_f() -> FloatArray:
    """Contiguous-US monthly means (simple mean of the 48 states): the conditions a label stands for."""
    table = state_table()
    contiguous = table.drop(index=[c for c in ("AK", "HI", "DC") if c in table.index])
    return np.asarray([contiguous[f"{m}_f"].astype(float).mean() for m in MONTHS], dtype=float)


def range_share(temps_f: FloatArray, heat_pump: str = "heat pump unknown") -> FloatArray:
    """Share of the 70 F range left at each temperature (not normalised)."""
    return np.asarray(np.interp(temps_f, _TEMPS, RANGE_ANCHORS[heat_pump]), dtype=float)


def gas_share(temps_f: FloatArray) -> FloatArray:
    """Share of the 70 F fuel economy left at each temperature (not normalised)."""
    xs, ys = zip(*GAS_ANCHORS, strict=True)
    return np.asarray(np.interp(temps_f, xs, ys), dtype=float)


HEAT_PUMP_CODES = {1.0: "with heat pump", 0.0: "without heat pump"}


def ev_energy_factors(climate: Climate | None, heat_pump: FloatArray) -> FloatArray:
    """(N, 12) multiplier on label kWh per mile for each vehicle and month (1 without a climate).
    `heat_pump` per vehicle: 1 with, 0 without, NaN unknown."""
    n = len(heat_pump)
    if climate is None:
        return np.ones((n, 12))
    temps = np.asarray(climate.monthly_f, dtype=float)
    out = np.empty((n, 12))
    for code, name in (*HEAT_PUMP_CODES.items(), (None, "heat pump unknown")):
        rows = np.isnan(heat_pump) if code is None else heat_pump == code
        if rows.any():
            label = float(np.mean(1.0 / range_share(national_monthly_f(), name)))
            out[rows] = (1.0 / range_share(temps, name)) / label
    return out


def gas_factors(climate: Climate | None) -> FloatArray:
    """(12,) multiplier on label gallons per mile by month (1 without a climate)."""
    if climate is None:
        return np.ones(12)
    temps = np.asarray(climate.monthly_f, dtype=float)
    label = float(np.mean(1.0 / gas_share(national_monthly_f())))
    return np.asarray((1.0 / gas_share(temps)) / label, dtype=float)
