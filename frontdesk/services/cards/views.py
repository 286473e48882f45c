"""What the card and door services hand to the GUI and the command line: frozen views.

Times are aware datetimes already in the property's zone, so the command line's JSON (cli/json_out.py)
prints them exactly as the desk shows them; statuses, kinds and card types are enums.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from frontdesk.domain.cards import CardKind, LockState, Reason, Shift
from frontdesk.services.cards.encoder import CardType
from frontdesk.store.card_repository import CardRecord, KeyVersion


class CardStatus(enum.StrEnum):
    """Where a card the desk encoded stands."""

    WRITING = "writing"  # recorded before the first write; left so only by a crash mid-encode
    ISSUED = "issued"
    NEEDS_REENCODE = "needs_reencode"  # its access changed: the card must be encoded again
    UNCONFIRMED = "unconfirmed"  # a chip may hold it, never verified: revoked, opens until doors learn it
    FAILED = "failed"  # the write stopped before the card could be valid: it opens nothing
    RETURNED = "returned"  # its chip was encoded again since: this card no longer exists
    REPLACED = "replaced"  # it worked for another stay; written over on the person's say-so
    CANCELLED = "cancelled"  # lost or stolen: revoked
    REVOKED = "revoked"  # its access ended before the card did (joiner removed, moved, early check-out)
    COLLECTED = "collected"  # handed back at check-out: opens nothing while it lies at the desk


class KeyCardKind(enum.StrEnum):
    """What a card is for (the desk encodes guest and staff cards; a read may meet the others)."""

    GUEST = "guest"
    STAFF = "staff"
    ONE_SHOT = "one_shot"
    LOCK_STATE = "lock_state"

    @classmethod
    def of(cls, kind: CardKind) -> KeyCardKind:
        """The kind of a decoded card payload."""
        return cls(kind.name.lower())


def in_zone(value: datetime, zone: str) -> datetime:
    """`value` in the property's zone (the moment itself is unchanged)."""
    return value.astimezone(ZoneInfo(zone))


def in_zone_or_none(value: datetime | None, zone: str) -> datetime | None:
    return None if value is None else in_zone(value, zone)


@dataclass(frozen=True)
class CardView:
    """A card the desk encoded, with the name of whom it is for."""

    card_serial: int
    access_grant_id: str | None
    holder: str | None
    kind: KeyCardKind
    status: CardStatus
    card_type: CardType
    uid: str  # hex, upper case
    key_version: int
    reservation_sequence: int
    entrance_ids: tuple[str, ...]
    starts_at: datetime
    ends_at: datetime
    issued_at: datetime
    cancelled_at: datetime | None
    reencode_reason: str | None
    shift: str | None  # a staff card's shift in words ("mon,tue 07:00-15:00"), lock-local
    # what a lock-state card does: emergency_open, block_room, unblock_room (None: another kind,
    # or a lock-state card recorded before the desk kept its action)
    lock_action: str | None

    @classmethod
    def of(cls, record: CardRecord, holder: str | None, zone: str) -> CardView:
        return cls(*_card_fields(record, holder, zone))


_CardFields = tuple[
    int,
    str | None,
    str | None,
    KeyCardKind,
    CardStatus,
    CardType,
    str,
    int,
    int,
    tuple[str, ...],
    datetime,
    datetime,
    datetime,
    datetime | None,
    str | None,
    str | None,
    str | None,
]


def _card_fields(record: CardRecord, holder: str | None, zone: str) -> _CardFields:
    """CardView's fields in order (its subclasses add theirs after them)."""
    return (
        record.card_serial,
        record.access_grant_id,
        holder,
        KeyCardKind(record.kind),
        CardStatus(record.status),
        CardType(record.card_type),
        record.uid_hex,
        record.key_version,
        record.reservation_sequence,
        tuple(record.entrance_ids),
        in_zone(record.starts_at, zone),
        in_zone(record.ends_at, zone),
        in_zone(record.issued_at, zone),
        in_zone_or_none(record.cancelled_at, zone),
        record.reencode_reason,
        Shift.from_text(record.shift).describe() if record.shift else None,
        record.lock_action,
    )


