"""Import the vehicle and home-charger incentives of Rewiring America's incentives data (Apache-2.0).

`import_rewiring` reads the raw per-state files (incentives, programs, authorities), the income tables and
the federal poverty levels, and turns each entry about a new or used EV or PHEV, or an EV charger, into a
catalogue entry that `program_from_dict` accepts, or leaves it out with the reason. The federal vehicle
and charger credits are left to the curated catalogue. `catalogue_json` is the shipped file's exact text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from buyer_app.core.errors import InputError
from buyer_app.core.incentives.catalogue import program_from_dict, program_to_dict
from buyer_app.core.incentives.importers import rewiring_rules as rules
from buyer_app.core.incentives.importers.rewiring_rules import Skip

DATA_COMMIT = "16ad9bf4d65a842d0984c48a2a085e31ca12ef87"
DATA_DATE = "2026-08-06"  # the data commit's date: every imported entry was last checked then
SOURCE = "https://github.com/rewiringamerica/api.rewiringamerica.org/tree/16ad9bf4d65a842d0984c48a2a085e31ca12ef87/data"
NOTICE = (
    "Vehicle and charger incentives derived from Rewiring America's incentives data "
    f"(github.com/rewiringamerica/api.rewiringamerica.org, data/, commit {DATA_COMMIT}, {DATA_DATE}), "
    "licensed under the Apache License 2.0 (resources/licences/Rewiring-America-incentives-Apache-2.0.txt). "
    "Changed by this app's importer (tools/import_incentives.py): only vehicle and charger entries kept, "
    "mapped onto the app's catalogue fields, income tables and price caps read as IMPORT_REPORT.md describes."
)
ITEMS = {
    "new_electric_vehicle": "new_bev",
    "used_electric_vehicle": "used_bev",
    "new_plugin_hybrid_vehicle": "new_phev",
    "used_plugin_hybrid_vehicle": "used_phev",
    "electric_vehicle_charger": "charger",
}
LEVELS = {"state": "state", "utility": "utility", "gas_utility": "utility", "city": "local", "county": "local"}
WIRING = {"electric_wiring", "electric_panel"}


@dataclass
class ImportResult:
    """Entries ready for the catalogue, the electric utilities they name per state, and what was left out."""

    programs: list[dict[str, Any]] = field(default_factory=list)
    utilities: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (catalogue id, reason)
    notice: str = NOTICE
    source: str = SOURCE
    data_commit: str = DATA_COMMIT
    data_date: str = DATA_DATE


@dataclass(frozen=True)
class _StateData:
    state: str
    programs: dict[str, Any]
    authorities: dict[str, Any]
    geo_groups: dict[str, Any]
    checked: str = DATA_DATE  # the data's date: every entry was last checked then
    provenance: str = f"Rewiring America incentives data (Apache-2.0), commit {DATA_COMMIT[:7]}"


def _read(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def _en(value: Any) -> str:
    return " ".join(str(value.get("en") or "").split()) if isinstance(value, dict) else ""


def _natural(text: str) -> tuple[Any, ...]:
    return tuple(int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text))


def is_vehicle_or_charger(entry: dict[str, Any]) -> bool:
    return any(item in ITEMS for item in entry.get("items") or [])


def _who(entry: dict[str, Any], data: _StateData) -> dict[str, Any]:
    """name, offered_by, level and the utility or area fields, from the program and its authority."""
    program = data.programs.get(str(entry.get("program")))
    if not isinstance(program, dict):
        raise Skip(rules.NO_AUTHORITY, f"program {entry.get('program')}")
    kind, authority_id = str(program.get("authority_type")), str(program.get("authority"))
    authority = (data.authorities.get(kind) or {}).get(authority_id)
    if not isinstance(authority, dict) or not authority.get("name"):
        raise Skip(rules.NO_AUTHORITY, f"authority {authority_id} ({kind})")
    name = str(authority["name"]).strip()
    out: dict[str, Any] = {
        "name": _en(program.get("name")),
        "offered_by": name,
        "level": LEVELS.get(kind, "other"),
        "program_url": _en(program.get("url")),
    }
    if out["level"] == "utility":
        out["utility"], out["utility_name"] = authority_id, name
    elif out["level"] != "state":
        out["area"] = name
    group = entry.get("eligible_geo_group")
    if group:
        described = (data.geo_groups.get(str(group)) or {}).get("description")
        out["area"] = " ".join(str(described).split()) if described else str(group)
    return out


def _convert(entry: dict[str, Any], data: _StateData, thresholds: dict[str, Any], fpl: dict[str, Any]) -> list[dict[str, Any]]:
    """The catalogue entries for one incentive (two when the data gives EV and PHEV amounts in one entry)."""
    original = str(entry["id"])
    description = _en(entry.get("short_description"))
    items = [ITEMS[i] for i in entry.get("items") or [] if i in ITEMS]
    others = {str(i) for i in entry.get("items") or [] if i not in ITEMS}
    vehicles = [i for i in items if i != "charger"]
    rules.check_scope(description, vehicles, "charger" in items)
    notes: list[str] = []
    items, condition_note = rules.match_condition(description, items)
    notes += [condition_note] if condition_note else []
    items, phev_note = rules.add_phev_items(description, items)
    notes += [phev_note] if phev_note else []
    if others and "charger" in items:
        notes.append(
            "the amount also covers the charger's wiring or panel work"
            if others <= WIRING
            else "also covers other home upgrades; the cap is shared"
        )
    kind, amount, cap, minimum = rules.read_amount(entry.get("amount") or {}, description, bool(vehicles))
    payment, payment_note = rules.read_payment(list(entry.get("payment_methods") or []), description)
    notes += [payment_note] if payment_note else []
    start, end = rules.iso_date(entry.get("start_date"), end=False), rules.iso_date(entry.get("end_date"), end=True)
    msrp_cap, used_cap = rules.read_price_caps(description, items)
    if msrp_cap is not None or used_cap is not None:
        notes.append(("MSRP" if msrp_cap is not None else "price") + " cap read from the program description")
    who = _who(entry, data)
    program_url = who.pop("program_url")
    source = _en(entry.get("url")) or program_url
    leases = bool(re.search(r"\blea(?:se|sing|sed)", description, re.I))
    if vehicles and not leases:
        notes.append("lease not mentioned; counted for purchases only")
    raw: dict[str, Any] = {
        "id": f"RA-{original}",
        "state": data.state,
        "items": items,
        "amount_kind": kind,
        "amount": amount,
        "amount_cap": cap,
        "payment": payment,
        "source": source,
        "checked": data.checked,
        "description": description,
        "provenance": f"{data.provenance}, id {original}",
        "msrp_cap": msrp_cap,
        "used_price_cap": used_cap,
        "start": start,
        "end": end,
        "paused": entry.get("paused") is True,
        "income": rules.income_rule(entry.get("low_income"), description, thresholds, fpl, source),
        "acquisition": ["buy", "lease"] if leases or not vehicles else ["buy"],
        "tenure": [{"homeowner": "own", "renter": "rent"}.get(str(o), str(o)) for o in entry.get("owner_status") or []],
        **who,
    }
    if minimum is None and phev_note and kind == "fixed":
        phev_amount = rules.phev_clause_amount(description)
        if phev_amount is not None and phev_amount < amount:  # "$5,000 for an EV, or $3,000 for a plug-in hybrid"
            minimum = phev_amount
    if minimum is None:
        return [{**raw, "notes": "; ".join(notes)}]
    return _split_range(raw, notes, description, amount, minimum)


def _split_range(raw: dict[str, Any], notes: list[str], description: str, number: float, minimum: float) -> list[dict[str, Any]]:
    """An amount from `minimum` to `number`: EV and PHEV amounts when the description names both, else the minimum."""
    bev = [i for i in raw["items"] if not i.endswith("phev")]
    phev = [i for i in raw["items"] if i.endswith("phev")]
    if rules.powertrain_split(description, number, minimum):
        if not phev:
            return [{**raw, "notes": "; ".join(notes)}]
        phev_note = f"plug-in hybrid amount ({rules.money(minimum)}) from the data's minimum, as the description gives it"
        phev_entry = {**raw, "id": raw["id"] + "-PHEV", "items": phev, "amount": minimum, "notes": "; ".join([*notes, phev_note])}
        if not bev:
            return [{**phev_entry, "id": raw["id"]}]
        bev_note = f"the data gives one entry for EVs and plug-in hybrids; the plug-in hybrid part is {phev_entry['id']}"
        return [{**raw, "items": bev, "notes": "; ".join([*notes, bev_note])}, phev_entry]
    range_note = (
        f"the data gives {rules.money(minimum)} to {rules.money(number)} without saying what decides it; "
        f"the app counts {rules.money(minimum)}"
    )
    return [{**raw, "amount": minimum, "notes": "; ".join([*notes, range_note])}]


def _validated(raw: dict[str, Any]) -> dict[str, Any]:
    try:
        return program_to_dict(program_from_dict(raw))
    except InputError as exc:
        raise Skip(rules.SCHEMA, "; ".join(p.describe() for p in exc.problems)) from None


def import_rewiring(data_dir: Path, version: ImportResult | None = None) -> ImportResult:
    """Every vehicle and charger incentive of the data (its folder, or the folder holding `data/`); `version`: an
    empty result naming another copy of the data than the shipped one (its source, commit or label, and date)."""
    root = data_dir / "data" if (data_dir / "data").is_dir() else data_dir
    thresholds, fpl = _read(root / "low_income_thresholds.json"), _read(root / "federal_poverty_levels.json")
    geo = _read(root / "geo_groups.json") if (root / "geo_groups.json").exists() else {}
    result = version or ImportResult()
    label = f"commit {result.data_commit[:7]}" if re.fullmatch(r"[0-9a-f]{40}", result.data_commit) else result.data_commit
    for entry in _read(root / "ira_incentives.json"):
        if is_vehicle_or_charger(entry):
            result.skipped.append((f"RA-{entry['id']}", rules.FEDERAL_REPLACED))
    utility_names: dict[str, dict[str, str]] = {}
    for state_dir in sorted(p for p in root.iterdir() if p.is_dir() and (p / "incentives.json").exists()):
        state = state_dir.name
        authorities = _read(state_dir / "authorities.json")
        data = _StateData(
            state,
            _read(state_dir / "programs.json"),
            authorities,
            geo.get(state) or {},
            result.data_date,
            f"Rewiring America incentives data (Apache-2.0), {label}",
        )
        utility_names[state] = {k: str(v.get("name", k)).strip() for k, v in (authorities.get("utility") or {}).items()}
        for entry in _read(state_dir / "incentives.json"):
            if not is_vehicle_or_charger(entry):
                continue
            try:
                result.programs += [_validated(raw) for raw in _convert(entry, data, thresholds, fpl)]
            except Skip as exc:
                result.skipped.append((f"RA-{entry.get('id')}", str(exc)))
    result.programs.sort(key=lambda p: (p["state"], _natural(p["id"])))
    result.skipped.sort(key=lambda s: _natural(s[0]))
    for p in result.programs:
        uid = p.get("utility")
        if uid and uid in utility_names.get(p["state"], {}):
            result.utilities.setdefault(p["state"], [])
            row = {"id": uid, "name": utility_names[p["state"]][uid]}
            if row not in result.utilities[p["state"]]:
                result.utilities[p["state"]].append(row)
    for rows in result.utilities.values():
        rows.sort(key=lambda r: (r["name"].lower(), r["id"]))
    return result


def catalogue_json(result: ImportResult) -> str:
    """The text of resources/incentives/catalogue.json: the same data gives the same bytes."""
    document = {
        "notice": result.notice,
        "source": result.source,
        "data_commit": result.data_commit,
        "data_date": result.data_date,
        "programs": result.programs,
        "utilities": result.utilities,
    }
    return json.dumps(document, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
