"""Cards that belong to no stay and act on locks: emergency cards and room-blocking cards.

They are lock-state cards (docs/card-format.md, "Card types"): signed with the lock-state key, so
no guest or staff card can be turned into one. They carry their own short window instead of a
grant's, take a reason from the person (it goes into the audit) and are manager-level
(domain/operators.py): an emergency card opens every room, double-locked ones too, and a blocked
room refuses its paying guest.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from frontdesk.domain.cards import LockAction, emergency_card, room_block_card
from frontdesk.domain.cards.events import LockCardEncoded
from frontdesk.domain.errors import InvalidInput
from frontdesk.domain.words import say
from frontdesk.services.cards.keys import CardKeyStore
from frontdesk.services.cards.plans import CardPlan
from frontdesk.store.unit_of_work import UnitOfWork

EMERGENCY_HOURS = 4.0  # default: long enough for an evacuation or a welfare check, no longer
EMERGENCY_MAX_HOURS = 24.0
BLOCK_HOURS = 24.0  # how long a room-blocking card may still be used to block (or unblock) a door
BLOCK_MAX_HOURS = 7 * 24.0


def _window(now: datetime, hours: float, most: float, what: str) -> tuple[datetime, datetime]:
    if not 0 < hours <= most:
        raise InvalidInput(
            say("{what} are valid for at most {most:g} hours.", what=what, most=most),
            say("Give a validity between a few minutes and {most:g} hours.", most=most),
            detail={"hours": hours},
        )
    return now, now + timedelta(hours=hours)


def _reason(reason: str) -> str:
    cleaned = " ".join(reason.split())
    if not cleaned:
        raise InvalidInput(say("No reason given."), say("Say why the card is needed; the audit keeps it."))
    return cleaned[:200]


def plan_emergency_card(
    uow: UnitOfWork, keys: CardKeyStore, now: datetime, hours: float, reason: str
) -> CardPlan:
    """An emergency card for every card door of the property, valid from now for `hours`."""
    why = _reason(reason)
    starts, ends = _window(now, hours, EMERGENCY_MAX_HOURS, say("Emergency cards"))
    prop = uow.cards.property()
    doors = tuple(sorted(uow.cards.card_locks()))
    if not doors:
        raise InvalidInput(say("No door takes key cards."), say("Add a door with a card lock first."))
    serial = uow.cards.next_card_serial()
    payload = emergency_card(prop.property_number, serial, starts, ends, prop.time_zone)
    done = LockCardEncoded(serial, "emergency_open", doors, ends, why)
    ring = keys.key_ring(uow, now)
    return CardPlan(
        serial, None, payload, ring, doors, prop.time_zone, window=(starts, ends), on_issued=(done,)
    )


def plan_room_block_card(
    uow: UnitOfWork,
    keys: CardKeyStore,
    now: datetime,
    entrance_ids: tuple[str, ...],
    *,
    block: bool,
    hours: float,
    reason: str,
) -> CardPlan:
    """A card that blocks (or with `block` False unblocks) these doors for guest cards."""
    why = _reason(reason)
    starts, ends = _window(now, hours, BLOCK_MAX_HOURS, say("Room-blocking cards"))
    prop = uow.cards.property()
    locks = uow.cards.card_locks()
    unknown = [d for d in entrance_ids if d not in locks]
    if unknown or not entrance_ids:
        raise InvalidInput(
            say("These doors take no key cards.") if unknown else say("No door chosen."),
            say("Name the card doors to block (see 'frontdesk entrances list')."),
            detail={"entrance_ids": unknown},
        )
    doors = tuple(sorted(set(entrance_ids), key=lambda d: locks[d].lock_number))
    serial = uow.cards.next_card_serial()
    payload = room_block_card(
        prop.property_number,
        serial,
        starts,
        ends,
        prop.time_zone,
        [locks[d].lock_number for d in doors],
        block=block,
    )
    action = LockAction.BLOCK_ROOM if block else LockAction.UNBLOCK_ROOM
    done = LockCardEncoded(serial, action.name.lower(), doors, ends, why)
    ring = keys.key_ring(uow, now)
    return CardPlan(
        serial, None, payload, ring, doors, prop.time_zone, window=(starts, ends), on_issued=(done,)
    )
