"""Climate: monthly mean temperatures (by US state or typed in) and what they do to energy use and range.

Range factors (share of the range at 70 F, where the app puts the EPA label) are anchored on measured figures:
- 32 F: Recurrent's winter study (January 2025, about 18,000 cars): each model's own retention where published
  (resources/climate/winter_range_retention.csv: Model Y 86%, Ioniq 5 85%, Equinox EV 74%, Bolt 69%...), else
  83% with a heat pump, 75% without, 80% when it is not known (the fleet).
- 20 F: AAA 2019's 41% loss with the cabin heated, scaled by the car's own 32 F loss against the 25% of cars
  without a heat pump (so 59% without one, 72% with one, 49% for a Bolt).
- 90 F and 100 F: Recurrent, range in the heat (2023 and later): about 5% less at 90 F, up to 17% at 100 F.
- Gasoline cars (US DOE, Fact of the Week #1164, 2020-12-14): fuel economy 15% lower at 20 F; hybrids and a plug-in
  hybrid's gasoline miles about 30% lower. In the heat with air conditioning: gasoline 2-5% lower (INL 2006; 3% used),
  hybrids 12% lower at 95 F (AAA 2026).
Between anchors the factors are linear in temperature; beyond the coldest and hottest anchors they are held.

Energy use: EPA's label figures stand for average US conditions, so the monthly energy factors are normalised: a
household whose months match the contiguous-US average (mean of the 48 states' means) uses exactly the label over
a year, a colder one more, a milder one less (Geotab 2020, restated 2023: EVs used less than their rating in mild
weather, 115% of rated range at 70 F). Range shown and used for a day's coverage decisions is never above the
label: in mild months the label range, in cold or hot months the label times the measured retention.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import numpy.typing as npt
import pandas as pd

from buyer_app.core.errors import FieldProblem, InputError
from buyer_app.core.files.resources import resource_path

FloatArray = npt.NDArray[np.float64]
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
CLIMATE_FILE = ("climate", "state_monthly_temperature_f.csv")
CLIMATE_SOURCE = (
    "NOAA NCEI nClimDiv statewide mean temperature 1991-2020 (public domain), https://www.ncei.noaa.gov/pub/data/cirs/climdiv/"
)
FACTOR_SOURCE = (
    "Recurrent winter study January 2025 (32 F: per model where published, else 83% with a heat pump, 75% "
    "without, 80% unknown); AAA 2019 (20 F: -41% range with heat); Recurrent heat (90 F -5%, 100 F -17%); "
    "US DOE Fact of the Week #1164 (20 F: gasoline -15%, hybrids -30%); AAA 2026 (hybrids -12% at 95 F)"
)
TEMP_RANGE_F = (-60.0, 120.0)

RANGE_TEMPS = np.array([20.0, 32.0, 70.0, 90.0, 100.0])
RETENTION_32F = {"with heat pump": 0.83, "without heat pump": 0.75, "heat pump unknown": 0.80}
AAA_20F_LOSS, NO_HEAT_PUMP_32F_LOSS = 0.41, 0.25
HEAT_SHARES = (0.95, 0.83)  # at 90 F and 100 F
GAS_ANCHORS = {"ice": ((20.0, 0.85), (70.0, 1.0), (95.0, 0.97)), "hybrid": ((20.0, 0.70), (70.0, 1.0), (95.0, 0.88))}
RETENTION_FILE = ("climate", "winter_range_retention.csv")

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
            problems.append(
                FieldProblem(f"climate.monthly_f[{MONTH_NAMES[k]}]", value, f"a temperature from {lo:.0f} to {hi:.0f} F")
            )
    if problems:
        raise InputError(problems)
    return Climate(tuple(float(v) for v in values), "entered by hand")


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


def range_anchors(retention_32f: FloatArray) -> FloatArray:
    """(N, 5) share of the 70 F range at 20, 32, 70, 90 and 100 F for cars keeping `retention_32f` at 32 F."""
    r32 = np.asarray(retention_32f, dtype=float)
    r20 = np.clip(1 - AAA_20F_LOSS * (1 - r32) / NO_HEAT_PUMP_32F_LOSS, 0.35, r32)
    ones = np.ones_like(r32)
    return np.stack([r20, r32, ones, ones * HEAT_SHARES[0], ones * HEAT_SHARES[1]], axis=1)


def _weights(temps_f: FloatArray, anchors_f: FloatArray) -> FloatArray:
    """(T, A) linear-interpolation weights of each temperature on the anchors (held beyond the ends)."""
    temps = np.clip(np.asarray(temps_f, dtype=float), anchors_f[0], anchors_f[-1])
    eye = np.eye(len(anchors_f))
    return np.stack([np.interp(temps, anchors_f, eye[k]) for k in range(len(anchors_f))], axis=1)


def range_share(temps_f: FloatArray, heat_pump: str = "heat pump unknown") -> FloatArray:
    """Share of the 70 F range left at each temperature (not normalised), for the fleet of a heat-pump kind."""
    anchors = range_anchors(np.array([RETENTION_32F[heat_pump]]))[0]
    return np.asarray(_weights(temps_f, RANGE_TEMPS) @ anchors, dtype=float)


def gas_share(temps_f: FloatArray, kind: str = "ice") -> FloatArray:
    """Share of the 70 F fuel economy left at each temperature (not normalised): kind 'ice' or 'hybrid'."""
    xs, ys = zip(*GAS_ANCHORS[kind], strict=True)
    return np.asarray(np.interp(temps_f, xs, ys), dtype=float)


HEAT_PUMP_CODES = {1.0: "with heat pump", 0.0: "without heat pump"}


@lru_cache(maxsize=1)
def retention_table() -> dict[tuple[str, str], tuple[float, str, str]]:
    """(make, base model) -> (share of range kept at 32 F, source, as of): battery-electric models Recurrent measured."""
    frame = pd.read_csv(resource_path(*RETENTION_FILE), keep_default_na=False)
    out = {}
    for row in frame.itertuples():
        value = float(str(row.retention_32f))
        if not 0.4 <= value <= 1.0:
            raise InputError(
                [FieldProblem(f"{row.make} {row.base_model} retention_32f", value, "a share from 0.4 to 1")],
                "resources/climate/winter_range_retention.csv",
            )
        out[(str(row.make), str(row.base_model))] = (value, str(row.source), str(row.as_of))
    return out


def retention_column(frame: pd.DataFrame) -> FloatArray:
    """Each row's measured share of range at 32 F (battery-electric models Recurrent names), NaN otherwise."""
    out = np.full(len(frame), np.nan)
    table = retention_table()
    candidates = np.flatnonzero(
        (frame["powertrain"] == "bev").to_numpy() & frame["base_model"].isin({model for _make, model in table}).to_numpy()
    )
    makes, models = frame["make"].to_numpy(dtype=object), frame["base_model"].to_numpy(dtype=object)
    for k in candidates:
        found = table.get((str(makes[k]), str(models[k])))
        if found is not None:
            out[k] = found[0]
    return out


