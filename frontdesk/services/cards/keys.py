"""The property's card secret in the OS keyring, its key versions and rotation.

Where things live (see docs/security.md):

- each key version's 32-byte `PropertySecret` is in the OS keyring, as hex, under service
  ``frontdesk`` and user name ``card-secret:<property id>:<property number as 8 hex>:v<version>``;
- the database only knows which versions exist and until when locks accept each
  (``card_key_versions``), never a key;
- derived keys exist in this process's memory only.

The first version is made on first need (the first encode, read or door tap of a property), so
setting up a property never needs the keyring. Without a secure keyring backend nothing is read
or written: `KeyringUnavailable`, never a plain-text fallback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from frontdesk.domain.cards import (
    CARD_BYTES,
    CLASSIC_ACCESS_BITS,
    KeyRing,
    PropertyKeys,
    PropertySecret,
    classic_sector_keys,
    generate_property_secret,
    ntag_password,
)
from frontdesk.domain.cards.events import CardKeyCreated, CardKeyRotated
from frontdesk.domain.cards.keys import CLASSIC_GENERAL_PURPOSE_BYTE, CLASSIC_HEADER_KEY_A
from frontdesk.domain.errors import InvalidInput, Unavailable
from frontdesk.domain.words import say
from frontdesk.services.cards.encoder import CardWriteProtected, Encoder, PresentedCard
from frontdesk.services.keyring_check import backend_name, is_secure_backend, untrusted_choice
from frontdesk.store.card_repository import CardProperty, KeyVersion
from frontdesk.store.unit_of_work import UnitOfWork

KEYRING_SERVICE = "frontdesk"
MAX_KEY_VERSION = 0xFF

log = logging.getLogger(__name__)

# Backends that keep the secret in plain text or not at all. keyrings.alt is never a dependency
# (once installed it silently becomes the default), but a machine may have it anyway.


class KeyringUnavailable(Unavailable):
    title = say("No secure keyring is available for the card secret.")
    hint = say(
        "Start or unlock the desktop keyring (GNOME Keyring or KWallet, macOS Keychain, Windows "
        "Credential Locker); key cards cannot be encoded or read without it."
    )


class CardSecretMissing(Unavailable):
    title = say("This computer does not hold the property's card secret.")
    hint = say(
        "Encode cards on the workstation that set up the card keys, or copy the secret into this "
        "computer's keyring (see docs/security.md)."
    )


def secure_keyring() -> Any:
    """The keyring module, after checking its backend keeps secrets safely; else KeyringUnavailable."""
    import keyring

    backend = keyring.get_keyring()
    if not is_secure_backend(backend):
        title, hint = untrusted_choice(backend) or (None, None)
        raise KeyringUnavailable(title, hint, detail={"backend": backend_name(backend)})
    return keyring


def secret_name(prop: CardProperty, version: int) -> str:
    """The keyring user name of one key version's secret (the property number keeps two databases of
    the same property id, e.g. two demo installs, from sharing or overwriting a secret)."""
    return f"card-secret:{prop.property_id}:{prop.property_number:08x}:v{version}"


def _keyring_call(what: str, call: Callable[..., str | None], *args: str) -> str | None:
    import keyring.errors

    try:
        return call(*args)
    except keyring.errors.KeyringLocked:
        raise KeyringUnavailable(
            say("The keyring is locked."), say("Unlock the desktop keyring, then try again.")
        ) from None
    except keyring.errors.KeyringError as exc:
        # The exception text of some backends quotes what was passed in: never log or show it.
        raise KeyringUnavailable(
            say("The keyring could not {what} the card secret.", what=what),
            say(
                "Unlock or repair the desktop keyring ({backend}), then try again.",
                backend=type(exc).__name__,
            ),
        ) from None


@dataclass(frozen=True)
class ClassicSectorKeys:
    """The `CardKeys` a driver needs: this key version's per-card Classic sector keys and NTAG
    write password.

    `move_to`: the current version, when these are an older version's keys a chip was taken over
    with; the driver then rewrites each sector's trailer with the current keys as it writes."""

    keys: PropertyKeys
    move_to: PropertyKeys | None = None

    def sector_keys(self, uid: bytes, sector: int) -> tuple[bytes, bytes]:
        return classic_sector_keys(self.keys, uid, sector)

    def trailer_access_bits(self) -> bytes:
        return CLASSIC_ACCESS_BITS + bytes([CLASSIC_GENERAL_PURPOSE_BYTE])

    def ntag_password(self, uid: bytes) -> tuple[bytes, bytes]:
        return ntag_password(self.keys, uid)

    def moving_to(self) -> ClassicSectorKeys | None:
        return None if self.move_to is None else ClassicSectorKeys(self.move_to)


def sector_key_candidates(ring: KeyRing) -> list[ClassicSectorKeys]:
    """Classic sectors (and an NTAG's password) keep the keys of the version that took the card
    over: try the current version first, then older ones, newest first; an older one moves the
    chip to the current."""
    versions = sorted(ring.keys, key=lambda v: (v != ring.current_version, -v))
    current = ring.keys[ring.current_version]
    return [ClassicSectorKeys(ring.keys[v], None if v == ring.current_version else current) for v in versions]


