"""Emulated contactless cards as a PC/SC Part 3 reader (ACR122U and alike) presents them.

Each card answers the storage-card APDUs a contactless desktop reader offers to applications:

- ``FF CA 00 00 00``                      get UID
- ``FF 82 00 nn 06 key``                  load a 6-byte key into volatile slot nn (0 or 1)
- ``FF 86 00 00 05 01 00 bb tt nn``       general authenticate block bb with key type tt (60 = A, 61 = B)
- ``FF B0 00 bb Le``                      read binary (Classic: one 16-byte block; NTAG: 4 pages from page bb)
- ``FF D6 00 bb Lc data``                 update binary (Classic: 16 bytes; NTAG: 4 bytes = one page)
- ``FF 00 00 00 03 D4 42 60``             NTAG GET_VERSION through the reader's pass-through (PN53x
                                          InCommunicateThru), answered ``D5 43 00`` + 8 version bytes

Success is ``90 00``; a refused operation (wrong key, access bits, lock bits, no authentication) is
``63 00`` as an ACR122U answers. The memory models follow the NXP data sheets closely enough that a
driver which works here behaves the same on a real card: Classic 1K sector trailers with key A,
access bits and key B, enforced per block; NTAG21x static and dynamic lock bits, OTP capability
container and GET_VERSION storage size.
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

    def to_json(self) -> dict[str, str]:
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


# --- NTAG213 / 215 / 216 ------------------------------------------------------------------------


@dataclass(frozen=True)
class NtagModel:
    """Layout of one NTAG21x type (NXP NTAG213/215/216 data sheet, section 8.5)."""

    kind: str
    pages: int
    storage_size: int  # GET_VERSION byte 6
    cc_size: int  # capability container byte 2 (data area / 8)
    pages_per_dynamic_lock_bit: int

    @property
    def dynamic_lock_page(self) -> int:
        return self.pages - 5

    @property
    def last_user_page(self) -> int:
        return self.pages - 6


NTAG_MODELS = {
    "ntag213": NtagModel("ntag213", 45, 0x0F, 0x12, 2),
    "ntag215": NtagModel("ntag215", 135, 0x11, 0x3E, 16),
    "ntag216": NtagModel("ntag216", 231, 0x13, 0x6D, 16),
}


class Ntag(EmulatedCard):
    """NTAG21x: 4-byte pages, user memory from page 4, lock bits that make pages read-only."""

    atr = part3_atr(0x03)

    def __init__(self, model: NtagModel, uid: bytes, memory: bytearray | None = None) -> None:
        self.model = model
        self.kind = model.kind
        if memory is None:
            memory = bytearray(model.pages * 4)
            bcc0 = 0x88 ^ uid[0] ^ uid[1] ^ uid[2]
            bcc1 = uid[3] ^ uid[4] ^ uid[5] ^ uid[6]
            memory[0:12] = uid[0:3] + bytes([bcc0]) + uid[3:7] + bytes([bcc1, 0x48, 0x00, 0x00])
            memory[12:16] = bytes([0xE1, 0x10, model.cc_size, 0x00])
            cfg = model.dynamic_lock_page + 1
            memory[cfg * 4 : cfg * 4 + 8] = bytes.fromhex("040000ff00050000")
            memory[(cfg + 2) * 4 : (cfg + 3) * 4] = FACTORY_KEY[:4]
        super().__init__(uid, memory)

    def write_protect(self) -> None:
        """Set every static and dynamic lock bit, as a card sold 'read-only' would have."""
        self.memory[10:12] = b"\xff\xff"
        lock = self.model.dynamic_lock_page * 4
        self.memory[lock : lock + 3] = b"\xff\xff\xff"

    def is_locked(self, page: int) -> bool:
        if page < 3:
            return False  # pages 0-1 are refused on write anyway; page 2's lock bytes are OTP
        static = int.from_bytes(self.memory[10:12], "little")
        if page == 3:
            return bool(static & 0x08)
        if page < 16:
            return bool(static >> page & 1)
        if page <= self.model.last_user_page:
            dynamic = int.from_bytes(self.memory[self.model.dynamic_lock_page * 4 :][:3], "little")
            bit = (page - 16) // self.model.pages_per_dynamic_lock_bit
            return bool(dynamic >> bit & 1)
        return False

    def read(self, address: int, length: int) -> bytes:
        if address >= self.model.pages or length > 16:
            return FAILED
        # READ returns four pages and rolls over to page 0 past the end (data sheet 10.2).
        data = b"".join(self.page((address + i) % self.model.pages) for i in range(4))
        return data[:length] + OK

    def page(self, page: int) -> bytes:
        if page == self.model.dynamic_lock_page + 3:
            return bytes(4)  # PWD reads as zeros
        return bytes(self.memory[page * 4 : page * 4 + 4])

    def update(self, address: int, data: bytes) -> bytes:
        if len(data) != 4 or address < 2 or address >= self.model.pages or self.is_locked(address):
            return FAILED
        old = self.memory[address * 4 : address * 4 + 4]
        if address == 2:  # only the lock bytes are writable, and their bits only ever get set
            data = bytes(old[0:2]) + bytes([old[2] | data[2], old[3] | data[3]])
        elif address == 3 or address == self.model.dynamic_lock_page:  # OTP / lock bits: OR in
            data = bytes(a | b for a, b in zip(old, data, strict=True))
        self.memory[address * 4 : address * 4 + 4] = data
        return OK

    def pass_through(self, frame: bytes) -> bytes:
        if frame == b"\xd4\x42\x60":  # InCommunicateThru(GET_VERSION)
            version = bytes([0x00, 0x04, 0x04, 0x02, 0x01, 0x00, self.model.storage_size, 0x03])
            return b"\xd5\x43\x00" + version + OK
        return FAILED


CARD_KINDS = ("classic1k", *NTAG_MODELS)


def new_card(kind: str, uid: bytes | None = None) -> EmulatedCard:
    """A blank card of this kind, as it leaves the factory."""
    if kind == "classic1k":
        return Classic1K(uid or bytes.fromhex("a1b2c3d4"))
    return Ntag(NTAG_MODELS[kind], uid or bytes.fromhex("04a1b2c3d4e5f6"))


def load_card(path: Path) -> EmulatedCard:
    """A card saved by save_card (the same card, removed and presented again)."""
    saved = json.loads(path.read_text())
    uid, memory = bytes.fromhex(saved["uid"]), bytearray.fromhex(saved["memory"])
    if saved["kind"] == "classic1k":
        return Classic1K(uid, memory)
    return Ntag(NTAG_MODELS[saved["kind"]], uid, memory)


def save_card(card: EmulatedCard, path: Path) -> None:
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(card.to_json()))
    temporary.replace(path)
