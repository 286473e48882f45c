"""What happened to key cards, card keys and virtual doors. The grant is `grant_id`, not
`access_grant_id`, so that the audit line's subject is the card serial."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar

from frontdesk.domain.events import Event, Topic


@dataclass(frozen=True)
class CardEncoded(Event):
    topics: ClassVar[frozenset[Topic]] = frozenset({Topic.CARDS, Topic.STAYS})

    card_serial: int
    grant_id: str | None
    kind: str
    card_type: str
    uid: str
    key_version: int
    entrance_ids: tuple[str, ...]
    duplicate_of: int | None = None


@dataclass(frozen=True)
class CardWriteStarted(Event):
    """The card was recorded as `writing` before the first write reached the chip."""

    topics: ClassVar[frozenset[Topic]] = frozenset({Topic.CARDS, Topic.STAYS})

    card_serial: int
    grant_id: str | None
    uid: str


@dataclass(frozen=True)
class CardUnconfirmed(Event):
    """A chip may hold this card although the desk never saw it finished and verified (a write
    interrupted, a crash, or another card's write over it): its serial went on the cancelled list."""

    topics: ClassVar[frozenset[Topic]] = frozenset({Topic.CARDS, Topic.STAYS})

    card_serial: int
    grant_id: str | None
    reason: str


@dataclass(frozen=True)
class CardEncodingFailed(Event):
    """Not issued. `revoked`: the valid block may have reached the chip, so the serial went on the
    cancelled list (the card is `unconfirmed`); otherwise the card opens nothing (`failed`)."""

    topics: ClassVar[frozenset[Topic]] = frozenset({Topic.CARDS, Topic.STAYS})

    card_serial: int
    grant_id: str | None
    reason: str
    uid: str | None
    revoked: bool


@dataclass(frozen=True)
class CardOverwritten(Event):
    """An issued card's chip was encoded again: the old card no longer exists. `asked`: it worked
    for another stay (or was a staff card) and the person chose to write over it (replaced)."""

    topics: ClassVar[frozenset[Topic]] = frozenset({Topic.CARDS, Topic.STAYS})

    card_serial: int
    by_card_serial: int
    asked: bool = False


@dataclass(frozen=True)
class CardRead(Event):
    topics: ClassVar[frozenset[Topic]] = frozenset({Topic.CARDS})

    card_serial: int | None
    uid: str
    valid: bool
    reason: str | None


@dataclass(frozen=True)
class CardCancelled(Event):
    topics: ClassVar[frozenset[Topic]] = frozenset({Topic.CARDS, Topic.STAYS})

    card_serial: int
    grant_id: str | None


@dataclass(frozen=True)
class CardRevoked(Event):
    """The card's access ended before the card does (or shrank): its serial is on the cancelled list."""

    topics: ClassVar[frozenset[Topic]] = frozenset({Topic.CARDS, Topic.STAYS})

    card_serial: int
    grant_id: str | None
    reason: str


@dataclass(frozen=True)
class RevocationsLeftOff(Event):
    """A new card could not carry every revocation that concerns its doors (more than fit)."""

    topics: ClassVar[frozenset[Topic]] = frozenset({Topic.CARDS})

    grant_id: str
    left_off: int


@dataclass(frozen=True)
class CardKeyCreated(Event):
    """The property's first card key version was made (its secret went to the OS keyring)."""

    topics: ClassVar[frozenset[Topic]] = frozenset({Topic.CARDS, Topic.PROPERTY})

    property_id: str
    key_version: int


@dataclass(frozen=True)
class CardKeyRotated(Event):
    """A new card key version is current; older ones are accepted until `old_accepted_until`."""

    topics: ClassVar[frozenset[Topic]] = frozenset({Topic.CARDS, Topic.PROPERTY})

    property_id: str
    key_version: int
    old_accepted_until: datetime


@dataclass(frozen=True)
class DoorTapped(Event):
    """A card was presented at a virtual door."""

    topics: ClassVar[frozenset[Topic]] = frozenset({Topic.CARDS, Topic.DOORS})

    entrance_id: str
    card_serial: int | None
    uid: str
    opened: bool
    reason: str


@dataclass(frozen=True)
class LockCardEncoded(Event):
    """An emergency or room-blocking card was made (no grant: it is nobody's stay). `lock_action` is
    emergency_open, block_room or unblock_room; `reason` is what the person gave."""

    topics: ClassVar[frozenset[Topic]] = frozenset({Topic.CARDS})

    card_serial: int
    lock_action: str
    entrance_ids: tuple[str, ...]
    valid_until: datetime
    reason: str


@dataclass(frozen=True)
class CardCollected(Event):
    """At check-out the receptionist took the card back: it is not revoked (it opens nothing while
    it lies at the desk, and its chip is encoded again for the next guest)."""

    topics: ClassVar[frozenset[Topic]] = frozenset({Topic.CARDS, Topic.STAYS})

    card_serial: int
    grant_id: str | None
