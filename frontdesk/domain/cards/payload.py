"""What a key card says, before it is turned into bytes (see docs/card-format.md)."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from frontdesk.domain.cards.errors import CardDoesNotFit
from frontdesk.domain.cards.timebase import to_lock_minutes
from frontdesk.domain.words import say

MAX_DOORS = 8
MAX_CANCELLED = 20
ALL_GROUPS = 0xFFFF


class CardKind(enum.IntEnum):
    """Credential kind byte. Lock-state cards are signed with their own key (high bit marks them)."""

    GUEST = 0x01  # override / joiner semantics at reservation doors
    STAFF = 0x02  # never overridden, never overrides
    ONE_SHOT = 0x03  # opens each lock once; the lock remembers the serial
    LOCK_STATE = 0x80  # may change what a lock stores (programming, emergency)


class LockAction(enum.IntEnum):
    """What a lock-state card does; 0 on every other kind."""

    NONE = 0x00
    EMERGENCY_OPEN = 0x01  # opens, changes nothing but the cancelled list
    SET_SEQUENCE = 0x02  # sets the lock's guest sequence to the card's (may lower it), does not open
    BLOCK_ROOM = 0x03  # the lock refuses guest cards from now on (does not open)
    UNBLOCK_ROOM = 0x04  # the lock takes guest cards again (does not open)


QUARTERS_PER_DAY = 96
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class Shift:
    """When a staff card opens, on the lock's own clock: days of the week (bit 0 Monday .. bit 6
    Sunday) and a daily span in quarter hours. `end` <= `start` is a night shift: it starts on a
    listed day and ends on the next morning."""

    days: int
    start: int  # quarter hours after midnight, 0..95
    end: int  # 1..96

    def __post_init__(self) -> None:
        if not 1 <= self.days <= 0x7F:
            raise CardDoesNotFit(
                say("A shift needs at least one day of the week."), say("Pick the shift's days.")
            )
        if not 0 <= self.start < QUARTERS_PER_DAY or not 1 <= self.end <= QUARTERS_PER_DAY:
            raise CardDoesNotFit(
                say("Shift hours run from 00:00 to 24:00."), say("Give hours like 07:00-15:00.")
            )
        if self.start == self.end:
            raise CardDoesNotFit(
                say("A shift must last some time."), say("Give different start and end hours.")
            )

    def to_text(self) -> str:
        """ "days:start:end", as the desk stores it."""
        return f"{self.days}:{self.start}:{self.end}"

    @classmethod
    def from_text(cls, text: str) -> Shift:
        days, start, end = (int(p) for p in text.split(":"))
        return cls(days, start, end)

    def describe(self) -> str:
        """Words for people: "mon,tue,wed,thu,fri 07:00-15:00"."""
        days = ",".join(d for i, d in enumerate(WEEKDAYS) if self.days >> i & 1)
        start, end = (f"{q // 4:02d}:{q % 4 * 15:02d}" for q in (self.start, self.end))
        return f"{days} {start}-{end}"

    @classmethod
    def parse(cls, days: str, hours: str) -> Shift:
        """From "mon-fri" or "mon,wed,sat" and "07:00-15:00" (a night shift: "22:00-06:00")."""
        mask = 0
        for part in days.lower().replace(" ", "").split(","):
            first, _, last = part.partition("-")
            if first not in WEEKDAYS or (last and last not in WEEKDAYS):
                raise CardDoesNotFit(
                    say("Unknown day of the week."),
                    say("Use mon, tue, wed, thu, fri, sat, sun, e.g. mon-fri."),
                )
            a, b = WEEKDAYS.index(first), WEEKDAYS.index(last or first)
            for i in range(a, b + 1) if a <= b else [*range(a, 7), *range(0, b + 1)]:
                mask |= 1 << i
        try:
            start_text, end_text = hours.split("-")
            quarters = []
            for text in (start_text, end_text):
                h, m = (int(x) for x in text.strip().split(":"))
                if not (0 <= h <= 24 and m in (0, 15, 30, 45)) or (h == 24 and m):
                    raise ValueError(text)
                quarters.append(h * 4 + m // 15)
        except ValueError:
            raise CardDoesNotFit(
                say("Shift hours are HH:MM-HH:MM in quarter hours."), say("Give hours like 07:00-15:00.")
            ) from None
        return cls(mask, quarters[0], quarters[1])

    def covers(self, weekday: int, minute_of_day: int) -> bool:
        """Whether the shift is on at this weekday (0 Monday) and minute after the lock's midnight."""
        start, end = self.start * 15, self.end * 15
        today, yesterday = self.days >> weekday & 1, self.days >> (weekday - 1) % 7 & 1
        if start < end:
            return bool(today) and start <= minute_of_day < end
        return (bool(today) and minute_of_day >= start) or (bool(yesterday) and minute_of_day < end)


