"""Emulated contactless cards as a PC/SC Part 3 reader (ACR122U and alike) presents them.

Each card answers the storage-card APDUs a contactless desktop reader offers to applications:

- ``FF CA 00 00 00``                      get UID
- ``FF 82 00 nn 06 key``                  load a 6-byte key into volatile slot nn (0 or 1)
- ``FF 86 00 00 05 01 00 bb tt nn``       general authenticate block bb with key type tt (60 = A, 61 = B)
- ``FF B0 00 bb Le``                      read binary (Classic: one 16-byte block; NTAG: 4 pages from page bb)
- ``FF D6 00 bb Lc data``                 update binary (Classic: 16 bytes; NTAG: 4 bytes = one page)
- ``FF 00 00 00 03 D4 42 60``             NTAG GET_VERSION through the reader's pass-through (PN53x
                                          InCommunicateThru), answered ``D5 43 00`` + 8 version bytes
- ``FF 00 00 00 07 D4 42 1B pwd``         NTAG PWD_AUTH through the same pass-through, answered
                                          ``D5 43 00`` + PACK, or ``D5 43 01`` (NAK: the tag halts)
- ``FF 00 00 00 04 D4 4A 01 00``          PN53x InListPassiveTarget: select the tag again after a NAK

Success is ``90 00``; a refused operation (wrong key, access bits, lock bits, no authentication) is
``63 00`` as an ACR122U answers. The memory models follow the NXP data sheets closely enough that a
driver which works here behaves the same on a real card: Classic 1K sector trailers with key A,
access bits and key B, enforced per block; NTAG21x static and dynamic lock bits, OTP capability
container, GET_VERSION storage size, and password protection (PWD, PACK, AUTH0, ACCESS with
PROT, CFGLCK and AUTHLIM; tests/cardemu/ntag.py).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

OK = b"\x90\x00"
FAILED = b"\x63\x00"
WRONG_LENGTH = b"\x67\x00"
NOT_SUPPORTED = b"\x6a\x81"
UNKNOWN_INS = b"\x6d\x00"
FACTORY_KEY = b"\xff" * 6
TRANSPORT_ACCESS = bytes.fromhex("ff078069")


def part3_atr(card_name: int) -> bytes:
    """The ATR a PC/SC Part 3 reader builds for an ISO 14443-3A storage card (standard 0x03)."""
    body = bytes.fromhex("3b8f8001804f0ca0000003060300") + card_name.to_bytes(1, "big") + bytes(4)
    check = 0
    for byte in body[1:]:
        check ^= byte
    return body + bytes([check])


@dataclass
class EmulatedCard:
    """Common state: UID, ATR, the two volatile key slots and a count of APDUs answered."""

    uid: bytes
    memory: bytearray
    key_slots: list[bytes | None] = field(default_factory=lambda: [None, None])

    kind = "card"
    atr = b""

    def power_cycle(self) -> None:
        """A power-off or reset ends any authentication, as on a real card."""

    def answer(self, apdu: bytes) -> bytes:
        """Answer one command APDU."""
        if len(apdu) < 4 or apdu[0] != 0xFF:
            return UNKNOWN_INS
        ins, p1, p2 = apdu[1], apdu[2], apdu[3]
        body = apdu[5 : 5 + apdu[4]] if len(apdu) > 5 else b""
        if ins == 0xCA:
            return self.uid + OK if p1 == 0 else NOT_SUPPORTED
        if ins == 0x82:
            if p2 > 1 or len(body) != 6:
                return FAILED
            self.key_slots[p2] = bytes(body)
            return OK
        if ins == 0x86:
            if len(body) != 5 or body[0] != 1:
                return FAILED
            return self.authenticate(body[2], body[3], body[4])
        if ins == 0xB0:
            le = apdu[4] if len(apdu) == 5 else 0
            return self.read(p2, le or 16)
        if ins == 0xD6:
            if len(apdu) != 5 + apdu[4]:
                return WRONG_LENGTH
            return self.update(p2, bytes(body))
        if ins == 0x00:
            return self.pass_through(bytes(body))
        return UNKNOWN_INS

    def authenticate(self, block: int, key_type: int, slot: int) -> bytes:
        return FAILED

    def read(self, address: int, length: int) -> bytes:
        raise NotImplementedError

    def update(self, address: int, data: bytes) -> bytes:
        raise NotImplementedError

    def pass_through(self, frame: bytes) -> bytes:
        return FAILED

    def to_json(self) -> dict[str, object]:
        return {"kind": self.kind, "uid": self.uid.hex(), "memory": self.memory.hex()}


# --- MIFARE Classic 1K ---------------------------------------------------------------------------

# Data block access (C1 C2 C3) -> (keys that may read, keys that may write); "A", "B" or both.
DATA_RIGHTS = {
    0b000: ("AB", "AB"),
    0b010: ("AB", ""),
    0b100: ("AB", "B"),
    0b110: ("AB", "B"),
    0b001: ("AB", ""),
    0b011: ("B", "B"),
    0b101: ("B", ""),
    0b111: ("", ""),
}
# Trailer access (C1 C2 C3) -> (write key A, read access bits, write access bits, read key B, write key B).
TRAILER_RIGHTS = {
    0b000: ("A", "A", "", "A", "A"),
    0b010: ("", "A", "", "A", ""),
    0b100: ("B", "AB", "", "", "B"),
    0b110: ("", "AB", "", "", ""),
    0b001: ("A", "A", "A", "A", "A"),
    0b011: ("B", "AB", "B", "", "B"),
    0b101: ("", "AB", "B", "", ""),
    0b111: ("", "AB", "", "", ""),
}


def decode_access_bits(access: bytes) -> list[int] | None:
    """The (C1 C2 C3) condition of blocks 0..3 of a sector, or None if the bytes are inconsistent."""
    b6, b7, b8 = access[0], access[1], access[2]
    c1, c2, c3 = b7 >> 4, b8 & 0x0F, b8 >> 4
    if (~b6 & 0x0F) != c1 or (~b6 >> 4 & 0x0F) != c2 or (~b7 & 0x0F) != c3:
        return None
    return [((c1 >> i) & 1) << 2 | ((c2 >> i) & 1) << 1 | ((c3 >> i) & 1) for i in range(4)]


class Classic1K(EmulatedCard):
    """MIFARE Classic 1K: 16 sectors of 4 blocks; block 3 of each sector is its trailer."""

    kind = "classic1k"
    atr = part3_atr(0x01)

    def __init__(self, uid: bytes, memory: bytearray | None = None) -> None:
        if memory is None:
            memory = bytearray(1024)
            bcc = uid[0] ^ uid[1] ^ uid[2] ^ uid[3]
            memory[0:16] = uid + bytes([bcc, 0x08, 0x04, 0x00]) + bytes.fromhex("6263646566676869")
            for sector in range(16):
                memory[sector * 64 + 48 : sector * 64 + 64] = FACTORY_KEY + TRANSPORT_ACCESS + FACTORY_KEY
        super().__init__(uid, memory)
        self.session: tuple[int, str] | None = None  # (sector, "A" or "B") after a good authentication

    def power_cycle(self) -> None:
        self.session = None

    def trailer(self, sector: int) -> bytes:
        return bytes(self.memory[sector * 64 + 48 : sector * 64 + 64])

    def authenticate(self, block: int, key_type: int, slot: int) -> bytes:
        self.session = None
        key = self.key_slots[slot] if slot < 2 else None
        if block >= 64 or key_type not in (0x60, 0x61) or key is None:
            return FAILED
        trailer = self.trailer(block // 4)
        expected = trailer[0:6] if key_type == 0x60 else trailer[10:16]
        if key != expected:
            return FAILED
        self.session = (block // 4, "A" if key_type == 0x60 else "B")
        return OK

    def _key_for(self, block: int) -> str | None:
        """The key the current session holds for this block's sector, if any."""
        if self.session is None or self.session[0] != block // 4:
            return None
        key = self.session[1]
        conditions = decode_access_bits(self.trailer(block // 4)[6:9])
        if conditions is None:
            return None
        # Data sheet: when key B is readable it is plain data and cannot grant access.
        if key == "B" and "A" in TRAILER_RIGHTS[conditions[3]][3]:
            return None
        return key

    def read(self, address: int, length: int) -> bytes:
        key = self._key_for(address) if address < 64 else None
        if key is None or length > 16:
            return FAILED
        conditions = decode_access_bits(self.trailer(address // 4)[6:9]) or [0b111] * 4
        if address % 4 == 3:
            rights = TRAILER_RIGHTS[conditions[3]]
            trailer = self.trailer(address // 4)
            access = trailer[6:10] if key in rights[1] else bytes(4)
            key_b = trailer[10:16] if key in rights[3] else bytes(6)
            data = bytes(6) + access + key_b  # key A never reads back
        else:
            if key not in DATA_RIGHTS[conditions[address % 4]][0]:
                return FAILED
            data = bytes(self.memory[address * 16 : address * 16 + 16])
        return data[:length] + OK

    def update(self, address: int, data: bytes) -> bytes:
        key = self._key_for(address) if address < 64 else None
        if key is None or len(data) != 16 or address == 0:
            return FAILED
        conditions = decode_access_bits(self.trailer(address // 4)[6:9]) or [0b111] * 4
        if address % 4 == 3:
            write_a, _, write_access, _, write_b = TRAILER_RIGHTS[conditions[3]]
            old = self.trailer(address // 4)
            wants_access = data[6:10] != old[6:10]
            if key not in write_a or key not in write_b or (wants_access and key not in write_access):
                return FAILED
            if decode_access_bits(data[6:9]) is None:
                return FAILED  # a real card would lock the sector for ever; refuse instead
        elif key not in DATA_RIGHTS[conditions[address % 4]][1]:
            return FAILED
        self.memory[address * 16 : address * 16 + 16] = data
        return OK


CARD_KINDS = ("classic1k", "ntag213", "ntag215", "ntag216")


def new_card(kind: str, uid: bytes | None = None) -> EmulatedCard:
    """A blank card of this kind, as it leaves the factory."""
    from tests.cardemu.ntag import NTAG_MODELS, Ntag  # the NTAG model builds on this module

    if kind == "classic1k":
        return Classic1K(uid or bytes.fromhex("a1b2c3d4"))
    return Ntag(NTAG_MODELS[kind], uid or bytes.fromhex("04a1b2c3d4e5f6"))


def load_card(path: Path) -> EmulatedCard:
    """A card saved by save_card (the same card, removed and presented again)."""
    from tests.cardemu.ntag import NTAG_MODELS, Ntag

    saved = json.loads(path.read_text())
    uid, memory = bytes.fromhex(saved["uid"]), bytearray.fromhex(saved["memory"])
    if saved["kind"] == "classic1k":
        return Classic1K(uid, memory)
    card = Ntag(NTAG_MODELS[saved["kind"]], uid, memory)
    card.auth_failures = int(saved.get("auth_failures", 0))  # kept in the chip's EEPROM
    return card


def save_card(card: EmulatedCard, path: Path) -> None:
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(card.to_json()))
    temporary.replace(path)
