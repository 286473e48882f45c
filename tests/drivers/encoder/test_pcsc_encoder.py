"""PC/SC driver behaviour beyond the contract: card identification, service and library missing,
one device thread, and never resetting cards."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import pytest

import drivers.pcsc.encoder as pcsc_encoder
from drivers.pcsc import PcscEncoder
from frontdesk.services.cards.encoder import CardType, UnsupportedCard
from tests.cardemu.control import PROJECT_ROOT
from tests.drivers.encoder.conftest import IMAGE, KEYS

pytestmark = [pytest.mark.pcsc, pytest.mark.timeout(120)]


@pytest.mark.parametrize(
    ("kind", "card_type"), [("ntag215", CardType.NTAG215), ("ntag216", CardType.NTAG216)]
)
async def test_larger_ntag_cards_are_told_apart_and_encoded(card_emulator, kind, card_type) -> None:
    card_emulator(kind)
    encoder = PcscEncoder()
    try:
        card = await encoder.wait_for_card("Virtual PCD 00 00", timeout=5)
        await encoder.write(card, IMAGE, None)
        assert card.card_type is card_type
        assert await encoder.read(card, None, len(IMAGE)) == IMAGE
    finally:
        await encoder.close()


async def test_an_unsupported_card_is_named_as_such(card_emulator) -> None:
    classic_4k_atr = "3b8f8001804f0ca000000306030002000000006a"
    card_emulator("classic1k", atr=classic_4k_atr)
    encoder = PcscEncoder()
    try:
        with pytest.raises(UnsupportedCard) as refused:
            await encoder.wait_for_card("Virtual PCD 00 00", timeout=5)
    finally:
        await encoder.close()
    assert refused.value.status == 400 and refused.value.title == "This card type is not supported."


async def test_every_pyscard_call_runs_on_the_device_thread(card_emulator, monkeypatch) -> None:
    card_emulator("classic1k")
    threads: set[str] = set()
    real = pcsc_encoder.scard

    class Recorder:
        def __getattr__(self, name: str) -> object:
            value = getattr(real, name)
            if not callable(value):
                return value

            def call(*args: object) -> object:
                threads.add(threading.current_thread().name)
                return value(*args)

            return call

    monkeypatch.setattr(pcsc_encoder, "scard", Recorder())
    encoder = PcscEncoder()
    card = await encoder.wait_for_card("Virtual PCD 00 00", timeout=5)
    await encoder.write(card, IMAGE, KEYS)
    await encoder.read(card, KEYS, 16)
    await encoder.close()

    assert threads == {"pcsc-encoder"}


async def test_encoding_resets_neither_this_card_nor_the_one_on_the_other_reader(card_emulator) -> None:
    ours = card_emulator("classic1k")
    neighbour = card_emulator("ntag213", reader="Virtual PCD 00 01")
    encoder = PcscEncoder()
    try:
        card = await encoder.wait_for_card("Virtual PCD 00 00", timeout=5)
        ours_before, neighbour_before = ours.status()["power_events"], neighbour.status()["power_events"]
        await encoder.write(card, IMAGE, KEYS)
        await encoder.read(card, KEYS, len(IMAGE))
        await encoder.readers()
    finally:
        await encoder.close()
    assert ours.status()["power_events"] == ours_before
    assert neighbour.status()["power_events"] == neighbour_before
    assert neighbour.status()["apdus"] == 0


def _run_python(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **env},
    )


def test_without_pcscd_the_reader_service_is_reported_unavailable(pcscd) -> None:
    code = (
        "import asyncio\n"
        "from drivers.pcsc import create\n"
        "from frontdesk.domain.errors import FrontDeskError\n"
        "encoder = create()\n"
        "try:\n"
        "    asyncio.run(encoder.readers())\n"
        "except FrontDeskError as error:\n"
        "    print(error.status, error.title)\n"
    )
    done = _run_python(code, PCSCLITE_CSOCK_NAME="/tmp/no-pcscd-here.comm")
    assert done.stdout.strip() == "503 Card reader service not available.", done.stderr


def test_without_pyscard_the_driver_is_unavailable_instead_of_crashing() -> None:
    code = (
        "import sys\n"
        "sys.modules['smartcard'] = None\n"
        "import drivers.pcsc as pcsc\n"
        "from frontdesk.domain.errors import FrontDeskError\n"
        "print(pcsc.available().ok)\n"
        "print(pcsc.available().reason)\n"
        "try:\n"
        "    pcsc.create()\n"
        "except FrontDeskError as error:\n"
        "    print(error.status, error.title)\n"
    )
    done = _run_python(code)
    assert done.stdout.splitlines() == [
        "False",
        "pyscard 2.3.1 is not installed",  # the missing library and the version needed
        "503 Card reader service not available.",
    ], done.stderr
