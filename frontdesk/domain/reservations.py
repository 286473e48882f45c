"""The override/joiner rules: which grants may be issued, and whom they override.

Pure functions over entities; the service layer loads what they need and stores what they
decide. Each rule's error is the one named in README.md, "The rules the desk enforces".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from frontdesk.domain.errors import (
    Conflict,
    EntranceChangeRequiresCleanup,
    InvalidInput,
    JoinerEntranceSetConflict,
    NotFound,
    ReservationKeyNotSupported,
    ReservationKeyRequired,
    StaffReservationKey,
    TimeFramesMustOverlap,
)
from frontdesk.domain.model import (
    AccessMethod,
    Entrance,
    Reservation,
    ReservationStatus,
    UserKind,
)
from frontdesk.domain.words import say


@dataclass(frozen=True)
class GrantRequest:
    """What a receptionist (or the command line) asks for."""

    kind: UserKind
    entrance_ids: frozenset[str]
    starts_at: datetime
    ends_at: datetime
    reservation_key: str | None = None
    access_methods: frozenset[AccessMethod] = frozenset({AccessMethod.CARD})


@dataclass(frozen=True)
class GrantDecision:
    """How a valid request is provisioned.

    `capable_doors` take part in the reservation; the other targets are standard access.
    `establishes` is true when this grant fixes the reservation's door set (a new reservation,
    or one whose grants were all cleared); only then does it override anyone.
    """

    capable_doors: frozenset[str]
    standard_doors: frozenset[str]
    establishes: bool


def resolve_entrances(entrance_ids: Iterable[str], known: Mapping[str, Entrance]) -> list[Entrance]:
    ids = list(entrance_ids)
    if not ids:
        raise InvalidInput(say("No door chosen."), say("Choose at least one door or room for the grant."))
    missing = sorted(set(ids) - set(known))
    if missing:
        raise NotFound(
            say("Entrance not found."),
            say("Check the door id with 'frontdesk entrances list'."),
            detail={"entrance_ids": missing},
        )
    return [known[i] for i in ids]


def check_time_frame(starts_at: datetime, ends_at: datetime) -> None:
    if starts_at.tzinfo is None or ends_at.tzinfo is None:
        raise InvalidInput(
            say("Times need a time zone."), say("Give times with an offset, e.g. 2026-11-22T15:00:00-08:00.")
        )
    if ends_at <= starts_at:
        raise InvalidInput(
            say("The end is not after the start."), say("Choose an end date and time later than the start.")
        )


def decide_grant(
    request: GrantRequest,
    entrances: Mapping[str, Entrance],
    reservation: Reservation | None,
) -> GrantDecision:
    """Apply Rules 1, 1b, 2, 3 and 4 and the staff rule to one new grant.

    `reservation` is the existing reservation with the request's key, with its grants loaded,
    or None when the key is new (or absent).
    """
    targets = resolve_entrances(request.entrance_ids, entrances)
    check_time_frame(request.starts_at, request.ends_at)
    capable = frozenset(e.entrance_id for e in targets if e.can_belong_to_reservation)
    standard = frozenset(e.entrance_id for e in targets) - capable
    key = request.reservation_key

    if request.kind is UserKind.STAFF:
        if key:
            raise StaffReservationKey()
        return GrantDecision(frozenset(), capable | standard, establishes=False)

    if not key:
        wants_card = AccessMethod.CARD in request.access_methods
        if wants_card and any(
            e.can_belong_to_reservation and e.requires_reservation_key_for_guest_cards for e in targets
        ):
            raise ReservationKeyRequired(detail={"entrance_ids": sorted(capable)})
        return GrantDecision(frozenset(), capable | standard, establishes=False)

    if not capable:  # Rule 1
        raise ReservationKeyNotSupported(detail={"entrance_ids": sorted(standard)})

    if reservation is None or not reservation.is_established:
        if reservation is not None and reservation.status is ReservationStatus.ENDED:
            raise Conflict(
                say("This reservation has ended."),
                say("The guest checked out; a new stay needs a new reservation key."),
                detail={"reservation_key": key},
            )
        return GrantDecision(capable, standard, establishes=True)

    check_joiner(reservation, capable)
    check_overlap(reservation, request.starts_at, request.ends_at)
    return GrantDecision(capable, standard, establishes=False)


def check_joiner(reservation: Reservation, capable: frozenset[str]) -> None:
    """Rules 2 and 3 for a grant joining an established reservation."""
    door_set = reservation.door_set
    if capable <= door_set:
        if reservation.status is ReservationStatus.OVERRIDDEN:
            raise Conflict(
                say("This reservation was overridden."),
                say(
                    "A newer stay ({overridden_by}) took over its doors; check the guest "
                    "in again with a new reservation key.",
                    overridden_by=reservation.overridden_by,
                ),
                detail={"reservation_key": reservation.reservation_key},
            )
        return
    detail = {
        "reservation_key": reservation.reservation_key,
        "reservation_entrance_ids": sorted(door_set),
        "requested_entrance_ids": sorted(capable),
    }
    if capable > door_set:
        raise JoinerEntranceSetConflict(detail=detail)
    raise EntranceChangeRequiresCleanup(detail=detail)


def check_overlap(
    reservation: Reservation,
    starts_at: datetime,
    ends_at: datetime,
    *,
    ignore_grant_id: str | None = None,
) -> None:
    """Rule 4: the time frame must overlap every other live grant of the key."""
    for grant in reservation.live_grants:
        if grant.access_grant_id == ignore_grant_id:
            continue
        if not grant.overlaps(starts_at, ends_at):
            raise TimeFramesMustOverlap(
                detail={
                    "reservation_key": reservation.reservation_key,
                    "conflicting_access_grant_id": grant.access_grant_id,
                    "conflicting_starts_at": grant.starts_at.isoformat(),
                    "conflicting_ends_at": grant.ends_at.isoformat(),
                }
            )


def reservations_overridden_by(
    door_set: frozenset[str],
    reservation_key: str,
    candidates: Iterable[Reservation],
) -> list[Reservation]:
    """The active reservations a newly established door set takes doors from.

    Staff and standard access never appear here: only reservations have door sets.
    """
    return sorted(
        (
            r
            for r in candidates
            if r.reservation_key != reservation_key
            and r.status is ReservationStatus.ACTIVE
            and r.door_set & door_set
            and r.live_grants
        ),
        key=lambda r: r.sequence,
    )


def occupying_stays(
    door_set: frozenset[str],
    reservation_key: str,
    candidates: Iterable[Reservation],
    starts_at: datetime,
    ends_at: datetime,
) -> list[Reservation]:
    """The stays a new door set would override whose live grants overlap the new dates.

    Back-to-back stays (the earlier one ends at or before the new start) are not here: taking the
    room over from them is the everyday case and needs no question.
    """
    return [
        r
        for r in reservations_overridden_by(door_set, reservation_key, candidates)
        if any(g.overlaps(starts_at, ends_at) for g in r.live_grants)
    ]
