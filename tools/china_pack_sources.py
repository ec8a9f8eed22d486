"""SOURCES.md of the China market pack: every source, its terms, the date, the derivations and the gaps.

Written by build_china_pack.py from the built tables, so the counts and the lists of derived figures always match
the files beside it.
"""

from __future__ import annotations

from pathlib import Path

HEAD = """# China market pack (`cn`): sources, derivations and gaps

Built by `tools/build_china_pack.py` (run: `python tools/build_china_pack.py /work/shared/data`) on {built} from the
staged facts in `shared/data` and the hand-typed facts in `tools/china_pack_extra.csv` (one row per fact, each with
its address and date). Format: `/work/notes/market-pack-format.md`. Nothing here is an official single-source table:
every row names its own source; web pages were read as stored copies and only numbers, dates and names were taken
(pages are the publishers' copyright; no text is reproduced).

## Sources and terms

{source_table}

## The real-world factor

`market.json` `real_world_factor`: range = CLTC range x {range}; consumption = cycle consumption x {energy} (= 1 / {range}).
ICCT with China's national NEV data platform (NDANEV; >140,000 cars of the ten best-selling BEV models, 2021 data,
five cities) found real-world range about 15% below the nominal range in all conditions, 20-35% below at or under
0 C and 30-50% below at or under -7 C (the cold gaps are in `real_world_factor.temperature`, an added field, for the
code's temperature model to be checked against: the app applies its own monthly climate model on top of the 0.85).
Caveats: the nominal range of those 2017-2021 models was mostly NEDC, not CLTC; the same factor is applied to
plug-in hybrids' electric ranges whatever their cycle, and to cycle fuel figures (`real_world_factor.fuel`, an added
field; an assumption, no China real-world fuel gap was found). Single tests for scale: Xiaomi YU7 Max 65.5% of CLTC
at 100 km/h and 30 C (Sohu via formacar.com, 2025-07-23, staged); YU7 Standard 83.6% at 10 C in Beijing (Autohome
winter test, via https://www.ginlix.ai/news/16051, 2026-01); Autohome's Yakeshi test at -10 to -27 C: most of 67 cars
kept under half their CLTC range (staged, 2025-12).

## Vehicles ({vehicles} trims)

Exactly the app's columns (buyer_app/core/vehicles/schema.py) in its internal units (miles, MPG, kWh per 100 miles
at the wall), real-world factor applied, then the pack's columns (`msrp_local` ... `displacement_l`). Ids
{first_id}..{last_id}, sorted by make, model, generation, trim.

- Prices: {priced} trims priced, {unpriced} without a price (`msrp_local` empty: the app asks for one). `price_basis`
  matters: several prices are the minimum of a whole series (`series guide-price minimum`), not the trim's.
- Consumption: {consumption}.
- Published cycle consumption at the wall (MIIT/GB/T 18386 figures are grid energy): YU7 Standard 13.3, Model 3 Long
  Range RWD 11.0, Long Range AWD 12.1, Model Y RWD 11.9, Model Y L 12.8 kWh/100 km (CLTC).
- Derived: `derived` says how for each row. Battery / cycle range / 0.90 (the app's AC charging efficiency, wall to
  battery) where only battery and range are published; staged batteries are mostly gross capacity, so these
  figures lean low by a few percent. New-generation SU7 trims and the YU7 Pro have no published battery: their
  consumption is the named sibling's (1st-generation SU7 trim of the same name; YU7 Max).
- Camry (9th generation): no China fuel figure was found; the US EPA label of the same-generation 2.5 L hybrid
  (2025 Camry HEV FF LE) is used, without a factor. The price is the series minimum (its entry trim is the 2.0 L
  petrol car; the hybrids cost more).
- Plug-in hybrids: utility factors are the median of EPA plug-in hybrids of about the same real-world electric range
  (US daily distances, SAE J2841 as EPA applies it); charge-depleting petrol 0 (BYD DM-i drives on electricity until
  the battery is low). Song PLUS DM-i petrol use is a media test (3.68 L/100 km, hybrid mode, city), not an official
  figure.
- No city/highway split is published for any trim: city = highway = combined. `fuel_grade` is `regular` (92#) for
  every petrol car (maker recommendations not collected). `connector` GB/T for every plug-in (the Chinese standard).
  `epa_class` (body size) and `drive` were assigned by this build from the trim names; `drive` is empty where no
  source says.
- Not costable (supported = False, the picker hides them; kept so the gap is visible): {unsupported}.

## Regions

`regions.csv`, long format, {region_rows} rows for CN (national fallback) and Beijing, Shanghai, Guangzhou, Shenzhen,
Chengdu, Harbin. Every row has its source and date; DERIVED in `note` says how a figure was computed.

- Gasoline and diesel: every city's own provincial DRC notice of the same round, effective 2026-09-24 24:00 (the latest
  in the stored copy of the chinese-oil-price-data collection, which records each notice's URL, title and hash): 92# /
  95# / 0# CNY/L Beijing 8.61 / 9.17 / 8.36, Shanghai 8.57 / 9.12 / 8.28, Guangdong (Guangzhou, Shenzhen) 8.63 / 9.35 /
  8.31, Sichuan zone 1 (Chengdu) 8.70 / 9.30 / 8.34, Heilongjiang (Harbin) 8.64 / 9.23 (its diesel was not extracted:
  the national row's). They replace the staged Beijing notice of 2025-11-24 (6.89 / 7.33), so all cities share one
  round; the national row is Beijing's.
- Electricity: Beijing tiers (2012 tariff, unchanged since as far as found), Shanghai tier 1-2 daytime prices (2012)
  and off-peak hours, Harbin tiers 0.51 / 0.56 / 0.81 CNY/kWh at 2,040 / 3,120 kWh a year (since 2012-07-01, from a
  repost of a Harbin news item); national fallback 0.569 CNY/kWh (derived from Statista's 7.8 US cents, March 2024)
  for Guangzhou, Shenzhen and Chengdu. The app adds the kWh of home charging on top of the household's own use on
  its tiered bill. NDRC's notice on EV electricity prices (发改价格〔2014〕1668号, as quoted by secondary pages, e.g.
  http://www.b3q24.cn/2023/1107/977123.html, 2023-11-07, and https://mlnxb.com/xfsh/xinli/vl9vve.html, undated): a
  charger in a residential home, compound or residential-priced non-residential user pays the residential
  "combined-meter" (合表) price, without tiers, and may apply for the time-of-use option: a separately metered pile in a
  compound therefore pays about the tier-1 price, which the app's tiered figure approaches when the household's own
  use stays in tier 1. Not modelled separately (no 合表 price per city was found).
- Public charging: Beijing State Grid flat price + service fee (2016, derived 1.495 CNY/kWh); national 1.4 (midpoint
  of a content site's flat-period range).
- Insurance: national average premium per car 1,979 CNY (H1 2025; all ages) and NEV factor 1.10 like for like (the
  headline +63% mixes in that NEVs are newer and dearer), taken to stand for a CNY 150,000 car
  (`insurance_reference_price`, an assumption). The premium scales with the car's price and falls with its value the
  Chinese way: the commercial vehicle-damage cover is about 459 + 1.09% of the car's price (toolkk calculator, 2026;
  539 + 1.28% before the 2020 reform in Autohome's calculator), the compulsory cover (950) and third-party liability
  (2,012 for 1 million, Autohome 2017, the only figure found) do not depend on it: elasticity 0.32 and a
  value-independent share 0.68 at CNY 150,000 (`insurance_price_elasticity`, `insurance_value_independent_share`,
  added fields; the US keeps its 0.3 / 0.3).
- Vessel tax: midpoint (510 CNY) of the national 1.6-2.0 L range 360-660; NEVs exempt. `vessel_tax_schedule` (an added
  field) gives the national ranges by displacement, for cars of other sizes.
- Plates: rules in English and Chinese for all six cities; Shanghai auction price (> CNY 90,000, end of 2024).
- Depreciation: from CADA three-year retention rates (constant-rate equivalent).
- Climate: monthly mean = midpoint of mean daily maximum and minimum from the cited tables (Beijing and Shanghai:
  CMA 1971-2000 normals via Wikipedia copies; others: travel-climate tables, period not stated).
- Grid CO2: MEE/NBS 2022 factors (published 2024-12-26): national 536.6 g/kWh; Sichuan's provincial factor for
  Chengdu (140.4); the regional grid averages for the other cities (North China 677.6, East China 561.7, Southern
  386.9, Northeast 556.4): their provincial factors were not in the text available here.

## Incentives

`incentives.json`: {programs} entries in the app's catalogue format (state `CN`, level `federal` = national): the NEV
purchase-tax exemption 2024-2025 (cap CNY 30,000) and halving 2026-2027 (cap CNY 15,000), each split into a BEV and a
plug-in entry. Amount = share / (1 + 13% VAT) of the price. The plug-in entries carry an added field
`min_cycle_electric_range_km` (43 km in 2024-2025; 100 km from 2026) that `program_from_dict` ignores: the catalogue
format has no way to say it (its `range_tiers` replace the amount with a fixed sum).

## Gaps

{gaps}
"""

