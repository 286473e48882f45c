"""What a write changed; `Change.view()` is what the screens and the command line show of it."""

from __future__ import annotations

from dataclasses import dataclass, field

from frontdesk.domain.codes import AccessCode
from frontdesk.domain.events import Event
from frontdesk.domain.model import AccessGrant, ReservationStatus
from frontdesk.services.stays.views import ChangeView, OverriddenView, PinCodeView, grant_views


@dataclass
class OverriddenReservation:
    """A stay a write overrode, which stay took over and the doors it took."""

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
    # Set when another desk's stay took this one's rooms right after it committed (a race lost).
    overridden_by: str | None = None

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

    def view(self) -> ChangeView:
        """The change as the desk shows it: grants with their status, times in the property's zone."""
        zone, statuses = self.time_zone, self.reservation_status
        return ChangeView(
            reservation_key=self.reservation_key,
            grants_created=grant_views(self.grants_created, zone, statuses),
            grants_updated=grant_views(self.grants_updated, zone, statuses),
            grants_ended=grant_views(self.grants_ended, zone, statuses),
            reservations_overridden=tuple(
                OverriddenView(r.reservation_key, r.overridden_by, tuple(sorted(r.entrance_ids)))
                for r in self.reservations_overridden
            ),
            cards_to_reencode=tuple(self.cards_to_reencode),
            pin_codes=tuple(PinCodeView.of(c, zone) for c in self.codes_created),
            overridden_by=self.overridden_by,
        )
