"""Build resources/regional/state_defaults.csv from ../shared/data (EIA prices, state facts, EPA eGRID).

    .venv/bin/python tools/build_state_table.py [SHARED_DATA_DIR]

Long format, one row per (state, field): state,field,value,unit,source,as_of,note. The 50 states, DC and
`US` (the national averages the app uses when no state is chosen). Every field has a row for every state;
a missing value is an empty cell and the note says why. resources/regional/SOURCES.md describes the fields.
"""

from __future__ import annotations

import csv
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from buyer_app.core.household.fields import FIELD_BY_NAME  # noqa: E402

OUT = ROOT / "resources" / "regional" / "state_defaults.csv"
COLUMNS = ("state", "field", "value", "unit", "source", "as_of", "note")

# The app's national defaults, declared in buyer_app/core/household/fields.py: fueleconomy.gov prices of 2025-10-28
NATIONAL_REGULAR, NATIONAL_MIDGRADE, NATIONAL_PREMIUM, NATIONAL_ELECTRICITY, NATIONAL_SALES_TAX = (
    float(FIELD_BY_NAME[name].default)
    for name in ("gas_price", "midgrade_price", "premium_price", "electricity_price", "sales_tax_rate")
)
FEG_PRICES = "fueleconomy.gov national prices used for fuelCost08 in vehicles.csv of 2025-10-28"
# EIA publishes "West Coast less California": for the other PADD 5 states it is closer than the PADD 5
# average, about half of which is California's own (higher) price.
WEST_COAST_EX_CA = "West Coast less California"
EIA_ANNUAL = (
    "EIA Electric Power Annual 2023 (released 2024-10-17), average price to residential customers, "
    "cents/kWh / 100, https://www.eia.gov/electricity/annual/secrev-map.php"
)
EGRID_RATES = (
    "EPA eGRID2023 (January 2025), subregion output emission rates "
    "(https://www.epa.gov/system/files/documents/2025-01/egrid2023_summary_tables.xlsx, via EPA GHG Emission "
    "Factors Hub 2025)"
)
EGRID = (
    EGRID_RATES + "; state value: population-weighted mean of the eGRID2023 subregion rates (shares: EPA Power "
    "Profiler ZIP tool v13.2 + ACS 2022 population)"
)
NOAA = (
    "NOAA NCEI nClimDiv statewide mean temperature, 1991-2020 means (public domain), "
    "https://www.ncei.noaa.gov/pub/data/cirs/climdiv/; app table resources/climate/state_monthly_temperature_f.csv"
)
TAX_FOUNDATION = "Tax Foundation, Facts & Figures 2025, State & Local Sales Tax Rates as of 2025-01-01"

INDEXED = " Indexed or scheduled to change: the current amount may differ."
Row = tuple[str, str, str, str, str, str, str]


# The staged Oregon row carries the whole fee ($115 / $35 / $35) although the column is the extra over a gasoline
# car; its own note gives the extra (every car pays an MPG-tier fee, $25 for a 20-39 mpg gasoline car).
_OREGON = "Staged row gives the full fee; the extra over a 20-39 mpg gasoline car ($25) is used, per the row's note."
FEE_CORRECTIONS: dict[tuple[str, str], tuple[str, str]] = {
    ("OR", "bev_surcharge"): ("90", _OREGON),
    ("OR", "phev_surcharge"): ("10", _OREGON),
    ("OR", "hev_surcharge"): ("10", _OREGON),
}


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _num(value: float, digits: int) -> str:
    return format(round(value, digits), ".10g")


def _share(pct: float) -> str:
    """A population share for the text: whole percent, one decimal where rounding would show 0% or 100%."""
    whole = f"{pct:.0f}"
    return f"{pct:.1f}" if whole in ("0", "100") and pct not in (0, 100) else whole


Grid = tuple[float, float, str, str]  # CO2 lb/MWh, gross loss fraction, the subregions as text, the note


