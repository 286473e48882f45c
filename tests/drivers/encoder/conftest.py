"""Rigs for the encoder contract suite: one encoder plus a hand that puts cards on its reader and
a way to look inside the card without going through the driver.

The suite runs over every driver of the ``frontdesk.encoders`` entry point group, made through the
entry point as the desk makes it; a driver installed without a rig here fails the suite.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import AsyncIterator
from importlib.metadata import entry_points
from typing import Any

import pytest

from drivers.simulated.encoder import key_fingerprint
from frontdesk.services.cards.encoder import CLASSIC_IMAGE_BLOCKS, CardType, Encoder
from frontdesk.services.drivers import ENCODERS, create_driver
from tests.cardemu.control import CardEmulator
from tests.pcsc_fixtures import card_emulator, pcscd  # noqa: F401  (fixtures)

IMAGE = hashlib.sha256(b"contract image").digest() * 4 + hashlib.sha256(b"tail").digest()[:16]  # 144 bytes
CLASSIC_SECTORS = sorted({block // 4 for block in CLASSIC_IMAGE_BLOCKS})
FACTORY_KEY = b"\xff" * 6


class KeysForTests:
    """Stand-in for the property's key derivation: per card, per sector, per property."""

    def __init__(self, secret: bytes = b"test property") -> None:
        self.secret = secret

    def sector_keys(self, uid: bytes, sector: int) -> tuple[bytes, bytes]:
        digest = hashlib.sha256(self.secret + uid + bytes([sector])).digest()
        return digest[:6], digest[6:12]

    def ntag_password(self, uid: bytes) -> tuple[bytes, bytes]:
        digest = hashlib.sha256(b"ntag" + self.secret + uid).digest()
        return digest[:4], digest[4:6]

    def trailer_access_bits(self) -> bytes:
        return bytes.fromhex("78778869")  # data: read A|B, write B; trailer: B writes keys and bits

    def moving_to(self) -> None:
        return None  # one key version only


KEYS = KeysForTests()


class SimulatedRig:
    """The simulated encoder with one virtual card."""

    def __init__(self, card_type: CardType) -> None:
        self.card_type = card_type
        self.encoder: Any = create_driver(ENCODERS, "simulated")
        self.reader = "Simulated encoder"
        self.uid = self.encoder.place_card(card_type).uid

    def operations(self) -> int:
        return int(self.encoder.operations)

    def vanish_after(self, count: int) -> None:
        self.encoder.remove_after(count)

    def replace_with_blank(self) -> None:
        self.encoder.remove_card()
        self.encoder._cards.pop(self.uid)
        self.encoder.place_card(self.card_type, uid=self.uid)

    def make_write_protected(self) -> None:
        self.encoder.remove_card()
        self.encoder._cards.pop(self.uid)
        self.encoder.place_card(self.card_type, uid=self.uid, write_protected=True)

    def remove(self) -> None:
        self.encoder.remove_card()

    def put_back(self) -> None:
        self.encoder.place_card(self.card_type, uid=self.uid)

    def stored_image(self, length: int) -> bytes:
        return bytes(self.encoder.card(self.uid).data[:length])

    def sector_keys(self, sector: int) -> str | None:
        """A fingerprint of the keys that open the sector (None: still the factory key)."""
        return self.encoder.card(self.uid).sector_owners.get(sector)

    def expected_sector_keys(self, sector: int) -> str | None:
        return key_fingerprint(*KEYS.sector_keys(self.uid, sector))


