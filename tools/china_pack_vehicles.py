"""The China pack's vehicle table: the staged trims converted to the app's columns (used by build_china_pack.py).

Every staged row of shared/data/china_market/vehicles.csv becomes one row with exactly the app's columns
(buyer_app/core/vehicles/schema.py, internal units: miles, MPG, kWh per 100 miles at the wall) and the market
pack's extra columns (resources/markets/cn/vehicles.csv, see /work/notes/market-pack-format.md). Cycle figures
get the market's real-world factor: range x 0.85, consumption / 0.85 (ICCT); an EPA label figure gets none.
A consumption figure that no source publishes is derived (battery / cycle range / charging efficiency) or taken
from a named sibling trim, and the `derived` column says which and how. A row without any consumption figure is
kept with supported = False (the picker hides it) and `derived` says why.

Over 300 lines because the per-row rules (what is published, what is derived, from which sibling) read best
next to the conversion they feed.
"""

from __future__ import annotations

import csv
import re
import statistics
from dataclasses import dataclass
from pathlib import Path

KM_PER_MI = 1.609344
L_PER_100KM_MPG = 235.214583  # US MPG = this / (L per 100 km)
KWH_PER_GAL_GASOLINE = 33.705  # EPA's MPGe: 33.705 kWh per gallon of gasoline
GASOLINE_G_CO2_PER_GAL = 8887.0  # EPA, Greenhouse Gas Emissions from a Typical Passenger Vehicle (as buyer_app co2.py)
AC_EFFICIENCY = 0.90  # wall to battery: the app's own constant (buyer_app/core/vehicles/dc_charging.py)
UF_WINDOW_MI = (3.0, 6.0, 12.0)  # EPA plug-in hybrids within this many miles of the range give the utility factor
# a cycle's range in CLTC terms before the real-world factor: ICCT's nominal ranges were mostly NEDC (taken as CLTC);
# WLTC is stricter: Tesla Model 3 RWD 2023 WLTP 554 km / CLTC 606 km = 0.914 (staged energy_policy_facts.csv, range_gap)
CYCLE_TO_CLTC = {"CLTC": 1.0, "NEDC": 1.0, "WLTC": 1 / 0.914}

EXTRA_COLUMNS = (
    "msrp_local",
    "price_basis",
    "price_date",
    "price_source",
    "cycle",
    "cycle_range_km",
    "cycle_kwh_100km",
    "cycle_l_100km",
    "derived",
    "displacement_l",
)

