"""Your own vehicle: a car the market's table lacks, entered by the household (issue 17), validated, kept in the
profile, and costed like any other once turned into a row of the vehicle table.

What a user types is the figure they have: a range and a consumption on a named test cycle (EPA label, WLTP, CLTC or
measured in real driving), per 100 km, in the market's currency. Here it becomes the engine's label-like figures:
  - CLTC: x 0.85 (ICCT with China's national NEV data platform, 2023: real-world range about 15% below the
    type-approval figure), consumption / 0.85;
  - WLTP: x 0.88 (the staged rule of thumb "CLTC 100% -> WLTP ~85% -> EPA ~75%" of the China facts, i.e. EPA is about
    0.75 / 0.85 of WLTP; a journalistic rule of thumb, said so in the row);
  - EPA label or real driving: as typed.
A plug-in hybrid's utility factors are those of the US plug-in hybrids of the nearest electric range (median), since
only the range is known. Ids run from 8,000,001 (the EPA's are below 100,000; a market pack's from its base).
"""

from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
import pandas as pd

from buyer_app.core.errors import FieldProblem, InputError
from buyer_app.core.ownership.resale import resale_columns
from buyer_app.core.region.climate import retention_column
from buyer_app.core.vehicles.database import VehicleDatabase, load_database
from buyer_app.core.vehicles.schema import COLUMNS

CUSTOM_ID_BASE = 8_000_000
MAX_CUSTOM = 8
KM_PER_MI = 1.609344
L100KM_PER_MPG = 235.214583  # L/100 km x MPG (US gallon)
GASOLINE_CO2_G_PER_GAL = 8887.0  # EPA: grams of CO2 from a gallon of gasoline burned
POWERTRAINS = ("bev", "phev", "hev", "ice")
CYCLES: dict[str, tuple[float, str]] = {
    "EPA": (1.0, "EPA label, as typed"),
    "real": (1.0, "measured in real driving, as typed"),
    "WLTP": (0.88, "WLTP x 0.88 (rule of thumb: EPA about 0.75 / 0.85 of WLTP, China facts, 2025)"),
    "CLTC": (0.85, "CLTC x 0.85 (ICCT with China's NEV data platform, 2023-05: real world about 15% below)"),
}
USER_SOURCE = "your entry"
# the model name's marker: English in every JSON (a contract); a face that shows words may pass its translation
USER_MARKER = "(your entry)"
NAME_MAX = 60
NAME = re.compile(rf"[^\x00-\x1f]{{1,{NAME_MAX}}}")
YEARS = (1990, 2035)  # the model years allowed
# the figures allowed (engine-independent units: the market's currency, km, kWh and L per 100 km, kWh, kW)
LIMITS: dict[str, tuple[float, float]] = {
    "price": (1, 100_000_000),
    "range_km": (5, 2000),
    "kwh_per_100km": (5, 60),
    "l_per_100km": (1, 30),
    "battery_kwh": (1, 250),
    "dc_max_kw": (1, 1000),
}
# the figures each powertrain needs
NEEDS: dict[str, tuple[str, ...]] = {
    "bev": ("range_km", "kwh_per_100km"),
    "phev": ("range_km", "kwh_per_100km", "l_per_100km"),
    "hev": ("l_per_100km",),
    "ice": ("l_per_100km",),
}


@dataclass(frozen=True)
class CustomVehicle:
    """One car as the household entered it (the figures it has, on their cycle)."""

    id: int
    year: int
    make: str
    model: str
    powertrain: str  # bev, phev, hev, ice
    cycle: str  # EPA, WLTP, CLTC, real
    price: float | None = None  # in the market's currency; None: asked for, as any unpriced car
    range_km: float | None = None  # a battery car's range; a plug-in hybrid's electric range
    kwh_per_100km: float | None = None  # battery car or plug-in hybrid on electricity
    l_per_100km: float | None = None  # a hybrid's or gasoline car's; a plug-in hybrid's once its battery is spent
    battery_kwh: float | None = None
    dc_max_kw: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}


def _number(raw: dict[str, Any], key: str, lo: float, hi: float, where: str, problems: list[FieldProblem]) -> float | None:
    value = raw.get(key)
    if value is None:
        return None
    ok = isinstance(value, (int, float)) and not isinstance(value, bool) and lo <= value <= hi and math.isfinite(value)
    if not ok:
        problems.append(FieldProblem(f"{where}.{key}", value, f"a number from {lo:g} to {hi:,g}"))
        return None
    return float(value)


