"""Changing the property after it exists: its name and time zone, and its doors (what the hotel's IT does).

Each change is one transaction with one audit line. Two things are protected because guests in the
house depend on them: a door's lock number never changes (cards already carry it), and a door in a
live stay's door set keeps taking part in reservations and keeps taking cards, or the override rules
for the guests in that room would break.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from frontdesk.domain.errors import Conflict, InvalidInput, NotFound
from frontdesk.domain.events import EntranceAdded, EntranceUpdated, PropertyUpdated
from frontdesk.domain.input_rules import refuse_unsafe_text
from frontdesk.domain.model import CredentialKind, ReservationStatus, Space
from frontdesk.domain.operators import Permission as P
from frontdesk.domain.second_look import time_zone_risk
from frontdesk.domain.words import say
from frontdesk.services.operators.second_look import may_force, second_look
from frontdesk.services.property.views import (
    AddedDoor,
    DoorView,
    LockSystemView,
    PropertySetup,
    PropertyUpdate,
    SpaceView,
    UpdatedDoor,
)
from frontdesk.services.transactions import Transactions
from frontdesk.store.property_repository import DoorRecord, PropertyRepository
from frontdesk.store.unit_of_work import UnitOfWork

SPACE_KINDS = ("guest_room", "suite", "common", "unit")
PIN_KINDS = frozenset({CredentialKind.ONLINE_PIN.value, CredentialKind.OFFLINE_PIN.value})
LIVE = (ReservationStatus.ACTIVE.value, ReservationStatus.OVERRIDDEN.value)
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


# --- checks -------------------------------------------------------------------------------------


def check_time_zone(value: str, what: str = say("time zone")) -> str:
    """The IANA name as given, or a 400 saying how to find a valid one."""
    zone = value.strip()
    try:
        if not zone:
            raise ValueError(zone)
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InvalidInput(
            say("Unknown {what}.", what=what),
            say("Use an IANA time zone name such as Europe/Lisbon or America/Los_Angeles."),
            detail={"time_zone": value},
        ) from exc
    return zone


def _check_id(value: str, what: str) -> str:
    if not _ID.match(value) or len(value) > 64:
        raise InvalidInput(
            say("Invalid {what}.", what=what),
            say(
                "Use lowercase letters, digits and single dashes only (e.g. room-101), at most 64 characters."
            ),
            detail={what.replace(" ", "_"): value},
        )
    return value


def _check_name(value: str, what: str) -> str:
    refuse_unsafe_text(value, what)
    name = value.strip()
    if not name or len(name) > 200:
        raise InvalidInput(
            say("The {what} cannot be empty.", what=what),
            say("Type a {what} of at most 200 characters.", what=what),
        )
    return name


def _check_kinds(values: Iterable[str]) -> tuple[str, ...]:
    kinds: set[str] = set()
    for value in values:
        try:
            kinds.add(CredentialKind(value).value)
        except ValueError as exc:
            raise InvalidInput(
                say("Unknown credential kind."),
                say("Use card, online_pin or offline_pin."),
                detail={"credential_kind": value},
            ) from exc
    if not kinds:
        raise InvalidInput(
            say("A door must take at least one credential."), say("Choose card, online PIN or offline PIN.")
        )
    return tuple(sorted(kinds))


def _check_device(kinds: tuple[str, ...], device_id: str | None) -> None:
    if PIN_KINDS & set(kinds) and not device_id:
        raise InvalidInput(
            say("A PIN door needs its device id."),
            say("Give the lock's device id at the lock provider (see 'frontdesk devices list')."),
        )


# --- the service --------------------------------------------------------------------------------


class PropertySetupService:
    """Show and change the property, its spaces and doors."""

    def __init__(self, tx: Transactions) -> None:
        self._tx = tx

    @staticmethod
    def _repo(uow: UnitOfWork) -> PropertyRepository:
        return PropertyRepository(uow.session, uow.desk.property_row().property_id)

    async def show(self) -> PropertySetup:
        """The property with its lock systems, spaces and doors (lock numbers and time zones included)."""

        def work(uow: UnitOfWork, now: datetime) -> PropertySetup:
            p, repo = uow.desk.property(), self._repo(uow)
            spaces = {s.space_id: s for s in repo.spaces()}
            return PropertySetup(
                p.property_id,
                p.name,
                p.time_zone,
                tuple(LockSystemView.of(s) for s in repo.lock_systems()),
                tuple(SpaceView(s.space_id, s.name, s.kind) for s in spaces.values()),
                tuple(DoorView.of(d, spaces.get(d.space_id)) for d in repo.doors()),
            )

        return await self._tx.read(work)

    async def update_property(
        self, name: str | None = None, time_zone: str | None = None, *, force: bool = False
    ) -> PropertyUpdate:
        """New name and/or time zone; returns the property as stored. A new zone with guests in
        house only with `force` (domain/second_look.py)."""
        await self._tx.guard.require(P.PROPERTY_SETTINGS)
        await may_force(self._tx, force)
        if name is None and time_zone is None:
            raise InvalidInput(say("Nothing to change."), say("Give a new name, a new time zone or both."))
        new_name = None if name is None else _check_name(name, say("property name"))
        new_zone = None if time_zone is None else check_time_zone(time_zone)

        def work(uow: UnitOfWork, now: datetime) -> PropertyUpdate:
            p = uow.desk.property()
            changes: dict[str, Any] = {}
            if new_name is not None and new_name != p.name:
                changes["name"] = {"from": p.name, "to": new_name}
            if new_zone is not None and new_zone != p.time_zone:
                changes["time_zone"] = {"from": p.time_zone, "to": new_zone}
                in_house = [
                    r for r in uow.desk.reservations(statuses=[ReservationStatus.ACTIVE])
                    if any(g.starts_at <= now < g.ends_at for g in r.live_grants)
                ]  # fmt: skip
                uow.record(*second_look(self._tx, time_zone_risk(len(in_house)), force))
            if changes:
                self._repo(uow).set_property(name=new_name, time_zone=new_zone)
                uow.record(PropertyUpdated(p.property_id, changes))
            return PropertyUpdate(
                p.property_id, new_name or p.name, new_zone or p.time_zone, tuple(sorted(changes))
            )

        return await self._tx.write(work)

    async def add_entrance(
        self,
        entrance_id: str,
        name: str,
        space_id: str,
        space_name: str | None,
        space_kind: str | None,
        lock_system_id: str,
        can_belong_to_reservation: bool,
        credential_kinds: Iterable[str],
        device_id: str | None = None,
        time_zone: str | None = None,
    ) -> AddedDoor:
        """A new door (and its space when the space is new), numbered after the highest lock number."""
        await self._tx.guard.require(P.DOOR_EDITS)
        _check_id(entrance_id, say("entrance id"))
        _check_id(space_id, say("space id"))
        door_name = _check_name(name, say("door name"))
        kinds = _check_kinds(credential_kinds)
        device = (device_id or "").strip() or None
        _check_device(kinds, device)
        zone = check_time_zone(time_zone, say("door time zone")) if time_zone else None
        if space_kind is not None and space_kind not in SPACE_KINDS:
            raise InvalidInput(
                say("Unknown space kind."),
                say("Use one of: {kinds}.", kinds=", ".join(SPACE_KINDS)),
                detail={"space_kind": space_kind},
            )

        def work(uow: UnitOfWork, now: datetime) -> AddedDoor:
            repo = self._repo(uow)
            if repo.door(entrance_id) is not None:
                raise Conflict(
                    say("A door with this id already exists."),
                    say("Choose another entrance id, or change the existing door with 'Edit door'."),
                    detail={"entrance_id": entrance_id},
                )
            systems = [s.lock_system_id for s in repo.lock_systems()]
            if lock_system_id not in systems:
                raise NotFound(
                    say("Lock system not found."),
                    say(
                        "Use one of this property's lock systems: {systems}.",
                        systems=", ".join(systems),
                    ),
                    detail={"lock_system_id": lock_system_id},
                )
            space = repo.space(space_id)
            created = space is None
            if space is None:
                kind = space_kind or ("guest_room" if can_belong_to_reservation else "common")
                space = Space(space_id, _check_name(space_name or door_name, say("space name")), kind)
                repo.add_space(space)
            door = DoorRecord(
                entrance_id=entrance_id,
                name=door_name,
                space_id=space_id,
                lock_system_id=lock_system_id,
                lock_number=repo.next_lock_number(),
                can_belong_to_reservation=can_belong_to_reservation,
                credential_kinds=kinds,
                device_id=device,
                time_zone=zone,
            )
            repo.add_door(door)
            uow.record(
                EntranceAdded(
                    entrance_id,
                    door_name,
                    space_id,
                    lock_system_id,
                    door.lock_number,
                    can_belong_to_reservation,
                    kinds,
                    device,
                    zone,
                    created,
                    repo.property_id,
                )
            )
            return AddedDoor.of(door, space, space_created=created)

        return await self._tx.write(work)

    async def update_entrance(
        self,
        entrance_id: str,
        name: str | None = None,
        can_belong_to_reservation: bool | None = None,
        credential_kinds: Iterable[str] | None = None,
        device_id: str | None = None,
        time_zone: str | None = None,
    ) -> UpdatedDoor:
        await self._tx.guard.require(P.DOOR_EDITS)
        """Change a door. None leaves a field as it is; an empty device id or time zone clears it
        (an empty time zone means the property's). The lock number never changes."""
        new_name = None if name is None else _check_name(name, say("door name"))
        new_kinds = None if credential_kinds is None else _check_kinds(credential_kinds)
        new_zone = (
            None
            if time_zone is None
            else (check_time_zone(time_zone, say("door time zone")) if time_zone.strip() else "")
        )
        new_device = None if device_id is None else device_id.strip()

        def work(uow: UnitOfWork, now: datetime) -> UpdatedDoor:
            repo = self._repo(uow)
            old = repo.door(entrance_id)
            if old is None:
                raise NotFound(
                    say("Door not found."),
                    say("Check the entrance id with 'frontdesk entrances list'."),
                    detail={"entrance_id": entrance_id},
                )
            new = replace(
                old,
                name=old.name if new_name is None else new_name,
                can_belong_to_reservation=(
                    old.can_belong_to_reservation
                    if can_belong_to_reservation is None
                    else can_belong_to_reservation
                ),
                credential_kinds=old.credential_kinds if new_kinds is None else new_kinds,
                device_id=old.device_id if new_device is None else (new_device or None),
                time_zone=old.time_zone if new_zone is None else (new_zone or None),
            )
            _check_device(new.credential_kinds, new.device_id)
            self._refuse_breaking_stays(repo, old, new)
            changes = {
                f: {"from": getattr(old, f), "to": getattr(new, f)}
                for f in (
                    "name",
                    "can_belong_to_reservation",
                    "credential_kinds",
                    "device_id",
                    "time_zone",
                )
                if getattr(old, f) != getattr(new, f)
            }
            if changes:
                repo.save_door(new)
                uow.record(EntranceUpdated(entrance_id, changes, repo.property_id))
            return UpdatedDoor.of(new, repo.space(new.space_id), changed=tuple(sorted(changes)))

        return await self._tx.write(work)

    @staticmethod
    def _refuse_breaking_stays(repo: PropertyRepository, old: DoorRecord, new: DoorRecord) -> None:
        card = CredentialKind.CARD.value
        loses_card = card in old.credential_kinds and card not in new.credential_kinds
        if old.can_belong_to_reservation == new.can_belong_to_reservation and not loses_card:
            return
        keys = repo.live_reservations_with(old.entrance_id, LIVE)
        if keys:
            raise Conflict(
                say("Door is in use by a stay."),
                say(
                    "Check out or move the stays on this door first; guests' cards rely on how it works now."
                ),
                detail={"entrance_id": old.entrance_id, "reservation_keys": keys},
            )
