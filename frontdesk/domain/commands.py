"""What the desk is asked to do, as orders. Services carry them out."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime

from frontdesk.domain.model import AccessMethod, UserKind

CARD_ONLY = frozenset({AccessMethod.CARD})


@dataclass(frozen=True)
class CreateGrant:
    user_name: str
    entrance_ids: tuple[str, ...]
    starts_at: datetime
    ends_at: datetime
    kind: UserKind = UserKind.GUEST
    reservation_key: str | None = None
    access_methods: frozenset[AccessMethod] = CARD_ONLY


@dataclass(frozen=True)
class UpdateGrant:
    access_grant_id: str
    starts_at: datetime | None = None
    ends_at: datetime | None = None


@dataclass(frozen=True)
class DeleteGrant:
    access_grant_id: str


@dataclass(frozen=True)
class CheckIn:
    """Start a stay: one or more guests on one or more rooms (their doors), under one new key."""

    guest_names: tuple[str, ...]
    entrance_ids: tuple[str, ...]
    starts_at: datetime
    ends_at: datetime
    reservation_key: str | None = None  # None: the desk makes one
    access_methods: frozenset[AccessMethod] = CARD_ONLY
    override_live: bool = False  # take the rooms even from a stay whose dates overlap
    # The stays the person agreed to override (the GUI's question named them): any other stay
    # found holding the rooms is refused again, so a stay that appeared meanwhile is asked about.
    override_stays: frozenset[str] = frozenset()


@dataclass(frozen=True)
class AddGuest:
    """A joiner: a further guest on a stay, on all its doors or some of them."""

    reservation_key: str
    guest_name: str
    entrance_ids: tuple[str, ...] = ()  # empty: every door of the stay
    access_methods: frozenset[AccessMethod] = CARD_ONLY


@dataclass(frozen=True)
class MoveRoom:
    reservation_key: str
    entrance_ids: tuple[str, ...]
    override_live: bool = False  # take the rooms even from a stay whose dates overlap
    override_stays: frozenset[str] = frozenset()  # as CheckIn.override_stays


@dataclass(frozen=True)
class ChangeDates:
    reservation_key: str
    starts_at: datetime
    ends_at: datetime


class CardsAtCheckOut(enum.Enum):
    """What happened to a stay's key cards at check-out; the receptionist says which."""

    COLLECTED = "collected"  # handed back at the desk: nothing to revoke
    REVOKE = "revoke"  # not handed back: their serials go on the cancelled list of newer cards


@dataclass(frozen=True)
class CheckOut:
    reservation_key: str
    # None: refused (409) when the stay has key cards that still open doors, never silently nothing.
    cards: CardsAtCheckOut | None = None


@dataclass(frozen=True)
class GrantStaffAccess:
    staff_name: str
    starts_at: datetime
    ends_at: datetime
    door_groups: tuple[str, ...] = ()
    entrance_ids: tuple[str, ...] = field(default=())
    force: bool = False  # every door or over a year: an administrator's, audited (domain/second_look.py)
