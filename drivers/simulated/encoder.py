"""A simulated encoder with virtual cards, for demo, training and tests without a reader.

Virtual cards follow the same rules as real ones: Classic sectors open only with the right keys
(factory keys until the desk takes the card over), an NTAG the desk protected takes writes only
after its password, write-protected cards refuse writes, a card can leave the reader in the
middle of an operation. Keys are never stored: a sector remembers only a
SHA-256 fingerprint of its keys, so the optional JSON file holds no secret.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from frontdesk.domain.words import say
from frontdesk.services.cards.encoder import (
    CLASSIC_IMAGE_BLOCKS,
    CardKeys,
    CardKeysRequired,
    CardPresenceChanged,
    CardRemoved,
    CardRemovedWhileWriting,
    CardSwapped,
    CardType,
    CardVerifyFailed,
    CardWriteProtected,
    NoCardOnReader,
    NoReader,
    PresentedCard,
    VirtualCards,
    WriteReach,
    check_image,
    mark_reach,
)

CARDS_FILE_VARIABLE = "FRONTDESK_SIMULATED_CARDS"
DEFAULT_READER = "Simulated encoder"
CLASSIC_SECTORS = sorted({block // 4 for block in CLASSIC_IMAGE_BLOCKS})


def key_fingerprint(key_a: bytes, key_b: bytes) -> str:
    """What a virtual Classic sector remembers of its keys (never the keys themselves)."""
    return hashlib.sha256(b"frontdesk-simulated-card" + key_a + key_b).hexdigest()


def password_fingerprint(password: tuple[bytes, bytes]) -> str:
    """What a virtual NTAG remembers of its PWD and PACK (never the bytes themselves)."""
    return hashlib.sha256(b"frontdesk-simulated-ntag" + password[0] + password[1]).hexdigest()


@dataclass
class VirtualCard:
    """A card in the simulator's drawer: its image memory and, for Classic, who owns each sector."""

    uid: bytes
    card_type: CardType
    data: bytearray = field(default_factory=bytearray)
    sector_owners: dict[int, str] = field(default_factory=dict)  # sector -> key fingerprint; absent = factory
    sector_readers: dict[int, str] = field(default_factory=dict)  # sector -> fingerprint of key A alone
    write_protected: bool = False
    ntag_password: str | None = None  # fingerprint of the NTAG's PWD; None = the factory's
    ntag_protected: bool = False  # NTAG AUTH0 covers the image: writes need PWD_AUTH

    def __post_init__(self) -> None:
        if not self.data:
            self.data = bytearray(self.card_type.capacity)

    def to_json(self) -> dict[str, object]:
        return {
            "uid": self.uid.hex(),
            "type": self.card_type.value,
            "data": self.data.hex(),
            "sector_owners": {str(k): v for k, v in self.sector_owners.items()},
            "sector_readers": {str(k): v for k, v in self.sector_readers.items()},
            "write_protected": self.write_protected,
            "ntag_password": self.ntag_password,
            "ntag_protected": self.ntag_protected,
        }

    @classmethod
    def from_json(cls, saved: dict[str, object]) -> VirtualCard:
        owners = saved.get("sector_owners") or {}
        readers = saved.get("sector_readers") or {}
        assert isinstance(owners, dict) and isinstance(readers, dict)
        return cls(
            bytes.fromhex(str(saved["uid"])),
            CardType(saved["type"]),
            bytearray.fromhex(str(saved["data"])),
            {int(k): str(v) for k, v in owners.items()},
            {int(k): str(v) for k, v in readers.items()},
            bool(saved.get("write_protected")),
            None if saved.get("ntag_password") is None else str(saved["ntag_password"]),
            bool(saved.get("ntag_protected")),
        )


