"""Build the China market pack, resources/markets/cn/, from the staged facts in shared/data.

    python tools/build_china_pack.py /work/shared/data

(or `.venv/bin/python tools/build_china_pack.py [SHARED_DATA_DIR]`, default ../shared/data beside the repository).
Reads china_market/vehicles.csv and energy_policy_facts.csv, china_eu_facts/xiaomi_su7_yu7_facts.csv (a cross-check),
open_ev_data/open_ev_data_flat.csv (AC power, voltage class, DC power where the staged row lacks it), the app's
EPA table resources/vehicles/vehicles.csv (utility factors of plug-in hybrids by electric range; the Camry hybrid's
label) and the hand-typed facts in tools/china_pack_extra.csv (one row per fact with its address and date). Writes
market.json, vehicles.csv, metadata.json, regions.csv, incentives.json and SOURCES.md in the format agreed in
/work/notes/market-pack-format.md. The output depends only on those files: running it twice gives the same bytes.

Over 300 lines because every region figure is named here with the staged fact it comes from; the vehicle
conversion lives in tools/china_pack_vehicles.py.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for path in (ROOT, ROOT / "tools"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from china_pack_sources import write_sources  # noqa: E402
from china_pack_vehicles import EXTRA_COLUMNS, Factors, Sources, convert, read_csv  # noqa: E402

from buyer_app.core.vehicles.schema import COLUMNS  # noqa: E402

OUT = ROOT / "resources" / "markets" / "cn"
EXTRA = ROOT / "tools" / "china_pack_extra.csv"
EPA = ROOT / "resources" / "vehicles" / "vehicles.csv"
BUILT = "2026-12-06"  # the day these facts were collected; fixed so the output is deterministic
VEHICLE_ID_BASE = 9_000_000
STAGED_FACTS = "shared/data/china_market/energy_policy_facts.csv"
REGION_COLUMNS = ("region", "name", "name_zh", "field", "value", "unit", "source", "as_of", "note")
REGIONS = {
    "CN": ("China (national)", "全国"),
    "CN-BJ": ("Beijing", "北京"),
    "CN-SH": ("Shanghai", "上海"),
    "CN-GZ": ("Guangzhou", "广州"),
    "CN-SZ": ("Shenzhen", "深圳"),
    "CN-CD": ("Chengdu", "成都"),
    "CN-HRB": ("Harbin", "哈尔滨"),
}
Row = tuple[str, str, str, str, str, str, str]  # region, field, value, unit, source, as_of, note
SUPERSEDES = "Supersedes the staged"  # the start of the note of an extra row that replaces a staged one


def _num(value: float, digits: int = 4) -> str:
    return format(round(value, digits), ".10g")


class Facts:
    """The staged energy/policy facts, looked up by topic and the start of the fact's wording."""

    def __init__(self, rows: list[dict[str, str]]) -> None:
        self.rows = rows

    def get(self, topic: str, starts: str) -> dict[str, str]:
        found = [r for r in self.rows if r["topic"] == topic and r["fact"].startswith(starts)]
        if len(found) != 1:
            raise SystemExit(f"{STAGED_FACTS}: expected one {topic!r} fact starting {starts!r}, found {len(found)}")
        return found[0]


def _staged(region: str, field: str, fact: dict[str, str], value: str = "", unit: str = "", note: str = "") -> Row:
    return (region, field, value or fact["value"], unit or fact["unit"], fact["source_url"], fact["as_of"], note or fact["note"])


def _extra_rows(extra: list[dict[str, str]], topic: str) -> list[dict[str, str]]:
    return [r for r in extra if r["topic"] == topic]


