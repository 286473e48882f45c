"""The window fits a 1280x800 screen in English and in Spanish (translations are longer)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from frontdesk.ui.i18n import apply_look, compile_translations
from tests.ui.helpers import open_window

SCREEN_WIDTH, SCREEN_HEIGHT = 1280, 800


def widest_part(window) -> str:  # type: ignore[no-untyped-def]
    """Which part asks for the most width, to say why in a failure."""
    parts = [("toolbar", window.findChild(type(window.menuWidget()), None)), ("menu", window.menuBar())]
    parts += [(key, screen) for key, screen in window.screens.items()]
    sizes = {name: w.minimumSizeHint().width() for name, w in parts if w is not None}
    return ", ".join(f"{n} {s}px" for n, s in sorted(sizes.items(), key=lambda kv: -kv[1])[:3])


@pytest.fixture
def long_name(desk_app):  # type: ignore[no-untyped-def]
    """A property with a long name: the day line on Today carries it and must wrap, not widen."""
    import asyncio

    asyncio.run(desk_app.property_setup.update_property("Harbor View Hotel & Conference Center, Old Pier"))


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_window_fits_1280_by_800(qtbot, qapp, long_name, qloop, desk_app, tmp_path, language) -> None:  # type: ignore[no-untyped-def]
    font_before = apply_look(qapp)  # the desk's own font and style, as it starts: they set the widths
    translator = QTranslator()
    if language != "en":
        compiled = {qm.stem: qm for qm in compile_translations(tmp_path)}
        assert translator.load(str(compiled[f"frontdesk_{language}"]))
        QCoreApplication.installTranslator(translator)
    try:
        window = open_window(qtbot, desk_app)
        for key in window.screens:  # every screen, as the person will see them
            window.go(key)
            qtbot.wait(10)
        hint = window.minimumSizeHint()
        assert hint.width() <= SCREEN_WIDTH, f"{hint.width()} px wide in {language}: {widest_part(window)}"
        assert hint.height() <= SCREEN_HEIGHT, f"{hint.height()} px high in {language}"
        assert window.width() <= SCREEN_WIDTH and window.height() <= SCREEN_HEIGHT
    finally:
        QCoreApplication.removeTranslator(translator)
        qapp.setStyleSheet("")
        qapp.setFont(font_before)
