"""Card format v1: layout, keys, authentication, blank and torn cards, media mapping."""

from __future__ import annotations

import json
import random
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from frontdesk.domain.cards import (
    CARD_BYTES,
    CLASSIC_ACCESS_BITS,
    CLASSIC_DATA_BLOCKS,
    CLASSIC_FACTORY_KEY,
    NTAG_PAGES,
    BlankCard,
    CardDoesNotFit,
    CardKind,
    ForgedOrDamagedCard,
    KeyJob,
    LockAction,
    LockConfig,
    LockState,
    OtherPropertyCard,
    PropertyKeys,
    PropertySecret,
    classic_blocks,
    classic_sector_keys,
    classic_sector_trailer,
    decode_card,
    encode_card,
    generate_property_secret,
    guest_card,
    image_from_classic_blocks,
    image_from_ntag_pages,
    judge,
    lock_state_card,
    ntag_pages,
    ntag_password,
)
from frontdesk.domain.cards.keys import CLASSIC_HEADER_KEY_A, an10922_diversify
from frontdesk.domain.errors import FrontDeskError, InvalidInput

ZONE = "Europe/Berlin"
PROPERTY = 4711
UID = bytes.fromhex("04112233445566")


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=ZoneInfo(ZONE))


def room_card(
    keys: PropertyKeys, door: int = 101, sequence: int = 7, serial: int = 1, uid: bytes = UID
) -> bytes:
    payload = guest_card(
        PROPERTY, [door], sequence, serial, local(2024, 6, 1, 15), local(2024, 6, 4, 11), ZONE
    )
    return encode_card(payload, uid, keys)


def test_card_fits_ntag213_user_memory_and_round_trips(keys: PropertyKeys) -> None:
    payload = guest_card(
        PROPERTY,
        [101, 102, 65535],
        99,
        12345,
        local(2024, 6, 1, 15),
        local(2024, 6, 4, 11),
        ZONE,
        cancelled_serials=range(1, 21),
        common_door_groups=0x8001,
    )
    image = encode_card(payload, UID, keys)
    assert len(image) == CARD_BYTES == 144
    decoded = decode_card(image, UID, keys)
    assert decoded.lock_numbers == (101, 102, 65535)
    assert decoded.cancelled_serials == tuple(range(1, 21))
    assert (decoded.kind, decoded.sequence, decoded.serial, decoded.door_groups) == (
        CardKind.GUEST,
        99,
        12345,
        0x8001,
    )
    assert decoded.key_version == keys.version == 1
    assert image[:3] == b"FD\x01"


def test_too_much_for_one_card_is_refused_with_a_title(keys: PropertyKeys) -> None:
    with pytest.raises(CardDoesNotFit) as too_many:
        guest_card(PROPERTY, range(1, 10), 1, 1, local(2024, 6, 1), local(2024, 6, 2), ZONE)
    assert too_many.value.status == 400 and "8 doors" in too_many.value.title
    with pytest.raises(CardDoesNotFit):
        guest_card(PROPERTY, [101], 1, 1, local(2024, 6, 2), local(2024, 6, 1), ZONE)
    with pytest.raises(InvalidInput):
        guest_card(PROPERTY, [101], 1, 1, datetime(2024, 6, 1), datetime(2024, 6, 2), ZONE)
    other_keys = PropertyKeys.from_secret(generate_property_secret(), PROPERTY + 1)
    with pytest.raises(InvalidInput):
        room_card(other_keys)


def test_an10922_diversification_matches_nxp_example() -> None:
    master = bytes.fromhex("00112233445566778899AABBCCDDEEFF")
    m = bytes.fromhex("04782E21801D803042F54E585020416275")  # UID, AID, "NXP Abu"
    assert an10922_diversify(master, m).hex().upper() == "A8DD63A3B89D54B37CA802473FDA9175"


def test_every_job_version_property_and_uid_gets_its_own_key(secret: PropertySecret) -> None:
    v1 = PropertyKeys.from_secret(secret, PROPERTY, 1)
    v2 = PropertyKeys.from_secret(secret, PROPERTY, 2)
    other = PropertyKeys.from_secret(secret, PROPERTY + 1, 1)
    masters = [k.masters[job] for k in (v1, v2, other) for job in KeyJob]
    assert len(set(masters)) == len(masters) == 3 * len(KeyJob)
    per_card = {v1.card_key(KeyJob.CARD_MAC, bytes([4, i, 0, 0, 0, 0, 0])) for i in range(50)}
    assert len(per_card) == 50


def test_secrets_never_show_in_repr_or_errors(secret: PropertySecret, keys: PropertyKeys) -> None:
    text = repr(secret) + repr(keys) + str(keys)
    assert secret.to_hex() not in text and "<hidden>" in repr(secret)
    for master in keys.masters.values():
        assert master.hex() not in text
    assert PropertySecret.from_hex(secret.to_hex()) == secret
    with pytest.raises(InvalidInput):
        PropertySecret(b"short")


