"""A faster answer to PySide6's question, asked of every module imported after Qt: "does it use PySide6?".

PySide6 (6.x) hooks `import` to decide, once per module, whether `from __feature__ import ...` switching applies to
it: `shibokensupport.feature._mod_uses_pyside` looks for the text "PySide6" in the module's source, fetched with
`inspect.getsource`, which splits and caches every line of the file through `linecache`. For pandas, numpy and
pyqtgraph, imported after Qt on the way to the window, that was about 0.15 s of a 1.1 s start here (cProfile: 739
calls, 2026-12-06). Reading the file's bytes and searching them gives the same answer for a module with a `.py`
file; any other module is handed to PySide6's own check. The app uses no `__feature__` switching itself.

If a PySide6 release drops or renames the private function, nothing is patched and the start is as before.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_MARK = "_buyer_app_fast"


def speed_up_pyside_imports() -> bool:
    """Replace PySide6's source check by a byte search of the module's file; True when it was replaced (or
    already had been). Call after PySide6.QtCore is imported."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original):
        return False
    if getattr(original, _MARK, False):
        return True
    setattr(feature, "_mod_uses_pyside", _byte_search(original))  # noqa: B010 (a module attribute mypy cannot see)
    return True


def _byte_search(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def mod_uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    setattr(mod_uses_pyside, _MARK, True)
    setattr(mod_uses_pyside, "original", original)  # noqa: B010  PySide6's own check, for the test
    return mod_uses_pyside
