"""Rules of offline PIN codes: rounding a stay to a time slot, and what cannot be changed.

Offline codes are computed from keys the lock shares with its maker's server, so the lock
never hears about them: they only exist for configured time slots, last at most 31 days, and
once issued can be neither changed nor deleted.

Time arithmetic is done on absolute instants (UTC), and slot times are placed on the lock's
wall clock; that is what keeps a stay across a daylight-saving change right. (Python subtracts
two datetimes sharing one tzinfo by wall clock, which is off by an hour across the change.)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from frontdesk.domain.codes.access_code import AccessCode
from frontdesk.domain.codes.errors import (
    BadTimeRounding,
    EndsBeforeStarts,
    NoTimeSlotsFound,
    OfflineCodeImmutable,
    StayTooLong,
    TimesNeedZone,
)
from frontdesk.domain.codes.lifecycle import require_aware
from frontdesk.domain.codes.time_slots import TimeSlot
from frontdesk.domain.words import say

MAX_OFFLINE_STAY = timedelta(days=31)

ROUNDING_TOLERANCE: dict[str, timedelta] = {
    "1hour": timedelta(hours=1),
    "1h": timedelta(hours=1),
    "1day": timedelta(days=1),
    "1d": timedelta(days=1),
}


@dataclass(frozen=True)
class SlotMatch:
    """The slot a stay was rounded to, and the code's real start and end in the lock's zone."""

    slot: TimeSlot
    starts_at: datetime
    ends_at: datetime

    def shift(self, starts_at: datetime, ends_at: datetime) -> tuple[timedelta, timedelta]:
        """How far the code's start and end moved from the booking (positive: later)."""
        return self.starts_at - starts_at, self.ends_at - ends_at


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise TimesNeedZone(
            title=say("The lock's time zone is not known."),
            hint=say("Set the lock's time zone (an IANA name such as Europe/Paris) in its details."),
            detail={"lock_zone": name},
        ) from exc


def _on_wall_clock(day: date, clock: time, zone: ZoneInfo) -> datetime:
    """`clock` on `day` in `zone`; a time skipped by a spring-forward change moves an hour on."""
    return datetime.combine(day, clock, tzinfo=zone).astimezone(UTC).astimezone(zone)


def _nearest(moment: datetime, clock: time, zone: ZoneInfo) -> datetime:
    """The occurrence of wall-clock `clock` nearest to `moment` (the day before, of, or after)."""
    local_day = moment.astimezone(zone).date()
    candidates = [_on_wall_clock(local_day + timedelta(days=k), clock, zone) for k in (-1, 0, 1)]
    return min(candidates, key=lambda c: abs(c.astimezone(UTC) - moment.astimezone(UTC)))


def _wall_length(start: datetime, end: datetime) -> timedelta:
    """Length of a stay as the lock's calendar counts it (31 days stays 31 days across DST)."""
    return end.replace(tzinfo=None) - start.replace(tzinfo=None)


def _no_slots_error(slots: Sequence[TimeSlot], tolerance: timedelta) -> NoTimeSlotsFound:
    usable = [s for s in slots if s.usable_for_stays]
    if not usable:
        hint = say("This lock has no time slots for guest stays; ask the lock's installer to add some.")
    else:
        window = say("one hour") if tolerance <= timedelta(hours=1) else say("one day")
        hint = say(
            "Move the booking times to within {window} of one of the lock's time slots: {slots}.",
            window=window,
            slots="; ".join(s.describe() for s in usable),
        )
    return NoTimeSlotsFound(hint=hint, detail={"time_slots": [s.describe() for s in slots]})


def match_time_slot(
    slots: Sequence[TimeSlot],
    starts_at: datetime,
    ends_at: datetime,
    lock_zone: str,
    max_time_rounding: str = "1hour",
) -> SlotMatch:
    """Round a stay to the closest usable slot of an offline lock.

    Each end may move at most the tolerance (one hour, or one day with `1day`). One-shot and
    master slots are never used for stays. The rounded stay must last at most 31 days. With no
    slot close enough: 400 "No time slots found." listing the lock's slots.
    """
    require_aware(starts_at, "starts_at")
    require_aware(ends_at, "ends_at")
    tolerance = ROUNDING_TOLERANCE.get(max_time_rounding)
    if tolerance is None:
        raise BadTimeRounding(detail={"max_time_rounding": max_time_rounding})
    if ends_at <= starts_at:
        raise EndsBeforeStarts()
    zone = _zone(lock_zone)
    start_local, end_local = starts_at.astimezone(zone), ends_at.astimezone(zone)
    if _wall_length(start_local, end_local) > MAX_OFFLINE_STAY + tolerance:
        raise StayTooLong(detail={"days": _wall_length(start_local, end_local).days})

    best: tuple[timedelta, str, SlotMatch] | None = None
    too_long = False
    for slot in slots:
        if not slot.usable_for_stays:
            continue
        start = _nearest(starts_at, slot.check_in_time.time, zone)
        end = _nearest(ends_at, slot.check_out_time.time, zone)
        moved_start = abs(start.astimezone(UTC) - starts_at.astimezone(UTC))
        moved_end = abs(end.astimezone(UTC) - ends_at.astimezone(UTC))
        if moved_start > tolerance or moved_end > tolerance or end.astimezone(UTC) <= start.astimezone(UTC):
            continue
        if _wall_length(start, end) > MAX_OFFLINE_STAY:
            too_long = True
            continue
        candidate = (moved_start + moved_end, slot.name, SlotMatch(slot, start, end))
        if best is None or candidate[:2] < best[:2]:
            best = candidate
    if best is None:
        if too_long:
            raise StayTooLong()
        raise _no_slots_error(slots, tolerance)
    return best[2]


def check_mutable(code: AccessCode) -> None:
    """Refuse (409) to change or delete an offline code: the lock would never hear of it."""
    if code.is_offline_access_code:
        raise OfflineCodeImmutable(detail={"local_id": code.local_id, "access_code_id": code.access_code_id})
