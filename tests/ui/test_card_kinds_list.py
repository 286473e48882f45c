"""The Cards screen says what each card is in words (the lock-state cards by what they do at a
door) and shows a staff card's shift."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt

from frontdesk.domain.cards import Shift
from frontdesk.domain.commands import CheckIn, GrantStaffAccess
from frontdesk.services.cards.encoder import CardType, PresentedCard
from tests.ui.cards_helpers import simulated_encoder, wait_for
from tests.ui.conftest import AFTERNOON
from tests.ui.helpers import WAIT, open_window, refreshed


class _Prompts:
    """The person at the desk, who has already put the card down."""

    def place_card(self, reader: str | None) -> None:
        pass

    def put_card_back(self, card: PresentedCard) -> None:
        pass

    def card_ready(self, card: PresentedCard) -> None:
        pass


def test_the_card_list_names_each_kind_in_words_and_a_staff_cards_shift(  # type: ignore[no-untyped-def]
    qtbot, qloop, desk_app
) -> None:
    encoder = simulated_encoder(desk_app)
    cards, desk, prompts = desk_app.cards, desk_app.desk, _Prompts()

    def on_a_new_card(make: Callable[[], Coroutine[Any, Any, Any]]) -> Any:
        encoder.remove_card()
        encoder.place_card(CardType.NTAG213)
        return wait_for(qtbot, make())

    stay = wait_for(
        qtbot, desk.check_in(CheckIn(("Ann Lee",), ("room-101",), AFTERNOON, AFTERNOON + timedelta(days=2)))
    )
    guest = on_a_new_card(lambda: cards.encode(stay.grants_created[0].access_grant_id, prompts))
    rosa = wait_for(
        qtbot,
        desk.grant_staff_access(
            GrantStaffAccess("Rosa Diaz", AFTERNOON, AFTERNOON + timedelta(days=30), ("housekeeping",))
        ),
    )
    staff = on_a_new_card(
        lambda: cards.encode(rosa.grants_created[0].access_grant_id, prompts, shift=Shift(0b0011111, 28, 60))
    )
    visit = wait_for(
        qtbot,
        desk.grant_staff_access(
            GrantStaffAccess("Ace Plumbing", AFTERNOON, AFTERNOON + timedelta(hours=4), (), ("room-102",))
        ),
    )
    visit_grant = visit.grants_created[0].access_grant_id
    one_shot = on_a_new_card(lambda: cards.encode(visit_grant, prompts, one_shot=True))
    emergency = on_a_new_card(lambda: cards.encode_emergency("fire drill", prompts))
    block = on_a_new_card(lambda: cards.encode_room_block(("room-103",), "flood", prompts))
    unblock = on_a_new_card(lambda: cards.encode_room_block(("room-103",), "dry", prompts, block=False))

    window = open_window(qtbot, desk_app)
    window.go("cards")
    refreshed(qtbot, window)
    model = window.cards.model
    qtbot.waitUntil(lambda: model.rowCount() == 6, timeout=WAIT)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    kind, shift = headers.index("Kind"), headers.index("Shift")
    shown = {
        int(model.index(r, 0).data()): (model.index(r, kind).data(), model.index(r, shift).data())
        for r in range(model.rowCount())
    }
    assert shown == {
        guest.card_serial: ("Guest", ""),
        staff.card_serial: ("Staff", "mon,tue,wed,thu,fri 07:00-15:00"),
        one_shot.card_serial: ("One-shot", ""),
        emergency.card_serial: ("Emergency", ""),
        block.card_serial: ("Blocks room", ""),
        unblock.card_serial: ("Unblocks room", ""),
    }
