"""Rigs for the card service tests: the desk on a real SQLite file and the real keyring, with either
the simulated encoder or the PC/SC encoder through pcscd + vpcd + the card emulator, and a hand
that puts cards on the reader, takes them off and pulls them away in the middle of a command."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from frontdesk.services.cards.encoder import CLASSIC_IMAGE_BLOCKS, CardType, PresentedCard
from frontdesk.services.cards.views import EncodedCard, TapResult
from frontdesk.services.drivers import ENCODERS, create_driver
from tests.cardemu.control import CardEmulator
from tests.pcsc_fixtures import card_emulator, pcscd  # noqa: F401  (fixtures)

EMULATOR_KIND = {CardType.MIFARE_CLASSIC_1K: "classic1k", CardType.NTAG213: "ntag213"}
READER = "Virtual PCD 00 00"


class Prompter:
    """What the person at the desk is told; `on_put_back` plays the person putting the card back."""

    def __init__(self, on_put_back: Callable[[], None] | None = None) -> None:
        self.said: list[str] = []
        self.on_put_back = on_put_back

    def place_card(self, reader: str | None) -> None:
        self.said.append("place")

    def put_card_back(self, card: PresentedCard) -> None:
        self.said.append("put back")
        if self.on_put_back is not None:
            self.on_put_back()

    def card_ready(self, card: PresentedCard) -> None:
        self.said.append("ready")


class RecordingEncoder:
    """Passes everything to the real encoder and keeps the images it was asked to write."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.images: list[bytes] = []

    async def write(self, card: PresentedCard, image: bytes, keys: Any) -> None:
        self.images.append(image)
        await self.inner.write(card, image, keys)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


class SimulatedHand:
    """Virtual cards on the simulated encoder's reader."""

    driver = "simulated"

    def __init__(self, card_type: CardType) -> None:
        self.card_type = card_type
        self.encoder: Any = create_driver(ENCODERS, "simulated")
        self.reader = "Simulated encoder"
        self.uids: dict[str, bytes] = {}
        self.current: str | None = None

    def new_card(self, name: str) -> None:
        self.remove()
        self.uids[name] = self.encoder.place_card(self.card_type).uid
        self.current = name

    def place(self, name: str) -> None:
        self.remove()
        self.encoder.place_card(self.card_type, uid=self.uids[name])
        self.current = name

    def remove(self) -> None:
        self.encoder.remove_card()

    def put_back(self) -> None:
        assert self.current is not None
        self.place(self.current)

    def blank_again(self) -> None:
        """The card on the reader becomes factory-fresh (same UID) and lies on the reader."""
        assert self.current is not None
        self.remove()
        self.encoder._cards.pop(self.uids[self.current])
        self.encoder.place_card(self.card_type, uid=self.uids[self.current])

    def vanish_after(self, count: int) -> None:
        self.encoder.remove_after(count)

    def operations(self) -> int:
        return int(self.encoder.operations)

    def stored_image(self) -> bytes:
        assert self.current is not None
        return bytes(self.encoder.card(self.uids[self.current]).data[:144])

    def uid(self, name: str) -> bytes:
        return self.uids[name]

    def sectors_on_factory_keys(self) -> list[int]:
        """Classic: the image's sectors whose trailer still holds the factory keys."""
        assert self.current is not None
        owners = self.encoder.card(self.uids[self.current]).sector_owners
        return [sector for sector in (1, 2, 3) if sector not in owners]

    def close(self) -> None:
        pass


