"""Read before write in the encode dialog: a card that still works for another stay is written over
only after a question whose default button is Cancel."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from frontdesk.domain.commands import CheckIn
from frontdesk.services.cards.encoder import CardType
from frontdesk.ui.dialogs.encode_cards import CardJob, EncodeCardsDialog
from tests.services.cards.conftest import Prompter
from tests.ui.cards_helpers import simulated_encoder, wait_for
from tests.ui.conftest import AFTERNOON
from tests.ui.helpers import WAIT, open_window


def test_a_live_card_of_another_stay_is_written_over_only_after_a_yes(  # type: ignore[no-untyped-def]
    qtbot, qloop, desk_app, secret_service
) -> None:
    encoder = simulated_encoder(desk_app)
    window = open_window(qtbot, desk_app)
    end = AFTERNOON + timedelta(days=2)
    ann = wait_for(qtbot, desk_app.desk.check_in(CheckIn(("Ann Lee",), ("room-101",), AFTERNOON, end)))
    bob = wait_for(qtbot, desk_app.desk.check_in(CheckIn(("Bob Ray",), ("room-102",), AFTERNOON, end)))
    chip = encoder.place_card(CardType.NTAG213)
    anns = wait_for(
        qtbot, desk_app.cards.encode(ann.grants_created[0].access_grant_id, Prompter(), timeout=2)
    )
    encoder.remove_card()

    dialog = window.flows.encode_cards([CardJob(bob.grants_created[0].access_grant_id, "Bob Ray")])
    assert isinstance(dialog, EncodeCardsDialog)
    qtbot.waitUntil(lambda: "Place card 1 of 1" in dialog.prompt.text(), timeout=WAIT)
    encoder.place_card(CardType.NTAG213, uid=chip.uid)  # Ann's card, left on the desk
    qtbot.waitUntil(lambda: dialog.question is not None and dialog.question.isVisible(), timeout=WAIT)
    box = dialog.question
    assert "Ann Lee's card for Room 101" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(box, Qt.Key.Key_Return)  # a stray Enter: Cancel
    qtbot.waitUntil(lambda: dialog.retry_button.isVisible(), timeout=WAIT)
    assert dialog.error.title.text() == "The card on the reader still works for someone else."
    assert "--" not in dialog.error.hint.text()  # no command-line hint in the window
    cards = wait_for(qtbot, desk_app.cards.cards())
    assert [(c.holder, c.status) for c in cards] == [("Ann Lee", "issued")]

    dialog.retry_button.click()
    qtbot.waitUntil(lambda: dialog.question is not None and dialog.question.isVisible(), timeout=WAIT)
    dialog.question.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: dialog.complete, timeout=WAIT)
    cards = wait_for(qtbot, desk_app.cards.cards())
    assert sorted((c.holder, c.status) for c in cards) == [("Ann Lee", "replaced"), ("Bob Ray", "issued")]
    assert cards[-1].card_serial == anns.card_serial
