"""The reference lock: override and joiners, staff, time in the lock's zone, cancelled cards,
one-shot and lock-state cards, key rotation."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from frontdesk.domain.cards import (
    KeyJob,
    KeyRing,
    LockAction,
    LockConfig,
    LockState,
    PropertyKeys,
    PropertySecret,
    encode_card,
    guest_card,
    judge,
    lock_state_card,
    one_shot_card,
)
from frontdesk.domain.cards.codec import card_mac, pack_body
from frontdesk.domain.errors import InvalidInput

ZONE = "Europe/Berlin"
PROPERTY = 4711
HOUSEKEEPING = 0b0001
BACK_OFFICE = 0b0010
COMMON = 0b1000_0000_0000_0000


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=ZoneInfo(ZONE))


STAY = local(2024, 6, 2, 12)


def test_override_chain_with_joiner_and_staff(desk, door_factory) -> None:
    room = door_factory(101, groups=HOUSEKEEPING)
    maid = desk.staff(HOUSEKEEPING)
    guest_a = desk.guest([101], sequence=10)
    guest_b = desk.guest([101], sequence=11)
    joiner_b = desk.guest([101], sequence=11)

    assert room.present(maid, STAY).reason == "opened"
    assert room.present(guest_a, STAY).reason == "opened"
    assert room.present(maid, STAY).opened
    assert room.present(guest_a, STAY).opened, "A is not overridden before B's card is used"
    assert room.present(guest_b, STAY).reason == "opened"
    assert room.present(guest_a, STAY).reason == "overridden"
    assert room.present(joiner_b, STAY).reason == "opened"
    assert room.present(guest_b, STAY).reason == "opened"
    assert room.present(maid, STAY).reason == "opened"
    assert room.present(guest_b, STAY).opened, "staff cards override nobody"
    assert room.state.guest_sequence == 11


def test_staff_never_raises_the_guest_sequence(desk, door_factory) -> None:
    room = door_factory(101, groups=HOUSEKEEPING)
    guest = desk.guest([101], sequence=5)
    room.present(guest, STAY)
    before = room.state
    assert room.present(desk.staff(HOUSEKEEPING), STAY).opened
    assert room.state == before
    assert room.present(desk.staff(BACK_OFFICE), STAY).reason == "wrong_door"
    assert room.present(desk.staff(0, doors=[101]), STAY).opened


def test_common_doors_never_override(desk, door_factory) -> None:
    gym = door_factory(900, groups=COMMON, reservations=False)
    old_guest = desk.guest([101, 900], sequence=1)
    new_guest = desk.guest([102], sequence=2, groups=COMMON)
    assert gym.present(new_guest, STAY).opened
    assert gym.present(old_guest, STAY).opened
    assert gym.state.guest_sequence == 0
    # A group never carries a guest card into a room, even if the room's lock is in that group.
    room = door_factory(103, groups=COMMON)
    assert room.present(new_guest, STAY).reason == "wrong_door"


def test_wrong_door(desk, door_factory) -> None:
    assert door_factory(102).present(desk.guest([101], sequence=1), STAY).reason == "wrong_door"
    suite = desk.guest([101, 102], sequence=2)
    assert door_factory(101).present(suite, STAY).opened
    assert door_factory(102).present(suite, STAY).opened


def test_validity_window_on_the_locks_wall_clock(desk, door_factory) -> None:
    # Encoded from UTC times: 13:00Z is 15:00 in Berlin in summer; checkout 09:00Z is 11:00.
    card = desk.guest(
        [101], 1, start=datetime(2024, 6, 1, 13, tzinfo=UTC), end=datetime(2024, 6, 4, 9, tzinfo=UTC)
    )
    room = door_factory(101)
    assert room.present(card, local(2024, 6, 1, 14, 59)).reason == "not_yet_valid"
    assert room.present(card, local(2024, 6, 1, 15, 0)).reason == "opened"
    assert room.present(card, local(2024, 6, 4, 10, 59)).reason == "opened"
    assert room.present(card, local(2024, 6, 4, 11, 0)).reason == "expired"
    assert room.present(card, datetime(2024, 6, 4, 9, 0, tzinfo=UTC)).reason == "expired"


def test_checkout_on_dst_change_days_stays_at_eleven_local(desk, door_factory) -> None:
    room = door_factory(101)
    # Spring forward: Berlin skips 02:00-03:00 on 2024-03-31; checkout 11:00 CEST is 09:00Z.
    spring = desk.guest([101], 1, start=local(2024, 3, 30, 15), end=local(2024, 3, 31, 11))
    assert room.present(spring, datetime(2024, 3, 31, 8, 59, tzinfo=UTC)).opened
    assert room.present(spring, datetime(2024, 3, 31, 9, 0, tzinfo=UTC)).reason == "expired"
    # Fall back: 02:00-03:00 happens twice on 2024-10-27; checkout 11:00 CET is 10:00Z.
    autumn = desk.guest([101], 2, start=local(2024, 10, 26, 15), end=local(2024, 10, 27, 11))
    assert room.present(autumn, datetime(2024, 10, 27, 1, 30, tzinfo=UTC)).opened  # 02:30 second time
    assert room.present(autumn, datetime(2024, 10, 27, 9, 59, tzinfo=UTC)).opened
    assert room.present(autumn, datetime(2024, 10, 27, 10, 0, tzinfo=UTC)).reason == "expired"


def test_naive_time_is_refused(desk, door_factory) -> None:
    with pytest.raises(InvalidInput):
        door_factory(101).present(desk.guest([101], 1), datetime(2024, 6, 2, 12))


def test_lost_card_is_cancelled_by_the_next_card_used_at_the_lock(desk, door_factory) -> None:
    room = door_factory(101, groups=HOUSEKEEPING)
    lost = desk.guest([101], sequence=7)
    lost_serial = desk.next_serial - 1
    assert room.present(lost, STAY).opened
    replacement = desk.guest([101], sequence=7, cancelled=[lost_serial])
    assert room.present(lost, STAY).opened, "the lock cannot know before a card tells it"
    assert room.present(replacement, STAY).opened
    assert room.present(lost, STAY).reason == "cancelled"
    # At another door, a housekeeping card carries the news.
    closet = door_factory(500, groups=HOUSEKEEPING)
    lost_staff = desk.staff(HOUSEKEEPING)
    lost_staff_serial = desk.next_serial - 1
    assert closet.present(lost_staff, STAY).opened
    assert closet.present(desk.staff(HOUSEKEEPING, cancelled=[lost_staff_serial]), STAY).opened
    assert closet.present(lost_staff, STAY).reason == "cancelled"
    assert lost_staff_serial in closet.state.to_dict()["cancelled_serials"]


def test_cancelled_list_is_bounded_oldest_first(desk, door_factory) -> None:
    room = door_factory(101, cancelled_capacity=3)
    room.present(desk.guest([101], 1, cancelled=[1001, 1002, 1003]), STAY)
    room.present(desk.guest([101], 1, cancelled=[1004, 1002]), STAY)
    assert room.state.cancelled_serials == (1003, 1004, 1002)


def test_one_shot_card_opens_each_door_once(desk, door_factory, keys: PropertyKeys) -> None:
    payload = one_shot_card(
        PROPERTY, 777, local(2024, 6, 2), local(2024, 6, 3), ZONE, lock_numbers=[101, 102]
    )
    card = desk.encode(payload)
    first, second = door_factory(101), door_factory(102)
    assert first.present(card, STAY).reason == "opened"
    assert first.present(card, STAY).reason == "already_used"
    assert second.present(card, STAY).reason == "opened"
    assert first.state.guest_sequence == 0


def _lock_state(action: LockAction, sequence: int = 0, serial: int = 9000):
    return lock_state_card(
        PROPERTY, action, serial, local(2024, 6, 2), local(2024, 6, 3), ZONE, [101], sequence=sequence
    )


def test_lock_state_cards_program_once_and_open_in_emergency(desk, door_factory) -> None:
    room = door_factory(101)
    room.present(desk.guest([101], sequence=50), STAY)
    reset = desk.encode(_lock_state(LockAction.SET_SEQUENCE, sequence=20))
    verdict = room.present(reset, STAY)
    assert (verdict.opened, verdict.reason, room.state.guest_sequence) == (False, "programmed", 20)
    assert room.present(reset, STAY).reason == "already_used", "a replayed programming card does nothing"
    emergency = desk.encode(_lock_state(LockAction.EMERGENCY_OPEN, serial=9001))
    assert room.present(emergency, STAY).opened and room.present(emergency, STAY).opened
    assert room.state.guest_sequence == 20


def test_lock_state_card_signed_with_the_guest_card_key_is_refused(
    desk, door_factory, keys: PropertyKeys
) -> None:
    uid = desk.uid()
    body = pack_body(replace(_lock_state(LockAction.EMERGENCY_OPEN), key_version=keys.version))
    with_guest_key = body + card_mac(keys, KeyJob.CARD_MAC, uid, body)
    assert door_factory(101).present((with_guest_key, uid), STAY).reason == "forged_or_damaged"
    with_right_key = body + card_mac(keys, KeyJob.LOCK_STATE_MAC, uid, body)
    assert door_factory(101).present((with_right_key, uid), STAY).reason == "opened"
    # And the other way round: a guest card signed with the lock-state key is no card at all.
    guest = guest_card(PROPERTY, [101], 1, 5, local(2024, 6, 1), local(2024, 6, 3), ZONE)
    guest_body = pack_body(replace(guest, key_version=keys.version))
    swapped = guest_body + card_mac(keys, KeyJob.LOCK_STATE_MAC, uid, guest_body)
    assert door_factory(101).present((swapped, uid), STAY).reason == "forged_or_damaged"


def test_key_rotation_accepts_the_old_version_for_the_window_only(secret: PropertySecret) -> None:
    old = PropertyKeys.from_secret(secret, PROPERTY, version=1)
    new = PropertyKeys.from_secret(PropertySecret(bytes(range(32))), PROPERTY, version=2)
    payload = guest_card(PROPERTY, [101], 3, 1, local(2024, 6, 1), local(2024, 7, 1), ZONE)
    uid = bytes.fromhex("04010203040506")
    old_card, new_card = encode_card(payload, uid, old), encode_card(payload, uid, new)
    ring = KeyRing.single(old).rotated(new, at=local(2024, 6, 10), window=timedelta(days=7))
    lock = LockConfig(PROPERTY, 101, ZONE)
    assert ring.current_version == 2

    def reason(image: bytes, at: datetime, keys: KeyRing | PropertyKeys = ring) -> str:
        return judge(image, uid, LockState(), lock, at, keys).reason

    assert reason(old_card, local(2024, 6, 16, 23, 59)) == "opened"
    assert reason(old_card, local(2024, 6, 17)) == "key_retired"
    assert reason(new_card, local(2024, 6, 17)) == "opened"
    assert reason(new_card, local(2024, 6, 11), keys=old) == "forged_or_damaged", "a lock not yet updated"
    # A retired key may be a leaked one: its cards teach the lock nothing.
    leaked = guest_card(
        PROPERTY, [101], 3, 2, local(2024, 6, 1), local(2024, 7, 1), ZONE, cancelled_serials=[1]
    )
    verdict = judge(encode_card(leaked, uid, old), uid, LockState(), lock, local(2024, 6, 20), ring)
    assert verdict.new_state == LockState()
