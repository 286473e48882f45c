"""Read-only views of the desk: the property, doors, grants, stays, today's lists, rooms, search, audit.

Every method returns frozen views (services/stays/views.py); the room rack and the search have
modules of their own (rack.py, search.py).
"""

from __future__ import annotations

from datetime import datetime

from frontdesk.domain.audit import AuditFilter
from frontdesk.domain.model import ReservationStatus
from frontdesk.domain.operators import Permission as P
from frontdesk.services.stays.out_of_order import out_of_order_now
from frontdesk.services.stays.rack import room_rack
from frontdesk.services.stays.search import search_stays
from frontdesk.services.stays.timeline import timeline
from frontdesk.services.stays.today import build_today
from frontdesk.services.stays.views import (
    AuditEntryView,
    DoorGroupView,
    EntranceView,
    GrantView,
    OutOfOrderView,
    PropertyInfo,
    RackRow,
    ReservationView,
    SearchHit,
    Timeline,
    Today,
)
from frontdesk.services.transactions import Transactions
from frontdesk.store.audit_search import search_audit
from frontdesk.store.unit_of_work import UnitOfWork


class DeskQueries:
    """What the screens and the command line read: doors, grants, today's lists, rooms, search, audit."""

    def __init__(self, tx: Transactions) -> None:
        self._tx = tx

    async def has_property(self) -> bool:
        return await self._tx.read(lambda uow, now: uow.desk.has_property())

    async def property_info(self) -> PropertyInfo:
        return await self._tx.read(lambda uow, now: PropertyInfo.of(uow.desk.property()))

    async def entrances(self) -> list[EntranceView]:
        """Every door with its space and what its lock takes, in the property's order."""

        def work(uow: UnitOfWork, now: datetime) -> list[EntranceView]:
            spaces = {s.space_id: s for s in uow.desk.spaces()}
            return [EntranceView.of(e, spaces[e.space_id]) for e in uow.desk.entrances().values()]

        return await self._tx.read(work)

    async def door_groups(self) -> list[DoorGroupView]:
        """The named door groups staff access is given by."""
        return await self._tx.read(
            lambda uow, now: [
                DoorGroupView(n, tuple(sorted(g.entrance_ids))) for n, g in uow.desk.door_groups().items()
            ]
        )

    async def grants(
        self, *, reservation_key: str | None = None, include_ended: bool = False
    ) -> list[GrantView]:
        """Live grants (all grants with `include_ended`), of one stay when a key is given."""

        def work(uow: UnitOfWork, now: datetime) -> list[GrantView]:
            zone = uow.desk.property().time_zone
            reservations = {r.reservation_key: r for r in uow.desk.reservations()}
            grants = uow.desk.grants(reservation_key=reservation_key, live_only=not include_ended)
            return [
                GrantView.of(g, zone, reservation=reservations.get(g.reservation_key or "")) for g in grants
            ]

        return await self._tx.read(work)

    async def reservation(self, reservation_key: str) -> ReservationView:
        """One stay with all its grants; NotFound when the key is unknown."""

        def work(uow: UnitOfWork, now: datetime) -> ReservationView:
            zone = uow.desk.property().time_zone
            return ReservationView.of(uow.desk.require_reservation(reservation_key), zone)

        return await self._tx.read(work)

    async def today(self) -> Today:
        """Arrivals still to come today, guests in house now and today's departures."""

        def work(uow: UnitOfWork, now: datetime) -> Today:
            zone = uow.desk.property().time_zone
            spaces = {s.space_id: s.name for s in uow.desk.spaces()}
            entrances = {e.entrance_id: e.space_id for e in uow.desk.entrances().values()}
            live = uow.desk.reservations(statuses=[ReservationStatus.ACTIVE, ReservationStatus.OVERRIDDEN])
            return build_today(live, spaces, entrances, zone, now)

        return await self._tx.read(work)

    async def room_rack(self) -> list[RackRow]:
        """Every space with its state, in a fixed number of queries whatever the number of rooms.

        Spaces, doors, live grants (one joined query), their cards and the live PIN codes are each
        read once and matched in memory, so 2,000 rooms cost the same five round trips as twenty.
        """
        return await self._tx.read(room_rack)

    async def timeline(self, days: int = 14) -> Timeline:
        """The tape chart: every guest room's stays (and out-of-order times) over the next days."""
        return await self._tx.read(lambda uow, now: timeline(uow, now, days))

    async def out_of_order(self) -> list[OutOfOrderView]:
        """The rooms out of order now or from a later time on, with their reasons and ends."""
        return await self._tx.read(out_of_order_now)

    async def search(self, text: str, *, limit: int = 50) -> list[SearchHit]:
        """Stays whose guest name, room name, door id or reservation key contains `text` (any case).

        Stays in house or to come are listed first, then ended ones, newest first.
        """
        needle = text.strip().casefold()
        if not needle:
            return []
        return await self._tx.read(lambda uow, now: search_stays(uow, now, needle, limit))

    async def audit(self, *, limit: int = 200, action: str | None = None) -> list[AuditEntryView]:
        """The audit log, newest first, of one kind of action when `action` is given."""
        await self._tx.guard.require(P.REPORTS)

        def work(uow: UnitOfWork, now: datetime) -> list[AuditEntryView]:
            zone = uow.desk.property().time_zone
            found = search_audit(uow.session, AuditFilter(action=action, limit=limit))
            return [AuditEntryView.of(a, zone) for a in found]

        return await self._tx.read(work)
