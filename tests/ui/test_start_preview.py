"""The saved answer at start (issue 16, item 9): written for a saved profile, shown at once by the next start, then
replaced by the live window; never shown when it is stale, damaged, of another version or when a crash left
unsaved changes, and never a what-if. Through the real start path (`buyer_app.ui.app.open_window`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QApplication

from buyer_app.core.files.storage import HOST_TAG
from buyer_app.core.profiles.answer_cache import answer_path, read_answer
from buyer_app.core.profiles.recovery import RecoveryFile
from buyer_app.core.profiles.samples import load_sample
from buyer_app.core.profiles.store import save_profile
from buyer_app.text.card import SIMULATING, card_from_dict
from buyer_app.ui import app as start
from buyer_app.ui.settings_store import settings
from buyer_app.ui.start_preview import LOADING


@pytest.fixture
def saved(monkeypatch, db):
    """The Minnesota sample saved as a profile and opened last; the window loads the session's database."""
    monkeypatch.setattr("buyer_app.core.vehicles.database.load_database", lambda: db)
    path = save_profile(load_sample("minnesota-commuters"))
    s = settings()
    s.setValue("last_profile", str(path))
    s.sync()
    return path


def _settled(qtbot, window) -> None:
    """The uncertainty run of the inputs on show has finished and its words are on the cards."""
    qtbot.waitUntil(lambda: window.current_cards() and all(c.sure != SIMULATING for c in window.current_cards()), timeout=20000)


def _first_run(qtbot, path) -> dict:
    """A window on the saved profile, left to settle and closed: the saved answer it kept."""
    started = start.open_window()
    assert started.preview is None and started.window.path == path
    window = started.window
    qtbot.addWidget(window)
    _settled(qtbot, window)
    assert window.close()
    return json.loads(answer_path().read_text(encoding="utf-8"))


def _card_texts(cards) -> list[tuple[str, str, str, str]]:
    return [(c.name.text(), c.headline.text(), c.total.text(), c.standing.text()) for c in cards.cards if c.isVisibleTo(cards)]


def test_the_answer_is_kept_after_a_pause_for_a_saved_profile_and_never_in_the_profile(qtbot, saved):
    profile_text = saved.read_text(encoding="utf-8")
    started = start.open_window()
    window = started.window
    qtbot.addWidget(window)
    _settled(qtbot, window)

    def kept_now() -> bool:  # written after a pause (a slow run may have let one pass while it simulated)
        return answer_path().exists() and [card_from_dict(c) for c in read_answer().cards] == window.current_cards()

    qtbot.waitUntil(kept_now, timeout=8000)  # no close needed
    kept = read_answer()
    assert kept.profile == saved and kept.stamp == (saved.stat().st_mtime_ns, saved.stat().st_size)
    assert kept.verdict == window.verdict.text() and kept.title.startswith("Minnesota")
    assert saved.read_text(encoding="utf-8") == profile_text  # the profile file is untouched: no cards in it
    assert "headline" not in profile_text


def test_a_what_if_or_an_unsaved_edit_is_not_kept_as_the_saved_answer(qtbot, saved):
    started = start.open_window()
    window = started.window
    qtbot.addWidget(window)
    _settled(qtbot, window)
    assert window.keeper.keep() or window.keeper.written is not None
    before = answer_path().read_bytes()
    slider = next(iter(window.whatif.sliders.values()))
    slider.setValue(slider.maximum())  # a what-if, as the reader drags it
    assert window.profile.what_if
    assert window.keeper.answer() is None and not window.keeper.keep()
    assert answer_path().read_bytes() == before
    window.whatif.reset.click()  # back to the household's values: the saved answer again
    assert not window.profile.what_if
    assert window.keeper.answer() is not None  # the profile on show is the file's again (the stack is not clean)
    window.results.selectRow(0)
    window.remove_selected()  # an edit, not saved
    assert window.keeper.answer() is None and not window.keeper.keep()
    assert answer_path().read_bytes() == before
    assert window.save()  # saved: after a pause the answer follows the file, without closing the window
    stamp = (saved.stat().st_mtime_ns, saved.stat().st_size)

    def follows() -> bool:  # the answer of the file as saved now (the run's words may come in one pause later)
        kept = read_answer()
        return kept.stamp == stamp and [card_from_dict(c) for c in kept.cards] == window.current_cards()

    qtbot.waitUntil(follows, timeout=8000)
    assert len(window.current_cards()) == len(load_sample("minnesota-commuters").vehicles) - 1


def test_the_next_start_shows_the_saved_answer_then_the_live_window_in_its_place(qtbot, saved):
    kept = _first_run(qtbot, saved)
    QApplication.processEvents()
    started = start.open_window()
    window, preview = started.window, started.preview
    qtbot.addWidget(window)
    assert preview is not None and preview.painted  # the cards painted before the live window was built
    assert preview.loading.text() == LOADING and preview.windowTitle() == kept["title"]
    assert preview.verdict.text() == kept["verdict"]
    assert not preview.isVisible() and window.isVisible()  # the live window took its place
    assert window.geometry() == preview.geometry()
    _settled(qtbot, window)
    assert _card_texts(preview.cards) == _card_texts(window.answer_cards)
    assert [w.card for w in preview.cards.cards] == window.current_cards()
    x, y, width, _height, was = kept["cards_at"]
    pane = window.answer_pane()
    assert (pane.mapTo(window, pane.rect().topLeft()).x(), was) == (x, window.width())
    assert preview.pane.geometry().topLeft() == pane.mapTo(window, pane.rect().topLeft())


def _no_preview_then_normal(qtbot, path):
    started = start.open_window()
    qtbot.addWidget(started.window)
    assert started.preview is None
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible() and type(w).__name__ == "StartPreview"]
    return started.window


