"""The Driving tab's climate follows the profile's market (issue 17): a China profile is offered the pack's cities,
named in the reader's language with the pack's source, and types temperatures in C; a US profile reads as before."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

pytest.importorskip("pytestqt")

from buyer_app.core.profiles.samples import load_sample  # noqa: E402
from buyer_app.core.profiles.store import path_for  # noqa: E402
from buyer_app.text.translate import use_language  # noqa: E402
from buyer_app.ui.language import apply_language  # noqa: E402
from buyer_app.ui.main_window import MainWindow  # noqa: E402


@pytest.fixture(autouse=True)
def english_after(qapp) -> Iterator[None]:
    yield
    use_language("en")
    apply_language(qapp, "en")


def _open(qtbot, db, key: str | None) -> MainWindow:
    window = MainWindow(db, load_sample(key)) if key else MainWindow(db)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


def _choose(window: MainWindow, code: str) -> None:
    combo = window.driving.climate_combo
    assert combo.findData(code) >= 0, code
    combo.setCurrentIndex(combo.findData(code))


def _type(window: MainWindow, month: int, text: str) -> None:
    edit = window.driving.temp_edits[month]
    edit.setText(text)
    edit.textEdited.emit(text)


def test_a_china_profile_is_offered_the_pack_cities_with_their_source_and_saves_one(qtbot, db) -> None:
    window = _open(qtbot, db, "shanghai-family")
    combo = window.driving.climate_combo
    codes = [combo.itemData(k) for k in range(combo.count())]
    assert codes[0] == "" and codes[-1] == "manual"
    assert {"CN-SH", "CN-HRB", "CN-BJ"} <= set(codes) and "MN" not in codes and "CN" not in codes  # no national means
    assert "average US" not in combo.itemText(0)
    _choose(window, "CN-HRB")
    climate = window.profile.climate
    assert climate is not None and climate.state == "CN-HRB"
    assert climate.monthly_f[0] == pytest.approx(-17.3 * 9 / 5 + 32)  # the core's F, from the pack's -17.3 C
    note = window.driving.climate_note.text()
    assert note.startswith("Harbin: Jan -17") and " C. Source: " in note and "NOAA" not in note
    assert "China Meteorological Administration" in note and "1991-2020 normals" in note
    assert window.save_as("Harbin winters")
    saved = json.loads(path_for("Harbin winters").read_text())
    assert saved["climate"] == {"state": "CN-HRB"}
    other = MainWindow(db)
    qtbot.addWidget(other)
    assert other.open_path(path_for("Harbin winters")) is None
    assert other.profile.climate == climate and other.driving.climate_combo.currentData() == "CN-HRB"
    assert other.driving.climate_note.text() == note


def test_temperatures_are_typed_in_c_for_a_metric_profile_and_kept_exact(qtbot, db) -> None:
    window = _open(qtbot, db, "shanghai-family")
    _choose(window, "CN-SH")
    shanghai = window.profile.climate
    assert shanghai is not None
    window.driving.climate_combo.setCurrentIndex(window.driving.climate_combo.count() - 1)  # from the city's, in C
    assert "(C)" in window.driving.temp_edits[0].accessibleName()
    window.driving.climate_combo.setCurrentIndex(window.driving.climate_combo.count() - 1)
    assert window.driving.temp_edits[0].text() == "4.5" and window.driving.temp_edits[6].text() == "28.5"
    _type(window, 0, "-10")
    typed = window.profile.climate
    assert typed is not None and typed.state == "" and typed.monthly_f[0] == pytest.approx(14.0)
    assert typed.monthly_f[6] == shanghai.monthly_f[6]  # not edited: the exact F, not a rounded C figure
    assert window.driving.climate_note.text().startswith("Jan -10, ") and " C, as entered." in window.driving.climate_note.text()
    _type(window, 1, "70")
    problems = window.driving.problem_label.text()
    assert "70" in problems and "-51 to 49 C" in problems and "border" in window.driving.temp_edits[1].styleSheet()
    assert window.profile.climate == typed  # the last valid one stays
    assert window.save_as("Typed in C")
    saved = json.loads(path_for("Typed in C").read_text())
    assert saved["climate"]["monthly_f"][0] == pytest.approx(14.0)
    other = MainWindow(db)
    qtbot.addWidget(other)
    assert other.open_path(path_for("Typed in C")) is None
    assert other.profile.climate == typed and other.driving.temp_edits[0].text() == "-10"


def test_the_cities_read_in_chinese_in_a_chinese_window(qtbot, qapp, db) -> None:
    use_language("zh_CN")
    apply_language(qapp, "zh_CN")
    window = _open(qtbot, db, "shanghai-family")
    combo = window.driving.climate_combo
    assert combo.itemText(combo.findData("CN-HRB")) == "哈尔滨"
    _choose(window, "CN-HRB")
    assert window.driving.climate_note.text().startswith("哈尔滨：一月 -17")


def test_a_us_profile_reads_as_before_and_a_market_change_brings_the_states_back(qtbot, db) -> None:
    window = _open(qtbot, db, None)
    combo = window.driving.climate_combo
    assert combo.itemText(0) == "Your state's (Household tab; average US without one)"
    assert combo.count() == 53 and combo.findData("MN") == combo.findData("MN") >= 1
    _choose(window, "MN")
    assert window.driving.climate_note.text().startswith("Minnesota (NOAA 1991-2020 statewide mean): Jan ")
    assert " F. Source: NOAA NCEI" in window.driving.climate_note.text()
    combo.setCurrentIndex(combo.count() - 1)
    assert window.driving.temp_edits[0].text() == f"{window.profile.climate.monthly_f[0]:g}"
    assert "(F)" in window.driving.temp_edits[0].accessibleName()
    window.show_profile(load_sample("shanghai-family"))
    assert combo.findData("MN") < 0 and combo.findData("CN-SH") >= 0
    window.show_profile(load_sample("minnesota-commuters"))
    assert combo.itemText(0) == "Your state's (Household tab; average US without one)" and combo.findData("MN") >= 1
    assert combo.findData("CN-SH") < 0 and "(F)" in window.driving.temp_edits[0].accessibleName()


def test_a_place_of_another_market_is_shown_as_its_temperatures(qtbot, db) -> None:
    """A climate whose place the list lacks (the profile's market changed under it) shows as its twelve temperatures,
    with its own source, and reads back the same."""
    from buyer_app.core.markets.market import US_MARKET

    window = _open(qtbot, db, "shanghai-family")
    _choose(window, "CN-HRB")
    harbin = window.profile.climate
    panel = window.driving
    panel.set_market(US_MARKET)
    assert panel.climate_combo.currentData() == "manual" and panel.climate == harbin
    assert panel.temp_edits[0].text() == "-17.3" and panel.climate_note.text().startswith("Harbin: Jan -17")
    _type(window, 6, "24")  # one month edited: the others keep their exact figures
    typed = panel.read()[1]
    assert typed is not None and typed.monthly_f[0] == harbin.monthly_f[0] and typed.monthly_f[6] == pytest.approx(75.2)
