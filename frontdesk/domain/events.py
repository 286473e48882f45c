"""What happened, in the past tense. The unit of work writes each one to the audit log.

Each event also names the topics it touches, so that a screen refreshes only when something it
shows has changed (see `frontdesk.services.changes`). Events of cards and codes live beside their
rules, in `frontdesk.domain.cards.events` and `frontdesk.domain.codes.events`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar

from frontdesk.domain.topics import Event as Event
from frontdesk.domain.topics import Topic as Topic


@dataclass(frozen=True)
class AccessGranted(Event):
    access_grant_id: str
    user_name: str
    kind: str
    entrance_ids: frozenset[str]
    starts_at: datetime
    ends_at: datetime
    reservation_key: str | None = None


@dataclass(frozen=True)
class AccessTimesChanged(Event):
    access_grant_id: str
    starts_at: datetime
    ends_at: datetime


@dataclass(frozen=True)
class AccessEnded(Event):
    access_grant_id: str
    reason: str
    cards_collected: bool = False  # at check-out the receptionist took the cards back


@dataclass(frozen=True)
class ReservationEstablished(Event):
    reservation_key: str
    entrance_ids: frozenset[str]
    sequence: int


@dataclass(frozen=True)
class ReservationOverridden(Event):
    reservation_key: str
    overridden_by: str
    entrance_ids: frozenset[str]


@dataclass(frozen=True)
class GuestCheckedIn(Event):
    reservation_key: str
    guest_names: tuple[str, ...]
    entrance_ids: frozenset[str]


@dataclass(frozen=True)
class GuestAdded(Event):
    reservation_key: str
    guest_name: str


@dataclass(frozen=True)
class RoomMoved(Event):
    reservation_key: str
    from_entrance_ids: frozenset[str]
    to_entrance_ids: frozenset[str]


@dataclass(frozen=True)
class StayDatesChanged(Event):
    reservation_key: str
    starts_at: datetime
    ends_at: datetime


@dataclass(frozen=True)
class GuestCheckedOut(Event):
    reservation_key: str


@dataclass(frozen=True)
class CardFlaggedForReencoding(Event):
    topics: ClassVar[frozenset[Topic]] = frozenset({Topic.STAYS, Topic.CARDS})

    card_serial: int
    access_grant_id: str | None
    reason: str


@dataclass(frozen=True)
class PropertyCreated(Event):
    topics: ClassVar[frozenset[Topic]] = frozenset(Topic)

    property_id: str
    name: str
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class PropertyUpdated(Event):
    topics: ClassVar[frozenset[Topic]] = frozenset(Topic)

    property_id: str
    changes: dict[str, Any] = field(default_factory=dict)  # field: {"from": old, "to": new}


@dataclass(frozen=True)
class EntranceAdded(Event):
    topics: ClassVar[frozenset[Topic]] = frozenset({Topic.DOORS, Topic.STAYS})

    entrance_id: str
    name: str
    space_id: str
    lock_system_id: str
    lock_number: int
    can_belong_to_reservation: bool
    credential_kinds: tuple[str, ...]
    device_id: str | None
    time_zone: str | None
    space_created: bool
    property_id: str


@dataclass(frozen=True)
class EntranceUpdated(Event):
    topics: ClassVar[frozenset[Topic]] = frozenset({Topic.DOORS, Topic.STAYS})

    entrance_id: str
    changes: dict[str, Any]
    property_id: str


@dataclass(frozen=True)
class ProviderChanged(Event):
    """`provider set`: which lock provider and endpoint the desk uses. No API key in it."""

    topics: ClassVar[frozenset[Topic]] = frozenset({Topic.PROPERTY, Topic.SYNC})

    driver: str
    endpoint: str | None
    api_key_given: bool
    api_key_cleared: bool


@dataclass(frozen=True)
class SyncRan(Event):
    """A synchronisation with the lock provider asked for by hand (`sync run`)."""

    topics: ClassVar[frozenset[Topic]] = frozenset({Topic.SYNC, Topic.CODES})

    sent: int
    failed: int
    pending: int
    provider_reachable: bool
    problems: int  # how many; their text stays in the sync status, not the audit


@dataclass(frozen=True)
class AuditEntry:
    """One line of the audit log as people read it."""

    audit_id: int
    at: datetime
    workstation: str
    action: str
    subject: str | None
    details: dict[str, Any]
    operator: str | None = None
    outcome: str = "done"
    sentence: str = ""


@dataclass(frozen=True)
class RoomSetOutOfOrder(Event):
    """A space was taken out of service until a set time (the rack shows it, check-in refuses it)."""

    space_id: str
    reason: str
    until: datetime


@dataclass(frozen=True)
class RoomBackInOrder(Event):
    space_id: str
    reason: str  # the reason it had been out of order
