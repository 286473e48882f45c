"""What the property's setup shows: the property, its lock systems, spaces and doors, the demo, the
lock provider. Frozen views; field order is the order the command line's JSON lists the keys in."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any, Self

from frontdesk.domain.model import CredentialKind, LockSystem, Space
from frontdesk.store.property_repository import DoorRecord


@dataclass(frozen=True)
class LockSystemView:
    """A family of locks sharing one behaviour (the hotel's card locks, its online keypads...)."""

    lock_system_id: str
    name: str
    requires_reservation_key_for_guest_cards: bool

    @classmethod
    def of(cls, s: LockSystem) -> LockSystemView:
        return cls(s.lock_system_id, s.name, s.requires_reservation_key_for_guest_cards)


@dataclass(frozen=True)
class SpaceView:
    """A room, suite, unit or common area: what doors belong to."""

    space_id: str
    name: str
    kind: str  # guest_room, suite, common or unit


@dataclass(frozen=True)
class DoorView:
    """A door as the hotel's IT sets it up, lock number and time zone included."""

    entrance_id: str
    name: str
    space_id: str
    space: str  # the space's name (its id when the space is unknown)
    space_kind: str | None
    lock_system_id: str
    lock_number: int
    can_belong_to_reservation: bool
    credential_kinds: tuple[CredentialKind, ...]  # as stored
    device_id: str | None
    time_zone: str | None  # None: the property's

    @classmethod
    def of(cls, door: DoorRecord, space: Space | None, **extra: Any) -> Self:
        """`extra`: the fields a subclass adds (AddedDoor's space_created, UpdatedDoor's changed)."""
        return cls(
            door.entrance_id,
            door.name,
            door.space_id,
            space.name if space else door.space_id,
            space.kind if space else None,
            door.lock_system_id,
            door.lock_number,
            door.can_belong_to_reservation,
            tuple(CredentialKind(k) for k in door.credential_kinds),
            door.device_id,
            door.time_zone,
            **extra,
        )

    def takes(self, kind: CredentialKind) -> bool:
        return kind in self.credential_kinds


@dataclass(frozen=True)
class AddedDoor(DoorView):
    """A door just added; `space_created` says whether its space was new too."""

    space_created: bool = False


@dataclass(frozen=True)
class UpdatedDoor(DoorView):
    """A door as stored after a change; `changed` names the fields that changed (sorted)."""

    changed: tuple[str, ...] = ()


@dataclass(frozen=True)
class PropertySetup:
    """The property with its lock systems, spaces and doors."""

    property_id: str
    name: str
    time_zone: str
    lock_systems: tuple[LockSystemView, ...]
    spaces: tuple[SpaceView, ...]
    entrances: tuple[DoorView, ...]


@dataclass(frozen=True)
class PropertyUpdate:
    """The property as stored after a change; `changed` names what changed (name, time_zone)."""

    property_id: str
    name: str
    time_zone: str
    changed: tuple[str, ...]


@dataclass(frozen=True)
class DemoResult:
    """Whether the demo property was created now (False: it was there already)."""

    created: bool
    property_id: str
    name: str


class ProviderSource(enum.StrEnum):
    """Where the lock provider choice came from."""

    ENVIRONMENT = "environment"  # FRONTDESK_LOCK_PROVIDER
    SETTINGS = "settings"  # `frontdesk provider set` or the Settings screen
    DEFAULT = "default"  # nothing chosen: the simulated provider


@dataclass(frozen=True)
class ProviderSettings:
    """The provider the desk talks to, its endpoint when one is set, and where the choice came from."""

    driver: str
    endpoint: str | None
    source: ProviderSource
