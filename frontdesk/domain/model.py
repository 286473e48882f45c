"""Entities and value objects of the desk: property, spaces, doors, people, grants, stays."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime


class CredentialKind(enum.StrEnum):
    """What a door's lock takes."""

    CARD = "card"
    ONLINE_PIN = "online_pin"
    OFFLINE_PIN = "offline_pin"


class UserKind(enum.StrEnum):
    GUEST = "guest"
    RESIDENT = "resident"
    STAFF = "staff"


class AccessMethod(enum.StrEnum):
    """What a grant asks for; the desk provisions a credential per method and door."""

    CARD = "card"
    PIN = "pin"


class GrantStatus(enum.StrEnum):
    ACTIVE = "active"
    ENDED = "ended"  # checked out, deleted or cleared by a room move; kept for the record


class ReservationStatus(enum.StrEnum):
    ACTIVE = "active"
    OVERRIDDEN = "overridden"  # a newer reservation took over at least one of its doors
    ENDED = "ended"  # every grant of the key has ended


@dataclass(frozen=True)
class Property:
    property_id: str
    name: str
    time_zone: str  # IANA name; the locks' local time unless an entrance says otherwise


@dataclass(frozen=True)
class LockSystem:
    """A family of locks sharing one behaviour (e.g. the hotel's offline card locks)."""

    lock_system_id: str
    name: str
    requires_reservation_key_for_guest_cards: bool = False


@dataclass(frozen=True)
class Space:
    space_id: str
    name: str
    kind: str  # guest_room, suite, unit or common


@dataclass(frozen=True)
class Entrance:
    """A door with a lock, and what that lock can do."""

    entrance_id: str
    name: str
    space_id: str
    lock_system_id: str
    can_belong_to_reservation: bool
    credential_kinds: frozenset[CredentialKind]
    requires_reservation_key_for_guest_cards: bool = False
    device_id: str | None = None  # the lock's id at the remote provider (PIN locks)
    time_zone: str | None = None  # None: the property's time zone

    def takes(self, kind: CredentialKind) -> bool:
        return kind in self.credential_kinds


@dataclass(frozen=True)
class DoorGroup:
    """A named set of doors that staff access is given by (housekeeping, maintenance, ...)."""

    name: str
    entrance_ids: frozenset[str]


@dataclass(frozen=True)
class UserIdentity:
    user_identity_id: str
    full_name: str
    kind: UserKind
    email: str | None = None
    phone: str | None = None


@dataclass
class AccessGrant:
    """Who may open which doors from when to when, and by which methods."""

    access_grant_id: str
    user_identity_id: str
    user_name: str
    kind: UserKind
    entrance_ids: frozenset[str]
    starts_at: datetime
    ends_at: datetime
    reservation_key: str | None = None
    access_methods: frozenset[AccessMethod] = frozenset({AccessMethod.CARD})
    status: GrantStatus = GrantStatus.ACTIVE
    created_at: datetime | None = None
    ended_at: datetime | None = None
    ended_reason: str | None = None
    overrides: tuple[str, ...] = ()  # reservation keys this grant's reservation overrode

    @property
    def is_live(self) -> bool:
        return self.status is GrantStatus.ACTIVE

    def overlaps(self, starts_at: datetime, ends_at: datetime) -> bool:
        """Half-open intervals: a stay ending at 11:00 does not overlap one starting at 11:00."""
        return self.starts_at < ends_at and starts_at < self.ends_at


@dataclass
class Reservation:
    """The guest grants that share one reservation key, and the doors they were established on.

    `sequence` is the property-wide override counter taken when the door set was established:
    a card lock that has seen a higher sequence refuses this reservation's cards.
    """

    reservation_key: str
    door_set: frozenset[str] = frozenset()
    sequence: int = 0
    status: ReservationStatus = ReservationStatus.ACTIVE
    overridden_by: str | None = None
    overridden_at: datetime | None = None
    created_at: datetime | None = None
    grants: list[AccessGrant] = field(default_factory=list)

    @property
    def live_grants(self) -> list[AccessGrant]:
        return [g for g in self.grants if g.is_live]

    @property
    def is_established(self) -> bool:
        return bool(self.door_set) and bool(self.live_grants)
