"""Build resources/regional/vehicle_taxes.csv: title, registration and value-based vehicle taxes by state.

    .venv/bin/python tools/build_vehicle_tax_table.py [SHARED_DATA_DIR [RESEARCH_DIR]]

Inputs: ../shared/data/state_facts/state_registration_taxes.csv (+ .md, 138 rows, 51 jurisdictions, built
2026-12-06) and the official-page checks in ../research/fuel_incentives_taxes/reg_taxes.csv (2026-12-06).

Every staged row has a PLAN below saying which component it is, whether it is counted, and how its rule reads
as numbers (base, share of the base, age schedule, minimum, brackets); a staged row without a plan, or a plan
without its staged row, stops the build, so a changed input is looked at before it ships. Amounts, rates,
schedules, addresses and dates come from the staged row unless the plan overrides them and says why. A
research check that confirms a row with an official page (grade A) makes that page the row's source; every
check used is quoted in the row's note. States with no row for a component get an explicit gap or "none" row.

Statuses: counted (used by the app), gap (the charge exists but a figure the app needs is missing: `missing`
says which; no number is used), none (the state has no such charge, or it is counted elsewhere).
Columns and semantics: resources/regional/SOURCES.md and buyer_app/core/region/vehicle_taxes.py.
"""

from __future__ import annotations

import csv
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "regional" / "vehicle_taxes.csv"
STAGED = ("state_facts", "state_registration_taxes.csv")
RESEARCH_FILE = "reg_taxes.csv"
BUILT = "2026-12-06"
STAGED_MD = "shared/data/state_facts/state_registration_taxes.md (built 2026-12-06)"
COLUMNS = (
    "state",
    "component",
    "charge",
    "status",
    "applies_to",
    "area",
    "amount_usd",
    "rate",
    "base",
    "base_share",
    "base_class_usd",
    "brackets",
    "bracket_on",
    "age_schedule",
    "age_from",
    "minimum_usd",
    "maximum_usd",
    "rule",
    "source_url",
    "as_of",
    "reliability",
    "note",
    "missing",
)
Row = dict[str, str]

STATES = (
    "AK",
    "AL",
    "AR",
    "AZ",
    "CA",
    "CO",
    "CT",
    "DC",
    "DE",
    "FL",
    "GA",
    "HI",
    "IA",
    "ID",
    "IL",
    "IN",
    "KS",
    "KY",
    "LA",
    "MA",
    "MD",
    "ME",
    "MI",
    "MN",
    "MO",
    "MS",
    "MT",
    "NC",
    "ND",
    "NE",
    "NH",
    "NJ",
    "NM",
    "NV",
    "NY",
    "OH",
    "OK",
    "OR",
    "PA",
    "RI",
    "SC",
    "SD",
    "TN",
    "TX",
    "UT",
    "VA",
    "VT",
    "WA",
    "WI",
    "WV",
    "WY",
)

# Where a staged row does not say "Secondary page (not official)", its address decides: official (a state, county
# or town site, a statute on a legislature site, a federal table), copy (a statute or official page reproduced
# on a legal or mirror site) or secondary. An address not listed here stops the build.
OFFICIAL = {
    "www.azleg.gov",
    "www.fhwa.dot.gov",
    "qr.dmv.ca.gov",
    "www.gunnisoncounty.org",
    "dmv.dc.gov",
    "www.hawaiicounty.gov",
    "www.in.gov",
    "storycountyiowa.gov",
    "www.prattcounty.org",
    "www.boylecountyky.gov",
    "legislature.maine.gov",
    "townofware.com",
    "www.revisor.leg.state.mn.us",
    "dps.mn.gov",
    "www.revisor.mn.gov",
    "www.jeffcomo.org",
    "www.yellowstonecountymt.gov",
    "www.dmvnv.com",
    "www.sanborntonnh.org",
    "www.dmv.ny.gov",
    "www.tax.ok.gov",
    "tn-williamsoncounty.civicplus.com",
    "www.fairfaxcounty.gov",
    "www.fairfaxva.gov",
    "www.dol.wa.gov",
    "theassessor.org",
    "natronacounty-wy.gov",
    "www.laramiecountywy.gov",
    "kodiakisland.borough.codes",
    "www.dmv.ca.gov",
    "dmv.ca.gov",
    "elbertcounty-co.gov",
    "leg.colorado.gov",
    "westbrookmaine.gov",
    "www.town.dennis.ma.us",
    "dol.wa.gov",
    "www.ncdot.gov",
    "www.dor.ms.gov",
    "www.stlouis-mo.gov",
    "pva.campbellcountykentucky.com",
    "www.whitecountyga.gov",
    "www.natronacounty-wy.gov",
}
COPY = {
    "ak.elaws.us",
    "mosthourlyrailways.pages.dev",
    "www.laws9.com",
    "laws9.com",
    "jurris.com",
    "www.lawserver.com",
    "d1tvxue8o4w0fl.cloudfront.net",
    "pubt.io",
    "track.mn",
    "casetext.com",
    "print.casetext.com",
    "nevada.public.law",
    "nvdmv-new.bonfirela.com",
    "getpocketlaw.com",
    "www.notary.org",
    "instalawyer.io",
    "statutes.laws.com",
}
SECONDARY = {"driveelectricmn.org", "peckstitlebook.com", "engineerfix.com"}

