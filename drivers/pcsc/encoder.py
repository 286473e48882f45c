"""The PC/SC encoder: a contactless desktop reader driven through pcscd with pyscard.

Every pyscard call runs on one device thread. Each operation connects in shared mode, holds a
PC/SC transaction while it talks to the card, and disconnects with SCARD_LEAVE_CARD, so neither
this card nor a card on another reader is ever reset or power-cycled by the desk.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from drivers.pcsc import part3, storage
from drivers.pcsc.device import DeviceThread
from frontdesk.domain.words import say
from frontdesk.services.cards.encoder import (
    CardKeys,
    CardPresenceChanged,
    CardRemoved,
    CardRemovedWhileWriting,
    CardSwapped,
    NoCardOnReader,
    NoReader,
    PresentedCard,
    ReaderBusy,
    ReaderServiceUnavailable,
    check_image,
    mark_reach,
)
from frontdesk.services.drivers import Availability, library_availability

try:  # a missing pyscard makes the driver unavailable, not the program crash
    from smartcard import scard
except ImportError:  # pragma: no cover - exercised by a subprocess test
    scard = None

PNP_READER = "\\\\?PnP?\\Notification"  # pcsc-lite's pseudo reader that changes when readers come and go
WAIT_SLICE_MS = 200  # how long one SCardGetStatusChange may block the device thread


PYSCARD = "pyscard"
PYSCARD_VERSION = "2.3.1"  # the version the desk is built and tested with (pyproject.toml)


def available() -> Availability:
    """Whether pyscard can be imported, at the version needed; the reason names the missing library
    and version. pcscd itself is checked when the reader is first used."""
    if scard is None:
        return Availability(False, f"{PYSCARD} {PYSCARD_VERSION} is not installed")
    return library_availability(PYSCARD, PYSCARD_VERSION)


class PcscEncoder:
    """Encoder over pcscd for readers that speak PC/SC Part 3 storage-card commands (ACR122U-like)."""

    def __init__(self, *, watch_interval: float = 0.1) -> None:
        if scard is None:
            raise ReaderServiceUnavailable(detail={"missing": "pyscard"})
        self._device = DeviceThread("pcsc-encoder")
        self._context: Any = None
        self._watch_interval_ms = int(watch_interval * 1000)
        self._watcher: Callable[[CardPresenceChanged], None] | None = None
        self._watch_states: dict[str, int] = {}
        self._closed = False

    # --- async API (runs on the caller's loop; the work runs on the device thread) ----------------

    async def readers(self) -> list[str]:
        return await self._device.call(self._list_readers)

    async def wait_for_card(self, reader: str | None = None, timeout: float = 30.0) -> PresentedCard:
        stop = threading.Event()
        try:
            return await self._device.call(self._wait_for_card, reader, timeout, stop)
        except asyncio.CancelledError:
            stop.set()  # the job notices within one wait slice
            raise

    async def write(self, card: PresentedCard, image: bytes, keys: CardKeys | None) -> None:
        check_image(card, image)
        await self._device.call(self._write, card, image, keys)

    async def read(
        self, card: PresentedCard, keys: CardKeys | None, length: int, *, with_key_a: bool = False
    ) -> bytes:
        return await self._device.call(self._read, card, keys, length, with_key_a)

    def watch(self, callback: Callable[[CardPresenceChanged], None] | None) -> None:
        self._watcher = callback
        self._watch_states = {}
        self._device.set_idle(self._poll_presence if callback is not None else None)

    async def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._watcher = None
        self._device.set_idle(None)
        await self._device.call(self._release_context)
        self._device.stop()

    # --- device thread ------------------------------------------------------------------------

    def _ctx(self) -> Any:
        if self._context is None:
            result, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
            if result != scard.SCARD_S_SUCCESS:
                raise ReaderServiceUnavailable(detail={"pcsc": hex(result & 0xFFFFFFFF)})
            self._context = context
        return self._context

    def _service_lost(self, result: int) -> bool:
        """pcscd went away (restarted or stopped): forget the context so the next call retries."""
        lost = {scard.SCARD_E_NO_SERVICE, scard.SCARD_E_SERVICE_STOPPED, scard.SCARD_E_INVALID_HANDLE}
        if result in lost:
            self._context = None
            return True
        return False

    def _release_context(self) -> None:
        if self._context is not None:
            scard.SCardReleaseContext(self._context)
            self._context = None

    def _list_readers(self) -> list[str]:
        result, readers = scard.SCardListReaders(self._ctx(), [])
        if result == scard.SCARD_E_NO_READERS_AVAILABLE:
            return []
        if result != scard.SCARD_S_SUCCESS:
            if self._service_lost(result):
                raise ReaderServiceUnavailable(detail={"pcsc": hex(result & 0xFFFFFFFF)})
            return []
        return list(readers)

    def _wait_for_card(self, reader: str | None, timeout: float, stop: threading.Event) -> PresentedCard:
        readers = self._list_readers()
        if reader is not None and reader not in readers:
            raise NoReader(title=say("Card reader not found."), detail={"reader": reader, "readers": readers})
        if not readers:
            raise NoReader()
        targets = [reader] if reader is not None else readers
        states = [(name, scard.SCARD_STATE_UNAWARE) for name in targets]
        deadline = time.monotonic() + timeout
        while not stop.is_set():
            left_ms = int((deadline - time.monotonic()) * 1000)
            result, changes = scard.SCardGetStatusChange(
                self._ctx(), max(0, min(WAIT_SLICE_MS, left_ms)), states
            )
            if result == scard.SCARD_S_SUCCESS:
                states = []
                for name, state, _ in changes:
                    if state & (scard.SCARD_STATE_UNKNOWN | scard.SCARD_STATE_IGNORE):
                        raise NoReader(title=say("Card reader not found."), detail={"reader": name})
                    if state & scard.SCARD_STATE_PRESENT and not state & scard.SCARD_STATE_MUTE:
                        card = self._identify(name)
                        if card is not None:
                            return card
                        # pcscd still reports the card that just left, or the new one is not
                        # powered yet: look again shortly instead of waiting for the next change.
                        time.sleep(0.05)
                        state = scard.SCARD_STATE_UNAWARE
                    states.append((name, state & ~scard.SCARD_STATE_CHANGED))
            elif result != scard.SCARD_E_TIMEOUT:
                if self._service_lost(result):
                    raise ReaderServiceUnavailable(detail={"pcsc": hex(result & 0xFFFFFFFF)})
                raise NoReader(detail={"pcsc": hex(result & 0xFFFFFFFF)})
            if time.monotonic() >= deadline:
                raise NoCardOnReader(detail={"reader": reader, "timeout": timeout})
        raise NoCardOnReader(detail={"reader": reader, "cancelled": True})

    def _identify(self, reader: str) -> PresentedCard | None:
        """The card on the reader, or None when it left again before we could talk to it."""
        try:
            with self._connection(reader) as (transmit, atr):
                uid = self._get_uid(transmit)
                card_type = part3.identify(atr, transmit)
        except CardRemoved:
            return None
        return PresentedCard(reader=reader, uid=uid, card_type=card_type)

    @staticmethod
    def _get_uid(transmit: part3.Transmit) -> bytes:
        response = transmit(part3.GET_UID)
        if not part3.succeeded(response) or len(response) < 6:
            raise CardRemoved(detail={"status": response[-2:].hex()})
        return response[:-2]

    @contextmanager
    def _connection(self, reader: str) -> Iterator[tuple[part3.Transmit, bytes]]:
        """Connect (shared), hold a transaction, yield a transmit function and the ATR."""
        protocols = scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1
        result, handle, protocol = scard.SCardConnect(
            self._ctx(), reader, scard.SCARD_SHARE_SHARED, protocols
        )
        if result == scard.SCARD_E_SHARING_VIOLATION:
            raise ReaderBusy(detail={"reader": reader})
        if result != scard.SCARD_S_SUCCESS:
            if self._service_lost(result):
                raise ReaderServiceUnavailable(detail={"pcsc": hex(result & 0xFFFFFFFF)})
            raise CardRemoved(detail={"pcsc": hex(result & 0xFFFFFFFF)})
        try:
            result = scard.SCardBeginTransaction(handle)
            if result != scard.SCARD_S_SUCCESS:
                raise CardRemoved(detail={"pcsc": hex(result & 0xFFFFFFFF)})
            result, _, _, _, atr = scard.SCardStatus(handle)
            if result != scard.SCARD_S_SUCCESS:
                raise CardRemoved(detail={"pcsc": hex(result & 0xFFFFFFFF)})

            def transmit(apdu: bytes) -> bytes:
                result, response = scard.SCardTransmit(handle, protocol, list(apdu))
                # A card that leaves during an APDU can come back as success with no bytes at all.
                if result != scard.SCARD_S_SUCCESS or len(response) < 2:
                    raise CardRemoved(detail={"pcsc": hex(result & 0xFFFFFFFF)})
                return bytes(response)

            try:
                yield transmit, bytes(atr)
            finally:
                scard.SCardEndTransaction(handle, scard.SCARD_LEAVE_CARD)
        finally:
            scard.SCardDisconnect(handle, scard.SCARD_LEAVE_CARD)

    def _write(self, card: PresentedCard, image: bytes, keys: CardKeys | None) -> None:
        progress = storage.WriteProgress()
        try:
            with self._connection(card.reader) as (transmit, _):
                if self._get_uid(transmit) != card.uid:
                    raise CardSwapped(detail={"reader": card.reader})
                storage.write_image(transmit, card.card_type, card.uid, image, keys, progress)
        except CardRemoved as removed:
            raise mark_reach(CardRemovedWhileWriting(detail=removed.detail), progress.reach) from None
        except Exception as error:
            mark_reach(error, progress.reach)
            raise

    def _read(self, card: PresentedCard, keys: CardKeys | None, length: int, with_key_a: bool) -> bytes:
        with self._connection(card.reader) as (transmit, _):
            if self._get_uid(transmit) != card.uid:
                raise CardSwapped(detail={"reader": card.reader})
            return storage.read_image(transmit, card.card_type, card.uid, length, keys, with_key_a)

    def _poll_presence(self) -> None:
        """Idle job: wait briefly for reader changes and report cards arriving and leaving."""
        callback = self._watcher
        if callback is None:
            return
        try:
            readers = self._list_readers()
        except ReaderServiceUnavailable:
            time.sleep(self._watch_interval_ms / 1000)
            return
        for gone in set(self._watch_states) - set(readers):
            if self._watch_states.pop(gone) & scard.SCARD_STATE_PRESENT:
                callback(CardPresenceChanged(gone, False))
        names = [*readers, PNP_READER]
        states = [(name, self._watch_states.get(name, scard.SCARD_STATE_UNAWARE)) for name in names]
        result, changes = scard.SCardGetStatusChange(self._ctx(), self._watch_interval_ms, states)
        if result != scard.SCARD_S_SUCCESS:
            return
        for name, state, _ in changes:
            if name == PNP_READER:
                continue
            before = self._watch_states.get(name)
            present = bool(state & scard.SCARD_STATE_PRESENT)
            self._watch_states[name] = state & ~scard.SCARD_STATE_CHANGED
            was_present = before is not None and bool(before & scard.SCARD_STATE_PRESENT)
            if present != was_present and (before is not None or present):
                callback(CardPresenceChanged(name, present))
