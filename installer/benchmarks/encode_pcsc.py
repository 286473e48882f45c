"""Benchmark: encoding key cards through pcscd, per card type, beside a bare replay of the same APDUs.

Needs pcscd running with vsmartcard-vpcd (the card emulator plays the card on 'Virtual PCD 00 00').
Run from the project root:

    .venv/bin/python -m installer.benchmarks.encode_pcsc --cards 10

Prints a markdown table. "encode" is PcscEncoder.write (connect, transaction, UID check, write,
read back and compare, disconnect) on a blank card; "re-encode" writes a card the desk already
owns; "bare replay" sends the same APDUs over one open connection with nothing else around them.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import statistics
import time

from drivers.pcsc import PcscEncoder
from drivers.pcsc import encoder as pcsc_encoder
from tests.cardemu.control import CardEmulator

READER = "Virtual PCD 00 00"
KINDS = ("classic1k", "ntag213", "ntag215", "ntag216")


class BenchmarkKeys:
    def sector_keys(self, uid: bytes, sector: int) -> tuple[bytes, bytes]:
        return bytes([sector]) * 6, bytes([0x80 | sector]) * 6

    def trailer_access_bits(self) -> bytes:
        return bytes.fromhex("78778869")


def record_apdus(sent: list[bytes]) -> object:
    """Wrap pyscard's SCardTransmit in the driver module to keep the APDUs it sends."""
    real = pcsc_encoder.scard

    class Recorder:
        def __getattr__(self, name: str) -> object:
            if name == "SCardTransmit":

                def transmit(handle: object, protocol: int, apdu: list[int]) -> object:
                    sent.append(bytes(apdu))
                    return real.SCardTransmit(handle, protocol, apdu)

                return transmit
            return getattr(real, name)

    return Recorder()


def bare_replay(apdus: list[bytes]) -> float:
    """Seconds to send the APDUs over one connection with raw pyscard."""
    scard = pcsc_encoder.scard
    _, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    _, handle, protocol = scard.SCardConnect(
        context, READER, scard.SCARD_SHARE_SHARED, scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1
    )
    started = time.perf_counter()
    for apdu in apdus:
        scard.SCardTransmit(handle, protocol, list(apdu))
    elapsed = time.perf_counter() - started
    scard.SCardDisconnect(handle, scard.SCARD_LEAVE_CARD)
    scard.SCardReleaseContext(context)
    return elapsed


async def measure(kind: str, cards: int) -> list[tuple[str, str, float, int]]:
    keys = BenchmarkKeys()
    image = os.urandom(144)
    encode, reencode, replay = [], [], []
    commands: dict[str, int] = {}
    emulator = CardEmulator(kind)
    encoder = PcscEncoder()
    try:
        for _ in range(cards):
            emulator.replace_with_blank()
            card = await encoder.wait_for_card(READER, timeout=10)
            sent: list[bytes] = []
            real, pcsc_encoder.scard = pcsc_encoder.scard, record_apdus(sent)
            try:
                started = time.perf_counter()
                await encoder.write(card, image, keys)
                encode.append(time.perf_counter() - started)
            finally:
                pcsc_encoder.scard = real
            commands["encode"] = len(sent)
            before = emulator.apdus()
            started = time.perf_counter()
            await encoder.write(card, image, keys)
            reencode.append(time.perf_counter() - started)
            commands["re-encode"] = emulator.apdus() - before
            emulator.replace_with_blank()
            await encoder.wait_for_card(READER, timeout=10)
            replay.append(bare_replay(sent))
    finally:
        await encoder.close()
        emulator.stop()
    return [
        (kind, "encode (blank card)", statistics.median(encode), commands["encode"]),
        (kind, "re-encode (owned card)", statistics.median(reencode), commands["re-encode"]),
        (kind, "bare replay of the encode APDUs", statistics.median(replay), commands["encode"]),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=10, help="cards per card type (median reported)")
    parser.add_argument("--kinds", nargs="*", default=list(KINDS), choices=KINDS)
    arguments = parser.parse_args()
    rows = [row for kind in arguments.kinds for row in asyncio.run(measure(kind, arguments.cards))]
    print(
        f"Encoding through pcscd + vpcd + card emulator, {arguments.cards} cards per type, "
        f"144-byte image, median ({platform.python_implementation()} {platform.python_version()}, "
        f"{platform.machine()}).\n"
    )
    print("| card | operation | ms per card | commands per card | ms per command |")
    print("|---|---|---:|---:|---:|")
    for kind, operation, seconds, count in rows:
        print(f"| {kind} | {operation} | {seconds * 1000:.2f} | {count} | {seconds * 1000 / count:.3f} |")
    print(
        "\nRepeat: `.venv/bin/python -m installer.benchmarks.encode_pcsc --cards "
        f"{arguments.cards}` (pcscd with vsmartcard-vpcd running)."
    )


if __name__ == "__main__":
    main()
