"""PySide6's look at every module imported after it, made cheap.

For its `from __feature__ import ...` switches PySide6 asks, of each module imported after it,
whether its source names "PySide6" (`shibokensupport.feature._mod_uses_pyside`, PYSIDE-2029). It
asks with `inspect.getsource`, whose `inspect.getmodule` walks the whole of `sys.modules` for each
new module: 11 ms for the 136 modules the window's start imports, more than a third of its own
modules' import time (docs/benchmarks.md "Cold start"). The same question is answered here from
the file's bytes; anything that is not a plain source file goes to PySide6's own answer.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_FEATURE = "shibokensupport.feature"


def check_imports_by_text() -> bool:
    """Put the cheap check in PySide6's place once PySide6 is imported; False when it cannot."""
    feature = sys.modules.get(_FEATURE)
    own: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or own is None or getattr(own, "by_text", False):
        return False  # PySide6 not imported yet (nothing to ask it), or another version: left as it is

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return own(module)

    uses_pyside.by_text = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
