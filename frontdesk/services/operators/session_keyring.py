"""The command line's sign-in session for one database, kept in the OS keyring (never in a file).

The keyring entry's name holds a hash of the database address, so a desk that uses two databases
(the demo and the hotel's) keeps one session for each. Only a keyring that encrypts is used.
"""

from __future__ import annotations

import contextlib
import hashlib
from typing import Any

from frontdesk.domain.errors import Unavailable
from frontdesk.domain.words import say
from frontdesk.services.keyring_check import backend_name, is_secure_backend

KEYRING_SERVICE = "frontdesk"


def _keyring() -> Any:
    import keyring

    backend = keyring.get_keyring()
    if not is_secure_backend(backend):
        raise Unavailable(
            say("No secure keyring is available for the sign-in session."),
            say("Start or unlock the desktop keyring, or give a script's token in FRONTDESK_TOKEN."),
            detail={"backend": backend_name(backend)},
        )
    return keyring


def entry_name(database_url: str) -> str:
    return "session:" + hashlib.sha256(database_url.encode("utf-8")).hexdigest()[:32]


def save(database_url: str, token: str) -> None:
    _keyring().set_password(KEYRING_SERVICE, entry_name(database_url), token)


def load(database_url: str) -> str | None:
    """The saved token, or None (also when no secure keyring answers: then nobody is signed in)."""
    try:
        return _keyring().get_password(KEYRING_SERVICE, entry_name(database_url))
    except Exception:  # a locked or missing keyring: signed out, and the 401 says how to sign in
        return None


def delete(database_url: str) -> None:
    import keyring.errors

    with contextlib.suppress(keyring.errors.PasswordDeleteError):
        _keyring().delete_password(KEYRING_SERVICE, entry_name(database_url))