# body, drive and engine by staged model: assigned by this build from the trim names and the staged notes
# (there is no EPA size class for China-only cars; the app reads only car / SUV from it)
BODY = {
    "SU7": "Midsize Cars",
    "SU7 (new generation)": "Midsize Cars",
    "YU7": "Standard Sport Utility Vehicle",
    "Model 3": "Midsize Cars",
    "Model Y": "Small Sport Utility Vehicle",
    "Model Y L": "Standard Sport Utility Vehicle",
    "Seagull": "Minicompact Cars",
    "Qin PLUS DM-i": "Compact Cars",
    "Qin L DM-i": "Midsize Cars",
    "Seal 06 DM-i": "Midsize Cars",
    "Seal": "Midsize Cars",
    "Song PLUS DM-i": "Small Sport Utility Vehicle",
    "Galaxy Xingyuan (Star Wish)": "Subcompact Cars",
    "Galaxy E8": "Large Cars",
    "Li L6": "Standard Sport Utility Vehicle",
    "M7": "Standard Sport Utility Vehicle",
    "Camry (9th gen)": "Midsize Cars",
    "Corolla": "Compact Cars",
    "Accord e:PHEV": "Midsize Cars",
    "Sylphy Classic": "Compact Cars",
    "Sylphy": "Compact Cars",
    "Lavida": "Compact Cars",
    "Lavida XR": "Compact Cars",
}
FRONT_DRIVE = {"Seagull", "Qin PLUS DM-i", "Qin L DM-i", "Seal 06 DM-i", "Song PLUS DM-i", "Galaxy Xingyuan (Star Wish)"}
FRONT_DRIVE |= {"Camry (9th gen)", "Corolla", "Accord e:PHEV", "Sylphy Classic", "Sylphy", "Lavida", "Lavida XR"}
DISPLACEMENT_L = {  # from the staged trim names and notes; the Camry figure is the 2.5 L hybrid whose EPA label is used
    "Camry (9th gen)": 2.5,
    "Corolla": 1.8,
    "Accord e:PHEV": 2.0,
    "Sylphy Classic": 1.6,
    "Sylphy": 1.6,
    "Lavida XR": 1.5,
    "M7": 1.5,
}
# trims whose battery no source gives: their consumption is the named sibling's (derived, and said so)
SIBLING = {
    ("SU7 (new generation)", "Standard"): ("SU7", "Standard (RWD)"),
    ("SU7 (new generation)", "Pro"): ("SU7", "Pro (RWD)"),
    ("SU7 (new generation)", "Max"): ("SU7", "Max (AWD)"),
    ("YU7", "Pro (AWD)"): ("YU7", "Max (AWD)"),
}
# OpenEV Data records for AC power and voltage class (the staged row names the fragment or the global record)
OPENEV = {
    ("Model 3", "RWD"): "tesla/model_3/2025/model_3.json",
    ("Model 3", "Long Range AWD"): "tesla/model_3/2025/model_3_long_range.json",
    ("Model Y", "Long Range AWD"): "tesla/model_y/2025/model_y_long_range_awd.json",
    ("Seagull", "30 kWh (305 km)"): "byd/dolphin_mini/2025/dolphin_mini.json",
    ("Seagull", "38 kWh (405 km)"): "byd/dolphin_mini/2025/dolphin_mini_plus.json",
    ("Galaxy Xingyuan (Star Wish)", "30 kWh (310 km)"): "geely/xingyuan/2025/xingyuan.json",
    ("Galaxy Xingyuan (Star Wish)", "40 kWh (410 km)"): "geely/xingyuan/2025/xingyuan_40kwh.json",
    ("Galaxy E8", "base (62 kWh)"): "geely/galaxy_e8/2024/galaxy_e8.json",
}
VOLTAGE_FROM_NOTES = {  # staged notes and xiaomi_su7_yu7_facts.csv (architecture_voltage 800 V for all YU7)
    ("SU7", "Standard (RWD)"): "400v",
    ("SU7", "Max (AWD)"): "800v",
    ("YU7", "Standard (RWD)"): "800v",
    ("YU7", "Pro (AWD)"): "800v",
    ("YU7", "Max (AWD)"): "800v",
}
POWERTRAIN = {"BEV": "bev", "PHEV": "phev", "EREV": "phev", "HEV": "hev", "ICE": "ice", "ICE+HEV series": "hev"}


@dataclass(frozen=True)
class Factors:
    """The market's real-world factors (market.json): range x `range`, cycle consumption x `energy`."""

    range: float
    energy: float


def _short(name: str) -> str:
    """A trim's name as the lists show it: remarks in brackets that are notes (with ';' or ',') left out, the others
    ("(RWD)", "(9th gen)", "(new generation)") kept; the staged trim text stays in the staged table."""
    out = re.sub(r"\s*\((?=[^)]*[;,])[^)]*\)", "", name)
    return re.sub(r"\s+", " ", out).strip()


def _num(value: float | None, digits: int = 4) -> str:
    return "" if value is None else format(round(value, digits), ".10g")


def _float(text: str) -> float | None:
    text = (text or "").strip()
    return float(text) if text else None


def _year(row: dict[str, str]) -> int:
    for text in (row["generation_or_year"], row["price_date"], row["as_of"]):
        found = re.search(r"(20\d\d)", text or "")
        if found:
            return int(found.group(1))
    raise SystemExit(f"{row['make']} {row['model']} {row['trim']}: no year in the staged row")


def _drive(model: str, trim: str) -> str:
    """From the trim name (AWD / RWD) or the front-drive models; empty when no source says."""
    if "AWD" in trim:
        return "All-Wheel Drive"
    if "RWD" in trim or model == "Galaxy E8":  # OpenEV Data geely/galaxy_e8/2024/galaxy_e8.json: rwd
        return "Rear-Wheel Drive"
    return "Front-Wheel Drive" if model in FRONT_DRIVE else ""


