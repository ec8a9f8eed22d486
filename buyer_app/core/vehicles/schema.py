"""Columns of the app's vehicle table: one definition shared by the importer and the loader."""

from __future__ import annotations

from enum import StrEnum


class Powertrain(StrEnum):
    """How a vehicle is driven; the cost model supports all but fuel cells and natural gas."""

    BEV = "bev"
    PHEV = "phev"
    HEV = "hev"
    ICE = "ice"
    DIESEL = "diesel"
    FLEX = "flex"  # flex-fuel (E85-capable) gasoline vehicle, priced on gasoline
    FCEV = "fcev"
    CNG = "cng"


UNSUPPORTED = frozenset({Powertrain.FCEV, Powertrain.CNG})
PLUG_INS = frozenset({Powertrain.BEV, Powertrain.PHEV})

# column -> pandas dtype, in file order
COLUMNS: dict[str, str] = {
    "id": "int64",
    "year": "int64",
    "make": "string",
    "model": "string",
    "base_model": "string",
    "epa_class": "string",
    "drive": "string",
    "transmission": "string",
    "powertrain": "string",
    "fuel_grade": "string",  # regular, midgrade, premium, diesel, electricity, hydrogen, cng
    "supported": "bool",
    "mpg_city": "float64",  # unrounded gasoline MPG (charge-sustaining for plug-in hybrids)
    "mpg_hwy": "float64",
    "mpg_comb": "float64",
    "label_mpg_comb": "float64",  # the rounded figure on the window sticker (MPGe for BEVs)
    "mpge_comb": "float64",  # electric MPGe (BEV, or a plug-in hybrid on electricity)
    "kwh100_city": "float64",  # kWh per 100 miles at the wall
    "kwh100_hwy": "float64",
    "kwh100_comb": "float64",
    "range_mi": "float64",  # BEV range, or a plug-in hybrid's total range
    "electric_range_mi": "float64",  # charge-depleting electric range (BEV: same as range_mi)
    "uf_city": "float64",  # SAE J2841 utility factors for plug-in hybrids
    "uf_hwy": "float64",
    "uf_comb": "float64",
    "cd_gal100_city": "float64",  # gasoline a blended plug-in hybrid uses while charge-depleting
    "cd_gal100_hwy": "float64",
    "charge_240v_h": "float64",
    "co2_tailpipe_gpm": "float64",
    "epa_fuel_cost": "float64",  # fueleconomy.gov's annual fuel cost (fuelCost08) for reference
    "battery_kwh": "float64",  # usable, from OpenEV Data / Chargeprice where matched
    "ac_max_kw": "float64",
    "dc_max_kw": "float64",
    "connector": "string",
    "spec_source": "string",
    "spec_match": "string",  # exact-year, near-year, or empty
    "dc_curve": "string",  # JSON [[percent, kW], ...] measured (Chargeprice), or empty: the generic taper is used
    "source": "string",  # where the vehicle record comes from (epa, or a user entry)
    "dc_curve_source": "string",  # which DC curve the 10-80% time uses: "measured curve (...)" or "generic taper ..."
    "dc_voltage_class": "string",  # 400v, 800v (OpenEV Data) or empty; shapes the generic taper
}

# columns added after databases were first written: a database without them still loads, with these values
OPTIONAL_COLUMNS: dict[str, str] = {"dc_curve_source": "", "dc_voltage_class": ""}
