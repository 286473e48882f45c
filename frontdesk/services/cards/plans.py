"""What goes on a key card for a grant, and how a card is shown.

Pure planning on the database thread: nothing here talks to an encoder.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from frontdesk.domain.cards import (
    MAX_CANCELLED,
    CardPayload,
    KeyRing,
    Shift,
    guest_card,
    one_shot_card,
    staff_card,
)
from frontdesk.domain.cards.events import RevocationsLeftOff
from frontdesk.domain.cards.revocation import revocations_to_carry
from frontdesk.domain.errors import Conflict, InvalidInput
from frontdesk.domain.events import Event
from frontdesk.domain.model import AccessGrant, AccessMethod, ReservationStatus, UserKind
from frontdesk.domain.words import say
from frontdesk.services.cards.doors import MAX_GROUP_NUMBER
from frontdesk.services.cards.interrupted import recover_interrupted_writes, stay_grant_ids
from frontdesk.services.cards.keys import CardKeyStore
from frontdesk.services.cards.views import CardView
from frontdesk.store.card_repository import CardLock, CardRecord
from frontdesk.store.unit_of_work import UnitOfWork

# --- planning a card -----------------------------------------------------------------------------


@dataclass(frozen=True)
class CardPlan:
    """Everything needed to write one card; made in the first transaction.

    Emergency and room-blocking cards belong to no grant: they carry their own `window`."""

    serial: int
    grant: AccessGrant | None
    payload: CardPayload
    ring: KeyRing
    entrance_ids: tuple[str, ...]
    zone: str
    duplicate_of: int | None = None
    window: tuple[datetime, datetime] | None = None
    on_issued: tuple[Event, ...] = ()  # recorded with the card once it is issued (what it is for)

    @property
    def grant_id(self) -> str | None:
        return self.grant.access_grant_id if self.grant is not None else None

    @property
    def starts_at(self) -> datetime:
        if self.window is not None:
            return self.window[0]
        assert self.grant is not None
        return self.grant.starts_at

    @property
    def ends_at(self) -> datetime:
        if self.window is not None:
            return self.window[1]
        assert self.grant is not None
        return self.grant.ends_at


def _card_doors(grant: AccessGrant, locks: dict[str, CardLock]) -> list[str]:
    doors = sorted((d for d in grant.entrance_ids if d in locks), key=lambda d: locks[d].lock_number)
    if not doors:
        raise InvalidInput(
            say("None of these doors takes key cards."),
            say("Give this access a PIN code instead, or add a door with a card lock."),
            detail={"access_grant_id": grant.access_grant_id},
        )
    return doors


def _staff_doors(
    doors: list[str], locks: dict[str, CardLock], groups: dict[str, tuple[int, frozenset[str]]]
) -> tuple[int, list[int]]:
    """A door-group mask for every group wholly inside the staff grant, lock numbers for the rest."""
    wanted, covered, mask = set(doors), set(), 0
    for number, members in groups.values():
        card_members = {m for m in members if m in locks}
        if card_members and card_members <= wanted and 1 <= number <= MAX_GROUP_NUMBER:
            mask |= 1 << (number - 1)
            covered |= card_members
    return mask, sorted(locks[d].lock_number for d in wanted - covered)


def plan_card(
    uow: UnitOfWork,
    keys: CardKeyStore,
    grant_id: str,
    now: datetime,
    *,
    one_shot: bool = False,
    shift: Shift | None = None,
) -> CardPlan:
    """The card for a grant: a guest or staff card, or with `one_shot` (staff grants only, e.g. a
    contractor's visit) a card that opens each of its doors once."""
    grant = uow.desk.grant(grant_id)
    if one_shot and grant.kind is not UserKind.STAFF:
        raise InvalidInput(
            say("One-shot cards are for staff access (a contractor's visit), not for guests."),
            say("Make staff access for the visit first ('frontdesk cards one-shot' does both)."),
            detail={"access_grant_id": grant_id},
        )
    if shift is not None and (one_shot or grant.kind is not UserKind.STAFF):
        raise InvalidInput(
            say("Only staff cards have shifts."),
            say("Give the shift to a staff member's card."),
            detail={"access_grant_id": grant_id},
        )
    if not grant.is_live:
        raise Conflict(
            say("This access has ended."),
            say("Encode cards only for live access; check the guest in again."),
            detail={"access_grant_id": grant_id},
        )
    if AccessMethod.CARD not in grant.access_methods:
        raise InvalidInput(
            say("This access does not include a key card."),
            say("Grant it again with the card method."),
            detail={"access_grant_id": grant_id},
        )
    if grant.ends_at <= now:
        raise Conflict(say("This access has already expired."), say("Change the dates of the stay first."))
    prop = uow.cards.property()
    locks = uow.cards.card_locks()
    doors = _card_doors(grant, locks)
    zones = {locks[d].time_zone or prop.time_zone for d in doors}
    if len(zones) > 1:
        raise InvalidInput(
            say("These doors are in different time zones."),
            say("Encode one card per time zone."),
            detail={"time_zones": sorted(zones)},
        )
    zone = zones.pop()
    ring = keys.key_ring(uow, now)
    # Before the cancelled list is read: this card then carries the serials of the stay's cards a
    # crash left unconfirmed, so its first use at a door stops them.
    recover_interrupted_writes(uow, now, grant)
    carried = revocations_to_carry(
        uow.cards.revocations_in_force(now),
        now,
        doors,
        MAX_CANCELLED,
        own_grant_ids=stay_grant_ids(uow, grant),
        room_doors=[d for d in doors if locks[d].takes_part_in_reservations],
    )
    cancelled = list(carried.serials)
    if carried.left_off:  # beyond the documented worst case (docs/card-format.md): say so in the audit
        uow.record(RevocationsLeftOff(grant.access_grant_id, carried.left_off))
    serial = uow.cards.next_card_serial()
    if one_shot:
        mask, named = _staff_doors(doors, locks, uow.cards.door_groups())
        payload = one_shot_card(
            prop.property_number, serial, grant.starts_at, grant.ends_at, zone, named, mask, cancelled
        )
    elif grant.kind is UserKind.STAFF:
        mask, named = _staff_doors(doors, locks, uow.cards.door_groups())
        payload = staff_card(
            prop.property_number, serial, grant.starts_at, grant.ends_at, zone, mask, named, cancelled, shift
        )
    else:
        sequence = 0
        reservation = uow.desk.reservation(grant.reservation_key) if grant.reservation_key else None
        if reservation is not None:
            if reservation.status is ReservationStatus.OVERRIDDEN:
                raise Conflict(
                    say("This stay was overridden by a newer one on its doors."),
                    say("Its cards would be refused there; encode cards for the stay now in the room."),
                    detail={"reservation_key": reservation.reservation_key},
                )
            sequence = reservation.sequence
        payload = guest_card(
            prop.property_number,
            [locks[d].lock_number for d in doors],
            sequence,
            serial,
            grant.starts_at,
            grant.ends_at,
            zone,
            cancelled,
        )
    return CardPlan(serial, grant, payload, ring, tuple(doors), prop.time_zone)


def card_holder(uow: UnitOfWork, record: CardRecord) -> str | None:
    """The name of whom the card is for (None for a card of no grant)."""
    if record.access_grant_id is None:
        return None
    return uow.desk.grant(record.access_grant_id).user_name


def card_view(uow: UnitOfWork, record: CardRecord, zone: str) -> CardView:
    """The card as the desk shows it, its times in `zone`."""
    return CardView.of(record, card_holder(uow, record), zone)