def utility_factors(epa_rows: list[dict[str, str]], range_mi: float) -> tuple[float, float, str]:
    """City and highway utility factors of EPA plug-in hybrids of about this electric range (median), and how."""
    points = [
        (float(r["electric_range_mi"]), float(r["uf_city"]), float(r["uf_hwy"]))
        for r in epa_rows
        if r["powertrain"] == "phev" and r["uf_city"] and r["uf_hwy"] and r["electric_range_mi"]
    ]
    top = max(p[0] for p in points)
    target = min(range_mi, top)
    for window in UF_WINDOW_MI:
        near = [p for p in points if abs(p[0] - target) <= window]
        if near:
            city, hwy = statistics.median(p[1] for p in near), statistics.median(p[2] for p in near)
            how = f"utility factors: median of {len(near)} EPA plug-in hybrids within {window:g} mi of {target:.0f} mi"
            if range_mi > top:
                how += f" (the longest EPA electric range; this car's {range_mi:.0f} mi is beyond the EPA data)"
            return city, hwy, how + " (SAE J2841 as EPA applies it: US daily distances)"
    raise SystemExit(f"no EPA plug-in hybrid near {range_mi} mi")


@dataclass
class Energy:
    """One trim's converted energy figures and the words for what was derived."""

    kwh_100km: float | None = None  # cycle consumption at the wall (published or derived)
    l_100km: float | None = None  # cycle fuel consumption (published)
    mpg: float | None = None  # real-world MPG (factor applied, or an EPA label)
    mpg_city: float | None = None
    mpg_hwy: float | None = None
    kwh_published: bool = False
    notes: tuple[str, ...] = ()


def _key(row: dict[str, str]) -> str:
    return f"{row['make']}|{row['model']}|{row['trim']}"


def _electric(row: dict[str, str], staged: dict[tuple[str, str], dict[str, str]], extras: dict[str, dict[str, str]]) -> Energy:
    """Cycle kWh/100 km at the wall: published, or battery / cycle range / charging efficiency, or a sibling's."""
    published = _float(row["energy_kwh_per_100km"])
    if published:
        return Energy(kwh_100km=published, kwh_published=True)
    extra = extras.get(_key(row), {})
    battery = _float(extra.get("battery_kwh", "")) or _float(row["battery_kwh"])
    cycle_km = _float(row["cltc_range_km"]) or _float(row["electric_range_other_km"])
    if battery and cycle_km:
        value = battery / cycle_km * 100 / AC_EFFICIENCY
        note = f"consumption derived: battery {battery:g} kWh / cycle range {cycle_km:g} km"
        note += f" / {AC_EFFICIENCY:.2f} charging efficiency"
        return Energy(kwh_100km=value, notes=(note,))
    sibling = SIBLING.get((row["model"], row["trim"]))
    if sibling:
        other = staged[sibling]
        found = _electric(other, staged, extras)
        if found.kwh_100km:
            note = (
                f"battery not published: consumption taken from the {sibling[0]} {sibling[1]} "
                f"({found.kwh_100km:.2f} kWh/100 km at the wall"
                + (", published)" if found.kwh_published else f"; {found.notes[0]})")
            )
            return Energy(kwh_100km=found.kwh_100km, notes=(note,))
    return Energy()


@dataclass(frozen=True)
class Sources:
    """What the conversion reads besides the staged rows."""

    openev: dict[str, dict[str, str]]  # fragment -> OpenEV Data flat row
    epa: list[dict[str, str]]  # the app's EPA vehicle table rows
    extra: dict[str, dict[str, str]]  # "make|model|trim" -> field -> value (tools/china_pack_extra.csv)


def convert(rows: list[dict[str, str]], columns: list[str], factors: Factors, src: Sources, base_id: int) -> list[dict[str, str]]:
    """Every staged row as one row of the app's columns plus the pack's extra columns, sorted and numbered."""
    staged = {(r["model"], r["trim"]): r for r in rows}
    ordered = sorted(rows, key=lambda r: (r["make"], r["model"], r["generation_or_year"], r["trim"]))
    epa_by_id = {r["id"]: r for r in src.epa}
    out = []
    for number, row in enumerate(ordered, start=1):
        out.append(_one(row, base_id + number, columns, factors, src, staged, epa_by_id))
    return out