def _energy_rows(facts: Facts) -> list[Row]:
    """Gasoline, electricity and public charging: Beijing and Shanghai from the staged facts."""
    g92 = facts.get("gasoline_price_beijing", "Beijing 92# gasoline maximum retail price from 2025-11-24")
    g95 = facts.get("gasoline_price_beijing", "Beijing 95# gasoline maximum retail price from 2025-11-24")
    national = "Beijing DRC notice used as the national reference (no other provincial notice found); "
    rows = [
        _staged("CN-BJ", "gas_price", g92, unit="CNY/L", note="92# maximum retail price; " + g92["note"]),
        _staged("CN-BJ", "premium_price", g95, unit="CNY/L", note="95# maximum retail price; " + g95["note"]),
        _staged("CN", "gas_price", g92, unit="CNY/L", note=national + "provincial maxima differ by a few fen per litre."),
        _staged("CN", "premium_price", g95, unit="CNY/L", note=national + "provincial maxima differ by a few fen."),
    ]
    t1 = facts.get("electricity_residential_beijing", "Tier 1 residential price")
    t2 = facts.get("electricity_residential_beijing", "Tier 2 residential price")
    t3 = facts.get("electricity_residential_beijing", "Tier 3 residential price")
    tiers = f"0-2880:{t1['value']};2880-4800:{t2['value']};4800-:{t3['value']}"
    rows += [
        _staged("CN-BJ", "electricity_price", t1, note="Tier 1 (up to 2,880 kWh a year). " + t1["note"]),
        _staged("CN-BJ", "electricity_tiers", t1, value=tiers, unit="kWh/yr:CNY/kWh", note="Tiers 240 / 400 kWh a month x 12."),
    ]
    s_band = facts.get("electricity_residential_shanghai", "Tier 1 annual band upper limit")
    s1 = facts.get("electricity_residential_shanghai", "Tier 1 residential price, peak")
    s2 = facts.get("electricity_residential_shanghai", "Tier 2 residential price, daytime")
    s_tou = facts.get("electricity_residential_shanghai", "Time-of-use windows")
    rows += [
        _staged("CN-SH", "electricity_price", s1, note="Tier 1 daytime (06-22) price. " + s1["note"]),
        _staged(
            "CN-SH",
            "electricity_tiers",
            s2,
            value=f"0-{s_band['value']}:{s1['value']};{s_band['value']}-4800:{s2['value']}",
            unit="kWh/yr:CNY/kWh",
            note=f"Daytime prices; bands from {s_band['source_url']} ({s_band['as_of']}). Tier 3 (>4,800 kWh/yr) price is "
            "cut off in the text available here, so the tiers stop at 4,800 kWh.",
        ),
        _staged("CN-SH", "offpeak_hours", s_tou, value="22-6", unit="hours", note="Off-peak 22:00-06:00; peak 06:00-22:00."),
    ]
    flat = facts.get("electricity_charging_beijing", "State Grid Beijing public chargers, electricity price, flat")
    fee = facts.get("electricity_charging_beijing", "State Grid Beijing public chargers, charging service fee")
    total = _num(float(flat["value"]) + float(fee["value"]))
    how = (
        f"DERIVED: flat-period electricity {flat['value']} + service fee {fee['value']} CNY/kWh (State Grid Beijing public "
        "chargers, 2016; peak 1.0044 and valley 0.3946 plus the same fee). Old but the newest Beijing figure found."
    )
    rows += [_staged("CN-BJ", field, flat, value=total, note=how) for field in ("public_dc_price", "public_l2_price")]
    return rows


