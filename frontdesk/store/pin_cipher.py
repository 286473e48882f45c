"""PIN values at rest: AES-GCM in the `access_codes.code` column, with a key the database never holds.

Each database has its own PIN key, named by a random id kept in the settings table
(`pin_key.id`); the key's 32 bytes live in the OS keyring of every workstation that shows or sends
PINs (the services hand in a `PinKeys`, see services/codes/pin_keys.py). A stored value is
`pin1:` + base64(12-byte nonce + ciphertext + tag), with the code's local id as associated data so
that a value copied onto another row does not open. A copy of the database file therefore does not
hand out PINs. Values written before encryption (no prefix) are read as they are and encrypted the
next time the code is saved.

Only the code repository calls this: services see plain PINs.
"""

from __future__ import annotations

import base64
import os
import uuid
import weakref
from datetime import datetime
from typing import Any, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy.orm import Session

from frontdesk.domain.errors import Unavailable
from frontdesk.domain.words import say
from frontdesk.store.code_tables import SettingRow

PREFIX = "pin1:"
KEY_ID_SETTING = "pin_key.id"


class PinKeys(Protocol):
    """Where PIN keys are kept (the OS keyring); the store never sees how."""

    def get(self, key_id: str) -> bytes | None: ...

    def put(self, key_id: str, key: bytes) -> None: ...


class PinKeyMissing(Unavailable):
    title = say("This computer does not hold the key that protects the PIN codes.")
    hint = say(
        "Use the workstation that first stored PINs for this database, or copy its PIN key into "
        "this computer's keyring (docs/security.md, 'PINs at rest')."
    )


class PinUnreadable(Unavailable):
    title = say("A stored PIN code cannot be opened with this computer's PIN key.")
    hint = say(
        "The PIN key in this computer's keyring is not the one the PINs were stored with, or the "
        "row was changed outside the desk. Copy the right key (docs/security.md, 'PINs at rest')."
    )


# The key id each database (engine) named, once known: it is written once, with the first PIN, and
# never changed (importing a key checks that it matches; a reset forgets them), so one read per
# engine is enough instead of one per transaction. Only ids are kept here, never key bytes.
_KNOWN_KEY_IDS: weakref.WeakKeyDictionary[Any, str] = weakref.WeakKeyDictionary()


def forget_known_pin_key_ids() -> None:
    """After the tables were dropped (`demo --reset`): the next PIN names a new key."""
    _KNOWN_KEY_IDS.clear()


def pin_key_id(session: Session) -> str | None:
    """The id of this database's PIN key (None until the first PIN is stored)."""
    row = session.get(SettingRow, KEY_ID_SETTING)
    return None if row is None else row.value


class PinCipher:
    """Seals and opens PIN values for one session; the key is looked up once, when first needed."""

    def __init__(self, session: Session, keys: PinKeys | None) -> None:
        self.session = session
        self._keys = keys
        self._aead: AESGCM | None = None

    def _key_id(self) -> str | None:
        engine = self.session.get_bind()
        known = _KNOWN_KEY_IDS.get(engine)
        if known is not None:
            return known
        row = self.session.get(SettingRow, KEY_ID_SETTING)
        if row is None:
            return None  # not named yet: read again next time (another desk may name it first)
        _KNOWN_KEY_IDS[engine] = row.value
        return row.value

    def _cipher(self, *, create_at: datetime | None = None) -> AESGCM:
        if self._aead is not None:
            return self._aead
        if self._keys is None:
            raise PinKeyMissing()
        key_id = self._key_id()
        key = self._keys.get(key_id) if key_id is not None else None
        if key is None:
            if key_id is not None or create_at is None:
                raise PinKeyMissing(detail={"pin_key_id": key_id})
            # The first PIN of this database: make its key (we hold the write lock, so only once).
            key_id, key = uuid.uuid4().hex, AESGCM.generate_key(bit_length=256)
            self._keys.put(key_id, key)
            self.session.add(SettingRow(key=KEY_ID_SETTING, value=key_id, updated_at=create_at))
            self.session.flush()
        self._aead = AESGCM(key)
        return self._aead

    def seal(self, local_id: str, pin: str | None, now: datetime, *, stored: str | None = None) -> str | None:
        """The value to store for `pin`; `stored`, the row's current value, is kept as it is when it
        already holds this PIN encrypted (no new nonce, no changed column for a PIN that did not change)."""
        if pin is None:
            return None
        if stored is not None and stored.startswith(PREFIX) and self.open(local_id, stored) == pin:
            return stored
        nonce = os.urandom(12)
        sealed = self._cipher(create_at=now).encrypt(nonce, pin.encode("utf-8"), local_id.encode("utf-8"))
        return PREFIX + base64.b64encode(nonce + sealed).decode("ascii")

    def open(self, local_id: str, stored: str | None) -> str | None:
        if stored is None or not stored.startswith(PREFIX):
            return stored  # written before PINs were encrypted
        raw = base64.b64decode(stored.removeprefix(PREFIX))
        try:
            pin = self._cipher().decrypt(raw[:12], raw[12:], local_id.encode("utf-8"))
        except InvalidTag:
            raise PinUnreadable(detail={"local_id": local_id}) from None
        return pin.decode("utf-8")
