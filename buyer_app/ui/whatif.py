"""Quick what-if sliders for the most sensitive inputs; they override the household while set."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSlider, QWidget

from buyer_app.core.household.fields import Household
from buyer_app.core.markets.regions import KM_PER_MI, L_PER_GAL
from buyer_app.text.translate import tr, tr_noop
from buyer_app.text.wording import money

# field, label, minimum, maximum, step, the value in words
SLIDERS: tuple[tuple[str, str, float, float, float, Callable[[float], str]], ...] = (
    ("annual_miles", tr_noop("Miles a year"), 0.0, 60000.0, 500.0, lambda x: f"{x:,.0f} mi"),
    ("gas_price", tr_noop("Gasoline"), 1.0, 8.0, 0.05, lambda x: f"{money(x, True)}/gal"),
    ("electricity_price", tr_noop("Electricity"), 0.02, 0.80, 0.01, lambda x: f"{money(x, True)}/kWh"),
    ("years", tr_noop("Years owned"), 1.0, 20.0, 1.0, lambda x: tr("{:.0f} years").format(x)),
)
MONEY_SLIDERS = ("gas_price", "electricity_price")


class WhatIfPanel(QWidget):
    changed = Signal(str, object)  # field, value
    reset_all = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = QGridLayout(self)
        self.sliders: dict[str, QSlider] = {}
        self.labels: dict[str, QLabel] = {}
        self.titles: dict[str, QLabel] = {}
        for row, (name, label, lo, hi, step, _fmt) in enumerate(SLIDERS):
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(0, round((hi - lo) / step))
            slider.setAccessibleName(tr("What if: {name}").format(name=tr(label)))
            slider.valueChanged.connect(lambda v, n=name: self._moved(n, v))
            value = QLabel()
            value.setMinimumWidth(90)
            title = QLabel(tr(label))
            self.titles[name] = title
            layout.addWidget(title, row, 0)
            layout.addWidget(slider, row, 1)
            layout.addWidget(value, row, 2)
            self.sliders[name], self.labels[name] = slider, value
        self.reset = QPushButton(tr("Back to the household's values"))
        self.reset.clicked.connect(self.reset_all.emit)
        layout.addWidget(self.reset, len(SLIDERS), 0, 1, 3)

    in_metric = False  # the values in km and per litre (a metric profile)
    money_scale = 1.0  # the market's amounts against US dollars: the money sliders' ranges scale by it

    def set_display(self, metric: bool, money_scale: float) -> None:
        """Write the values in km and per litre (metric) and stretch the money sliders to the market's currency."""
        if (metric, money_scale) == (self.in_metric, self.money_scale):
            return
        self.in_metric, self.money_scale = metric, money_scale
        for name, _label, lo, hi, step, _fmt in SLIDERS:
            lo, hi, step = self._range(name, lo, hi, step)
            self.sliders[name].blockSignals(True)
            self.sliders[name].setRange(0, round((hi - lo) / step))
            self.sliders[name].blockSignals(False)
        self.titles["annual_miles"].setText(tr("Distance a year") if metric else tr("Miles a year"))

    def _range(self, name: str, lo: float, hi: float, step: float) -> tuple[float, float, float]:
        scale = self.money_scale if name in MONEY_SLIDERS else 1.0
        return lo * scale, hi * scale, step * scale

    def _words(self, name: str, value: float, fmt: Callable[[float], str]) -> str:
        if self.in_metric and name == "annual_miles":
            return f"{value * KM_PER_MI:,.0f} km"
        if self.in_metric and name == "gas_price":
            return f"{money(value / L_PER_GAL, True)}/L"
        return fmt(value)

    def show_values(self, household: Household, overrides: dict[str, float]) -> None:
        """Place the sliders on the effective values (no signals)."""
        for name, _label, lo, hi, step, fmt in SLIDERS:
            lo, hi, step = self._range(name, lo, hi, step)
            value = float(overrides.get(name, getattr(household, name)))
            slider = self.sliders[name]
            slider.blockSignals(True)
            slider.setValue(round((min(max(value, lo), hi) - lo) / step))
            slider.blockSignals(False)
            marker = " " + tr("(what if)") if name in overrides else ""
            self.labels[name].setText(self._words(name, value, fmt) + marker)
        self.reset.setEnabled(bool(overrides))

    def set_pattern_miles(self, miles: float | None, pattern_miles: float | None = None) -> None:
        """With a driving pattern set, its days decide the miles: the slider starts at the pattern's yearly total
        (`pattern_miles`) and moving it scales every day of the pattern to `miles` (what if we drove more or
        less); None: no pattern, the household's miles a year."""
        slider = self.sliders["annual_miles"]
        if miles is None or pattern_miles is None:
            slider.setToolTip("")
            return
        slider.setToolTip(
            tr("Scales every day of your driving pattern (Driving tab) to this many km a year")
            if self.in_metric
            else tr("Scales every day of your driving pattern (Driving tab) to this many miles a year")
        )
        slider.blockSignals(True)
        slider.setValue(round(min(max(miles, 0.0), 60000.0) / 500.0))
        slider.blockSignals(False)
        scaled = tr(", x{factor:.2f} (what if)").format(factor=miles / pattern_miles) if abs(miles - pattern_miles) > 0.5 else ""
        distance = f"{miles * KM_PER_MI:,.0f} km" if self.in_metric else f"{miles:,.0f} mi"
        self.labels["annual_miles"].setText(tr("{distance} (pattern{scaled})").format(distance=distance, scaled=scaled))

    def _moved(self, name: str, position: int) -> None:
        _, _label, lo, hi, step, _fmt = next(s for s in SLIDERS if s[0] == name)
        lo, _hi, step = self._range(name, lo, hi, step)
        value = lo + position * step
        self.changed.emit(name, int(round(value)) if name == "years" else round(value, 4))