def _plate_rows(facts: Facts, extra: list[dict[str, str]]) -> list[Row]:
    """Licence-plate rules (English and Chinese) and Shanghai's auction price."""
    by = {(r["key"], r["field"]): r for r in _extra_rows(extra, "region")}
    bj, sh = by[("CN-BJ", "plate_rule_quota_2025")], by[("CN-SH", "plate_rule_2026")]
    restriction = facts.get("driving_restriction_beijing", "Beijing weekday tail-number")
    auction = facts.get("license_plate_shanghai", "Winning bid in Shanghai plate auction")
    phev = facts.get("license_plate_shanghai", "Plug-in hybrids incl. extended-range no longer get free plates")
    texts = {
        "CN-BJ": (
            "Quota city. 2025: 100,000 passenger-car quotas: 20,000 ordinary (petrol or hybrid) by lottery in two batches, "
            "80,000 for NEVs by family score and waiting order, plus 40,000 extra NEV quotas for car-free households. "
            "Petrol cars also face the weekday tail-number driving ban; NEVs do not.",
            "指标城市。2025年小客车指标10万个：普通指标2万个（摇号，分两批配置），新能源指标8万个（按家庭积分和轮候配置），"
            "另向无车家庭增发新能源指标4万个。燃油车工作日尾号限行，新能源车不限行。",
            f"{bj['source']} | {restriction['source_url']}",
            bj["as_of"],
        ),
        "CN-SH": (
            "Quota city. A battery EV for private use gets a free licence plate until 2026-12-31 (buyers without a Shanghai "
            "hukou: 36 months of Shanghai social insurance or income tax in the last 48). Petrol cars, hybrids and, since "
            "2023, plug-in and extended-range hybrids need a plate bought at the monthly auction (winning bids above "
            "CNY 90,000 at the end of 2024).",
            "额度城市。纯电动私家车2026年12月31日前免费发放专用牌照（非沪籍须在申请前48个月内累计缴纳上海社保或个税满36个月）。"
            "燃油车、混合动力车以及自2023年起的插电式混合动力和增程式车须参加每月牌照拍卖（2024年底中标价超过9万元）。",
            f"{sh['source']} | {phev['source_url']}",
            sh["as_of"],
        ),
    }
    for code, words, words_zh in (
        (
            "CN-SZ",
            "Quota city since 2014-12. Petrol-car plates by lottery and auction (80,000 a year); battery-electric and "
            "plug-in hybrid plates are not capped: an 'incremental indicator' is applied for, since 2024 without the "
            "social-insurance condition for non-Shenzhen applicants. Check the current rules before buying.",
            "自2014年12月起实行小汽车增量调控。燃油车指标通过摇号和竞价配置（每年8万个）；纯电动和插电式混合动力车指标不设上限，"
            "可直接申请，2024年起取消非深户申请新能源车增量指标的社保限制。购车前请确认现行政策。",
        ),
        (
            "CN-GZ",
            "Quota city since 2012-07 (120,000 plates a year at the start: lottery, auction and 10% for NEVs); in 2025 "
            "quotas are being adjusted to favour NEVs. Current NEV rules not confirmed here: check before buying.",
            "自2012年7月起实行小客车指标调控（起初每年12万个：摇号、竞价，10%为新能源车）；2025年正调整指标向新能源车倾斜。"
            "现行新能源车政策此处未能核实，购车前请确认。",
        ),
        (
            "CN-CD",
            "No licence-plate quota known (not on the 2014 list of quota cities; not re-checked for 2025-2026).",
            "未知有牌照指标限制（不在2014年限购城市名单中；2025-2026年情况未复核）。",
        ),
        (
            "CN-HRB",
            "No licence-plate quota known (not on the 2014 list of quota cities; not re-checked for 2025-2026).",
            "未知有牌照指标限制（不在2014年限购城市名单中；2025-2026年情况未复核）。",
        ),
    ):
        fact = next(r for r in _extra_rows(extra, "region") if r["key"] == code and r["field"].startswith("plate_rule"))
        texts[code] = (words, words_zh, fact["source"], fact["as_of"])
    rows: list[Row] = []
    for code, (words, words_zh, source, as_of) in texts.items():
        rows.append((code, "plate_rule", words, "text", source, as_of, "Non-monetary factor for the verdict."))
        rows.append((code, "plate_rule_zh", words_zh, "text", source, as_of, "Chinese wording of plate_rule."))
    rows.append(
        (
            "CN-SH",
            "plate_free_powertrains",
            "bev",
            "text",
            texts["CN-SH"][2],
            texts["CN-SH"][3],
            "The powertrains that get a plate without the auction (battery EVs, to 2026-12-31); the others need one.",
        )
    )
    rows.append(
        _staged(
            "CN-SH",
            "plate_auction_price",
            auction,
            unit="CNY",
            note="Lower bound: 'successful bidders currently paying more than RMB 90,000' (CnEVPost); a dated monthly "
            "average winning bid was not found.",
        )
    )
    return rows


def _climate_rows(extra: list[dict[str, str]]) -> list[Row]:
    """Monthly mean temperature as the midpoint of the mean daily maximum and minimum (derived)."""
    tables: dict[str, dict[str, dict[str, str]]] = {}
    for r in _extra_rows(extra, "climate"):
        tables.setdefault(r["key"], {})[r["field"]] = r
    rows: list[Row] = []
    for code in sorted(tables):
        if "mean_c" in tables[code]:  # a published daily mean by month, taken as it is
            mean = tables[code]["mean_c"]
            means = [float(x) for x in mean["value"].split(";")]
            if len(means) != 12:
                raise SystemExit(f"{EXTRA}: {code} climate needs 12 months")
            for month, value in enumerate(means, start=1):
                rows.append((code, f"temp_c_{month:02d}", _num(value, 1), "deg C", mean["source"], mean["as_of"], mean["note"]))
            continue
        high, low = tables[code]["high_c"], tables[code].get("low_c") or tables[code]["low_f"]
        highs = [float(x) for x in high["value"].split(";")]
        lows = [float(x) for x in low["value"].split(";")]
        if low["field"] == "low_f":
            lows = [(f - 32) * 5 / 9 for f in lows]
        if len(highs) != 12 or len(lows) != 12:
            raise SystemExit(f"{EXTRA}: {code} climate needs 12 months")
        source = high["source"] if high["source"] == low["source"] else f"{high['source']} | {low['source']}"
        for month, (hi, lo) in enumerate(zip(highs, lows, strict=True), start=1):
            note = f"DERIVED: (mean max {hi:g} + mean min {_num(lo, 1)}) / 2. {high['note']}"
            rows.append((code, f"temp_c_{month:02d}", _num((hi + lo) / 2, 1), "deg C", source, high["as_of"], note))
    return rows


