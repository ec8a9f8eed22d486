"""Shared set-up of the reliability suite: a private data folder per test, offscreen Qt for the window tests."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:  # tools/ (the crash harness, the long fuzz run) import from here
    sys.path.insert(0, str(REPO_ROOT))


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own user data folder (profiles, settings, imported databases, autosave)."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("BUYER_APP_DATA_DIR", str(folder))
    return folder


@pytest.fixture(scope="session")
def db(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The shipped database as a fresh user sees it."""
    from buyer_app.core.vehicles.database import load_database

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BUYER_APP_DATA_DIR", str(tmp_path_factory.mktemp("db-user-data")))
        return load_database()
