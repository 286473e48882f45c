"""Which lock provider the desk uses: driver name and endpoint in the database, API key in the OS keyring.

The API key never touches the database, a log line or command output. It goes to the OS keyring
under the service and user name the Seam driver reads (`drivers/seam/__init__.py`).
"""

from __future__ import annotations

import os
from datetime import datetime

from frontdesk.domain.errors import InvalidInput, Unavailable
from frontdesk.domain.events import Topic
from frontdesk.domain.operators import Permission as P
from frontdesk.services.keyring_check import backend_name, is_secure_backend
from frontdesk.services.property.views import ProviderSettings, ProviderSource
from frontdesk.services.transactions import Transactions
from frontdesk.store.unit_of_work import UnitOfWork

PROVIDER_ENV = "FRONTDESK_LOCK_PROVIDER"
ENDPOINT_ENV = "FRONTDESK_PROVIDER_ENDPOINT"
DEFAULT_PROVIDER = "simulated"  # the demo works out of the box; a real provider is chosen with `provider set`
KEYRING_SERVICE = "frontdesk"  # must match drivers.seam.KEYRING_SERVICE
KEYRING_USERNAME = "seam-api-key"  # must match drivers.seam.KEYRING_USERNAME

_DRIVER_KEY = "lock_provider.driver"
_ENDPOINT_KEY = "lock_provider.endpoint"


def store_api_key(api_key: str) -> None:
    """Put the key in the OS keyring; refuse (503) when only an insecure or no keyring exists."""
    import keyring
    import keyring.errors

    backend = keyring.get_keyring()
    if not is_secure_backend(backend):
        raise Unavailable(
            "No secure keyring is available for the provider's API key.",
            "Start or unlock the desktop keyring (Secret Service, Keychain or Credential Locker).",
            detail={"backend": backend_name(backend)},
        )
    try:
        keyring.set_password(KEYRING_SERVICE, KEYRING_USERNAME, api_key)
    except keyring.errors.KeyringError as exc:
        raise Unavailable(
            "The keyring refused to store the API key.",
            f"Unlock the desktop keyring ({type(exc).__name__}), then try again.",
        ) from None


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
            raise InvalidInput("No provider driver given.", "Use --driver seam (or simulated).")
        if endpoint is not None and not endpoint.startswith(("http://", "https://")):
            raise InvalidInput(
                "The provider endpoint is not a web address.",
                "Write it like https://connect.getseam.com.",
                detail={"endpoint": endpoint},
            )
        if api_key is not None:
            api_key = api_key.strip()
            if not api_key:
                raise InvalidInput(
                    "The API key is empty.", "Pipe the key on standard input, e.g. from a file."
                )
            # The keyring talks D-Bus (or the OS); never on the event loop's thread.
            await self._tx.blocking(store_api_key, api_key)

        def work(uow: UnitOfWork, now: datetime) -> None:
            uow.sync_records.set_setting(_DRIVER_KEY, driver, now)
            if endpoint is not None:
                uow.sync_records.set_setting(_ENDPOINT_KEY, endpoint.rstrip("/"), now)

        await self._tx.write(work, topics=frozenset({Topic.PROPERTY, Topic.SYNC}))
        return await self.provider()
