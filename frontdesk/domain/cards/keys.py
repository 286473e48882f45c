"""Card keys: the per-property secret, per-job master keys and per-card diversified keys.

Three levels, so that no key ever does two jobs and no card reveals another card's key:

1. `PropertySecret`: 32 random bytes per property, kept in the OS keyring by the services.
2. Job master keys (`PropertyKeys`): AES-128 keys derived from the secret with a counter-mode KDF
   (NIST SP 800-108, PRF = AES-256-CMAC), one per job and key version: guest/staff card MAC,
   lock-state card MAC, MIFARE Classic key A (read), key B (write) and the NTAG write password.
3. Per-card keys: each job master key diversified with the card UID as in NXP AN10922 (AES-128).

See docs/card-format.md for the exact inputs.
"""

from __future__ import annotations

import enum
import secrets
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from cryptography.hazmat.primitives import cmac
from cryptography.hazmat.primitives.ciphers import algorithms

from frontdesk.domain.errors import InvalidInput
from frontdesk.domain.words import say

SECRET_BYTES = 32
MAX_UID_BYTES = 10
CLASSIC_FACTORY_KEY = bytes.fromhex("FFFFFFFFFFFF")
# Trailer access bits: data blocks readable with key A or B, writable with key B only; the trailer
# itself (keys and access bits) writable with key B only; keys never readable. C1C2C3 = 100 for the
# three data blocks and 011 for the trailer, i.e. bytes 78 77 88.
CLASSIC_ACCESS_BITS = bytes.fromhex("787788")
CLASSIC_GENERAL_PURPOSE_BYTE = 0x69
# Sector 1 holds the card header (magic, versions, property number: bytes 0..47). Its key A is
# published, the same for every property and card (the first 6 bytes of
# SHA-256("FrontDesk v1 Classic header key A")), so any FrontDesk reader can tell a card of another
# property from a damaged one, as it can on an NTAG whose pages read openly. Reading gives nothing
# away that the MAC does not protect; writing still needs the card's own key B.
CLASSIC_HEADER_SECTOR = 1
CLASSIC_HEADER_KEY_A = bytes.fromhex("24bb02089c8a")


class KeyJob(enum.Enum):
    """The separate jobs a key can do; each has its own master key (value = KDF label)."""

    CARD_MAC = b"FrontDesk v1 card MAC"
    LOCK_STATE_MAC = b"FrontDesk v1 lock-state MAC"
    CLASSIC_READ = b"FrontDesk v1 Classic key A"
    CLASSIC_WRITE = b"FrontDesk v1 Classic key B"
    NTAG_PASSWORD = b"FrontDesk v1 NTAG password"


def aes_cmac(key: bytes, message: bytes) -> bytes:
    """AES-CMAC (RFC 4493; AES-128 or AES-256 by key length) of `message`, 16 bytes."""
    mac = cmac.CMAC(algorithms.AES(key))
    mac.update(message)
    return mac.finalize()


def an10922_diversify(master_key: bytes, diversification_input: bytes) -> bytes:
    """AES-128 key diversification of NXP AN10922: CMAC(K, 0x01 || M), M padded to 32 bytes.

    AN10922 always pads 0x01 || M to two blocks. For 17 <= len(0x01 || M) <= 31 that is exactly the
    padding standard CMAC does, so we insist on that length and use the library's CMAC.
    """
    data = b"\x01" + diversification_input
    if not 17 <= len(data) <= 31:
        raise ValueError("diversification input must be 16 to 30 bytes")
    return aes_cmac(master_key, data)


def _check_uid(uid: bytes) -> bytes:
    if not 4 <= len(uid) <= MAX_UID_BYTES:
        raise InvalidInput(
            say("Card UID has an unexpected length."),
            say("Hold one MIFARE Classic, Ultralight or NTAG card on the reader and try again."),
        )
    return bytes(uid)


