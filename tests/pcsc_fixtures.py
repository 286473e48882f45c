"""Fixtures for tests against the real pcscd with the vsmartcard-vpcd virtual reader.

`pcscd` makes sure the daemon runs with vpcd's two readers (starting it when it does not, stopping
only what it started); `card_emulator` starts emulator subprocesses and stops them afterwards.
A missing part fails the test with what to install: nothing here skips.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.cardemu.control import READER_PORTS, CardEmulator

PCSCD_SOCKET = Path("/run/pcscd/pcscd.comm")
VPCD_DRIVER = Path("/usr/lib/pcsc/drivers/serial/libifdvpcd.so")
INSTALL_HINT = (
    "install the PC/SC parts: apt-get install pcscd libpcsclite-dev vsmartcard-vpcd, "
    "then /work/main/.venv/bin/pip install pyscard==2.3.1"
)


def _vpcd_readers() -> list[str] | None:
    """The vpcd readers pcscd offers, or None when pcscd cannot be reached."""
    from smartcard import scard

    result, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    if result != scard.SCARD_S_SUCCESS:
        return None
    try:
        result, readers = scard.SCardListReaders(context, [])
        return [name for name in readers if name in READER_PORTS] if result == scard.SCARD_S_SUCCESS else []
    finally:
        scard.SCardReleaseContext(context)


@pytest.fixture(scope="session")
def pcscd() -> Iterator[None]:
    """pcscd running with both vpcd readers for the whole session."""
    try:
        import smartcard  # noqa: F401
    except ImportError:
        pytest.fail(f"pyscard is not installed: {INSTALL_HINT}")
    if shutil.which("pcscd") is None and not Path("/usr/sbin/pcscd").exists():
        pytest.fail(f"pcscd is not installed: {INSTALL_HINT}")
    if not VPCD_DRIVER.exists():
        pytest.fail(f"the vpcd reader driver is not installed: {INSTALL_HINT}")
    process: subprocess.Popen[bytes] | None = None
    if _vpcd_readers() is None:
        for stale in ("pcscd.comm", "pcscd.pid"):  # left behind by a pcscd that was killed
            (PCSCD_SOCKET.parent / stale).unlink(missing_ok=True)
        process = subprocess.Popen(
            [shutil.which("pcscd") or "/usr/sbin/pcscd", "--foreground"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    deadline = time.monotonic() + 15
    while sorted(_vpcd_readers() or []) != sorted(READER_PORTS):
        if process is not None and process.poll() is not None:
            pytest.fail(f"pcscd exited with code {process.returncode} (are you root?); {INSTALL_HINT}")
        if time.monotonic() > deadline:
            pytest.fail(
                f"pcscd runs but does not offer the vpcd readers {sorted(READER_PORTS)}; {INSTALL_HINT}"
            )
        time.sleep(0.2)
    yield
    if process is not None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
            for stale in ("pcscd.comm", "pcscd.pid"):
                (PCSCD_SOCKET.parent / stale).unlink(missing_ok=True)


@pytest.fixture
def card_emulator(pcscd: None, tmp_path: Path) -> Iterator[Callable[..., CardEmulator]]:
    """Start card emulators: card_emulator("ntag213", reader=..., absent=..., write_protect=...).

    Each keeps its card in a file under tmp_path (memory=...) unless told otherwise; all are
    stopped at the end of the test.
    """
    started: list[CardEmulator] = []

    def start(kind: str, **options: object) -> CardEmulator:
        options.setdefault("memory", tmp_path / f"card-{kind}-{len(started)}.json")
        emulator = CardEmulator(kind, **options)  # type: ignore[arg-type]
        started.append(emulator)
        return emulator

    yield start
    for emulator in reversed(started):
        emulator.stop()


__all__ = ["card_emulator", "pcscd"]