@dataclass(frozen=True)
class CardPayload:
    """The fields of a v1 card. Times are lock-local minutes (see timebase); numbers are unsigned.

    `lock_numbers` name single doors (1..65535); `door_groups` is a 16-bit mask of door groups.
    `key_version` is filled in by `encode_card` from the keys used.
    """

    kind: CardKind
    property_number: int
    lock_numbers: tuple[int, ...]
    door_groups: int
    sequence: int
    serial: int
    valid_from: int
    valid_until: int
    cancelled_serials: tuple[int, ...] = ()
    action: LockAction = LockAction.NONE
    key_version: int = 0
    shift: Shift | None = None  # staff cards only: when in the week the card opens

    def __post_init__(self) -> None:
        if self.shift is not None and self.kind != CardKind.STAFF:
            raise CardDoesNotFit(
                say("Only staff cards carry a shift."), say("Make a staff card for a shift.")
            )
        if len(self.lock_numbers) > MAX_DOORS:
            raise CardDoesNotFit(say("A card names at most {max_doors} doors.", max_doors=MAX_DOORS))
        if len(self.cancelled_serials) > MAX_CANCELLED:
            raise CardDoesNotFit(
                say("A card carries at most {max_cancelled} cancelled serials.", max_cancelled=MAX_CANCELLED),
                say("Carry only the most recently cancelled cards."),
            )
        if any(not 1 <= n <= 0xFFFF for n in self.lock_numbers):
            raise CardDoesNotFit(
                say("Lock numbers run from 1 to 65535."), say("Check the door's lock number.")
            )
        if len(set(self.lock_numbers)) != len(self.lock_numbers):
            raise CardDoesNotFit(say("A door is named twice on the card."), say("Name each door once."))
        for name in ("property_number", "sequence", "serial", "valid_from", "valid_until"):
            if not 0 <= getattr(self, name) <= 0xFFFFFFFF:
                raise CardDoesNotFit(
                    say("Card field {name} is out of range.", name=name), say("Use 0 to 4294967295.")
                )
        if any(not 1 <= s <= 0xFFFFFFFF for s in self.cancelled_serials):
            raise CardDoesNotFit(
                say("Cancelled serials run from 1 to 4294967295."), say("Check the cancelled list.")
            )
        if not 0 <= self.door_groups <= ALL_GROUPS:
            raise CardDoesNotFit(say("Door groups are a 16-bit mask."), say("Use groups 0 to 15."))
        if self.valid_from >= self.valid_until:
            raise CardDoesNotFit(
                say("Card must become valid before it expires."), say("Check the dates of the stay.")
            )
        if (self.kind == CardKind.LOCK_STATE) == (self.action == LockAction.NONE):
            raise CardDoesNotFit(
                say("Only lock-state cards carry an action, and they must."), say("Pick an action.")
            )
        if self.serial == 0:
            raise CardDoesNotFit(say("Card serial 0 is reserved."), say("Use serials from 1 up."))
        if not 0 <= self.key_version <= 0xFF:
            raise CardDoesNotFit(say("Key version out of range."), say("Use a key version from 0 to 255."))


