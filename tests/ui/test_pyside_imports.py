"""The faster PySide6 source check gives PySide6's own answers (buyer_app/ui/pyside_imports.py)."""

from __future__ import annotations

import importlib
import sys

import PySide6.QtCore  # noqa: F401  (the hook exists once Qt is imported)
import pytest

from buyer_app.ui.pyside_imports import speed_up_pyside_imports

MODULES = ("buyer_app.ui.main_window", "buyer_app.ui.answer_cards", "pandas", "numpy", "json", "sys", "pyqtgraph")


def test_same_answers_as_pysides_own_check() -> None:
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None:
        pytest.skip("this PySide6 has no feature hook")
    before = feature._mod_uses_pyside
    assert speed_up_pyside_imports()
    try:
        fast = feature._mod_uses_pyside
        original = fast.original
        for name in MODULES:
            module = importlib.import_module(name)
            assert fast(module) == original(module), name
        assert fast(importlib.import_module("buyer_app.ui.main_window")) is True
        assert fast(importlib.import_module("pandas")) is False
        assert speed_up_pyside_imports()  # a second call keeps the one replacement
        assert feature._mod_uses_pyside is fast
    finally:
        feature._mod_uses_pyside = before
