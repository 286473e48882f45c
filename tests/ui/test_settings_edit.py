"""Settings: the hotel's IT changes the time zone and adds a door through the screen."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt

from frontdesk.domain.model import CredentialKind
from tests.ui.helpers import WAIT, open_window


def _stored_doors(qtbot, desk_app) -> dict:  # type: ignore[no-untyped-def]
    """The doors as the database has them now, read on the window's own loop."""
    task = asyncio.ensure_future(desk_app.queries.entrances())
    qtbot.waitUntil(task.done, timeout=WAIT)
    return {d.entrance_id: d for d in task.result()}


def _settings(qtbot, desk_app):  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    window.go("settings")
    screen = window.settings
    qtbot.waitUntil(lambda: screen.doors_table.rowCount() > 40, timeout=WAIT)
    return window, screen


def test_the_time_zone_is_changed_by_typing_and_saving(qtbot, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    window, screen = _settings(qtbot, desk_app)
    assert screen.time_zone.currentText() == "America/Los_Angeles"
    assert screen.property_name.text() == "Harbor View Hotel"
    changed: list[bool] = []
    screen.setup_changed.connect(lambda: changed.append(True))
    editor = screen.time_zone.lineEdit()
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "Europe/Lisbon")
    qtbot.keyClick(screen.property_save, Qt.Key.Key_Space)  # a button is pressed with the keyboard too
    qtbot.waitUntil(lambda: "Property saved" in screen.message.text(), timeout=WAIT)
    assert window.settings.ctx.time_zone == "Europe/Lisbon" and changed == [True]
    task = asyncio.ensure_future(desk_app.queries.property_info())
    qtbot.waitUntil(task.done, timeout=WAIT)
    assert task.result().time_zone == "Europe/Lisbon"  # stored, not only shown

    # A made-up zone: the title and hint appear in the window, nothing is saved.
    editor.selectAll()
    qtbot.keyClicks(editor, "Europe/Atlantis")
    screen.save_property()
    qtbot.waitUntil(lambda: window.error.isVisible(), timeout=WAIT)
    assert window.error.title.text() == "Unknown time zone."
    assert "IANA" in window.error.hint.text()
    screen.reload()
    qtbot.waitUntil(lambda: screen.time_zone.currentText() == "Europe/Lisbon", timeout=WAIT)


def test_a_door_is_added_and_edited_through_the_dialog(qtbot, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    _window, screen = _settings(qtbot, desk_app)
    rows = screen.doors_table.rowCount()
    screen.add_door_button.setFocus()
    qtbot.keyClick(screen.add_door_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: screen.door_dialog is not None and screen.door_dialog.isVisible(), timeout=WAIT)
    dialog = screen.door_dialog
    assert dialog.entrance_id.hasFocus() or dialog.focusWidget() is dialog.entrance_id
    qtbot.keyClicks(dialog.entrance_id, "room-501")
    qtbot.keyClicks(dialog.name, "Room 501")
    assert dialog.space.currentData() == "__new__"
    qtbot.keyClicks(dialog.space_id, "room-501")
    qtbot.keyClicks(dialog.space_name, "Room 501")
    dialog.lock_system.setCurrentIndex(dialog.lock_system.findData("card-locks"))

    # First without a credential: the dialog says so and stays open.
    dialog.kinds["card"].setChecked(False)
    dialog.submit()
    assert dialog.isVisible() and dialog.error.title.text() == "A door must take at least one credential."
    dialog.kinds["card"].setChecked(True)
    dialog.name.setFocus()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # Enter confirms, like every desk dialog
    qtbot.waitUntil(lambda: not dialog.isVisible() or dialog.error.isVisible(), timeout=WAIT)
    assert not dialog.error.isVisible(), dialog.error.title.text()
    qtbot.waitUntil(lambda: screen.doors_table.rowCount() == rows + 1, timeout=WAIT)
    assert "Door saved: Room 501" in screen.message.text()
    names = [screen.doors_table.item(r, 1).text() for r in range(screen.doors_table.rowCount())]
    assert "Room 501" in names
    listed = _stored_doors(qtbot, desk_app)
    assert listed["room-501"].can_belong_to_reservation is True
    assert listed["room-501"].credential_kinds == (CredentialKind.CARD,)

    # Edit it: select the row, Enter opens the dialog with the id fixed and the lock number shown.
    row = names.index("Room 501")
    screen.doors_table.setFocus()
    screen.doors_table.selectRow(row)
    qtbot.keyClick(screen.doors_table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.door_dialog is not dialog and screen.door_dialog.isVisible(), timeout=WAIT)
    edit = screen.door_dialog
    assert edit.entrance_id.isReadOnly() and edit.entrance_id.text() == "room-501"
    edit.name.selectAll()
    qtbot.keyClicks(edit.name, "Room 501 (garden)")
    edit.submit()
    qtbot.waitUntil(lambda: not edit.isVisible(), timeout=WAIT)
    qtbot.waitUntil(lambda: "Room 501 (garden)" in screen.message.text(), timeout=WAIT)
    listed = _stored_doors(qtbot, desk_app)
    assert listed["room-501"].name == "Room 501 (garden)"
