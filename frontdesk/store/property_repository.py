"""Reading and changing a property's fixed parts one at a time: its name and time zone, spaces, doors.

`setup.create_property` writes a whole property at once; this is what the Settings screen and
`frontdesk property` / `frontdesk entrances` use afterwards. Rules live in the service; this only reads
and writes rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from frontdesk.domain.model import LockSystem, Space
from frontdesk.store.tables import EntranceRow, LockSystemRow, PropertyRow, ReservationRow, SpaceRow


@dataclass(frozen=True)
class DoorRecord:
    """A door exactly as stored, including the lock number card locks know it by."""

    entrance_id: str
    name: str
    space_id: str
    lock_system_id: str
    lock_number: int
    can_belong_to_reservation: bool
    credential_kinds: tuple[str, ...]
    device_id: str | None
    time_zone: str | None


def _record(row: EntranceRow) -> DoorRecord:
    return DoorRecord(
        entrance_id=row.entrance_id,
        name=row.name,
        space_id=row.space_id,
        lock_system_id=row.lock_system_id,
        lock_number=row.lock_number,
        can_belong_to_reservation=row.can_belong_to_reservation,
        credential_kinds=tuple(sorted(k for k in row.credential_kinds.split(",") if k)),
        device_id=row.device_id,
        time_zone=row.time_zone,
    )


class PropertyRepository:
    """The property's own row, its lock systems, spaces and doors (one session, one transaction)."""

    def __init__(self, session: Session, property_id: str) -> None:
        self.session = session
        self.property_id = property_id

    def set_property(self, *, name: str | None = None, time_zone: str | None = None) -> None:
        row = self.session.get(PropertyRow, self.property_id)
        assert row is not None
        if name is not None:
            row.name = name
        if time_zone is not None:
            row.time_zone = time_zone
        self.session.flush()

    def lock_systems(self) -> list[LockSystem]:
        rows = self.session.scalars(
            select(LockSystemRow)
            .where(LockSystemRow.property_id == self.property_id)
            .order_by(LockSystemRow.lock_system_id)
        )
        return [
            LockSystem(r.lock_system_id, r.name, r.requires_reservation_key_for_guest_cards) for r in rows
        ]

    def space(self, space_id: str) -> Space | None:
        row = self.session.get(SpaceRow, space_id)
        return None if row is None else Space(row.space_id, row.name, row.kind)

    def spaces(self) -> list[Space]:
        rows = self.session.scalars(
            select(SpaceRow).where(SpaceRow.property_id == self.property_id).order_by(SpaceRow.space_id)
        )
        return [Space(r.space_id, r.name, r.kind) for r in rows]

    def add_space(self, space: Space) -> None:
        self.session.add(
            SpaceRow(space_id=space.space_id, property_id=self.property_id, name=space.name, kind=space.kind)
        )
        self.session.flush()  # the door refers to it; without relationships SQLAlchemy won't order them

    def door(self, entrance_id: str) -> DoorRecord | None:
        row = self.session.get(EntranceRow, entrance_id)
        return None if row is None else _record(row)

    def doors(self) -> list[DoorRecord]:
        rows = self.session.scalars(
            select(EntranceRow)
            .where(EntranceRow.property_id == self.property_id)
            .order_by(EntranceRow.lock_number)
        )
        return [_record(r) for r in rows]

    def next_lock_number(self) -> int:
        """One more than the highest number in use: numbers already on cards are never reused."""
        highest = self.session.scalar(select(func.max(EntranceRow.lock_number)))
        return int(highest or 0) + 1

    def add_door(self, door: DoorRecord) -> None:
        self.session.add(
            EntranceRow(
                entrance_id=door.entrance_id,
                property_id=self.property_id,
                space_id=door.space_id,
                lock_system_id=door.lock_system_id,
                name=door.name,
                can_belong_to_reservation=door.can_belong_to_reservation,
                credential_kinds=",".join(sorted(door.credential_kinds)),
                lock_number=door.lock_number,
                device_id=door.device_id,
                time_zone=door.time_zone,
            )
        )
        self.session.flush()

    def save_door(self, door: DoorRecord) -> None:
        """Write a door's changeable fields; its space, lock system and lock number stay as they are."""
        row = self.session.get(EntranceRow, door.entrance_id)
        assert row is not None
        row.name = door.name
        row.can_belong_to_reservation = door.can_belong_to_reservation
        row.credential_kinds = ",".join(sorted(door.credential_kinds))
        row.device_id = door.device_id
        row.time_zone = door.time_zone
        self.session.flush()

    def live_reservations_with(self, entrance_id: str, statuses: tuple[str, ...]) -> list[str]:
        """Keys of reservations in these statuses whose door set holds the door."""
        rows: Any = self.session.execute(
            select(ReservationRow.reservation_key, ReservationRow.door_set)
            .where(ReservationRow.property_id == self.property_id, ReservationRow.status.in_(statuses))
            .order_by(ReservationRow.sequence)
        ).all()
        return [key for key, door_set in rows if entrance_id in (door_set or [])]
