"""Lock-local time: cards carry wall-clock minutes since 2020-01-01 00:00 in the lock's zone.

Locks keep a local wall clock and know nothing about time zones or DST rules, so the card says
"valid until 11:00 on the door's clock" and a DST change can never shift a checkout by an hour.
Nothing here reads a clock: every moment is passed in as a timezone-aware datetime.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from frontdesk.domain.errors import InvalidInput
from frontdesk.domain.words import say

LOCK_EPOCH = datetime(2020, 1, 1)  # naive on purpose: a wall-clock reading, the same in every zone
MAX_LOCK_MINUTES = 0xFFFFFFFF


def lock_zone(zone: str) -> ZoneInfo:
    """The zone of a lock by IANA name, or InvalidInput with a way out."""
    try:
        return ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InvalidInput(
            say("Unknown time zone '{zone}'.", zone=zone), say("Use an IANA zone name such as Europe/Berlin.")
        ) from exc


def to_lock_minutes(moment: datetime, zone: str) -> int:
    """Whole minutes since 2020-01-01 00:00 on the wall clock of `zone` at `moment` (rounded down)."""
    if moment.tzinfo is None:
        raise InvalidInput(say("Time has no time zone."), say("Pass a timezone-aware datetime."))
    wall = moment.astimezone(lock_zone(zone)).replace(tzinfo=None)
    minutes = (wall - LOCK_EPOCH) // timedelta(minutes=1)
    if not 0 <= minutes <= MAX_LOCK_MINUTES:
        raise InvalidInput(say("Time is out of the card's range."), say("Use a date after 2020-01-01."))
    return minutes


def from_lock_minutes(minutes: int, zone: str) -> datetime:
    """The aware datetime a lock-local minute stands for (first occurrence on a fall-back day)."""
    wall = LOCK_EPOCH + timedelta(minutes=minutes)
    return wall.replace(tzinfo=lock_zone(zone))
