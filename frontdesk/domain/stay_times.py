"""When a stay may start and end, and how a time typed in the property's zone becomes a real moment.

Pure rules: `now` is always a parameter (the services read it from the app's clock).

The rules for a new or changed stay (`check_stay_times`):
- both times carry a zone, both are real wall-clock times there, and the end is after the start;
- years from EARLIEST_YEAR to LATEST_YEAR only (year 1, 3000 or 9999 is a typing mistake);
- the stay has not ended (its end is after now): a stay in the past is refused. Its start may lie
  before now: a walk-in that began a minute ago, or a guest in the house whose stay is entered
  late (the desk was down, the stay comes from another system), and who must get in now;
- it starts at most MAX_BOOKING_AHEAD from now and lasts at most MAX_STAY.

Local times (`local_time`): a wall-clock time that falls in a spring-forward gap does not exist, so
it is refused with a hint naming the times on either side; one that happens twice (the autumn fold)
means its first occurrence, and the caller gets a note saying which offset was used.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

from frontdesk.domain.errors import InvalidInput
from frontdesk.domain.words import say

# The property's usual check-in and check-out times: the check-in dialog's defaults and what a date
# typed without a time means on the command line.
CHECK_IN_TIME = time(15, 0)
CHECK_OUT_TIME = time(11, 0)

EARLIEST_YEAR = 2000
LATEST_YEAR = 2100
MAX_STAY = timedelta(days=366)
MAX_BOOKING_AHEAD = timedelta(days=2 * 366)


@dataclass(frozen=True)
class LocalTime:
    """A typed wall-clock time resolved in a zone; `note` says how, when it was not plain."""

    value: datetime
    note: str | None = None


def _wall(value: datetime) -> datetime:
    return value.replace(tzinfo=None, fold=0)


def is_real_local_time(value: datetime) -> bool:
    """False for a wall-clock time in a spring-forward gap (it names no moment on the clock)."""
    if value.tzinfo is None:
        return True
    return _wall(value.astimezone(UTC).astimezone(value.tzinfo)) == _wall(value)


def check_year(value: datetime, what: str) -> None:
    if not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        raise InvalidInput(
            say("The {what} date is out of range.", what=what),
            say(
                "Use a year from {earliest_year} to {latest_year}; check the year you typed.",
                earliest_year=EARLIEST_YEAR,
                latest_year=LATEST_YEAR,
            ),
            detail={"year": value.year},
        )


def _gap_edges(wall: datetime, zone: tzinfo) -> tuple[datetime, datetime]:
    """The last minute before and the first minute after the gap `wall` falls in (wall times)."""
    before, after = wall.replace(tzinfo=zone, fold=0), wall.replace(tzinfo=zone, fold=1)
    low = (wall - (before.utcoffset() or timedelta())).replace(tzinfo=UTC)  # after the jump
    high = (wall - (after.utcoffset() or timedelta())).replace(tzinfo=UTC)
    low, high = min(low, high), max(low, high)
    target = low.astimezone(zone).utcoffset()
    while high - low > timedelta(minutes=1):  # the instant the offset changes, to the minute
        middle = low + (high - low) / 2
        middle = middle.replace(second=0, microsecond=0)
        if middle.astimezone(zone).utcoffset() == target:
            low = middle
        else:
            high = middle
    return _wall(low.astimezone(zone)), _wall(high.astimezone(zone))


def local_time(wall: datetime, zone: str, what: str) -> LocalTime:
    """The moment a wall-clock time (no offset) names in `zone`: refused in a gap, first in a fold."""
    tz = ZoneInfo(zone)
    check_year(wall, what)
    value = wall.replace(tzinfo=tz, fold=0)
    if not is_real_local_time(value):
        last, first = _gap_edges(_wall(wall), tz)
        jump = last + timedelta(minutes=1)
        raise InvalidInput(
            say("The {what} time does not exist in {zone}.", what=what, zone=zone),
            say(
                "On {day} the clocks jump from {jump:%H:%M} to {first:%H:%M}; "
                "choose a time before {jump:%H:%M}, or {first:%H:%M} or later.",
                day=wall.date().isoformat(),
                jump=jump,
                first=first,
            ),
            detail={"value": wall.isoformat(), "time_zone": zone},
        )
    second = wall.replace(tzinfo=tz, fold=1)
    if second.utcoffset() != value.utcoffset():
        return LocalTime(
            value,
            f"The {what} time {wall:%Y-%m-%d %H:%M} happens twice in {zone} (the clocks go back); "
            f"the first one was used: {value.isoformat()}. Type {second.isoformat()} for the second.",
        )
    return LocalTime(value)


def arrival_on(day: date, zone: str, now: datetime) -> datetime:
    """A stay given by its arrival day: now (to the minute) when that is today, else check-in time."""
    local_now = now.astimezone(ZoneInfo(zone))
    if day == local_now.date():
        return local_now.replace(second=0, microsecond=0)
    return local_time(datetime.combine(day, CHECK_IN_TIME), zone, say("start")).value


def departure_on(day: date, zone: str) -> datetime:
    """A stay given by its departure day ends at the check-out time."""
    return local_time(datetime.combine(day, CHECK_OUT_TIME), zone, say("end")).value


def start_of_today(now: datetime, zone: str) -> datetime:
    local_now = now.astimezone(ZoneInfo(zone))
    return datetime.combine(local_now.date(), time(0, 0), ZoneInfo(zone))


def check_stay_times(starts_at: datetime, ends_at: datetime, now: datetime) -> None:
    """The rules of the module docstring, for a new stay and for new dates of one."""
    if starts_at.tzinfo is None or ends_at.tzinfo is None:
        raise InvalidInput(
            say("Times need a time zone."), say("Give times with an offset, e.g. 2026-11-22T15:00:00-08:00.")
        )
    for value, what in ((starts_at, say("start")), (ends_at, say("end"))):
        check_year(value, what)
        if not is_real_local_time(value):
            raise InvalidInput(
                say("The {what} time does not exist in its time zone.", what=what),
                say("The clocks jump forward at that hour; choose a time before or after the jump."),
                detail={"value": value.isoformat()},
            )
    if ends_at <= starts_at:
        raise InvalidInput(
            say("The end is not after the start."), say("Choose an end date and time later than the start.")
        )
    if ends_at <= now:
        raise InvalidInput(
            say("The stay is already over."),
            say("Choose an end later than now; past stays cannot be given access."),
        )
    if starts_at - now > MAX_BOOKING_AHEAD:
        raise InvalidInput(
            say("The stay starts too far ahead."),
            say("A stay can start at most two years from today; check the year."),
        )
    if ends_at - starts_at > MAX_STAY:
        raise InvalidInput(
            say("The stay is longer than a year."),
            say("A stay lasts at most 366 days; give new access when this one ends."),
        )