# The researcher's checks each staged row is compared with: (state, staged charge) -> research charge(s); the
# first is the one whose page becomes the row's source when the plan asks for an official check.
RESEARCH: dict[tuple[str, str], str | tuple[str, ...]] = {
    ("CA", "vehicle license fee (VLF)"): ("vehicle license fee (VLF) - rate and schedule", "VLF - duration"),
    ("CA", "registration fee"): "registration fee + CHP fee",
    ("CA", "California Highway Patrol (CHP) fee"): "registration fee + CHP fee",
    ("CA", "transportation improvement fee (TIF)"): "transportation improvement fee (TIF)",
    ("MN", "registration tax - value part"): "registration tax - passenger class",
    ("MN", "filing fee + technology surcharge"): "fees with each renewal",
    ("MN", "electric vehicle surcharge"): "all-electric vehicle surcharge (2026 law)",
    ("MN", "plug-in hybrid surcharge"): "plug-in hybrid surcharge (2026 law)",
    ("MA", "motor vehicle excise"): "motor vehicle excise",
    (
        "VA",
        "local personal property tax (Fairfax County example)",
    ): "local personal property tax (Fairfax County example) + PPTRA",
    ("CO", "specific ownership tax (SOT)"): "specific ownership tax (Class C passenger)",
    ("WA", "Regional Transit Authority (RTA) motor vehicle excise tax"): "Sound Transit RTA motor vehicle excise",
    ("AZ", "vehicle license tax (VLT)"): "vehicle license tax (VLT)",
    ("IA", "registration fee - value part"): "registration fee - value + weight",
    ("CT", "municipal property tax on vehicle"): "municipal motor vehicle property tax",
    ("ME", "municipal excise tax"): "municipal excise tax",
    ("MI", "registration tax (list-price based)"): "registration tax (list-price based)",
    ("NE", "motor vehicle tax"): "motor vehicle tax",
    ("NV", "basic governmental services tax"): "governmental services tax",
    ("WY", "county registration fee (ad valorem)"): "county registration fee",
    ("WY", "state registration fee"): "county registration fee",
    ("NH", "municipal (town/city) permit fee"): "municipal registration permit fee",
    ("IN", "vehicle excise tax"): "vehicle excise tax - classes",
    ("KY", "ad valorem tax on vehicle"): "motor vehicle ad valorem tax",
    ("MS", "ad valorem tax on vehicle"): "motor vehicle ad valorem tax",
    ("MO", "personal property tax on vehicle"): "personal property tax on vehicles",
    ("NC", "county/city vehicle property tax (Tag & Tax Together)"): "county/city vehicle property tax (Tag & Tax Together)",
    ("GA", "title ad valorem tax (TAVT)"): "title ad valorem tax (TAVT)",
    ("KS", "vehicle property tax"): "vehicle property tax",
    ("SC", "county vehicle property tax"): "county vehicle property tax",
}


def _num(value: float) -> str:
    return format(round(value, 10), ".10g")


def _steps(pairs: list[tuple[int, float | str]]) -> str:
    return ";".join(f"{year}:{v if isinstance(v, str) else _num(v)}" for year, v in pairs)


# Arizona, ARS 28-5801: $2.80 per $100 in the first 12 months, then $2.89 per $100 of a value 16.25% lower each year
# (the rate column holds $2.89/$100, so year 1 is 2.80/2.89 of it); written out to year 30, held after.
AZ_SCHEDULE = _steps([(1, 2.80 / 2.89)] + [(k, 0.8375 ** (k - 1)) for k in range(2, 31)])
# Colorado, CRS 42-3-107 Class C: 2.1%, 1.5%, 1.2%, 0.9%, 0.45% (years 5-9) of taxable value, $3 from year 10.
CO_SCHEDULE = _steps([(1, 1.0), (2, 1.5 / 2.1), (3, 1.2 / 2.1), (4, 0.9 / 2.1), (5, 0.45 / 2.1), (10, "$3")])
# Nebraska, Neb. Rev. Stat. 60-3,187(3)(a): base tax by MSRP when new, $2,000 brackets from $14,000 (+$40 each).
NE_BRACKETS = _steps(
    [(0, 25), (4000, 35), (6000, 45), (8000, 60), (10000, 100), (12000, 140)]
    + [(14000 + 2000 * i, 180 + 40 * i) for i in range(43)]
    + [(100000, 1900)]
)
NE_SOURCE = (
    "https://casetext.com/statute/revised-statutes-of-nebraska/chapter-60-motor-vehicles/article-3-motor-vehicle-"
    "registration/section-60-3187-motor-vehicle-tax-schedules-calculation-of-tax"
)
CA_VLF_SCHEDULE = "1:1;2:0.9;3:0.8;4:0.7;5:0.6;6:0.5;7:0.4;8:0.3;9:0.25;10:?;11:0.15"
MN_SCHEDULE = "1:1;2:0.95;3:0.9;4:0.8;5:0.7;6:0.6;7:0.5;8:0.4;9:0.25;10:0.1"
CA_BOE = "http://www.boe.ca.gov/lawguides/property/archive/2010/rt/10753-2.html"
# Maine (mills 24, 17.5, 13.5, 10, 6.5, 4) and New Hampshire (18, 15, 12, 9, 6, 3 mills) as shares of year 1, exact
ME_SCHEDULE = _steps([(k + 1, mills / 24) for k, mills in enumerate((24, 17.5, 13.5, 10, 6.5, 4))])
NH_SCHEDULE = _steps([(k + 1, mills / 18) for k, mills in enumerate((18, 15, 12, 9, 6, 3))])


@dataclass(frozen=True)
class Plan:
    """How one staged row enters the table (None: take the staged value)."""

    component: str  # title | registration | value_tax | surcharge_value
    rule: str  # the rule in words, as the state defines it
    status: str = "counted"
    applies_to: str | None = None
    area: str = ""
    amount: str | None = None  # "" clears the staged figure (a rate row, or the reference-car example of a gap)
    rate: str | None = None
    base: str = ""
    base_share: str = ""
    base_class: str = ""
    brackets: str = ""
    bracket_on: str = ""
    schedule: str | None = None
    age_from: str = "model_year"
    minimum: str = ""
    maximum: str = ""
    missing: str = ""
    official_check: bool = False  # a grade-A research check becomes the row's source
    note: str = ""  # put before the staged note: what the plan changed and why


