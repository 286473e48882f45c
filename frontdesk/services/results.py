"""What an operation changed, so that views refresh only that and the CLI can print it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from frontdesk.domain.codes import AccessCode
from frontdesk.domain.events import Event
from frontdesk.domain.model import AccessGrant, Reservation, ReservationStatus


def iso(value: datetime | None, zone: str) -> str | None:
    """Times are shown in the property's own zone, with the offset, so they read as the desk sees them."""
    return None if value is None else value.astimezone(ZoneInfo(zone)).isoformat()


@dataclass
class OverriddenReservation:
    reservation_key: str
    overridden_by: str
    entrance_ids: frozenset[str]


@dataclass
class Change:
    """The result of a write: every grant created, changed or ended, whom it overrode, which cards
    must be encoded again. `events` are what the audit log records."""

    reservation_key: str | None = None
    grants_created: list[AccessGrant] = field(default_factory=list)
    grants_updated: list[AccessGrant] = field(default_factory=list)
    grants_ended: list[AccessGrant] = field(default_factory=list)
    reservations_overridden: list[OverriddenReservation] = field(default_factory=list)
    cards_to_reencode: list[int] = field(default_factory=list)
    codes_created: list[AccessCode] = field(default_factory=list)  # PINs to give the guest
    events: list[Event] = field(default_factory=list)
    time_zone: str = "UTC"
    # Reservation status per key touched, to show grants as active/overridden/ended.
    reservation_status: dict[str, ReservationStatus] = field(default_factory=dict)

    def merge(self, other: Change) -> Change:
        self.grants_created += other.grants_created
        self.grants_updated += other.grants_updated
        self.grants_ended += other.grants_ended
        self.reservations_overridden += other.reservations_overridden
        self.cards_to_reencode += [c for c in other.cards_to_reencode if c not in self.cards_to_reencode]
        self.codes_created += other.codes_created
        self.events += other.events
        self.reservation_status.update(other.reservation_status)
        self.reservation_key = self.reservation_key or other.reservation_key
        return self

    def to_dict(self) -> dict[str, Any]:
        def grants(items: list[AccessGrant]) -> list[dict[str, Any]]:
            return [
                grant_to_dict(g, self.time_zone, self.reservation_status.get(g.reservation_key or ""))
                for g in items
            ]

        return {
            "reservation_key": self.reservation_key,
            "grants_created": grants(self.grants_created),
            "grants_updated": grants(self.grants_updated),
            "grants_ended": grants(self.grants_ended),
            "reservations_overridden": [
                {
                    "reservation_key": r.reservation_key,
                    "overridden_by": r.overridden_by,
                    "entrance_ids": sorted(r.entrance_ids),
                }
                for r in self.reservations_overridden
            ],
            "cards_to_reencode": list(self.cards_to_reencode),
            "pin_codes": [
                {
                    "device_id": c.device_id,
                    "code": c.code,
                    "name": c.name,
                    "starts_at": iso(c.starts_at, self.time_zone),
                    "ends_at": iso(c.ends_at, self.time_zone),
                    "is_offline_access_code": c.is_offline_access_code,
                    "sync_state": c.sync_state.value,
                }
                for c in self.codes_created
            ],
        }


def grant_status(grant: AccessGrant, reservation_status: ReservationStatus | None) -> str:
    if not grant.is_live:
        return "ended"
    if reservation_status is ReservationStatus.OVERRIDDEN:
        return "overridden"
    return "active"


def grant_to_dict(
    grant: AccessGrant,
    zone: str,
    reservation_status: ReservationStatus | None = None,
    reservation: Reservation | None = None,
) -> dict[str, Any]:
    status = reservation.status if reservation is not None else reservation_status
    return {
        "access_grant_id": grant.access_grant_id,
        "user_name": grant.user_name,
        "user_identity_id": grant.user_identity_id,
        "kind": grant.kind.value,
        "entrance_ids": sorted(grant.entrance_ids),
        "starts_at": iso(grant.starts_at, zone),
        "ends_at": iso(grant.ends_at, zone),
        "reservation_key": grant.reservation_key,
        "access_methods": sorted(m.value for m in grant.access_methods),
        "status": grant_status(grant, status),
        "overrides_reservation_keys": list(grant.overrides),
        "overridden_by": reservation.overridden_by if reservation is not None else None,
        "created_at": iso(grant.created_at, zone),
        "ended_at": iso(grant.ended_at, zone),
        "ended_reason": grant.ended_reason,
    }
