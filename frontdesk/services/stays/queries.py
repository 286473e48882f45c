"""Read-only views of the desk: doors, grants, today's lists, the rooms, the audit log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from frontdesk.domain.codes.issues import describe_issue
from frontdesk.domain.model import AccessGrant, Reservation, ReservationStatus, UserKind
from frontdesk.services.results import grant_to_dict, iso
from frontdesk.services.transactions import Transactions
from frontdesk.store.unit_of_work import UnitOfWork

T = TypeVar("T")


@dataclass(frozen=True)
class StayRow:
    """One line of the Today lists."""

    reservation_key: str
    guest_names: tuple[str, ...]
    entrance_ids: tuple[str, ...]
    room_names: tuple[str, ...]
    starts_at: datetime
    ends_at: datetime
    status: str


@dataclass(frozen=True)
class Today:
    day: date
    arrivals: list[StayRow]
    in_house: list[StayRow]
    departures: list[StayRow]


@dataclass(frozen=True)
class RoomRow:
    space_id: str
    name: str
    kind: str
    entrance_ids: tuple[str, ...]
    state: str  # free, occupied, overridden
    reservation_key: str | None
    guest_names: tuple[str, ...]


@dataclass(frozen=True)
class RackRow:
    """One space of the room rack: who holds it now and what needs the desk's attention there.

    `state` is one of free, occupied, reserved (a stay to come), due_out (the stay has ended but
    was not checked out), override_pending (a newer stay overrode an earlier one whose cards still
    open the door until the new card is first used).
    """

    space_id: str
    name: str
    kind: str
    entrance_ids: tuple[str, ...]
    state: str
    reservation_key: str | None = None
    guest_names: tuple[str, ...] = ()
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    pending_keys: tuple[str, ...] = ()  # overridden stays whose cards still work until first use
    cards_to_reencode: tuple[int, ...] = ()
    pin_problems: tuple[str, ...] = ()  # plain-words titles of the codes' errors on this space


@dataclass(frozen=True)
class SearchHit:
    """A stay found by guest name, room or reservation key."""

    reservation_key: str
    guest_names: tuple[str, ...]
    room_names: tuple[str, ...]
    starts_at: datetime
    ends_at: datetime
    status: str  # active, overridden, ended
    matched: str  # what matched: guest, room or reservation


class DeskQueries:
    """What the screens and the command line read: doors, grants, today's lists, rooms, search, audit."""

    def __init__(self, tx: Transactions) -> None:
        self._tx = tx

    async def has_property(self) -> bool:
        return await self._tx.read(lambda uow, now: uow.desk.has_property())

    async def property_info(self) -> dict[str, Any]:
        def work(uow: UnitOfWork, now: datetime) -> dict[str, Any]:
            p = uow.desk.property()
            return {"property_id": p.property_id, "name": p.name, "time_zone": p.time_zone}

        return await self._tx.read(work)

    async def entrances(self) -> list[dict[str, Any]]:
        def work(uow: UnitOfWork, now: datetime) -> list[dict[str, Any]]:
            spaces = {s.space_id: s for s in uow.desk.spaces()}
            return [
                {
                    "entrance_id": e.entrance_id,
                    "name": e.name,
                    "space": spaces[e.space_id].name,
                    "space_id": e.space_id,
                    "can_belong_to_reservation": e.can_belong_to_reservation,
                    "credential_kinds": sorted(k.value for k in e.credential_kinds),
                    "requires_reservation_key_for_guest_cards": e.requires_reservation_key_for_guest_cards,
                    "device_id": e.device_id,
                }
                for e in uow.desk.entrances().values()
            ]

        return await self._tx.read(work)

    async def door_groups(self) -> dict[str, list[str]]:
        return await self._tx.read(
            lambda uow, now: {n: sorted(g.entrance_ids) for n, g in uow.desk.door_groups().items()}
        )

    async def grants(
        self, *, reservation_key: str | None = None, include_ended: bool = False
    ) -> list[dict[str, Any]]:
        def work(uow: UnitOfWork, now: datetime) -> list[dict[str, Any]]:
            zone = uow.desk.property().time_zone
            reservations = {r.reservation_key: r for r in uow.desk.reservations()}
            grants = uow.desk.grants(reservation_key=reservation_key, live_only=not include_ended)
            return [
                grant_to_dict(g, zone, reservation=reservations.get(g.reservation_key or "")) for g in grants
            ]

        return await self._tx.read(work)

    async def reservation(self, reservation_key: str) -> dict[str, Any]:
        def work(uow: UnitOfWork, now: datetime) -> dict[str, Any]:
            zone = uow.desk.property().time_zone
            r = uow.desk.require_reservation(reservation_key)
            return {
                "reservation_key": r.reservation_key,
                "status": r.status.value,
                "entrance_ids": sorted(r.door_set),
                "sequence": r.sequence,
                "overridden_by": r.overridden_by,
                "overridden_at": iso(r.overridden_at, zone),
                "grants": [grant_to_dict(g, zone, reservation=r) for g in r.grants],
            }

        return await self._tx.read(work)

    async def today(self) -> Today:
        def work(uow: UnitOfWork, now: datetime) -> Today:
            zone = ZoneInfo(uow.desk.property().time_zone)
            day = now.astimezone(zone).date()
            start = datetime.combine(day, time(0), zone)
            end = start + timedelta(days=1)
            spaces = {s.space_id: s.name for s in uow.desk.spaces()}
            entrances = {e.entrance_id: e.space_id for e in uow.desk.entrances().values()}
            live = uow.desk.reservations(statuses=[ReservationStatus.ACTIVE, ReservationStatus.OVERRIDDEN])
            rows = [_stay_row(r, spaces, entrances) for r in live if r.live_grants]
            return Today(
                day=day,
                arrivals=[s for s in rows if start <= s.starts_at < end and s.starts_at > now],
                in_house=[s for s in rows if s.starts_at <= now < s.ends_at],
                departures=[s for s in rows if start <= s.ends_at < end],
            )

        return await self._tx.read(work)

    async def rooms(self) -> list[RoomRow]:
        def work(uow: UnitOfWork, now: datetime) -> list[RoomRow]:
            entrances = uow.desk.entrances()
            by_space: dict[str, list[str]] = {}
            for e in entrances.values():
                by_space.setdefault(e.space_id, []).append(e.entrance_id)
            holder: dict[str, Reservation] = {}
            for r in uow.desk.reservations(statuses=[ReservationStatus.ACTIVE]):
                if any(g.starts_at <= now < g.ends_at for g in r.live_grants):
                    for door in r.door_set:
                        holder[entrances[door].space_id] = r
            out = []
            for space in uow.desk.spaces():
                r = holder.get(space.space_id)
                out.append(
                    RoomRow(
                        space.space_id,
                        space.name,
                        space.kind,
                        tuple(by_space.get(space.space_id, ())),
                        "occupied" if r else "free",
                        r.reservation_key if r else None,
                        tuple(g.user_name for g in r.live_grants) if r else (),
                    )
                )
            return out

        return await self._tx.read(work)

    async def room_rack(self) -> list[RackRow]:
        """Every space with its state, in a fixed number of queries whatever the number of rooms.

        Spaces, doors, live grants (one joined query), their cards and the live PIN codes are each
        read once and matched in memory, so 2,000 rooms cost the same five round trips as twenty.
        """
        return await self._tx.read(lambda uow, now: _rack(uow, now))

    async def search(self, text: str, *, limit: int = 50) -> list[SearchHit]:
        """Stays whose guest name, room name, door id or reservation key contains `text` (any case).

        Stays in house or to come are listed first, then ended ones, newest first.
        """
        needle = text.strip().casefold()
        if not needle:
            return []

        def work(uow: UnitOfWork, now: datetime) -> list[SearchHit]:
            spaces = {s.space_id: s.name for s in uow.desk.spaces()}
            entrances = uow.desk.entrances()
            by_key: dict[str, list[AccessGrant]] = {}
            for g in uow.desk.grants():
                if g.reservation_key and g.kind is not UserKind.STAFF:
                    by_key.setdefault(g.reservation_key, []).append(g)
            overridden = {k for grants in by_key.values() for g in grants for k in g.overrides}
            hits: list[SearchHit] = []
            for key, grants in by_key.items():
                live = [g for g in grants if g.is_live]
                shown = live or grants
                rooms = tuple(
                    dict.fromkeys(
                        spaces[entrances[d].space_id]
                        for g in shown
                        for d in sorted(g.entrance_ids)
                        if d in entrances and entrances[d].can_belong_to_reservation
                    )
                )
                doors = {d.casefold() for g in shown for d in g.entrance_ids}
                if needle in key.casefold():
                    matched = "reservation"
                elif any(needle in g.user_name.casefold() for g in shown):
                    matched = "guest"
                elif any(needle in r.casefold() for r in rooms) or needle in doors:
                    matched = "room"
                else:
                    continue
                status = "ended" if not live else ("overridden" if key in overridden else "active")
                hits.append(
                    SearchHit(
                        key,
                        tuple(g.user_name for g in shown),
                        rooms,
                        min(g.starts_at for g in shown),
                        max(g.ends_at for g in shown),
                        status,
                        matched,
                    )
                )
            hits.sort(key=lambda h: (h.status == "ended", h.ends_at < now, -h.starts_at.timestamp()))
            return hits[:limit]

        return await self._tx.read(work)

    async def audit(self, *, limit: int = 200, action: str | None = None) -> list[dict[str, Any]]:
        def work(uow: UnitOfWork, now: datetime) -> list[dict[str, Any]]:
            zone = uow.desk.property().time_zone
            return [
                {
                    "audit_id": a.audit_id,
                    "at": iso(a.at, zone),
                    "workstation": a.workstation,
                    "action": a.action,
                    "subject": a.subject,
                    "details": a.details,
                }
                for a in uow.desk.audit(limit=limit, action=action)
            ]

        return await self._tx.read(work)