def _gap(component: str, rule: str, missing: str, note: str = "", base: str = "", official: bool = False) -> Plan:
    return Plan(
        component,
        rule,
        status="gap",
        amount="",
        rate="",
        schedule="",
        missing=missing,
        note=note,
        base=base,
        official_check=official,
    )


def _none(component: str, rule: str, note: str = "") -> Plan:
    return Plan(component, rule, status="none", amount="", rate="", schedule="", note=note)


def _title(rule: str = "state title fee") -> Plan:
    return Plan("title", rule)


def _reg(
    rule: str = "annual registration fee, passenger car",
    *,
    note: str = "",
    rate: str | None = None,
    amount: str | None = None,
    schedule: str | None = None,
    official_check: bool = False,
) -> Plan:
    return Plan("registration", rule, note=note, rate=rate, amount=amount, schedule=schedule, official_check=official_check)


PER_YEAR = "Fee billed for several years, shown per year (the staged convention)."
REF_CAR = "Weight-based: the figure is for the staged reference car (4,000 lb)."

PLAN: dict[tuple[str, str], Plan] = {
    ("AL", "title fee"): _title(),
    ("AL", "registration fee"): _reg(),
    ("AL", "ad valorem (property) tax on vehicle"): _gap(
        "value_tax",
        "ADOR market value x 15% assessment (Class IV) x local millage, paid at registration",
        "local millage (county and city) and ADOR's value table by age; no statewide typical figure found",
        base="market_value",
    ),
    ("AK", "title fee"): _title(),
    ("AK", "registration fee"): _reg(
        "$100 per 2-year registration of a noncommercial passenger vehicle (AS 28.10.421)", note=PER_YEAR
    ),
    ("AK", "municipal motor vehicle registration tax"): _gap(
        "value_tax",
        "municipal motor vehicle registration tax by vehicle age (local option, AS 28.10.431)",
        "a typical or statewide figure: each borough or municipality has its own schedule and many have none "
        "(only the Kodiak Island Borough example, $150 a year in the first two years, was found)",
    ),
    ("AZ", "vehicle license tax (VLT)"): Plan(
        "value_tax",
        "vehicle license tax: $2.80 per $100 of 60% of the base retail price in the first 12 months, "
        "then $2.89 per $100 of a value 16.25% lower each year; at least $10",
        amount="",
        base="msrp",
        base_share="0.6",
        schedule=AZ_SCHEDULE,
        minimum="10",
        official_check=True,
        note="Schedule written out to year 30 by the statute's compounding rule (staged: to year 15).",
    ),
    ("AZ", "registration fee"): _reg(),
    ("AZ", "air quality fee"): _reg("air quality fee"),
    ("AZ", "public safety fee"): _reg("public safety fee"),
    ("AZ", "title fee"): _title(),
    ("AR", "title fee"): _title(),
    ("AR", "registration fee"): _reg("passenger car by unladen weight: $25 for 3,001-4,500 lb", note=REF_CAR),
    ("AR", "county personal property tax on vehicle"): _gap(
        "value_tax",
        "county personal property tax: county assessed value x local millage, paid before registration",
        "assessment ratio and local millage",
        base="market_value",
    ),
    ("CA", "vehicle license fee (VLF)"): Plan(
        "value_tax",
        "vehicle license fee: 0.65% of the market value, which is the midpoint of the $200 class of the "
        "purchase price x 100, 90, 80, 70, 60, 50, 40, 30, 25% in registration years 1-9 and 15% in year 11 and after, "
        "the years counted from the current owner's purchase (R&T 10752, 10753.2)",
        amount="",
        base="price",
        base_class="200",
        schedule=CA_VLF_SCHEDULE,
        age_from="purchase",
        official_check=True,
        note=f"Class midpoint and the restart of the years for a used car bought: R&T 10753.2(b),(c) ({CA_BOE}, "
        "Property Taxes Law Guide 2010). DMV's example ($25,000 in year 2: $147) matches the class midpoint "
        "($25,100 x 0.65% x 90% = $146.84). Year 10 is not sourced: the 11th-year 15% (a lower bound) is used "
        "and the result is marked estimated.",
    ),
    ("CA", "transportation improvement fee (TIF)"): Plan(
        "value_tax",
        "transportation improvement fee by the VLF market value: under $5,000 $32; $5,000-24,999 $65; "
        "$25,000-34,999 $129; $35,000-59,999 $194; $60,000 and over $227",
        amount="",
        base="price",
        base_class="200",
        brackets="0:32;5000:65;25000:129;35000:194;60000:227",
        bracket_on="value",
        schedule=CA_VLF_SCHEDULE,
        age_from="purchase",
        note="The bracket is read on the VLF market value of each year (same schedule).",
    ),
    ("CA", "registration fee"): _reg("registration fee incl. the $3 alternative fuel/technology fee", official_check=True),
    ("CA", "California Highway Patrol (CHP) fee"): _reg("California Highway Patrol fee", official_check=True),
    ("CA", "title/transfer fee"): _title("title/transfer fee (approximate: $15-$27)"),
    ("CO", "specific ownership tax (SOT)"): Plan(
        "value_tax",
        "specific ownership tax on 85% of MSRP (fixed when new): 2.1%, 1.5%, 1.2%, 0.9%, then 0.45% in "
        "years 5-9 (at least $10), $3 from year 10; years counted from the model year (CRS 42-3-107, 42-3-108)",
        amount="",
        base="msrp",
        base_share="0.85",
        schedule=CO_SCHEDULE,
        minimum="10",
        official_check=True,
        note="85% of MSRP for Class C: Colorado General Assembly, SB20-067 bill summary, 'current law uses 85% of "
        "MSRP' (https://leg.colorado.gov/bills/sb20-067, 2020; the bill was lost, so the rule stands).",
    ),
    ("CO", "license (registration) fees"): _reg(
        "county average license fee for passenger vehicles and light trucks (by weight and age, with surcharges)"
    ),
    ("CO", "title fee"): _title(),
    ("CT", "municipal property tax on vehicle"): _gap(
        "value_tax",
        "municipal property tax: 70% of clean retail value (Oct 1) x town mill rate, at most 32.46 mills",
        "the town's mill rate (capped at 32.46 mills: at most 2.2722% of clean retail value) and the market-guide "
        "value each year; no statewide typical rate found",
        base="market_value",
    ),
    ("CT", "registration fee"): _reg("$120 per 3-year registration", note=PER_YEAR),
    ("CT", "title fee"): _title(),
    ("DE", "registration fee"): _reg("passenger car up to 5,000 lb"),
    ("DE", "title fee"): _title(),
    ("DC", "registration fee"): _reg("Class II passenger car (3,500-4,999 lb shipping weight)", note=REF_CAR),
    ("DC", "registration fee (new battery-electric)"): _reg(
        "a new battery-electric car under 5,000 lb pays $36 instead of its class fee in its first two years: "
        "-$139 against the $175 Class II fee",
        amount="-139",
        schedule="1:1;3:0",
        note="Written as the difference from the Class II fee ($36 - $175) for model years 1-2.",
    ),
    ("FL", "initial registration fee"): _title("initial registration fee on a vehicle's first Florida registration"),
    ("FL", "registration (license) tax"): _reg("license tax $32.50 for 3,500 lb and over, with service fees"),
    ("FL", "title fee"): _title("electronic title fee"),
    ("FL", "new plate fee"): _title("new plate fee"),
    ("GA", "title ad valorem tax (TAVT)"): Plan(
        "value_tax",
        "title ad valorem tax: one-time 7% of fair market value, replacing the sales tax and the annual ad valorem tax",
        status="none",
        amount="",
        rate="",
        official_check=True,
        note="No annual value-based tax for vehicles bought since 2013-03-01. The one-time TAVT is the app's sales-tax "
        "rate for Georgia (state_defaults.csv): not repeated here.",
    ),
    ("GA", "registration fee"): _reg(),
    ("GA", "title fee"): _title(),
    ("HI", "state registration fee + state weight tax"): _reg(
        "state registration fee $45 + state weight tax 1.75 cents/lb up to 4,000 lb", rate="", note=REF_CAR
    ),
    ("HI", "county weight tax + county fees (Hawaii County)"): _gap(
        "registration",
        "county weight tax and county fees",
        "the county weight tax of Honolulu, Maui and Kauai and a typical figure (only Hawaii County's $63.50 for a "
        "4,000 lb car was found)",
    ),
    ("ID", "registration fee"): _reg(
        "registration by age: $69 in years 1-2, $57 in years 3-6, $45 from year 7", schedule="1:1;3:$57;7:$45"
    ),
    ("ID", "title fee"): _title(),
    ("IL", "registration fee"): _reg(),
    ("IL", "title fee"): _title("certificate of title fee (625 ILCS 5/3-821)"),
    ("IN", "vehicle excise tax"): _gap(
        "value_tax",
        "vehicle excise tax by class (MSRP when new, deflated by the new-car CPI) and age (IC 6-6-5)",
        "the BMV excise amounts for classes XVI ($35,000-42,499) and XVII ($42,500+) and below class XV; county "
        "excise surtax and wheel tax are local",
    ),
    ("IN", "registration fee"): _reg(),
    ("IN", "transportation infrastructure improvement fee"): _reg("transportation infrastructure improvement fee"),
    ("IN", "title fee"): _title(),
    ("IA", "registration fee - value part"): Plan(
        "value_tax",
        "registration fee, value part: 1% of list price in years 1-7, 0.75% in years 8-9, 0.5% in "
        "years 10-11, a flat $50 from year 12 (Iowa Code 321.109)",
        amount="",
        base="msrp",
        schedule="1:1;8:0.75;10:0.5;12:$50",
        note="The $50 from year 12 is from a secondary page only (research check, grade C).",
    ),
    ("IA", "registration fee - weight part"): _reg("registration fee, weight part: $0.40 per 100 lb", rate="", note=REF_CAR),
    ("IA", "title fee"): _title(),
    ("KS", "vehicle property tax"): _gap(
        "value_tax",
        "vehicle property tax: appraised value x assessment rate x local mill levy, paid at registration",
        "the assessment rate (20% or 30%, both from content-farm pages) and local mill levies",
        base="market_value",
    ),
    ("KS", "registration fee"): _reg("passenger car under 4,500 lb"),
    ("KS", "title fee"): _title(),
    ("KY", "registration fee"): _reg(),
    ("KY", "title fee"): _title(),
    ("KY", "ad valorem tax on vehicle"): _gap(
        "value_tax",
        "ad valorem tax: state 45 cents per $100 of the NADA trade-in value (Jan 1) + local rates",
        "the local rates and the trade-in value each year (a market guide the app does not hold)",
        base="market_value",
        official=True,
    ),
    ("LA", "license tax (plate fee)"): Plan(
        "value_tax",
        "license tax: 0.1% of the vehicle's value a year (issued for 2 years), at least $20 per 2 years",
        amount="",
        base="price",
        minimum="10",
        note="Whether renewals use a lower value is not stated: the value at purchase is kept. Louisiana's "
        "registration is this tax.",
    ),
    ("LA", "title fee"): _title(),
    ("ME", "municipal excise tax"): Plan(
        "value_tax",
        "municipal excise tax: MSRP x 24 mills in the current model year, then 17.5, 13.5, 10, 6.5 and "
        "4 mills from year 6; at least $5 (36 MRSA 1482)",
        amount="",
        base="msrp",
        schedule=ME_SCHEDULE,
        minimum="5",
        official_check=True,
        note="The staged base said 'less trade-in'; the checked page does not mention it: MSRP is used.",
    ),
    ("ME", "registration fee"): _reg(),
    ("MD", "registration fee"): _reg("passenger car over 3,700 lb, incl. the $40/yr EMS surcharge", note=REF_CAR),
    ("MD", "title fee"): _title(),
    ("MA", "motor vehicle excise"): Plan(
        "value_tax",
        "motor vehicle excise: $25 per $1,000 of value; value = list price x 90% in the model year, then "
        "60, 40, 25, and 10% from the 5th year; at least $5 (MGL c.60A s.1)",
        amount="",
        base="msrp",
        minimum="5",
        official_check=True,
        note="The 50% of a car bought the year before its model year, and the monthly proration of the first "
        "calendar year, are not modelled: years of ownership count as calendar years.",
    ),
    ("MA", "registration fee"): _reg("$60 per 2-year registration", note=PER_YEAR),
    ("MA", "title fee"): _title(),
    ("MI", "registration tax (list-price based)"): _gap(
        "value_tax",
        "registration tax by the vehicle's original list price bracket, lower in years 2-4 (MCL 257.801)",
        "the Secretary of State's fee table: only a low-confidence calculator page ($178 + $6 per $1,000 over $30,000: "
        "$238 at $40,000), which may omit the +20% on registrations from 2017",
        base="msrp",
    ),
    ("MN", "registration tax - value part"): Plan(
        "value_tax",
        "registration tax, value part: 1.285% of MSRP (excl. destination) x 100, 95, 90, 80, 70, 60, 50, "
        "40, 25, 10% in years 1-10; $25 from year 11 (the tax with its $10 flat part is $35 then)",
        amount="",
        base="msrp",
        schedule=MN_SCHEDULE + ";11:$25",
        note="From year 11: DPS says the tax is at least $35 for vehicles 10 years and older; with the $10 flat part "
        "(registration row) the value part is taken as $25. Rate and schedule are from bill summaries "
        "restating current law, not from the statute page.",
    ),
    ("MN", "registration tax - flat part"): _reg("registration tax, flat part (MS 168.013 subd. 1a)"),
    ("MN", "filing fee + technology surcharge"): _reg(
        "filing fee $7 + technology surcharge $2.25 at each renewal", official_check=True
    ),
    ("MN", "electric vehicle surcharge"): Plan(
        "surcharge_value",
        "all-electric vehicle surcharge: the greater of $150 (registration periods 2026-01-01 to "
        "2027-06-30; $100 from 2027-07-01) or 0.5% of MSRP x the registration-tax age percentage (10% from year 11)",
        amount="",
        base="msrp",
        schedule=MN_SCHEDULE,
        minimum="150",
        official_check=True,
        note="The app floors the value part with the household's flat BEV surcharge (the state table's $150).",
    ),
    ("MN", "plug-in hybrid surcharge"): Plan(
        "surcharge_value",
        "plug-in hybrid surcharge: the greater of $75 or 0.25% of MSRP x the registration-tax age percentage",
        amount="",
        base="msrp",
        schedule=MN_SCHEDULE,
        minimum="75",
        note="Only the $75 is confirmed (a bill summary); the 0.25% part is from an advocacy article.",
    ),
    ("MS", "ad valorem tax on vehicle"): _gap(
        "value_tax",
        "ad valorem tax: 30% of MSRP less a 10-year depreciation (at least $100 assessed) x local millage, "
        "less the legislative tag credit",
        "the depreciation percentages, local millage and the yearly tag credit",
        base="msrp",
        official=True,
    ),
    ("MS", "title fee"): _title(),
    ("MS", "registration fee"): _reg(),
    ("MO", "personal property tax on vehicle"): _gap(
        "value_tax",
        "personal property tax: 33 1/3% of the NADA average trade-in value x local levy",
        "the local levy and the trade-in value each year",
        base="market_value",
        official=True,
    ),
    ("MT", "registration fee (light vehicle)"): _reg(
        "light vehicle registration by age: $217 up to 4 years old, $87.50 at 5-10 years, $28 from 11 years",
        schedule="1:1;6:$87.5;12:$28",
    ),
    ("MT", "county option tax"): _gap(
        "value_tax",
        "county option tax: 0.5% of MSRP depreciated by the state schedule, where the county adopted it",
        "the state depreciation table and which counties levy it",
        base="msrp",
    ),
    ("MT", "title fee"): _title(),
    ("NE", "motor vehicle tax"): Plan(
        "value_tax",
        "motor vehicle tax: base tax by MSRP when new ($25 up to $3,999 ... $700 at $40,000-41,999, +$40 "
        "per $2,000, $1,900 from $100,000) x 1.00, .90, .80, .70, .60, .51, .42, .33, .24, .15 (years 10-11), .07 "
        "(12-13), 0 from year 14 (Neb. Rev. Stat. 60-3,187)",
        amount="",
        rate="",
        base="msrp",
        brackets=NE_BRACKETS,
        bracket_on="base",
        schedule="1:1;2:0.9;3:0.8;4:0.7;5:0.6;6:0.51;7:0.42;8:0.33;9:0.24;10:0.15;12:0.07;14:0",
        note="Full base-tax table from the statute copy (casetext, current through the 2024 First Special Session; "
        "same table in 252 NAC 2-005).",
    ),
    ("NE", "registration fee"): _reg(),
    ("NV", "basic governmental services tax"): Plan(
        "value_tax",
        "basic governmental services tax: 4 cents per $1 of 35% of MSRP x 100, 95, 85, 75, 65, 55, 45, 35, "
        "25, then 15% (NRS 371.040-060); at least $16",
        amount="",
        base="msrp",
        base_share="0.35",
        minimum="16",
        official_check=True,
    ),
    ("NV", "supplemental governmental services tax"): Plan(
        "value_tax",
        "supplemental governmental services tax: 1 cent per $1 of the same valuation (Clark and Churchill counties)",
        amount="",
        base="msrp",
        base_share="0.35",
        area="clark_churchill",
    ),
    ("NV", "registration fee"): _reg("passenger car, any weight (NRS 482.480)"),
    ("NV", "title fee"): _title(),
    ("NH", "municipal (town/city) permit fee"): Plan(
        "value_tax",
        "municipal permit fee: maker's list price x 18 mills (current model year), 15, 12, 9, 6, then 3 "
        "mills; at least $5 (RSA 261:153)",
        amount="",
        base="msrp",
        schedule=NH_SCHEDULE,
        minimum="5",
        official_check=True,
        note="Cities over 50,000 may add up to 5/4/3/2/1 mills (not counted). 2026 bill HB 1479 would repeal the fee; "
        "passage not confirmed.",
    ),
    ("NH", "state registration fee"): _reg("state registration fee, 3,001-5,000 lb: $3.60 a month", note=REF_CAR),
    ("NH", "title fee"): _title(),
    ("NJ", "registration fee"): _reg("passenger car over 3,500 lb within 2 model years", note=REF_CAR),
    ("NJ", "title fee"): _title(),
    ("NM", "registration fee"): _reg("passenger car over 3,000 lb"),
    ("NM", "title fee"): _title(),
    ("NY", "registration fee"): _reg("2-year fee by weight: $69 for 3,951-4,050 lb", note=f"{PER_YEAR} {REF_CAR}"),
    ("NY", "title certificate fee"): _title("title certificate fee"),
    ("NY", "plate fee"): _title("plates at original registration"),
    ("NC", "registration fee"): _reg(),
    ("NC", "title fee"): _title(),
    ("NC", "county/city vehicle property tax (Tag & Tax Together)"): _gap(
        "value_tax",
        "county and city vehicle property tax, billed with the registration (Tag & Tax Together)",
        "county and municipal rates and the assessed value",
        base="market_value",
        official=True,
    ),
    ("ND", "registration fee"): _reg(
        "registration by weight and years registered: $93 (3,200-4,499 lb) in years 1-6, $81 in 7-9, $69 in 10-12, $57 from 13",
        schedule="1:1;7:$81;10:$69;13:$57",
    ),
    ("ND", "title fee"): _title(),
    ("OH", "registration fee"): _reg(),
    ("OH", "title fee"): _title(),
    ("OK", "registration fee"): _reg(
        "registration by years registered: $91 in years 1-4, $81 in 5-8, $61 in 9-12, $41 in 13-16, $21 from 17",
        schedule="1:1;5:$81;9:$61;13:$41;17:$21",
    ),
    ("OK", "title fee"): _title(),
    ("OR", "MPG-based registration surcharge"): _reg(
        "MPG-based registration fee, per year of the registration period: $25 for 20-39 MPG (0-19 $20, 40+ $35, "
        "electric $115; the extra over $25 is the state table's surcharge)"
    ),
    ("OR", "registration fee"): _gap(
        "registration",
        "base registration fee (ORS 803.420), new vehicles registered 4 years up front",
        "the base fee amount (only a secondary range was found)",
    ),
    ("PA", "registration fee"): _reg(),
    ("PA", "title fee"): _title(),
    ("RI", "motor vehicle excise tax"): _none(
        "value_tax", "motor vehicle excise tax: repealed (none levied from FY2023; East Providence from 2023-07-01)"
    ),
    ("SC", "registration fee"): _reg("$40 per 2 years", note=PER_YEAR),
    ("SC", "title fee"): _title(),
    ("SC", "county vehicle property tax"): _gap(
        "value_tax",
        "county vehicle property tax: value x assessment ratio x local millage, paid before registration",
        "the assessment ratio and local millage (no official page found)",
        base="market_value",
    ),
    ("SD", "registration (plate) fee"): _gap(
        "registration", "plate fee by weight and age", "the weight and age schedule (only a calculator's range was found)"
    ),
    ("SD", "title fee"): _title(),
    ("TN", "registration + county wheel tax (Williamson County)"): _gap(
        "registration",
        "state registration + county wheel tax",
        "the state fee apart from the county wheel tax, and a typical figure (only Williamson County's $54.75 "
        "renewal, wheel tax included, was found)",
    ),
    ("TN", "title + first registration (Williamson County)"): _gap(
        "title",
        "title and first registration",
        "a statewide figure (only a difference derived from Williamson County's amounts, $11, was found)",
    ),
    ("TX", "registration fee"): _reg("base registration $50.75 (6,000 lb or less) + $1 TexasSure"),
    ("TX", "local county fee + processing"): _reg(
        "county road and bridge fee (commonly $10, up to $31.50) + $4.75 processing and handling"
    ),
    ("TX", "inspection program replacement fee"): _reg("inspection program replacement fee"),
    ("UT", "age-based uniform fee (in lieu of property tax)"): Plan(
        "value_tax",
        "age-based uniform fee in lieu of property tax: $150 under 3 years, $110 at 3-5, $80 at 6-8, $50 "
        "at 9-11, $10 from 12 years (UCA 59-2-405.1)",
        schedule="1:1;4:$110;7:$80;10:$50;13:$10",
    ),
    ("UT", "registration fee"): _reg(),
    ("VT", "registration fee"): _reg("gasoline/diesel car, $167 per 2 years", note=PER_YEAR),
    ("VT", "title fee"): _title(),
    ("VA", "local personal property tax (Fairfax County example)"): _gap(
        "value_tax",
        "local personal property tax per $100 of assessed (clean trade-in) value, less state PPTRA relief on the first $20,000",
        "each locality's rate and relief percentage and the trade-in value each year; no "
        "statewide typical rate found (Fairfax County $4.57 per $100 is one locality)",
        base="market_value",
        official=True,
    ),
    ("VA", "local vehicle registration fee (City of Fairfax example)"): _gap(
        "registration",
        "local vehicle registration fee",
        "a typical figure (only the City of Fairfax's $33 was found; many localities levy their own)",
    ),
    ("VA", "registration fee"): _reg("passenger car up to 4,000 lb", note=REF_CAR),
    ("VA", "title fee"): _title(),
    ("WA", "Regional Transit Authority (RTA) motor vehicle excise tax"): Plan(
        "value_tax",
        "Sound Transit RTA motor vehicle excise: 1.1% of MSRP x the DOL schedule 100, 95, 89, 83, 74, 65, "
        "57, 48, 40, 31, 22, 14, then 10% by year of service (current year - model year + 1); only inside the Sound "
        "Transit district",
        amount="",
        base="msrp",
        area="sound_transit",
        official_check=True,
    ),
    ("WA", "basic renewal fees"): _reg("basic fees everyone pays"),
    ("WA", "vehicle weight fee"): _reg("vehicle weight fee up to 4,000 lb", note=REF_CAR),
    ("WA", "original plates"): _title("original plates ($50 per plate, two plates)"),
    ("WA", "title fees (filing + service)"): Plan(
        "title",
        "title filing fee $5.50 + service fee $15",
        missing="the title application fee itself (RCW 46.17.100): the total is understated",
    ),
    ("WV", "county personal property tax on vehicle"): _gap(
        "value_tax",
        "county personal property tax on 60% of the NADA loan value x local levy",
        "local levy rates and the loan value each year",
        base="market_value",
    ),
    ("WV", "registration fee"): _reg(),
    ("WV", "title fee"): _title(),
    ("WI", "registration fee"): _reg(),
    ("WI", "title fee"): _title(),
    ("WY", "county registration fee (ad valorem)"): Plan(
        "value_tax",
        "county registration fee: factory price x 3% x 60, 50, 40, 30, 20, then 15% by year of service",
        amount="",
        base="msrp",
        official_check=True,
    ),
    ("WY", "state registration fee"): _reg("state passenger registration fee", official_check=True),
    ("WY", "title fee"): _title(),
}