def build_regions(facts: Facts, extra: list[dict[str, str]]) -> list[list[str]]:
    rows = _energy_rows(facts) + _plate_rows(facts, extra) + _climate_rows(extra)
    staged = {(r[0], r[1]): k for k, r in enumerate(rows)}
    for r in _extra_rows(extra, "region"):
        if r["field"].startswith("plate_rule"):
            continue
        row = (r["key"], r["field"], r["value"], r["unit"], r["source"], r["as_of"], r["note"])
        at = staged.get((r["key"], r["field"]))
        # a newer dated figure found since the facts were staged replaces the staged one, and must say so in its note;
        # any other repeated (region, field) is a mistake the check below stops
        if at is not None and r["note"].startswith(SUPERSEDES):
            rows[at] = row
        else:
            rows.append(row)
    order = {code: k for k, code in enumerate(REGIONS)}
    rows.sort(key=lambda r: (order[r[0]], r[1]))
    if len({(r[0], r[1]) for r in rows}) != len(rows):
        raise SystemExit("regions: a (region, field) pair appears twice")
    return [[r[0], *REGIONS[r[0]], *r[1:]] for r in rows]


def build_market(extra: list[dict[str, str]], facts: Facts) -> dict[str, object]:
    market = {r["field"]: r for r in _extra_rows(extra, "market")}
    factor = market["real_world_range_factor"]
    range_factor = float(factor["value"])
    tax = facts.get("vehicle_purchase_tax", "Standard vehicle purchase tax rate")
    cold, very_cold = market["cold_range_loss_at_or_below_0c"], market["cold_range_loss_at_or_below_minus7c"]
    return {
        "code": "cn",
        "name": "China (mainland)",
        "name_zh": "中国大陆",
        "currency": "CNY",
        "units": "metric",
        "region_label": "City",
        "vehicle_id_base": VEHICLE_ID_BASE,
        "test_cycle": "CLTC",
        "real_world_factor": {
            "range": range_factor,
            "energy": round(1 / range_factor, 4),
            "fuel": round(1 / range_factor, 4),
            "source": factor["source"],
            "as_of": factor["as_of"],
            "note": factor["note"] + " 'fuel' (added field): the same factor on cycle fuel figures (an assumption: no "
            "China real-world fuel gap was found); EPA label figures get none.",
            "temperature": [  # added field: ICCT's cold-weather gaps, for the code's own temperature model to check
                {"at_or_below_c": 0, "range_loss": [float(x) for x in cold["value"].split("-")], "note": cold["note"]},
                {"at_or_below_c": -7, "range_loss": [float(x) for x in very_cold["value"].split("-")], "note": very_cold["note"]},
            ],
        },
        "purchase_tax": {
            "rate": float(tax["value"]) / 100,
            "vat_rate": float(market["vat_rate"]["value"]),
            "source": " | ".join(dict.fromkeys(f"{tax['source_url']} | {market['vat_rate']['source']}".split(" | "))),
            "as_of": market["vat_rate"]["as_of"],
            "note": "Tax = rate x price / (1 + vat_rate). NEV reductions are in incentives.json.",
        },
        "annual_tax_shares": _vessel_tax_shares(facts),
        "default_region": "CN-SH",
        "built": BUILT,
        "built_by": "tools/build_china_pack.py",
    }


