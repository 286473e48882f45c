"""Which lock provider the desk uses: driver name and endpoint in the database, API key in the OS keyring.

The API key never touches the database, a log line or command output. It goes to the OS keyring
under the service and user name the Seam driver reads (`drivers/seam/__init__.py`), together with
the endpoint it was given for (user name `seam-api-key-endpoint`). The database's endpoint is
shared by every desk and anyone with the database password can edit it; the keyring's copy is this
workstation's own. The desk sends the key only where that copy says (`check_endpoint_binding`), and
giving a new endpoint clears the key until it is given again. A plain `http://` endpoint is
refused unless it is on this computer (loopback), so the key never crosses a network unencrypted.
"""

from __future__ import annotations

import ipaddress
import os
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from frontdesk.domain.errors import Conflict, InvalidInput, Unavailable
from frontdesk.domain.events import ProviderChanged, Topic
from frontdesk.domain.operators import Permission as P
from frontdesk.domain.words import say
from frontdesk.services.keyring_check import backend_name, is_secure_backend, untrusted_choice
from frontdesk.services.property.views import ProviderSettings, ProviderSource
from frontdesk.services.results import Change
from frontdesk.services.transactions import Transactions
from frontdesk.store.unit_of_work import UnitOfWork

PROVIDER_ENV = "FRONTDESK_LOCK_PROVIDER"
ENDPOINT_ENV = "FRONTDESK_PROVIDER_ENDPOINT"
DEFAULT_PROVIDER = "simulated"  # the demo works out of the box; a real provider is chosen with `provider set`
KEYRING_SERVICE = "frontdesk"  # must match drivers.seam.KEYRING_SERVICE
KEYRING_USERNAME = "seam-api-key"  # must match drivers.seam.KEYRING_USERNAME
KEYRING_ENDPOINT_USERNAME = "seam-api-key-endpoint"  # the endpoint the key was given for
_DEFAULT_ENDPOINT = "(the driver's default)"  # what the binding says when no endpoint was set

_DRIVER_KEY = "lock_provider.driver"
_ENDPOINT_KEY = "lock_provider.endpoint"


def _secure_keyring() -> Any:
    import keyring

    backend = keyring.get_keyring()
    if not is_secure_backend(backend):
        title, hint = untrusted_choice(backend) or (
            "No secure keyring is available for the provider's API key.",
            "Start or unlock the desktop keyring (Secret Service, Keychain or Credential Locker).",
        )
        raise Unavailable(title, hint, detail={"backend": backend_name(backend)})
    return keyring


def _keyring_refused(exc: Exception) -> Unavailable:
    return Unavailable(
        say("The keyring refused to store the API key."),
        say("Unlock the desktop keyring ({backend}), then try again.", backend=type(exc).__name__),
    )


def store_api_key(api_key: str, endpoint: str | None) -> None:
    """Put the key and the endpoint it is for in the OS keyring; refuse (503) when only an insecure
    or no keyring exists."""
    store = _secure_keyring()
    from keyring.errors import KeyringError

    try:
        store.set_password(KEYRING_SERVICE, KEYRING_ENDPOINT_USERNAME, endpoint or _DEFAULT_ENDPOINT)
        store.set_password(KEYRING_SERVICE, KEYRING_USERNAME, api_key)
    except KeyringError as exc:
        raise _keyring_refused(exc) from None


def stored_binding() -> tuple[bool, str | None]:
    """(an API key is stored, the endpoint it was given for or None when it was never bound)."""
    store = _secure_keyring()
    from keyring.errors import KeyringError

    try:
        has_key = store.get_password(KEYRING_SERVICE, KEYRING_USERNAME) is not None
        bound = store.get_password(KEYRING_SERVICE, KEYRING_ENDPOINT_USERNAME)
    except KeyringError as exc:
        raise _keyring_refused(exc) from None
    return has_key, (None if bound is None else ("" if bound == _DEFAULT_ENDPOINT else bound))


def clear_api_key() -> bool:
    """Remove the key and its endpoint from the keyring; True when a key was there."""
    store = _secure_keyring()
    from keyring.errors import KeyringError, PasswordDeleteError

    had_key = False
    for username in (KEYRING_USERNAME, KEYRING_ENDPOINT_USERNAME):
        try:
            store.delete_password(KEYRING_SERVICE, username)
            had_key = had_key or username == KEYRING_USERNAME
        except PasswordDeleteError:
            pass  # nothing stored under that name
        except KeyringError as exc:
            raise _keyring_refused(exc) from None
    return had_key


