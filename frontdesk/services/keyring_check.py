"""Telling a keyring that keeps secrets safely from one that does not.

Secrets (the card secret, the provider's API key) go only to a keyring backed by the OS: the
Secret Service, macOS Keychain or Windows Credential Locker. The `fail` and `null` backends, any
backend from `keyrings.alt` (plain or weakly encrypted files), a backend that reports no priority,
and a chain that contains any of those are refused; there is never a plain-text fallback.
"""

from __future__ import annotations

INSECURE_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


def is_secure_backend(backend: object) -> bool:
    module = type(backend).__module__
    if module.startswith(INSECURE_MODULES):
        return False
    if module.startswith("keyring.backends.chainer"):
        chained = getattr(backend, "backends", None) or ()
        return bool(chained) and all(is_secure_backend(b) for b in chained)
    try:
        return float(getattr(backend, "priority", 0)) > 0
    except Exception:  # a backend whose priority check fails is not usable here
        return False


def backend_name(backend: object) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"
