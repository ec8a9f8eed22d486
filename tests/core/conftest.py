"""Shared fixtures of the core tests: no Qt, a private data folder per test, the shared data and the database.

Qt blocking: a meta-path finder is installed when this file is imported. It cannot refuse Qt from the
start of the session: pytest-qt imports PySide6 in its own `pytest_configure` (refusing it there is an
INTERNALERROR) and calls Qt around every test's setup, call and teardown, and tests/ui share the process
in a full `pytest` run. So the finder is armed only while the body of a test under tests/core runs, with
the top-level Qt packages hidden from `sys.modules` for that time: inside a core test, `import PySide6`
fails as if Qt were not installed. test_no_qt.py checks the real thing in a fresh interpreter.
"""

from __future__ import annotations

import importlib.abc
import sys
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import ModuleType

import pytest

from buyer_app.core.vehicles.database import VehicleDatabase, load_database
from buyer_app.core.vehicles.importers.epa_file import EpaFile, read_epa_file

BLOCKED_TOP_LEVEL = ("PySide6", "shiboken6", "pyqtgraph")
REPO_ROOT = Path(__file__).resolve().parents[2]
SHARED_DATA = REPO_ROOT.parent / "shared" / "data"
EPA_ZIP_RELATIVE = Path("epa_fueleconomy") / "vehicles.csv.zip"


class QtBlocker(importlib.abc.MetaPathFinder):
    """Refuses PySide6, shiboken6 and pyqtgraph (and their submodules) while `armed`."""

    def __init__(self) -> None:
        self.armed = False

    def find_spec(self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None) -> None:
        if self.armed and fullname.partition(".")[0] in BLOCKED_TOP_LEVEL:
            raise ImportError(f"{fullname} is blocked: the core tests run as if Qt were not installed")
        return None


QT_BLOCKER = QtBlocker()
sys.meta_path.insert(0, QT_BLOCKER)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[object]:
    """While the body of a core test runs: blocker armed, top-level Qt packages out of sys.modules.

    Only the top-level packages are hidden: hiding the loaded extension modules (PySide6.QtCore...) makes
    Qt itself crash. With `PySide6` absent, `import PySide6`, `import PySide6.QtCore` and
    `from PySide6 import QtCore` all go through the blocker and fail.
    """
    hidden = {name: sys.modules.pop(name) for name in BLOCKED_TOP_LEVEL if name in sys.modules}
    QT_BLOCKER.armed = True
    try:
        return (yield)
    finally:
        QT_BLOCKER.armed = False
        sys.modules.update(hidden)


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own empty user data folder (profiles, imported databases)."""
    folder = tmp_path / "user-data"
    folder.mkdir()
    monkeypatch.setenv("BUYER_APP_DATA_DIR", str(folder))
    return folder


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data beside the repository (read-only real data), or skip."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"../shared/data is absent: {SHARED_DATA} not found, so the tests on the real data files cannot run")
    return SHARED_DATA


@pytest.fixture(scope="session")
def epa_zip(shared_data: Path) -> Path:
    path = shared_data / EPA_ZIP_RELATIVE
    if not path.is_file():
        pytest.skip(f"../shared/data is absent: {path} not found")
    return path


@pytest.fixture(scope="session")
def epa_file(epa_zip: Path) -> EpaFile:
    """The real EPA file parsed by the app's reader: the only time a session parses the zip."""
    return read_epa_file(epa_zip)


@pytest.fixture(scope="session")
def epa_csv_bytes(epa_zip: Path) -> bytes:
    """The raw bytes of vehicles.csv inside the zip (for building small and broken files)."""
    with zipfile.ZipFile(epa_zip) as archive:
        return archive.read("vehicles.csv")


@pytest.fixture(scope="session")
def db(tmp_path_factory: pytest.TempPathFactory) -> VehicleDatabase:
    """The active database as a fresh user sees it (data folder overridden: never the real user's imports)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BUYER_APP_DATA_DIR", str(tmp_path_factory.mktemp("db-user-data")))
        return load_database()