SOURCE_TABLE = (
    (
        "`shared/data/china_market/vehicles.csv` (staged; see shared/data/SOURCES.md)",
        "36 trims: prices, battery, CLTC / other-cycle range, fuel and energy figures, DC power, each with its page",
        "facts only, source per row",
        "staged 2026-11 (rows dated 2023-06 .. 2026-03)",
    ),
    (
        "`shared/data/china_market/energy_policy_facts.csv` (staged)",
        "Beijing and Shanghai tiered electricity, Beijing public charging, purchase tax, plates (its Beijing 92#/95# "
        "notice of 2025-11-24 is superseded by the 2026-09-24 round)",
        "facts only, source per row",
        "rows dated 2012 .. 2025-12",
    ),
    (
        "`shared/data/china_eu_facts/xiaomi_su7_yu7_facts.csv`",
        "cross-check of Xiaomi prices and CLTC ranges (the build stops if they disagree)",
        "facts only",
        "2024-03 .. 2025-07",
    ),
    (
        "OpenEV Data (`shared/data/open_ev_data/open_ev_data_flat.csv`)",
        "AC power, DC power and voltage class of BYD Seagull (Dolphin Mini), Geely Xingyuan and Galaxy E8, Tesla",
        "CDLA-Permissive-2.0 (`resources/licences/OpenEV-Data-CDLA-Permissive-2.0.txt`)",
        "release 1.24.0",
    ),
    (
        "US EPA / DOE fueleconomy.gov (`resources/vehicles/vehicles.csv`)",
        "utility factors of plug-in hybrids by electric range; the 2025 Camry hybrid label",
        "US Government work, public domain",
        "2025-10-29",
    ),
    (
        "ICCT, 'Getting real: Your EV's real-world range', https://theicct.org/evs-china-getting-real-range-may23/",
        "real-world range factor 0.85 and the cold-weather gaps",
        "ICCT site terms (figures cited)",
        "2023-05",
    ),
    (
        "MEE / NBS 2022 grid factor, via https://dhirubhai.net/pulse/grid-emission-factor-key-progress-chinas-climate-4nklc",
        "0.5366 kg CO2/kWh national average",
        "government figure, cited",
        "2024-12-26",
    ),
    (
        "CnEVPost, https://cnevpost.com/2025/12/31/shanghai-to-continue-offering-free-license-plates-for-evs-in-2026",
        "Shanghai free BEV plates to 2026-12-31",
        "publisher's copyright, facts cited",
        "2025-12-31",
    ),
    (
        "Gasgoo via RideRadar, https://rideradar.online/beijing-announces-2025-passenger-vehicle-quota-with-expanded-"
        "new-energy-vehicle-allocations",
        "Beijing 2025 quota plan",
        "facts cited",
        "2025-05",
    ),
    (
        "Securities Daily via Reportify, https://reportify.ai/news/1153172815697022976",
        "average car premium 1,978.56 CNY (H1 2025), NEV premium +63%",
        "facts cited",
        "2025-08-13",
    ),
    (
        "CADA reports via 36Kr, https://eu.36kr.com/en/p/3374006965721225, and Reportify, "
        "https://reportify.ai/news/1201620939331211264",
        "three-year retention: BEV 43.1%, PHEV 44.0% (June 2025), fuel cars about 50%",
        "facts cited",
        "2025-07-11, 2026-01",
    ),
    (
        "chinese-oil-price-data (luckkyboy), https://github.com/luckkyboy/chinese-oil-price-data, "
        "data/prices/2026/2026-09-24.json: the provincial DRC notices it read, each by URL",
        "92#, 95#, 0# maximum retail prices of Beijing, Shanghai, Guangdong, Sichuan (zone 1), Heilongjiang",
        "MIT (the notices are government publications)",
        "2026-09-24",
    ),
    (
        "Insurance calculators: toolkk, https://www.toolkk.com/en/tools/car-insurance-quote-calculator; Autohome's "
        "tables as copied in https://github.com/aiyingya/fmt-car-compute (src/car-compute-util.js)",
        "vehicle-damage cover 459 + 1.09% of the price, compulsory 950; third-party liability 2,012 (1 million cover)",
        "facts cited",
        "2026; 2017-05-26",
    ),
    (
        "Others, one fact each (in `tools/china_pack_extra.csv` and each row's `source`)",
        "VAT 13% (Avalara), vessel-tax range (Vehicle and Vessel Tax Law), national electricity price (Statista), "
        "public charging (content site), maintenance (Bitauto Q&A), plate rules of Shenzhen, Guangzhou, Chengdu, "
        "Harbin, climate tables, YU7 Max battery (ArenaEV), Seal battery (Drive)",
        "facts cited",
        "see rows",
    ),
)


