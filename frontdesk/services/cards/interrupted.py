"""Cards whose write never ended with proof: they become `unconfirmed` and their serials revoked.

A card is recorded as `writing` before the first write reaches its chip (services/cards/encoding.py).
If the desk then crashes, the chip may hold a whole, valid card the desk never saw finished. Such
a row is taken up again:

- by the next card encoded for the same stay (any age: that card then carries the serial to the
  doors, so the stay's newer card is what stops the ghost), and
- by any encode, and the window's start, once it is older than `WRITING_LEASE` (no encode runs
  that long; a younger row of another stay may be another desk's encode still under way).

A chip being written also loses the card it held before: that card, if the desk had it as live, is
`unconfirmed` and revoked with it (`spoil_cards_on_chip`).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from frontdesk.domain.cards.events import CardUnconfirmed
from frontdesk.domain.model import AccessGrant
from frontdesk.store.card_repository import CardRecord
from frontdesk.store.unit_of_work import UnitOfWork

# Longer than any encode: three waits for the card (30 s each by default) plus the writes.
WRITING_LEASE = timedelta(minutes=10)


def stay_grant_ids(uow: UnitOfWork, grant: AccessGrant) -> list[str]:
    """The grants whose cards count as one stay's (a staff grant is its own stay)."""
    if grant.reservation_key is None:
        return [grant.access_grant_id]
    return uow.cards.grant_ids_of_reservation(grant.reservation_key)


def unconfirm(uow: UnitOfWork, now: datetime, card: CardRecord, reason: str) -> None:
    """The chip may hold `card` unverified: mark it unconfirmed and revoke its serial."""
    uow.cards.set_status(card.card_serial, "unconfirmed", now, revoke=True)
    uow.record(CardUnconfirmed(card.card_serial, card.access_grant_id, reason))


def spoil_cards_on_chip(uow: UnitOfWork, now: datetime, uid_hex: str, by_serial: int) -> list[CardRecord]:
    """A write to this chip began for card `by_serial` and did not end verified: the live cards
    the chip held before (older serials) may be whole, torn or gone. Returns those now unconfirmed."""
    spoilt = [c for c in uow.cards.live_cards_with_uid(uid_hex) if c.card_serial < by_serial]
    for old in spoilt:
        unconfirm(uow, now, old, f"card {by_serial} was written over it and not finished")
    return spoilt


def recover_interrupted_writes(
    uow: UnitOfWork, now: datetime, grant: AccessGrant | None = None
) -> list[CardRecord]:
    """Rows left `writing` by a crash become unconfirmed, revoked (see the module's doc)."""
    grant_ids = stay_grant_ids(uow, grant) if grant is not None else []
    found = uow.cards.cards_being_written(started_before=now - WRITING_LEASE, grant_ids=grant_ids)
    for card in found:
        unconfirm(uow, now, card, "the desk stopped while it was being written")
        spoil_cards_on_chip(uow, now, card.uid_hex, card.card_serial)
    return found