def _grid(sub: dict[str, str], egrid: dict[str, dict[str, str]]) -> Grid:
    """Population-weighted mean CO2 rate and loss over every subregion serving the state (shares normalised to 1)."""
    shares: list[tuple[str, float]] = []
    for part in sub["all_subregion_shares"].split(";"):
        acronym, _, pct = part.partition(":")
        shares.append((acronym.strip(), float(pct)))
    total = sum(pct for _, pct in shares)
    if not shares or total <= 0:
        raise SystemExit(f"{sub['state_abbr']}: no subregion shares in {sub['all_subregion_shares']!r}")
    co2 = loss = 0.0
    rates = []
    for acronym, pct in shares:
        rate = egrid.get(acronym)
        if rate is None or not rate["total_output_co2_lb_per_mwh"] or not rate["grid_gross_loss_fraction"]:
            raise SystemExit(f"{sub['state_abbr']}: no eGRID2023 CO2 rate and loss for subregion {acronym}")
        co2 += pct / total * float(rate["total_output_co2_lb_per_mwh"])
        loss += pct / total * float(rate["grid_gross_loss_fraction"])
        rates.append(
            f"{acronym} ({rate['egrid_subregion_name']}) {pct:g}%: {rate['total_output_co2_lb_per_mwh']} lb/MWh, "
            f"loss {rate['grid_gross_loss_fraction']}"
        )
    text = ", ".join(f"{acronym} {_share(pct)}%" for acronym, pct in shares) + " (population-weighted)"
    note = "Population shares and subregion values: " + "; ".join(rates)
    note += f" (shares sum to {total:g}%, normalised to 100%)." if abs(total - 100) > 1e-9 else "."
    if len(shares) > 1:
        note += " A mean over the state: the subregion of the household's own utility can differ."
    return co2, loss, text, note


Gas = tuple[float, str, str, str]  # regular USD/gal, what the figure is, its address, week


MONTHLY = ROOT / "resources" / "regional" / "eia_gasoline_monthly.csv"
INSURANCE = ROOT / "resources" / "ownership" / "insurance_by_state.csv"
AVERAGE_MONTHS = 12  # the latest 12 calendar months; the mean is over those the data at hand hold (named)


def _area_of(code: str, name: str, have: set[str], padds: dict[str, str]) -> tuple[str, str]:
    """The EIA area standing for a state: its own series, else its PADD (West Coast states outside California:
    'West Coast less California'); and why, when it is not the state's own."""
    if code == "US":
        return "U.S.", ""
    if name in have:
        return name, ""
    area = padds[code]
    if area == "West Coast (PADD5)" and WEST_COAST_EX_CA in have:
        area = WEST_COAST_EX_CA
    return (area if area in have else "East Coast (PADD1)"), f"; EIA publishes no {name} figure"


def _month_window(last: str, count: int) -> list[str]:
    """The `count` calendar months ending with `last` (YYYY-MM), oldest first."""
    year, month = int(last[:4]), int(last[5:7])
    out = []
    for _ in range(count):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return out[::-1]


def _gasoline(shared: Path, names: dict[str, str]) -> tuple[dict[str, Gas], dict[str, Gas]]:
    """State (and US) -> regular gasoline: (the mean of the latest months, the latest week).

    Months come from EIA's monthly averages (resources/regional/eia_gasoline_monthly.csv, transcribed from
    eia.gov with the address of each figure); a month EIA had not averaged yet is the mean of its weekly prices.
    The latest week is the newest week of the staged EIA weekly file."""
    weekly = _read(shared / "eia_prices" / "eia_weekly_retail_regular_gasoline_selected.csv")
    week = max(r["week_of"] for r in weekly)
    latest = {r["area"]: r for r in weekly if r["week_of"] == week}
    monthly = _read(MONTHLY)
    padds = {r["state_abbr"]: r["padd_area_name_in_eia_table"] for r in _read(shared / "eia_prices" / "state_to_padd.csv")}
    have = {r["area"] for r in monthly}
    averages: dict[str, Gas] = {}
    weeks: dict[str, Gas] = {}
    for code, name in names.items():
        area, why = _area_of(code, name, have, padds)
        months: dict[str, float] = {
            r["period"]: float(r["usd_per_gal"]) for r in monthly if r["area"] == area and r["kind"] == "month"
        }
        by_week: dict[str, list[float]] = {}
        for r in monthly:
            if r["area"] == area and r["kind"] == "week" and r["period"][:7] not in months:
                by_week.setdefault(r["period"][:7], []).append(float(r["usd_per_gal"]))
        months.update({m: sum(v) / len(v) for m, v in by_week.items()})
        window = _month_window(max(months), AVERAGE_MONTHS)
        chosen = [m for m in window if m in months]
        missing = [m for m in window if m not in months]
        mean = sum(months[m] for m in chosen) / len(chosen)
        weekly_part = f"; {', '.join(m for m in sorted(by_week) if m in chosen)} from its weekly prices" if by_week else ""
        gap = f"; no EIA figure at hand for {', '.join(missing)}" if missing else ""
        text = (
            f"EIA, {area} regular gasoline (all formulations): mean of the {len(chosen)} months at hand of the "
            f"{AVERAGE_MONTHS} from {window[0]} to {window[-1]}{gap}{weekly_part}{why}"
        )
        averages[code] = (
            mean,
            text,
            "https://www.eia.gov/dnav/pet/pet_pri_gnd_a_epmr_pte_dpgal_m.htm",
            f"{chosen[0]} to {chosen[-1]}",
        )
        row = latest[area]
        weeks[code] = (
            float(row["usd_per_gallon"]),
            f"EIA Gasoline and Diesel Fuel Update, {row['area']} regular (all formulations), week of {week}{why}",
            row["source_url"],
            week,
        )
    return averages, weeks