@dataclass(frozen=True)
class PropertySecret:
    """The 32-byte root secret of one property. Its repr never shows the bytes."""

    value: bytes = field(repr=False)

    def __post_init__(self) -> None:
        if len(self.value) != SECRET_BYTES:
            raise InvalidInput(
                say("Card secret has the wrong length."), say("Restore the property's card secret.")
            )

    def __repr__(self) -> str:
        return "PropertySecret(<hidden>)"

    def to_hex(self) -> str:
        """Hex text for the OS keyring (and nothing else)."""
        return self.value.hex()

    @classmethod
    def from_hex(cls, text: str) -> PropertySecret:
        try:
            return cls(bytes.fromhex(text))
        except ValueError as exc:
            raise InvalidInput(
                say("Card secret is not valid hex."), say("Restore the property's card secret.")
            ) from exc


def generate_property_secret(token_bytes: Callable[[int], bytes] = secrets.token_bytes) -> PropertySecret:
    """A fresh property secret from a cryptographic random source (default: `secrets`)."""
    return PropertySecret(token_bytes(SECRET_BYTES))


def derive_master_key(secret: PropertySecret, job: KeyJob, property_number: int, key_version: int) -> bytes:
    """SP 800-108 counter-mode KDF, one 128-bit block: [i=1] || label || 0x00 || context || [L=128]."""
    context = property_number.to_bytes(4, "big") + bytes([key_version])
    return aes_cmac(secret.value, b"\x01" + job.value + b"\x00" + context + (128).to_bytes(2, "big"))


@dataclass(frozen=True, eq=False)
class PropertyKeys:
    """The job master keys of one property and key version (or a subset: jobs not held are absent).

    Build with `from_secret`; hand a reduced set to a component that needs fewer powers with
    `limited_to` (a desk that only makes guest cards never needs the lock-state key).
    """

    property_number: int
    version: int
    masters: Mapping[KeyJob, bytes] = field(repr=False)
    _cache: dict[tuple[KeyJob, bytes, int], bytes] = field(
        default_factory=dict, repr=False, compare=False, hash=False
    )

    def __post_init__(self) -> None:
        if not 0 <= self.property_number <= 0xFFFFFFFF:
            raise InvalidInput(
                say("Property number out of range."), say("Use a property number from 0 to 4294967295.")
            )
        if not 0 <= self.version <= 0xFF:
            raise InvalidInput(say("Key version out of range."), say("Use a key version from 0 to 255."))

    def __repr__(self) -> str:
        jobs = ", ".join(sorted(job.name for job in self.masters))
        return f"PropertyKeys(property_number={self.property_number}, version={self.version}, jobs=[{jobs}])"

    @classmethod
    def from_secret(cls, secret: PropertySecret, property_number: int, version: int = 1) -> PropertyKeys:
        if not 0 <= property_number <= 0xFFFFFFFF or not 0 <= version <= 0xFF:
            raise InvalidInput(
                say("Property number or key version out of range."), say("Check the property settings.")
            )
        masters = {job: derive_master_key(secret, job, property_number, version) for job in KeyJob}
        return cls(property_number, version, masters)

    def limited_to(self, *jobs: KeyJob) -> PropertyKeys:
        """The same keys without the jobs not listed."""
        return replace(self, masters={j: k for j, k in self.masters.items() if j in jobs}, _cache={})

    def card_key(self, job: KeyJob, uid: bytes, sector: int = -1) -> bytes:
        """The 16-byte key of `job` for the card with `uid` (and Classic `sector`), cached."""
        uid = _check_uid(uid)
        cache_key = (job, uid, sector)
        found = self._cache.get(cache_key)
        if found is not None:
            return found
        master = self.masters.get(job)
        if master is None:
            raise InvalidInput(
                say("This key set may not do that."),
                say(
                    "The {job} key is not available on this workstation.",
                    job=job.name.lower().replace("_", " "),
                ),
            )
        padded_uid = uid.ljust(MAX_UID_BYTES, b"\0")
        m = b"FD" + self.property_number.to_bytes(4, "big") + bytes([len(uid)]) + padded_uid
        if sector >= 0:
            m += bytes([sector])
        key = an10922_diversify(master, m)
        if len(self._cache) > 4096:  # bounded: judging many different cards must not grow memory
            self._cache.clear()
        self._cache[cache_key] = key
        return key