class PcscRig:
    """The PC/SC encoder through pcscd and vpcd, with the card emulator on 'Virtual PCD 00 00'."""

    def __init__(self, emulator: CardEmulator, card_type: CardType) -> None:
        self.emulator, self.card_type = emulator, card_type
        self.encoder: Any = create_driver(ENCODERS, "pcsc")
        self.reader = emulator.reader
        self.uid = bytes.fromhex(emulator.status()["uid"])

    def operations(self) -> int:
        return self.emulator.apdus()

    def vanish_after(self, count: int) -> None:
        self.emulator.vanish_after(count)

    def replace_with_blank(self) -> None:
        self.emulator.replace_with_blank()

    def make_write_protected(self) -> None:
        self.emulator.remove()
        self.emulator.command("blank")
        self.emulator.write_protect()
        self.emulator.present()

    def remove(self) -> None:
        self.emulator.remove()

    def put_back(self) -> None:
        if self.emulator.status()["present"]:
            return
        self.emulator.wait_gone()
        self.emulator.present()

    def stored_image(self, length: int) -> bytes:
        memory = self.emulator.memory_dump()
        if self.card_type.is_classic:
            data = b"".join(memory[block * 16 : block * 16 + 16] for block in CLASSIC_IMAGE_BLOCKS)
        else:
            data = memory[16:]
        return data[:length]

    def sector_keys(self, sector: int) -> str | None:
        trailer = self.emulator.memory_dump()[sector * 64 + 48 : sector * 64 + 64]
        if trailer[:6] == FACTORY_KEY or trailer[10:] == FACTORY_KEY:
            return None
        return (trailer[:6] + trailer[10:]).hex()

    def expected_sector_keys(self, sector: int) -> str | None:
        key_a, key_b = KEYS.sector_keys(self.uid, sector)
        return (key_a + key_b).hex()


EMULATOR_KIND = {CardType.MIFARE_CLASSIC_1K: "classic1k", CardType.NTAG213: "ntag213"}
DRIVER_MARKS = {"pcsc": (pytest.mark.pcsc,)}  # needs the one virtual reader (pcscd + vpcd)


def _rig_params() -> list[Any]:
    """(driver, card type) for every encoder entry point and each card type the suite writes."""
    return [
        pytest.param((ep.name, card_type), id=f"{ep.name}-{kind}", marks=DRIVER_MARKS.get(ep.name, ()))
        for ep in sorted(entry_points(group=ENCODERS), key=lambda e: e.name)
        for card_type, kind in EMULATOR_KIND.items()
    ]


RIGS = _rig_params()
CLASSIC_RIGS = [param for param in RIGS if param.values[0][1] is CardType.MIFARE_CLASSIC_1K]
NTAG_RIGS = [param for param in RIGS if param.values[0][1] is CardType.NTAG213]


@pytest.fixture(params=RIGS)
async def rig(request: pytest.FixtureRequest) -> AsyncIterator[SimulatedRig | PcscRig]:
    """A blank card on the reader of each encoder driver."""
    async for made in _rig(request):
        yield made


@pytest.fixture(params=CLASSIC_RIGS)
async def classic_rig(request: pytest.FixtureRequest) -> AsyncIterator[SimulatedRig | PcscRig]:
    """A blank MIFARE Classic 1K card on the reader of each encoder driver."""
    async for made in _rig(request):
        yield made


@pytest.fixture(params=NTAG_RIGS)
async def ntag_rig(request: pytest.FixtureRequest) -> AsyncIterator[SimulatedRig | PcscRig]:
    """A blank NTAG213 on the reader of each encoder driver."""
    async for made in _rig(request):
        yield made


async def _rig(request: pytest.FixtureRequest) -> AsyncIterator[SimulatedRig | PcscRig]:
    driver, card_type = request.param
    made: SimulatedRig | PcscRig
    if driver == "simulated":
        made = SimulatedRig(card_type)
    elif driver == "pcsc":
        start = request.getfixturevalue("card_emulator")
        made = PcscRig(
            start(EMULATOR_KIND[card_type], uid=os.urandom(4 if card_type.is_classic else 7).hex()), card_type
        )
    else:
        pytest.fail(f"No contract rig for the encoder driver '{driver}': add one to {__file__}.")
    try:
        yield made
    finally:
        encoder: Encoder = made.encoder
        await encoder.close()
