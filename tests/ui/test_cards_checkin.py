"""Check-in with key cards: the encode dialog card after card, by keyboard, resumable after a failure."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from frontdesk.domain.commands import CheckIn
from frontdesk.services.cards.encoder import CardType
from frontdesk.ui.dialogs.checkin import CheckInDialog
from frontdesk.ui.dialogs.encode_cards import CardJob, EncodeCardsDialog
from frontdesk.ui.dialogs.group_checkin import GroupCheckInDialog
from tests.ui.cards_helpers import simulated_encoder, wait_for
from tests.ui.conftest import AFTERNOON
from tests.ui.helpers import WAIT, key, open_window, refreshed, shortcut, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def test_check_in_one_guest_with_two_cards_by_keyboard_alone(  # type: ignore[no-untyped-def]
    qtbot, qloop, desk_app, secret_service
) -> None:
    encoder = simulated_encoder(desk_app)
    window = open_window(qtbot, desk_app)

    shortcut(qtbot, window, "Ctrl+N")
    dialog = window.flows.dialog
    assert isinstance(dialog, CheckInDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.guests, timeout=WAIT)
    type_text(qtbot, "Ann Lee")
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "204")
    key(qtbot, Qt.Key.Key_Return)  # ticks Room 204
    key(qtbot, Qt.Key.Key_S, ALT)  # Cards to encode
    assert QApplication.focusWidget() is dialog.cards
    key(qtbot, Qt.Key.Key_Up)  # 1 -> 2 cards
    assert dialog.cards.value() == 2
    key(qtbot, Qt.Key.Key_Return, CTRL)  # check in

    qtbot.waitUntil(lambda: isinstance(window.flows.dialog, EncodeCardsDialog), timeout=WAIT)
    encode = window.flows.dialog
    qtbot.waitUntil(lambda: "Place card 1 of 2" in encode.prompt.text(), timeout=WAIT)
    assert "Ann Lee" in encode.prompt.text() and "Room 204" in encode.prompt.text()

    key(qtbot, Qt.Key.Key_V, ALT)  # the simulator's hand: a blank card on the reader
    qtbot.waitUntil(lambda: "Take card 1 off the reader" in encode.prompt.text(), timeout=WAIT)
    key(qtbot, Qt.Key.Key_V, ALT)  # card 1 off, a second blank card on
    qtbot.waitUntil(lambda: encode.complete and encode.close_button.hasFocus(), timeout=WAIT)
    assert "All 2 cards are encoded" in encode.prompt.text()
    key(qtbot, Qt.Key.Key_Return)  # Done
    qtbot.waitUntil(lambda: not encode.isVisible(), timeout=WAIT)
    refreshed(qtbot, window)
    assert "Encoded 2 cards" in window.statusBar().currentMessage()

    cards = wait_for(qtbot, desk_app.cards.cards())
    assert [c.holder for c in cards] == ["Ann Lee", "Ann Lee"]
    assert {c.status for c in cards} == {"issued"}
    assert len({c.uid for c in cards}) == 2  # two different cards, not one written twice
    # Both cards open Room 204 (same stay: they are joiners, neither overrides the other).
    for card in cards:
        encoder.remove_card()
        encoder.place_card(CardType.NTAG213, uid=bytes.fromhex(card.uid))
        tapped = wait_for(qtbot, desk_app.doors.tap("room-204", at=AFTERNOON, timeout=2))
        assert tapped.opened, tapped


def test_a_failed_card_is_not_issued_and_retry_carries_on_from_it(  # type: ignore[no-untyped-def]
    qtbot, qloop, desk_app, secret_service
) -> None:
    encoder = simulated_encoder(desk_app)
    window = open_window(qtbot, desk_app)
    change = wait_for(
        qtbot,
        desk_app.desk.check_in(
            CheckIn(("Ann Lee", "Tom Lee"), ("room-101",), AFTERNOON, AFTERNOON + timedelta(days=2))
        ),
    )
    ann, tom = change.grants_created
    jobs = [
        CardJob(ann.access_grant_id, "Ann Lee"),
        CardJob(tom.access_grant_id, "Tom Lee"),
        CardJob(ann.access_grant_id, "Ann Lee"),
    ]
    dialog = window.flows.encode_cards(jobs)
    assert isinstance(dialog, EncodeCardsDialog)
    qtbot.waitUntil(lambda: "Place card 1 of 3" in dialog.prompt.text(), timeout=WAIT)
    encoder.place_card(CardType.NTAG213)
    qtbot.waitUntil(lambda: "Take card 1 off" in dialog.prompt.text(), timeout=WAIT)
    # Card 2: a Classic card owned by another system refuses to be written.
    encoder.remove_card()
    encoder.place_card(CardType.MIFARE_CLASSIC_1K, write_protected=True)
    qtbot.waitUntil(lambda: dialog.retry_button.isVisible(), timeout=WAIT)
    assert dialog.error.title.text() == "The card refused to be written."
    assert dialog.error.hint.text()  # and a hint saying what to do
    assert "Card 2 of 3 was not issued" in dialog.prompt.text()
    assert dialog.retry_button.text() == "&Retry card 2"
    assert dialog.table.item(0, 2).text().startswith("✓")

    encoder.remove_card()
    encoder.place_card(CardType.NTAG213)
    key(qtbot, Qt.Key.Key_Return)  # Retry card 2 has the focus
    qtbot.waitUntil(lambda: "Take card 2 off" in dialog.prompt.text(), timeout=WAIT)
    encoder.remove_card()
    encoder.place_card(CardType.NTAG213)
    qtbot.waitUntil(lambda: dialog.complete, timeout=WAIT)
    dialog.accept()

    cards = wait_for(qtbot, desk_app.cards.cards())
    by_status = sorted((c.status, c.holder) for c in cards)
    assert by_status == [
        ("failed", "Tom Lee"),  # the refused card: nothing reached the chip, never issued
        ("issued", "Ann Lee"),
        ("issued", "Ann Lee"),
        ("issued", "Tom Lee"),
    ]


def test_group_check_in_encodes_the_cards_of_every_room_in_one_go(  # type: ignore[no-untyped-def]
    qtbot, qloop, desk_app, secret_service
) -> None:
    encoder = simulated_encoder(desk_app)
    window = open_window(qtbot, desk_app)
    group = window.flows.group_check_in()
    assert isinstance(group, GroupCheckInDialog)
    for room in ("Room 110", "Room 111"):
        group.rooms.filter.setText(room)
        group.rooms._pick_first()
    group.table.item(0, 1).setText("Hana Sato")
    group.table.item(1, 1).setText("Ravi Patel")
    group.submit()
    qtbot.waitUntil(lambda: isinstance(window.flows.dialog, EncodeCardsDialog), timeout=WAIT)
    encode = window.flows.dialog
    qtbot.waitUntil(
        lambda: "Place card 1 of 2 on the reader — for Hana Sato" in encode.prompt.text(), timeout=WAIT
    )
    encoder.place_card(CardType.MIFARE_CLASSIC_1K)
    qtbot.waitUntil(lambda: "Take card 1 off the reader" in encode.prompt.text(), timeout=WAIT)
    encoder.remove_card()
    qtbot.waitUntil(
        lambda: "Place card 2 of 2 on the reader — for Ravi Patel" in encode.prompt.text(), timeout=WAIT
    )
    encoder.place_card(CardType.MIFARE_CLASSIC_1K)
    qtbot.waitUntil(lambda: encode.complete, timeout=WAIT)
    assert [encode.table.item(r, 1).text() for r in (0, 1)] == [
        "Hana Sato (Room 110)",
        "Ravi Patel (Room 111)",
    ]
    encode.accept()
    cards = wait_for(qtbot, desk_app.cards.cards())
    assert sorted(c.holder for c in cards) == ["Hana Sato", "Ravi Patel"]


def test_the_encode_dialog_warns_before_a_card_that_will_not_open_yet(  # type: ignore[no-untyped-def]
    qtbot, qloop, desk_app, secret_service
) -> None:
    """Tomorrow's arrival: the dialog says, before any card is placed, when the card starts to open."""
    simulated_encoder(desk_app)
    window = open_window(qtbot, desk_app)
    dialog = window.open_check_in()
    qtbot.keyClicks(dialog.guests, "Ann Lee")
    dialog.rooms.set_checked(["Room 204"])
    dialog.dates.arrival.setDate(dialog.dates.arrival.date().addDays(1))
    dialog.dates.arrival_time.setTime(dialog.dates.arrival_time.time().fromString("15:00", "HH:mm"))
    dialog.dates.nights.setValue(2)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(window.flows.dialog, EncodeCardsDialog), timeout=WAIT)
    encode = window.flows.dialog
    assert encode.not_yet.isVisible()
    assert "Card 1 for Ann Lee will not open a door before Wed 18 Nov 15:00." in encode.not_yet.text()
    cards = wait_for(qtbot, desk_app.cards.cards())
    assert cards == []  # said before anything was written


def test_a_card_for_a_stay_that_has_started_gets_no_warning(  # type: ignore[no-untyped-def]
    qtbot, qloop, desk_app, secret_service
) -> None:
    simulated_encoder(desk_app)
    window = open_window(qtbot, desk_app)
    dialog = window.open_check_in()
    qtbot.keyClicks(dialog.guests, "Ann Lee")
    dialog.rooms.set_checked(["Room 204"])
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(window.flows.dialog, EncodeCardsDialog), timeout=WAIT)
    assert not window.flows.dialog.not_yet.isVisible() and window.flows.dialog.not_yet.text() == ""
