"""The lock model for the card types beyond guest cards: staff shifts on the lock's own clock,
deadbolted rooms that only an emergency card opens, and rooms blocked against guest cards."""

from __future__ import annotations

import pytest

from frontdesk.domain.cards import (
    LockState,
    Shift,
    decode_card,
    emergency_card,
    room_block_card,
    staff_card,
)
from frontdesk.domain.cards.errors import CardDoesNotFit
from tests.domain.cards.conftest import PROPERTY, ZONE, local

WEEKDAYS = 0b0011111  # Monday to Friday
EARLY = Shift(WEEKDAYS, 7 * 4, 15 * 4)  # 07:00-15:00
NIGHT = Shift(0b0010000, 22 * 4, 6 * 4)  # Friday 22:00 to Saturday 06:00


def _staff(desk, shift: Shift) -> tuple[bytes, bytes]:  # type: ignore[no-untyped-def]
    return desk.encode(
        staff_card(PROPERTY, desk.serial(), local(2024, 1, 1), local(2025, 1, 1), ZONE, 0, [101], shift=shift)
    )


def test_a_staff_shift_opens_only_on_its_days_and_hours_of_the_locks_clock(desk, door_factory) -> None:  # type: ignore[no-untyped-def]
    room = door_factory(101)
    card = _staff(desk, EARLY)
    assert decode_card(*card, desk.keys).shift == EARLY  # the shift is on the card, under the MAC
    assert room.present(card, local(2024, 6, 3, 7, 0)).opened  # Monday 07:00
    assert room.present(card, local(2024, 6, 7, 14, 59)).opened  # Friday 14:59
    assert room.present(card, local(2024, 6, 3, 6, 59)).reason == "off_shift"
    assert room.present(card, local(2024, 6, 3, 15, 0)).reason == "off_shift"
    assert room.present(card, local(2024, 6, 8, 10, 0)).reason == "off_shift"  # Saturday
    # The lock's wall clock, also across the DST change (Berlin, 31 March 2024 is a Sunday).
    assert room.present(card, local(2024, 4, 1, 7, 0)).opened


def test_a_night_shift_runs_past_midnight_into_the_next_day(desk, door_factory) -> None:  # type: ignore[no-untyped-def]
    room = door_factory(101)
    card = _staff(desk, NIGHT)
    assert room.present(card, local(2024, 6, 7, 23, 0)).opened  # Friday night
    assert room.present(card, local(2024, 6, 8, 5, 59)).opened  # Saturday early morning
    assert room.present(card, local(2024, 6, 8, 6, 0)).reason == "off_shift"
    assert room.present(card, local(2024, 6, 6, 23, 0)).reason == "off_shift"  # Thursday night
    assert room.present(card, local(2024, 6, 7, 5, 0)).reason == "off_shift"  # Friday morning: Thursday's


def test_a_shift_is_for_staff_cards_and_must_make_sense() -> None:
    with pytest.raises(CardDoesNotFit):
        Shift(0, 28, 60)
    with pytest.raises(CardDoesNotFit):
        Shift(WEEKDAYS, 28, 28)


def test_only_an_emergency_card_opens_a_deadbolted_room(desk, door_factory) -> None:  # type: ignore[no-untyped-def]
    room = door_factory(101, groups=0b1)
    guest, staff = desk.guest([101], sequence=1), desk.staff(0b1)
    emergency = desk.encode(
        emergency_card(PROPERTY, desk.serial(), local(2024, 6, 2, 9), local(2024, 6, 2, 13), ZONE)
    )
    room.state = LockState(deadbolted=True)
    at = local(2024, 6, 2, 10)
    assert [room.present(c, at).reason for c in (guest, staff)] == ["deadbolted", "deadbolted"]
    assert room.present(emergency, at).opened
    assert room.present(emergency, at).opened  # repeatable, changes nothing
    assert room.state == LockState(deadbolted=True)
    elsewhere = door_factory(4000, groups=0, reservations=False)  # a door in no group at all
    assert elsewhere.present(emergency, at).opened
    assert elsewhere.present(emergency, local(2024, 6, 2, 13)).reason == "expired"


def test_a_blocked_room_refuses_guests_until_unblocked(desk, door_factory) -> None:  # type: ignore[no-untyped-def]
    room = door_factory(101, groups=0b1)
    guest, staff = desk.guest([101], sequence=1), desk.staff(0b1)
    window = (local(2024, 6, 2, 9), local(2024, 6, 3, 9))
    block = desk.encode(room_block_card(PROPERTY, desk.serial(), *window, ZONE, [101], block=True))
    unblock = desk.encode(room_block_card(PROPERTY, desk.serial(), *window, ZONE, [101], block=False))
    at = local(2024, 6, 2, 10)
    assert room.present(guest, at).opened
    assert room.present(block, at).reason == "programmed" and room.state.blocked
    assert room.present(guest, at).reason == "room_blocked"
    assert room.present(staff, at).opened
    assert room.present(unblock, at).reason == "programmed" and not room.state.blocked
    assert room.present(guest, at).opened
    assert room.present(block, at).reason == "already_used"  # a block card acts once per door
    assert LockState.from_dict(room.state.to_dict()) == room.state
