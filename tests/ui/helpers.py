"""Driving the desk's window in tests: open it, wait for it, find its dialogs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from frontdesk.ui.main_window import MainWindow

WAIT = 10_000


def open_window(qtbot: Any, desk_app: Any) -> MainWindow:
    window = MainWindow(desk_app)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    window.refresh()
    qtbot.waitUntil(lambda: window.loaded, timeout=WAIT)
    return window


def refreshed(qtbot: Any, window: MainWindow) -> None:
    """Wait for the reload that follows every change."""
    qtbot.waitUntil(lambda: window.operation is not None and window.operation.done, timeout=WAIT)


def key(qtbot: Any, keys: str, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key on whatever has the keyboard focus, like a person would."""
    target: QWidget | None = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, keys, modifier)


def type_text(qtbot: Any, text: str) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClicks(target, text)


def shortcut(qtbot: Any, window: QWidget, sequence: str) -> None:
    """A window shortcut pressed on the focused widget (Qt routes it to the window's action)."""
    from PySide6.QtGui import QKeySequence

    combo = QKeySequence(sequence)[0]
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, combo.key(), combo.keyboardModifiers())