GAPS = (
    "Harbin monthly temperatures: only January (-17.3 C), July (23.7 C) and the annual mean (5.2 C) were read from "
    "the stored copy of the CMA 1991-2020 table; the other ten months are that table's as the app's authors know it, "
    "checked within about 1 C against an undated weather-statistics table (tools/china_pack_extra.csv).",
    "1991-2020 CMA normals for any city: not found in the sources available here; older or undated tables are used.",
    "Fuel prices after 2026-09-24 (the stored copy of the notice collection ends there; later rounds not read); "
    "Harbin's 0# diesel (not extracted from its notice: the national row's is used).",
    "Residential electricity tariffs of Guangzhou and Shenzhen (Guangdong's summer / non-summer tiers) and Chengdu "
    "(Sichuan's wet / dry-season structure): only a garbled machine-translated page, title-only pages and a hobby "
    "Home Assistant file for Zhuhai (tier bounds that disagree with the others, 'not one meter per household' prices) "
    "were found, no figure that could be checked; these cities fall back to the national figure. The pack's tier format is "
    "yearly and has no seasons, so a seasonal table would need a format change. Residential time-of-use (峰谷) "
    "prices of Beijing, Guangdong, Sichuan and Heilongjiang, and the residential combined-meter (合表) price a "
    "separately metered compound charger pays in each city: not found. Shanghai tier 3 and the exact tier-1 night "
    "price: not in the text available here.",
    "Insurance: a dated typical first-year premium for a new car of a given price (the pack's level is the all-ages "
    "average, assumed to stand for a CNY 150,000 car) and a post-2020-reform third-party liability premium.",
    "Registration / plate fee (one-time): not found (no registration_fee rows).",
    "Maintenance of hybrids (maintenance_hev): no figure found. Petrol and BEV figures come from one Q&A page.",
    "City-level public charging prices other than Beijing's 2016 State Grid tariff; city insurance; city vessel-tax "
    "rates; provincial grid CO2 factors of Beijing, Shanghai, Guangdong and Heilongjiang (regional ones used).",
    "Shanghai's dated monthly average winning bid (only 'more than RMB 90,000', end of 2024).",
    "Current NEV plate rules of Guangzhou (its 2012 quota structure is quoted) and official Shenzhen rules (secondary "
    "pages up to 2024 quoted); Chengdu and Harbin have no quota on the 2014 list, not re-checked.",
    "Vehicles: the Camry hybrid's own China guide price and WLTC fuel figure (searched again 2026-12-06: not found; "
    "the series minimum price and the EPA label stay), Sylphy Classic, Lavida, Lavida XR (the 14th-gen "
    "Sylphy has only its 2019 MIIT/NEDC figure); "
    "Li L6 battery, electric range and fuel; AITO M7 and Qin PLUS DM-i charge-sustaining fuel; Accord e:PHEV price, "
    "battery and fuel; batteries of the new-generation SU7 trims and the YU7 Pro; trim prices of the Seagull 38 kWh, "
    "Xingyuan 40 kWh, Corolla HEV and Accord e:PHEV; city/highway splits; most DC peak powers of Chinese brands.",
    "Trade-in subsidies (2025-2026) and city NEV programs: no dated, sourced amount found, so none in incentives.json.",
    "Whether the Beijing 15%-of-92# cap on charging service fees still applies: not confirmed.",
)


