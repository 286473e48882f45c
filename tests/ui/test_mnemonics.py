"""Alt+letter does what its underline says: no screen's mnemonic is taken by the menu bar or by
another control of the same screen (Qt then only moves the focus between them, and nothing happens:
the Lockout screen's Alt+G for "Get the guest in now" only ever reached the Go menu)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

from frontdesk.ui.i18n import compile_translations
from tests.ui.helpers import open_window

MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def _letter(text: str) -> str | None:
    found = MNEMONIC.search(text)
    return found.group(1).lower() if found else None


def _mnemonics(root: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every control under `root` whose underline is a shortcut."""
    out: list[tuple[str, str]] = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy()):
            text = widget.text()
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            text = widget.title()
        else:
            continue
        letter = _letter(text)
        if letter:
            out.append((letter, text))
    return out


@pytest.fixture(params=["en", "es"])
def language(request, tmp_path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The window in English, and in Spanish, whose Alt+letters are chosen anew."""
    translator = QTranslator()
    if request.param != "en":
        compiled = {qm.stem: qm for qm in compile_translations(tmp_path)}
        assert translator.load(str(compiled[f"frontdesk_{request.param}"]))
        QCoreApplication.installTranslator(translator)
    try:
        yield request.param
    finally:
        QCoreApplication.removeTranslator(translator)


def test_no_screen_mnemonic_is_taken_by_the_menu_bar_or_twice_on_the_screen(  # type: ignore[no-untyped-def]
    language, qtbot, qloop, desk_app
) -> None:
    window = open_window(qtbot, desk_app)
    menu = {_letter(a.text()): a.text() for a in window.menuBar().actions() if _letter(a.text())}
    clashes: list[str] = []
    for index in range(window.stack.count()):
        screen = window.stack.widget(index)
        found = _mnemonics(screen)
        for letter, text in found:
            if letter in menu:
                clashes.append(f"{type(screen).__name__}: {text!r} vs menu {menu[letter]!r}")
        for letter, count in Counter(letter for letter, _ in found).items():
            if count > 1:
                texts = [t for ltr, t in found if ltr == letter]
                clashes.append(f"{type(screen).__name__}: {texts}")
    assert clashes == [], "\n".join(clashes)


def test_the_check_in_dialog_has_one_control_per_mnemonic(language, qtbot, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    dialog = window.open_check_in()
    found = _mnemonics(dialog)
    twice = {letter for letter, n in Counter(letter for letter, _ in found).items() if n > 1}
    assert twice == set(), [t for letter, t in found if letter in twice]