class PcscHand:
    """Emulated cards on vpcd's first reader; each card keeps its memory in its own file."""

    driver = "pcsc"

    def __init__(self, card_type: CardType, start: Callable[..., CardEmulator], folder: Path) -> None:
        self.card_type = card_type
        self.start, self.folder = start, folder
        self.encoder: Any = create_driver(ENCODERS, "pcsc")
        self.reader = READER
        self.uids: dict[str, bytes] = {}
        self.emulator: CardEmulator | None = None
        self.current: str | None = None

    def _start(self, name: str) -> None:
        self.remove()
        self.emulator = self.start(
            EMULATOR_KIND[self.card_type],
            reader=READER,
            memory=self.folder / f"card-{name}.json",
            uid=self.uids[name].hex(),
        )
        self.current = name

    def new_card(self, name: str) -> None:
        self.uids[name] = os.urandom(4) if self.card_type.is_classic else b"\x04" + os.urandom(6)
        self._start(name)

    def place(self, name: str) -> None:
        self._start(name)

    def remove(self) -> None:
        if self.emulator is not None:
            self.emulator.stop()
            self.emulator = None

    def put_back(self) -> None:
        assert self.emulator is not None
        if not self.emulator.status()["present"]:
            self.emulator.wait_gone()
            self.emulator.present()

    def blank_again(self) -> None:
        assert self.emulator is not None
        self.emulator.replace_with_blank()

    def vanish_after(self, count: int) -> None:
        assert self.emulator is not None
        self.emulator.vanish_after(count)

    def operations(self) -> int:
        assert self.emulator is not None
        return self.emulator.apdus()

    def stored_image(self) -> bytes:
        assert self.emulator is not None
        memory = self.emulator.memory_dump()
        if self.card_type.is_classic:
            return b"".join(memory[b * 16 : b * 16 + 16] for b in CLASSIC_IMAGE_BLOCKS)[:144]
        return memory[16 : 16 + 144]

    def uid(self, name: str) -> bytes:
        return self.uids[name]

    def sectors_on_factory_keys(self) -> list[int]:
        """Classic: the image's sectors whose trailer still holds the factory keys."""
        assert self.emulator is not None
        memory = self.emulator.memory_dump()
        return [s for s in (1, 2, 3) if memory[(s * 4 + 3) * 16 : (s * 4 + 3) * 16 + 6] == b"\xff" * 6]

    def close(self) -> None:
        self.remove()


Hand = SimulatedHand | PcscHand

RIGS = [
    pytest.param(("simulated", CardType.MIFARE_CLASSIC_1K), id="simulated-classic1k"),
    pytest.param(("simulated", CardType.NTAG213), id="simulated-ntag213"),
    pytest.param(("pcsc", CardType.MIFARE_CLASSIC_1K), id="pcsc-classic1k", marks=pytest.mark.pcsc),
    pytest.param(("pcsc", CardType.NTAG213), id="pcsc-ntag213", marks=pytest.mark.pcsc),
]
SIMULATED_RIGS = RIGS[:2]


def make_hand(request: pytest.FixtureRequest, driver: str, card_type: CardType) -> Hand:
    if driver == "simulated":
        return SimulatedHand(card_type)
    start = request.getfixturevalue("card_emulator")
    return PcscHand(card_type, start, request.getfixturevalue("tmp_path"))


@dataclass
class Desk:
    """The app with a hand at its encoder, and short ways to encode and tap."""

    app: Any
    hand: Hand
    timeout: float = 5.0
    prompts: list[str] = field(default_factory=list)

    async def encode(self, grant_id: str, card: str, *, new: bool = True) -> EncodedCard:
        if new:
            self.hand.new_card(card)
        else:
            self.hand.place(card)
        prompter = Prompter()
        result = await self.app.cards.encode(
            grant_id, prompter, reader=self.hand.reader, timeout=self.timeout
        )
        self.prompts += prompter.said
        return result

    async def tap(self, card: str, entrance_id: str, when: Any) -> TapResult:
        self.hand.place(card)
        return await self.app.doors.tap(entrance_id, reader=self.hand.reader, at=when, timeout=self.timeout)

    async def read(self, card: str) -> Any:  # a ValidCardReading or a RefusedCardReading
        self.hand.place(card)
        return await self.app.cards.read(reader=self.hand.reader, timeout=self.timeout)


async def _desk(request: pytest.FixtureRequest, app: Any) -> AsyncIterator[Desk]:
    driver, card_type = request.param
    hand = make_hand(request, driver, card_type)
    app.cards.use_encoder(hand.encoder)
    try:
        yield Desk(app, hand)
    finally:
        await app.cards.close()
        hand.close()


@pytest.fixture(params=RIGS)
async def desk(request: pytest.FixtureRequest, app: Any, secret_service: Any) -> AsyncIterator[Desk]:
    """The desk with each encoder driver and card type, and the real Secret Service keyring."""
    async for made in _desk(request, app):
        yield made


@pytest.fixture(params=SIMULATED_RIGS)
async def simulated_desk(
    request: pytest.FixtureRequest, app: Any, secret_service: Any
) -> AsyncIterator[Desk]:
    """The desk with the simulated encoder (both card types)."""
    async for made in _desk(request, app):
        yield made
