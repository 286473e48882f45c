"""Key cards follow their grants: a grant that ends early revokes its cards.

A card cannot be changed once it is in a guest's pocket, so when access ends before the card does
(a joiner removed, a room move, an early check-out) or shrinks (new dates), the card's serial goes
on the cancelled list that newer cards carry to its doors (docs/card-format.md, "Revocation").
`register` hands the handlers to the desk's event handlers (services/handlers.py), as the codes
package does for PIN codes; the stays package only records the events.
"""

from __future__ import annotations

from datetime import datetime

from frontdesk.domain.cards.events import CardCollected, CardRevoked
from frontdesk.domain.events import AccessEnded, AccessTimesChanged
from frontdesk.services.handlers import EventHandlers
from frontdesk.services.results import Change
from frontdesk.store.card_repository import LIVE_CARD_STATUSES, UNCERTAIN_CARD_STATUSES
from frontdesk.store.unit_of_work import UnitOfWork


def revoke_cards_of_ended_grant(uow: UnitOfWork, grant_id: str, reason: str, now: datetime) -> None:
    """Every card of the grant that may still open a door after `now` is revoked."""
    for card in uow.cards.cards(access_grant_id=grant_id):
        if card.status in LIVE_CARD_STATUSES + UNCERTAIN_CARD_STATUSES and card.ends_at > now:
            status = "revoked" if card.status in LIVE_CARD_STATUSES else card.status
            uow.cards.set_status(card.card_serial, status, now, revoke=True)
            uow.record(CardRevoked(card.card_serial, grant_id, reason))


def collect_cards_of_grant(uow: UnitOfWork, grant_id: str, now: datetime) -> None:
    """At check-out the receptionist took the grant's cards back: they are `collected`, not
    revoked (a collected card takes no room on newer cards' cancelled lists). Cards a chip may
    hold unconfirmed are left as they are: already revoked."""
    for card in uow.cards.cards(access_grant_id=grant_id):
        if card.status in LIVE_CARD_STATUSES:
            uow.cards.set_status(card.card_serial, "collected", now)
            uow.record(CardCollected(card.card_serial, grant_id))


def revoke_cards_outside_new_times(
    uow: UnitOfWork, grant_id: str, starts_at: datetime, ends_at: datetime, now: datetime
) -> None:
    """Cards that open before the grant's new start or after its new end are revoked (a card
    whose window lies inside the new one only needs re-encoding, which the stays package flags)."""
    for card in uow.cards.cards(access_grant_id=grant_id):
        if card.status not in LIVE_CARD_STATUSES + UNCERTAIN_CARD_STATUSES or card.ends_at <= now:
            continue
        if card.ends_at > ends_at or card.starts_at < starts_at:
            uow.cards.set_status(card.card_serial, card.status, now, revoke=True)
            uow.record(CardRevoked(card.card_serial, grant_id, "dates changed"))


def register(handlers: EventHandlers) -> None:
    """Make key cards follow grants: revoked when the grant ends early or shrinks."""

    def ended(uow: UnitOfWork, event: AccessEnded, change: Change, now: datetime) -> None:
        if event.cards_collected:
            collect_cards_of_grant(uow, event.access_grant_id, now)
        revoke_cards_of_ended_grant(uow, event.access_grant_id, event.reason, now)

    def times(uow: UnitOfWork, event: AccessTimesChanged, change: Change, now: datetime) -> None:
        revoke_cards_outside_new_times(uow, event.access_grant_id, event.starts_at, event.ends_at, now)

    handlers.register(AccessEnded, ended)
    handlers.register(AccessTimesChanged, times)
