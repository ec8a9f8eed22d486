"""The answer cards and the window's size (issue 16): driven offscreen through the real widgets."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import QPoint, QRect, QSize, Qt  # noqa: E402
from PySide6.QtWidgets import QLabel, QWidget  # noqa: E402

from buyer_app.core.costs.choices import VehicleChoice  # noqa: E402
from buyer_app.core.household.fields import Household  # noqa: E402
from buyer_app.core.profiles.samples import list_samples, load_sample  # noqa: E402
from buyer_app.core.profiles.schema import Profile  # noqa: E402
from buyer_app.text.wording import years_text  # noqa: E402
from buyer_app.ui.comparison_model import PRICE  # noqa: E402
from buyer_app.ui.main_window import CHART_MIN, PREFERRED, MainWindow, initial_size  # noqa: E402

TOTAL, BREAK_EVEN = 2, 5
CAMRY, MODEL_3 = 48032, 48765


def _open(qtbot, db, profile: Profile, size: QSize | None = None, run: bool = True) -> MainWindow:
    window = MainWindow(db, profile)
    qtbot.addWidget(window)
    if size is not None:
        window.resize(size)
    window.show()
    qtbot.waitExposed(window)
    if run:  # the cards' how-sure lines and the verdict's second line come with the uncertainty run
        qtbot.waitUntil(
            lambda: window.runner.latest is not None and window.runner.state not in ("pending", "running"), timeout=30_000
        )
    qtbot.wait(50)  # the panes are fitted after the last change
    return window


def _in_view(widget: QWidget, window: MainWindow) -> bool:
    """`widget` lies wholly inside the window and inside the visible part of every scroll area around it."""
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    if not window.rect().contains(rect):
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        visible = QRect(parent.mapTo(window, QPoint(0, 0)), parent.size())
        if not visible.contains(rect):
            return False
        parent = parent.parentWidget()
    return True


@pytest.mark.parametrize("key", [s.key for s in list_samples()])
def test_every_sample_shows_its_cards_in_full_and_a_chart_at_1280x720(qtbot, db, key: str) -> None:
    window = _open(qtbot, db, load_sample(key), QSize(1280, 720))
    cards = window.answer_cards.cards[: len(window.profile.vehicles)]
    assert len(cards) == len(window.profile.vehicles) >= 3
    for card in cards:
        assert card.isVisible() and _in_view(card, window), card.name.text()
        for label in card.findChildren(QLabel):
            if label.isVisible():  # every line has the height its wrapped words need: nothing cut mid-sentence
                assert label.height() >= label.heightForWidth(label.width()), label.text()
        assert "a month" in card.headline.text()
    assert window.answer_scroll.verticalScrollBar().maximum() == 0  # no scrolling to see the answer
    assert _in_view(window.verdict, window) and window.verdict.height() >= window.verdict.heightForWidth(window.verdict.width())
    assert window.charts.height() >= CHART_MIN
    assert _in_view(window.charts, window)


def test_the_minnesota_worry_is_on_the_cards(qtbot, db) -> None:
    window = _open(qtbot, db, load_sample("minnesota-commuters"), QSize(1280, 720))
    electric = [c for c, v in zip(window.answer_cards.cards, window.comparison.vehicles, strict=False) if v.powertrain == "bev"]
    assert electric
    for card in electric:
        assert "in January" in card.range.text() and card.range.isVisible()
        assert "road trips" in card.worry.text() and card.worry.isVisible()
    sure = [c.sure.text() for c in window.answer_cards.cards[:4]]
    assert all("of 10 futures" in s or "Almost" in s for s in sure)


def test_an_unpriced_car_gets_a_price_through_its_card(qtbot, db) -> None:
    profile = Profile("Used", Household(years=6), (VehicleChoice(MODEL_3), VehicleChoice(CAMRY, used=True)))
    window = _open(qtbot, db, profile, QSize(1280, 720), run=False)
    card = window.answer_cards.cards[1]
    model = window.results_model
    assert card.headline.text() == "Needs a price" and "$" not in card.total.text()
    assert card.price_box.isVisible()
    assert model.index(1, TOTAL).data() == "— needs a price" and model.index(1, 4).data() == "—"
    assert model.index(1, BREAK_EVEN).data() == "needs a price"
    assert model.index(1, PRICE).data() == "enter price"
    assert "needs a price" in window.verdict.text().lower() or "price is missing" in window.verdict.text()

    card.price_box.setFocus()
    qtbot.keyClicks(card.price_box, "abc")
    qtbot.keyClick(card.price_box, Qt.Key.Key_Return)
    assert card.price_problem.isVisible() and "'abc' is not allowed" in card.price_problem.text()
    assert window.profile.vehicles[1].price is None
    card.price_box.clear()
    qtbot.keyClicks(card.price_box, "$21,500")
    qtbot.keyClick(card.price_box, Qt.Key.Key_Return)

    assert window.profile.vehicles[1].price == 21500.0
    card = window.answer_cards.cards[1]
    total = window.comparison.vehicles[1].total_cost
    assert card.headline.text() == f"${total / 72:,.0f} a month"
    assert card.total.text() == f"${total:,.0f} over 6 years; your price $21,500"
    assert not card.price_box.isVisible() and not card.price_problem.isVisible()
    assert model.index(1, TOTAL).data() == f"${total:,.0f}"
    window.undo_stack.undo()  # the price typed in a card is one undoable edit
    assert window.answer_cards.cards[1].headline.text() == "Needs a price"


def test_break_even_words_in_the_table(qtbot, db) -> None:
    window = _open(qtbot, db, load_sample("new-york-retirees"), run=False)
    c = window.comparison
    pair = next(p for p in c.break_even if {p.a, p.b} == {c.vehicles[0].id, c.vehicles[1].id})
    when = years_text(pair.year)
    words = [window.results_model.index(r, BREAK_EVEN).data() for r in range(3)]
    assert words == ["—", f"pays back in {when}", "never pays back in 6 years"]
    window.move_selected(0)
    window.results.selectRow(1)
    window.move_selected(-1)  # the Niro EV first: the Camry is cheaper to buy but never the cheaper one in the end
    words = [window.results_model.index(r, BREAK_EVEN).data() for r in range(3)]
    assert words[0] == "—" and words[1] == f"cheaper for {when}"
    assert "never" not in words[1]


def test_details_opens_the_uncertainty_tab(qtbot, db) -> None:
    window = _open(qtbot, db, load_sample("colorado-family"), QSize(1280, 720))
    card = window.answer_cards.cards[0]
    assert "details" in card.sure.text()
    card.sure.linkActivated.emit("details")
    assert window.left_tabs.tabText(window.left_tabs.currentIndex()) == "&Uncertainty"
    assert window.tab_names[window.charts.currentIndex()] == "cheapest"


def test_a_what_if_step_updates_the_cards(qtbot, db) -> None:
    window = _open(qtbot, db, load_sample("texas-high-mileage"), run=False)
    before = [c.headline.text() for c in window.answer_cards.cards[:3]]
    slider = window.whatif.sliders["gas_price"]
    slider.setValue(slider.value() + 40)  # $2 a gallon more
    after = [c.headline.text() for c in window.answer_cards.cards[:3]]
    assert after != before and after[0] != before[0]  # the gasoline F-150 costs more a month


def test_the_first_size_fits_the_screen(qtbot, db) -> None:
    assert initial_size(QSize(1366, 740)) == QSize(1284, 681)  # a 1366x768 laptop less its panel
    assert initial_size(QSize(1280, 690)) == QSize(1203, 635)  # 2560x1440 at 2x scale
    assert initial_size(QSize(2560, 1400)) == PREFERRED
    window = MainWindow(db)
    qtbot.addWidget(window)
    room = window.screen().availableGeometry()
    assert room.width() < PREFERRED.width()  # the offscreen screen is small: the window must fit it
    assert window.width() <= room.width() and window.height() <= room.height()


def test_a_remembered_size_larger_than_the_screen_is_fitted(qtbot, db) -> None:
    first = MainWindow(db)
    qtbot.addWidget(first)
    first.resize(3000, 2000)
    first.save_layout()
    second = MainWindow(db)
    qtbot.addWidget(second)
    room = second.screen().availableGeometry()
    assert second.width() <= room.width() and second.height() <= room.height()


def test_cards_follow_the_profiles_units(qtbot, db) -> None:
    from buyer_app.core.household.choices import UnitSystem

    window = _open(qtbot, db, load_sample("minnesota-commuters"), run=False)
    electric = window.answer_cards.cards[0]
    assert " mi" in electric.range.text()
    window._units_chosen(UnitSystem.METRIC)
    assert window.display().metric
    assert " km" in electric.range.text() and " mi" not in electric.range.text()
    window.undo_stack.undo()
    assert " mi" in electric.range.text()
