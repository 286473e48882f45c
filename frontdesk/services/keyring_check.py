"""Telling a keyring that keeps secrets safely from one that does not: an allowlist.

Secrets (the card secret, the provider's API key and endpoint, the PIN key) go only to a keyring
backend known to encrypt what it stores: the Secret Service (GNOME Keyring, KWallet; through
`SecretService` or `libsecret`), KWallet's own D-Bus API, macOS Keychain and Windows Credential
Locker. Anything else is refused: `fail`, `null`, every `keyrings.alt` backend, and any custom
backend, however it reports its priority, including one chosen through `PYTHON_KEYRING_BACKEND`
or a `keyringrc.cfg` file. A chain is accepted only when every backend in it is. There is never a
plain-text fallback.
"""

from __future__ import annotations

import configparser
import os
from pathlib import Path

from frontdesk.domain.words import say

KEYRING_ENV = "PYTHON_KEYRING_BACKEND"

TRUSTED_BACKENDS = frozenset(
    {
        "keyring.backends.SecretService.Keyring",
        "keyring.backends.libsecret.Keyring",
        "keyring.backends.kwallet.DBusKeyring",
        "keyring.backends.kwallet.DBusKeyringKWallet4",
        "keyring.backends.macOS.Keyring",
        "keyring.backends.Windows.WinVaultKeyring",
    }
)
_CHAINER = "keyring.backends.chainer.ChainerBackend"


def backend_name(backend: object) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


def is_secure_backend(backend: object) -> bool:
    """True only for an allowlisted backend (or a chain of them) that is usable here."""
    name = backend_name(backend)
    if name == _CHAINER:
        chained = getattr(backend, "backends", None) or ()
        return bool(chained) and all(is_secure_backend(b) for b in chained)
    if name not in TRUSTED_BACKENDS:
        return False
    try:
        return float(getattr(backend, "priority", 0)) > 0
    except Exception:  # a backend whose priority check fails is not usable here
        return False


def configured_backend() -> str | None:
    """Where a backend other than the OS default was chosen: the environment variable's name or the
    keyringrc.cfg path; None when keyring picks its own."""
    if os.environ.get(KEYRING_ENV, "").strip():
        return KEYRING_ENV
    try:
        from keyring.util import platform_

        path = Path(platform_.config_root()) / "keyringrc.cfg"
    except Exception:  # keyring missing or broken: the caller reports the backend itself
        return None
    config = configparser.RawConfigParser()
    try:
        config.read(path, encoding="utf-8")
    except (OSError, configparser.Error):
        return None
    if config.has_option("backend", "default-keyring"):
        return str(path)
    return None


def untrusted_choice(backend: object) -> tuple[str, str] | None:
    """(title, hint) when an untrusted backend was chosen on purpose by configuration."""
    if is_secure_backend(backend):
        return None
    where = configured_backend()
    if where is None:
        return None
    os_keyrings = "Secret Service (GNOME Keyring, KWallet), macOS Keychain or Windows Credential Locker"
    if where == KEYRING_ENV:
        return (
            say(
                "The keyring chosen in {variable} is not one the desk trusts with secrets.",
                variable=KEYRING_ENV,
            ),
            say(
                "Unset {variable} so that the desk uses the OS keyring ({keyrings}).",
                variable=KEYRING_ENV,
                keyrings=os_keyrings,
            ),
        )
    return (
        say("The keyring chosen in keyringrc.cfg is not one the desk trusts with secrets."),
        say(
            "Remove the default-keyring line from {where} so that the desk uses the OS keyring ({keyrings}).",
            where=where,
            keyrings=os_keyrings,
        ),
    )