def _vessel_tax_shares(facts: Facts) -> dict[str, object]:
    """The share of the yearly vehicle and vessel tax each powertrain pays: NEVs none, an energy-saving hybrid half
    (Toyota's and Honda's hybrids are on the energy-saving catalogue; a hybrid not on it pays the whole tax)."""
    fact = facts.get("vehicle_vessel_tax", "NEVs (BEV, PHEV incl. extended-range, FCEV) pay no annual")
    return {
        "bev": 0.0,
        "phev": 0.0,
        "hev": 0.5,
        "ice": 1.0,
        "diesel": 1.0,
        "source": fact["source_url"],
        "as_of": fact["as_of"],
        "note": "NEVs exempt; qualifying energy-saving vehicles pay half (hybrids are assumed to qualify: the "
        "catalogue lists the common ones)",
    }


def build_incentives(facts: Facts, vat: float) -> dict[str, object]:
    """The NEV purchase-tax exemption (2024-2025) and halving (2026-2027), split by BEV and plug-in hybrid."""
    free = facts.get("vehicle_purchase_tax", "NEVs bought 2024-01-01 to 2025-12-31")
    half = facts.get("vehicle_purchase_tax", "NEVs bought 2026-01-01 to 2027-12-31")
    rule = facts.get("vehicle_purchase_tax", "2026-2027 eligibility")
    programs = []
    for period, fact, share, start, end, min_km in (
        ("2024", free, 0.10, "2024-01-01", "2025-12-31", 43),
        ("2026", half, 0.05, "2026-01-01", "2027-12-31", int(float(rule["value"]))),
    ):
        cap = float(fact["value"])
        what = "exempt from" if share == 0.10 else "pay half of"
        for kind, items in (("BEV", ["new_bev"]), ("PHEV", ["new_phev"])):
            entry: dict[str, object] = {
                "id": f"CN-NEV-PURCHASE-TAX-{period}-{kind}",
                "name": f"NEV vehicle purchase tax {'exemption' if share == 0.10 else 'halving'} {start[:4]}-{end[:4]}",
                "offered_by": "Ministry of Finance, State Taxation Administration, MIIT",
                "level": "federal",
                "state": "CN",
                "items": items,
                "amount_kind": "percent",
                "amount": round(share / (1 + vat), 10),
                "amount_cap": cap,
                "payment": "pos_rebate",
                "acquisition": ["buy"],
                "start": start,
                "end": end,
                "source": fact["source_url"] + (f" | {rule['source_url']}" if kind == "PHEV" else ""),
                "checked": BUILT,
                "provenance": f"typed from staged {STAGED_FACTS} (MOF/SAT/MIIT announcement {fact['as_of']})",
                "description": f"New energy vehicles bought {start} to {end} {what} the 10% vehicle purchase tax "
                f"(levied on the price excluding {vat:.0%} VAT), at most CNY {cap:,.0f} per vehicle.",
                "notes": "Only models in the MIIT catalogue of NEVs eligible for the reduction. The amount is "
                f"{share:.0%} / (1 + VAT) of the price, the tax not charged.",
            }
            if kind == "PHEV":
                entry["min_cycle_electric_range_km"] = min_km  # added field: program_from_dict ignores it
                entry["notes"] = str(entry["notes"]) + (
                    f" Plug-in and extended-range hybrids need a pure-electric range of at least {min_km} km"
                    + (" (raised from 43 km; also new energy-use limits, see source)." if period == "2026" else ".")
                )
            programs.append(entry)
    return {
        "about": "China (mainland) incentives for the China market pack, in the app's catalogue format; state 'CN' "
        "stands for the whole country and level 'federal' for the national government. Built by "
        "tools/build_china_pack.py from the staged facts; 'checked' is the build date.",
        "programs": programs,
    }


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _cross_check(vehicles: list[dict[str, str]], xiaomi: list[dict[str, str]]) -> None:
    """The Xiaomi fact file and the staged trims must agree (prices, CLTC ranges) where both give a figure."""
    fields = {"msrp_launch": "guide_price_cny", "range_cltc": "cltc_range_km"}
    for fact in xiaomi:
        if fact["attribute"] not in fields or fact["trim"] == "all":
            continue
        rows = [
            r
            for r in vehicles
            if r["make"] == "Xiaomi"
            and r["model"] == fact["model"]
            and r["trim"].startswith(fact["trim"])
            and "1st" in r["generation_or_year"]
        ] or [r for r in vehicles if r["make"] == "Xiaomi" and r["model"] == fact["model"] and r["trim"].startswith(fact["trim"])]
        staged = {r[fields[fact["attribute"]]] for r in rows}
        if staged != {fact["value"]}:
            raise SystemExit(
                f"xiaomi_su7_yu7_facts.csv {fact['model']} {fact['trim']} {fact['attribute']} {fact['value']} != staged {staged}"
            )