def _one(
    row: dict[str, str],
    vid: int,
    columns: list[str],
    factors: Factors,
    src: Sources,
    staged: dict[tuple[str, str], dict[str, str]],
    epa_by_id: dict[str, dict[str, str]],
) -> dict[str, str]:
    model, trim = row["model"], row["trim"]
    extra = src.extra.get(_key(row), {})
    powertrain = POWERTRAIN[row["powertrain"]]
    out = dict.fromkeys(list(columns) + list(EXTRA_COLUMNS), "")
    name = _short(f"{model} {trim}") + (" (EREV)" if row["powertrain"] == "EREV" else "")
    out.update(
        id=str(vid),
        year=str(_year(row)),
        make=row["make"].split(" (", 1)[0],  # "Toyota (GAC Toyota)": the brand; the joint venture is in SOURCES
        model=name,
        base_model=model,
        epa_class=BODY[model],
        drive=_drive(model, trim),
        transmission="Automatic (A1)" if powertrain == "bev" else "",
        powertrain=powertrain,
        fuel_grade="electricity" if powertrain == "bev" else "regular",
        spec_source=row["source_url"],
        source="china_market pack",
        msrp_local=row["guide_price_cny"],
        price_basis=row["price_basis"],
        price_date=row["price_date"],
        price_source=row["source_url"] if row["guide_price_cny"] else "",
        displacement_l=_num(DISPLACEMENT_L.get(model)),
    )
    notes: list[str] = []
    battery = _float(extra.get("battery_kwh", "")) or _float(row["battery_kwh"])
    if extra.get("battery_kwh"):
        notes.append(f"battery {battery:g} kWh from tools/china_pack_extra.csv (staged row empty)")
    out["battery_kwh"] = _num(battery)
    out["dc_max_kw"] = row["dc_peak_kw"]
    fragment = OPENEV.get((model, trim))
    if fragment:
        record = src.openev[fragment]
        out["ac_max_kw"] = record["ac_max_kw"]
        out["dc_voltage_class"] = record["dc_voltage_class"]
        if not out["dc_max_kw"] and record["dc_max_kw"]:
            out["dc_max_kw"] = record["dc_max_kw"]
            notes.append(f"DC peak from OpenEV Data {fragment}")
    out["dc_voltage_class"] = out["dc_voltage_class"] or VOLTAGE_FROM_NOTES.get((model, trim), "")
    if powertrain in ("bev", "phev"):
        out["connector"] = "GB/T"
    if row["cltc_range_km"]:
        out["cycle"], out["cycle_range_km"] = "CLTC", row["cltc_range_km"]
    elif row["electric_range_other_km"]:
        named = row["electric_range_other_cycle"].split(" ")[0].split(",")[0]
        out["cycle"] = named if named in CYCLE_TO_CLTC else ""
        out["cycle_range_km"] = row["electric_range_other_km"]
    cycle_km = _float(out["cycle_range_km"])
    to_cltc = CYCLE_TO_CLTC.get(out["cycle"], 1.0)
    if powertrain in ("bev", "phev"):
        energy = _electric(row, staged, src.extra)
        notes.extend(energy.notes)
        if energy.kwh_published:
            out["cycle_kwh_100km"] = row["energy_kwh_per_100km"]
        if energy.kwh_100km:
            kwh100 = energy.kwh_100km * KM_PER_MI * factors.energy / to_cltc
            out.update(kwh100_city=_num(kwh100), kwh100_hwy=_num(kwh100), kwh100_comb=_num(kwh100))
            out["mpge_comb"] = _num(KWH_PER_GAL_GASOLINE * 100 / kwh100)
        if cycle_km:
            range_mi = cycle_km * to_cltc * factors.range / KM_PER_MI
            out["electric_range_mi"] = _num(range_mi)
            if powertrain == "bev":
                out["range_mi"] = out["electric_range_mi"]
            if out["cycle"] == "WLTC":
                notes.append(
                    "WLTC range and consumption taken to CLTC terms (x 1/0.914, the staged WLTP/CLTC pair) before the factor"
                )
            elif out["cycle"] != "CLTC":
                cycle = row["electric_range_other_cycle"]
                notes.append(f"electric range is {cycle}: the real-world factor applied to it as to a CLTC range")
    if powertrain == "bev":
        out["co2_tailpipe_gpm"] = "0"
        out["label_mpg_comb"] = _num(round(float(out["mpge_comb"]))) if out["mpge_comb"] else ""
        supported = bool(out["kwh100_comb"] and out["range_mi"])
    else:
        supported = _fuel(row, out, factors, extra, epa_by_id, notes)
        if powertrain == "phev":
            supported = supported and bool(out["kwh100_comb"] and out["electric_range_mi"])
            if supported:
                _phev(out, src.epa, notes)
    if not supported:
        missing = [
            what
            for what, ok in (
                ("energy use (no consumption figure, battery or sibling)", powertrain == "ice" or out["kwh100_comb"]),
                ("electric range", powertrain in ("hev", "ice") or out["electric_range_mi"]),
                ("petrol use (no fuel figure)", powertrain == "bev" or out["mpg_comb"]),
            )
            if not ok
        ]
        notes.append(f"not costable, no published or derivable {' or '.join(missing)}: supported = False")
    out["supported"] = str(supported)
    if (out["kwh100_comb"] or out["mpg_comb"]) and out["cycle"] != "EPA":
        notes.append("no city/highway split published: city = highway = combined")
    out["derived"] = "; ".join(notes)
    return out


