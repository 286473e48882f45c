"""Hashing what operators sign in with, and making session tokens.

Passwords and PINs are hashed with argon2id (argon2-cffi's recommended parameters, salted per
hash); a wrong guess costs the guesser the same work as a right one. Tokens are 256 random bits, so
the database keeps only their SHA-256: it is enough to recognise a token and useless to forge one.
"""

from __future__ import annotations

import hashlib
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher()  # argon2id by default
# Verified against when the name is unknown, so that a wrong name takes as long as a wrong password.
_UNKNOWN = _hasher.hash("no such operator: this hash matches nothing anyone types")


def hash_secret(secret: str) -> str:
    return _hasher.hash(secret)


def verify_secret(stored_hash: str | None, secret: str) -> bool:
    try:
        return _hasher.verify(stored_hash or _UNKNOWN, secret) and stored_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    return _hasher.check_needs_rehash(stored_hash)


def new_token() -> str:
    return "fdt_" + secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()
