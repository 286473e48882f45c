"""The views no window shows at start: a write's change, a door group, a room out of order, the
timeline. `services/stays/views.py` names them (its `__getattr__`), so they are imported from there
as the others are; this module is imported when one is first named, not by the window's first
screen (docs/benchmarks.md "Cold start": each frozen dataclass costs Python some 0.4 ms to make).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from frontdesk.services.stays.views import GrantView, local

if TYPE_CHECKING:
    from frontdesk.domain.codes import AccessCode
    from frontdesk.domain.codes.access_code import SyncState


@dataclass(frozen=True)
class DoorGroupView:
    """A named set of doors staff access is given by (housekeeping, maintenance...)."""

    name: str
    entrance_ids: tuple[str, ...]  # sorted


@dataclass(frozen=True)
class OverriddenView:
    """A stay a write overrode: which stay took over, and the doors it took."""

    reservation_key: str
    overridden_by: str
    entrance_ids: tuple[str, ...]  # sorted


@dataclass(frozen=True)
class PinCodeView:
    """A PIN made with a stay, to give the guest (the provider may still have to confirm it)."""

    device_id: str
    code: str | None
    name: str | None
    starts_at: datetime | None
    ends_at: datetime | None
    is_offline_access_code: bool
    sync_state: SyncState

    @classmethod
    def of(cls, c: AccessCode, zone: str) -> PinCodeView:
        return cls(
            c.device_id,
            c.code,
            c.name,
            local(c.starts_at, zone),
            local(c.ends_at, zone),
            c.is_offline_access_code,
            c.sync_state,
        )


@dataclass(frozen=True)
class ChangeView:
    """What a write changed, as the desk shows it (services/results.py's `Change.view()`)."""

    reservation_key: str | None
    grants_created: tuple[GrantView, ...]
    grants_updated: tuple[GrantView, ...]
    grants_ended: tuple[GrantView, ...]
    reservations_overridden: tuple[OverriddenView, ...]
    cards_to_reencode: tuple[int, ...]
    pin_codes: tuple[PinCodeView, ...]
    overridden_by: str | None = None  # the stay that took this one's rooms: it is not active


@dataclass(frozen=True)
class OutOfOrderView:
    """A space out of order: which, why, from when until when (the audit log says who set it)."""

    space_id: str
    room: str  # the space's name
    reason: str
    since: datetime
    until: datetime


@dataclass(frozen=True)
class TimelineBar:
    """One stay (or a time out of order) on a room's line of the timeline."""

    reservation_key: str | None  # None: the room is out of order then
    guest_names: tuple[str, ...]
    starts_at: datetime
    ends_at: datetime
    overridden: bool  # a newer stay took the room over: its cards work until the new card's first use
    overrides: tuple[str, ...]  # the stays this one took over
    out_of_order_reason: str | None = None


@dataclass(frozen=True)
class TimelineRoom:
    """A room (or suite) with the stays that touch the timeline's days, in start order."""

    space_id: str
    name: str
    entrance_ids: tuple[str, ...]  # its reservation doors, sorted: what a check-in there takes
    bars: tuple[TimelineBar, ...]


@dataclass(frozen=True)
class Timeline:
    """The tape chart: guest rooms down, `days` days from `first_day` across (property calendar)."""

    first_day: date
    days: int
    starts_at: datetime  # midnight of the first day, property time
    rooms: tuple[TimelineRoom, ...]
