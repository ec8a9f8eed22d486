"""Battery and charging specs for plug-in vehicles, from OpenEV Data and Chargeprice's 2021 file.

`build_spec_table` turns the two public datasets into one small table that ships in resources/
(with their licences); `enrich` matches it onto EPA vehicles by make, model family, model year and battery,
then picks the DC charging curve (ev_curves.choose_curve).

Model family: a spec's model (without a leading make, "Polestar 2" -> "2") must be the EPA base model,
optionally with an electric affix ("Kona" / "Kona Electric", "Niro" / "e-Niro"), or the first words of the
EPA model not followed by a number ("Model S" fits "Model S AWD - 85D", "Ioniq" does not fit "Ioniq 6").
Battery: EPA's range times its combined kWh/100 mi (energy at the wall) estimates the usable battery
(RANGE_ENERGY_FACTOR); among a model's trims the one whose battery fits that estimate wins over name
tokens, so an F-150 Lightning SR gets the standard pack even though no OpenEV trim is called "SR".

Over 300 lines because matching OpenEV trims to EPA rows is one scoring procedure whose steps only make sense side
by side.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from buyer_app.core.errors import ImportRefused
from buyer_app.core.vehicles.importers.ev_curves import NO_MATCH, REFUSED_PEAK, choose_curve, fits

SPEC_COLUMNS = [
    "dataset",
    "make",
    "model",
    "year",
    "trim",
    "variant",
    "battery_kwh",
    "ac_max_kw",
    "dc_max_kw",
    "dc_voltage_class",
    "connector",
    "markets",
    "dc_curve",
    "ref",
]
OPENEV_NAME = "OpenEV Data 1.24.0"
CHARGEPRICE_NAME = "Chargeprice Open EV Data 2021"
MAX_YEAR_GAP = 1  # a spec of the neighbouring model year is accepted and marked near-year
# usable battery ~ 0.85 x EPA range x combined kWh/100 mi: the median ratio over the 627 BEVs whose OpenEV spec
# had their exact model year (EPA file of 2025-10-29, OpenEV Data 1.24.0; measured 2026-12-06; middle half 0.82-0.93)
RANGE_ENERGY_FACTOR = 0.85
BATTERY_FIT = 0.20  # a spec's battery within 20% of that estimate fits the vehicle
_FAMILY_AFFIXES = ("ev", "electric", "electrified", "e")

_MAKE_ALIASES = {
    "mini": "mini",
    "smart": "smart",
    "vinfast": "vinfast",
    "mclarenautomotive": "mclaren",
    "karmaautomotive": "karma",
    "bugattirimac": "rimac",
}
_CONNECTORS = {
    "ccs1": "CCS1",
    "ccs2": "CCS2",
    "nacs": "NACS",
    "chademo": "CHAdeMO",
    "type1": "J1772",
    "type2": "Type 2",
    "gb_t_dc": "GB/T",
    "gb_t_ac": "GB/T",
    "ccs": "CCS",
    "tesla_suc": "NACS",
    "tesla_ccs": "CCS",
}


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
        rows.append(
            {
                "dataset": OPENEV_NAME,
                "make": rec["make"],
                "model": rec["model"],
                "year": rec["year"],
                "trim": rec.get("trim") or "",
                "variant": rec.get("variant") if isinstance(rec.get("variant"), str) else "",
                "battery_kwh": rec["battery_net_kwh"],
                "ac_max_kw": rec["ac_max_kw"],
                "dc_max_kw": rec["dc_max_kw"],
                "dc_voltage_class": rec["dc_voltage_class"] if isinstance(rec.get("dc_voltage_class"), str) else "",
                "connector": _connector(str(rec.get("charge_ports") or "")),
                "markets": rec.get("markets") or "",
                "dc_curve": "",
                "ref": rec["fragment"],
            }
        )
    for rec in charge:
        if rec.get("vehicle_type") != "car":
            continue
        dc = rec.get("dc_charger") or {}
        ac = rec.get("ac_charger") or {}
        curve = dc.get("charging_curve") or []
        usable_curve = curve and not dc.get("is_default_charging_curve", False)
        rows.append(
            {
                "dataset": CHARGEPRICE_NAME,
                "make": rec["brand"],
                "model": rec["model"],
                "year": rec.get("release_year") or np.nan,
                "trim": "",
                "variant": rec.get("variant") or "",
                "battery_kwh": rec.get("usable_battery_size"),
                "ac_max_kw": ac.get("max_power"),
                "dc_max_kw": dc.get("max_power"),
                "dc_voltage_class": "",
                "connector": _connector("|".join(sorted(set((dc.get("ports") or []) + (ac.get("ports") or []))))),
                "markets": "",
                "ref": rec["id"],
                "dc_curve": json.dumps([[p["percentage"], p["power"]] for p in curve]) if usable_curve else "",
            }
        )
    table = pd.DataFrame(rows, columns=SPEC_COLUMNS)
    table["year"] = table["year"].astype("Int64")
    return table.sort_values(["dataset", "make", "model", "year", "trim", "variant", "ref"]).reset_index(drop=True)


@dataclass(frozen=True)
class EnrichStats:
    """How many plug-in vehicles found specs, how close the match was, and which DC curve they use."""

    eligible: int
    matched: int
    exact_year: int
    near_year: int
    with_curve: int  # vehicles with a measured DC curve
    generic_curve: int = 0  # vehicles with battery and DC maximum whose 10-80% time uses the generic taper
    curves_refused: dict[str, int] = field(default_factory=dict)  # why measured curves of the model were not used

    @property
    def rate(self) -> float:
        return self.matched / self.eligible if self.eligible else 0.0


Spec = dict[str, Any]


def _battery_distance(spec: Spec, estimate: float | None) -> float:
    battery: float = float(spec["battery_kwh"]) if pd.notna(spec["battery_kwh"]) else 0.0
    return abs(math.log(battery / estimate)) if estimate and battery > 0 else 0.0


def _score(spec: Spec, model_tokens: set[str], year: int, estimate: float | None) -> tuple[int, int, bool, int, float]:
    spec_tokens = spec["_tokens"]
    gap = abs(spec["year"] - year) if spec["year"] is not None else 0
    return (
        len(spec_tokens & model_tokens),
        -gap,
        spec["_us"],
        -len(spec_tokens - model_tokens),
        -_battery_distance(spec, estimate),
    )


def _best(candidates: list[Spec], model_tokens: set[str], year: int, estimate: float | None = None) -> Spec | None:
    """The candidate whose battery fits EPA's estimate, then by name tokens, year, US market; when no battery
    fits (or none is estimated), the closest battery decides before the name."""
    if not candidates:
        return None
    fitting = [
        s
        for s in candidates
        if fits(float(s["battery_kwh"]) if pd.notna(s["battery_kwh"]) else 0.0, estimate or 0.0, BATTERY_FIT)
    ]
    if fitting:
        return max(fitting, key=lambda spec: _score(spec, model_tokens, year, estimate))
    return max(candidates, key=lambda spec: (-_battery_distance(spec, estimate), *_score(spec, model_tokens, year, estimate)))


def _words(text: object) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower()) if isinstance(text, str) else []


def _same_family(spec_words: list[str], base_words: list[str], model_words: list[str]) -> bool:
    """The spec's model names the EPA vehicle's model family (see the module docstring)."""
    if not spec_words:
        return False
    if spec_words == base_words or any(spec_words in (base_words + [a], [a] + base_words) for a in _FAMILY_AFFIXES):
        return True
    n = len(spec_words)
    return model_words[:n] == spec_words and (len(model_words) == n or not model_words[n].isdigit())


def _candidates(by_make: dict[str, list[Spec]], make: str, model: str, base_model: str) -> list[Spec]:
    base_words, model_words = _words(base_model), _words(model)
    found = [s for s in by_make.get(make, []) if _same_family(s["_words"], base_words, model_words)]
    if not found:
        return found
    longest = max(len("".join(s["_words"])) for s in found)  # "Model S" must not lose to a shorter prefix
    return [s for s in found if len("".join(s["_words"])) == longest]


def _index(specs: pd.DataFrame) -> dict[str, list[Spec]]:
    by_make: dict[str, list[Spec]] = {}
    for raw in specs.to_dict("records"):
        rec: Spec = {str(k): v for k, v in raw.items()}
        rec["year"] = None if pd.isna(rec["year"]) else int(rec["year"])
        rec["_model"] = _norm(rec["model"])
        words, make_words = _words(rec["model"]), _words(rec["make"])
        rec["_words"] = (
            words[len(make_words) :] if words[: len(make_words)] == make_words and len(words) > len(make_words) else words
        )
        rec["_tokens"] = _tokens(f"{rec['trim']} {rec['variant']}")
        rec["_us"] = "US" in str(rec["markets"]).split("|")
        rec["dc_voltage_class"] = str(rec.get("dc_voltage_class") or "")
        by_make.setdefault(_norm_make(rec["make"]), []).append(rec)
    return by_make


def _near(specs: list[Spec], year: int, allow_undated: bool) -> list[Spec]:
    return [
        s
        for s in specs
        if (s["year"] is None and allow_undated) or (s["year"] is not None and abs(s["year"] - year) <= MAX_YEAR_GAP)
    ]


def _battery_estimate(group: pd.DataFrame) -> float | None:
    """Usable battery estimated from EPA: electric range x combined kWh/100 mi x RANGE_ENERGY_FACTOR."""
    energy = group["electric_range_mi"].astype(float) * group["kwh100_comb"].astype(float) / 100.0
    value = float(energy.median()) * RANGE_ENERGY_FACTOR if energy.notna().any() else math.nan
    return value if value > 0 else None


VOLTAGE_FILE = ("vehicles", "voltage_classes.csv")


def known_voltage_classes() -> dict[tuple[str, str], tuple[str, str]]:
    """(make, base model) -> (voltage class, source) for models whose battery spec names none
    (resources/vehicles/voltage_classes.csv: makers' statements with their dates)."""
    from buyer_app.core.files.resources import resource_path

    table = pd.read_csv(resource_path(*VOLTAGE_FILE), dtype=str, keep_default_na=False)
    return {
        (_norm_make(r["make"]), _norm(r["base_model"])): (r["dc_voltage_class"], f"{r['source']} ({r['as_of']})")
        for r in table.to_dict("records")
    }


def enrich(vehicles: pd.DataFrame, specs: pd.DataFrame) -> tuple[pd.DataFrame, EnrichStats]:
    """Fill battery, charging power, connector, DC curve and its source for BEVs and plug-in hybrids."""
    voltages = known_voltage_classes()
    openev = _index(specs[specs["dataset"] == OPENEV_NAME])
    chargeprice = _index(specs[specs["dataset"] == CHARGEPRICE_NAME])
    out = vehicles.copy()
    plug = out[out["powertrain"].isin(["bev", "phev"])]
    columns = (
        "battery_kwh",
        "ac_max_kw",
        "dc_max_kw",
        "connector",
        "spec_source",
        "spec_match",
        "dc_curve",
        "dc_curve_source",
        "dc_voltage_class",
    )
    filled: dict[str, dict[Any, object]] = {c: {} for c in columns}
    counts = {"matched": 0, "exact": 0, "near": 0, "curve": 0, "generic": 0}
    refused = {REFUSED_PEAK: 0, NO_MATCH: 0}
    keys = ["make", "model", "base_model", "drive", "year", "powertrain"]
    for key, group in plug.groupby(keys, sort=False):
        make_raw, model, base_model, drive, model_year, powertrain = (str(k) for k in key)
        year, make = int(float(model_year)), _norm_make(make_raw)
        tokens = _tokens(f"{model} {drive}")
        estimate = _battery_estimate(group)
        spec = _best(_near(_candidates(openev, make, model, base_model), year, False), tokens, year, estimate)
        source = OPENEV_NAME
        cp_all = _candidates(chargeprice, make, model, base_model)
        if spec is None:
            spec, source = _best(_near(cp_all, year, True), tokens, year, estimate), CHARGEPRICE_NAME
        rows = list(group.index)
        if spec is None:
            continue
        exact = spec["year"] == year
        counts["matched"] += len(rows)
        counts["exact" if exact else "near"] += len(rows)
        values: dict[str, object] = {
            c: spec[c] for c in ("battery_kwh", "ac_max_kw", "dc_max_kw", "connector", "dc_voltage_class")
        }
        values["spec_source"] = f"{source}: {spec['ref']}"
        values["spec_match"] = "exact-year" if exact else "near-year"
        voltage_from = ""
        if not values["dc_voltage_class"] and (make, _norm(base_model)) in voltages:
            values["dc_voltage_class"], voltage_from = voltages[(make, _norm(base_model))]
        battery: float = float(spec["battery_kwh"]) if pd.notna(spec["battery_kwh"]) else 0.0
        dc_max: float = float(spec["dc_max_kw"]) if pd.notna(spec["dc_max_kw"]) else 0.0
        if battery > 0 and dc_max > 0:
            measured = [s for s in cp_all if s["dc_curve"]] if powertrain == "bev" else []
            choice = choose_curve(measured, year, battery, dc_max, str(values["dc_voltage_class"]), tokens)
            values["dc_curve"], values["dc_curve_source"] = choice.curve, choice.source
            if voltage_from and not choice.curve:
                values["dc_curve_source"] = f"{choice.source}; voltage class: {voltage_from}"
            counts["curve" if choice.curve else "generic"] += len(rows)
            if choice.refused:
                refused[choice.refused] += len(rows)
        for column, value in values.items():
            filled[column].update(dict.fromkeys(rows, value))
    for column, cells in filled.items():
        if cells:
            out.loc[list(cells), column] = pd.Series(cells, dtype=out[column].dtype)
    stats = EnrichStats(
        eligible=len(plug),
        matched=counts["matched"],
        exact_year=counts["exact"],
        near_year=counts["near"],
        with_curve=counts["curve"],
        generic_curve=counts["generic"],
        curves_refused=refused,
    )
    return out, stats