# Rows found in sources the staged table does not hold, or that it names only inside another row's note.
ENGINEERFIX_TX = "https://engineerfix.com/how-much-is-title-and-registration-in-texas"
EXTRA: list[Row] = [
    {
        "state": "TX",
        "component": "title",
        "charge": "title application fee",
        "status": "counted",
        "amount_usd": "33",
        "rule": "title application fee ($33 in most counties, $28 in others)",
        "source_url": ENGINEERFIX_TX,
        "as_of": "undated (checked 2026-12-06)",
        "reliability": "secondary",
        "note": "Secondary page (not official), found 2026-12-06 in a stored copy: 'typically $33 in most counties, though "
        "it can be $28 in others'. No TxDMV page was found.",
    },
    {
        "state": "ID",
        "component": "registration",
        "charge": "EMS and Idaho State Police fees",
        "status": "counted",
        "amount_usd": "4.25",
        "rule": "EMS fee $1.25 + ISP fee $3",
        "source_url": "https://engineerfix.com/how-much-is-vehicle-registration-in-idaho",
        "as_of": "undated",
        "reliability": "secondary",
        "note": "Secondary page (not official). From the staged registration row's note. "
        "County/highway district fees (e.g. Ada County $24-$40) not counted.",
    },
    {
        "state": "MT",
        "component": "registration",
        "charge": "Highway Patrol salary and retention fee",
        "status": "counted",
        "amount_usd": "10",
        "rule": "Highway Patrol salary and retention fee",
        "source_url": "https://feecalculator.us/?p=742",
        "as_of": "2026",
        "reliability": "secondary",
        "note": "Secondary page (not official). From the staged registration row's note; the calculator's 3% admin "
        "charge is not counted.",
    },
    {
        "state": "MT",
        "component": "value_tax",
        "charge": "luxury vehicle registration fee",
        "status": "counted",
        "brackets": "0:0;150000.01:825",
        "bracket_on": "base",
        "base": "msrp",
        "age_schedule": "1:1;12:0",
        "age_from": "model_year",
        "rule": "$825 a year for a light vehicle with MSRP over $150,000 that is 10 years old or newer",
        "source_url": "https://www.yellowstonecountymt.gov/Treasurer/MotorV/schedules.asp",
        "as_of": "from 2018-01-01",
        "reliability": "official",
        "note": "From the staged county option tax row's note (county page).",
    },
    {
        "state": "NE",
        "component": "registration",
        "charge": "motor vehicle fee (60-3,190)",
        "status": "gap",
        "rule": "motor vehicle fee by MSRP and age (Neb. Rev. Stat. 60-3,190)",
        "source_url": NE_SOURCE,
        "as_of": BUILT,
        "reliability": "copy",
        "missing": "the fee amounts ($60-$3,190 table) were not captured",
        "note": "Named in the staged motor vehicle tax row.",
    },
    {
        "state": "NY",
        "component": "registration",
        "charge": "county use tax and MCTD supplemental fee",
        "status": "gap",
        "rule": "county vehicle use tax and, in the Metropolitan Commuter Transportation District, a supplemental fee",
        "source_url": "http://www.dmv.ny.gov/regfee.htm",
        "as_of": "undated DMV page (crawl)",
        "reliability": "official",
        "missing": "the amounts (by county, and the MCTD fee)",
    },
]
# A state without any row for a component gets one saying so; "none" for value taxes the staged note found none of.
NO_VALUE_TAX = (
    "No annual value-based state or local vehicle tax found (staged coverage note); local wheel taxes, "
    "where they exist, are not counted."
)
WHEEL_TAX = {"IN", "MN", "OH", "SD", "TN", "WI", "IL"}


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _grade(url: str, note: str) -> str:
    if note.startswith("Secondary page (not official)"):
        return "secondary"
    host = urlparse(url).hostname or ""
    for grade, hosts in (("official", OFFICIAL), ("copy", COPY), ("secondary", SECONDARY)):
        if host in hosts:
            return grade
    raise SystemExit(f"no reliability grade for the address {url!r}: add its host to OFFICIAL, COPY or SECONDARY")


