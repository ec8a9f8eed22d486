"""The Driving tab's climate: the household's place (average US without one), a US state (NOAA) or, for a market
pack's profile, one of the pack's cities (its regions table, with each row's source), or twelve monthly
temperatures typed in: in C for a metric profile, converted exactly to the core's F, and a figure not edited kept
exact (as the distances above are in km).

The box holds no climate of its own: the Driving panel reads it, marks its problems and shows the note of the
climate in use.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from buyer_app.core.errors import FieldProblem, InputError
from buyer_app.core.markets.market import US_MARKET, Market, market_of_region
from buyer_app.core.markets.regions import market_region_codes, market_regions, region_climate, region_of
from buyer_app.core.region.climate import MONTH_NAMES, TEMP_RANGE_F, Climate, manual_climate, state_climate, state_table
from buyer_app.text.places import place_words
from buyer_app.text.translate import tr

DEFAULT_TEMP_F = 50.0  # the typed climate's starting figure (10 C): a mild month, no adjustment to speak of
INVALID_STYLE = "QLineEdit { border: 2px solid #d62728; }"


def short_month(name: str) -> str:
    """'Jan' in English, the month's own word (一月) where the language has one."""
    words = tr(name)
    return name[:3] if words == name else words


def parse_number(text: str) -> float | str:
    try:
        return float(text.replace(",", "").strip())
    except ValueError:
        return text


def to_c(f: float) -> float:
    return (f - 32) * 5 / 9


