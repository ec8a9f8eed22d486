"""The comparison as an XLSX workbook: a summary sheet, one sheet per vehicle (year by year), the assumptions.

- *Summary*: one row per vehicle (type, price, total, per month, per year, per mile or km, break-even against the
  first car, range), then the verdict in words, the plate rule where one applies, and what the figures rest on.
- *One sheet per vehicle*: a row per year with the cost categories of `compare --json`, the year's total and the
  cumulative cost at its end, a total row, then the incentives counted and the price's basis.
- *Assumptions*: every household input (the PDF appendix's list) with its value, unit, where it comes from and
  its date.

Amounts are numbers with a number format in the profile's currency (USD or CNY), distances in its units (miles or
km); sheet names and words follow the app's language. Header rows are frozen. Text from imported data or typed by
the user is always written as text, never as a formula. openpyxl is imported only when a workbook is made, so the
app's start does not pay for it.

A little over 300 lines: the three sheets and the words for the inputs' units belong together (one reader of the
workbook's layout, `tests/report/test_workbook.py`).
"""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path
from typing import Any

from buyer_app.core.costs.compare import Comparison, VehicleOutcome
from buyer_app.core.costs.model import CATEGORIES
from buyer_app.core.driving.patterns import AnnualPattern
from buyer_app.core.files.storage import atomic_write_bytes
from buyer_app.core.household.fields import FIELD_BY_NAME, FIELDS, household_to_dict
from buyer_app.core.household.state_fill import FieldOrigin, field_origin
from buyer_app.report.context import ReportContext
from buyer_app.report.plain import plain, value_text
from buyer_app.text.choices import category_name, choice_label, powertrain_label
from buyer_app.text.currency import currency_symbol
from buyer_app.text.driving import describe_pattern
from buyer_app.text.field_words import input_label
from buyer_app.text.market import plate_sentence
from buyer_app.text.sources import price_basis_words
from buyer_app.text.translate import tr, tr_noop
from buyer_app.text.units import KM_PER_MI, L_PER_GAL, Display, distance_unit
from buyer_app.text.wording import verdict

SHEET_NAME_MAX = 31  # Excel's limit
SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\']")
WIDTH_MAX = 60
ORIGIN_WORDS = {"yours": tr_noop("your figure"), "state": tr_noop("regional table"), "default": tr_noop("app default")}
BREAK_EVEN_WORDS = {"never crosses": tr_noop("lines never cross"), "price unknown": tr_noop("no price yet")}


def _formats(display: Display) -> dict[str, str]:
    symbol = currency_symbol(display.currency).replace('"', "")
    whole, cents = f'"{symbol}"#,##0', f'"{symbol}"#,##0.00'
    return {
        "money": f"{whole};-{whole}",
        "cents": f"{cents};-{cents}",
        "rate": f'"{symbol}"#,##0.000;-"{symbol}"#,##0.000',
        "years": "0.0",
        "distance": "#,##0",
        "number": "#,##0.###",
        "percent": "0.0%",
    }


def _put(ws: Any, row: int, column: int, value: object, number_format: str | None = None) -> Any:
    """One cell: numbers as numbers, text always as text (openpyxl would make '=...' a formula)."""
    cell = ws.cell(row=row, column=column, value=value)
    if isinstance(value, str):
        cell.data_type = "s"
    if number_format is not None and isinstance(value, int | float):
        cell.number_format = number_format
    return cell


def _header(ws: Any, names: list[str], row: int = 1) -> None:
    from openpyxl.styles import Font

    for column, name in enumerate(names, start=1):
        _put(ws, row, column, name).font = Font(bold=True)


def _text_width(value: object) -> int:
    text = value if isinstance(value, str) else f"{value:,.2f}" if isinstance(value, float) else str(value)
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)  # CJK characters are about two columns wide


