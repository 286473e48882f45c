"""PySide6's look at every module imported after it, made cheap.

For its `from __feature__ import ...` switches PySide6 asks, of each module imported after it,
whether its source names "PySide6" (`shibokensupport.feature._mod_uses_pyside`, PYSIDE-2029). It
asks with `inspect.getsource`, whose `inspect.getmodule` walks the whole of `sys.modules` for each
new module: 11 ms for the 136 modules the window's start imports, a sixth of the time their
import took (docs/benchmarks.md "Cold start"). The same question is answered here from
the file's bytes; anything that is not a plain source file goes to PySide6's own answer.

PySide6 itself (the package: shiboken and that check, not yet QtCore) is imported here, so the
check is in place before the window's first module whichever way the desk starts: each of them
imports PySide6 anyway.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

import PySide6  # noqa: F401 - loads shibokensupport.feature, whose check is replaced below

_FEATURE = "shibokensupport.feature"


def check_imports_by_text() -> bool:
    """Put the cheap check in PySide6's place once PySide6 is imported; False when it cannot."""
    feature = sys.modules.get(_FEATURE)
    own: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or own is None or getattr(own, "by_text", False):
        return False  # another PySide6, without that check: left as it is

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
