"""The Chinese window reads Chinese (issue 17, item 4): the Shanghai sample opened in zh_CN, every tab of the left
pane (the list, the Household form, each driving pattern's editor and the Uncertainty panel), the results' tabs,
the menus, a vehicle's details and the welcome, looked at as a reader sees them: no visible label, button, group
title, tab, combo box choice or menu entry may hold an English word. A word here is a run of four or more ASCII
letters; names (the cars', the places', the data sources'), units and codes are not words to translate and are
listed below, each for a reason. The English window reads as before (its labels are the English templates
themselves; the regression outputs pin the rest)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QMenu, QTabBar, QWidget  # noqa: E402

from buyer_app.core.household.fields import FIELDS  # noqa: E402
from buyer_app.core.profiles.samples import list_samples, load_sample  # noqa: E402
from buyer_app.text.field_words import field_label  # noqa: E402
from buyer_app.text.translate import tr, use_language  # noqa: E402
from buyer_app.ui.language import apply_language  # noqa: E402
from buyer_app.ui.main_window import MainWindow  # noqa: E402
from buyer_app.ui.vehicle_details import VehicleDetailsDialog  # noqa: E402
from buyer_app.ui.welcome import WelcomeDialog  # noqa: E402

# names, units and codes: not words of the language (each kept as written in Chinese texts too)
NAMES = {
    "Vehicle",  # the product's name, "Vehicle Buyer", kept as the brand
    "Buyer",
    "Rewiring",  # Rewiring America, the incentive data's publisher
    "America",
    "NOAA",  # data sources and their products
    "NCEI",
    "nClimDiv",
    "CLTC",  # test cycles
    "WLTP",
    "MSRP",
    "PHEV",
    "YYYY",  # the date format typed
    "TeslaMate",  # the apps and exports a driving history comes from (issue 18), named as they name themselves
    "Grafana",
    "Drives",  # Grafana's dashboard of that name
    "Google",
    "Takeout",
    "evcc",
    "eGRID",  # EPA's grid emissions database
}
WORD = re.compile(r"[A-Za-z][A-Za-z0-9._/\\:+-]*")


@pytest.fixture(autouse=True)
def english_after(qapp) -> Iterator[None]:
    yield
    use_language("en")
    apply_language(qapp, "en")


def english_words(text: str, names: set[str]) -> list[str]:
    """The English words in `text`: runs of 4+ ASCII letters that are not a name, a file, an address or a code."""
    text = re.sub(r"<[^>]+>", " ", text).replace("&nbsp;", " ").replace("&", "")
    text = re.sub(r"`[^`]*`", " ", text)  # a command to type, as typed (`buyer-app db import ...`)
    words = []
    for token in WORD.findall(text):
        if any(c in token for c in "0123456789._/\\:"):  # a file, an address, a model code (eGRID2023, 7:240)
            continue
        for word in token.replace("-", " ").replace("+", " ").split():
            if len(word) > 3 and word not in names and not word.isupper():  # CNY, EPA, BYD: codes and initials
                words.append(word)
    return words


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(what, text) of every visible label, button, group box title, tab and combo box choice under `root`."""
    out: list[tuple[str, str]] = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        if isinstance(w, QLabel):
            out.append((type(w).__name__, w.text()))
        elif isinstance(w, QAbstractButton):
            out.append((type(w).__name__, w.text()))
        elif isinstance(w, QGroupBox):
            out.append(("QGroupBox", w.title()))
        elif isinstance(w, QTabBar):
            out.extend(("QTabBar", w.tabText(k)) for k in range(w.count()))
        elif isinstance(w, QComboBox):
            out.append(("QComboBox", w.currentText()))  # the choice on show (a list of places is data)
    return out


def menu_texts(menu: QMenu) -> list[tuple[str, str]]:
    out = [("QMenu", menu.title())]
    for action in menu.actions():
        if action.menu() is not None:
            out.extend(menu_texts(action.menu()))
        elif action.text():
            out.append(("QAction", action.text()))
    return out


def _names(window: MainWindow) -> set[str]:
    """The cars' names and the samples' own names and descriptions (data, as their owners wrote them)."""
    names = set(NAMES)
    texts = [v.label for v in window.comparison.vehicles] if window.comparison else []
    texts += [f"{s.name} {s.description}" for s in list_samples()]
    for text in texts:
        names.update(re.findall(r"[A-Za-z]+", text))
    return names


def _shanghai(qtbot, db) -> MainWindow:
    window = MainWindow(db, load_sample("shanghai-family"))
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.comparison is not None, timeout=10000)
    return window