def write_csv(path: Path, header: list[str] | tuple[str, ...], rows: list[list[str]]) -> None:
    import csv

    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def main(argv: list[str]) -> int:
    shared = Path(argv[1]) if len(argv) > 1 else ROOT.parent / "shared" / "data"
    inputs = {
        "vehicles": shared / "china_market" / "vehicles.csv",
        "facts": shared / "china_market" / "energy_policy_facts.csv",
        "xiaomi": shared / "china_eu_facts" / "xiaomi_su7_yu7_facts.csv",
        "openev": shared / "open_ev_data" / "open_ev_data_flat.csv",
    }
    for path in inputs.values():
        if not path.is_file():
            raise SystemExit(f"missing input {path}: pass the shared data folder (e.g. /work/shared/data)")
    staged = read_csv(inputs["vehicles"])
    facts = Facts(read_csv(inputs["facts"]))
    extra = read_csv(EXTRA)
    _cross_check(staged, read_csv(inputs["xiaomi"]))
    market = build_market(extra, facts)
    rwf = market["real_world_factor"]
    assert isinstance(rwf, dict)
    factors = Factors(range=float(rwf["range"]), energy=float(rwf["energy"]))
    vehicle_extra: dict[str, dict[str, str]] = {}
    for r in _extra_rows(extra, "vehicle"):
        vehicle_extra.setdefault(r["key"], {})[r["field"]] = r["value"]
    src = Sources(
        openev={r["fragment"]: r for r in read_csv(inputs["openev"])},
        epa=read_csv(EPA),
        extra=vehicle_extra,
    )
    columns = list(COLUMNS)
    vehicles = convert(staged, columns, factors, src, VEHICLE_ID_BASE)
    regions = build_regions(facts, extra)
    purchase_tax = market["purchase_tax"]
    assert isinstance(purchase_tax, dict)
    incentives = build_incentives(facts, float(purchase_tax["vat_rate"]))

    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "market.json").write_text(json.dumps(market, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    header = columns + list(EXTRA_COLUMNS)
    write_csv(OUT / "vehicles.csv", header, [[v[c] for c in header] for v in vehicles])
    write_csv(OUT / "regions.csv", REGION_COLUMNS, regions)
    (OUT / "incentives.json").write_text(json.dumps(incentives, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    metadata = {
        "format": 1,
        "market": "cn",
        "source_files": {
            name: {"path": "shared/data/" + path.relative_to(shared).as_posix(), "sha256": _sha256(path)}
            for name, path in sorted(inputs.items())
        }
        | {
            "extra": {"path": "tools/china_pack_extra.csv", "sha256": _sha256(EXTRA)},
            "epa": {"path": "resources/vehicles/vehicles.csv", "sha256": _sha256(EPA)},
        },
        "built": BUILT,
        "built_by": "tools/build_china_pack.py",
        "vehicles": len(vehicles),
        "by_powertrain": dict(sorted(Counter(v["powertrain"] for v in vehicles).items())),
        "priced": sum(1 for v in vehicles if v["msrp_local"]),
        "unpriced": sum(1 for v in vehicles if not v["msrp_local"]),
        "supported": sum(1 for v in vehicles if v["supported"] == "True"),
        "consumption": consumption_counts(vehicles),
        "real_world_factor": {"range": factors.range, "energy": factors.energy},
    }
    (OUT / "metadata.json").write_text(json.dumps(metadata, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    write_sources(OUT / "SOURCES.md", market, vehicles, regions, incentives, metadata)
    print(f"{len(vehicles)} vehicles, {len(regions)} region rows, {len(incentives['programs'])} programs written to {OUT}")
    return 0


def consumption_counts(vehicles: list[dict[str, str]]) -> dict[str, int]:
    """How each trim's consumption figure came about (published cycle figure, derived, sibling, EPA, measured, none)."""
    counts: Counter[str] = Counter()
    for v in vehicles:
        d = v["derived"]
        if v["supported"] != "True":
            counts["none (not costable)"] += 1
        elif "US EPA label" in d:
            counts["EPA label of the same car"] += 1
        elif "taken from the" in d:
            counts["sibling trim's figure"] += 1
        elif "consumption derived" in d:
            counts["derived from battery and range"] += 1
        elif "measured in a media test" in d:
            counts["media test"] += 1
        else:
            counts["published cycle figure"] += 1
    return dict(sorted(counts.items()))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