class SimulatedEncoder(VirtualCards):
    """Encoder over virtual cards. `place_card` and `remove_card` (the contract's optional
    `VirtualCards`) stand in for the person's hand."""

    def __init__(
        self,
        readers: tuple[str, ...] = (DEFAULT_READER,),
        cards_file: Path | None = None,
        step_delay: float = 0.0,
    ) -> None:
        self._readers = list(readers)
        env_file = os.environ.get(CARDS_FILE_VARIABLE)
        self._cards_file = cards_file or (Path(env_file) if env_file else None)
        self._cards: dict[bytes, VirtualCard] = {}
        self._on_reader: dict[str, bytes | None] = {name: None for name in readers}
        self._watcher: Callable[[CardPresenceChanged], None] | None = None
        self._step_delay = step_delay
        self.operations = 0  # card operations so far (one per block or page command)
        self._vanish_at: int | None = None
        self._reach = WriteReach.NOTHING  # how far the write under way got
        if self._cards_file is not None and self._cards_file.exists():
            for saved in json.loads(self._cards_file.read_text()):
                card = VirtualCard.from_json(saved)
                self._cards[card.uid] = card

    # --- the simulated hand --------------------------------------------------------------------

    def place_card(
        self,
        card_type: CardType = CardType.NTAG213,
        uid: bytes | None = None,
        reader: str | None = None,
        write_protected: bool = False,
    ) -> PresentedCard:
        """Put a card on a reader: the known card with this UID, or a new blank card."""
        reader = reader or self._readers[0]
        if uid is None or uid not in self._cards:
            uid = uid or (os.urandom(4) if card_type.is_classic else b"\x04" + os.urandom(6))
            virtual = VirtualCard(uid, card_type, write_protected=write_protected)
            if write_protected and card_type.is_classic:  # a card already owned by another system
                virtual.sector_owners = {sector: "another system" for sector in CLASSIC_SECTORS}
                virtual.sector_readers = dict(virtual.sector_owners)
            self._cards[uid] = virtual
            self._save()
        self._set_reader(reader, uid)
        return PresentedCard(reader, uid, self._cards[uid].card_type)

    def remove_card(self, reader: str | None = None) -> None:
        """Take the card off the reader."""
        self._set_reader(reader or self._readers[0], None)

    def remove_after(self, count: int) -> None:
        """Fault injection: the card leaves during the count-th operation from now (it takes effect)."""
        self._vanish_at = self.operations + count

    def forget_all(self) -> None:
        """Drop every virtual card (and the saved file's): a demo reset starts with blank cards."""
        self._cards.clear()
        self._on_reader = dict.fromkeys(self._on_reader)
        self._save()

    def card(self, uid: bytes) -> VirtualCard:
        return self._cards[uid]

    def _set_reader(self, reader: str, uid: bytes | None) -> None:
        before = self._on_reader[reader]
        self._on_reader[reader] = uid
        if self._watcher is not None and (before is None) != (uid is None):
            self._watcher(CardPresenceChanged(reader, uid is not None))

    def _save(self) -> None:
        if self._cards_file is not None:
            text = json.dumps([card.to_json() for card in self._cards.values()], indent=1)
            temporary = self._cards_file.with_suffix(".tmp")
            temporary.write_text(text)
            temporary.replace(self._cards_file)

    # --- Encoder -------------------------------------------------------------------------------

    async def readers(self) -> list[str]:
        return list(self._readers)

    async def wait_for_card(self, reader: str | None = None, timeout: float = 30.0) -> PresentedCard:
        if reader is not None and reader not in self._readers:
            raise NoReader(
                title=say("Card reader not found."), detail={"reader": reader, "readers": self._readers}
            )
        if not self._readers:
            raise NoReader()
        deadline = time.monotonic() + timeout
        while True:
            for name in [reader] if reader else self._readers:
                uid = self._on_reader[name]
                if uid is not None:
                    return PresentedCard(name, uid, self._cards[uid].card_type)
            if time.monotonic() >= deadline:
                raise NoCardOnReader(detail={"reader": reader, "timeout": timeout})
            await asyncio.sleep(0.02)

    async def write(self, card: PresentedCard, image: bytes, keys: CardKeys | None) -> None:
        check_image(card, image)
        self._reach = WriteReach.NOTHING
        try:
            virtual = await self._card_on(card)
            padded = image + bytes(-len(image) % (16 if card.card_type.is_classic else 4))
            unlocked = False
            if card.card_type.is_classic:
                await self._classic_write(card, virtual, padded, keys)
            else:
                unlocked = await self._ntag_unlock(card, virtual, keys)
                for offset in range(0, len(padded), 4):
                    if virtual.write_protected:
                        raise CardWriteProtected()
                    self._sending(valid_block=offset + 4 >= len(padded))  # the MAC's last page
                    virtual.data[offset : offset + 4] = padded[offset : offset + 4]
                    await self._step(card)
            self._save()
            proof = (keys.moving_to() or keys) if keys is not None else None
            if await self._read(card, virtual, proof, len(image), allow_factory=False) != image:
                raise CardVerifyFailed()
            if not card.card_type.is_classic and keys is not None:
                await self._ntag_protect(card, virtual, keys, unlocked)
        except CardRemoved as removed:
            self._save()
            raise mark_reach(CardRemovedWhileWriting(detail=removed.detail), self._reach) from None
        except Exception as error:
            mark_reach(error, self._reach)
            raise

    def _sending(self, valid_block: bool) -> None:
        self._reach = max(self._reach, WriteReach.WHOLE if valid_block else WriteReach.PART)

    async def read(
        self, card: PresentedCard, keys: CardKeys | None, length: int, *, with_key_a: bool = False
    ) -> bytes:
        virtual = await self._card_on(card)
        return await self._read(
            card, virtual, keys, length, allow_factory=not with_key_a, with_key_a=with_key_a
        )

    def watch(self, callback: Callable[[CardPresenceChanged], None] | None) -> None:
        """Events are reported synchronously by place_card/remove_card, on the caller's thread."""
        self._watcher = callback

    async def close(self) -> None:
        self._save()

    # --- the card's side -------------------------------------------------------------------------

    async def _step(self, card: PresentedCard) -> None:
        """One card operation has happened; the card may leave now (fault injection)."""
        self.operations += 1
        if self._step_delay:
            await asyncio.sleep(self._step_delay)
        if self._vanish_at is not None and self.operations >= self._vanish_at:
            self._vanish_at = None
            self._set_reader(card.reader, None)
        if self._on_reader.get(card.reader) != card.uid:
            raise CardRemoved(detail={"reader": card.reader})

    async def _card_on(self, card: PresentedCard) -> VirtualCard:
        uid = self._on_reader.get(card.reader)
        if uid is None:
            raise CardRemoved(detail={"reader": card.reader})
        await self._step(card)  # reading the UID
        if uid != card.uid:
            raise CardSwapped(detail={"reader": card.reader})
        return self._cards[uid]

    async def _open_sector(
        self, card: PresentedCard, virtual: VirtualCard, sector: int, keys: CardKeys, allow_factory: bool
    ) -> bool:
        """True when the sector is still on factory keys (and allow_factory let us in)."""
        owner = virtual.sector_owners.get(sector)
        await self._step(card)
        if owner is not None and owner == key_fingerprint(*keys.sector_keys(virtual.uid, sector)):
            return False
        if owner is None and allow_factory:
            await self._step(card)
            return True
        raise CardWriteProtected(detail={"sector": sector})

    async def _ntag_unlock(self, card: PresentedCard, virtual: VirtualCard, keys: CardKeys | None) -> bool:
        """Read the configuration; on a protected card PWD_AUTH (a wrong password writes nothing)."""
        await self._step(card)
        if not virtual.ntag_protected:
            return False
        await self._step(card)
        if keys is None or virtual.ntag_password != password_fingerprint(keys.ntag_password(virtual.uid)):
            raise CardWriteProtected(detail={"ntag": "password refused"})
        return True

    async def _ntag_protect(
        self, card: PresentedCard, virtual: VirtualCard, keys: CardKeys, unlocked: bool
    ) -> None:
        """As the PC/SC driver: PWD and PACK (unless already this password), then AUTH0 last."""
        target = keys.moving_to() or keys
        wrote = False
        if not unlocked or target is not keys:
            virtual.ntag_password = password_fingerprint(target.ntag_password(virtual.uid))
            self._save()
            await self._step(card)  # PWD
            await self._step(card)  # PACK
            wrote = True
        if not virtual.ntag_protected:
            virtual.ntag_protected = True
            self._save()
            await self._step(card)  # AUTH0
            wrote = True
        if wrote:
            await self._step(card)  # the configuration read back

    async def _classic_write(
        self, card: PresentedCard, virtual: VirtualCard, padded: bytes, keys: CardKeys | None
    ) -> None:
        if keys is None:
            raise CardKeysRequired()
        blocks = CLASSIC_IMAGE_BLOCKS[: len(padded) // 16]
        last = len(blocks) - 1  # the block holding the MAC: written last, after every trailer
        target = keys.moving_to() or keys  # an older version's chip moves to the current keys
        for sector in sorted({block // 4 for block in blocks}):
            owner = virtual.sector_owners.get(sector)
            if target is not keys and owner == key_fingerprint(*target.sector_keys(virtual.uid, sector)):
                await self._step(card)  # opened with the current keys: this sector moved already
                rekey = False
            else:
                blank = await self._open_sector(card, virtual, sector, keys, allow_factory=True)
                rekey = blank or target is not keys
            for index, block in enumerate(blocks):
                if block // 4 == sector and index != last:
                    self._sending(valid_block=False)
                    virtual.data[index * 16 : index * 16 + 16] = padded[index * 16 : index * 16 + 16]
                    await self._step(card)
            if rekey:
                self._sending(valid_block=False)
                key_a, key_b = target.sector_keys(virtual.uid, sector)
                virtual.sector_owners[sector] = key_fingerprint(key_a, key_b)
                virtual.sector_readers[sector] = key_fingerprint(key_a, b"")
                await self._step(card)
        await self._open_sector(card, virtual, blocks[last] // 4, target, allow_factory=False)
        self._sending(valid_block=True)
        virtual.data[last * 16 : last * 16 + 16] = padded[last * 16 : last * 16 + 16]
        await self._step(card)

    async def _read(
        self,
        card: PresentedCard,
        virtual: VirtualCard,
        keys: CardKeys | None,
        length: int,
        allow_factory: bool,
        with_key_a: bool = False,
    ) -> bytes:
        if card.card_type.is_classic:
            if keys is None:
                raise CardKeysRequired()
            blocks = CLASSIC_IMAGE_BLOCKS[: -(-length // 16)]
            for sector in sorted({block // 4 for block in blocks}):
                if with_key_a:  # as a lock reads: key A only
                    await self._step(card)
                    key_a = keys.sector_keys(virtual.uid, sector)[0]
                    if virtual.sector_readers.get(sector) != key_fingerprint(key_a, b""):
                        raise CardWriteProtected(detail={"sector": sector})
                else:
                    await self._open_sector(card, virtual, sector, keys, allow_factory)
                for _ in [block for block in blocks if block // 4 == sector]:
                    await self._step(card)
        else:
            for _ in range(0, length, 16):
                await self._step(card)
        return bytes(virtual.data[:length])