def _widths(ws: Any, fixed: dict[int, int] | None = None) -> None:
    """Each column as wide as its widest cell (capped); `fixed`: columns of long text, by number."""
    from openpyxl.utils import get_column_letter

    widest: dict[int, int] = {}
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is not None and not (isinstance(cell.value, str) and len(cell.value) > 2 * WIDTH_MAX):
                widest[cell.column] = max(widest.get(cell.column, 0), _text_width(cell.value))
    for column, width in widest.items():
        chosen = (fixed or {}).get(column, min(width + 2, WIDTH_MAX))
        ws.column_dimensions[get_column_letter(column)].width = max(chosen, 8)


def sheet_names(c: Comparison) -> list[str]:
    """The vehicle sheets' names: number and label, within Excel's 31 characters and its allowed characters."""
    names = []
    for n, v in enumerate(c.vehicles, start=1):
        names.append(SHEET_NAME_BAD.sub(" ", f"{n} {v.label}")[:SHEET_NAME_MAX].strip())
    return names


def _per_distance(v: VehicleOutcome, display: Display) -> float | None:
    if v.cost_per_mile is None:
        return None
    return round(v.cost_per_mile / KM_PER_MI if display.metric else v.cost_per_mile, 4)


def _summary(ws: Any, c: Comparison, ctx: ReportContext) -> None:
    display, years = ctx.display, c.household.years
    f = _formats(display)
    first = c.vehicles[0]
    per = tr("per km") if display.metric else tr("per mile")
    _header(
        ws,
        [
            tr("vehicle"),
            tr("type"),
            tr("price"),
            tr("total over {years} years").format(years=years),
            tr("per month"),
            tr("per year"),
            per,
            tr("break-even against the {label} (years)").format(label=first.label),
            tr("range ({unit})").format(unit=distance_unit(display)),
        ],
    )
    pairs = {b.b: b for b in c.break_even if b.a == first.id}
    for r, v in enumerate(c.vehicles, start=2):
        _put(ws, r, 1, v.label)
        _put(ws, r, 2, powertrain_label(v.powertrain))
        _put(ws, r, 3, round(v.price, 2) if v.price is not None else tr("no price yet"), f["money"])
        _put(ws, r, 4, round(v.total_cost, 2), f["money"])
        _put(ws, r, 5, round(v.total_cost / (12 * years), 2), f["money"])
        _put(ws, r, 6, round(v.total_cost / years, 2), f["money"])
        per_distance = _per_distance(v, display)
        _put(ws, r, 7, per_distance if per_distance is not None else "—", f["cents"])
        pair = pairs.get(v.id)
        if v.id == first.id or pair is None:
            _put(ws, r, 8, "—")
        elif pair.year is not None:
            _put(ws, r, 8, round(pair.year, 2), f["years"])
        else:
            _put(ws, r, 8, tr(BREAK_EVEN_WORDS.get(pair.reason, pair.reason)))
        if v.range_mi:
            _put(ws, r, 9, round(v.range_mi * KM_PER_MI if display.metric else v.range_mi), f["distance"])
        else:
            _put(ws, r, 9, "—")
    row = len(c.vehicles) + 3
    lines = [(tr("Verdict"), verdict(c, display))]
    plate = plate_sentence(c, display)
    if plate:
        lines.append((tr("Plate"), plate))
    database = ctx.database
    data = (
        tr("{market} pack built {built}; prices as of {prices}").format(
            market=database.get("market"), built=database.get("built", ""), prices=ctx.prices_as_of
        )
        if "market" in database
        else tr("fueleconomy.gov, file of {date}; base prices as of {prices}").format(
            date=database.get("source_date"), prices=ctx.prices_as_of
        )
    )
    lines += [
        (tr("Profile"), ctx.title),
        (tr("Made"), ctx.generated.isoformat()),
        (tr("Amounts in"), str(display.currency)),
        (tr("Vehicle figures"), data),
    ]
    if any(v.price is None for v in c.vehicles):
        lines.append(("", tr("A car with no price yet: its total is its running costs only.")))
    from openpyxl.styles import Font

    for label, text in lines:
        _put(ws, row, 1, label).font = Font(bold=True)
        _put(ws, row, 2, text)
        row += 1
    ws.freeze_panes = "B2"
    _widths(ws, {2: 22})