def _window(valid_from: datetime, valid_until: datetime, zone: str) -> tuple[int, int]:
    return to_lock_minutes(valid_from, zone), to_lock_minutes(valid_until, zone)


def guest_card(
    property_number: int,
    lock_numbers: Iterable[int],
    sequence: int,
    serial: int,
    valid_from: datetime,
    valid_until: datetime,
    zone: str,
    cancelled_serials: Iterable[int] = (),
    common_door_groups: int = 0,
) -> CardPayload:
    """A guest card: room doors by lock number; common doors by number or group (never overriding)."""
    start, end = _window(valid_from, valid_until, zone)
    return CardPayload(
        CardKind.GUEST,
        property_number,
        tuple(lock_numbers),
        common_door_groups,
        sequence,
        serial,
        start,
        end,
        tuple(cancelled_serials),
    )


def staff_card(
    property_number: int,
    serial: int,
    valid_from: datetime,
    valid_until: datetime,
    zone: str,
    door_groups: int = 0,
    lock_numbers: Iterable[int] = (),
    cancelled_serials: Iterable[int] = (),
    shift: Shift | None = None,
) -> CardPayload:
    """A staff card: door groups and/or single doors; sequence is always 0 (it overrides nobody).
    With a `shift` it opens only on the shift's days and hours (lock-local time)."""
    start, end = _window(valid_from, valid_until, zone)
    return CardPayload(
        CardKind.STAFF,
        property_number,
        tuple(lock_numbers),
        door_groups,
        0,
        serial,
        start,
        end,
        tuple(cancelled_serials),
        shift=shift,
    )


def one_shot_card(
    property_number: int,
    serial: int,
    valid_from: datetime,
    valid_until: datetime,
    zone: str,
    lock_numbers: Iterable[int] = (),
    door_groups: int = 0,
    cancelled_serials: Iterable[int] = (),
) -> CardPayload:
    """A card that opens each of its doors once (e.g. a contractor's visit)."""
    start, end = _window(valid_from, valid_until, zone)
    return CardPayload(
        CardKind.ONE_SHOT,
        property_number,
        tuple(lock_numbers),
        door_groups,
        0,
        serial,
        start,
        end,
        tuple(cancelled_serials),
    )


def lock_state_card(
    property_number: int,
    action: LockAction,
    serial: int,
    valid_from: datetime,
    valid_until: datetime,
    zone: str,
    lock_numbers: Iterable[int] = (),
    door_groups: int = 0,
    sequence: int = 0,
) -> CardPayload:
    """A programming or emergency card; encode it with keys that hold the lock-state job."""
    start, end = _window(valid_from, valid_until, zone)
    return CardPayload(
        CardKind.LOCK_STATE,
        property_number,
        tuple(lock_numbers),
        door_groups,
        sequence,
        serial,
        start,
        end,
        (),
        action,
    )


def emergency_card(
    property_number: int, serial: int, valid_from: datetime, valid_until: datetime, zone: str
) -> CardPayload:
    """An emergency card: opens every door of the property, double-locked rooms included.

    It names no doors and every door group; a lock reads that combination, on an emergency card
    only, as "every door" (docs/card-format.md, "Card types")."""
    return lock_state_card(
        property_number,
        LockAction.EMERGENCY_OPEN,
        serial,
        valid_from,
        valid_until,
        zone,
        door_groups=ALL_GROUPS,
    )


def room_block_card(
    property_number: int,
    serial: int,
    valid_from: datetime,
    valid_until: datetime,
    zone: str,
    lock_numbers: Iterable[int],
    *,
    block: bool,
) -> CardPayload:
    """A card that blocks (or unblocks) the named doors: a blocked lock refuses guest cards."""
    action = LockAction.BLOCK_ROOM if block else LockAction.UNBLOCK_ROOM
    return lock_state_card(property_number, action, serial, valid_from, valid_until, zone, lock_numbers)