def _fuel(
    row: dict[str, str],
    out: dict[str, str],
    factors: Factors,
    extra: dict[str, str],
    epa_by_id: dict[str, dict[str, str]],
    notes: list[str],
) -> bool:
    """Gasoline MPG of a hybrid, plug-in (charge-sustaining) or petrol car; False when no figure exists."""
    if extra.get("epa_vehicle_id"):
        epa = epa_by_id[extra["epa_vehicle_id"]]
        out.update(mpg_city=epa["mpg_city"], mpg_hwy=epa["mpg_hwy"], mpg_comb=epa["mpg_comb"])
        out.update(label_mpg_comb=epa["label_mpg_comb"], co2_tailpipe_gpm=epa["co2_tailpipe_gpm"])
        out["cycle"] = "EPA"
        out["cycle_l_100km"] = _num(L_PER_100KM_MPG / float(epa["mpg_comb"]), 2)
        notes.append(
            f"fuel figures: US EPA label of the same generation ({epa['year']} {epa['make']} {epa['model']}, "
            f"EPA id {epa['id']}); no China figure found; EPA labels need no real-world factor"
        )
        return True
    measured = _float(extra.get("fuel_l_per_100km_measured", ""))
    published = _float(row["fuel_l_per_100km"]) or _float(extra.get("fuel_l_per_100km", ""))
    if published:
        cycle = row["fuel_cycle"] or extra.get("fuel_cycle", "")
        out["cycle_l_100km"] = _num(published)
        if out["powertrain"] in ("hev", "ice"):  # a plug-in's cycle is that of its electric range
            out["cycle"] = cycle.split(" ")[0].split(",")[0]
        litres = published * factors.energy
        where = "" if row["fuel_l_per_100km"] else ", tools/china_pack_extra.csv"
        notes.append(
            f"fuel {published:g} L/100 km ({cycle}{where}) x {factors.energy:g} real-world factor (assumed as for energy)"
        )
    elif measured:
        litres = measured
        notes.append(f"fuel {measured:g} L/100 km measured in a media test (tools/china_pack_extra.csv), no factor")
    else:
        return False
    mpg = L_PER_100KM_MPG / litres
    out.update(mpg_city=_num(mpg), mpg_hwy=_num(mpg), mpg_comb=_num(mpg), label_mpg_comb=_num(round(mpg)))
    out["co2_tailpipe_gpm"] = _num(GASOLINE_G_CO2_PER_GAL / mpg, 1)
    return True


def _phev(out: dict[str, str], epa: list[dict[str, str]], notes: list[str]) -> None:
    """Utility factors, charge-depleting gasoline (none: these blended plug-ins drive on electricity) and CO2."""
    city, hwy, how = utility_factors(epa, float(out["electric_range_mi"]))
    comb = 0.55 * city + 0.45 * hwy  # EPA's 55/45 city/highway weighting
    out.update(uf_city=_num(city), uf_hwy=_num(hwy), uf_comb=_num(comb), cd_gal100_city="0", cd_gal100_hwy="0")
    out["co2_tailpipe_gpm"] = _num((1 - comb) * GASOLINE_G_CO2_PER_GAL / float(out["mpg_comb"]), 1)
    notes.append(how)


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))
