"""The desk's window: check a guest in through the dialog; rule errors stay in the dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from frontdesk.ui.main_window import MainWindow


def _open(qtbot, desk_app) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(desk_app)
    qtbot.addWidget(window)
    window.show()
    window.refresh()
    qtbot.waitUntil(lambda: window.loaded, timeout=10_000)
    return window


def _select_room(dialog, name: str) -> None:  # type: ignore[no-untyped-def]
    for row in range(dialog.rooms.count()):
        item = dialog.rooms.item(row)
        item.setSelected(item.text() == name)


def test_check_in_through_the_dialog_shows_the_guest_in_house(qtbot, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    window = _open(qtbot, desk_app)
    assert window.in_house.rowCount() == 0
    dialog = window.open_check_in()
    qtbot.keyClicks(dialog.guests, "Ann Lee")
    _select_room(dialog, "Room 204")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: window.in_house.rowCount() == 1, timeout=10_000)
    stay = window.in_house.row_at(0)
    assert stay.guest_names == ("Ann Lee",)
    assert stay.room_names == ("Room 204",)
    assert not dialog.isVisible()
    assert "Checked in Ann Lee" in window.statusBar().currentMessage()
    rooms = {r.name: r for r in window.rooms._rows}
    assert rooms["Room 204"].state == "occupied"


def test_a_rule_error_is_shown_in_the_dialog_as_title_and_hint(qtbot, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    window = _open(qtbot, desk_app)
    dialog = window.open_check_in()
    qtbot.keyClicks(dialog.guests, "Day Visitor")
    _select_room(dialog, "nothing")  # no room: only the lobby, which takes no part in reservations
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert dialog.error.title.text() == "reservation_key not supported."
    assert "reservation" in dialog.error.hint.text()
    assert "Traceback" not in dialog.error.hint.text() + dialog.error.title.text()
    assert dialog.isVisible() and dialog.buttons.isEnabled()  # nothing lost: fix and try again
    _select_room(dialog, "Room 101")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.in_house.rowCount() == 1, timeout=10_000)
