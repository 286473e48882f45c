"""The grant operations every use case is built from. Each runs inside one unit of work.

These are synchronous on purpose: they run on the database thread (see runner.py), and a use
case that combines several of them (a room move) stays one transaction.
"""

from __future__ import annotations

import secrets
import time
import uuid
from datetime import datetime
from zoneinfo import ZoneInfo

from frontdesk.domain import events as ev
from frontdesk.domain.commands import CreateGrant, UpdateGrant
from frontdesk.domain.errors import Conflict, RoomOccupied
from frontdesk.domain.input_rules import clean_person_name
from frontdesk.domain.model import (
    AccessGrant,
    GrantStatus,
    Reservation,
    ReservationStatus,
    UserIdentity,
    UserKind,
)
from frontdesk.domain.reservations import (
    GrantRequest,
    check_overlap,
    check_time_frame,
    decide_grant,
    occupying_stays,
    reservations_overridden_by,
)
from frontdesk.domain.stay_times import check_stay_times
from frontdesk.domain.words import say
from frontdesk.services.results import Change, OverriddenReservation
from frontdesk.store.unit_of_work import UnitOfWork

# Unambiguous at a counter or on the phone: no 0/O, 1/I/L.
_KEY_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def new_reservation_key() -> str:
    return "R-" + "".join(secrets.choice(_KEY_ALPHABET) for _ in range(8))


def new_id(prefix: str) -> str:
    """Ids sort in creation order (nanosecond time first), so lists keep the order things were made."""
    return f"{prefix}_{time.time_ns():x}{uuid.uuid4().hex[:6]}"


def clean_name(name: str, what: str = "guest") -> str:
    return clean_person_name(name, what)


def check_new_times(uow: UnitOfWork, starts_at: datetime, ends_at: datetime, now: datetime) -> None:
    """The stay time rules (domain/stay_times.py) for times typed for a new grant or stay."""
    check_time_frame(starts_at, ends_at)
    check_stay_times(starts_at, ends_at, now)


def refuse_occupied(
    uow: UnitOfWork,
    entrance_ids: tuple[str, ...],
    reservation_key: str,
    starts_at: datetime,
    ends_at: datetime,
    agreed: frozenset[str] = frozenset(),
) -> None:
    """Raise RoomOccupied when the stay's rooms are held by another stay over overlapping dates.

    Stays in `agreed` (the person already said Override to them) do not count; any other does.

    The detail names each such stay (guests, rooms, until when, in the property's zone) so the GUI
    can ask "Room 110 is held by Marta Ruiz until Wed 11:00. Override?" before anything is written.
    """
    desk = uow.desk
    entrances = desk.entrances()
    doors = frozenset(d for d in entrance_ids if d in entrances and entrances[d].can_belong_to_reservation)
    if not doors:
        return
    candidates = desk.reservations(statuses=[ReservationStatus.ACTIVE])
    held = occupying_stays(doors, reservation_key, candidates, starts_at, ends_at)
    if {stay.reservation_key for stay in held} <= agreed:
        return
    zone = ZoneInfo(desk.property().time_zone)
    occupied = []
    for stay in held:
        live = stay.live_grants
        taken = sorted(stay.door_set & doors)
        occupied.append(
            {
                "reservation_key": stay.reservation_key,
                "guest_names": [g.user_name for g in live],
                "entrance_ids": taken,
                "rooms": [entrances[d].name for d in taken],
                "ends_at": max(g.ends_at for g in live).astimezone(zone).isoformat(),
            }
        )
    raise RoomOccupied(detail={"occupied": occupied})


