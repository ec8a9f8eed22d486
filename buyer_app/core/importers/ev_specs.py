"""Battery and charging specs for plug-in vehicles, from OpenEV Data and Chargeprice's 2021 file.

`build_spec_table` turns the two public datasets into one small table that ships in resources/
(with their licences); `enrich` matches it onto EPA vehicles by make, model and year.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from buyer_app.core.errors import ImportRefused

SPEC_COLUMNS = ["dataset", "make", "model", "year", "trim", "variant", "battery_kwh", "ac_max_kw",
                "dc_max_kw", "connector", "markets", "dc_curve", "ref"]
OPENEV_NAME = "OpenEV Data 1.24.0"
CHARGEPRICE_NAME = "Chargeprice Open EV Data 2021"
MAX_YEAR_GAP = 1  # a spec of the neighbouring model year is accepted and marked near-year

_MAKE_ALIASES = {"mini": "mini", "smart": "smart", "vinfast": "vinfast", "mclarenautomotive": "mclaren",
                 "karmaautomotive": "karma", "bugattirimac": "rimac"}
_CONNECTORS = {"ccs1": "CCS1", "ccs2": "CCS2", "nacs": "NACS", "chademo": "CHAdeMO", "type1": "J1772",
               "type2": "Type 2", "gb_t_dc": "GB/T", "gb_t_ac": "GB/T", "ccs": "CCS", "tesla_suc": "NACS",
               "tesla_ccs": "CCS"}


def _norm(text: object) -> str:
    return re.sub(r"[^a-z0-9]", "", str(text).lower()) if isinstance(text, str) else ""


def _norm_make(text: object) -> str:
    key = _norm(text)
    return _MAKE_ALIASES.get(key, key)


def _tokens(text: str) -> set[str]:
    words = set(re.findall(r"[a-z0-9+]+", text.lower()))
    if "long" in words and "range" in words:
        words.add("lr")
    if "standard" in words and "range" in words:
        words.add("sr")
    for drive in ("awd", "rwd", "fwd", "4wd"):
        if drive in words:
            words.add(drive)
    return words - {"with", "and", "inch", "wheels", "in", "the"}


def _connector(ports: str) -> str:
    names = [_CONNECTORS.get(p, p) for p in ports.split("|") if p]
    seen: list[str] = []
    for name in names:
        if name not in seen:
            seen.append(name)
    return " + ".join(seen)


def build_spec_table(open_ev_csv: Path, chargeprice_json: Path) -> pd.DataFrame:
    """Derive the shipped spec table from OpenEV Data (flat CSV) and Chargeprice's ev-data.json."""
    try:
        flat = pd.read_csv(open_ev_csv)
        charge = json.loads(Path(chargeprice_json).read_text(encoding="utf-8"))["data"]
    except (OSError, ValueError, KeyError) as exc:
        raise ImportRefused(f"cannot read the EV spec sources: {exc}") from exc
    rows: list[dict[str, object]] = []
    for rec in flat.to_dict("records"):
        rows.append({
            "dataset": OPENEV_NAME, "make": rec["make"], "model": rec["model"], "year": rec["year"],
            "trim": rec.get("trim") or "", "variant": rec.get("variant") if isinstance(rec.get("variant"), str) else "",
            "battery_kwh": rec["battery_net_kwh"], "ac_max_kw": rec["ac_max_kw"], "dc_max_kw": rec["dc_max_kw"],
            "connector": _connector(str(rec.get("charge_ports") or "")),
            "markets": rec.get("markets") or "", "dc_curve": "", "ref": rec["fragment"],
        })
    for rec in charge:
        if rec.get("vehicle_type") != "car":
            continue
        dc = rec.get("dc_charger") or {}
        ac = rec.get("ac_charger") or {}
        curve = dc.get("charging_curve") or []
        usable_curve = curve and not dc.get("is_default_charging_curve", False)
        rows.append({
            "dataset": CHARGEPRICE_NAME, "make": rec["brand"], "model": rec["model"],
            "year": rec.get("release_year") or np.nan, "trim": "", "variant": rec.get("variant") or "",
            "battery_kwh": rec.get("usable_battery_size"), "ac_max_kw": ac.get("max_power"),
            "dc_max_kw": dc.get("max_power"),
            "connector": _connector("|".join(sorted(set((dc.get("ports") or []) + (ac.get("ports") or []))))),
            "markets": "", "ref": rec["id"],
            "dc_curve": json.dumps([[p["percentage"], p["power"]] for p in curve]) if usable_curve else "",
        })
    table = pd.DataFrame(rows, columns=SPEC_COLUMNS)
    table["year"] = table["year"].astype("Int64")
    return table.sort_values(["dataset", "make", "model", "year", "trim", "variant", "ref"]).reset_index(drop=True)


