"""What the desk shows of its doors, stays and grants: frozen views with real datetimes and enums.

Every datetime here is aware and already in the property's time zone (`local`), so the screens show
it as it is and the command line prints the same ISO 8601 text with the property's offset. Field
order is the order the command line's JSON lists the keys in (cli/json_out.py).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, overload
from zoneinfo import ZoneInfo

from frontdesk.domain.model import (
    AccessGrant,
    AccessMethod,
    CredentialKind,
    Entrance,
    Property,
    Reservation,
    ReservationStatus,
    Space,
    UserKind,
)

if TYPE_CHECKING:  # only named in annotations: a window's start need not import the PIN code model
    from frontdesk.domain.events import AuditEntry

    # Named from here as the others are; made when first named (__getattr__ below).
    from frontdesk.services.stays.later_views import (  # noqa: F401
        ChangeView,
        DoorGroupView,
        OutOfOrderView,
        OverriddenView,
        PinCodeView,
        Timeline,
        TimelineBar,
        TimelineRoom,
    )

# Made when first named (services/stays/later_views.py): the window's first screen needs none of them.
_LATER = frozenset(
    (
        "ChangeView",
        "DoorGroupView",
        "OutOfOrderView",
        "OverriddenView",
        "PinCodeView",
        "Timeline",
        "TimelineBar",
        "TimelineRoom",
    )
)


def __getattr__(name: str) -> Any:
    if name in _LATER:
        from frontdesk.services.stays import later_views

        return getattr(later_views, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@overload
def local(value: datetime, zone: str) -> datetime: ...
@overload
def local(value: None, zone: str) -> None: ...
@overload
def local(value: datetime | None, zone: str) -> datetime | None: ...
def local(value: datetime | None, zone: str) -> datetime | None:
    """The same instant on the property's clock, so it reads as the desk sees it."""
    return None if value is None else value.astimezone(ZoneInfo(zone))


class GrantState(enum.StrEnum):
    """How a grant stands as the desk shows it: its stay's override is part of it."""

    ACTIVE = "active"
    OVERRIDDEN = "overridden"  # live, but a newer stay took its room over
    ENDED = "ended"


class RoomState(enum.StrEnum):
    """A space on the room rack."""

    FREE = "free"
    OCCUPIED = "occupied"
    RESERVED = "reserved"  # a stay to come
    DUE_OUT = "due_out"  # the stay has ended but was not checked out
    OVERRIDE_PENDING = "override_pending"  # an overridden stay's cards work until the new card's first use
    OUT_OF_ORDER = "out_of_order"  # out of service until a set time: check-in and moves refuse it


class SearchMatch(enum.StrEnum):
    """What a search text matched in a stay."""

    GUEST = "guest"
    ROOM = "room"
    RESERVATION = "reservation"


def grant_state(grant: AccessGrant, reservation_status: ReservationStatus | None) -> GrantState:
    if not grant.is_live:
        return GrantState.ENDED
    if reservation_status is ReservationStatus.OVERRIDDEN:
        return GrantState.OVERRIDDEN
    return GrantState.ACTIVE


@dataclass(frozen=True)
class PropertyInfo:
    """The property the desk runs: its id, its name and the IANA zone its times are shown in."""

    property_id: str
    name: str
    time_zone: str

    @classmethod
    def of(cls, p: Property) -> PropertyInfo:
        return cls(p.property_id, p.name, p.time_zone)


@dataclass(frozen=True)
class EntranceView:
    """A door as the desk uses it: its space, whether it takes part in stays and what its lock takes."""

    entrance_id: str
    name: str
    space: str  # the space's name
    space_id: str
    can_belong_to_reservation: bool
    credential_kinds: tuple[CredentialKind, ...]  # sorted
    requires_reservation_key_for_guest_cards: bool
    device_id: str | None

    @classmethod
    def of(cls, e: Entrance, space: Space) -> EntranceView:
        return cls(
            e.entrance_id,
            e.name,
            space.name,
            e.space_id,
            e.can_belong_to_reservation,
            tuple(sorted(e.credential_kinds)),
            e.requires_reservation_key_for_guest_cards,
            e.device_id,
        )

    def takes(self, kind: CredentialKind) -> bool:
        return kind in self.credential_kinds


