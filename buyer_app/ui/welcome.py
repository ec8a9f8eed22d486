"""First run: a short welcome over the (blank) window, offering the sample households and a blank start.

Shown by app.py only when there is no profile to open (nothing to recover, no last profile, no saved
profile). A chosen sample is copied into the user's profiles folder under its name (a free name when
one is taken) and opened from there like any saved profile: later starts reopen it, Save keeps changes
in the copy, and the shipped sample never changes. "Start blank" (or closing the welcome) keeps the
empty, unsaved comparison behind it.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from buyer_app.core.data_sets.summary import all_data_sets, data_today, market_data_sets
from buyer_app.core.errors import InputError
from buyer_app.core.incentives.catalogue import _read as read_incentive_file
from buyer_app.core.markets.market import installed_market_codes, load_market
from buyer_app.core.profiles.samples import Sample, list_samples, load_sample
from buyer_app.core.profiles.schema import Profile
from buyer_app.core.profiles.store import path_for, profiles_dir, save_profile
from buyer_app.core.region.state_figures import STATES, state_defaults
from buyer_app.core.vehicles.database import VehicleDatabase
from buyer_app.text.data_sets import data_set_lines, stale_lines
from buyer_app.text.field_words import market_words, problems_words
from buyer_app.text.translate import current_language, tr, tr_noop, trn


class WelcomeHost(Protocol):
    """What the welcome needs of the window it opens over (the main window is one)."""

    db: VehicleDatabase

    def window(self) -> QWidget: ...  # the dialog's parent

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 (Qt's name)

    def warn(self, title: str, text: str) -> None: ...

    def load(self, profile: Profile, path: Path | None) -> None: ...

    def open_path(self, path: Path) -> str | None: ...


WHAT_IT_DOES = tr_noop(
    "Vehicle Buyer works out what a battery-electric car, a plug-in hybrid, a hybrid or a gasoline car would "
    "cost your household over the years you keep it (purchase, financing, energy, maintenance, insurance, fees, "
    "incentives and resale), and whether its range and charging fit the way you drive. It runs offline on your "
    "own numbers: every figure can be changed, and each says where it comes from."
)
SAMPLES_NOTE = tr_noop(
    "A sample is copied into your profiles folder ({folder}) and opened from there, so the next start reopens "
    "it; the original stays as shipped. Prices the app's table lacks, lease offers and incomes in the samples "
    "are illustrative inputs, not quotes."
)


def _age(day: str, today: date) -> str:
    """'12 months old' for an ISO date (or its year-month: the month's first day); empty when it cannot be read."""
    try:
        parts = [int(p) for p in day.split("-")[:3]]
    except ValueError:
        return ""
    if len(parts) < 2:
        return ""
    months = (today.year - parts[0]) * 12 + today.month - parts[1] - (1 if len(parts) == 3 and today.day < parts[2] else 0)
    if months < 1:
        return tr("less than a month old")
    if months < 24:
        return trn("{} month old", "{} months old", months).format(months)
    return trn("{} year old", "{} years old", months // 12).format(months // 12)


def _dated(day: str, today: date) -> str:
    age = _age(day, today)
    return f"{day} ({age})" if age else day


def incentive_data_date() -> str:
    """The date of the incentive data the catalogue was imported from (Rewiring America)."""
    return str(read_incentive_file("catalogue.json").get("data_date", tr("unknown date")))


def state_figure_dates() -> dict[str, list[str]]:
    """Per regional field, the as-of dates of the states' figures (national row left out)."""
    dates: dict[str, list[str]] = {}
    for state in STATES:
        for name, value in state_defaults(state).items():
            if value.value is not None and value.as_of:
                dates.setdefault(name, []).append(value.as_of)
    return dates


def _years(days: list[str]) -> str:
    """'2014–2026': the span of the years named in the dates."""
    years = sorted({int(y) for d in days for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", d)})
    if not years:
        return tr("undated")
    return str(years[0]) if years[0] == years[-1] else f"{years[0]}–{years[-1]}"


def _most_common(days: list[str]) -> str:
    return Counter(days).most_common(1)[0][0]


def data_text(metadata: dict[str, Any], prices_as_of: str, origin: str, today: date | None = None) -> str:
    """Where the figures come from and how old they are, in one paragraph."""
    today = today or date.today()
    years = sorted(metadata.get("by_year", {}))
    count = metadata.get("vehicles")
    which = tr("the fueleconomy.gov file you imported") if origin == "imported" else tr("the US EPA / DOE fueleconomy.gov file")
    vehicles = (
        (trn("{} vehicle", "{} vehicles", count).format(f"{count:,}") if isinstance(count, int) else tr("vehicles"))
        + (tr(" of model years {first}–{last}").format(first=years[0], last=years[-1]) if years else "")
        + tr(" from {which} vehicles.csv of {date}").format(
            which=which, date=_dated(str(metadata.get("source_date", tr("unknown date"))), today)
        )
    )
    dates = state_figure_dates()
    state = [
        tr("electricity prices of {} (EIA)").format(_years(dates["electricity_price"])) if "electricity_price" in dates else "",
        tr("gasoline of the week of {} (EIA)").format(max(dates["gas_price"])) if "gas_price" in dates else "",
        tr("vehicle sales tax mostly as of {}").format(_most_common(dates["sales_tax_rate"]))
        if "sales_tax_rate" in dates
        else "",
        tr("EV and hybrid fees set {}").format(_years(dates["bev_surcharge"])) if "bev_surcharge" in dates else "",
        tr("grid CO2 from eGRID2023 (published {})").format(max(dates["grid_co2_lb_per_mwh"]))
        if "grid_co2_lb_per_mwh" in dates
        else "",
    ]
    return tr(
        "Where the figures come from: {vehicles}; base prices from the app's curated table, newest as of "
        "{prices}; incentives from Rewiring America's data of {incentives} plus the federal programs; state figures: "
        "{states}."
    ).format(
        vehicles=vehicles,
        prices=_dated(prices_as_of, today),
        incentives=_dated(incentive_data_date(), today),
        states=tr(", ").join(s for s in state if s),
    )


def market_text(code: str, today: date | None = None) -> str:
    """A market pack's data in one sentence: its vehicles and prices, its city figures and incentives, with their
    dates (the newest row's) and the pack's build date."""
    today = today or date.today()
    sets = {s.key.removeprefix(f"{code}-"): s for s in market_data_sets(code)}
    if not sets:
        return ""
    vehicles, regions, incentives = sets["vehicles"], sets["regions"], sets["incentives"]
    return tr(
        "The {market} market (the app's pack, built {built}): {vehicles} with prices as of {prices}; city figures as "
        "of {regions}; incentives checked {incentives}."
    ).format(
        market=market_words(load_market(code).name),
        built=vehicles.built,
        vehicles=trn("{} vehicle", "{} vehicles", vehicles.rows).format(f"{vehicles.rows:,}"),
        prices=_dated(vehicles.as_of, today),
        regions=_dated(regions.as_of, today),
        incentives=_dated(incentives.as_of, today),
    )


def welcome_markets(window: object) -> list[str]:
    """The market packs whose data the welcome names: the open profile's market, and every pack for a Chinese
    reader (the packs are China's)."""
    profile = getattr(window, "profile", None)
    current = profile.market if isinstance(profile, Profile) else "us"
    chinese = current_language().startswith("zh")
    return [c for c in installed_market_codes() if c != "us" and (c == current or chinese)]


class WelcomeDialog(QDialog):
    """The welcome: what the app does, its data and their age (a line per data set, and a warning for any more than
    12 months old), the samples and a blank start.

    `choice` is the chosen sample once accepted (None: start blank)."""

    def __init__(self, window: WelcomeHost, samples: tuple[Sample, ...] | None = None) -> None:
        super().__init__(window.window())
        self.setWindowTitle(tr("Welcome to Vehicle Buyer"))
        self.setObjectName("welcome")
        self.choice: Sample | None = None
        self.samples = list_samples() if samples is None else samples
        # the content scrolls when it is taller than the screen (the Chinese text on a 1280x720 screen)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        layout = QVBoxLayout(body)
        title = QLabel(tr("Welcome to Vehicle Buyer"))
        title.setStyleSheet("font-size: 15pt; font-weight: 600")
        layout.addWidget(title)
        db = window.db
        markets = [market_text(code) for code in welcome_markets(window)]
        for text in (tr(WHAT_IT_DOES), data_text(db.metadata, db.prices_as_of, db.origin), *filter(None, markets)):
            label = QLabel(text, wordWrap=True, textFormat=Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        sets = all_data_sets()
        self.data_label = QLabel("\n".join(data_set_lines(sets)), textFormat=Qt.TextFormat.PlainText)
        self.data_label.setObjectName("welcome-data-sets")
        self.data_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.data_label)
        warnings = stale_lines(sets, data_today())
        self.stale_label = QLabel("\n".join(warnings), wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.stale_label.setObjectName("welcome-stale")
        self.stale_label.setStyleSheet("color: #9a3b00; font-weight: 600")
        self.stale_label.setVisible(bool(warnings))
        layout.addWidget(self.stale_label)
        heading = QLabel(tr("Start with one of these households, or with a blank comparison:"))
        heading.setStyleSheet("font-weight: 600")
        layout.addSpacing(6)
        layout.addWidget(heading)
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        self.sample_buttons: list[QCommandLinkButton] = []
        for k, sample in enumerate(self.samples):
            button = QCommandLinkButton(sample.name, sample.description)
            button.setAccessibleName(tr("Open the sample: {}").format(sample.name))
            button.clicked.connect(lambda _checked=False, s=sample: self.choose(s))
            grid.addWidget(button, k // 2, k % 2)
            self.sample_buttons.append(button)
        self.blank_button = QCommandLinkButton(
            tr("Start blank"),
            tr("An empty comparison with the national averages: pick your state, then add vehicles from the list."),
        )
        self.blank_button.clicked.connect(lambda: self.choose(None))
        grid.addWidget(self.blank_button, (len(self.samples) + 1) // 2, 0, 1, 2)
        layout.addWidget(grid_host)
        note = QLabel(tr(SAMPLES_NOTE).format(folder=profiles_dir()), wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        layout.addWidget(note)
        # the choice under the keyboard must show (the platform style draws no focus frame on these buttons)
        self.setStyleSheet(
            "QCommandLinkButton { border: 2px solid transparent; border-radius: 4px; }"
            " QCommandLinkButton:focus { border: 2px solid palette(highlight); background: palette(alternate-base); }"
        )
        scroll.setWidget(body)
        outer.addWidget(scroll)
        self.setMinimumWidth(880)
        height = layout.heightForWidth(880) if layout.hasHeightForWidth() else body.sizeHint().height()
        screen = self.screen() or window.window().screen()
        room = screen.availableGeometry().height() - 60 if screen is not None else height
        self.resize(880, max(min(height, room), 1))
        if self.sample_buttons:
            self.sample_buttons[0].setFocus()

    def choose(self, sample: Sample | None) -> None:
        self.choice = sample
        self.accept()


def _free_path(name: str) -> Path:
    target, suffix = path_for(name), 2
    while target.exists():
        target = path_for(f"{name} {suffix}")
        suffix += 1
    return target


def open_sample(window: WelcomeHost, sample: Sample) -> Path | None:
    """Copy the sample into the profiles folder and open the copy; where it went (None: opened unsaved, or not
    at all, and the window says why)."""
    try:
        profile = load_sample(sample)
    except InputError as exc:
        window.warn(
            tr("Sample not opened"),
            tr("The sample “{}” could not be read: ").format(sample.name) + problems_words(exc.problems),
        )
        return None
    target = _free_path(profile.name)
    try:
        save_profile(profile, target)
    except OSError as exc:
        window.load(profile, None)
        window.statusBar().showMessage(
            tr("Opened the sample without saving it: {folder} cannot be written ({error}). Use Save As to keep it.").format(
                folder=target.parent, error=exc.strerror
            ),
            20000,
        )
        return None
    window.open_path(target)
    window.statusBar().showMessage(
        tr("Opened the sample “{name}”, saved as {path}.").format(name=profile.name, path=target), 15000
    )
    return target


def show_welcome(window: WelcomeHost) -> WelcomeDialog:
    """Open the welcome over the window (window-modal, not blocking); a choice opens the sample."""
    dialog = WelcomeDialog(window)

    def chosen() -> None:
        if dialog.choice is not None:
            open_sample(window, dialog.choice)

    dialog.accepted.connect(chosen)
    dialog.open()
    return dialog