def _vehicle(ws: Any, v: VehicleOutcome, display: Display) -> None:
    f = _formats(display)
    _header(ws, [tr("year"), *(category_name(k) for k in CATEGORIES), tr("year's total"), tr("cumulative")])
    years = len(v.cumulative)
    for y in range(years):
        r = y + 2
        _put(ws, r, 1, y + 1)
        for k, category in enumerate(CATEGORIES, start=2):
            _put(ws, r, k, round(float(v.yearly_costs[category][y]), 2), f["money"])
        _put(ws, r, len(CATEGORIES) + 2, round(sum(float(v.yearly_costs[k][y]) for k in CATEGORIES), 2), f["money"])
        _put(ws, r, len(CATEGORIES) + 3, round(float(v.cumulative[y]), 2), f["money"])
    from openpyxl.styles import Font

    total = years + 2
    _put(ws, total, 1, tr("total")).font = Font(bold=True)
    for k, category in enumerate(CATEGORIES, start=2):
        _put(ws, total, k, round(sum(float(x) for x in v.yearly_costs[category]), 2), f["money"]).font = Font(bold=True)
    _put(ws, total, len(CATEGORIES) + 2, round(v.total_cost, 2), f["money"]).font = Font(bold=True)
    row = total + 2
    _put(ws, row, 1, tr("vehicle")).font = Font(bold=True)
    _put(ws, row, 2, f"{v.label} ({powertrain_label(v.powertrain)})")
    _put(ws, row + 1, 1, tr("price")).font = Font(bold=True)
    _put(ws, row + 1, 2, price_basis_words(v.price_basis))
    row += 3
    counted = [d for d in v.incentives if d.applied and d.amount > 0]
    if counted:
        _put(ws, row, 1, tr("incentives counted")).font = Font(bold=True)
        for d in counted:
            _put(ws, row, 2, -round(float(d.amount), 2), f["money"])
            _put(ws, row, 3, d.name)
            row += 1
    ws.freeze_panes = "B2"
    _widths(ws, {2: 14})


# the units of the household inputs (FieldSpec.unit) in words; {currency}: the profile's currency code
UNIT_NAMES = {
    "USD/yr": tr_noop("{currency} a year"),
    "USD/gal": tr_noop("{currency} per gallon"),
    "USD/kWh": tr_noop("{currency} per kWh"),
    "USD/mi": tr_noop("{currency} per mile"),
    "USD/min": tr_noop("{currency} per minute"),
    "mi/yr": tr_noop("miles a year"),
    "days": tr_noop("days"),
    "h": tr_noop("hours"),
    "kW": tr_noop("kW"),
    "lb/MWh": tr_noop("lb per MWh"),
    "min": tr_noop("minutes"),
    "months": tr_noop("months"),
    "nights": tr_noop("nights"),
    "people": tr_noop("people"),
    "years": tr_noop("years"),
    "fraction/yr": tr_noop("a year"),
    "fraction": "",
    "": "",
}
# in a metric display: the input's unit there and the factor its US figure is multiplied by
METRIC_UNITS = {
    "mi/yr": ("km/yr", KM_PER_MI),
    "USD/gal": ("USD/L", 1 / L_PER_GAL),
    "USD/mi": ("USD/km", 1 / KM_PER_MI),
}
METRIC_NAMES = {"km/yr": tr_noop("km a year"), "USD/L": tr_noop("{currency} per litre"), "USD/km": tr_noop("{currency} per km")}


def unit_words(unit: str, display: Display) -> str:
    """A household input's unit in words, in the display's currency and units."""
    if unit == "USD":
        return str(display.currency)
    template = METRIC_NAMES.get(unit, UNIT_NAMES.get(unit))
    if template is None:
        return unit
    return tr(template).format(currency=display.currency) if template else ""


PATTERN_FIELDS = ("annual_miles", "city_share")  # a driving pattern's year replaces these household inputs


def _from_pattern(c: Comparison, name: str) -> bool:
    return name in PATTERN_FIELDS and c.year is not None and not isinstance(c.pattern, AnnualPattern)


