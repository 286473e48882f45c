"""Emulated NTAG213/215/216 (NXP NTAG213/215/216 data sheet, sections 8.5 and 8.8).

Memory: 4-byte pages, user memory from page 4, static lock bits in page 2, the capability
container (OTP) in page 3, dynamic lock bits, then the configuration pages CFG0 (MIRROR, RFUI,
MIRROR_PAGE, AUTH0), CFG1 (ACCESS, RFUI x3), PWD and PACK (PACK, RFUI x2).

Password protection as the data sheet has it:

- AUTH0 is the first page that needs PWD_AUTH; pages from AUTH0 on refuse WRITE until a good
  PWD_AUTH in this selection of the tag, and refuse READ too when ACCESS.PROT (bit 7) is set;
- PWD_AUTH compares 4 bytes with PWD and answers PACK; a wrong password is a NAK, after which
  the tag is back in IDLE and answers nothing until it is selected again (a field reset, or the
  reader's InListPassiveTarget);
- ACCESS.AUTHLIM (bits 2..0) limits wrong attempts over the tag's life (0 = no limit); once
  reached, PWD_AUTH fails for ever. A good attempt before that resets the count;
- ACCESS.CFGLCK (bit 6) makes CFG0 and CFG1 read-only for ever;
- PWD and PACK always read as zeros.
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.cardemu.cards import FACTORY_KEY, FAILED, OK, EmulatedCard, part3_atr

PWD_AUTH, GET_VERSION = 0x1B, 0x60
PROT, CFGLCK, AUTHLIM = 0x80, 0x40, 0x07
NAK = b"\xd5\x43\x01"  # InCommunicateThru answer with a non-zero status: the tag did not ACK


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

    @property
    def cfg0_page(self) -> int:
        return self.pages - 4

    @property
    def pwd_page(self) -> int:
        return self.pages - 2

    @property
    def pack_page(self) -> int:
        return self.pages - 1


NTAG_MODELS = {
    "ntag213": NtagModel("ntag213", 45, 0x0F, 0x12, 2),
    "ntag215": NtagModel("ntag215", 135, 0x11, 0x3E, 16),
    "ntag216": NtagModel("ntag216", 231, 0x13, 0x6D, 16),
}


class Ntag(EmulatedCard):
    """NTAG21x: 4-byte pages, user memory from page 4, lock bits and password protection."""

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
            cfg = model.cfg0_page  # factory: AUTH0 = FF (no protection), ACCESS = 00, PWD = FFFFFFFF
            memory[cfg * 4 : cfg * 4 + 8] = bytes.fromhex("040000ff00050000")
            memory[model.pwd_page * 4 : model.pwd_page * 4 + 4] = FACTORY_KEY[:4]
        super().__init__(uid, memory)
        self.authenticated = False  # a good PWD_AUTH in this selection
        self.halted = False  # a NAK sent the tag back to IDLE
        self.auth_failures = 0  # wrong PWD_AUTH attempts so far (the chip keeps them)

    # --- configuration bytes ------------------------------------------------------------------

    @property
    def auth0(self) -> int:
        return self.memory[self.model.cfg0_page * 4 + 3]

    @property
    def access(self) -> int:
        return self.memory[(self.model.cfg0_page + 1) * 4]

    def power_cycle(self) -> None:
        self.authenticated = False
        self.halted = False

    def write_protect(self) -> None:
        """Set every static and dynamic lock bit, as a card sold 'read-only' would have."""
        self.memory[10:12] = b"\xff\xff"
        lock = self.model.dynamic_lock_page * 4
        self.memory[lock : lock + 3] = b"\xff\xff\xff"

    def password_protect(self, pwd: bytes, pack: bytes, auth0: int = 4, access: int = 0) -> None:
        """Protect the tag as an encoder of another system would (test set-up)."""
        m = self.model
        self.memory[m.pwd_page * 4 : m.pwd_page * 4 + 4] = pwd
        self.memory[m.pack_page * 4 : m.pack_page * 4 + 4] = pack + b"\0\0"
        self.memory[(m.cfg0_page + 1) * 4] = access
        self.memory[m.cfg0_page * 4 + 3] = auth0

    def to_json(self) -> dict[str, object]:
        return {**super().to_json(), "auth_failures": self.auth_failures}

    # --- commands -----------------------------------------------------------------------------

    def answer(self, apdu: bytes) -> bytes:
        # A halted tag hears nothing but a new selection; the reader still knows the UID and keys.
        selecting = apdu[1:2] == b"\x00" and apdu[5:8] == b"\xd4\x4a\x01"
        if self.halted and not selecting and apdu[1:2] not in (b"\xca", b"\x82"):
            return FAILED
        return super().answer(apdu)

    def _needs_auth(self, page: int) -> bool:
        return page >= self.auth0 and not self.authenticated

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
        if page in (self.model.cfg0_page, self.model.cfg0_page + 1):
            return bool(self.access & CFGLCK)
        return False

    def read(self, address: int, length: int) -> bytes:
        if address >= self.model.pages or length > 16:
            return FAILED
        pages = [(address + i) % self.model.pages for i in range(4)]
        if self.access & PROT and any(self._needs_auth(page) for page in pages):
            return FAILED  # read protection: a NAK, and the tag halts
        # READ returns four pages and rolls over to page 0 past the end (data sheet 10.2).
        data = b"".join(self.page(page) for page in pages)
        return data[:length] + OK

    def page(self, page: int) -> bytes:
        if page in (self.model.pwd_page, self.model.pack_page):
            return bytes(4)  # PWD and PACK read as zeros
        return bytes(self.memory[page * 4 : page * 4 + 4])

    def update(self, address: int, data: bytes) -> bytes:
        if len(data) != 4 or address < 2 or address >= self.model.pages or self.is_locked(address):
            return FAILED
        if self._needs_auth(address):
            self.halted = True  # the NAK of a write to a protected page sends the tag to IDLE
            return FAILED
        old = self.memory[address * 4 : address * 4 + 4]
        if address == 2:  # only the lock bytes are writable, and their bits only ever get set
            data = bytes(old[0:2]) + bytes([old[2] | data[2], old[3] | data[3]])
        elif address == 3 or address == self.model.dynamic_lock_page:  # OTP / lock bits: OR in
            data = bytes(a | b for a, b in zip(old, data, strict=True))
        self.memory[address * 4 : address * 4 + 4] = data
        return OK

    def pass_through(self, frame: bytes) -> bytes:
        if frame == b"\xd4\x42" + bytes([GET_VERSION]):  # InCommunicateThru(GET_VERSION)
            version = bytes([0x00, 0x04, 0x04, 0x02, 0x01, 0x00, self.model.storage_size, 0x03])
            return b"\xd5\x43\x00" + version + OK
        if frame[:3] == b"\xd4\x42" + bytes([PWD_AUTH]) and len(frame) == 7:
            return self._pwd_auth(frame[3:7])
        if frame == b"\xd4\x4a\x01\x00":  # InListPassiveTarget, 106 kbps type A: select again
            self.halted = self.authenticated = False
            return b"\xd5\x4b\x01\x01\x00\x44\x00" + bytes([len(self.uid)]) + self.uid + OK
        return FAILED

    def _pwd_auth(self, pwd: bytes) -> bytes:
        limit = self.access & AUTHLIM
        pwd_page = self.model.pwd_page
        if (limit and self.auth_failures >= limit) or pwd != self.memory[pwd_page * 4 : pwd_page * 4 + 4]:
            self.auth_failures += 1 if not limit or self.auth_failures < limit else 0
            self.authenticated, self.halted = False, True
            return NAK + OK
        self.auth_failures, self.authenticated = 0, True
        pack_page = self.model.pack_page
        return b"\xd5\x43\x00" + bytes(self.memory[pack_page * 4 : pack_page * 4 + 2]) + OK