def is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class EndpointNotBound(Conflict):
    """The endpoint the desk would use is not the one this workstation's API key was given for."""

    title = say("The lock provider's address is not the one its API key was given for.")
    hint = say(
        "Someone changed the provider address outside this workstation (the shared database or "
        "FRONTDESK_PROVIDER_ENDPOINT). The desk does not send the API key there. If the new address "
        "is right, an administrator sets the lock provider again with its API key."
    )


def check_endpoint_binding(endpoint: str | None) -> None:
    """Refuse (409) to hand the API key to a driver for any endpoint but the one it was given for.
    With no key stored there is nothing to protect: the driver says the key is missing."""
    has_key, bound = stored_binding()
    if has_key and bound != (endpoint or "").rstrip("/"):
        raise EndpointNotBound(detail={"endpoint": endpoint, "bound": bound is not None})


class SettingsService:
    """Reading and changing the provider choice."""

    def __init__(self, tx: Transactions) -> None:
        self._tx = tx

    async def provider(self) -> ProviderSettings:
        """Env FRONTDESK_LOCK_PROVIDER wins, then the settings row, then the simulated provider."""

        def work(uow: UnitOfWork, now: datetime) -> tuple[str | None, str | None]:
            return uow.sync_records.setting(_DRIVER_KEY), uow.sync_records.setting(_ENDPOINT_KEY)

        driver, endpoint = await self._tx.read(work)
        endpoint = os.environ.get(ENDPOINT_ENV, "").strip() or endpoint
        from_env = os.environ.get(PROVIDER_ENV, "").strip()
        if from_env:
            return ProviderSettings(from_env, endpoint, ProviderSource.ENVIRONMENT)
        if driver:
            return ProviderSettings(driver, endpoint, ProviderSource.SETTINGS)
        return ProviderSettings(DEFAULT_PROVIDER, endpoint, ProviderSource.DEFAULT)

    async def set_provider(self, driver: str, endpoint: str | None, api_key: str | None) -> ProviderSettings:
        """Remember the driver and endpoint; the key (if given) goes to the keyring first."""
        await self._tx.guard.require(P.PROVIDER)
        driver = driver.strip()
        if not driver:
            raise InvalidInput(say("No provider driver given."), say("Use --driver seam (or simulated)."))
        if endpoint is not None:
            endpoint = endpoint.strip().rstrip("/")
            await self._check_endpoint(endpoint)
        if api_key is not None:
            api_key = api_key.strip()
            if not api_key:
                raise InvalidInput(
                    say("The API key is empty."), say("Pipe the key on standard input, e.g. from a file.")
                )

        def current(uow: UnitOfWork, now: datetime) -> str | None:
            return uow.sync_records.setting(_ENDPOINT_KEY)

        new_endpoint = endpoint if endpoint is not None else await self._tx.read(current)
        cleared = False
        # The keyring talks D-Bus (or the OS); never on the event loop's thread.
        if api_key is not None:
            await self._tx.blocking(store_api_key, api_key, new_endpoint)
        elif driver != DEFAULT_PROVIDER:
            has_key, bound = await self._tx.blocking(stored_binding)
            if has_key and bound != (new_endpoint or ""):
                # A key given for one address is never sent to another: it must be given again.
                cleared = await self._tx.blocking(clear_api_key)

        def work(uow: UnitOfWork, now: datetime) -> Change:
            uow.sync_records.set_setting(_DRIVER_KEY, driver, now)
            if endpoint is not None:
                uow.sync_records.set_setting(_ENDPOINT_KEY, endpoint, now)
            given = api_key is not None
            return Change(
                events=[ProviderChanged(driver, new_endpoint, api_key_given=given, api_key_cleared=cleared)]
            )

        await self._tx.write(work, topics=frozenset({Topic.PROPERTY, Topic.SYNC}))
        return await self.provider()

    async def _check_endpoint(self, endpoint: str) -> None:
        parts = urlsplit(endpoint)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise InvalidInput(
                say("The provider endpoint is not a web address."),
                say("Write it like https://connect.getseam.com."),
                detail={"endpoint": endpoint},
            )
        if parts.scheme == "http" and not is_loopback(parts.hostname):
            await self._tx.record_refusal(
                "provider.set",
                f"Refused to use the plain http:// provider address {endpoint}",
                {"endpoint": endpoint, "reason": "plain_http"},
            )
            raise InvalidInput(
                say("A plain http:// provider address is refused."),
                say(
                    "Use https://: the API key would cross the network unencrypted. Plain http is "
                    "allowed only on this computer (127.0.0.1, ::1 or localhost)."
                ),
                detail={"endpoint": endpoint},
            )