@dataclass(frozen=True)
class EnrichStats:
    """How many plug-in vehicles found specs, and how close the match was."""

    eligible: int
    matched: int
    exact_year: int
    near_year: int
    with_curve: int

    @property
    def rate(self) -> float:
        return self.matched / self.eligible if self.eligible else 0.0


Spec = dict[str, Any]


def _score(spec: Spec, model_tokens: set[str], year: int) -> tuple[int, int, bool, int]:
    spec_tokens = spec["_tokens"]
    gap = abs(spec["year"] - year) if spec["year"] is not None else 0
    return (len(spec_tokens & model_tokens), -gap, spec["_us"], -len(spec_tokens - model_tokens))


def _best(candidates: list[Spec], model_tokens: set[str], year: int) -> Spec | None:
    if not candidates:
        return None
    return max(candidates, key=lambda spec: _score(spec, model_tokens, year))


def _candidates(by_make: dict[str, list[Spec]], make: str, model: str, base_model: str) -> list[Spec]:
    model_key, base_key = _norm(model), _norm(base_model)
    found = [s for s in by_make.get(make, []) if s["_model"] and
             (s["_model"] == base_key or model_key.startswith(s["_model"]))]
    if not found:
        return found
    longest = max(len(s["_model"]) for s in found)  # "Model S" must not lose to a shorter prefix
    return [s for s in found if len(s["_model"]) == longest]


def _index(specs: pd.DataFrame) -> dict[str, list[Spec]]:
    by_make: dict[str, list[Spec]] = {}
    for raw in specs.to_dict("records"):
        rec: Spec = {str(k): v for k, v in raw.items()}
        rec["year"] = None if pd.isna(rec["year"]) else int(rec["year"])
        rec["_model"] = _norm(rec["model"])
        rec["_tokens"] = _tokens(f"{rec['trim']} {rec['variant']}")
        rec["_us"] = "US" in str(rec["markets"]).split("|")
        by_make.setdefault(_norm_make(rec["make"]), []).append(rec)
    return by_make


def _near(specs: list[Spec], year: int, allow_undated: bool) -> list[Spec]:
    return [s for s in specs if (s["year"] is None and allow_undated)
            or (s["year"] is not None and abs(s["year"] - year) <= MAX_YEAR_GAP)]


def enrich(vehicles: pd.DataFrame, specs: pd.DataFrame) -> tuple[pd.DataFrame, EnrichStats]:
    """Fill battery, charging power, connector and DC curve for BEVs and plug-in hybrids."""
    openev = _index(specs[specs["dataset"] == OPENEV_NAME])
    chargeprice = _index(specs[specs["dataset"] == CHARGEPRICE_NAME])
    out = vehicles.copy()
    plug = out[out["powertrain"].isin(["bev", "phev"])]
    columns = ("battery_kwh", "ac_max_kw", "dc_max_kw", "connector", "spec_source", "spec_match", "dc_curve")
    filled: dict[str, dict[Any, object]] = {c: {} for c in columns}
    counts = {"matched": 0, "exact": 0, "near": 0, "curve": 0}
    keys = ["make", "model", "base_model", "drive", "year", "powertrain"]
    for key, group in plug.groupby(keys, sort=False):
        make_raw, model, base_model, drive, model_year, powertrain = (str(k) for k in key)
        year, make = int(float(model_year)), _norm_make(make_raw)
        tokens = _tokens(f"{model} {drive}")
        spec = _best(_near(_candidates(openev, make, model, base_model), year, False), tokens, year)
        source = OPENEV_NAME
        cp_all = _candidates(chargeprice, make, model, base_model)
        if spec is None:
            spec, source = _best(_near(cp_all, year, True), tokens, year), CHARGEPRICE_NAME
        rows = list(group.index)
        if spec is not None:
            exact = spec["year"] == year
            counts["matched"] += len(rows)
            counts["exact" if exact else "near"] += len(rows)
            values: dict[str, object] = {c: spec[c] for c in ("battery_kwh", "ac_max_kw", "dc_max_kw", "connector")}
            values["spec_source"] = f"{source}: {spec['ref']}"
            values["spec_match"] = "exact-year" if exact else "near-year"
            for column, value in values.items():
                filled[column].update(dict.fromkeys(rows, value))
        curve = _best([s for s in cp_all if s["dc_curve"]], tokens, year) if powertrain == "bev" else None
        if curve is not None:
            filled["dc_curve"].update(dict.fromkeys(rows, curve["dc_curve"]))
            counts["curve"] += len(rows)
    for column, values in filled.items():
        if values:
            out.loc[list(values), column] = pd.Series(values, dtype=out[column].dtype)
    stats = EnrichStats(eligible=len(plug), matched=counts["matched"], exact_year=counts["exact"],
                        near_year=counts["near"], with_curve=counts["curve"])
    return out, stats