def _stay_row(r: Reservation, spaces: dict[str, str], entrance_space: dict[str, str]) -> StayRow:
    live: list[AccessGrant] = [g for g in r.live_grants if g.kind is not UserKind.STAFF]
    rooms = tuple(dict.fromkeys(spaces[entrance_space[d]] for d in sorted(r.door_set)))
    return StayRow(
        reservation_key=r.reservation_key,
        guest_names=tuple(g.user_name for g in live),
        entrance_ids=tuple(sorted(r.door_set)),
        room_names=rooms,
        starts_at=min(g.starts_at for g in live),
        ends_at=max(g.ends_at for g in live),
        status=r.status.value,
    )


def _rack(uow: UnitOfWork, now: datetime) -> list[RackRow]:
    entrances = uow.desk.entrances()
    doors_of: dict[str, list[str]] = {}
    for e in entrances.values():
        doors_of.setdefault(e.space_id, []).append(e.entrance_id)
    grants = [
        g for g in uow.desk.grants(live_only=True) if g.reservation_key and g.kind is not UserKind.STAFF
    ]
    # Reservation -> its grants, and space -> the reservations whose reservation doors are in it.
    stays: dict[str, list[AccessGrant]] = {}
    on_space: dict[str, list[str]] = {}
    for g in grants:
        key = g.reservation_key or ""
        stays.setdefault(key, []).append(g)
        for d in g.entrance_ids:
            e = entrances.get(d)
            if e is not None and e.can_belong_to_reservation and key not in on_space.get(e.space_id, []):
                on_space.setdefault(e.space_id, []).append(key)
    overridden = {k for g in grants for k in g.overrides}
    grant_space: dict[str, set[str]] = {
        g.access_grant_id: {entrances[d].space_id for d in g.entrance_ids if d in entrances} for g in grants
    }
    reencode: dict[str, list[int]] = {}
    for card in uow.lockout_reads.cards_of_grants(list(grant_space)):
        if card["status"] == "needs_reencode":
            for space in grant_space.get(card["access_grant_id"] or "", ()):
                reencode.setdefault(space, []).append(card["card_serial"])
    device_space = {e.device_id: e.space_id for e in entrances.values() if e.device_id}
    problems: dict[str, list[str]] = {}
    for code in uow.codes.codes():
        space = device_space.get(code.device_id)
        if space is not None and code.errors:
            problems.setdefault(space, []).extend(describe_issue(i.code).title for i in code.errors)

    rows: list[RackRow] = []
    for space in uow.desk.spaces():
        keys = on_space.get(space.space_id, [])
        current = [k for k in keys if any(g.starts_at <= now < g.ends_at for g in stays[k])]
        coming = [k for k in keys if all(g.starts_at > now for g in stays[k])]
        overdue = [k for k in keys if all(g.ends_at <= now for g in stays[k])]
        holder = next((k for k in current if k not in overridden), None) or (current[0] if current else None)
        state, key = "free", None
        if holder is not None:
            key = holder
            pending = tuple(k for k in keys if k != holder and k in overridden)
            state = "override_pending" if pending else "occupied"
        elif coming:
            key = min(coming, key=lambda k: min(g.starts_at for g in stays[k]))
            pending, state = (), "reserved"
        elif overdue:
            key, pending, state = overdue[0], (), "due_out"
        else:
            pending = ()
        held = stays.get(key or "", [])
        rows.append(
            RackRow(
                space.space_id,
                space.name,
                space.kind,
                tuple(doors_of.get(space.space_id, ())),
                state,
                key,
                tuple(g.user_name for g in held),
                min((g.starts_at for g in held), default=None),
                max((g.ends_at for g in held), default=None),
                pending,
                tuple(sorted(set(reencode.get(space.space_id, ())))),
                tuple(dict.fromkeys(problems.get(space.space_id, ()))),
            )
        )
    return rows