def classic_sector_keys(keys: PropertyKeys, uid: bytes, sector: int) -> tuple[bytes, bytes]:
    """(key A, key B), 6 bytes each, for one MIFARE Classic 1K sector of the card with `uid`.

    Key A (locks read with it) and key B (only the encoder writes with it) come from different master
    keys; the header sector's key A is the published `CLASSIC_HEADER_KEY_A`.
    A result equal to the factory key is astronomically unlikely; we still refuse to use one.
    """
    if not 0 <= sector <= 15:
        raise InvalidInput(
            say("MIFARE Classic 1K has sectors 0 to 15."), say("Use a sector number from 0 to 15.")
        )
    key_a = (
        CLASSIC_HEADER_KEY_A
        if sector == CLASSIC_HEADER_SECTOR
        else keys.card_key(KeyJob.CLASSIC_READ, uid, sector)[:6]
    )
    key_b = keys.card_key(KeyJob.CLASSIC_WRITE, uid, sector)[:6]
    weak = {CLASSIC_FACTORY_KEY, bytes(6), CLASSIC_HEADER_KEY_A}
    if (key_a in weak and sector != CLASSIC_HEADER_SECTOR) or key_b in weak or key_a == key_b:
        raise InvalidInput(
            say("Derived sector key is unusable."), say("Rotate the property's card key version.")
        )
    return key_a, key_b


def classic_sector_trailer(keys: PropertyKeys, uid: bytes, sector: int) -> bytes:
    """The 16-byte trailer block to write: key A, access bits 78 77 88, GPB, key B."""
    key_a, key_b = classic_sector_keys(keys, uid, sector)
    return key_a + CLASSIC_ACCESS_BITS + bytes([CLASSIC_GENERAL_PURPOSE_BYTE]) + key_b


def ntag_password(keys: PropertyKeys, uid: bytes) -> tuple[bytes, bytes]:
    """(PWD 4 bytes, PACK 2 bytes) to write-protect an NTAG21x from page 4 on (optional hardening)."""
    raw = keys.card_key(KeyJob.NTAG_PASSWORD, uid)
    return raw[:4], raw[4:6]


@dataclass(frozen=True, eq=False)
class KeyRing:
    """What a lock (or the desk) accepts: key sets by version, the current one, and retirement times.

    A version listed in `accepted_until` is accepted only before that (timezone-aware) moment.
    """

    keys: Mapping[int, PropertyKeys]
    current_version: int
    accepted_until: Mapping[int, datetime] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.current_version not in self.keys:
            raise InvalidInput(
                say("Current key version has no keys."), say("Load the property's card secret.")
            )
        numbers = {k.property_number for k in self.keys.values()}
        if len(numbers) != 1:
            raise InvalidInput(
                say("Key ring mixes properties."), say("Use one property's keys per key ring.")
            )

    @classmethod
    def single(cls, keys: PropertyKeys) -> KeyRing:
        return cls({keys.version: keys}, keys.version)

    @classmethod
    def of(cls, keys: Iterable[PropertyKeys], current_version: int) -> KeyRing:
        return cls({k.version: k for k in keys}, current_version)

    @property
    def property_number(self) -> int:
        return self.keys[self.current_version].property_number

    @property
    def current(self) -> PropertyKeys:
        return self.keys[self.current_version]

    def rotated(self, new_keys: PropertyKeys, at: datetime, window: timedelta) -> KeyRing:
        """Make `new_keys` current; every older version stays accepted until `at + window`."""
        if at.tzinfo is None:
            raise InvalidInput(
                say("Rotation time needs a time zone."), say("Pass a timezone-aware datetime.")
            )
        if new_keys.version in self.keys:
            raise InvalidInput(say("Key version already used."), say("Pick a key version not used before."))
        until = dict(self.accepted_until)
        for version in self.keys:
            until[version] = min(until.get(version, at + window), at + window)
        return KeyRing({**self.keys, new_keys.version: new_keys}, new_keys.version, until)

    def is_retired(self, version: int, at: datetime) -> bool:
        limit = self.accepted_until.get(version)
        return limit is not None and at >= limit
