"""Inside a 1280x800 window, in English and in Spanish, on the demo's day: no screen hides a column
behind a sideways scroll, and the rack shows every floor without scrolling."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication

from frontdesk.ui.i18n import apply_look
from tests.ui import spanish_desk
from tests.ui.helpers import WAIT, open_window

demo_day = spanish_desk.demo_day  # a fixture
SCREEN_WIDTH, SCREEN_HEIGHT = 1280, 800
# Maximized on a 1280x800 screen under Xvfb + openbox the window's inside is 1280x779 (a 21 px
# title bar, no side frame; measured with QMainWindow.showMaximized). A little less here, for
# window managers with a frame.
WINDOW_WIDTH, WINDOW_HEIGHT = SCREEN_WIDTH - 2, SCREEN_HEIGHT - 30
# The timeline scrolls sideways on purpose: days beyond the fortnight on screen are further right.
SCROLLS_SIDEWAYS = {"timeline"}


@pytest.fixture(params=["en", "es"])
def language(request: Any, qapp: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    font_before = apply_look(qapp)  # the desk's own font and style, as it starts: they set the widths
    try:
        with spanish_desk.desk_in(qapp, monkeypatch, request.param):
            yield request.param
    finally:
        qapp.setStyleSheet("")
        qapp.setFont(font_before)


def sideways(screen: Any) -> list[str]:
    """The scrolled areas of a screen that hide part of their content to the right."""
    hidden = []
    for area in screen.findChildren(QAbstractScrollArea):
        bar = area.horizontalScrollBar()
        if area.isVisible() and bar.maximum() > 0:
            hidden.append(f"{area.accessibleName() or type(area).__name__} ({bar.maximum()} px more)")
    return hidden


def test_every_screen_shows_its_content_without_a_sideways_scroll(
    qtbot, demo_day, language, qloop, desk_app
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    window.resize(WINDOW_WIDTH, WINDOW_HEIGHT)
    problems = []
    for key in window.screens:
        screen = window.go(key)
        if hasattr(screen, "loaded"):
            qtbot.waitUntil(lambda s=screen: s.loaded, timeout=WAIT)
        qtbot.wait(50)
        QApplication.processEvents()
        if key not in SCROLLS_SIDEWAYS:
            problems += [f"{key}: {area}" for area in sideways(screen)]
    assert not problems, f"in {language}: " + "; ".join(problems)


def test_the_rack_shows_every_floor_without_scrolling(qtbot, demo_day, language, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    window.resize(WINDOW_WIDTH, WINDOW_HEIGHT)
    rack = window.go("rooms")
    qtbot.wait(50)
    areas = [a for a in rack.findChildren(QAbstractScrollArea) if a.isVisible()]
    assert areas, "the rack shows no scrolled area"
    for area in areas:
        assert area.verticalScrollBar().maximum() == 0, f"in {language}: the rack scrolls down"
        assert area.horizontalScrollBar().maximum() == 0, f"in {language}: the rack scrolls sideways"


def test_the_dialogs_at_the_counter_show_their_columns_without_a_sideways_scroll(
    qtbot, demo_day, language, qloop, desk_app
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    window.resize(WINDOW_WIDTH, WINDOW_HEIGHT)
    problems = []
    search = window.flows.search()
    qtbot.waitUntil(search.isVisible, timeout=WAIT)
    op = search.search_now("a")  # many guests: the longest names and states
    qtbot.waitUntil(lambda: op.done, timeout=WAIT)
    problems += [f"search: {area}" for area in sideways(search)]
    search.reject()
    for name, dialog in (("check-in", window.flows.check_in()), ("group", window.flows.group_check_in())):
        qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
        qtbot.wait(50)
        problems += [f"{name}: {area}" for area in sideways(dialog)]
        dialog.reject()
    stay = next(r.reservation_key for r in window.ctx.rack if r.reservation_key)
    opened = window.flows.open_stay(stay)
    assert opened is not None
    qtbot.waitUntil(lambda: opened.done and window.flows.dialog is not None, timeout=WAIT)
    details = window.flows.dialog
    qtbot.waitUntil(details.isVisible, timeout=WAIT)
    qtbot.wait(50)
    problems += [f"stay: {area}" for area in sideways(details)]
    details.reject()
    assert not problems, f"in {language}: " + "; ".join(problems)