def _research_note(check: dict[str, str]) -> str:
    return (
        f"Research check 2026-12-06 (grade {check['reliability']}, {check['source_url'] or 'no page'}, "
        f"{check['published'] or 'undated'}): {check['note']}"
    )


def _row(staged: dict[str, str], plan: Plan, checks: dict[tuple[str, str], dict[str, str]], used: set[tuple[str, str]]) -> Row:
    state, charge = staged["state"], staged["charge"]
    kind = "one_time" if plan.component == "title" else "annual"
    if staged["kind"] != kind and plan.status == "counted":
        raise SystemExit(f"{state} {charge}: staged kind {staged['kind']} but planned as {plan.component}")
    source, as_of, reliability = staged["source_url"], staged["as_of"], _grade(staged["source_url"], staged["note"])
    notes = [plan.note] if plan.note else []
    research = RESEARCH.get((state, charge))
    if research is not None:
        for i, name in enumerate((research,) if isinstance(research, str) else research):
            check = checks.get((state, name))
            if check is None:
                raise SystemExit(f"{state} {charge}: research check {name!r} not in {RESEARCH_FILE}")
            used.add((state, name))
            if i == 0 and plan.official_check and check["reliability"] == "A":
                notes.append(f"Staged source: {source} ({as_of}).")
                source, as_of, reliability = check["source_url"], f"{check['published']} (checked 2026-12-06)", "official"
            notes.append(_research_note(check))
    elif plan.official_check:
        raise SystemExit(f"{state} {charge}: planned with an official check but none is mapped")
    notes.append(staged["note"].strip())
    counted = plan.status == "counted"
    schedule = staged["age_schedule"] if plan.schedule is None else plan.schedule
    return {
        "state": state,
        "component": plan.component,
        "charge": charge,
        "status": plan.status,
        "applies_to": plan.applies_to or staged["applies_to"],
        "area": plan.area,
        "amount_usd": staged["amount_usd"] if plan.amount is None else plan.amount,
        "rate": staged["rate"] if plan.rate is None else plan.rate,
        "base": plan.base,
        "base_share": plan.base_share,
        "base_class_usd": plan.base_class,
        "brackets": plan.brackets,
        "bracket_on": plan.bracket_on,
        "age_schedule": schedule,
        "age_from": plan.age_from if counted and schedule else "",
        "minimum_usd": plan.minimum,
        "maximum_usd": plan.maximum,
        "rule": plan.rule,
        "source_url": source,
        "as_of": as_of,
        "reliability": reliability,
        "note": " ".join(n for n in notes if n),
        "missing": plan.missing,
    }


