"""Check in through the dialog: the guest shows in house and the room occupied; rule errors stay put."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.helpers import WAIT, open_window, refreshed


def test_check_in_through_the_dialog_shows_the_guest_in_house(qtbot, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    assert window.today.in_house.rowCount() == 0
    dialog = window.open_check_in()
    qtbot.keyClicks(dialog.guests, "Ann Lee")
    dialog.rooms.set_checked(["Room 204"])
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: window.today.in_house.rowCount() == 1, timeout=WAIT)
    stay = window.today.in_house.row_at(0)
    assert stay.guest_names == ("Ann Lee",)
    assert stay.room_names == ("Room 204",)
    assert not dialog.isVisible()
    assert "Checked in Ann Lee in Room 204" in window.statusBar().currentMessage()
    rack = {r.name: r for r in window.rooms.model.rows}
    assert rack["Room 204"].state == "occupied"
    assert rack["Room 204"].guest_names == ("Ann Lee",)


def test_a_rule_error_is_shown_in_the_dialog_as_title_and_hint(qtbot, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    dialog = window.open_check_in()
    qtbot.keyClicks(dialog.guests, "Day Visitor")
    # No room: only the lobby, which takes no part in reservations.
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=WAIT)
    assert dialog.error.title.text() == "reservation_key not supported."
    assert "reservation" in dialog.error.hint.text()
    assert "Traceback" not in dialog.error.hint.text() + dialog.error.title.text()
    assert dialog.isVisible() and dialog.buttons.isEnabled()  # nothing lost: fix and try again
    assert dialog.guests.toPlainText() == "Day Visitor"
    dialog.rooms.set_checked(["Room 101"])
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.today.in_house.rowCount() == 1, timeout=WAIT)
    refreshed(qtbot, window)


def test_checking_in_over_an_occupied_room_says_whom_it_overrides(qtbot, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    for guest in ("First Guest", "Second Guest"):
        dialog = window.open_check_in()
        qtbot.keyClicks(dialog.guests, guest)
        dialog.rooms.set_checked(["Room 101"])
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        if guest == "Second Guest":  # the first is in the room over these dates: asked first
            qtbot.waitUntil(lambda d=dialog: d.question is not None and d.question.isVisible(), timeout=WAIT)
            qtbot.mouseClick(
                dialog.question.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton
            )
        qtbot.waitUntil(lambda d=dialog: not d.isVisible(), timeout=WAIT)
        refreshed(qtbot, window)

    assert window.notice.isVisible()
    assert "Overrides R-" in window.notice.text.text()
    assert "first used" in window.notice.text.text()
    rack = {r.name: r for r in window.rooms.model.rows}
    assert rack["Room 101"].state == "override_pending"
    assert rack["Room 101"].guest_names == ("Second Guest",)
    # The room picker warns before the next check-in onto that room.
    notes = {c.name: c.note for c in window.ctx.room_choices()}
    assert "Second Guest" in notes["Room 101"]