def issue_grant(uow: UnitOfWork, cmd: CreateGrant, now: datetime) -> Change:
    """Create one grant after the rules allow it; establish and override when it starts a stay."""
    desk = uow.desk
    name = clean_name(cmd.user_name, say("staff member") if cmd.kind is UserKind.STAFF else say("guest"))
    key = (cmd.reservation_key or "").strip() or None
    entrances = desk.entrances()
    reservation = desk.reservation(key) if key else None
    request = GrantRequest(
        kind=cmd.kind,
        entrance_ids=frozenset(cmd.entrance_ids),
        starts_at=cmd.starts_at,
        ends_at=cmd.ends_at,
        reservation_key=key,
        access_methods=cmd.access_methods,
    )
    decision = decide_grant(request, entrances, reservation)
    change = Change(reservation_key=key, time_zone=desk.property().time_zone)

    overrides: tuple[str, ...] = ()
    if decision.establishes and key:
        reservation = reservation or Reservation(reservation_key=key, created_at=now)
        reservation.door_set = decision.capable_doors
        reservation.sequence = desk.next_reservation_sequence()
        reservation.status = ReservationStatus.ACTIVE
        reservation.overridden_by = None
        reservation.overridden_at = None
        candidates = desk.reservations(statuses=[ReservationStatus.ACTIVE])
        for old in reservations_overridden_by(decision.capable_doors, key, candidates):
            taken = old.door_set & decision.capable_doors
            old.status = ReservationStatus.OVERRIDDEN
            old.overridden_by = key
            old.overridden_at = now
            desk.save_reservation(old)
            change.reservations_overridden.append(OverriddenReservation(old.reservation_key, key, taken))
            change.reservation_status[old.reservation_key] = old.status
            change.events.append(ev.ReservationOverridden(old.reservation_key, key, taken))
        desk.save_reservation(reservation)
        overrides = tuple(r.reservation_key for r in change.reservations_overridden)
        change.events.append(ev.ReservationEstablished(key, decision.capable_doors, reservation.sequence))
    if reservation is not None:
        change.reservation_status[reservation.reservation_key] = reservation.status

    user = UserIdentity(new_id("usr"), name, cmd.kind)
    desk.add_user(user, now)
    grant = AccessGrant(
        access_grant_id=new_id("grant"),
        user_identity_id=user.user_identity_id,
        user_name=name,
        kind=cmd.kind,
        entrance_ids=decision.capable_doors | decision.standard_doors,
        starts_at=cmd.starts_at,
        ends_at=cmd.ends_at,
        reservation_key=key,
        access_methods=cmd.access_methods,
        created_at=now,
        overrides=overrides,
    )
    desk.add_grant(grant)
    change.grants_created.append(grant)
    change.events.append(
        ev.AccessGranted(
            grant.access_grant_id,
            name,
            cmd.kind.value,
            grant.entrance_ids,
            grant.starts_at,
            grant.ends_at,
            key,
        )
    )
    return change


def require_live(grant: AccessGrant) -> None:
    if not grant.is_live:
        raise Conflict(
            say("This access has already ended."),
            say("Ended access cannot be changed; create a new grant instead."),
            detail={"access_grant_id": grant.access_grant_id, "ended_reason": grant.ended_reason},
        )


def update_grant_times(
    uow: UnitOfWork, cmd: UpdateGrant, now: datetime, *, check_rule4: bool = True
) -> Change:
    """New start or end for one grant. Issued cards of the grant are flagged for re-encoding."""
    desk = uow.desk
    grant = desk.grant(cmd.access_grant_id)
    require_live(grant)
    starts_at = cmd.starts_at or grant.starts_at
    ends_at = cmd.ends_at or grant.ends_at
    check_time_frame(starts_at, ends_at)
    check_stay_times(starts_at, ends_at, now)
    change = Change(reservation_key=grant.reservation_key, time_zone=desk.property().time_zone)
    if grant.reservation_key:
        reservation = desk.require_reservation(grant.reservation_key)
        if check_rule4:
            check_overlap(reservation, starts_at, ends_at, ignore_grant_id=grant.access_grant_id)
        change.reservation_status[reservation.reservation_key] = reservation.status
    grant.starts_at, grant.ends_at = starts_at, ends_at
    desk.save_grant(grant)
    change.grants_updated.append(grant)
    change.events.append(ev.AccessTimesChanged(grant.access_grant_id, starts_at, ends_at))
    flag_cards(uow, [grant.access_grant_id], "dates changed", change)
    return change


def end_grant(
    uow: UnitOfWork, grant: AccessGrant, reason: str, now: datetime, *, cards_collected: bool = False
) -> Change:
    """End one grant (kept for the record). When a stay loses its last live grant by a delete or a
    move, its door set is cleared so the next grant with the key establishes it again."""
    desk = uow.desk
    require_live(grant)
    grant.status = GrantStatus.ENDED
    grant.ended_at = now
    grant.ended_reason = reason
    desk.save_grant(grant)
    change = Change(reservation_key=grant.reservation_key, time_zone=desk.property().time_zone)
    change.grants_ended.append(grant)
    change.events.append(ev.AccessEnded(grant.access_grant_id, reason, cards_collected))
    if grant.reservation_key:
        reservation = desk.require_reservation(grant.reservation_key)
        if not reservation.live_grants:
            if reason == "checked_out":
                reservation.status = ReservationStatus.ENDED
            else:
                reservation.door_set = frozenset()
            desk.save_reservation(reservation)
        change.reservation_status[reservation.reservation_key] = reservation.status
    return change


def flag_cards(uow: UnitOfWork, grant_ids: list[str], reason: str, change: Change) -> None:
    """Cards already encoded do not change by themselves: mark them for re-encoding."""
    for serial, grant_id in uow.desk.flag_cards_for_reencode(grant_ids, reason):
        if serial not in change.cards_to_reencode:
            change.cards_to_reencode.append(serial)
        change.events.append(ev.CardFlaggedForReencoding(serial, grant_id, reason))
