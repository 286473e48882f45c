"""The Qt binding must not wear down Python's own singletons.

PySide6 6.12.0 dropped a reference to None on every call of a method returning nothing (a
label's setText, a check box's setChecked): after as many calls as None had references, the
desk died with "Fatal Python error: none_dealloc" in the middle of a shift, or at exit. The
desk calls such setters all day (the sync strip, every reload), so the pinned version must not.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QCheckBox, QLabel


def test_setters_leave_none_and_the_booleans_their_references(qapp) -> None:  # type: ignore[no-untyped-def]
    label, box = QLabel(), QCheckBox()
    before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    for n in range(2_000):
        label.setText(str(n))
        box.setChecked(n % 2 == 0)
        box.isChecked()
        label.isVisible()
    after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    # A few references may come and go with the objects made meanwhile; thousands may not.
    assert all(a - b > -50 for a, b in zip(after, before, strict=True)), (before, after)