def _grades(code: str, gas: Gas, what: str, note: str, suffix: str = "") -> Iterator[Row]:
    regular, text, url, when = gas
    yield code, "gas_price" + suffix, _num(regular, 3), "USD/gal", f"{text}, {url}", when, ""
    for field, grade, price in (
        ("midgrade_price", "midgrade", NATIONAL_MIDGRADE),
        ("premium_price", "premium", NATIONAL_PREMIUM),
    ):
        spread = price - NATIONAL_REGULAR
        yield (
            code,
            field + suffix,
            _num(regular + spread, 3),
            "USD/gal",
            f"{what} regular price (gas_price: {text}) + national {grade}-regular spread {spread:+.2f} USD/gal "
            f"({FEG_PRICES}: {price:.2f} - {NATIONAL_REGULAR:.2f}), {url}",
            when,
            note,
        )


def _insurance(code: str) -> Row:
    rows = {r["state"]: r for r in _read(INSURANCE)}
    row = rows[code]
    return (
        code,
        "insurance_reference",
        row["full_coverage_usd"],
        "USD/yr",
        row["source"],
        row["as_of"],
        "A reference car's premium: every car's is scaled from it by price, body class and powertrain "
        "(resources/ownership/insurance_factors.csv).",
    )


def _state_rows(
    code: str, name: str, gas: Gas, week: Gas, tables: dict[str, dict[str, dict[str, str]]], egrid: dict[str, dict[str, str]]
) -> Iterator[Row]:
    elec = tables["elec"][name]
    cents = elec["residential_cents_per_kwh"]
    yield (
        code,
        "electricity_price",
        _num(float(cents) / 100, 4) if cents else "",
        "USD/kWh",
        EIA_ANNUAL,
        elec["data_year"],
        "" if cents else f"{name} row cut off in the stored copy of the EIA page this table was built from; no value",
    )
    spread_note = "Spread from national prices: no state figure for this grade in the EIA data used."
    yield from _grades(code, gas, "this state's", spread_note)
    yield from _grades(code, week, "this state's", spread_note, "_latest_week")
    yield _insurance(code)
    tax = tables["tax"][code]
    pct = tax["vehicle_tax_state_rate_pct"]
    cite = TAX_FOUNDATION + ", " if "taxfoundation.org" in tax["source_url"] else ""
    tax_source = (
        f"{tax['vehicle_tax_name']}: {tax['vehicle_rate_basis']}; state-level rate only, local add-ons excluded; "
        f"{cite}{tax['source_url']}"
    )
    yield (
        code,
        "sales_tax_rate",
        _num(float(pct) / 100, 6) if pct else "",
        "fraction",
        tax_source,
        tax["vehicle_rate_effective"],
        tax["notes"],
    )
    cap = re.search(r"capped at \$([\d,]+)", tax["vehicle_tax_name"])
    yield (
        code,
        "sales_tax_cap",
        cap.group(1).replace(",", "") if cap else ("0" if pct else ""),
        "USD",
        tax_source if cap else "no cap on the state's vehicle tax in the source (0 = none)",
        tax["vehicle_rate_effective"],
        "" if pct else "No single vehicle tax rate for this state, so no cap either.",
    )
    fees = tables["fees"][code]
    for field, column in (
        ("bev_surcharge", "bev_fee_usd_per_yr"),
        ("phev_surcharge", "phev_fee_usd_per_yr"),
        ("hev_surcharge", "hybrid_fee_usd_per_yr"),
    ):
        value = fees[column]
        indexed = INDEXED if fees["indexed_or_scheduled_change"] == "Y" else ""
        note = (fees["notes"] + indexed).strip()
        if (code, field) in FEE_CORRECTIONS:
            value, why = FEE_CORRECTIONS[(code, field)]
            note = f"{why} {note}"
        yield (
            code,
            field,
            _num(float(value), 2) if value else "",
            "USD/yr",
            f"annual registration fee over a comparable gasoline car ({fees['source_type']}), {fees['source_url']}",
            fees["effective_year_of_values"],
            note,
        )
    sub = tables["egrid"][code]
    co2, loss, text, note = _grid(sub, egrid)
    note = f"{note} {sub['notes']}".strip()
    yield code, "grid_co2_lb_per_mwh", _num(co2, 3), "lb/MWh", EGRID, "2025-01", note
    yield code, "grid_loss", _num(loss, 4), "fraction", EGRID, "2025-01", note
    yield code, "egrid_subregion", text, "", EGRID, "2025-01", note
    dc_note = "No nClimDiv series for DC: Maryland's statewide means are used." if code == "DC" else ""
    yield code, "climate_state", code, "", NOAA, "1991-2020", dc_note


