"""Add guest, change dates, check out and group check-in, each through its dialog and the services."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt

from frontdesk.ui.dialogs.group_checkin import GroupCheckInDialog
from frontdesk.ui.dialogs.stay_changes import AddGuestDialog, ChangeDatesDialog, CheckOutDialog
from tests.ui.helpers import WAIT, open_window, refreshed


def _stay_dialog(qtbot, window, name: str, key: str):  # type: ignore[no-untyped-def]
    window.flows.stay_action(name, key)
    qtbot.waitUntil(lambda: window.flows.dialog is not None and window.flows.dialog.isVisible(), timeout=WAIT)
    return window.flows.dialog


def _confirm(qtbot, window, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    refreshed(qtbot, window)


def test_add_a_guest_to_only_the_suite_entry(qtbot, stays, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    dialog = _stay_dialog(qtbot, window, "add_guest", stays["lee"])
    assert isinstance(dialog, AddGuestDialog)
    qtbot.keyClicks(dialog.name, "Kid Lee")
    dialog.some_doors.setChecked(True)
    bedroom = next(
        dialog.doors.item(i) for i in range(dialog.doors.count()) if "bedroom" in dialog.doors.item(i).text()
    )
    bedroom.setCheckState(Qt.CheckState.Unchecked)
    _confirm(qtbot, window, dialog)

    rack = {r.name: r for r in window.rooms.model.rows}
    assert rack["Suite 401"].guest_names == ("Ann Lee", "Tom Lee", "Kid Lee")
    assert "Added Kid Lee" in window.statusBar().currentMessage()
    window.flows.open_stay(stays["lee"])
    qtbot.waitUntil(lambda: window.flows.dialog is not dialog, timeout=WAIT)
    details = window.flows.dialog
    table = details.grants
    kid = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Kid Lee")
    assert table.item(kid, 1).text() == "Suite 401 entry"


def test_change_dates_moves_the_departure_and_a_rule_error_stays_in_the_dialog(
    qtbot, stays, qloop, desk_app
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    dialog = _stay_dialog(qtbot, window, "change_dates", stays["marta"])
    assert isinstance(dialog, ChangeDatesDialog)
    before = dialog.dates.ends_at
    dialog.dates.departure.setDate(dialog.dates.arrival.date().addDays(-1))  # ends before it starts
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=WAIT)
    assert dialog.error.title.text() and dialog.error.hint.text()
    dialog.dates.departure.setDate(dialog.dates.arrival.date())
    dialog.dates.nights.setValue(dialog.dates.nights.value() + 5)
    _confirm(qtbot, window, dialog)

    rack = {r.name: r for r in window.rooms.model.rows}
    assert rack["Room 102"].ends_at is not None
    assert rack["Room 102"].ends_at.astimezone(before.tzinfo).date() > before.date()
    assert "Changed the dates" in window.statusBar().currentMessage()


def test_check_out_frees_the_room_and_keeps_the_stay_findable(qtbot, stays, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    dialog = _stay_dialog(qtbot, window, "check_out", stays["marta"])
    assert isinstance(dialog, CheckOutDialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # nothing said about the cards yet
    assert dialog.error.title.text() == "Say what happened to the key cards." and dialog.isVisible()
    dialog.revoke.setChecked(True)
    _confirm(qtbot, window, dialog)

    rack = {r.name: r for r in window.rooms.model.rows}
    assert rack["Room 102"].state == "free"
    assert all("Marta Silva" not in s.guest_names for s in window.today.in_house.rows)
    search = window.flows.search()
    searching = search.search_now("Marta")
    qtbot.waitUntil(lambda: searching.done, timeout=WAIT)
    assert [h.status for h in search.model.rows] == ["ended"]
    search.reject()
    # A checked-out stay offers no changes.
    window.flows.stay_action("move_room", stays["marta"])
    qtbot.waitUntil(lambda: window.error.isVisible(), timeout=WAIT)
    assert window.error.title.text() == "This stay is checked out."


def test_group_check_in_is_all_or_nothing_and_names_the_failed_room(qtbot, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    """The third room's guest name is too long: no room is checked in, the error names Room 112."""
    window = open_window(qtbot, desk_app)
    dialog = window.flows.group_check_in()
    assert isinstance(dialog, GroupCheckInDialog)
    dialog.rooms.set_checked(["Room 110", "Room 111", "Room 112"])
    for row, names in enumerate(("Hana Sato, Yuki Sato", "Ravi Patel", "x" * 201)):
        dialog.table.item(row, 1).setText(names)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=WAIT)
    assert dialog.error.title.text() == "Room 112: The guest's name is too long."
    assert [dialog.table.item(r, 2).text() for r in range(3)] == ["", "", "failed"]
    grants = asyncio.ensure_future(desk_app.queries.grants())
    qtbot.waitUntil(grants.done, timeout=WAIT)
    assert grants.result() == []  # no stay was created, not even the two good rooms'

    dialog.table.item(2, 1).setText("Lena Vogel")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    refreshed(qtbot, window)
    rack = {r.name: r for r in window.rooms.model.rows}
    keys = {rack[n].reservation_key for n in ("Room 110", "Room 111", "Room 112")}
    assert len(keys) == 3 and None not in keys  # one stay per room
    assert rack["Room 110"].guest_names == ("Hana Sato", "Yuki Sato")
    assert "Checked in 3 rooms" in window.statusBar().currentMessage()


def test_a_group_at_the_counter_today_starts_now_not_at_three(qtbot, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    """Their keys open at once: the arrival is the desk's clock to the minute, not the usual 15:00."""
    window = open_window(qtbot, desk_app)
    dialog = window.flows.group_check_in()
    now = desk_app.clock().replace(second=0, microsecond=0)
    assert dialog.dates.starts_at == now


def test_now_makes_a_later_arrival_start_this_minute_and_keeps_the_departure(  # type: ignore[no-untyped-def]
    qtbot, qloop, desk_app
) -> None:
    window = open_window(qtbot, desk_app)
    dialog = window.open_check_in()
    dialog.dates.arrival.setDate(dialog.dates.arrival.date().addDays(1))
    dialog.dates.departure.setDate(dialog.dates.arrival.date().addDays(2))
    departure = dialog.dates.ends_at
    assert dialog.dates.now_button is not None and dialog.dates.now_button.isVisible()
    qtbot.mouseClick(dialog.dates.now_button, Qt.MouseButton.LeftButton)
    assert dialog.dates.starts_at == desk_app.clock().replace(second=0, microsecond=0)
    assert dialog.dates.ends_at == departure and dialog.dates.nights.value() == 3
