"""The stay timeline: stays as bars by room and night, a check-in started from an empty night."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from frontdesk.ui.dialogs.checkin import CheckInDialog
from frontdesk.ui.dialogs.stay_details import StayDetailsDialog
from tests.ui.helpers import WAIT, key, open_window, refreshed, shortcut, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def _timeline(qtbot, window):  # type: ignore[no-untyped-def]
    shortcut(qtbot, window, "Ctrl+7")
    screen = window.timeline
    qtbot.waitUntil(lambda: screen.loaded, timeout=WAIT)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.chart, timeout=WAIT)
    return screen


def test_enter_on_an_empty_night_checks_in_there(qtbot, stays, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    screen = _timeline(qtbot, window)
    chart = screen.chart
    assert [r.name for r in chart.rooms[:2]] == ["Room 101", "Room 102"]
    key(qtbot, Qt.Key.Key_Down)  # Room 102: Marta is in house
    assert chart.current_bar() is not None and chart.current_bar().guest_names == ("Marta Silva",)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.flows.dialog, StayDetailsDialog), timeout=WAIT)
    window.flows.dialog.reject()

    chart.setFocus()
    chart.move_to(chart.row, 0)
    for _ in range(4):
        qtbot.keyClick(chart, Qt.Key.Key_Right)  # Marta leaves on the 20th: the 21st is free
    assert chart.current_day() == date(2026, 11, 21) and chart.current_bar() is None
    qtbot.keyClick(chart, Qt.Key.Key_Return)
    dialog = window.flows.dialog
    assert isinstance(dialog, CheckInDialog)
    assert dialog.rooms.checked_names() == ["Room 102"]
    assert (dialog.dates.starts_at.day, dialog.dates.starts_at.hour) == (21, 15)
    assert (dialog.dates.ends_at.day, dialog.dates.ends_at.hour) == (22, 11)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.guests, timeout=WAIT)
    type_text(qtbot, "Ann Lee")
    key(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    refreshed(qtbot, window)
    qtbot.waitUntil(lambda: len(screen.chart.rooms[1].bars) == 2, timeout=WAIT)
    assert [b.guest_names for b in screen.chart.rooms[1].bars] == [("Marta Silva",), ("Ann Lee",)]


def test_a_click_on_an_empty_night_checks_in_there(qtbot, stays, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    chart = _timeline(qtbot, window).chart
    cell = chart.cell_rect(3, 2)  # Room 104, the day after tomorrow
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
    dialog = window.flows.dialog
    assert isinstance(dialog, CheckInDialog)
    assert dialog.rooms.checked_names() == ["Room 104"]
    assert dialog.dates.starts_at.day == 19


def test_an_override_shows_as_two_lanes_before_it_happens(qtbot, stays, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    import asyncio
    from dataclasses import replace
    from datetime import timedelta

    from frontdesk.domain.commands import CheckIn
    from tests.ui.conftest import AFTERNOON

    bob = CheckIn(("Bob Stone",), ("room-102",), AFTERNOON + timedelta(days=1), AFTERNOON + timedelta(days=3))
    window = open_window(qtbot, desk_app)
    chart = _timeline(qtbot, window).chart
    task = asyncio.ensure_future(  # on the window's loop: its change reloads the timeline
        desk_app.desk.check_in(replace(bob, override_live=True))
    )
    qtbot.waitUntil(task.done, timeout=WAIT)
    qtbot.waitUntil(lambda: len(chart.rooms[1].bars) == 2, timeout=WAIT)
    marta, new = chart.rooms[1].bars
    assert marta.overridden and chart.bar_label(marta).startswith("⇄ overridden")
    assert new.overrides == (stays["marta"],)
    assert chart._lanes[1] == [0, 1]  # drawn one above the other
