"""What happened, in the past tense. The unit of work writes each one to the audit log."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class Event:
    def audit_details(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, value in asdict(self).items():
            if isinstance(value, datetime):
                value = value.isoformat()
            elif isinstance(value, (frozenset, set, tuple)):
                value = sorted(value) if not isinstance(value, tuple) else list(value)
            out[name] = value
        return out

    @property
    def action(self) -> str:
        return type(self).__name__


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
    card_serial: int
    access_grant_id: str | None
    reason: str


@dataclass(frozen=True)
class PropertyCreated(Event):
    property_id: str
    name: str
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class AuditEntry:
    """One line of the audit log as people read it."""

    audit_id: int
    at: datetime
    workstation: str
    action: str
    subject: str | None
    details: dict[str, Any]
