"""Turn the raw EPA table into the app's vehicle table, skipping (and counting) unusable rows."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from buyer_app.core.vehicles.schema import COLUMNS, UNSUPPORTED, Powertrain

_ATV_TO_POWERTRAIN = {
    "EV": Powertrain.BEV,
    "Plug-in Hybrid": Powertrain.PHEV,
    "Hybrid": Powertrain.HEV,
    "Diesel": Powertrain.DIESEL,
    "FFV": Powertrain.FLEX,
    "FCV": Powertrain.FCEV,
    "CNG": Powertrain.CNG,
    "Bifuel (CNG)": Powertrain.CNG,
}
_FUEL_GRADE = {
    "Regular Gasoline": "regular",
    "Midgrade Gasoline": "midgrade",
    "Premium Gasoline": "premium",
    "Diesel": "diesel",
    "Electricity": "electricity",
    "Hydrogen": "hydrogen",
    "Natural Gas": "cng",
}


@dataclass
class NormalizeReport:
    """What happened to the rows of the file."""

    rows_read: int = 0
    rows_before_min_year: int = 0
    skipped: Counter[str] = field(default_factory=Counter)


def _positive(series: pd.Series) -> pd.Series:
    values = series.astype("float64")
    return values.where(values > 0)


def _prefer_unrounded(unrounded: pd.Series, rounded: pd.Series) -> pd.Series:
    return _positive(unrounded).fillna(_positive(rounded))


def _electric_range(raw: pd.DataFrame) -> pd.Series:
    # rangeA is text in EPA's file ("42", occasionally "20/19"); the first figure is the range.
    first = raw["rangeA"].astype("string").str.extract(r"([0-9]+(?:\.[0-9]+)?)")[0]
    return _positive(pd.to_numeric(first, errors="coerce"))


def normalize(raw: pd.DataFrame, min_year: int) -> tuple[pd.DataFrame, NormalizeReport]:
    """Map the EPA columns onto the app's schema; rows the cost model cannot use are skipped."""
    report = NormalizeReport(rows_read=len(raw))
    year = raw["year"]
    in_scope = year >= min_year
    report.rows_before_min_year = int((~in_scope & year.notna()).sum())
    raw = raw[in_scope | year.isna()]

    atv = raw["atvType"].fillna("")
    powertrain = atv.map(lambda a: _ATV_TO_POWERTRAIN.get(a, Powertrain.ICE).value)
    out = pd.DataFrame(index=raw.index)
    out["id"] = raw["id"]
    out["year"] = raw["year"]
    out["make"] = raw["make"].str.strip()
    out["model"] = raw["model"].str.strip()
    out["base_model"] = raw["baseModel"].fillna(raw["model"]).str.strip()
    out["epa_class"] = raw["VClass"]
    out["drive"] = raw["drive"]
    out["transmission"] = raw["trany"]
    out["powertrain"] = powertrain
    out["fuel_grade"] = raw["fuelType1"].map(_FUEL_GRADE)
    out["supported"] = ~powertrain.isin([p.value for p in UNSUPPORTED])
    is_bev = powertrain == Powertrain.BEV.value
    is_phev = powertrain == Powertrain.PHEV.value
    gasoline = ~is_bev
    out["mpg_city"] = _prefer_unrounded(raw["city08U"], raw["city08"]).where(gasoline)
    out["mpg_hwy"] = _prefer_unrounded(raw["highway08U"], raw["highway08"]).where(gasoline)
    out["mpg_comb"] = _prefer_unrounded(raw["comb08U"], raw["comb08"]).where(gasoline)
    out["label_mpg_comb"] = _positive(raw["comb08"])
    out["mpge_comb"] = (
        _prefer_unrounded(raw["comb08U"], raw["comb08"]).where(is_bev).fillna(_positive(raw["combA08U"]).where(is_phev))
    )
    plug_in = is_bev | is_phev
    out["kwh100_city"] = _positive(raw["cityE"]).where(plug_in)
    out["kwh100_hwy"] = _positive(raw["highwayE"]).where(plug_in)
    out["kwh100_comb"] = _positive(raw["combE"]).where(plug_in)
    electric_range = _electric_range(raw)
    out["range_mi"] = _positive(raw["range"]).where(plug_in)
    out["electric_range_mi"] = out["range_mi"].where(is_bev, electric_range.where(is_phev))
    out["uf_city"] = _positive(raw["cityUF"]).where(is_phev)
    out["uf_hwy"] = _positive(raw["highwayUF"]).where(is_phev)
    out["uf_comb"] = _positive(raw["combinedUF"]).where(is_phev)
    out["cd_gal100_city"] = raw["cityCD"].astype("float64").clip(lower=0).where(is_phev)
    out["cd_gal100_hwy"] = raw["highwayCD"].astype("float64").clip(lower=0).where(is_phev)
    out["charge_240v_h"] = _positive(raw["charge240"]).where(plug_in)
    out["co2_tailpipe_gpm"] = raw["co2TailpipeGpm"].astype("float64").where(raw["co2TailpipeGpm"] >= 0)
    out["epa_fuel_cost"] = _positive(raw["fuelCost08"])
    for column in ("battery_kwh", "ac_max_kw", "dc_max_kw"):
        out[column] = np.nan
    for column in ("connector", "spec_source", "spec_match", "dc_curve", "dc_curve_source", "dc_voltage_class"):
        out[column] = ""
    out["source"] = "epa"

    keep = _usable(out, report)
    out = out[keep].drop_duplicates("id", keep="first")
    report.skipped["duplicate id"] += int(keep.sum()) - len(out)
    out = out.sort_values(["year", "make", "model", "id"], ascending=[False, True, True, True])
    return out.astype(COLUMNS).reset_index(drop=True)[list(COLUMNS)], report


def _usable(out: pd.DataFrame, report: NormalizeReport) -> pd.Series:
    """Rows the app can use; each unusable row is counted under its first reason."""
    pt = out["powertrain"]
    supported = out["supported"]
    needs_gasoline = supported & pt.isin(["ice", "hev", "phev", "diesel", "flex"])
    needs_electric = pt.isin(["bev", "phev"])
    checks: list[tuple[str, pd.Series]] = [
        ("missing id or year", out["id"].notna() & out["year"].notna()),
        ("missing make or model", out["make"].notna() & out["model"].notna()),
        ("no city/highway MPG", ~needs_gasoline | (out["mpg_city"].notna() & out["mpg_hwy"].notna())),
        ("no city/highway kWh per 100 mi", ~needs_electric | (out["kwh100_city"].notna() & out["kwh100_hwy"].notna())),
        ("plug-in hybrid without utility factors", (pt != "phev") | (out["uf_city"].notna() & out["uf_hwy"].notna())),
        ("unknown fuel", out["fuel_grade"].notna()),
    ]
    keep = pd.Series(True, index=out.index)
    for reason, ok in checks:
        newly_bad = keep & ~ok.fillna(False).astype(bool)
        if newly_bad.any():
            report.skipped[reason] += int(newly_bad.sum())
        keep &= ~newly_bad
    return keep
