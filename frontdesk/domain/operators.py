"""Operators, their roles and the permission matrix: who at the desk may do what.

The matrix (`LEAST_ROLE`) is the one table the services check and docs/security.md shows; the roles
are ranked, so a manager may do everything a receptionist may, and an administrator everything.
Plain Python: no clock, no hashing (services/operators/secrets.py hashes), no storage.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from typing import ClassVar

from frontdesk.domain.errors import FrontDeskError, InvalidInput
from frontdesk.domain.topics import Event, Topic
from frontdesk.domain.words import say


class Role(enum.Enum):
    """An operator's role; the order is the rank (each role has every permission of the ones before)."""

    RECEPTIONIST = "receptionist"
    MANAGER = "manager"
    ADMIN = "admin"

    @property
    def rank(self) -> int:
        return list(Role).index(self)

    @property
    def label(self) -> str:
        return {
            "receptionist": say("receptionist"),
            "manager": say("manager"),
            "admin": say("administrator"),
        }[self.value]


class Permission(enum.Enum):
    """What a service checks before it acts; the values are stable (they appear in errors and docs)."""

    STAYS = "stays"  # check-in, add guest, move, change dates, check-out, guest grants, out of order
    GUEST_CARDS = "guest-cards"  # encode, duplicate and cancel guest cards
    GUEST_PINS = "guest-pins"  # PIN codes with an end, backups
    LOCKOUT = "lockout"  # a guest cannot get in: look up, pull a backup, let in now
    READ_CARD = "read-card"  # read a card on the reader, tap it at a virtual door
    STAFF_CARDS = "staff-cards"  # staff access and staff cards
    OVERRIDE = "override"  # take rooms from a stay that is still live
    OPEN_ENDED_PINS = "open-ended-pins"  # PIN codes without an end
    DOOR_EDITS = "door-edits"  # add and change doors
    REPLACE_LOCK = "replace-lock"  # move a factory-reset lock's codes to its new device
    REPORTS = "reports"  # the audit log
    OPERATORS = "operators"  # create, list and disable operators, script tokens
    KEY_ROTATION = "key-rotation"  # start a new card key version
    PROVIDER = "provider"  # the lock provider's endpoint and API key
    PROPERTY_SETTINGS = "property-settings"  # the property's name and time zone, the demo
    ENCODERS = "encoders"  # which card encoder the desk uses
    FORCE = "force"  # a dangerous change done anyway (--force)
    EMERGENCY_CARDS = "emergency-cards"  # a card that opens every door, double-locked rooms too
    ROOM_BLOCKING = "room-blocking"  # cards that make a lock refuse guest cards, and undo it


# The permission matrix: the least role that holds each permission.
LEAST_ROLE: dict[Permission, Role] = {
    Permission.STAYS: Role.RECEPTIONIST,
    Permission.GUEST_CARDS: Role.RECEPTIONIST,
    Permission.GUEST_PINS: Role.RECEPTIONIST,
    Permission.LOCKOUT: Role.RECEPTIONIST,
    Permission.READ_CARD: Role.RECEPTIONIST,
    Permission.STAFF_CARDS: Role.MANAGER,
    Permission.OVERRIDE: Role.MANAGER,
    Permission.OPEN_ENDED_PINS: Role.MANAGER,
    Permission.DOOR_EDITS: Role.MANAGER,
    Permission.REPLACE_LOCK: Role.MANAGER,
    Permission.REPORTS: Role.MANAGER,
    Permission.OPERATORS: Role.ADMIN,
    Permission.KEY_ROTATION: Role.ADMIN,
    Permission.PROVIDER: Role.ADMIN,
    Permission.PROPERTY_SETTINGS: Role.ADMIN,
    Permission.ENCODERS: Role.ADMIN,
    Permission.FORCE: Role.ADMIN,
    Permission.EMERGENCY_CARDS: Role.MANAGER,
    Permission.ROOM_BLOCKING: Role.MANAGER,
}


def allows(role: Role, permission: Permission) -> bool:
    return role.rank >= LEAST_ROLE[permission].rank


@dataclass(frozen=True)
class Operator:
    """A person (or a PMS script) the desk acts for."""

    name: str
    role: Role
    disabled: bool = False


class NotSignedIn(FrontDeskError):
    status = 401
    title = say("Nobody is signed in.")
    hint = say(
        "Sign in first: frontdesk login NAME --password-stdin (or give a script's token in FRONTDESK_TOKEN)."
    )


class SignInRefused(FrontDeskError):
    """Wrong name or secret, or a disabled operator: one answer for all, so names cannot be probed."""

    status = 401
    title = say("Sign-in refused.")
    hint = say("Check the name and the password or PIN; a disabled operator cannot sign in.")


class NotPermitted(FrontDeskError):
    status = 403

    def __init__(self, permission: Permission, operator: Operator) -> None:
        least = LEAST_ROLE[permission]
        super().__init__(
            say("Not permitted: {permission}.", permission=permission.value),
            say(
                "Ask a {least} (or someone with a higher role) to do this; {operator} is a {role}.",
                least=least.label,
                operator=operator.name,
                role=operator.role.label,
            ),
            detail={"permission": permission.value, "role_needed": least.value, "operator": operator.name},
        )


def require(operator: Operator, permission: Permission) -> None:
    if not allows(operator.role, permission):
        raise NotPermitted(permission, operator)


_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}")
_PIN = re.compile(r"[0-9]+")
MIN_PASSWORD = 10


def check_operator_name(name: str) -> str:
    clean = name.strip()
    if not _NAME.fullmatch(clean):
        raise InvalidInput(
            say("The operator name is not valid."),
            say(
                "Use 1 to 64 letters, digits, spaces, dots, dashes or underscores; "
                "start with a letter or digit."
            ),
            detail={"name": name[:64]},
        )
    return clean


def check_secret(secret: str) -> str:
    """A password (at least 10 characters) or a PIN (4 to 8 digits); returns "pin" or "password"."""
    if _PIN.fullmatch(secret):
        if not 4 <= len(secret) <= 8:
            raise InvalidInput(
                say("A PIN has 4 to 8 digits."),
                say("Type 4 to 8 digits, or a password of 10 characters or more."),
            )
        return "pin"
    if len(secret) < MIN_PASSWORD or secret != secret.strip():
        raise InvalidInput(
            say("The password is too short."),
            say(
                "Use at least {min_password} characters (no spaces at either end), "
                "or a PIN of 4 to 8 digits.",
                min_password=MIN_PASSWORD,
            ),
        )
    return "password"


# --- events (the audit records them; never a secret in them) --------------------------------


@dataclass(frozen=True)
class OperatorCreated(Event):
    topics: ClassVar[frozenset[Topic]] = frozenset({Topic.AUDIT})
    operator_name: str
    role: str


@dataclass(frozen=True)
class OperatorDisabled(Event):
    topics: ClassVar[frozenset[Topic]] = frozenset({Topic.AUDIT})
    operator_name: str


@dataclass(frozen=True)
class ScriptTokenIssued(Event):
    topics: ClassVar[frozenset[Topic]] = frozenset({Topic.AUDIT})
    operator_name: str


@dataclass(frozen=True)
class DangerousChangeForced(Event):
    """An administrator did, with --force, what the desk refuses by default; `reason` says what."""

    topics: ClassVar[frozenset[Topic]] = frozenset({Topic.AUDIT})
    operator_name: str
    reason: str
