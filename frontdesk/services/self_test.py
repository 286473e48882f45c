"""`frontdesk self-test`: can this computer run the desk? One check per part it depends on.

Each check says ok or failed with a line of detail and, when it failed, what to do. They use the
same code paths as the desk: the database through bootstrap and the migration check, the PC/SC
readers through the encoder driver found by its entry point, the keyring through the same test the
card secret passes, the lock provider through the sync service's own connection. Nothing is left
behind: the keyring check removes the entry it wrote.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from frontdesk.domain.errors import FrontDeskError
from frontdesk.services.bootstrap import App
from frontdesk.services.cards.keys import KEYRING_SERVICE, secure_keyring
from frontdesk.services.config import redact_url
from frontdesk.services.drivers import ENCODERS, create_driver
from frontdesk.store.migrate import database_revision, script_head

PCSC_HINT = (
    "Start the PC/SC service (systemctl start pcscd, or: pcscd) and connect the card reader; "
    "on Debian: apt-get install pcscd."
)


@dataclass(frozen=True)
class Check:
    """One check's outcome. `ok` is None when the check does not apply (nothing to test)."""

    name: str
    ok: bool | None
    detail: str
    hint: str = ""


def failed(name: str, error: BaseException, hint: str) -> Check:
    """A check that raised: the desk's own errors carry their title and hint, others their type."""
    if isinstance(error, FrontDeskError):
        return Check(name, False, error.title, error.hint or hint)
    return Check(name, False, f"{type(error).__name__}: {error}".strip(": "), hint)


def database(app: App) -> Check:
    """The database opened (bootstrap did that) and stands at the newest migration."""
    at, head = database_revision(app.engines), script_head()
    where = redact_url(app.engines.url)
    if at is not None and at == head:
        return Check("database", True, f"{where}, schema {at}")
    return Check(
        "database",
        False,
        f"{where} is at schema {at or 'none'}, the desk expects {head}",
        "Another version of FrontDesk may be using this database; update every desk to the same version.",
    )


async def readers() -> Check:
    """The PC/SC readers pcscd offers, through the pcsc encoder driver."""
    try:
        encoder = create_driver(ENCODERS, "pcsc")
    except FrontDeskError as error:
        return failed("card readers", error, PCSC_HINT)
    try:
        names = await encoder.readers()
    except Exception as error:
        return failed("card readers", error, PCSC_HINT)
    finally:
        await encoder.close()
    if not names:
        return Check("card readers", False, "the PC/SC service runs but no reader is connected", PCSC_HINT)
    return Check("card readers", True, ", ".join(names))


def keyring_round_trip() -> Check:
    """A secure keyring that really stores: write a throwaway entry, read it back, delete it."""
    name = f"self-test-{secrets.token_hex(4)}"
    value = secrets.token_hex(16)  # never printed
    try:
        keyring = secure_keyring()
        keyring.set_password(KEYRING_SERVICE, name, value)
        try:
            same = keyring.get_password(KEYRING_SERVICE, name) == value
        finally:
            keyring.delete_password(KEYRING_SERVICE, name)
    except Exception as error:
        return failed(
            "keyring",
            error,
            "Unlock the desktop keyring (GNOME Keyring, KWallet, macOS Keychain, Windows Credential "
            "Manager).",
        )
    backend = type(keyring.get_keyring())
    if not same:
        return Check("keyring", False, "the keyring gave back another value", "Repair the desktop keyring.")
    return Check("keyring", True, f"{backend.__module__}.{backend.__name__} stores and returns a secret")


async def lock_provider(app: App) -> Check:
    """The remote lock provider answers, when one was set (environment or settings)."""
    chosen = await app.settings.provider()
    if chosen.source == "default":
        return Check("lock provider", None, f"none set (the desk uses the {chosen.driver} provider)")
    try:
        provider = await app.sync.provider()
        devices = await provider.list_devices()
    except Exception as error:
        return failed(
            "lock provider",
            error,
            "Check the internet connection, the provider's address and API key (frontdesk provider set).",
        )
    return Check("lock provider", True, f"{chosen.driver}: {len(devices)} devices")


async def timed(name: str, check: Callable[[], Awaitable[Check]]) -> tuple[Check, float]:
    """Run one check; an unexpected error is that check's failure, not the self-test's end."""
    started = time.perf_counter()
    try:
        result = await check()
    except Exception as error:
        result = failed(name, error, "See the log file for details.")
    return result, time.perf_counter() - started
