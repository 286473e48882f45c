"""Moving the PIN key (services/codes/pin_keys.py) to another workstation: `frontdesk pin-key
export --to FILE` and `pin-key import FILE`, an administrator's (the `key-rotation` permission).

The file holds the key only encrypted: AES-256-GCM under a key derived from a passphrase with
argon2id (a random 16-byte salt, the parameters written beside it), with the format name and the
key's id as associated data, so the file cannot be edited to claim another key. The passphrase is
read from stdin by the command line and never stored, printed or logged; the key never leaves the
keyring in clear. Both directions are audit rows.
"""

from __future__ import annotations

import base64
import json
import os
from datetime import datetime
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from frontdesk.domain.codes.events import PinKeyExported, PinKeyImported
from frontdesk.domain.errors import Conflict, InvalidInput
from frontdesk.domain.operators import Permission
from frontdesk.domain.words import say
from frontdesk.services.codes.pin_keys import KeyringPinKeys
from frontdesk.services.results import Change
from frontdesk.services.transactions import Transactions
from frontdesk.store.pin_cipher import PinKeyMissing, pin_key_id
from frontdesk.store.unit_of_work import UnitOfWork

FORMAT = "frontdesk-pin-key-1"
SHORTEST_PASSPHRASE = 12
# argon2id as RFC 9106's second recommended option: 64 MiB, 3 passes, 4 lanes.
KDF = {"time_cost": 3, "memory_cost": 65536, "parallelism": 4}


class PinKeyFileRefused(InvalidInput):
    title = say("This PIN key file cannot be opened.")
    hint = say("Check the passphrase (it is case-sensitive) and that the file is the one the export wrote.")


def _derive(passphrase: str, salt: bytes, kdf: dict[str, int]) -> bytes:
    return hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=kdf["time_cost"],
        memory_cost=kdf["memory_cost"],
        parallelism=kdf["parallelism"],
        hash_len=32,
        type=Type.ID,
    )


def seal_key(key_id: str, key: bytes, passphrase: str) -> dict[str, Any]:
    """The file's content for KEY under PASSPHRASE."""
    salt, nonce = os.urandom(16), os.urandom(12)
    aead = AESGCM(_derive(passphrase, salt, KDF))
    sealed = aead.encrypt(nonce, key, f"{FORMAT}:{key_id}".encode())
    b64 = lambda b: base64.b64encode(b).decode("ascii")  # noqa: E731
    return {"format": FORMAT, "pin_key_id": key_id, "kdf": {"name": "argon2id", **KDF},
            "salt": b64(salt), "nonce": b64(nonce), "sealed_key": b64(sealed)}  # fmt: skip


def open_key(content: dict[str, Any], passphrase: str) -> tuple[str, bytes]:
    """(key id, key) from a file's content; PinKeyFileRefused for a wrong passphrase or an edit."""
    try:
        if content["format"] != FORMAT or content["kdf"]["name"] != "argon2id":
            raise PinKeyFileRefused()
        kdf = {k: int(content["kdf"][k]) for k in KDF}
        key_id = str(content["pin_key_id"])
        salt, nonce, sealed = (base64.b64decode(content[k]) for k in ("salt", "nonce", "sealed_key"))
        key = AESGCM(_derive(passphrase, salt, kdf)).decrypt(nonce, sealed, f"{FORMAT}:{key_id}".encode())
    except (KeyError, TypeError, ValueError, InvalidTag):
        raise PinKeyFileRefused() from None
    return key_id, key


def _check_passphrase(passphrase: str) -> None:
    if len(passphrase) < SHORTEST_PASSPHRASE:
        raise InvalidInput(
            say(
                "The passphrase is shorter than {SHORTEST_PASSPHRASE} characters.",
                SHORTEST_PASSPHRASE=SHORTEST_PASSPHRASE,
            ),
            say("Choose a longer one: the file may travel on a USB stick or by mail."),
        )


def _key_id(uow: UnitOfWork, now: datetime) -> str | None:
    return pin_key_id(uow.session)


class PinKeyTransfer:
    """Export and import of the database's PIN key, encrypted under a passphrase."""

    def __init__(self, tx: Transactions, keys: KeyringPinKeys | None = None) -> None:
        self._tx = tx
        self._keys = keys or KeyringPinKeys()

    async def export(self, path: Path, passphrase: str) -> dict[str, str]:
        """Write this workstation's PIN key to PATH (created, mode 0600; never overwritten)."""
        await self._tx.guard.require(Permission.KEY_ROTATION)
        _check_passphrase(passphrase)
        key_id = await self._tx.read(_key_id)
        if key_id is None:
            raise Conflict(
                say("This database has no PIN key yet."), say("It is made with the first PIN code.")
            )
        key = await self._tx.blocking(self._keys.get, key_id)
        if key is None:
            raise PinKeyMissing(detail={"pin_key_id": key_id})
        content = await self._tx.blocking(seal_key, key_id, key, passphrase)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            raise Conflict(
                say("The file already exists."), say("Give a new file name; nothing was overwritten.")
            ) from None
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(content, out)
        await self._tx.write(lambda uow, now: _recorded(uow, PinKeyExported(key_id)))
        return {"exported_to": str(path), "pin_key_id": key_id}

    async def import_(self, path: Path, passphrase: str) -> dict[str, str]:
        """Put the PIN key from PATH into this workstation's keyring: it must be this database's."""
        await self._tx.guard.require(Permission.KEY_ROTATION)
        try:
            content = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raise PinKeyFileRefused() from None
        key_id, key = await self._tx.blocking(open_key, content, passphrase)
        wanted = await self._tx.read(_key_id)
        if wanted != key_id:
            raise Conflict(
                say("This PIN key file is for another database."),
                say("Export the key on a workstation of this database."),
                detail={"file_pin_key_id": key_id, "database_pin_key_id": wanted},
            )
        held = await self._tx.blocking(self._keys.get, key_id)
        if held is not None and held != key:
            raise Conflict(
                say("This workstation holds a different key under the same id."), say("Nothing was changed.")
            )
        await self._tx.blocking(self._keys.put, key_id, key)
        await self._tx.write(lambda uow, now: _recorded(uow, PinKeyImported(key_id)))
        return {"imported_from": str(path), "pin_key_id": key_id}


def _recorded(uow: UnitOfWork, event: PinKeyExported | PinKeyImported) -> Change:
    return Change(events=[event])  # the write records a returned Change's events as audit rows
