"""The PIN key of each database in the OS keyring (service `frontdesk`, user `pin-key:<id>`).

The store encrypts PIN values with it (store/pin_cipher.py); only a keyring on the allowlist
(services/keyring_check.py) is used. Keys are cached for the life of the process, so the keyring is
asked once, on the database thread where the store's work runs.
"""

from __future__ import annotations

import threading
from typing import Any

from frontdesk.domain.errors import Unavailable
from frontdesk.domain.words import say
from frontdesk.services.keyring_check import backend_name, is_secure_backend, untrusted_choice

KEYRING_SERVICE = "frontdesk"


class PinKeyringUnavailable(Unavailable):
    title = say("No secure keyring is available for the PIN key.")
    hint = say(
        "Start or unlock the desktop keyring (GNOME Keyring or KWallet, macOS Keychain, Windows "
        "Credential Locker); PIN codes are not stored in clear."
    )


def _keyring() -> Any:
    import keyring

    backend = keyring.get_keyring()
    if not is_secure_backend(backend):
        title, hint = untrusted_choice(backend) or (None, None)
        raise PinKeyringUnavailable(title, hint, detail={"backend": backend_name(backend)})
    return keyring


class KeyringPinKeys:
    """`PinKeys` over the OS keyring; the key is kept as hex."""

    def __init__(self) -> None:
        self._cache: dict[str, bytes] = {}
        self._lock = threading.Lock()

    def get(self, key_id: str) -> bytes | None:
        with self._lock:
            if key_id in self._cache:
                return self._cache[key_id]
        import keyring.errors

        try:
            stored = _keyring().get_password(KEYRING_SERVICE, f"pin-key:{key_id}")
        except keyring.errors.KeyringError as exc:
            raise PinKeyringUnavailable(detail={"error": type(exc).__name__}) from None
        if stored is None:
            return None
        key = bytes.fromhex(stored)
        with self._lock:
            self._cache[key_id] = key
        return key

    def put(self, key_id: str, key: bytes) -> None:
        import keyring.errors

        try:
            _keyring().set_password(KEYRING_SERVICE, f"pin-key:{key_id}", key.hex())
        except keyring.errors.KeyringError as exc:
            raise PinKeyringUnavailable(detail={"error": type(exc).__name__}) from None
        with self._lock:
            self._cache[key_id] = key
