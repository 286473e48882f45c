"""One check-in whose card is encoded through the real pcscd, the vpcd reader and the card emulator.

Uses vpcd's first reader: run it alone (one process at a time can hold the virtual reader).
"""

from __future__ import annotations

import pytest

from frontdesk.services.drivers import ENCODERS, create_driver
from frontdesk.ui.dialogs.checkin import CheckInDialog
from frontdesk.ui.dialogs.encode_cards import EncodeCardsDialog
from tests import pcsc_fixtures
from tests.cardemu.control import wait_for_reader
from tests.ui.cards_helpers import wait_for
from tests.ui.conftest import AFTERNOON
from tests.ui.helpers import WAIT, open_window

READER = "Virtual PCD 00 00"
pcscd, card_emulator = pcsc_fixtures.pcscd, pcsc_fixtures.card_emulator  # the fixtures, used here


@pytest.mark.pcsc
def test_check_in_encodes_a_card_through_pcscd_and_the_emulator(  # type: ignore[no-untyped-def]
    qtbot, qloop, desk_app, secret_service, card_emulator, tmp_path
) -> None:
    encoder = create_driver(ENCODERS, "pcsc")
    desk_app.cards.use_encoder(encoder)
    window = open_window(qtbot, desk_app)
    dialog = window.flows.check_in()
    assert isinstance(dialog, CheckInDialog)
    dialog.guests.setPlainText("Ann Lee")
    dialog.rooms.filter.setText("204")
    dialog.rooms._pick_first()
    dialog.submit()
    qtbot.waitUntil(lambda: isinstance(window.flows.dialog, EncodeCardsDialog), timeout=WAIT)
    encode = window.flows.dialog
    qtbot.waitUntil(lambda: "Place card 1 of 1" in encode.prompt.text(), timeout=WAIT)

    emulator = card_emulator("classic1k", reader=READER, memory=tmp_path / "card.json")
    wait_for_reader(READER, True)
    qtbot.waitUntil(lambda: encode.complete or encode.error.isVisible(), timeout=30_000)
    assert not encode.error.isVisible(), encode.error.title.text()
    assert "The card is encoded" in encode.prompt.text()
    encode.accept()

    cards = wait_for(qtbot, desk_app.cards.cards())
    assert [(c.holder, c.status, c.card_type.value) for c in cards] == [
        ("Ann Lee", "issued", "mifare_classic_1k")
    ]
    tapped = wait_for(qtbot, desk_app.doors.tap("room-204", reader=READER, at=AFTERNOON, timeout=10), 30_000)
    assert tapped.opened, tapped
    emulator.stop()
    wait_for(qtbot, encoder.close())
