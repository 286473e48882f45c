"""The room rack as tiles: read at a glance, driven by keyboard, filtered, and rooms out of order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from frontdesk.ui.dialogs.checkin import CheckInDialog
from frontdesk.ui.dialogs.out_of_order import BackInOrderDialog, OutOfOrderDialog
from frontdesk.ui.dialogs.stay_changes import ChangeDatesDialog
from frontdesk.ui.dialogs.stay_details import StayDetailsDialog
from frontdesk.ui.rack_words import TileState
from tests.ui.helpers import WAIT, key, open_window, refreshed, shortcut, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def _to_tiles(qtbot, window):  # type: ignore[no-untyped-def]
    shortcut(qtbot, window, "Ctrl+2")
    screen = window.rooms
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.search, timeout=WAIT)
    key(qtbot, Qt.Key.Key_Return)  # Enter in the filter: to the first tile
    assert QApplication.focusWidget() is screen.tiles
    return screen


def test_arrows_move_between_tiles_and_enter_opens_the_stay(qtbot, stays, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    screen = _to_tiles(qtbot, window)
    tiles = screen.tiles
    assert tiles.current_row().name == "Room 101"
    key(qtbot, Qt.Key.Key_Right)
    assert tiles.current_row().name == "Room 102"
    assert tiles.text_of(tiles.current).state is TileState.IN_HOUSE
    assert tiles.text_of(tiles.current).guest == "Marta Silva"
    key(qtbot, Qt.Key.Key_Down)  # the same column, one floor up: a floor of 12 rooms is one line
    assert tiles.current_row().name == "Room 202"
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Down)
    assert tiles.current_row().name == "Suite 402"  # floor 4 has two tiles: the column is clamped
    key(qtbot, Qt.Key.Key_Left)
    assert tiles.current_row().name == "Suite 401"
    assert set(tiles.current_row().entrance_ids) == {"suite-401-bedroom", "suite-401-entry"}  # one tile
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.flows.dialog, StayDetailsDialog), timeout=WAIT)
    assert window.flows.dialog.stay.guest_names == ("Ann Lee", "Tom Lee")


def test_the_stay_shortcuts_act_on_the_selected_tile(qtbot, stays, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    screen = _to_tiles(qtbot, window)
    key(qtbot, Qt.Key.Key_Right)  # Room 102, Marta
    shortcut(qtbot, window, "Ctrl+D")
    qtbot.waitUntil(lambda: isinstance(window.flows.dialog, ChangeDatesDialog), timeout=WAIT)
    assert window.flows.dialog.stay.reservation_key == stays["marta"]
    window.flows.dialog.reject()
    window.activateWindow()
    screen.tiles.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.tiles, timeout=WAIT)
    key(qtbot, Qt.Key.Key_B, ALT)  # the same rack as a table, the same filter
    qtbot.waitUntil(screen.showing_table, timeout=WAIT)  # a mnemonic clicks after a short flash
    assert QApplication.focusWidget() is screen.view


def test_the_filter_narrows_the_tiles_by_text_state_and_floor(qtbot, stays, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    window.go("rooms")
    screen = window.rooms
    names = lambda: [r.name for r in screen.tiles.shown_rows()]  # noqa: E731
    assert len(names()) == 45
    qtbot.keyClicks(screen.search, "lucas")
    assert names() == ["Room 203"]
    assert screen.tiles.text_of(0).state is TileState.ARRIVING
    screen.search.clear()
    screen.floor.setCurrentIndex(screen.floor.findText("Floor 4"))
    assert names() == ["Suite 401", "Suite 402"]
    screen.state.setCurrentIndex(screen.state.findData("free"))
    assert names() == ["Suite 402"]
    screen.floor.setCurrentIndex(0)
    screen.state.setCurrentIndex(0)
    qtbot.keyClicks(screen.search, "999")
    assert names() == [] and "No room matches" in screen.summary.text()


def test_the_demo_rack_fits_one_screen_without_scrolling(qtbot, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    window.resize(1240, 780)  # the window on a 1280x800 screen
    window.go("rooms")
    tiles = window.rooms.tiles
    qtbot.waitUntil(lambda: tiles.columns() >= 12, timeout=WAIT)
    assert len(tiles.shown_rows()) == 45
    assert tiles.verticalScrollBar().maximum() == 0


def test_a_room_out_of_order_by_keyboard_refuses_a_check_in_then_comes_back(qtbot, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    screen = _to_tiles(qtbot, window)
    for _ in range(4):
        key(qtbot, Qt.Key.Key_Right)
    assert screen.tiles.current_row().name == "Room 105"
    shortcut(qtbot, window, "Ctrl+Shift+O")
    dialog = window.room_actions.dialog
    assert isinstance(dialog, OutOfOrderDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.reason, timeout=WAIT)
    type_text(qtbot, "leaking tap")
    key(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    refreshed(qtbot, window)
    tile = next(p for p, r in enumerate(screen.tiles.shown_rows()) if r.name == "Room 105")
    assert screen.tiles.text_of(tile).state is TileState.OUT_OF_ORDER
    assert screen.tiles.text_of(tile).guest == "leaking tap"
    assert "Room 105 is out of order until" in window.statusBar().currentMessage()

    checkin = window.open_check_in()
    assert isinstance(checkin, CheckInDialog)
    checkin.guests.setPlainText("Ann Lee")
    checkin.rooms.set_checked(["Room 105"])
    checkin.submit()
    qtbot.waitUntil(lambda: checkin.error.isVisible(), timeout=WAIT)
    assert checkin.error.title.text() == "Room is out of order."
    assert checkin.isVisible()
    checkin.reject()

    window.activateWindow()
    screen.tiles.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.tiles, timeout=WAIT)
    shortcut(qtbot, window, "Ctrl+Shift+O")
    back = window.room_actions.dialog
    assert isinstance(back, BackInOrderDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is back.ok_button, timeout=WAIT)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not back.isVisible(), timeout=WAIT)
    refreshed(qtbot, window)
    assert screen.tiles.text_of(tile).state is TileState.FREE