def test_the_chinese_window_on_the_shanghai_sample_has_no_english_word(qtbot, qapp, db) -> None:
    assert apply_language(qapp, "zh_CN") == "zh_CN"
    window = _shanghai(qtbot, db)
    names = _names(window)
    found: dict[str, set[str]] = {}

    def look(place: str, texts: list[tuple[str, str]]) -> None:
        for what, text in texts:
            for word in english_words(text, names):
                found.setdefault(f"{place} {what}: {text[:90]!r}", set()).add(word)

    tabs = window.left_tabs
    for k in range(tabs.count()):
        tabs.setCurrentIndex(k)
        qtbot.wait(20)
        look(f"left tab {k}", visible_texts(window))
    tabs.setCurrentWidget(tabs.widget(2))  # every driving pattern's editor and the typed climate
    for k in range(window.driving.kind.count()):
        window.driving.kind.setCurrentIndex(k)
        qtbot.wait(10)
        look(f"driving pattern {k}", visible_texts(window.driving))
    window.driving.climate_combo.setCurrentIndex(window.driving.climate_combo.count() - 1)
    look("typed climate", visible_texts(window.driving))
    for k in range(window.charts.count()):
        window.charts.setCurrentIndex(k)
        qtbot.wait(20)
        look(f"results tab {k}", visible_texts(window.charts))
    for action in window.menuBar().actions():
        if action.menu() is not None:
            look("menu", menu_texts(action.menu()))
    window.results.selectRow(0)
    details = VehicleDetailsDialog(window.profile.vehicles[0], window.comparison.vehicles[0].label, window)
    qtbot.addWidget(details)
    details.show()
    qtbot.waitExposed(details)
    look("vehicle details", visible_texts(details))
    details.reject()
    welcome = WelcomeDialog(window)
    qtbot.addWidget(welcome)
    welcome.show()
    qtbot.waitExposed(welcome)
    look("welcome", [(w, t) for w, t in visible_texts(welcome) if w != "QCommandLinkButton"])  # samples: their names
    assert not found, "\n".join(f"{where}: {sorted(words)}" for where, words in found.items())


def test_the_household_labels_follow_the_language_and_the_english_stays_the_core_s(qapp) -> None:
    """Each field's label in the table of words is the core's English one (they cannot drift apart), and every
    one has its Chinese."""
    for spec in FIELDS:
        assert field_label(spec.name) == spec.label
    apply_language(qapp, "zh_CN")
    for spec in FIELDS:
        words = field_label(spec.name)
        assert words != spec.label and any("\u4e00" <= ch <= "\u9fff" for ch in words), spec.name
    assert tr("{currency}/yr").format(currency="CNY") == "CNY/年"


def test_the_word_check_catches_english(qapp) -> None:
    """The check itself: an English sentence is caught, names, codes, units and files are not."""
    names = {"Xiaomi", "Camry"}
    assert english_words("Loading live results…", names) == ["Loading", "live", "results"]
    assert english_words("2025 Xiaomi YU7 与 Camry：¥1,234/年，CNY/L，vehicles.csv，7:240，EPA，kWh", names) == []


def test_a_metric_profile_types_its_days_in_km_and_a_us_one_in_miles(qtbot, db) -> None:
    """The Shanghai family's driving in km (as its answer is shown); the pattern keeps miles, exactly while a figure
    is not edited; the relative's price in yuan."""
    from PySide6.QtWidgets import QFormLayout

    from buyer_app.core.driving.patterns import SimplePattern
    from buyer_app.text.units import KM_PER_MI

    window = _shanghai(qtbot, db)
    driving = window.driving
    pattern = window.profile.driving
    assert isinstance(pattern, SimplePattern) and driving.km
    weekday = driving.simple_edits["weekday_mi"]
    assert weekday.text() == f"{round(pattern.weekday_mi * KM_PER_MI, 2):g}"
    form = driving._simple_form
    assert isinstance(form, QFormLayout) and form.labelForField(weekday).text() == "Typical weekday (km)"
    assert "¥" in driving.calendar_box.price_label.text() and "$" not in driving.calendar_box.price_label.text()
    weekend = driving.simple_edits["weekend_mi"]
    weekend.selectAll()
    qtbot.keyClicks(weekend, "50")
    qtbot.waitUntil(lambda: abs(window.profile.driving.weekend_mi - 50 / KM_PER_MI) < 1e-9, timeout=5000)
    assert window.profile.driving.weekday_mi == pattern.weekday_mi  # the figure not edited keeps its exact miles
    window.show_profile(load_sample("minnesota-commuters"))
    assert not driving.km and form.labelForField(weekday).text() == "Typical weekday (mi)"
    assert "$" in driving.calendar_box.price_label.text()
