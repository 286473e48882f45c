"""Seam Connect lock provider driver (entry point group `frontdesk.lock_providers`, name `seam`).

The API key lives in the OS keyring (service "frontdesk", user "seam-api-key"), never in the
database, the settings file or a log line. `from_keyring(endpoint)` builds a ready provider.
"""

from __future__ import annotations

from drivers.seam.provider import DEFAULT_ENDPOINT, SeamProvider
from frontdesk.domain.errors import Unavailable
from frontdesk.domain.words import say

KEYRING_SERVICE = "frontdesk"
KEYRING_USERNAME = "seam-api-key"
SET_KEY_HINT = say("Run: frontdesk provider set --endpoint URL --api-key-stdin")


def from_keyring(endpoint: str = DEFAULT_ENDPOINT, *, timeout: float = 15.0) -> SeamProvider:
    """A SeamProvider using the API key stored in the OS keyring; Unavailable when there is none."""
    try:
        import keyring
        import keyring.errors
    except ImportError:  # a missing library makes the driver unavailable, not the app crash
        raise Unavailable(say("The keyring library is not installed."), SET_KEY_HINT) from None
    try:
        api_key = keyring.get_password(KEYRING_SERVICE, KEYRING_USERNAME)
    except keyring.errors.KeyringError as exc:
        raise Unavailable(
            say("No secure keyring is available for the provider's API key."),
            say(
                "Unlock or start the desktop keyring ({backend}), then try again.",
                backend=type(exc).__name__,
            ),
        ) from None
    if not api_key:
        raise Unavailable(say("No API key for the lock provider is stored."), SET_KEY_HINT)
    return SeamProvider(endpoint, api_key, timeout=timeout)


def available() -> bool:
    """True when the libraries the driver needs (httpx, keyring) can be imported."""
    try:
        import httpx  # noqa: F401
        import keyring  # noqa: F401
    except ImportError:
        return False
    return True


def create(*, endpoint: str = DEFAULT_ENDPOINT, timeout: float = 15.0, **_options: object) -> SeamProvider:
    """The entry point's factory: a provider for `endpoint` with the key from the OS keyring."""
    return from_keyring(endpoint, timeout=timeout)


__all__ = [
    "DEFAULT_ENDPOINT",
    "KEYRING_SERVICE",
    "KEYRING_USERNAME",
    "SeamProvider",
    "available",
    "create",
    "from_keyring",
]
