"""Shared fixtures for the card format and lock model tests: one property, its keys, a desk."""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from frontdesk.domain.cards import (
    CardPayload,
    KeyRing,
    LockConfig,
    LockState,
    PropertyKeys,
    PropertySecret,
    Verdict,
    encode_card,
    generate_property_secret,
    guest_card,
    judge,
    staff_card,
)

ZONE = "Europe/Berlin"
PROPERTY = 4711
STAFF_GROUP_HOUSEKEEPING = 0b0001
STAFF_GROUP_BACK_OFFICE = 0b0010
COMMON_GROUP = 0b1000_0000_0000_0000


def local(*args: int) -> datetime:
    """A moment on the lock's wall clock in ZONE."""
    return datetime(*args, tzinfo=ZoneInfo(ZONE))


def uid_from(rng: random.Random) -> bytes:
    return bytes([0x04]) + rng.randbytes(6)  # NXP 7-byte UIDs start with the manufacturer byte 04


@dataclass
class Desk:
    """Encodes cards the way the services will: property keys, serials counting up."""

    keys: PropertyKeys
    rng: random.Random = field(default_factory=lambda: random.Random(1))
    next_serial: int = 1

    def serial(self) -> int:
        self.next_serial += 1
        return self.next_serial - 1

    def uid(self) -> bytes:
        return uid_from(self.rng)

    def encode(self, payload: CardPayload) -> tuple[bytes, bytes]:
        uid = self.uid()
        return encode_card(payload, uid, self.keys), uid

    def guest(
        self,
        doors: Iterable[int],
        sequence: int,
        start: datetime | None = None,
        end: datetime | None = None,
        cancelled: Iterable[int] = (),
        groups: int = 0,
    ) -> tuple[bytes, bytes]:
        """A guest card, by default for the stay 2024-06-01 15:00 to 2024-06-04 11:00 (lock time)."""
        start = start or local(2024, 6, 1, 15)
        end = end or local(2024, 6, 4, 11)
        payload = guest_card(
            PROPERTY, doors, sequence, self.serial(), start, end, ZONE, cancelled, common_door_groups=groups
        )
        return self.encode(payload)

    def staff(
        self, groups: int, doors: Iterable[int] = (), cancelled: Iterable[int] = ()
    ) -> tuple[bytes, bytes]:
        """A staff card valid through 2024."""
        payload = staff_card(
            PROPERTY, self.serial(), local(2024, 1, 1), local(2025, 1, 1), ZONE, groups, doors, cancelled
        )
        return self.encode(payload)


@dataclass
class Door:
    """A virtual door: a lock config plus the memory the lock keeps between cards."""

    config: LockConfig
    keys: KeyRing | PropertyKeys
    state: LockState = field(default_factory=LockState)

    def present(self, card: tuple[bytes, bytes], at: datetime) -> Verdict:
        image, uid = card
        verdict = judge(image, uid, self.state, self.config, at, self.keys)
        self.state = verdict.new_state
        return verdict


@pytest.fixture(scope="session")
def secret() -> PropertySecret:
    return generate_property_secret(random.Random(42).randbytes)


@pytest.fixture(scope="session")
def keys(secret: PropertySecret) -> PropertyKeys:
    return PropertyKeys.from_secret(secret, PROPERTY, version=1)


@pytest.fixture
def desk(keys: PropertyKeys) -> Desk:
    return Desk(keys)


@pytest.fixture
def door_factory(keys: PropertyKeys):
    """make(lock_number, groups=0, reservations=True, **LockConfig extras) -> Door."""

    def make(lock_number: int, groups: int = 0, reservations: bool = True, **extra: object) -> Door:
        config = LockConfig(PROPERTY, lock_number, ZONE, groups, reservations, **extra)  # type: ignore[arg-type]
        return Door(config, keys)

    return make
