"""A card pulled during its read-back: the encode dialog says which door it may open and that it
has been revoked, and the Cards screen lists it as unconfirmed."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from frontdesk.domain.commands import CheckIn
from frontdesk.services.cards.encoder import CardType
from frontdesk.ui.dialogs.encode_cards import CardJob, EncodeCardsDialog
from tests.ui.cards_helpers import simulated_encoder, wait_for
from tests.ui.conftest import AFTERNOON
from tests.ui.helpers import WAIT, open_window, refreshed

# The UID and 9 reads (read before write), the UID and pages 4..39; the read-back follows.
NTAG_WRITE_COMMANDS = 1 + 9 + 1 + 36


def test_a_card_pulled_during_its_read_back_is_shown_as_unconfirmed_and_revoked(  # type: ignore[no-untyped-def]
    qtbot, qloop, desk_app, secret_service
) -> None:
    encoder = simulated_encoder(desk_app)
    window = open_window(qtbot, desk_app)
    change = wait_for(
        qtbot,
        desk_app.desk.check_in(
            CheckIn(("Ann Lee",), ("room-101",), AFTERNOON, AFTERNOON + timedelta(days=2))
        ),
    )
    dialog = window.flows.encode_cards([CardJob(change.grants_created[0].access_grant_id, "Ann Lee")])
    assert isinstance(dialog, EncodeCardsDialog)
    qtbot.waitUntil(lambda: "Place card 1 of 1" in dialog.prompt.text(), timeout=WAIT)
    encoder.remove_after(NTAG_WRITE_COMMANDS + 2)  # the whole card is on the chip, then it leaves
    encoder.place_card(CardType.NTAG213)
    qtbot.waitUntil(lambda: "put the same card back" in dialog.prompt.text(), timeout=WAIT)
    encoder.place_card(CardType.NTAG213)  # another card: the first one is gone with the guest
    qtbot.waitUntil(lambda: dialog.retry_button.isVisible(), timeout=WAIT)
    assert dialog.error.title.text() == "A different card is on the reader."
    assert "This card may open Room 101 until it is revoked; it has been revoked." in dialog.error.hint.text()
    assert "Card 1 of 1 was not issued" in dialog.prompt.text()
    dialog.reject()

    window.nav.setCurrentRow(3)  # Cards
    refreshed(qtbot, window)
    screen = window.cards
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=WAIT)
    status = screen.model.index(0, 3).data(Qt.ItemDataRole.DisplayRole)
    assert (screen.model.index(0, 1).data(), status) == ("Ann Lee", "unconfirmed, revoked")
