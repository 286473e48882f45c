"""When a code should be on the lock, and what the desk tells people about it.

A time-bound code is programmed onto the lock 30 minutes before it starts and taken off when
it ends. The desk compares what it expects with what the provider reports, to flag codes that
should be live but are not (a guest about to arrive at a door that will not open).
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime, timedelta, tzinfo
from typing import NamedTuple

from frontdesk.domain.codes.access_code import AccessCode, CodeIssue, CodeStatus, SyncState
from frontdesk.domain.codes.constraints import (
    NO_CONSTRAINTS,
    START_DATE_IN_FUTURE,
    CodeConstraints,
    check_name,
    check_pin,
)
from frontdesk.domain.codes.errors import (
    BothOrNeitherTimes,
    EndAlreadyPast,
    EndsBeforeStarts,
    StartMustBeInFuture,
    TimesNeedZone,
)
from frontdesk.domain.codes.issues import describe_issue, normalized_issue_code
from frontdesk.domain.words import lower_first, say

PROGRAMMING_LEAD = timedelta(minutes=30)
"""How long before `starts_at` the provider programs a time-bound code."""

DEFAULT_GRACE = timedelta(minutes=30)
"""How long the desk waits past the expected moment before flagging a code."""

MONTHS = (
    say("Jan"),
    say("Feb"),
    say("Mar"),
    say("Apr"),
    say("May"),
    say("Jun"),
    say("Jul"),
    say("Aug"),
    say("Sep"),
    say("Oct"),
    say("Nov"),
    say("Dec"),
)


def require_aware(value: datetime | None, what: str) -> None:
    """Refuse naive datetimes: a time without a zone is ambiguous for a lock in another zone."""
    if value is not None and (value.tzinfo is None or value.utcoffset() is None):
        raise TimesNeedZone(detail={"field": what})


def validate_times(
    starts_at: datetime | None, ends_at: datetime | None, *, now: datetime | None = None
) -> None:
    """Both or neither; aware; the end after the start; with `now`, the end not already past."""
    require_aware(starts_at, "starts_at")
    require_aware(ends_at, "ends_at")
    if (starts_at is None) != (ends_at is None):
        raise BothOrNeitherTimes()
    if starts_at is not None and ends_at is not None:
        if ends_at <= starts_at:
            raise EndsBeforeStarts(
                detail={"starts_at": starts_at.isoformat(), "ends_at": ends_at.isoformat()}
            )
        if now is not None and ends_at <= now:
            raise EndAlreadyPast(detail={"ends_at": ends_at.isoformat()})


def validate_code(
    code: AccessCode,
    constraints: CodeConstraints = NO_CONSTRAINTS,
    *,
    taken: Collection[str] = (),
    taken_names: Collection[str] = (),
    now: datetime | None = None,
) -> None:
    """Everything the desk checks before sending a new or changed code to its lock.

    `taken` and `taken_names`: the PINs and names of the lock's *other* codes (leave the code
    itself out when validating a change). A code without a PIN is left for the provider to fill.
    """
    validate_times(code.starts_at, code.ends_at, now=now)
    if (
        START_DATE_IN_FUTURE in constraints.rules
        and code.starts_at is not None
        and now is not None
        and code.starts_at <= now
    ):
        raise StartMustBeInFuture(detail={"starts_at": code.starts_at.isoformat()})
    if code.code is not None:
        check_pin(code.code, constraints, taken)
    check_name(code.name, constraints, taken_names)


def programming_time(code: AccessCode) -> datetime | None:
    """When the provider programs the code: 30 minutes before the start, or None (at once)."""
    if code.starts_at is None or code.is_offline_access_code:
        return None  # ongoing codes go on as soon as they are created; offline ones are computed
    return code.starts_at - PROGRAMMING_LEAD


def expected_status(code: AccessCode, now: datetime) -> str:
    """`set` or `unset`: where the code should be now if everything works."""
    if code.sync_state is SyncState.PENDING_DELETE:
        return CodeStatus.UNSET
    if code.has_ended(now):
        return CodeStatus.UNSET
    programmed_at = programming_time(code)
    if programmed_at is not None and now < programmed_at:
        return CodeStatus.UNSET
    return CodeStatus.SET


def _expected_on_lock_since(code: AccessCode) -> datetime | None:
    programmed_at = programming_time(code)
    return programmed_at if programmed_at is not None else code.created_at


def is_overdue(code: AccessCode, now: datetime, grace: timedelta = DEFAULT_GRACE) -> bool:
    """The code should have been live on the lock for longer than `grace`, and it is not.

    With the default grace a time-bound code is flagged from its start time on, half an hour
    after the provider should have programmed it.
    """
    if expected_status(code, now) != CodeStatus.SET or code.status == CodeStatus.SET:
        return False
    since = _expected_on_lock_since(code)
    return since is not None and now >= since + grace


def is_removal_overdue(code: AccessCode, now: datetime, grace: timedelta = DEFAULT_GRACE) -> bool:
    """The code should have left the lock more than `grace` ago but still shows as set.

    This is the case where a guest could get back in after the stay.
    """
    if code.status != CodeStatus.SET or code.is_offline_access_code:
        return False
    return code.ends_at is not None and now >= code.ends_at + grace


def _clock(moment: datetime, now: datetime, tz: tzinfo | None) -> str:
    local = moment.astimezone(tz) if tz is not None else moment
    local_now = now.astimezone(local.tzinfo)
    hhmm = f"{local.hour:02d}:{local.minute:02d}"
    if local.date() == local_now.date():
        return hhmm
    return say("{time} on {day} {month}", time=hhmm, day=local.day, month=MONTHS[local.month - 1])


def describe_status(
    status: str,
    starts_at: datetime | None,
    ends_at: datetime | None,
    now: datetime,
    tz: tzinfo | None = None,
) -> str:
    """One line for the receptionist saying where the code stands.

    Times are shown in `tz` (the lock's or the property's zone); without it, in the zone the
    times were given in. An unknown provider status is shown as it came.
    """
    if status == CodeStatus.SET:
        if ends_at is not None and ends_at <= now:
            return say("Still on the lock after its end; removal expected")
        if ends_at is not None:
            return say("Active on the lock until {when}", when=_clock(ends_at, now, tz))
        return say("Active on the lock")
    if status == CodeStatus.SETTING:
        return say("Being programmed on the lock")
    if status == CodeStatus.REMOVING:
        return say("Being removed")
    if status == CodeStatus.UNSET:
        if ends_at is not None and ends_at <= now:
            return say("Ended; no longer on the lock")
        if starts_at is not None:
            programmed_at = starts_at - PROGRAMMING_LEAD
            if now < programmed_at:
                return say("Will be programmed at {when}", when=_clock(programmed_at, now, tz))
            return say("Not on the lock yet (due at {when})", when=_clock(programmed_at, now, tz))
        return say("Not on the lock")
    if status == CodeStatus.UNKNOWN:
        return say("State unknown; check the lock")
    return say("Provider reports '{status}'", status=status)


# Errors after which the PIN is not on the lock, whatever the status says.
_NOT_ON_LOCK_ERRORS = frozenset(
    {
        "failed_to_set_on_device",
        "no_space_for_access_code_on_device",
        "duplicate_code_on_device",
        "code_constraints_violated",
        "access_code_inactive",
        "failed_to_issue",
    }
)


def _keeping_it_off(code: AccessCode) -> CodeIssue | None:
    return next((i for i in code.errors if normalized_issue_code(i.code) in _NOT_ON_LOCK_ERRORS), None)


def _refused(code: AccessCode) -> bool:
    """Its create failed for good: the provider never took it (a refusal, not a network failure)."""
    return code.sync_state is SyncState.FAILED and code.access_code_id is None


def describe_code_state(code: AccessCode, now: datetime, tz: tzinfo | None = None) -> str:
    """One line saying what is true of this code now, for the codes and lockout screens.

    The lock's status (describe_status) unless the desk knows better: a code the provider refused,
    or one with an error that keeps it off the lock, is not on the lock whatever its times say; a
    code the desk is removing says so; a code whose last change failed says that too.
    """
    issue = _keeping_it_off(code)
    if _refused(code):
        reason = describe_issue(issue.code).title if issue else say("The provider refused it.")
        return say("Not on the lock: {reason} Change or re-create the code.", reason=lower_first(reason))
    if issue is not None:
        title = describe_issue(issue.code).title
        return say("Not on the lock: {reason}", reason=lower_first(title))
    if code.sync_state is SyncState.PENDING_DELETE:
        return say("Being removed from the lock")
    text = describe_status(code.status, code.starts_at, code.ends_at, now, tz)
    if code.sync_state is SyncState.FAILED:
        return say("{state}; its last change did not reach the lock", state=text)
    return text


class PinCheck(NamedTuple):
    """Whether a PIN opens its door now; `later` when it will without anyone doing anything."""

    works: bool
    reason: str
    later: bool = False


def works_now(
    code: AccessCode, now: datetime, device_online: bool | None, tz: tzinfo | None = None
) -> PinCheck:
    """Whether typing this PIN opens the door now, with the reason in words for the desk.

    `device_online` is the keypad's state as the provider last reported it (None: not known).
    A keypad keeps the codes it holds while offline, but nothing new reaches it.
    """
    offline = device_online is False
    if code.code is None:
        return PinCheck(False, say("no PIN assigned yet"))
    if code.sync_state is SyncState.PENDING_DELETE or code.status == CodeStatus.REMOVING:
        return PinCheck(False, say("removed from the lock"))
    if code.has_ended(now):
        return PinCheck(False, say("ended"))
    failed = [i for i in code.errors if normalized_issue_code(i.code) in _NOT_ON_LOCK_ERRORS]
    if failed:
        return PinCheck(
            False,
            say("failed on the lock: {reason}", reason=lower_first(describe_issue(failed[0].code).title)),
        )
    if _refused(code):
        return PinCheck(False, say("not on the lock: the provider refused it"))
    if code.is_offline_access_code:
        if code.starts_at is not None and now < code.starts_at:
            return PinCheck(
                False, say("not valid yet: it works from {when}", when=_clock(code.starts_at, now, tz)), True
            )
        return PinCheck(True, say("works now (computed by the lock, no connection needed)"))
    if code.is_backup and code.pulled_for is not None and code.status == CodeStatus.SETTING:
        # A backup PIN comes from the lock's pool, already on the keypad: it works once handed out.
        return PinCheck(True, say("works now (a backup PIN, already on the lock)"))
    if code.status == CodeStatus.SET:
        if offline:
            return PinCheck(
                True, say("the keypad is offline: it keeps this code, but changes cannot reach it")
            )
        return PinCheck(True, say("works now"))
    if offline:
        return PinCheck(False, say("the keypad is offline: the code cannot reach it"))
    programmed_at = programming_time(code)
    if programmed_at is not None and now < programmed_at:
        return PinCheck(
            False,
            say("not programmed yet: it will be programmed at {when}", when=_clock(programmed_at, now, tz)),
            True,
        )
    return PinCheck(False, say("not on the lock yet"))
