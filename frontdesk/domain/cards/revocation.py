"""Which revoked serials a new card carries to its doors (docs/card-format.md, "Revocation").

A lock learns a revoked serial only from a newer card used at it, and forgets the oldest once its
memory is full. So a new card carries every revocation that concerns one of its doors, for as long
as the revoked card itself could still open (until its own end), and never one that concerns none
of them: a failed encode or a lost card in another wing takes no room on this card. When more
revocations concern the card than it holds, the stay's own revoked cards go first, then those of
its room doors, then the rest (common doors); within each, the latest revocation first, because
an older one has already ridden on earlier cards.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Revocation:
    """A revoked card as far as the doors are concerned: its serial, doors, end and grant."""

    serial: int
    doors: frozenset[str]
    ends_at: datetime
    revoked_at: datetime
    grant_id: str | None = None


@dataclass(frozen=True)
class CarriedRevocations:
    """What a new card carries (oldest revocation first, the order a lock appends in)."""

    serials: tuple[int, ...]
    left_off: int  # revocations that concern the card's doors but did not fit


def revocations_to_carry(
    revocations: Iterable[Revocation],
    now: datetime,
    doors: Iterable[str],
    limit: int,
    *,
    own_grant_ids: Iterable[str] = (),
    room_doors: Iterable[str] = (),
) -> CarriedRevocations:
    """The revoked serials a card for `doors`, encoded at `now`, carries (at most `limit`)."""
    wanted, rooms, own = set(doors), set(room_doors), set(own_grant_ids)
    concerned = [r for r in revocations if r.ends_at > now and wanted & r.doors]

    def tier(revocation: Revocation) -> int:
        if revocation.grant_id is not None and revocation.grant_id in own:
            return 0
        return 1 if rooms & revocation.doors else 2

    def age(revocation: Revocation) -> tuple[datetime, int]:
        return revocation.revoked_at, revocation.serial

    latest_first = sorted(concerned, key=age, reverse=True)
    chosen = sorted(latest_first, key=tier)[:limit]  # a stable sort keeps the latest first per tier
    return CarriedRevocations(
        tuple(r.serial for r in sorted(chosen, key=age)), max(0, len(concerned) - limit)
    )