class PublishedHeaderKey:
    """`CardKeys` that open only the Classic header sector, with its published key A, to read."""

    def sector_keys(self, uid: bytes, sector: int) -> tuple[bytes, bytes]:
        return CLASSIC_HEADER_KEY_A, bytes(6)

    def trailer_access_bits(self) -> bytes:
        return CLASSIC_ACCESS_BITS + bytes([CLASSIC_GENERAL_PURPOSE_BYTE])

    def ntag_password(self, uid: bytes) -> tuple[bytes, bytes]:
        raise InvalidInput(say("The published header key writes nothing."), say("Use the property's keys."))

    def moving_to(self) -> None:
        return None


HEADER_BYTES = 48  # Classic sector 1: blocks 4, 5, 6 = bytes 0..47 (magic .. first cancelled serials)


async def read_card_image(encoder: Encoder, card: PresentedCard, ring: KeyRing) -> bytes | None:
    """The card's 144-byte image, or None when its Classic sectors open with none of our keys and
    its header sector not with the published key.

    A Classic card of another FrontDesk property opens only its header sector, with the published
    key A: then the image is that header and zeros, enough for `decode_card` to say "other
    property" (never a valid card: it has no MAC)."""
    if not card.card_type.is_classic:
        return await encoder.read(card, None, CARD_BYTES)
    for keys in sector_key_candidates(ring):
        try:
            return await encoder.read(card, keys, CARD_BYTES)
        except CardWriteProtected:
            continue
    try:
        header = await encoder.read(card, PublishedHeaderKey(), HEADER_BYTES, with_key_a=True)
    except CardWriteProtected:
        return None
    return header + bytes(CARD_BYTES - len(header))


class CardKeyStore:
    """Loads (and on first need creates) the property's key ring. Call on the database thread,
    inside a write unit of work: the first version's row is added to that transaction."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, int, int], PropertyKeys] = {}

    def _load(self, prop: CardProperty, version: int) -> PropertyKeys | None:
        cached = self._cache.get((prop.property_id, prop.property_number, version))
        if cached is not None:
            return cached
        keyring = secure_keyring()
        text = _keyring_call("read", keyring.get_password, KEYRING_SERVICE, secret_name(prop, version))
        if text is None:
            return None
        try:
            secret = PropertySecret.from_hex(text.strip())
        except InvalidInput:
            raise CardSecretMissing(
                say("The card secret in the keyring is damaged."),
                say("Restore the property's card secret into the keyring (see docs/security.md)."),
                detail={"key_version": version},
            ) from None
        keys = PropertyKeys.from_secret(secret, prop.property_number, version)
        self._cache[(prop.property_id, prop.property_number, version)] = keys
        return keys

    def _store_new_secret(self, prop: CardProperty, version: int) -> None:
        keyring = secure_keyring()
        secret = generate_property_secret()
        _keyring_call(
            "store", keyring.set_password, KEYRING_SERVICE, secret_name(prop, version), secret.to_hex()
        )
        # Not cached: if this transaction rolls back, the next attempt makes (and stores) another.
        self._cache.pop((prop.property_id, prop.property_number, version), None)

    def key_ring(self, uow: UnitOfWork, now: datetime) -> KeyRing:
        """Every key version this computer holds, the newest current; creates version 1 if none."""
        secure_keyring()
        prop = uow.cards.property()
        versions = uow.cards.key_versions()
        if not versions:
            self._store_new_secret(prop, 1)
            uow.cards.add_key_version(1, now)
            uow.record(CardKeyCreated(prop.property_id, 1))
            log.info("created card key version 1 for property %s", prop.property_id)
            versions = [KeyVersion(1, now, None)]
        return self._ring(prop, versions)

    def _ring(self, prop: CardProperty, versions: Sequence[KeyVersion]) -> KeyRing:
        current = max(v.key_version for v in versions)
        keys: dict[int, PropertyKeys] = {}
        for version in versions:
            loaded = self._load(prop, version.key_version)
            if loaded is not None:
                keys[version.key_version] = loaded
            else:
                log.warning("card key version %s is not in this computer's keyring", version.key_version)
        if current not in keys:
            raise CardSecretMissing(detail={"key_version": current})
        until = {v.key_version: v.accepted_until for v in versions if v.accepted_until is not None}
        return KeyRing(keys, current, until)

    def rotate(self, uow: UnitOfWork, now: datetime, window: timedelta) -> CardKeyRotated:
        """Make a new key version current; older versions stay accepted for `window`."""
        if window < timedelta(0):
            raise InvalidInput(
                say("The rotation window cannot be negative."), say("Give a window of 0 days or more.")
            )
        ring = self.key_ring(uow, now)
        prop = uow.cards.property()
        new_version = max(v.key_version for v in uow.cards.key_versions()) + 1
        if new_version > MAX_KEY_VERSION:
            raise InvalidInput(
                say("All 255 card key versions are used."),
                say("Set the property up with a new property number to start again."),
            )
        self._store_new_secret(prop, new_version)
        uow.cards.add_key_version(new_version, now)
        uow.cards.retire_key_versions_before(new_version, now + window)
        event = CardKeyRotated(prop.property_id, new_version, now + window)
        uow.record(event)
        log.info("card key version %s is current (was %s)", new_version, ring.current_version)
        return event

    def versions(self, uow: UnitOfWork) -> list[KeyVersion]:
        return uow.cards.key_versions()
