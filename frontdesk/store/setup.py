"""Writing a property's fixed parts (lock systems, spaces, doors, door groups) in one go."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from frontdesk.domain.model import CredentialKind
from frontdesk.store.tables import DoorGroupRow, EntranceRow, LockSystemRow, PropertyRow, SpaceRow


@dataclass(frozen=True)
class DoorSpec:
    entrance_id: str
    name: str
    space_id: str
    space_name: str
    space_kind: str
    lock_system_id: str
    can_belong_to_reservation: bool
    credential_kinds: tuple[CredentialKind, ...]
    device_id: str | None = None
    time_zone: str | None = None


@dataclass(frozen=True)
class PropertySpec:
    property_id: str
    name: str
    time_zone: str
    lock_systems: tuple[tuple[str, str, bool], ...]  # id, name, requires a key for guest cards
    doors: tuple[DoorSpec, ...]
    door_groups: tuple[tuple[str, tuple[str, ...]], ...]


def create_property(session: Session, spec: PropertySpec, now: datetime) -> None:
    pid = spec.property_id
    session.add(
        PropertyRow(
            property_id=pid,
            name=spec.name,
            time_zone=spec.time_zone,
            reservation_sequence=0,
            card_serial_counter=0,
            property_number=secrets.randbelow(2**31 - 1) + 1,
            created_at=now,
        )
    )
    session.flush()
    for lock_system_id, name, requires in spec.lock_systems:
        session.add(
            LockSystemRow(
                lock_system_id=lock_system_id,
                property_id=pid,
                name=name,
                requires_reservation_key_for_guest_cards=requires,
            )
        )
    seen_spaces: set[str] = set()
    for door in spec.doors:
        if door.space_id not in seen_spaces:
            seen_spaces.add(door.space_id)
            session.add(
                SpaceRow(space_id=door.space_id, property_id=pid, name=door.space_name, kind=door.space_kind)
            )
    session.flush()
    for number, door in enumerate(spec.doors, start=1):
        session.add(
            EntranceRow(
                entrance_id=door.entrance_id,
                property_id=pid,
                space_id=door.space_id,
                lock_system_id=door.lock_system_id,
                name=door.name,
                can_belong_to_reservation=door.can_belong_to_reservation,
                credential_kinds=",".join(sorted(k.value for k in door.credential_kinds)),
                lock_number=number,
                device_id=door.device_id,
                time_zone=door.time_zone,
            )
        )
    for number, (name, entrance_ids) in enumerate(spec.door_groups, start=1):
        session.add(
            DoorGroupRow(property_id=pid, name=name, group_number=number, entrance_ids=list(entrance_ids))
        )
