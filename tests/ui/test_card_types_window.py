"""The card types from the Cards screen and the check-out question, each through its dialog, the
encode dialog with the simulated encoder, and the virtual doors (the lock model)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt

from frontdesk.services.cards.encoder import CardType
from frontdesk.ui.dialogs.encode_cards import EncodeCardsDialog
from frontdesk.ui.dialogs.special_cards import LockCardDialog, OneShotCardDialog
from frontdesk.ui.dialogs.stay_changes import CheckOutDialog
from tests.ui.cards_helpers import simulated_encoder, wait_for
from tests.ui.conftest import AFTERNOON
from tests.ui.helpers import WAIT, open_window, refreshed


def _encode_on_a_new_card(qtbot: Any, window: Any, encoder: Any) -> EncodeCardsDialog:
    qtbot.waitUntil(lambda: isinstance(window.flows.dialog, EncodeCardsDialog), timeout=WAIT)
    encode = window.flows.dialog
    qtbot.waitUntil(lambda: "Place card 1 of 1" in encode.prompt.text(), timeout=WAIT)
    encoder.place_card(CardType.NTAG213)
    qtbot.waitUntil(lambda: encode.complete, timeout=WAIT)
    assert len(encode.results) == 1, encode.error.title.text()
    encode.accept()
    return encode


def _tap(qtbot: Any, app: Any, door: str, hours: float = 0.5) -> tuple[bool, str]:
    tapped = wait_for(qtbot, app.doors.tap(door, at=app.clock() + timedelta(hours=hours)))
    return tapped.opened, str(tapped.reason)


def test_one_shot_card_from_the_cards_screen_opens_its_door_once(qtbot, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    encoder = simulated_encoder(desk_app)
    window = open_window(qtbot, desk_app)
    window.go("cards")
    qtbot.mouseClick(window.cards.one_shot_button, Qt.MouseButton.LeftButton)
    dialog = window.flows.dialog
    assert isinstance(dialog, OneShotCardDialog)
    qtbot.keyClicks(dialog.name, "Ace Plumbing")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error.title.text() == "No door chosen."
    dialog.doors.tick("room-101")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    encode = _encode_on_a_new_card(qtbot, window, encoder)
    assert encode.results[0].kind == "one_shot"
    assert _tap(qtbot, desk_app, "room-101") == (True, "opened")
    assert _tap(qtbot, desk_app, "room-101") == (False, "already_used")
    refreshed(qtbot, window)
    assert [(c.holder, c.kind) for c in window.cards.model.rows][:1] == [("Ace Plumbing", "one_shot")]


def test_emergency_card_from_the_cards_screen_opens_a_deadbolted_room(qtbot, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    encoder = simulated_encoder(desk_app)
    window = open_window(qtbot, desk_app)
    window.go("cards")
    wait_for(qtbot, desk_app.doors.throw_deadbolt("room-104"))
    qtbot.mouseClick(window.cards.emergency_button, Qt.MouseButton.LeftButton)
    dialog = window.flows.dialog
    assert isinstance(dialog, LockCardDialog) and dialog.hours.value() == 4.0
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error.title.text() == "No reason given."
    qtbot.keyClicks(dialog.reason, "smoke alarm in 104")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    encode = _encode_on_a_new_card(qtbot, window, encoder)
    assert encode.results[0].kind == "lock_state"
    assert _tap(qtbot, desk_app, "room-104") == (True, "opened")
    assert _tap(qtbot, desk_app, "pool") == (True, "opened")
    assert _tap(qtbot, desk_app, "room-104", hours=4.5) == (False, "expired")


def test_block_and_unblock_a_room_from_the_cards_screen(qtbot, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    encoder = simulated_encoder(desk_app)
    window = open_window(qtbot, desk_app)
    window.go("cards")
    for button, reason in ((window.cards.block_button, "leak"), (window.cards.unblock_button, "fixed")):
        # The card tapped at the door leaves the reader before the next one is made: left there, it
        # is a live card that the next encode would ask to overwrite (a question this test never
        # answers, which was a race: whether the encode saw it before the new card was placed).
        encoder.remove_card()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        dialog = window.flows.dialog
        assert isinstance(dialog, LockCardDialog)
        qtbot.keyClicks(dialog.reason, reason)
        assert dialog.doors is not None
        dialog.doors.tick("room-103")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        _encode_on_a_new_card(qtbot, window, encoder)
        assert _tap(qtbot, desk_app, "room-103") == (False, "programmed")
        assert wait_for(qtbot, desk_app.doors.state("room-103")).blocked is (reason == "leak")


def test_check_out_asks_and_collected_cards_are_not_revoked(qtbot, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]

    from frontdesk.domain.commands import CheckIn
    from tests.services.cards.conftest import Prompter

    encoder = simulated_encoder(desk_app)
    stay = wait_for(
        qtbot,
        desk_app.desk.check_in(
            CheckIn(
                ("Rosa Diaz",), ("room-105",), AFTERNOON - timedelta(hours=2), AFTERNOON + timedelta(days=2)
            )
        ),
    )
    encoder.place_card(CardType.NTAG213)
    wait_for(qtbot, desk_app.cards.encode(stay.grants_created[0].access_grant_id, Prompter()))
    window = open_window(qtbot, desk_app)
    window.flows.stay_action("check_out", stay.reservation_key)
    qtbot.waitUntil(lambda: isinstance(window.flows.dialog, CheckOutDialog), timeout=WAIT)
    dialog = window.flows.dialog
    assert not dialog.collected.isChecked() and not dialog.revoke.isChecked()
    qtbot.mouseClick(dialog.collected, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    [card] = wait_for(qtbot, desk_app.cards.cards(reservation_key=stay.reservation_key))
    assert (card.status, card.cancelled_at) == ("collected", None)
    window.go("cards")
    qtbot.waitUntil(lambda: bool(window.cards.model.rows), timeout=WAIT)
    assert window.cards.model.rows[0].status == "collected"
    assert window.cards.model.data(window.cards.model.index(0, 3)) == "collected at check-out"


def test_staff_card_with_a_shift_from_the_staff_dialog(qtbot, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTime

    from frontdesk.ui.dialogs.staff_card import StaffCardDialog

    encoder = simulated_encoder(desk_app)
    window = open_window(qtbot, desk_app)
    window.go("cards")
    qtbot.mouseClick(window.cards.staff_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(window.flows.dialog, StaffCardDialog), timeout=WAIT)
    staff = window.flows.dialog
    qtbot.keyClicks(staff.name, "Night Porter")
    next(b for b in staff.groups if b.property("group") == "housekeeping").setChecked(True)
    staff.on_shift.setChecked(True)
    for n, box in enumerate(staff.days):
        box.setChecked(n == 1)  # Tuesday nights only
    staff.shift_from.setTime(QTime(22, 0))
    staff.shift_until.setTime(QTime(6, 0))
    qtbot.mouseClick(staff.ok_button, Qt.MouseButton.LeftButton)
    _encode_on_a_new_card(qtbot, window, encoder)
    # The desk's clock: 16:00 on Tuesday 17 Nov 2026 at the hotel.
    assert _tap(qtbot, desk_app, "room-101", hours=0) == (False, "off_shift")
    assert _tap(qtbot, desk_app, "room-101", hours=6.5) == (True, "opened")  # 22:30 Tuesday
    assert _tap(qtbot, desk_app, "room-101", hours=13.5) == (True, "opened")  # 05:30 Wednesday
    assert _tap(qtbot, desk_app, "room-101", hours=14.5) == (False, "off_shift")  # 06:30


def test_duplicate_and_cancel_a_lost_card_from_the_card_list(qtbot, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from frontdesk.domain.commands import CheckIn
    from tests.services.cards.conftest import Prompter

    encoder = simulated_encoder(desk_app)
    stay = wait_for(
        qtbot,
        desk_app.desk.check_in(
            CheckIn(
                ("Rosa Diaz",), ("room-105",), AFTERNOON - timedelta(hours=2), AFTERNOON + timedelta(days=2)
            )
        ),
    )
    encoder.place_card(CardType.NTAG213)
    first = wait_for(qtbot, desk_app.cards.encode(stay.grants_created[0].access_grant_id, Prompter()))
    encoder.remove_card()
    window = open_window(qtbot, desk_app)
    window.go("cards")
    qtbot.waitUntil(lambda: len(window.cards.model.rows) == 1, timeout=WAIT)
    window.cards.view.select_first()
    qtbot.mouseClick(window.cards.duplicate_button, Qt.MouseButton.LeftButton)
    encode = _encode_on_a_new_card(qtbot, window, encoder)
    assert encode.results[0].holder == "Rosa Diaz"
    qtbot.waitUntil(lambda: len(window.cards.model.rows) == 2, timeout=WAIT)

    row = next(r for r, c in enumerate(window.cards.model.rows) if c.card_serial == first.card_serial)
    window.cards.view.selectRow(window.cards.view.proxy.mapFromSource(window.cards.model.index(row, 0)).row())
    box = window.cards.ask_cancel()
    assert box is not None and "Cancel card" in box.text() and "Rosa Diaz" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)  # a stray Enter keeps it
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(
        lambda: (
            {c.card_serial: c.status for c in window.cards.model.rows}.get(first.card_serial) == "cancelled"
        ),
        timeout=WAIT,
    )
    # The lost card is cancelled, the duplicate (still on the reader) keeps working.
    assert _tap(qtbot, desk_app, "room-105") == (True, "opened")
