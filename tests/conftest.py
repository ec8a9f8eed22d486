"""Settings shared by every tier of the suite."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from hypothesis import settings

# Under CI the property tests draw the same examples on every run (a red build is then reproducible and never
# depends on the day); on a developer's machine they explore new ones each run.
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
settings.register_profile("dev")
settings.load_profile("ci" if os.environ.get("CI") == "true" else "dev")


@pytest.fixture(autouse=True)
def _amounts_in_dollars() -> Iterator[None]:
    """Each test starts with amounts written in US dollars: a window showing a China profile sets yuan for the
    words it makes, and a later test in the same process must not inherit it."""
    from buyer_app.text.currency import set_currency

    set_currency("USD")
    yield
    set_currency("USD")


@pytest.fixture(autouse=True)
def _words_in_english() -> Iterator[None]:
    """Each test starts speaking English: a test that chose Chinese (`--lang zh_CN`, a zh_CN window) must not leave
    its language to the next test in the same process."""
    from buyer_app.text import translate

    translate.use_language("en")
    yield
    translate.use_language("en")
    translate.missed.clear()
