"""The reference lock: would this card open this door at this time, why not, and what it remembers.

It is the judge in every test and the engine behind the demo's virtual doors. It reads no clock:
the moment is passed in, and the lock's memory goes in and comes out as a frozen `LockState`.
The order of the checks is documented in docs/card-format.md ("What the lock checks").
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from frontdesk.domain.cards.codec import decode_card
from frontdesk.domain.cards.errors import CardRefused
from frontdesk.domain.cards.keys import KeyRing, PropertyKeys
from frontdesk.domain.cards.payload import ALL_GROUPS, CardKind, CardPayload, LockAction
from frontdesk.domain.cards.timebase import lock_zone, to_lock_minutes
from frontdesk.domain.errors import InvalidInput
from frontdesk.domain.words import say


class Reason(enum.StrEnum):
    """Why a lock opened or not; the first two are the only ones a person is let in with."""

    OPENED = "opened"
    PROGRAMMED = "programmed"  # a lock-state card changed the lock's memory (door stays shut)
    OVERRIDDEN = "overridden"
    EXPIRED = "expired"
    NOT_YET_VALID = "not_yet_valid"
    WRONG_DOOR = "wrong_door"
    CANCELLED = "cancelled"
    ALREADY_USED = "already_used"  # one-shot or programming card seen here before
    FORGED_OR_DAMAGED = "forged_or_damaged"
    OTHER_PROPERTY = "other_property"
    BLANK = "blank"
    KEY_RETIRED = "key_retired"
    DEADBOLTED = "deadbolted"  # double-locked from inside: only an emergency card opens
    ROOM_BLOCKED = "room_blocked"  # a room-blocking card was used here: guest cards are refused
    OFF_SHIFT = "off_shift"  # a staff card outside its shift's days and hours (lock-local time)


@dataclass(frozen=True)
class LockConfig:
    """What a lock is told when it is installed: whose it is, which door, which groups, which zone."""

    property_number: int
    lock_number: int
    zone: str
    door_groups: int = 0
    takes_part_in_reservations: bool = True
    cancelled_capacity: int = 64
    used_capacity: int = 32

    def __post_init__(self) -> None:
        if not 1 <= self.lock_number <= 0xFFFF:
            raise InvalidInput(
                say("Lock numbers run from 1 to 65535."), say("Check the entrance's lock number.")
            )
        if not 0 <= self.door_groups <= 0xFFFF:
            raise InvalidInput(say("Door groups are a 16-bit mask."), say("Use groups 0 to 15."))
        if self.cancelled_capacity < 1 or self.used_capacity < 1:
            raise InvalidInput(say("Lock memory sizes must be positive."), say("Use at least 1 entry."))
        lock_zone(self.zone)


def _bounded_append(items: tuple[int, ...], new: Iterable[int], capacity: int) -> tuple[int, ...]:
    """Append, moving repeats to the end, and drop the oldest beyond `capacity`."""
    result = list(items)
    for item in new:
        if item in result:
            result.remove(item)
        result.append(item)
    return tuple(result[-capacity:])


@dataclass(frozen=True)
class LockState:
    """What an offline lock remembers between cards. Persist with to_dict / from_dict (JSON-safe).

    `deadbolted` is the inside thumb-turn (double lock, privacy), thrown by the person in the room,
    not by a card; `blocked` is set and cleared by room-blocking cards."""

    guest_sequence: int = 0
    cancelled_serials: tuple[int, ...] = ()
    used_serials: tuple[int, ...] = ()
    deadbolted: bool = False
    blocked: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "guest_sequence": self.guest_sequence,
            "cancelled_serials": list(self.cancelled_serials),
            "used_serials": list(self.used_serials),
            "deadbolted": self.deadbolted,
            "blocked": self.blocked,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LockState:
        try:
            state = cls(
                int(data.get("guest_sequence", 0)),
                tuple(int(s) for s in data.get("cancelled_serials", ())),
                tuple(int(s) for s in data.get("used_serials", ())),
                bool(data.get("deadbolted", False)),
                bool(data.get("blocked", False)),
            )
        except (TypeError, ValueError) as exc:
            raise InvalidInput(
                say("Saved lock state is unreadable."), say("Reset the virtual lock.")
            ) from exc
        if state.guest_sequence < 0:
            raise InvalidInput(say("Saved lock state is unreadable."), say("Reset the virtual lock."))
        return state


@dataclass(frozen=True)
class Verdict:
    """The lock's answer: did it open, why (or why not), its memory afterwards, the card if authentic."""

    opened: bool
    reason: Reason
    new_state: LockState
    card: CardPayload | None = None