def test_copy_to_another_uid_is_refused(keys: PropertyKeys) -> None:
    image = room_card(keys)
    lock = LockConfig(PROPERTY, 101, ZONE)
    assert judge(image, UID, LockState(), lock, local(2024, 6, 2, 12), keys).opened
    for other_uid in (bytes.fromhex("04112233445567"), UID[:4], UID + b"\0", bytes(7)):
        with pytest.raises(ForgedOrDamagedCard) as refused:
            decode_card(image, other_uid, keys)
        assert refused.value.title == "Card is forged or damaged."
        verdict = judge(image, other_uid, LockState(), lock, local(2024, 6, 2, 12), keys)
        assert (verdict.opened, verdict.reason) == (False, "forged_or_damaged")


def test_card_of_another_property_is_refused(keys: PropertyKeys) -> None:
    stranger = PropertyKeys.from_secret(generate_property_secret(), 999)
    payload = guest_card(999, [101], 7, 1, local(2024, 6, 1, 15), local(2024, 6, 4, 11), ZONE)
    image = encode_card(payload, UID, stranger)
    with pytest.raises(OtherPropertyCard):
        decode_card(image, UID, keys)
    verdict = judge(image, UID, LockState(), LockConfig(PROPERTY, 101, ZONE), local(2024, 6, 2), keys)
    assert (verdict.opened, verdict.reason) == (False, "other_property")
    # Same property number but another secret (a second install misconfigured alike): still refused.
    twin = PropertyKeys.from_secret(generate_property_secret(), PROPERTY)
    verdict = judge(
        room_card(twin), UID, LockState(), LockConfig(PROPERTY, 101, ZONE), local(2024, 6, 2), keys
    )
    assert (verdict.opened, verdict.reason) == (False, "forged_or_damaged")


@pytest.mark.parametrize("image", [bytes(144), b"\xff" * 144, b"\x03\x00\xfe" + bytes(141)])
def test_blank_cards_are_reported_as_blank(keys: PropertyKeys, image: bytes) -> None:
    with pytest.raises(BlankCard) as blank:
        decode_card(image, UID, keys)
    assert isinstance(blank.value, FrontDeskError) and blank.value.title == "Card is blank."
    verdict = judge(image, UID, LockState(), LockConfig(PROPERTY, 101, ZONE), local(2024, 6, 2), keys)
    assert (verdict.opened, verdict.reason) == (False, "blank")


