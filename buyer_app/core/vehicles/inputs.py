"""Per-vehicle arrays the cost model reads, built from vehicle table rows and the user's overrides."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from typing import TYPE_CHECKING, TypeVar

import numpy as np
import numpy.typing as npt
import pandas as pd

from buyer_app.core.ownership.tables import body_class
from buyer_app.core.vehicles.dc_charging import GENERIC_C_RATE, STATION_KW, dc_session_minutes, generic_curve, parse_curve

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.intp]
POWERTRAIN_CODES = ("bev", "phev", "hev", "ice", "diesel", "flex", "fcev", "cng")
LABEL_MI = 100.0  # EPA's kWh and charge-depleting gallons are per 100 miles (kwh100_*, cd_gal100_*)
# resale curve of a row without one (hand-made tables; the shipped database has every row's): app fallback
FALLBACK_FIRST_YEAR_LOSS, FALLBACK_RETAINED_5YR = 0.2, 0.5


@dataclass(frozen=True)
class VehicleInputs:
    """Everything the cost model needs about N vehicles, as length-N arrays.

    NaN in `price_usd` means the price is unknown: the vehicle is then costed on running costs only.
    """

    powertrain: npt.NDArray[np.str_]
    fuel_grade: npt.NDArray[np.str_]
    mpg_city: FloatArray
    mpg_hwy: FloatArray
    kwh100_city: FloatArray
    kwh100_hwy: FloatArray
    uf_city: FloatArray
    uf_hwy: FloatArray
    cd_gal100_city: FloatArray
    cd_gal100_hwy: FloatArray
    co2_tailpipe_gpm: FloatArray
    electric_range_mi: FloatArray  # plug-in hybrids: caps electric miles at one full charge a day
    kwh100_comb: FloatArray
    ac_max_kw: FloatArray  # on-board charger limit; NaN when unknown
    dc_10_80_minutes: FloatArray  # one 10-80% DC fast session; NaN when battery or DC power is unknown
    heat_pump: FloatArray  # 1 with, 0 without, NaN unknown (the user says; the data rarely does)
    retention_32f: FloatArray  # the model's measured share of range kept at 32 F (Recurrent), NaN when not published
    price_usd: FloatArray
    msrp_usd: FloatArray  # the base MSRP (value-based taxes and fees are levied on it), NaN when not known
    incentives_usd: FloatArray  # total of one-time incentives, >= 0
    incentives_at_purchase_usd: FloatArray  # the part taken off at the dealer (point of sale)
    insurance_annual_usd: FloatArray  # NaN: the household's figure
    lease_due_usd: FloatArray  # due at signing; NaN: no lease terms given
    lease_monthly_usd: FloatArray
    lease_term_months: FloatArray
    body: npt.NDArray[np.str_]  # car, sports, suv, pickup, minivan (from EPA's size class)
    resale_first_year_loss: FloatArray  # of the published resale curve (ownership/resale.py)
    resale_retained_5yr: FloatArray
    resale_segment_5yr: FloatArray  # the body class and powertrain's own five-year figure (the rate after year 5)
    age_years: FloatArray  # age at purchase: 0 new; a used car's years since its model year

    def __len__(self) -> int:
        return len(self.powertrain)


def _col(frame: pd.DataFrame, name: str, fill: float = np.nan) -> FloatArray:
    if name not in frame.columns:
        return np.full(len(frame), fill, dtype=np.float64)
    return frame[name].to_numpy(dtype=np.float64, na_value=fill)


@lru_cache(maxsize=4096)
def _curve_minutes(battery_kwh: float, dc_max_kw: float, curve_text: str) -> float:
    return dc_session_minutes(battery_kwh, dc_max_kw, parse_curve(curve_text))


# the generic curve scales as battery kWh / its peak kW: minutes for 100 kWh at a 100 kW peak
_GENERIC_MINUTES_PER_KWH_PER_KW = dc_session_minutes(100.0, 100.0, generic_curve(100.0, 100.0, "800v"))


def dc_minutes(frame: pd.DataFrame) -> FloatArray:
    """10-80% DC session minutes per row: the vehicle's measured curve where the database has one, else the
    generic taper shaped from its DC maximum, battery and voltage class (vectorised; curves are few and cached)."""
    battery_kwh = _col(frame, "battery_kwh")
    dc_kw = _col(frame, "dc_max_kw")
    ok = (battery_kwh > 0) & (dc_kw > 0)
    voltage = (
        frame["dc_voltage_class"].fillna("").astype(str).to_numpy()
        if "dc_voltage_class" in frame.columns
        else np.full(len(frame), "")
    )
    c_rate = np.where(voltage == "800v", GENERIC_C_RATE["800v"], GENERIC_C_RATE["400v"])
    with np.errstate(divide="ignore", invalid="ignore"):
        peak_kw = np.minimum(np.minimum(dc_kw, c_rate * battery_kwh), STATION_KW)
        minutes = np.where(ok, _GENERIC_MINUTES_PER_KWH_PER_KW * battery_kwh / peak_kw, np.nan)
    if "dc_curve" in frame.columns:
        curves = frame["dc_curve"].fillna("").astype(str).to_numpy()
        for k in np.flatnonzero(ok & (curves != "")):
            minutes[k] = _curve_minutes(float(battery_kwh[k]), float(dc_kw[k]), str(curves[k]))
    return np.asarray(minutes, dtype=float)


def inputs_from_frame(frame: pd.DataFrame) -> VehicleInputs:
    """Build inputs from vehicle rows; optional columns `price`, `incentives`, `insurance_annual`,
    `lease_due`, `lease_monthly`, `lease_term_months` carry the user's overrides."""
    powertrain = frame["powertrain"].to_numpy(dtype=str)
    is_bev = powertrain == "bev"
    is_phev = powertrain == "phev"
    uf_city = np.where(is_bev, 1.0, np.where(is_phev, _col(frame, "uf_city", 0.0), 0.0))
    uf_hwy = np.where(is_bev, 1.0, np.where(is_phev, _col(frame, "uf_hwy", 0.0), 0.0))
    return VehicleInputs(
        powertrain=powertrain,
        fuel_grade=frame["fuel_grade"].fillna("regular").to_numpy(dtype=str),
        mpg_city=_col(frame, "mpg_city"),
        mpg_hwy=_col(frame, "mpg_hwy"),
        kwh100_city=_col(frame, "kwh100_city"),
        kwh100_hwy=_col(frame, "kwh100_hwy"),
        uf_city=uf_city,
        uf_hwy=uf_hwy,
        cd_gal100_city=np.where(is_phev, _col(frame, "cd_gal100_city", 0.0), 0.0),
        cd_gal100_hwy=np.where(is_phev, _col(frame, "cd_gal100_hwy", 0.0), 0.0),
        co2_tailpipe_gpm=_col(frame, "co2_tailpipe_gpm", 0.0),
        electric_range_mi=_col(frame, "electric_range_mi"),
        kwh100_comb=_col(frame, "kwh100_comb"),
        ac_max_kw=_col(frame, "ac_max_kw"),
        dc_10_80_minutes=dc_minutes(frame) if (is_bev | is_phev).any() else np.full(len(frame), np.nan),
        heat_pump=_col(frame, "heat_pump"),
        retention_32f=_col(frame, "retention_32f"),
        price_usd=_col(frame, "price"),
        msrp_usd=_col(frame, "msrp_usd"),
        incentives_usd=_col(frame, "incentives", 0.0),
        incentives_at_purchase_usd=_col(frame, "incentives_at_purchase", 0.0)
        if "incentives_at_purchase" in frame.columns
        else _col(frame, "incentives", 0.0),
        insurance_annual_usd=_col(frame, "insurance_annual"),
        lease_due_usd=_col(frame, "lease_due"),
        lease_monthly_usd=_col(frame, "lease_monthly"),
        lease_term_months=_col(frame, "lease_term_months"),
        body=(
            frame["body"].to_numpy(dtype=str)
            if "body" in frame.columns
            else np.array([body_class(str(c)) for c in frame.get("epa_class", pd.Series([""] * len(frame)))], dtype=str)
        ),
        resale_first_year_loss=_col(frame, "resale_first_year_loss", FALLBACK_FIRST_YEAR_LOSS),
        resale_retained_5yr=_col(frame, "resale_retained_5yr", FALLBACK_RETAINED_5YR),
        resale_segment_5yr=_col(frame, "resale_segment_5yr", FALLBACK_RETAINED_5YR),
        age_years=_col(frame, "age_years", 0.0),
    )


Table = TypeVar("Table", bound="DataclassInstance")


def take(table: Table, rows: Sequence[int] | IntArray) -> Table:
    """The same arrays for some of the vehicles (a dataclass of arrays by vehicle, such as VehicleInputs), in the
    order given."""
    index = np.asarray(rows, dtype=int)
    return replace(table, **{f.name: getattr(table, f.name)[index] for f in fields(table)})