class ClimateBox(QGroupBox):
    """The climate's choice, its twelve edits and its note. `km`: a metric profile (temperatures in C)."""

    def __init__(self) -> None:
        super().__init__(tr("Climate"))
        self.km = False
        self.market: Market | None = None  # whose places are offered: the US states or a pack's cities
        self._exact: dict[QLineEdit, tuple[str, float]] = {}  # a temperature as shown -> the F it stands for
        layout = QVBoxLayout(self)
        self.combo = QComboBox()
        self.combo.setAccessibleName(tr("Climate"))
        self.set_market(US_MARKET)
        layout.addWidget(self.combo)
        self.manual = QWidget()
        grid = QGridLayout(self.manual)
        self.edits: list[QLineEdit] = []
        for k, name in enumerate(MONTH_NAMES):
            edit = QLineEdit(f"{DEFAULT_TEMP_F:g}")
            edit.setAccessibleName(tr("{month} mean temperature (F)").format(month=tr(name)))
            self.edits.append(edit)
            grid.addWidget(QLabel(short_month(name)), k // 6 * 2, k % 6)
            grid.addWidget(edit, k // 6 * 2 + 1, k % 6)
        layout.addWidget(self.manual)
        self.note = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)  # a pack's note is data text
        layout.addWidget(self.note)

    # -- what is offered ------------------------------------------------------------------------
    def set_market(self, market: Market) -> bool:
        """Offer the places of `market` (no signal); False when they are already on offer. The caller shows its
        climate again: the list it was chosen from changed."""
        if self.market is not None and market.code == self.market.code:
            return False
        self.market = market
        blocked = self.combo.blockSignals(True)
        self.combo.clear()
        if market.is_us:
            self.combo.addItem(tr("Your state's (Household tab; average US without one)"), "")
            for code, row in state_table().iterrows():
                self.combo.addItem(f"{row['state_name']} ({code})", code)
        else:
            self.combo.addItem(tr("Your city's (Household tab; average conditions without one)"), "")
            regions = market_regions(market)
            for code in market_region_codes(market):
                if region_climate(regions[code]) is not None:  # the national row has no temperatures
                    self.combo.addItem(place_words(code), code)
        self.combo.addItem(tr("Enter monthly temperatures…"), "manual")
        self.combo.blockSignals(blocked)
        return True

    def set_metric(self, metric: bool) -> None:
        """Temperatures typed in C (a metric profile) or F; the caller shows its climate again."""
        self.km = metric
        for name, edit in zip(MONTH_NAMES, self.edits, strict=True):
            template = tr("{month} mean temperature (C)") if metric else tr("{month} mean temperature (F)")
            edit.setAccessibleName(template.format(month=tr(name)))

    # -- showing --------------------------------------------------------------------------------
    def show_climate(self, climate: Climate | None) -> None:
        """Choose `climate` (no signal while the caller blocks it); a place this list lacks (another market's) is
        shown as its temperatures, typed in."""
        self._exact.clear()
        if climate is None:
            self.combo.setCurrentIndex(0)
            self.fill(Climate((DEFAULT_TEMP_F,) * 12, ""))  # where typing starts, in the units shown
            return
        place = self.combo.findData(climate.state) if climate.state else -1
        self.combo.setCurrentIndex(place if place >= 0 else self.combo.count() - 1)
        self.fill(climate)

    def fill(self, climate: Climate) -> None:
        """A place's or typed climate in the twelve edits, so that typing starts from it (exact while not edited)."""
        for edit, f in zip(self.edits, climate.monthly_f, strict=True):
            edit.setText(f"{round(to_c(f), 2):g}" if self.km else f"{f:g}")
            self._exact[edit] = (edit.text(), f)

    def type_in(self, temps_f: tuple[float, ...]) -> None:
        """Temperatures from elsewhere (a driving log's) typed in, to one decimal in the units shown."""
        for edit, f in zip(self.edits, temps_f, strict=True):
            edit.setText(f"{round(to_c(f), 1):g}" if self.km else f"{f:.1f}")
        self.combo.setCurrentIndex(self.combo.count() - 1)

    def mark(self, fields: str) -> None:
        for name, edit in zip(MONTH_NAMES, self.edits, strict=True):
            edit.setStyleSheet(INVALID_STYLE if f"monthly_f[{name}]" in fields else "")

    # -- reading --------------------------------------------------------------------------------
    def _temperature(self, edit: QLineEdit) -> float | str:
        """The F an edit stands for: the climate's own figure while the text shown is unchanged, else the number
        typed (C converted in a metric profile); a text that is no number is handed on, to be named."""
        shown = self._exact.get(edit)
        if shown is not None and shown[0] == edit.text():
            return shown[1]
        value = parse_number(edit.text())
        return value * 9 / 5 + 32 if self.km and isinstance(value, float) else value

    def read(self) -> Climate | None:
        """The climate chosen (None: the household's place's); InputError naming a bad temperature, in C with what
        was typed in a metric profile."""
        code = self.combo.currentData()
        market = self.market or US_MARKET
        if code != "manual":
            if not code:
                return None
            return state_climate(code) if market.is_us else region_climate(region_of(market, code))
        try:
            return manual_climate([self._temperature(e) for e in self.edits])
        except InputError as exc:
            if not self.km:
                raise
            lo, hi = (round(to_c(t)) for t in TEMP_RANGE_F)
            typed = {f"climate.monthly_f[{name}]": e.text() for name, e in zip(MONTH_NAMES, self.edits, strict=True)}
            allowed = tr("a temperature from {lo} to {hi} C").format(lo=lo, hi=hi)
            raise InputError([FieldProblem(p.field, typed.get(p.field, p.value), allowed) for p in exc.problems]) from exc

    # -- the note -------------------------------------------------------------------------------
    def show_note(self, climate: Climate | None) -> None:
        """Where the climate in use comes from, with its twelve temperatures in the units shown."""
        if self.combo.currentData() == "":
            us = self.market is None or self.market.is_us
            self.note.setText(
                tr(
                    "The climate of the state chosen on the Household tab (NOAA 1991-2020 means); with "
                    "no state, EPA's average US conditions with no monthly adjustment."
                )
                if us
                else tr(
                    "The climate of the city chosen on the Household tab (the market pack's monthly means, with their "
                    "sources); with none, EPA's average US conditions with no monthly adjustment."
                )
            )
            return
        if climate is None:
            return
        shown = [round(to_c(t)) if self.km else t for t in climate.monthly_f]
        temps = ", ".join(f"{short_month(name)} {t:.0f}" for name, t in zip(MONTH_NAMES, shown, strict=True))
        if not climate.state:
            text = (tr("{temps} C, as entered.") if self.km else tr("{temps} F, as entered.")).format(temps=temps)
        elif climate.state in state_table().index:
            template = (
                tr("{place}: {temps} C. Source: NOAA NCEI nClimDiv 1991-2020 statewide means (public domain).")
                if self.km
                else tr("{place}: {temps} F. Source: NOAA NCEI nClimDiv 1991-2020 statewide means (public domain).")
            )
            text = template.format(place=climate.label, temps=temps)
        else:
            text = self._region_note(climate.state, temps)
        self.note.setText(text)

    def _region_note(self, code: str, temps: str) -> str:
        """A pack city's temperatures with the source, date and note of its regions table rows (January's note: the
        months' notes differ only in the figures they derive from)."""
        region = region_of(market_of_region(code), code)
        rows = [region.figures[f"temp_c_{m:02d}"] for m in range(1, 13)]
        sources = "; ".join(dict.fromkeys(r.source for r in rows))
        dates = "; ".join(dict.fromkeys(r.as_of for r in rows))
        template = (
            tr("{place}: {temps} C. Source: {source} ({date}). Its note for January: {note}")
            if self.km
            else tr("{place}: {temps} F. Source: {source} ({date}). Its note for January: {note}")
        )
        return template.format(place=place_words(code), temps=temps, source=sources, date=dates, note=rows[0].note)