def assumption_value(c: Comparison, name: str, display: Display) -> tuple[object, str, str | None]:
    """A household input as a number in the display's units, with its unit in words and its number format; or,
    for a choice, a date or a text, its words (and no unit or format)."""
    spec = FIELD_BY_NAME[name]
    value = household_to_dict(c.household)[name]
    if _from_pattern(c, name) and c.year is not None:  # the driving pattern's own miles and city share, as used
        value = c.year.annual_miles if name == "annual_miles" else c.year.city_share(c.household.city_share)
    f = _formats(display)
    if name == "state":
        return choice_label("state", str(value)), "", None
    if spec.kind != "number" or isinstance(value, str) or value is None:
        return value_text(c.household, name), "", None
    number, unit = float(value), spec.unit
    if display.metric and unit in METRIC_UNITS:
        unit, factor = METRIC_UNITS[unit]
        number = round(number * factor, 4)
    if unit.startswith("fraction"):
        number_format = f["percent"]
    elif unit.startswith("USD"):
        number_format = f["rate"] if unit[4:] in ("kWh", "gal", "mi", "min", "L", "km") else f["money"]
    else:
        number_format = f["number"]
    return number, unit_words(unit, display), number_format


def _assumptions(ws: Any, c: Comparison, display: Display) -> None:
    from openpyxl.styles import Alignment

    _header(ws, [tr("input"), tr("value"), tr("unit"), tr("source"), tr("as of"), tr("whose figure")])
    for r, spec in enumerate(FIELDS, start=2):
        value, unit, number_format = assumption_value(c, spec.name, display)
        o = field_origin(c.household, spec.name)
        if _from_pattern(c, spec.name) and c.year is not None:
            o = FieldOrigin("yours", tr("your driving pattern: {}").format(describe_pattern(c.pattern, c.year, display)), "")
        _put(ws, r, 1, input_label(spec.name, c.household.state, display.metric))
        _put(ws, r, 2, value, number_format)
        _put(ws, r, 3, unit)
        source = plain(o.source) + (f" ({plain(o.note)})" if o.note else "")
        _put(ws, r, 4, source).alignment = Alignment(wrap_text=True, vertical="top")
        _put(ws, r, 5, o.as_of or "—")
        _put(ws, r, 6, tr(ORIGIN_WORDS.get(o.origin, o.origin)))
    ws.freeze_panes = "B2"
    _widths(ws, {4: 80})


def build_workbook(c: Comparison, ctx: ReportContext) -> Any:
    """The openpyxl Workbook of `c` (summary, one sheet per vehicle, assumptions)."""
    from openpyxl import Workbook

    from buyer_app.text.currency import amounts_in

    wb = Workbook()
    with amounts_in(str(ctx.display.currency)):
        summary = wb.active
        summary.title = tr("Summary")
        _summary(summary, c, ctx)
        for name, v in zip(sheet_names(c), c.vehicles, strict=True):
            _vehicle(wb.create_sheet(name), v, ctx.display)
        _assumptions(wb.create_sheet(tr("Assumptions")), c, ctx.display)
    wb.properties.title = ctx.title
    wb.properties.creator = "Vehicle Buyer"
    return wb


def workbook_bytes(c: Comparison, ctx: ReportContext) -> bytes:
    """The .xlsx file's bytes."""
    buffer = io.BytesIO()
    build_workbook(c, ctx).save(buffer)
    return buffer.getvalue()


def write_xlsx(c: Comparison, ctx: ReportContext, path: Path) -> int:
    """Write the workbook atomically (no .bak: an export, not user data); the number of sheets. OSError when the
    path cannot be written, and then nothing there has changed."""
    data = workbook_bytes(c, ctx)
    atomic_write_bytes(path, data, backup=False)
    return len(c.vehicles) + 2


def context_for(title: str, database: dict[str, Any], prices_as_of: str, display: Display) -> ReportContext:
    """A ReportContext made today (the command line's and the window's)."""
    return ReportContext(title=title, database=database, prices_as_of=prices_as_of, generated=date.today(), display=display)