def _filler(state: str, component: str, have: set[str]) -> Row | None:
    """The explicit row for a component a state has no row for (or None when it has one)."""
    if component in have:
        return None
    base = {
        "state": state,
        "component": component,
        "applies_to": "all",
        "as_of": BUILT,
        "reliability": "",
        "source_url": "",
        "note": f"Nothing found in the staged table ({STAGED_MD}).",
    }
    if component == "title":
        return {
            **base,
            "charge": "title fee",
            "status": "gap",
            "rule": "title fee",
            "missing": "the title fee amount (not found)",
        }
    if component == "registration":
        if state in ("LA", "MI"):
            return {
                **base,
                "charge": "registration fee",
                "status": "none",
                "rule": "no flat registration fee: the registration is the value-based tax (value_tax row)",
                "note": "See the value_tax row.",
            }
        return {
            **base,
            "charge": "registration fee",
            "status": "gap",
            "rule": "annual registration fee",
            "missing": "the registration fee amount (not found)",
        }
    wheel = " Local wheel taxes exist in parts of the state." if state in WHEEL_TAX else ""
    return {**base, "charge": "annual value-based tax", "status": "none", "rule": "none", "note": NO_VALUE_TAX + wheel}


def build(shared: Path, research: Path) -> list[Row]:
    """Every row: states in code order, then title, registration, value_tax, surcharge_value, in input order."""
    staged = _read(shared.joinpath(*STAGED))
    checks: dict[tuple[str, str], dict[str, str]] = {(r["state"], r["charge"]): r for r in _read(research / RESEARCH_FILE)}
    unplanned = [(r["state"], r["charge"]) for r in staged if (r["state"], r["charge"]) not in PLAN]
    unused = sorted(set(PLAN) - {(r["state"], r["charge"]) for r in staged})
    if unplanned or unused:
        raise SystemExit(f"staged rows without a plan: {unplanned}; plans without a staged row: {unused}")
    if sorted({r["state"] for r in staged}) != sorted(STATES):
        raise SystemExit("the staged table does not cover the 50 states and DC")
    used: set[tuple[str, str]] = set()
    rows = [_row(r, PLAN[(r["state"], r["charge"])], checks, used) for r in staged]
    if set(checks) - used:
        raise SystemExit(f"research checks not used by any row: {sorted(set(checks) - used)}")
    for extra in EXTRA:
        rows.append({c: extra.get(c, "all" if c == "applies_to" else "") for c in COLUMNS})
    order = {"title": 0, "registration": 1, "value_tax": 2, "surcharge_value": 3}
    out: list[Row] = []
    for state in STATES:
        mine = [r for r in rows if r["state"] == state]
        have = {r["component"] for r in mine}
        for component in ("title", "registration", "value_tax"):
            filler = _filler(state, component, have)
            if filler is not None:
                mine.append({c: filler.get(c, "") for c in COLUMNS})
        out.extend(sorted(mine, key=lambda r: order[r["component"]]))
    return out


def write(rows: list[Row], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main() -> int:
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data"
    research = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT.parent / "research" / "fuel_incentives_taxes"
    rows = build(shared, research)
    write(rows, OUT)
    counts: dict[tuple[str, str], int] = {}
    for r in rows:
        counts[(r["component"], r["status"])] = counts.get((r["component"], r["status"]), 0) + 1
    print(f"{len(rows)} rows for {len({r['state'] for r in rows})} jurisdictions written to {OUT}")
    for key in sorted(counts):
        print(f"  {key[0]:<16} {key[1]:<8} {counts[key]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