def _us_rows(gas: Gas, week: Gas, egrid: dict[str, dict[str, str]]) -> Iterator[Row]:
    us = "US"
    yield (
        us,
        "electricity_price",
        _num(NATIONAL_ELECTRICITY, 4),
        "USD/kWh",
        f"app default: {FEG_PRICES}; also Borlaug et al., Joule 2020: $0.15/kWh average paid by BEV drivers",
        "2025-10-28",
        "The EIA 2023 state table used here has no U.S. row: the app's national default is kept.",
    )
    regular, text, _url, when = gas
    why = (
        f"EIA's U.S. regular price averaged ${regular:.3f} ({text}) and was ${week[0]:.3f} in the week of {week[3]}; "
        "with no state chosen the app keeps fueleconomy.gov's national prices so that its neutral results match "
        "fueleconomy.gov's."
    )
    for suffix in ("", "_latest_week"):
        for field, price in (
            ("gas_price", NATIONAL_REGULAR),
            ("midgrade_price", NATIONAL_MIDGRADE),
            ("premium_price", NATIONAL_PREMIUM),
        ):
            yield us, field + suffix, _num(price, 3), "USD/gal", f"app default: {FEG_PRICES}", "2025-10-28", why
    yield _insurance("US")
    yield (
        us,
        "sales_tax_rate",
        _num(NATIONAL_SALES_TAX, 6),
        "fraction",
        "app default: mean of the 50 states' state-level vehicle sales tax rates (DC excluded; local add-ons "
        f"excluded), {TAX_FOUNDATION} and state agency pages",
        "2025-01-01",
        "Not a rate anyone pays: a national mean.",
    )
    yield us, "sales_tax_cap", "0", "USD", "app default: no cap", "2025-01-01", ""
    for field in ("bev_surcharge", "phev_surcharge", "hev_surcharge"):
        yield (
            us,
            field,
            "0",
            "USD/yr",
            "app default: no state surcharge assumed when no state is chosen",
            "2025",
            "About 40 states charge an EV fee (NCSL, Tax Foundation 2025); choose a state to apply one.",
        )
    rate = egrid["US Average"]
    source = EGRID_RATES + ", US average row"
    yield us, "grid_co2_lb_per_mwh", _num(float(rate["total_output_co2_lb_per_mwh"]), 3), "lb/MWh", source, "2025-01", ""
    yield us, "grid_loss", _num(float(rate["grid_gross_loss_fraction"]), 4), "fraction", source, "2025-01", ""
    yield us, "egrid_subregion", "US average (eGRID2023)", "", source, "2025-01", ""
    yield us, "climate_state", "", "", NOAA, "1991-2020", "No state chosen: label conditions (average US climate)."


def build(shared: Path) -> list[Row]:
    """Every (state, field) row, states in code order and `US` last."""
    facts = shared / "state_facts"
    tables = {
        "elec": {r["state"]: r for r in _read(shared / "eia_prices" / "eia_electric_power_annual_2023_avg_price_by_state.csv")},
        "tax": {r["state_abbr"]: r for r in _read(facts / "state_vehicle_sales_tax.csv")},
        "fees": {r["state_abbr"]: r for r in _read(facts / "state_ev_hybrid_registration_fees.csv")},
        "egrid": {r["state_abbr"]: r for r in _read(facts / "state_egrid_subregion.csv")},
    }
    egrid = {r["egrid_subregion"]: r for r in _read(shared / "epa_egrid" / "egrid2023_subregion_emission_rates.csv")}
    names = {code: row["state_name"] for code, row in sorted(tables["tax"].items())}
    if len(names) != 51:
        raise SystemExit(f"expected 50 states and DC in the sales tax table, found {len(names)}")
    gas, week = _gasoline(shared, {**names, "US": "United States"})
    rows: list[Row] = []
    for code, name in names.items():
        rows.extend(_state_rows(code, name, gas[code], week[code], tables, egrid))
    rows.extend(_us_rows(gas["US"], week["US"], egrid))
    return rows


def write(rows: list[Row], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(rows)


def main() -> int:
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data"
    rows = build(shared)
    write(rows, OUT)
    missing = sorted({(r[0], r[1]) for r in rows if not r[2]})
    print(f"{len(rows)} rows for {len({r[0] for r in rows})} states written to {OUT}; missing: {missing}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