def custom_from_dict(raw: object, where: str = "custom vehicle", vehicle_id: int | None = None) -> CustomVehicle:
    """A vehicle as typed or read from a file, checked: every bad field named with what is allowed."""
    if not isinstance(raw, dict):
        raise InputError([FieldProblem(where, type(raw).__name__, "an object of the vehicle's fields")])
    problems: list[FieldProblem] = []
    known = {f for f in CustomVehicle.__dataclass_fields__}
    for key in sorted(set(raw) - known):
        problems.append(FieldProblem(f"{where}.{key}", raw[key], "one of " + ", ".join(sorted(known))))
    texts = {}
    for key in ("make", "model"):
        value = raw.get(key)
        if not isinstance(value, str) or not NAME.fullmatch(value.strip()):
            problems.append(FieldProblem(f"{where}.{key}", value, f"a name of 1 to {NAME_MAX} characters"))
        texts[key] = value.strip() if isinstance(value, str) else ""
    year = raw.get("year")
    if isinstance(year, bool) or not isinstance(year, int) or not YEARS[0] <= year <= YEARS[1]:
        problems.append(FieldProblem(f"{where}.year", year, f"a model year from {YEARS[0]} to {YEARS[1]}"))
    powertrain = raw.get("powertrain")
    if powertrain not in POWERTRAINS:
        problems.append(FieldProblem(f"{where}.powertrain", powertrain, "one of " + ", ".join(POWERTRAINS)))
    cycle = raw.get("cycle", "EPA")
    if cycle not in CYCLES:
        problems.append(FieldProblem(f"{where}.cycle", cycle, "one of " + ", ".join(CYCLES)))
    numbers = {key: _number(raw, key, lo, hi, where, problems) for key, (lo, hi) in LIMITS.items()}
    needs = NEEDS.get(str(powertrain), ())
    for key in needs:
        if numbers[key] is None and key not in {p.field.rsplit(".", 1)[-1] for p in problems}:
            problems.append(FieldProblem(f"{where}.{key}", None, f"a figure: a {powertrain} needs {', '.join(needs)}"))
    if problems:
        raise InputError(problems)
    vid = vehicle_id if vehicle_id is not None else raw.get("id", CUSTOM_ID_BASE + 1)
    if isinstance(vid, bool) or not isinstance(vid, int) or not CUSTOM_ID_BASE < vid <= CUSTOM_ID_BASE + 999_999:
        raise InputError([FieldProblem(f"{where}.id", vid, f"a whole number above {CUSTOM_ID_BASE:,} (or left out)")])
    assert isinstance(year, int)
    return CustomVehicle(vid, year, texts["make"], texts["model"], str(powertrain), str(cycle), **numbers)


def customs_from_list(raw: object, where: str = "custom_vehicles") -> tuple[CustomVehicle, ...]:
    """A list of vehicles (a profile's, or a file's); ids given in order where missing, each checked."""
    items = raw if isinstance(raw, list) else [raw]
    if len(items) > MAX_CUSTOM:
        raise InputError([FieldProblem(where, f"{len(items)} vehicles", f"at most {MAX_CUSTOM}")])
    out: list[CustomVehicle] = []
    problems: list[FieldProblem] = []
    for k, item in enumerate(items):
        given = item.get("id") if isinstance(item, dict) else None
        try:
            out.append(custom_from_dict(item, f"{where}[{k}]", given if isinstance(given, int) else CUSTOM_ID_BASE + 1 + k))
        except InputError as exc:
            problems.extend(exc.problems)
    ids = [c.id for c in out]
    for dup in sorted({i for i in ids if ids.count(i) > 1}):
        problems.append(FieldProblem(f"{where}.id", dup, "each vehicle its own id"))
    if problems:
        raise InputError(problems)
    return tuple(out)


def _utility_factors(db: VehicleDatabase, electric_mi: float) -> tuple[float, float, float]:
    """The median utility factors of the US plug-in hybrids whose electric range is nearest."""
    frame = db.frame
    phev = frame[(frame["powertrain"] == "phev") & frame["uf_comb"].notna() & frame["electric_range_mi"].notna()]
    if phev.empty:
        share = min(0.9, electric_mi / 60)
        return share, share, share
    nearest = phev.iloc[np.argsort(np.abs(phev["electric_range_mi"].to_numpy() - electric_mi))[:15]]
    return (float(nearest["uf_city"].median()), float(nearest["uf_hwy"].median()), float(nearest["uf_comb"].median()))