def test_100000_random_single_bit_changes_all_refused(keys: PropertyKeys) -> None:
    rng = random.Random(2024)
    lock = LockConfig(PROPERTY, 101, ZONE, door_groups=0b1)
    at = local(2024, 6, 2, 12)
    originals = []
    for n in range(40):
        uid = bytes([4]) + rng.randbytes(6)
        payload = guest_card(
            PROPERTY,
            [101, rng.randint(102, 900)],
            rng.randint(1, 10**6),
            n + 1,
            local(2024, 6, 1, 15),
            local(2024, 6, 4, 11),
            ZONE,
            cancelled_serials=rng.sample(range(5000, 6000), n % 21),
        )
        image = encode_card(payload, uid, keys)
        assert judge(image, uid, LockState(), lock, at, keys).opened
        originals.append((image, uid))
    reasons: set[str] = set()
    for _ in range(100_000):
        image, uid = rng.choice(originals)
        bit = rng.randrange((len(image) + len(uid)) * 8)
        if bit < len(image) * 8:
            image = bytearray(image)
            image[bit // 8] ^= 1 << (bit % 8)
        else:
            bit -= len(image) * 8
            uid = bytearray(uid)
            uid[bit // 8] ^= 1 << (bit % 8)
        verdict = judge(bytes(image), bytes(uid), LockState(), lock, at, keys)
        assert not verdict.opened and verdict.card is None
        reasons.add(verdict.reason)
    assert reasons == {"forged_or_damaged", "other_property"}


def _torn_writes(new: bytes, old: bytes) -> list[bytes]:
    """Every image a write of `new` over `old` can leave if it stops early, in byte, page or block steps."""
    images = [new[:cut] + old[cut:] for cut in range(len(new) + 1)]
    written = bytearray(old)
    for page_index, (_, data) in enumerate(ntag_pages(new)):
        written[page_index * 4 : page_index * 4 + 4] = data
        images.append(bytes(written))
    written = bytearray(old)
    for block_index, (_, data) in enumerate(classic_blocks(new)):
        written[block_index * 16 : block_index * 16 + 16] = data
        images.append(bytes(written))
    return images


@pytest.mark.parametrize("old_content", ["zeros", "ones", "previous_guest_card"])
def test_partly_written_card_never_opens(keys: PropertyKeys, old_content: str) -> None:
    previous = room_card(keys, door=205, sequence=3, serial=1)
    old = {"zeros": bytes(144), "ones": b"\xff" * 144, "previous_guest_card": previous}[old_content]
    new = room_card(keys, door=101, sequence=8, serial=2)
    at = local(2024, 6, 2, 12)
    for image in _torn_writes(new, old):
        for door in (101, 205):
            verdict = judge(image, UID, LockState(), LockConfig(PROPERTY, door, ZONE), at, keys)
            if verdict.opened:
                assert (image, door) in ((new, 101), (previous, 205))
            else:
                assert image != new or door != 101


def test_ntag_pages_and_classic_blocks_hold_the_image(keys: PropertyKeys) -> None:
    image = room_card(keys)
    assert tuple(range(4, 40)) == NTAG_PAGES
    pages = ntag_pages(image)
    assert [p for p, _ in pages] == list(NTAG_PAGES) and all(len(d) == 4 for _, d in pages)
    assert image_from_ntag_pages(reversed(pages)) == image
    assert CLASSIC_DATA_BLOCKS == (4, 5, 6, 8, 9, 10, 12, 13, 14)
    assert all(b != 0 and b % 4 != 3 for b in CLASSIC_DATA_BLOCKS)
    assert image_from_classic_blocks(classic_blocks(image)) == image
    with pytest.raises(InvalidInput):
        image_from_ntag_pages(pages[:-1])


def _access_conditions(access: bytes) -> list[tuple[int, int, int]]:
    """(C1, C2, C3) for blocks 0..3 of a sector, checking the inverted copies as a reader does."""
    b6, b7, b8 = access
    c1, c2, c3 = b7 >> 4, b8 & 0xF, b8 >> 4
    assert (~b6 & 0xF, (~b6 >> 4) & 0xF, ~b7 & 0xF) == (c1, c2, c3), "inverted bits do not match"
    return [((c1 >> i) & 1, (c2 >> i) & 1, (c3 >> i) & 1) for i in range(4)]


def test_classic_sector_keys_are_diversified_and_only_key_b_writes(keys: PropertyKeys) -> None:
    other_uid = bytes.fromhex("04112233445567")
    all_keys = [classic_sector_keys(keys, uid, s) for uid in (UID, other_uid) for s in range(16)]
    # The header sector's key A is published (any reader can tell another property's card): every
    # other key is this card's and this sector's alone.
    assert {classic_sector_keys(keys, uid, 1)[0] for uid in (UID, other_uid)} == {CLASSIC_HEADER_KEY_A}
    flat = [k for pair in all_keys for k in pair if k != CLASSIC_HEADER_KEY_A]
    assert len(flat) == 2 * 16 * 2 - 2
    assert all(len(k) == 6 for k in flat) and len(set(flat)) == len(flat)
    assert CLASSIC_FACTORY_KEY not in flat
    trailer = classic_sector_trailer(keys, UID, 1)
    key_a, key_b = classic_sector_keys(keys, UID, 1)
    assert trailer[:6] == key_a and trailer[10:] == key_b and trailer[6:9] == CLASSIC_ACCESS_BITS
    # Data blocks 100: read with A or B, write with B only. Trailer 011: keys and bits written with B only.
    assert _access_conditions(trailer[6:9]) == [(1, 0, 0), (1, 0, 0), (1, 0, 0), (0, 1, 1)]
    reader_keys = keys.limited_to(KeyJob.CARD_MAC, KeyJob.LOCK_STATE_MAC, KeyJob.CLASSIC_READ)
    with pytest.raises(InvalidInput):
        classic_sector_keys(reader_keys, UID, 1)
    pwd, pack = ntag_password(keys, UID)
    assert len(pwd) == 4 and len(pack) == 2 and pwd != ntag_password(keys, other_uid)[0]


def test_desk_without_lock_state_key_cannot_mint_a_lock_state_card(keys: PropertyKeys) -> None:
    guest_desk = keys.limited_to(KeyJob.CARD_MAC, KeyJob.CLASSIC_READ, KeyJob.CLASSIC_WRITE)
    payload = lock_state_card(
        PROPERTY, LockAction.EMERGENCY_OPEN, 1, local(2024, 6, 1), local(2024, 6, 2), ZONE
    )
    with pytest.raises(InvalidInput) as refused:
        encode_card(payload, UID, guest_desk)
    assert "lock state" in refused.value.hint
    assert decode_card(room_card(guest_desk), UID, keys).kind == CardKind.GUEST


def test_lock_state_survives_json(keys: PropertyKeys) -> None:
    state = LockState(guest_sequence=41, cancelled_serials=(3, 9), used_serials=(12,))
    assert LockState.from_dict(json.loads(json.dumps(state.to_dict()))) == state
    assert LockState.from_dict({}) == LockState()
    with pytest.raises(InvalidInput):
        LockState.from_dict({"guest_sequence": "lots"})