def vehicle_retention(heat_pump: FloatArray, measured: FloatArray | None = None) -> FloatArray:
    """Each vehicle's share of range kept at 32 F: its model's measured figure where published, else by whether it has
    a heat pump. Where both are known, what the user states bounds the model's fleet figure (which may mix cars
    with and without one): a heat pump keeps at least the heat-pump fleet's 83%, none at most the 75% of cars without."""
    by_pump = np.where(
        heat_pump == 1.0,
        RETENTION_32F["with heat pump"],
        np.where(heat_pump == 0.0, RETENTION_32F["without heat pump"], RETENTION_32F["heat pump unknown"]),
    )
    if measured is None:
        return np.asarray(by_pump, dtype=float)
    stated = np.where(
        heat_pump == 1.0, np.maximum(measured, by_pump), np.where(heat_pump == 0.0, np.minimum(measured, by_pump), measured)
    )
    return np.asarray(np.where(np.isnan(measured), by_pump, stated), dtype=float)


def range_shares(climate: Climate | None, retention_32f: FloatArray) -> FloatArray:
    """(N, 12) share of the 70 F (label) range in each month (1 without a climate)."""
    n = len(retention_32f)
    if climate is None:
        return np.ones((n, 12))
    anchors = range_anchors(retention_32f)
    return np.asarray(anchors @ _weights(np.asarray(climate.monthly_f, dtype=float), RANGE_TEMPS).T, dtype=float)


def ev_energy_factors(climate: Climate | None, heat_pump: FloatArray, retention_32f: FloatArray | None = None) -> FloatArray:
    """(N, 12) multiplier on label kWh per mile for each vehicle and month (1 without a climate), normalised so that
    the contiguous-US average climate uses the label over a year. `heat_pump` per vehicle: 1 with, 0 without, NaN
    unknown; `retention_32f` the model's measured share of range at 32 F where published (NaN otherwise)."""
    n = len(heat_pump)
    if climate is None:
        return np.ones((n, 12))
    kept = vehicle_retention(heat_pump, retention_32f)
    anchors = range_anchors(kept)
    national = 1.0 / (anchors @ _weights(national_monthly_f(), RANGE_TEMPS).T)  # (N, 12)
    here = 1.0 / (anchors @ _weights(np.asarray(climate.monthly_f, dtype=float), RANGE_TEMPS).T)
    return np.asarray(here / national.mean(axis=1, keepdims=True), dtype=float)


def gas_factors(climate: Climate | None, kind: str = "ice") -> FloatArray:
    """(12,) multiplier on label gallons per mile by month (1 without a climate); kind 'ice' or 'hybrid'."""
    if climate is None:
        return np.ones(12)
    temps = np.asarray(climate.monthly_f, dtype=float)
    label = float(np.mean(1.0 / gas_share(national_monthly_f(), kind)))
    return np.asarray((1.0 / gas_share(temps, kind)) / label, dtype=float)
