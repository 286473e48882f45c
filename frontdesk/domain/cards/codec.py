"""Card format v1: 144 bytes, authenticated with AES-CMAC over the payload and the card UID.

Layout (big-endian), see docs/card-format.md for the reasons:

    0   2  magic "FD"            29  1  cancelled count (0..20)
    2   1  format version (1)    30 16  lock numbers, 8 x u16 (unused = 0)
    3   1  key version           46 80  cancelled serials, 20 x u32 (unused = 0)
    4   4  property number      126  1  shift start (staff with a shift, else 0)
    8   1  kind                 127  1  shift end (staff with a shift, else 0)
    9   1  action, or a staff   128 16  MAC
           card's shift days
   10   2  door groups
   12   4  reservation sequence
   16   4  card serial
   20   4  valid from (lock-local minutes)
   24   4  valid until (lock-local minutes, exclusive)
   28   1  door count (0..8)
"""

from __future__ import annotations

import hmac
import struct
from dataclasses import replace

from frontdesk.domain.cards.errors import BlankCard, ForgedOrDamagedCard, OtherPropertyCard
from frontdesk.domain.cards.keys import KeyJob, KeyRing, PropertyKeys, aes_cmac
from frontdesk.domain.cards.payload import MAX_CANCELLED, MAX_DOORS, CardKind, CardPayload, LockAction, Shift
from frontdesk.domain.errors import InvalidInput
from frontdesk.domain.words import say

CARD_BYTES = 144
MAGIC = b"FD"
FORMAT_VERSION = 1
MAC_OFFSET = 128
MAC_BYTES = 16
_HEADER = struct.Struct(">2sBBIBBHIIIIBB")  # 30 bytes, offsets 0..29
_DOORS = struct.Struct(f">{MAX_DOORS}H")
_CANCELLED = struct.Struct(f">{MAX_CANCELLED}I")
_EMPTY_NDEF = b"\x03\x00\xfe"  # NTAG21x often ship with an empty NDEF message: still a blank card


def mac_job(kind: int) -> KeyJob:
    """Which key signs a card of this kind: lock-state cards never share a key with door cards."""
    return KeyJob.LOCK_STATE_MAC if kind == CardKind.LOCK_STATE else KeyJob.CARD_MAC


def card_mac(keys: PropertyKeys, job: KeyJob, uid: bytes, body: bytes) -> bytes:
    """The 16-byte MAC: AES-CMAC with the UID-diversified job key over body || len(uid) || uid."""
    return aes_cmac(keys.card_key(job, uid), body + bytes([len(uid)]) + uid)


def pack_body(payload: CardPayload) -> bytes:
    """The first 128 bytes of the image (everything the MAC covers apart from the UID)."""
    header = _HEADER.pack(
        MAGIC,
        FORMAT_VERSION,
        payload.key_version,
        payload.property_number,
        payload.kind,
        payload.shift.days if payload.shift is not None else payload.action,  # staff: shift days
        payload.door_groups,
        payload.sequence,
        payload.serial,
        payload.valid_from,
        payload.valid_until,
        len(payload.lock_numbers),
        len(payload.cancelled_serials),
    )
    doors = _DOORS.pack(*payload.lock_numbers, *[0] * (MAX_DOORS - len(payload.lock_numbers)))
    cancelled = _CANCELLED.pack(
        *payload.cancelled_serials, *[0] * (MAX_CANCELLED - len(payload.cancelled_serials))
    )
    shift = bytes([payload.shift.start, payload.shift.end]) if payload.shift is not None else b"\0\0"
    body = header + doors + cancelled + shift
    assert len(body) == MAC_OFFSET
    return body


def encode_card(payload: CardPayload, uid: bytes, keys: PropertyKeys) -> bytes:
    """The 144-byte image to write to the card with `uid` (MAC last, so a torn write never opens)."""
    if payload.property_number != keys.property_number:
        raise InvalidInput(
            say("Card is for another property than these keys."), say("Use this property's keys.")
        )
    body = pack_body(replace(payload, key_version=keys.version))
    return body + card_mac(keys, mac_job(payload.kind), bytes(uid), body)


def is_blank(image: bytes) -> bool:
    """All 0x00, all 0xFF, or an NTAG shipped with an empty NDEF message and nothing else."""
    if image in (bytes(len(image)), b"\xff" * len(image)):
        return True
    return image.startswith(_EMPTY_NDEF) and not image[len(_EMPTY_NDEF) :].strip(b"\0")


def read_header(image: bytes) -> tuple[int, int, int]:
    """(key version, property number, kind) as the card claims them, before any authentication.

    Raises BlankCard or ForgedOrDamagedCard when the bytes are not a v1 card at all.
    """
    if len(image) == CARD_BYTES and is_blank(image):
        raise BlankCard()
    if len(image) != CARD_BYTES or image[:2] != MAGIC or image[2] != FORMAT_VERSION:
        raise ForgedOrDamagedCard(detail={"why": "not a FrontDesk v1 card"})
    return image[3], int.from_bytes(image[4:8], "big"), image[8]


def decode_card(image: bytes, uid: bytes, keys: KeyRing | PropertyKeys) -> CardPayload:
    """Authenticate and parse a card image read from the card with `uid`.

    Order: blank, format, property, key version known, MAC (kind picks the key), then structure.
    Raises BlankCard, OtherPropertyCard or ForgedOrDamagedCard. Does not judge time or doors.
    """
    ring = KeyRing.single(keys) if isinstance(keys, PropertyKeys) else keys
    image, uid = bytes(image), bytes(uid)
    version, property_number, kind = read_header(image)
    if property_number != ring.property_number:
        raise OtherPropertyCard(detail={"property_number": property_number})
    version_keys = ring.keys.get(version)
    job = mac_job(kind)
    if version_keys is None or job not in version_keys.masters:
        raise ForgedOrDamagedCard(detail={"why": "unknown key version"})
    if not 4 <= len(uid) <= 10:
        raise ForgedOrDamagedCard(detail={"why": "unexpected UID length"})
    expected = card_mac(version_keys, job, uid, image[:MAC_OFFSET])
    if not hmac.compare_digest(expected, image[MAC_OFFSET:]):
        raise ForgedOrDamagedCard(detail={"why": "MAC does not match"})
    return _parse_authentic(image)


def _parse_authentic(image: bytes) -> CardPayload:
    """Parse a MAC-verified image; anything malformed still counts as damaged, never as a card."""
    (_, _, version, prop, kind, action, groups, seq, serial, start, end, n_doors, n_cancelled) = (
        _HEADER.unpack_from(image, 0)
    )
    doors = _DOORS.unpack_from(image, _HEADER.size)
    cancelled = _CANCELLED.unpack_from(image, _HEADER.size + _DOORS.size)
    try:
        if n_doors > MAX_DOORS or n_cancelled > MAX_CANCELLED or any(doors[n_doors:]):
            raise ValueError("counts")
        shift = None
        if kind == CardKind.STAFF and action:  # a staff card's action byte holds its shift's days
            shift, action = Shift(action, image[126], image[127]), 0
        elif image[126:128] != b"\0\0":
            raise ValueError("padding")
        if any(cancelled[n_cancelled:]):
            raise ValueError("padding")
        return CardPayload(
            CardKind(kind),
            prop,
            doors[:n_doors],
            groups,
            seq,
            serial,
            start,
            end,
            cancelled[:n_cancelled],
            LockAction(action),
            version,
            shift,
        )
    except (ValueError, InvalidInput) as exc:
        raise ForgedOrDamagedCard(detail={"why": "malformed payload"}) from exc