def door_matches(card: CardPayload, config: LockConfig) -> bool:
    """Named doors always match; groups match too, except guest cards at reservation doors.

    A guest card reaches a room only by its lock number, so a group can never carry override
    power to rooms; groups on guest cards are for common doors (lobby, gym).
    """
    if config.lock_number in card.lock_numbers:
        return True
    if is_emergency(card):
        return True  # every door of the property
    if card.kind == CardKind.GUEST and config.takes_part_in_reservations:
        return False
    return bool(card.door_groups & config.door_groups)


def is_emergency(card: CardPayload) -> bool:
    """An emergency card: a lock-state card that opens, naming no doors and every door group."""
    return (
        card.kind == CardKind.LOCK_STATE
        and card.action == LockAction.EMERGENCY_OPEN
        and card.door_groups == ALL_GROUPS
        and not card.lock_numbers
    )


def judge(
    card_bytes: bytes,
    uid: bytes,
    lock_state: LockState,
    lock_config: LockConfig,
    at: datetime,
    keys: KeyRing | PropertyKeys,
) -> Verdict:
    """Present a card to a lock at `at` (timezone-aware) and get its verdict and new memory."""
    ring = KeyRing.single(keys) if isinstance(keys, PropertyKeys) else keys
    if ring.property_number != lock_config.property_number:
        raise InvalidInput(
            say("Lock and keys belong to different properties."), say("Load this property's keys.")
        )
    now = to_lock_minutes(at, lock_config.zone)
    try:
        card = decode_card(card_bytes, uid, ring)
    except CardRefused as refusal:
        return Verdict(False, Reason(refusal.reason), lock_state)
    if ring.is_retired(card.key_version, at):
        # Checked before the card may touch the lock's memory: a retired key may be a leaked one.
        return Verdict(False, Reason.KEY_RETIRED, lock_state, card)
    state = replace(
        lock_state,
        cancelled_serials=_bounded_append(
            lock_state.cancelled_serials, card.cancelled_serials, lock_config.cancelled_capacity
        ),
    )
    return _check_card(card, state, lock_config, now)


def _weekday_and_minute(lock_minutes: int) -> tuple[int, int]:
    """Weekday (0 Monday) and minute of the day of a lock-local time; day 0, 2020-01-01, was a
    Wednesday."""
    days, minute = divmod(lock_minutes, 24 * 60)
    return (days + 2) % 7, minute


def _check_card(card: CardPayload, state: LockState, config: LockConfig, now: int) -> Verdict:
    def refuse(reason: Reason) -> Verdict:
        return Verdict(False, reason, state, card)

    if card.serial in state.cancelled_serials:
        return refuse(Reason.CANCELLED)
    if now < card.valid_from:
        return refuse(Reason.NOT_YET_VALID)
    if now >= card.valid_until:
        return refuse(Reason.EXPIRED)
    if not door_matches(card, config):
        return refuse(Reason.WRONG_DOOR)
    opens = card.kind != CardKind.LOCK_STATE or card.action == LockAction.EMERGENCY_OPEN
    if state.deadbolted and opens and not is_emergency(card):
        return refuse(Reason.DEADBOLTED)
    if card.kind == CardKind.GUEST:
        if state.blocked:
            return refuse(Reason.ROOM_BLOCKED)
        if not config.takes_part_in_reservations:
            return Verdict(True, Reason.OPENED, state, card)
        if card.sequence < state.guest_sequence:
            return refuse(Reason.OVERRIDDEN)
        return Verdict(True, Reason.OPENED, replace(state, guest_sequence=card.sequence), card)
    if card.kind == CardKind.STAFF:
        if card.shift is not None and not card.shift.covers(*_weekday_and_minute(now)):
            return refuse(Reason.OFF_SHIFT)
        return Verdict(True, Reason.OPENED, state, card)
    if card.serial in state.used_serials:
        return refuse(Reason.ALREADY_USED)
    remembered = replace(
        state, used_serials=_bounded_append(state.used_serials, [card.serial], config.used_capacity)
    )
    if card.kind == CardKind.ONE_SHOT:
        return Verdict(True, Reason.OPENED, remembered, card)
    if card.action == LockAction.SET_SEQUENCE:
        return Verdict(False, Reason.PROGRAMMED, replace(remembered, guest_sequence=card.sequence), card)
    if card.action in (LockAction.BLOCK_ROOM, LockAction.UNBLOCK_ROOM):
        blocked = card.action == LockAction.BLOCK_ROOM
        return Verdict(False, Reason.PROGRAMMED, replace(remembered, blocked=blocked), card)
    # Emergency opening: repeatable while valid, so it does not use up the serial.
    return Verdict(True, Reason.OPENED, state, card)