def write_sources(
    path: Path,
    market: dict[str, object],
    vehicles: list[dict[str, str]],
    regions: list[list[str]],
    incentives: dict[str, object],
    metadata: dict[str, object],
) -> None:
    factor = market["real_world_factor"]
    assert isinstance(factor, dict)
    consumption = metadata["consumption"]
    assert isinstance(consumption, dict)
    programs = incentives["programs"]
    assert isinstance(programs, list)
    unsupported = [f"{v['make']} {v['model']}" for v in vehicles if v["supported"] != "True"]
    text = HEAD.format(
        built=metadata["built"],
        range=factor["range"],
        energy=factor["energy"],
        vehicles=len(vehicles),
        first_id=vehicles[0]["id"],
        last_id=vehicles[-1]["id"],
        priced=metadata["priced"],
        unpriced=metadata["unpriced"],
        consumption="; ".join(f"{k}: {n}" for k, n in consumption.items()),
        unsupported=", ".join(unsupported) or "none",
        region_rows=len(regions),
        programs=len(programs),
        gaps="\n".join(f"- {g}" for g in GAPS),
        source_table="\n".join(
            ["| Source | What is used | Terms | Date |", "| --- | --- | --- | --- |"]
            + [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in SOURCE_TABLE]
        ),
    )
    path.write_text(text, encoding="utf-8")
