"""Read before write: a card on the reader that still works for someone else is not overwritten
without the person's say-so (the GUI asks, default Cancel; the command line needs --overwrite).

A card of the same stay is encoded again without a question (that is what a re-encode is); a live
card of another stay, or any live staff card, raises `LiveCardOnReader` unless the encode was
asked to overwrite. The written-over card is then marked `replaced` and audited (CardOverwritten
with asked=True).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from frontdesk.domain.cards import decode_card
from frontdesk.domain.cards.errors import CardRefused
from frontdesk.domain.errors import Conflict
from frontdesk.domain.words import say
from frontdesk.services.cards.encoder import PresentedCard
from frontdesk.services.cards.interrupted import stay_grant_ids
from frontdesk.services.cards.plans import CardPlan, card_holder
from frontdesk.services.cards.views import in_zone
from frontdesk.store.card_repository import LIVE_CARD_STATUSES
from frontdesk.store.unit_of_work import UnitOfWork


class LiveCardOnReader(Conflict):
    """The card on the reader still opens doors for another stay (or is a staff card)."""

    title = say("The card on the reader still works for someone else.")
    hint = say(
        "Put a blank card on the reader, or write over it with --overwrite (that card then stops working)."
    )

    def __init__(
        self, card_serial: int, holder: str | None, kind: str, doors: list[str], until: datetime
    ) -> None:
        detail: dict[str, Any] = {
            "card_serial": card_serial,
            "holder": holder,
            "kind": kind,
            "doors": doors,
            "until": until.isoformat(),
        }
        super().__init__(detail=detail)
        self.card_serial, self.holder, self.kind, self.doors, self.until = (
            card_serial,
            holder,
            kind,
            doors,
            until,
        )


def live_card_in_the_way(
    uow: UnitOfWork, now: datetime, plan: CardPlan, card: PresentedCard, image: bytes | None
) -> LiveCardOnReader | None:
    """The error to raise when `image` (read off `card`) is a live card the encode must not lose."""
    if image is None:
        return None
    try:
        payload = decode_card(image, card.uid, plan.ring)
    except CardRefused:  # blank, torn, another property's, or a retired key: nothing to lose here
        return None
    record = uow.cards.card(payload.serial)
    if record is None or record.status not in LIVE_CARD_STATUSES or record.ends_at <= now:
        return None
    own = stay_grant_ids(uow, plan.grant) if plan.grant is not None else []
    if record.kind == "guest" and record.access_grant_id in own:
        return None  # the same stay's card: encoding it again is a re-encode
    locks = uow.cards.card_locks()
    doors = [locks[d].name for d in record.entrance_ids if d in locks]
    zone = uow.cards.property().time_zone

    return LiveCardOnReader(
        record.card_serial, card_holder(uow, record), record.kind, doors, in_zone(record.ends_at, zone)
    )