@dataclass(frozen=True)
class GrantView:
    """One grant: who may open which doors from when to when, and how it stands now."""

    access_grant_id: str
    user_name: str
    user_identity_id: str
    kind: UserKind
    entrance_ids: tuple[str, ...]  # sorted
    starts_at: datetime
    ends_at: datetime
    reservation_key: str | None
    access_methods: frozenset[AccessMethod]
    status: GrantState
    overrides_reservation_keys: tuple[str, ...]
    overridden_by: str | None
    created_at: datetime | None
    ended_at: datetime | None
    ended_reason: str | None

    @classmethod
    def of(
        cls,
        grant: AccessGrant,
        zone: str,
        reservation_status: ReservationStatus | None = None,
        reservation: Reservation | None = None,
    ) -> GrantView:
        """With the stay when it is known (its status and who overrode it), else its status alone."""
        status = reservation.status if reservation is not None else reservation_status
        return cls(
            grant.access_grant_id,
            grant.user_name,
            grant.user_identity_id,
            grant.kind,
            tuple(sorted(grant.entrance_ids)),
            local(grant.starts_at, zone),
            local(grant.ends_at, zone),
            grant.reservation_key,
            grant.access_methods,
            grant_state(grant, status),
            tuple(grant.overrides),
            reservation.overridden_by if reservation is not None else None,
            local(grant.created_at, zone),
            local(grant.ended_at, zone),
            grant.ended_reason,
        )

    @property
    def is_live(self) -> bool:
        return self.status is not GrantState.ENDED


@dataclass(frozen=True)
class ReservationView:
    """A stay: its key, status, door set and every grant it ever had (ended ones included)."""

    reservation_key: str
    status: ReservationStatus
    entrance_ids: tuple[str, ...]  # the door set, sorted
    sequence: int
    overridden_by: str | None
    overridden_at: datetime | None
    grants: tuple[GrantView, ...]

    @classmethod
    def of(cls, r: Reservation, zone: str) -> ReservationView:
        return cls(
            r.reservation_key,
            r.status,
            tuple(sorted(r.door_set)),
            r.sequence,
            r.overridden_by,
            local(r.overridden_at, zone),
            tuple(GrantView.of(g, zone, reservation=r) for g in r.grants),
        )

    @property
    def live_grants(self) -> tuple[GrantView, ...]:
        return tuple(g for g in self.grants if g.is_live)


@dataclass(frozen=True)
class StayRow:
    """One line of the Today lists."""

    reservation_key: str
    guest_names: tuple[str, ...]
    entrance_ids: tuple[str, ...]
    room_names: tuple[str, ...]
    starts_at: datetime
    ends_at: datetime
    status: ReservationStatus


@dataclass(frozen=True)
class Today:
    """Today's arrivals (still to come), guests in house and departures, on the property's calendar."""

    day: date
    arrivals: tuple[StayRow, ...]
    in_house: tuple[StayRow, ...]
    departures: tuple[StayRow, ...]


@dataclass(frozen=True)
class RackRow:
    """One space of the room rack: who holds it now and what needs the desk's attention there."""

    space_id: str
    name: str
    kind: str
    entrance_ids: tuple[str, ...]
    state: RoomState
    reservation_key: str | None = None
    guest_names: tuple[str, ...] = ()
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    pending_keys: tuple[str, ...] = ()  # overridden stays whose cards still work until first use
    cards_to_reencode: tuple[int, ...] = ()
    pin_problems: tuple[str, ...] = ()  # plain-words titles of the codes' errors on this space
    out_of_order_reason: str | None = None  # set while the space is out of order
    out_of_order_until: datetime | None = None


@dataclass(frozen=True)
class SearchHit:
    """A stay found by guest name, room or reservation key."""

    reservation_key: str
    guest_names: tuple[str, ...]
    room_names: tuple[str, ...]
    starts_at: datetime
    ends_at: datetime
    status: GrantState  # active, overridden, ended
    matched: SearchMatch


@dataclass(frozen=True)
class AuditEntryView:
    """One line of the audit log: when, where, who, what (a stable action name and a sentence), its
    outcome (done or refused), on what, and the machine-readable details recorded with it."""

    audit_id: int
    at: datetime
    workstation: str
    action: str
    subject: str | None
    details: Mapping[str, Any]
    operator: str | None
    outcome: str
    sentence: str

    @classmethod
    def of(cls, a: AuditEntry, zone: str) -> AuditEntryView:
        return cls(
            a.audit_id,
            local(a.at, zone),
            a.workstation,
            a.action,
            a.subject,
            a.details,
            a.operator,
            a.outcome,
            a.sentence,
        )


def grant_views(
    grants: Iterable[AccessGrant], zone: str, statuses: Mapping[str, ReservationStatus]
) -> tuple[GrantView, ...]:
    """Grants of a write, each with its stay's status as the write left it."""
    return tuple(GrantView.of(g, zone, statuses.get(g.reservation_key or "")) for g in grants)
