"""The card side of vsmartcard-vpcd: a TCP client that pcscd sees as a card on a virtual reader.

Wire protocol: every message is a 2-byte big-endian length and a payload. A 1-byte payload is a
control byte from vpcd (0 power off, 1 power on, 2 reset, 4 get ATR); anything longer is a command
APDU, answered with the response APDU. Closing the socket is a card removal; connecting again is
the card being put back.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from pathlib import Path

from tests.cardemu.cards import EmulatedCard, save_card

POWER_OFF, POWER_ON, RESET, GET_ATR = 0, 1, 2, 4
VANISH = object()  # marks the APDU during which the card leaves the field


class CardLink:
    """Holds one emulated card against one vpcd port; present() and remove() move it on and off."""

    def __init__(
        self, card: EmulatedCard, port: int, host: str = "127.0.0.1", memory_file: Path | None = None
    ):
        self.card = card
        self.host, self.port = host, port
        self.memory_file = memory_file
        self.lock = threading.Lock()  # the card state is shared with the control channel
        self.apdus = 0
        self.power_events = 0
        self.vanish_at: int | None = None  # APDU number whose answer never comes: the card is gone
        self._socket: socket.socket | None = None
        self._thread: threading.Thread | None = None

    @property
    def present(self) -> bool:
        return self._socket is not None

    def vanish_after(self, count: int) -> None:
        """Leave the reader during the count-th APDU from now: it takes effect, its answer is lost."""
        with self.lock:
            self.vanish_at = self.apdus + count

    def present_card(self, timeout: float = 10.0) -> None:
        """Connect to vpcd (retrying while pcscd is still loading the driver)."""
        if self._socket is not None:
            return
        deadline = time.monotonic() + timeout
        while True:
            try:
                sock = socket.create_connection((self.host, self.port), timeout=2)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        sock.settimeout(None)
        with self.lock:
            self.card.power_cycle()  # a card coming into the field starts unauthenticated
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._socket = sock
        self._thread = threading.Thread(target=self._serve, args=(sock,), daemon=True, name="vpcd-card")
        self._thread.start()

    def remove_card(self) -> None:
        sock, self._socket = self._socket, None
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=5)
        self._thread = None

    def _receive(self, sock: socket.socket, size: int) -> bytes | None:
        data = b""
        while len(data) < size:
            # vpcd writes length and payload separately; without QUICKACK each APDU waits for
            # the delayed ACK timer (about 40 ms). Linux clears the flag again, so set it each time.
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
            try:
                chunk = sock.recv(size - len(data))
            except OSError:
                return None
            if not chunk:
                return None
            data += chunk
        return data

    def _serve(self, sock: socket.socket) -> None:
        while True:
            header = self._receive(sock, 2)
            if header is None:
                break
            payload = self._receive(sock, int.from_bytes(header, "big"))
            if payload is None:
                break
            answer = self._handle(payload)
            if answer is VANISH:  # the card left in the middle of this command
                self._socket = None
                sock.close()
                return
            if answer is None:
                continue
            assert isinstance(answer, bytes)
            try:
                sock.sendall(len(answer).to_bytes(2, "big") + answer)
            except OSError:
                break
        if self._socket is sock:
            self._socket = None
        sock.close()

    def _handle(self, payload: bytes) -> bytes | object | None:
        with self.lock:
            if len(payload) == 1:
                if payload[0] == GET_ATR:
                    return self.card.atr
                if payload[0] in (POWER_OFF, POWER_ON, RESET):
                    self.power_events += 1
                    self.card.power_cycle()
                return None
            self.apdus += 1
            before = bytes(self.card.memory)
            answer = self.card.answer(payload)
            if self.memory_file is not None and self.card.memory != before:
                save_card(self.card, self.memory_file)
            if self.vanish_at is not None and self.apdus >= self.vanish_at:
                self.vanish_at = None
                return VANISH
            return answer