@dataclass(frozen=True)
class EncodedCard(CardView):
    """A card just encoded and verified; `duplicate_of` is the card it copies, if any."""

    duplicate_of: int | None

    @classmethod
    def issued(
        cls, record: CardRecord, holder: str | None, zone: str, duplicate_of: int | None
    ) -> EncodedCard:
        return cls(*_card_fields(record, holder, zone), duplicate_of)


CANCEL_NOTE = "Each door refuses the card once a card encoded after now has been used there."


@dataclass(frozen=True)
class CancelledCard(CardView):
    """A card just cancelled, with what that means at the doors."""

    note: str

    @classmethod
    def cancelled(cls, record: CardRecord, holder: str | None, zone: str) -> CancelledCard:
        return cls(*_card_fields(record, holder, zone), CANCEL_NOTE)


@dataclass(frozen=True)
class DoorVerdict:
    """What one card door would say to the card now (its memory unchanged)."""

    entrance_id: str
    name: str
    lock_number: int
    opened: bool
    reason: Reason


@dataclass(frozen=True)
class CardReading:
    """The card on the reader: its chip, and whether it is one of this property's cards."""

    uid: str
    card_type: CardType
    reader: str
    valid: bool
    reason: str | None


@dataclass(frozen=True)
class RefusedCardReading(CardReading):
    """A card that does not open with this property's keys, or whose data is not a card of ours."""

    title: str
    hint: str


@dataclass(frozen=True)
class ValidCardReading(CardReading):
    """One of this property's cards: whom for, which doors, when, and what each door says now."""

    card_serial: int
    kind: KeyCardKind
    key_version: int
    key_retired: bool
    reservation_sequence: int
    valid_from: datetime
    valid_until: datetime
    lock_numbers: tuple[int, ...]
    door_groups: tuple[str, ...]  # group names
    cancelled_serials: tuple[int, ...]
    record: CardView | None  # None for a card this desk's database does not know
    doors: tuple[DoorVerdict, ...]
    shift: str | None = None  # a staff card's shift in words ("mon,tue 07:00-15:00"), lock-local


@dataclass(frozen=True)
class KeyVersionView:
    """One card key version: numbers and dates only (the key stays in the OS keyring)."""

    key_version: int
    created_at: datetime
    accepted_until: datetime | None

    @classmethod
    def of(cls, version: KeyVersion, zone: str) -> KeyVersionView:
        return cls(
            version.key_version,
            in_zone(version.created_at, zone),
            in_zone_or_none(version.accepted_until, zone),
        )


@dataclass(frozen=True)
class KeyRotation:
    """A new card key version; cards of older versions open doors until `old_accepted_until`.
    `cards_to_reencode`: live cards that end later, flagged (they would be refused before their end)."""

    key_version: int
    old_accepted_until: datetime | None
    cards_to_reencode: tuple[int, ...] = ()


@dataclass(frozen=True)
class TapResult:
    """What a virtual door did with a card tapped on it."""

    entrance_id: str = field(metadata={"json": False})  # the command line names it already
    opened: bool
    reason: Reason
    card_serial: int | None


@dataclass(frozen=True)
class DoorMemory:
    """What a virtual lock remembers: the highest guest sequence, cancelled and used serials."""

    guest_sequence: int
    cancelled_serials: tuple[int, ...]
    used_serials: tuple[int, ...]
    deadbolted: bool = False  # thrown from inside: only an emergency card opens
    blocked: bool = False  # a room-blocking card was used here: guest cards are refused

    @classmethod
    def of(cls, state: LockState) -> DoorMemory:
        """What the view shows of a lock's memory."""
        return cls(
            state.guest_sequence,
            tuple(state.cancelled_serials),
            tuple(state.used_serials),
            state.deadbolted,
            state.blocked,
        )
