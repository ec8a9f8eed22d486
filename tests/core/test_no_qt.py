"""The core and the words must work without Qt: importing all of buyer_app.core (or buyer_app.text) loads none of
PySide6, shiboken6, pyqtgraph."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
QT_MODULES = ("PySide6", "shiboken6", "pyqtgraph")

IMPORT_ALL_CORE = """
import importlib, json, pkgutil, sys
import buyer_app.core
names = ["buyer_app.core"]
for info in pkgutil.walk_packages(buyer_app.core.__path__, "buyer_app.core.", onerror=lambda name: None):
    importlib.import_module(info.name)
    names.append(info.name)
qt = sorted(m for m in sys.modules if m.partition(".")[0] in ("PySide6", "shiboken6", "pyqtgraph"))
print(json.dumps({"imported": names, "qt": qt}))
"""


def test_importing_every_core_module_loads_no_qt() -> None:
    proc = subprocess.run([sys.executable, "-c", IMPORT_ALL_CORE], cwd=REPO_ROOT, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    # the walk really covered the package (guards against an empty walk passing vacuously)
    for expected in (
        "buyer_app.core.costs.model",
        "buyer_app.core.costs.compare",
        "buyer_app.core.vehicles.db_import",
        "buyer_app.core.vehicles.importers.epa_file",
        "buyer_app.core.vehicles.importers.ev_specs",
    ):
        assert expected in report["imported"]
    assert report["qt"] == [], f"buyer_app.core pulled in Qt modules: {report['qt']}"


def test_importing_every_text_module_loads_no_qt() -> None:
    """The words (buyer_app.text) are pure too: the command line and the PDF use them without Qt."""
    code = IMPORT_ALL_CORE.replace("buyer_app.core", "buyer_app.text")
    proc = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    for expected in (
        "buyer_app.text.incentives",
        "buyer_app.text.thresholds",
        "buyer_app.text.charging",
        "buyer_app.text.sources",
        "buyer_app.text.choices",
        "buyer_app.text.translate",
    ):
        assert expected in report["imported"]
    assert report["qt"] == [], f"buyer_app.text pulled in Qt modules: {report['qt']}"


@pytest.mark.parametrize("name", [*QT_MODULES, "PySide6.QtCore"])
def test_qt_blocker_is_active_inside_core_tests(name: str) -> None:
    assert not any(m in sys.modules for m in QT_MODULES)
    with pytest.raises(ImportError, match="blocked"):
        __import__(name)
