"""Drive a card emulator subprocess from a test.

The emulator runs in its own process: an emulator inside the test process can deadlock pcscd's
shutdown while a connection is open.
"""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parents[2]

# vpcd's two readers and the TCP ports their card emulators connect to (/etc/reader.conf.d/vpcd).
READER_PORTS = {"Virtual PCD 00 00": 35963, "Virtual PCD 00 01": 35964}


def wait_for_reader(reader: str, present: bool, timeout: float = 10.0) -> None:
    """Block until pcscd reports a card on the reader (present) or none.

    pcscd polls vpcd about every 0.4 s; a card removed and another presented faster than that
    looks like one card whose ATR is stale, so tests wait here between the two.
    """
    from smartcard import scard

    result, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    if result != scard.SCARD_S_SUCCESS:
        raise EmulatorError(f"pcscd is not reachable ({result:#x})")
    try:
        states = [(reader, scard.SCARD_STATE_UNAWARE)]
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            result, changes = scard.SCardGetStatusChange(context, 500, states)
            if result == scard.SCARD_S_SUCCESS:
                state = changes[0][1]
                if bool(state & scard.SCARD_STATE_PRESENT) == present:
                    return
                states = [(reader, state & ~scard.SCARD_STATE_CHANGED)]
        raise EmulatorError(f"pcscd did not see the card {'arrive' if present else 'leave'} on {reader}")
    finally:
        scard.SCardReleaseContext(context)


class EmulatorError(RuntimeError):
    """The emulator did not start or did not answer."""


class CardEmulator:
    """One emulator process holding one card against one vpcd reader."""

    def __init__(
        self,
        kind: str,
        *,
        reader: str = "Virtual PCD 00 00",
        memory: Path | None = None,
        uid: str | None = None,
        absent: bool = False,
        write_protect: bool = False,
        atr: str | None = None,
    ) -> None:
        self.kind, self.reader, self.memory = kind, reader, memory
        command = [sys.executable, "-m", "tests.cardemu", "--card", kind, "--port", str(READER_PORTS[reader])]
        if memory is not None:
            command += ["--memory", str(memory)]
        if uid is not None:
            command += ["--uid", uid]
        if absent:
            command.append("--absent")
        if write_protect:
            command.append("--write-protect")
        if atr is not None:
            command += ["--atr", atr]
        self.process = subprocess.Popen(
            command, cwd=PROJECT_ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1
        )
        self._lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._pump, daemon=True).start()
        hello = self._next(timeout=15)
        if not hello.get("ready"):
            raise EmulatorError(f"card emulator did not start: {hello}")
        if not absent:
            wait_for_reader(reader, present=True)

    def _pump(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._lines.put(line)
        self._lines.put("")

    def _next(self, timeout: float) -> dict[str, Any]:
        try:
            line = self._lines.get(timeout=timeout)
        except queue.Empty as error:
            raise EmulatorError("card emulator did not answer") from error
        if not line:
            raise EmulatorError(f"card emulator exited with code {self.process.wait()}")
        return json.loads(line)

    def command(self, line: str, timeout: float = 15) -> dict[str, Any]:
        """Send one control command and return its JSON answer."""
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()
        reply = self._next(timeout)
        if "error" in reply:
            raise EmulatorError(reply["error"])
        return reply

    def status(self) -> dict[str, Any]:
        return self.command("status")

    def apdus(self) -> int:
        """How many command APDUs the card has answered so far."""
        return int(self.status()["apdus"])

    def memory_dump(self) -> bytes:
        return bytes.fromhex(self.command("dump")["memory"])

    def remove(self) -> None:
        """Take the card off and wait until pcscd has seen it go."""
        self.command("remove")
        wait_for_reader(self.reader, present=False)

    def present(self) -> None:
        """Put the card back and wait until pcscd has seen it arrive."""
        self.command("present")
        wait_for_reader(self.reader, present=True)

    def wait_gone(self) -> None:
        """Wait until pcscd has noticed that the card left (after a vanish)."""
        wait_for_reader(self.reader, present=False)

    def vanish_after(self, count: int) -> None:
        self.command(f"vanish-after {count}")

    def write_protect(self) -> None:
        self.command("write-protect")

    def replace_with_blank(self) -> None:
        """Take the card off, swap it for a factory-fresh one with the same UID, put it back."""
        if self.status()["present"]:
            self.remove()
        else:
            self.wait_gone()
        self.command("blank")
        self.present()

    def stop(self) -> None:
        """End the emulator; the card leaves the reader and pcscd has seen it leave."""
        was_running = self.process.poll() is None
        if was_running:
            try:
                assert self.process.stdin is not None
                self.process.stdin.write("quit\n")
                self.process.stdin.close()
                self.process.wait(timeout=10)
            except (OSError, subprocess.TimeoutExpired):
                self.process.kill()
                self.process.wait()
        if self.process.stdout is not None:
            self.process.stdout.close()
        if was_running:
            wait_for_reader(self.reader, present=False)

    def __enter__(self) -> CardEmulator:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
