"""The cards of a stay in its details: a duplicate and a lost-card cancel from there, the list
refreshed from the change each publishes, and an unconfirmed card shown for what it is."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from frontdesk.domain.commands import CheckIn
from frontdesk.services.cards.encoder import CardType
from frontdesk.ui.dialogs.encode_cards import CardJob, EncodeCardsDialog
from frontdesk.ui.dialogs.stay_details import StayDetailsDialog
from tests.ui.cards_helpers import simulated_encoder, wait_for
from tests.ui.conftest import AFTERNOON
from tests.ui.helpers import WAIT, open_window
from tests.ui.test_cards_unconfirmed import NTAG_WRITE_COMMANDS


def _ann_with_a_card(qtbot: Any, window: Any, app: Any, encoder: Any) -> tuple[str, int]:
    change = wait_for(
        qtbot,
        app.desk.check_in(CheckIn(("Ann Lee",), ("room-101",), AFTERNOON, AFTERNOON + timedelta(days=2))),
    )
    encode = window.flows.encode_cards([CardJob(change.grants_created[0].access_grant_id, "Ann Lee")])
    qtbot.waitUntil(lambda: "Place card 1 of 1" in encode.prompt.text(), timeout=WAIT)
    encoder.place_card(CardType.NTAG213)
    qtbot.waitUntil(lambda: encode.complete, timeout=WAIT)
    assert len(encode.results) == 1, encode.error.title.text()
    encode.accept()
    return str(change.reservation_key), encode.results[0].card_serial


def _open_stay(qtbot: Any, window: Any, key: str, cards: int) -> StayDetailsDialog:
    window.flows.open_stay(key)
    qtbot.waitUntil(lambda: isinstance(window.flows.dialog, StayDetailsDialog), timeout=WAIT)
    dialog = window.flows.dialog
    qtbot.waitUntil(lambda: dialog.cards.table.rowCount() == cards, timeout=WAIT)
    return dialog


def _row(dialog: StayDetailsDialog, row: int) -> list[str]:
    table = dialog.cards.table
    return [table.item(row, c).text() for c in range(table.columnCount())]


def test_a_duplicate_from_the_stay_appears_on_it(qtbot, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    encoder = simulated_encoder(desk_app)
    window = open_window(qtbot, desk_app)
    key, serial = _ann_with_a_card(qtbot, window, desk_app, encoder)
    stay = _open_stay(qtbot, window, key, cards=1)
    assert _row(stay, 0)[:3] == [str(serial), "Ann Lee", "issued"]
    assert _row(stay, 0)[3]  # valid until
    stay.cards.table.selectRow(0)
    qtbot.mouseClick(stay.cards.duplicate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(window.flows.dialog, EncodeCardsDialog), timeout=WAIT)
    encode = window.flows.dialog
    qtbot.waitUntil(lambda: "Place card 1 of 1" in encode.prompt.text(), timeout=WAIT)
    encoder.place_card(CardType.NTAG213)
    qtbot.waitUntil(lambda: encode.complete, timeout=WAIT)
    copy = encode.results[0]
    assert copy.duplicate_of == serial
    encode.accept()
    assert stay.isVisible()
    expected = {str(serial): "issued", str(copy.card_serial): "issued"}
    shown = lambda: {_row(stay, r)[0]: _row(stay, r)[2] for r in range(stay.cards.table.rowCount())}  # noqa: E731
    qtbot.waitUntil(lambda: shown() == expected, timeout=WAIT)


def test_lost_card_cancel_from_the_stay_asks_first_and_keeps_the_card_by_default(  # type: ignore[no-untyped-def]
    qtbot, qloop, desk_app
) -> None:
    encoder = simulated_encoder(desk_app)
    window = open_window(qtbot, desk_app)
    key, serial = _ann_with_a_card(qtbot, window, desk_app, encoder)
    stay = _open_stay(qtbot, window, key, cards=1)
    qtbot.mouseClick(stay.cards.cancel_button, Qt.MouseButton.LeftButton)
    assert stay.cards.error.title.text() == "No card selected."
    stay.cards.table.selectRow(0)
    box = stay.cards.ask_cancel()
    assert box is not None
    assert all(word in box.text() for word in ("Ann Lee", "Room 101", str(serial)))
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    qtbot.keyClick(box, Qt.Key.Key_Return)  # the default keeps the card
    qtbot.wait(200)
    assert [c.status for c in wait_for(qtbot, desk_app.cards.cards(reservation_key=key))] == ["issued"]
    assert _row(stay, 0)[2] == "issued"

    box = stay.cards.ask_cancel()
    assert box is not None
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _row(stay, 0)[2] == "cancelled (lost)", timeout=WAIT)
    assert [c.status for c in wait_for(qtbot, desk_app.cards.cards(reservation_key=key))] == ["cancelled"]


def test_an_unconfirmed_card_is_shown_on_its_stay(qtbot, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    encoder = simulated_encoder(desk_app)
    window = open_window(qtbot, desk_app)
    change = wait_for(
        qtbot,
        desk_app.desk.check_in(
            CheckIn(("Ann Lee",), ("room-101",), AFTERNOON, AFTERNOON + timedelta(days=2))
        ),
    )
    encode = window.flows.encode_cards([CardJob(change.grants_created[0].access_grant_id, "Ann Lee")])
    qtbot.waitUntil(lambda: "Place card 1 of 1" in encode.prompt.text(), timeout=WAIT)
    encoder.remove_after(NTAG_WRITE_COMMANDS + 2)  # the whole card is on the chip, then it leaves
    encoder.place_card(CardType.NTAG213)
    qtbot.waitUntil(lambda: "put the same card back" in encode.prompt.text(), timeout=WAIT)
    encoder.place_card(CardType.NTAG213)  # another card: the first one left with the guest
    qtbot.waitUntil(lambda: encode.retry_button.isVisible(), timeout=WAIT)
    encode.reject()

    stay = _open_stay(qtbot, window, str(change.reservation_key), cards=1)
    assert _row(stay, 0)[1:3] == ["Ann Lee", "unconfirmed: may still open until revoked — revoked"]
