"""An attacker who dumped many guest cards (their own, re-encoded, and others found in the bin)
must not be able to build a card for another door, or a staff card, out of them."""

from __future__ import annotations

import itertools
import random
import struct
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from frontdesk.domain.cards import (
    CardKind,
    CardRefused,
    LockConfig,
    LockState,
    PropertyKeys,
    decode_card,
    encode_card,
    guest_card,
    judge,
)

ZONE = "Europe/Berlin"
PROPERTY = 4711
STAFF_DOOR = LockConfig(PROPERTY, 900, ZONE, door_groups=0xFFFF, takes_part_in_reservations=False)
OTHER_ROOM = LockConfig(PROPERTY, 113, ZONE)
STAY = datetime(2024, 6, 2, 12, tzinfo=ZoneInfo(ZONE))


@pytest.fixture(scope="module")
def dumps(keys: PropertyKeys) -> list[tuple[bytes, bytes]]:
    """12 guest cards: 6 re-encodings of the attacker's own card, 6 other guests' cards."""
    rng = random.Random(7)
    own_uid = bytes.fromhex("04aabbccddeeff")
    start = datetime(2024, 6, 1, 15, tzinfo=ZoneInfo(ZONE))
    cards = []
    for n in range(12):
        uid = own_uid if n < 6 else bytes([4]) + rng.randbytes(6)
        payload = guest_card(
            PROPERTY, [101 + n % 6], 100 + n, 500 + n, start, start + timedelta(days=3 + n), ZONE,
            cancelled_serials=rng.sample(range(1, 400), n),
        )  # fmt: skip
        cards.append((encode_card(payload, uid, keys), uid))
    return cards


def _authentic(image: bytes, uid: bytes, keys: PropertyKeys) -> bool:
    try:
        decode_card(image, uid, keys)
    except CardRefused:
        return False
    return True


def _xor_all(values: tuple[int, ...]) -> int:
    result = 0
    for value in values:
        result ^= value
    return result


def _candidates(dumps: list[tuple[bytes, bytes]]):
    """Everything a patient attacker could try: splices, XORs, edited fields, moved MACs."""
    images = [image for image, _ in dumps]
    for a, b in itertools.permutations(images, 2):
        for cut in range(1, len(a)):
            yield a[:cut] + b[cut:]
        yield a[:128] + b[128:]  # someone else's MAC on my body
    for size in (2, 3):
        for combo in itertools.combinations(images, size):
            yield bytes(_xor_all(column) for column in zip(*combo, strict=True))
    for image in images:
        for kind in CardKind:
            yield image[:8] + bytes([kind, 1 if kind == CardKind.LOCK_STATE else 0]) + image[10:]
        yield image[:10] + b"\xff\xff" + image[12:]  # every door group
        yield image[:30] + struct.pack(">H", 113) + image[32:]  # another room
        yield image[:12] + b"\xff\xff\xff\xff" + image[16:]  # highest sequence
        yield image[:24] + b"\xff\xff\xff\xff" + image[28:]  # valid for ever


def test_dumps_give_nothing_new(dumps: list[tuple[bytes, bytes]], keys: PropertyKeys) -> None:
    originals = set(dumps)
    uids = [*sorted({uid for _, uid in dumps}), bytes.fromhex("04000000000001")]
    tried = 0
    for image in _candidates(dumps):
        for uid in uids:
            tried += 1
            if _authentic(image, uid, keys):
                assert (image, uid) in originals
    assert tried > 100_000


def test_no_dump_opens_another_room_or_a_staff_door(
    dumps: list[tuple[bytes, bytes]], keys: PropertyKeys
) -> None:
    for image, uid in dumps:
        assert decode_card(image, uid, keys).kind == CardKind.GUEST
        for lock in (OTHER_ROOM, STAFF_DOOR):
            assert not judge(image, uid, LockState(), lock, STAY, keys).opened