def test_a_profile_changed_on_disk_makes_the_saved_answer_stale(qtbot, saved):
    _first_run(qtbot, saved)
    profile = load_sample("minnesota-commuters")
    save_profile(replace(profile, name=profile.name + " (edited elsewhere)"), saved)
    window = _no_preview_then_normal(qtbot, saved)
    assert window.path == saved and window.profile.name.endswith("(edited elsewhere)")


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text[: len(text) // 2],  # cut short
        lambda text: "\0\1not json",
        lambda text: text.replace('"version": "', '"version": "0.0.0-other'),
        lambda text: text.replace('"headline"', '"headlines"', 1),
        lambda text: text.replace('"cards_at": [', '"cards_at": [-5, '),
        lambda text: json.dumps({**json.loads(text), "cards": "all of them"}),
        lambda text: " " * (300 * 1024) + text,  # larger than any the app writes
    ],
    ids=["truncated", "binary", "other-version", "bad-card", "bad-place", "cards-not-a-list", "too-large"],
)
def test_a_damaged_or_foreign_saved_answer_is_not_shown(qtbot, saved, damage):
    _first_run(qtbot, saved)
    answer_path().write_text(damage(answer_path().read_text(encoding="utf-8")), encoding="utf-8")
    window = _no_preview_then_normal(qtbot, saved)
    assert window.path == saved and window.comparison is not None


def test_a_folder_in_place_of_the_saved_answer_is_not_shown(qtbot, saved):
    answer_path().mkdir()
    window = _no_preview_then_normal(qtbot, saved)
    assert window.path == saved


def test_unsaved_changes_from_a_crash_win_over_the_saved_answer(qtbot, saved):
    _first_run(qtbot, saved)
    profile = load_sample("minnesota-commuters")
    changed = replace(profile, name="Changed before the crash")
    orphan = RecoveryFile()
    dead = 2**22 + 12345  # a pid no process has here
    assert not os.path.exists(f"/proc/{dead}")
    orphan.path = orphan.path.with_name(f"{HOST_TAG}-{dead}-{'a1' * 6}.json")
    orphan.write(changed, saved)
    window = _no_preview_then_normal(qtbot, saved)
    assert window.profile.name == "Changed before the crash"  # recovered, nothing lost
    assert not window.undo_stack.isClean()


def test_smoke_never_shows_the_users_saved_answer(qtbot, saved):
    _first_run(qtbot, saved)
    started = start.open_window(smoke=True)
    qtbot.addWidget(started.window)
    assert started.preview is None and started.window.path is None


def test_the_preview_path_loads_no_pandas_numpy_or_pyqtgraph():
    """What runs before the preview paints: the entry without a verb, the start module, the saved answer, the cards."""
    probe = (
        "import sys\n"
        "from buyer_app.cli.main import main\n"
        "seen = []\n"
        "assert main([], open_window=lambda smoke: seen.append(smoke) or 0) == 0\n"
        "assert main(['--smoke'], open_window=lambda smoke: seen.append(smoke) or 0) == 0\n"
        "import buyer_app.ui.app, buyer_app.ui.start_preview, buyer_app.core.profiles.answer_cache\n"
        "import buyer_app.core.profiles.recovery_files, buyer_app.ui.settings_store, buyer_app.text.card\n"
        "print(seen, sorted(m for m in ('pandas', 'numpy', 'pyqtgraph') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=os.environ)
    assert done.stdout.split("\n")[0] == "[False, True] []"


def test_a_start_in_another_language_shows_no_preview_in_the_old_one(qtbot, saved):
    """The cards were kept in English; a start in Chinese (the setting, or --lang) must not paint English cards,
    and its own answer, kept in Chinese, is shown by the next Chinese start (in Chinese words)."""
    from buyer_app.text.translate import use_language
    from buyer_app.ui.language import apply_language, save_language

    kept = _first_run(qtbot, saved)
    assert kept["language"] == "en"
    try:
        save_language("zh_CN")
        started = start.open_window()
        window = started.window
        qtbot.addWidget(window)
        assert started.preview is None  # the English answer is not shown to a Chinese start
        _settled(qtbot, window)
        assert window.close()
        kept = json.loads(answer_path().read_text(encoding="utf-8"))
        assert kept["language"] == "zh_CN"
        assert any("\u4e00" <= ch <= "\u9fff" for ch in kept["verdict"] + json.dumps(kept["cards"], ensure_ascii=False))
        started = start.open_window()
        qtbot.addWidget(started.window)
        assert started.preview is not None and started.preview.loading.text() == "正在载入实时结果…"
        save_language("en")
        use_language("en")
        apply_language(QApplication.instance(), "en")
        QApplication.processEvents()
        last = start.open_window()
        qtbot.addWidget(last.window)
        assert last.preview is None  # the Chinese answer is not shown to an English start
    finally:
        save_language("en")
        use_language("en")
        apply_language(QApplication.instance(), "en")


def test_lang_given_on_the_command_line_chooses_the_preview_and_the_window(qtbot, saved):
    """`--lang en` with the setting at Chinese: the English answer is shown, and the window that follows is English."""
    from buyer_app.text.translate import current_language, use_language
    from buyer_app.ui.language import apply_language, save_language

    _first_run(qtbot, saved)
    try:
        save_language("zh_CN")
        use_language("en", given=True)  # buyer-app --lang en
        started = start.open_window()
        qtbot.addWidget(started.window)
        assert started.preview is not None and started.preview.loading.text() == LOADING
        assert current_language() == "en" and started.window.left_tabs.tabText(0) == "&Vehicles"
    finally:
        save_language("en")
        use_language("en")
        apply_language(QApplication.instance(), "en")
