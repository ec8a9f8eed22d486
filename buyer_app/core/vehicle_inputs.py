"""Per-vehicle arrays the cost model reads, built from vehicle table rows and the user's overrides."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pandas as pd

FloatArray = npt.NDArray[np.float64]
POWERTRAIN_CODES = ("bev", "phev", "hev", "ice", "diesel", "flex", "fcev", "cng")


@dataclass(frozen=True)
class VehicleInputs:
    """Everything the cost model needs about N vehicles, as length-N arrays.

    NaN in `price` means the price is unknown: the vehicle is then costed on running costs only.
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
    price: FloatArray
    incentives: FloatArray  # total of one-time incentives, USD, >= 0
    insurance_annual: FloatArray  # NaN: the household's figure
    lease_due: FloatArray  # NaN: no lease terms given
    lease_monthly: FloatArray
    lease_term_months: FloatArray

    def __len__(self) -> int:
        return len(self.powertrain)


def _col(frame: pd.DataFrame, name: str, fill: float = np.nan) -> FloatArray:
    if name not in frame.columns:
        return np.full(len(frame), fill, dtype=np.float64)
    return frame[name].to_numpy(dtype=np.float64, na_value=fill)


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
        price=_col(frame, "price"),
        incentives=_col(frame, "incentives", 0.0),
        insurance_annual=_col(frame, "insurance_annual"),
        lease_due=_col(frame, "lease_due"),
        lease_monthly=_col(frame, "lease_monthly"),
        lease_term_months=_col(frame, "lease_term_months"),
    )