def custom_rows(customs: tuple[CustomVehicle, ...], reference: VehicleDatabase, marker: str = USER_MARKER) -> pd.DataFrame:
    """The vehicles as rows of the vehicle table (engine units), marked as the user's entry (`marker` after the
    model's name; the source column says so whatever the marker); `reference` is the table whose plug-in hybrids
    lend their utility factors."""
    rows = []
    for c in customs:
        factor, cycle_words = CYCLES[c.cycle]
        row: dict[str, Any] = {name: np.nan for name, kind in COLUMNS.items() if kind == "float64"}
        row.update({name: "" for name, kind in COLUMNS.items() if kind == "string"})
        rng = c.range_km * factor / KM_PER_MI if c.range_km is not None else np.nan
        kwh100 = c.kwh_per_100km / factor * KM_PER_MI if c.kwh_per_100km is not None else np.nan
        mpg = L100KM_PER_MPG / (c.l_per_100km / factor) if c.l_per_100km is not None else np.nan
        row.update(
            id=c.id,
            year=c.year,
            make=c.make,
            model=f"{c.model} {marker}",
            base_model=c.model,
            epa_class="",
            drive="",
            transmission="",
            powertrain=c.powertrain,
            fuel_grade="electricity" if c.powertrain == "bev" else "regular",
            supported=True,
            mpg_city=mpg,
            mpg_hwy=mpg,
            mpg_comb=mpg,
            label_mpg_comb=(3370.5 / kwh100 if c.powertrain == "bev" else mpg),
            mpge_comb=3370.5 / kwh100 if c.powertrain in ("bev", "phev") else np.nan,
            kwh100_city=kwh100,
            kwh100_hwy=kwh100,
            kwh100_comb=kwh100,
            range_mi=rng if c.powertrain == "bev" else np.nan,
            electric_range_mi=rng,
            co2_tailpipe_gpm=GASOLINE_CO2_G_PER_GAL / mpg if c.powertrain != "bev" else 0.0,
            battery_kwh=c.battery_kwh if c.battery_kwh is not None else np.nan,
            dc_max_kw=c.dc_max_kw if c.dc_max_kw is not None else np.nan,
            source=USER_SOURCE,
            spec_source=f"{USER_SOURCE}: {cycle_words}",
            msrp_usd=c.price if c.price is not None else np.nan,
            msrp_trim="your price" if c.price is not None else "",
            msrp_year=c.year if c.price is not None else 0,
            msrp_as_of="",
            msrp_source=USER_SOURCE if c.price is not None else "",
        )
        if c.powertrain == "phev":
            row["uf_city"], row["uf_hwy"], row["uf_comb"] = _utility_factors(reference, rng)
        rows.append(row)
    frame = pd.DataFrame(rows)
    if frame.empty:
        return frame
    body, first_loss, retained, segment = resale_columns(frame)
    frame["body"], frame["resale_first_year_loss"], frame["resale_retained_5yr"], frame["resale_segment_5yr"] = (
        body,
        first_loss,
        retained,
        segment,
    )
    frame["retention_32f"] = retention_column(frame)
    return frame


def with_customs(
    db: VehicleDatabase,
    customs: tuple[CustomVehicle, ...],
    reference: VehicleDatabase | None = None,
    marker: str = USER_MARKER,
) -> VehicleDatabase:
    """`db` with the household's own vehicles added (the same object when there are none)."""
    if not customs:
        return db
    extra = custom_rows(customs, reference or db, marker)
    kept = db.frame[~db.frame["id"].isin([c.id for c in customs])]
    # each column of the new rows in the table's own type first: concatenating all-NA columns of another type is
    # deprecated in pandas (a FutureWarning the suite treats as an error)
    extra = extra.reindex(columns=kept.columns)
    for name in kept.columns:
        try:
            extra[name] = extra[name].astype(kept[name].dtype)
        except (TypeError, ValueError):
            continue
    frame = pd.concat([kept, extra], ignore_index=True)
    return VehicleDatabase(
        frame=frame,
        metadata=db.metadata,
        folder=db.folder,
        origin=db.origin,
        prices_as_of=db.prices_as_of,
        fallback_reason=db.fallback_reason,
        user_prices=db.user_prices,
        user_prices_problem=db.user_prices_problem,
    )


def database_with(db: VehicleDatabase, customs: tuple[CustomVehicle, ...], marker: str = USER_MARKER) -> VehicleDatabase:
    """`db` with the household's vehicles; a plug-in hybrid's utility factors come from the EPA's (the US table)."""
    if not customs:
        return db
    us = db if "market" not in db.metadata else load_database()
    return with_customs(db, customs, us, marker)
