"""Whole workflows by keyboard alone: the key presses listed in docs/keyboard.md."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from frontdesk.ui.dialogs.checkin import CheckInDialog
from frontdesk.ui.dialogs.search import SearchDialog
from frontdesk.ui.dialogs.stay_changes import MoveRoomDialog
from frontdesk.ui.dialogs.stay_details import StayDetailsDialog
from tests.ui.helpers import WAIT, key, open_window, refreshed, shortcut, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def test_check_in_one_guest_by_keyboard_alone(qtbot, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)

    shortcut(qtbot, window, "Ctrl+N")
    dialog = window.flows.dialog
    assert isinstance(dialog, CheckInDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.guests, timeout=WAIT)
    type_text(qtbot, "Ann Lee")
    key(qtbot, Qt.Key.Key_Tab)  # to the room finder
    assert QApplication.focusWidget() is dialog.rooms.filter
    type_text(qtbot, "204")
    key(qtbot, Qt.Key.Key_Return)  # ticks Room 204, does not submit yet
    assert dialog.rooms.checked_names() == ["Room 204"]
    assert dialog.isVisible()
    key(qtbot, Qt.Key.Key_Return, CTRL)  # check in

    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    refreshed(qtbot, window)
    assert [s.guest_names for s in window.today.in_house.rows] == [("Ann Lee",)]
    assert window.today.in_house.rows[0].room_names == ("Room 204",)


def test_find_a_stay_and_move_it_by_keyboard_alone(qtbot, stays, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)

    shortcut(qtbot, window, "F3")
    search = window.flows.dialog
    assert isinstance(search, SearchDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search.query, timeout=WAIT)
    type_text(qtbot, "marta")
    key(qtbot, Qt.Key.Key_Return)  # opens the first match
    qtbot.waitUntil(lambda: isinstance(window.flows.dialog, StayDetailsDialog), timeout=WAIT)
    details = window.flows.dialog
    assert details.stay.guest_names == ("Marta Silva",)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is details.buttons["add_guest"], timeout=WAIT)

    key(qtbot, Qt.Key.Key_M, ALT)  # Move room…
    qtbot.waitUntil(lambda: isinstance(window.flows.dialog, MoveRoomDialog), timeout=WAIT)
    move = window.flows.dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is move.rooms.filter, timeout=WAIT)
    type_text(qtbot, "110")
    key(qtbot, Qt.Key.Key_Return)
    assert move.rooms.checked_names() == ["Room 110"]
    key(qtbot, Qt.Key.Key_Return, CTRL)

    qtbot.waitUntil(lambda: not move.isVisible(), timeout=WAIT)
    refreshed(qtbot, window)
    rack = {r.name: r for r in window.rooms.model.rows}
    assert rack["Room 110"].guest_names == ("Marta Silva",)
    assert rack["Room 102"].state == "free"
    assert "Moved" in window.statusBar().currentMessage()
    assert "encode cards for the new room" in window.notice.text.text()


def test_escape_cancels_a_dialog_and_nothing_changes(qtbot, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    shortcut(qtbot, window, "Ctrl+N")
    dialog = window.flows.dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.guests, timeout=WAIT)
    type_text(qtbot, "Nobody")
    key(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert window.today.in_house.rowCount() == 0 and window.today.arrivals.rowCount() == 0


def test_check_in_with_a_pin_on_the_front_door_by_keyboard_alone(qtbot, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    """Alt+P goes to the first keypad without ticking it; Space ticks it; the stay gets that PIN."""
    window = open_window(qtbot, desk_app)
    shortcut(qtbot, window, "Ctrl+N")
    dialog = window.flows.dialog
    assert isinstance(dialog, CheckInDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.guests, timeout=WAIT)
    type_text(qtbot, "Ann Lee")
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "204")
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_P, ALT)  # PIN for keypads: the cursor on the first keypad, nothing ticked
    qtbot.wait(300)  # a label's click on its buddy would land after an animation of ~100 ms
    front = dialog.keypads[0]
    assert QApplication.focusWidget() is front and not any(b.isChecked() for b in dialog.keypads)
    key(qtbot, Qt.Key.Key_Space)
    assert front.isChecked()
    key(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    refreshed(qtbot, window)
    [stay] = window.today.in_house.rows
    assert stay.guest_names == ("Ann Lee",)
    task = asyncio.ensure_future(desk_app.codes.list())
    qtbot.waitUntil(task.done, timeout=WAIT)
    guest_codes = [(c.device_id, c.name) for c in task.result() if c.name != "Backup code"]
    assert guest_codes == [("front-door-keypad", "Ann Lee")]
