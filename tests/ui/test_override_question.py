"""Check-in and move onto a room held over the same dates ask first, naming the guest (issue 9)."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from frontdesk.domain.commands import CheckIn
from tests.ui.conftest import AFTERNOON
from tests.ui.helpers import WAIT, open_window, refreshed


def _ask(qtbot, window):  # type: ignore[no-untyped-def]
    """Check Bob in to Room 102, where Marta (the `stays` fixture) is in house: the question comes."""
    dialog = window.open_check_in()
    qtbot.keyClicks(dialog.guests, "Bob Brown")
    dialog.rooms.set_checked(["Room 102"])
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.question is not None and dialog.question.isVisible(), timeout=WAIT)
    return dialog, dialog.question


def test_the_question_names_guest_room_and_until_and_cancel_is_the_default(  # type: ignore[no-untyped-def]
    qtbot, stays, qloop, desk_app
) -> None:
    window = open_window(qtbot, desk_app)
    _dialog, box = _ask(qtbot, window)
    assert box.text().startswith("Room 102 is held by Marta Silva until ")
    assert box.text().endswith(". Override?")
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)


def test_cancel_leaves_nothing_written(qtbot, stays, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    dialog, box = _ask(qtbot, window)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=WAIT)
    assert dialog.isVisible() and dialog.guests.toPlainText() == "Bob Brown"
    refreshed(qtbot, window)
    names = {n for s in window.ctx.rack for n in s.guest_names}
    assert "Bob Brown" not in names and "Marta Silva" in names
    rack = {r.name: r for r in window.rooms.model.rows}
    assert rack["Room 102"].state == "occupied" and rack["Room 102"].guest_names == ("Marta Silva",)


def test_override_checks_the_guest_in_over_the_stay(qtbot, stays, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    dialog, box = _ask(qtbot, window)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    refreshed(qtbot, window)
    rack = {r.name: r for r in window.rooms.model.rows}
    assert rack["Room 102"].state == "override_pending"
    assert rack["Room 102"].guest_names == ("Bob Brown",)


def test_the_report_of_a_lost_race_says_the_stay_is_overridden(qapp) -> None:  # type: ignore[no-untyped-def]
    from frontdesk.services.stays.views import ChangeView
    from frontdesk.ui.change_text import describe

    lost = ChangeView("R-AAAA", (), (), (), (), (), (), overridden_by="R-BBBB")
    _status, notice = describe("check_in", lost, ["Room 101"])
    assert "R-BBBB" in notice and "R-AAAA is overridden" in notice
    won = ChangeView("R-AAAA", (), (), (), (), (), ())
    assert describe("check_in", won, ["Room 101"])[1] == ""


@pytest.fixture
def bob_over_marta(stays, desk_app):  # type: ignore[no-untyped-def]
    """Bob checked in over Marta (Room 102) from two hours from now, before the window opens."""
    bob = CheckIn(
        ("Bob Brown",),
        ("room-102",),
        AFTERNOON + timedelta(hours=2),
        AFTERNOON + timedelta(hours=30),
        override_live=True,
    )
    return asyncio.run(desk_app.desk.check_in(bob)).reservation_key


def test_the_rack_and_the_move_picker_name_the_guest_checked_in_over_the_stay(  # type: ignore[no-untyped-def]
    qtbot, stays, bob_over_marta, qloop, desk_app
) -> None:
    window = open_window(qtbot, desk_app)
    refreshed(qtbot, window)
    rack = {r.name: r for r in window.rooms.model.rows}
    assert rack["Room 102"].guest_names == ("Bob Brown",)
    assert rack["Room 102"].reservation_key == bob_over_marta
    assert rack["Room 102"].state == "override_pending" and rack["Room 102"].pending_keys == (stays["marta"],)
    notes = {c.name: c.note for c in window.ctx.room_choices()}  # the move picker's words
    assert "Bob Brown" in notes["Room 102"] and "Marta" not in notes["Room 102"]


def test_a_move_onto_a_held_room_asks_and_override_moves(qtbot, stays, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    window.flows.stay_action("move_room", stays["lucas"])
    qtbot.waitUntil(lambda: window.flows.dialog is not None and window.flows.dialog.isVisible(), timeout=WAIT)
    dialog = window.flows.dialog
    dialog.rooms.set_checked(["Room 102"])
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.question is not None and dialog.question.isVisible(), timeout=WAIT)
    box = dialog.question
    assert box.text().startswith("Room 102 is held by Marta Silva until ")
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    refreshed(qtbot, window)
    rack = {r.name: r for r in window.rooms.model.rows}
    assert rack["Room 102"].reservation_key == stays["lucas"]


def test_override_takes_the_room_only_from_the_stay_the_question_named(  # type: ignore[no-untyped-def]
    qtbot, stays, qloop, desk_app
) -> None:
    """While the question is open another desk checks Ann in over Marta: Override asks again, naming Ann."""
    window = open_window(qtbot, desk_app)
    dialog, box = _ask(qtbot, window)
    ann = CheckIn(("Ann Lee",), ("room-102",), AFTERNOON, AFTERNOON + timedelta(hours=20), override_live=True)
    task = asyncio.ensure_future(desk_app.desk.check_in(ann))  # "another desk", on the same database
    qtbot.waitUntil(task.done, timeout=WAIT)
    ann_key = task.result().reservation_key
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.question is not box and dialog.question.isVisible(), timeout=WAIT)
    assert "Ann Lee" in dialog.question.text() and dialog.isVisible()
    qtbot.mouseClick(dialog.question.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    refreshed(qtbot, window)
    rack = {r.name: r for r in window.rooms.model.rows}
    assert rack["Room 102"].reservation_key == ann_key  # Bob did not take Ann's room unasked
    assert "Bob Brown" not in {n for s in window.ctx.rack for n in s.guest_names}
