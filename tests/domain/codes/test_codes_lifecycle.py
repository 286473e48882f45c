"""When a code should be on the lock, time validation, and the status line for people."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from frontdesk.domain.codes import (
    PROGRAMMING_LEAD,
    CodeConstraints,
    CodeStatus,
    SyncState,
    describe_status,
    expected_status,
    is_overdue,
    is_removal_overdue,
    programming_time,
    validate_code,
    validate_times,
)
from frontdesk.domain.errors import Conflict, InvalidInput

START = datetime(2024, 11, 15, 15, 0, tzinfo=UTC)
END = datetime(2024, 11, 17, 11, 0, tzinfo=UTC)


def test_time_bound_code_is_programmed_half_an_hour_before_it_starts(make_code):
    code = make_code(starts_at=START, ends_at=END)
    assert timedelta(minutes=30) == PROGRAMMING_LEAD
    assert programming_time(code) == datetime(2024, 11, 15, 14, 30, tzinfo=UTC)
    assert programming_time(make_code()) is None  # ongoing: at once


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (START - timedelta(minutes=31), CodeStatus.UNSET),
        (START - timedelta(minutes=30), CodeStatus.SET),
        (START, CodeStatus.SET),
        (END - timedelta(seconds=1), CodeStatus.SET),
        (END, CodeStatus.UNSET),
    ],
)
def test_expected_status_follows_the_times(make_code, moment, expected):
    assert expected_status(make_code(starts_at=START, ends_at=END), moment) == expected


def test_ongoing_code_is_expected_on_the_lock_unless_being_deleted(make_code):
    assert expected_status(make_code(), START) == CodeStatus.SET
    assert expected_status(make_code(sync_state=SyncState.PENDING_DELETE), START) == CodeStatus.UNSET


def test_code_not_set_by_start_time_is_overdue(make_code):
    code = make_code(starts_at=START, ends_at=END, status=CodeStatus.UNSET)
    assert not is_overdue(code, START - timedelta(minutes=40))  # not due yet
    assert not is_overdue(code, START - timedelta(minutes=1))  # due, but within the grace
    assert is_overdue(code, START)  # default grace: flagged when the guest may arrive
    assert is_overdue(make_code(starts_at=START, ends_at=END, status=CodeStatus.SETTING), START)
    assert is_overdue(code, START - timedelta(minutes=20), grace=timedelta(minutes=5))
    assert not is_overdue(make_code(starts_at=START, ends_at=END), START)  # it is set
    assert not is_overdue(code, END + timedelta(hours=1))  # over: nothing to chase


def test_ongoing_code_is_overdue_from_its_creation(make_code):
    code = make_code(status=CodeStatus.SETTING, created_at=START)
    assert not is_overdue(code, START + timedelta(minutes=10))
    assert is_overdue(code, START + timedelta(minutes=30))


def test_code_left_on_the_lock_after_its_end_is_flagged(make_code):
    code = make_code(starts_at=START, ends_at=END)
    assert not is_removal_overdue(code, END + timedelta(minutes=10))
    assert is_removal_overdue(code, END + timedelta(minutes=30))
    assert not is_removal_overdue(
        make_code(starts_at=START, ends_at=END, status=CodeStatus.UNSET), END + timedelta(days=1)
    )


def test_times_both_or_neither():
    validate_times(None, None)
    validate_times(START, END)
    with pytest.raises(InvalidInput, match="both a start and an end"):
        validate_times(START, None)
    with pytest.raises(InvalidInput, match="both a start and an end"):
        validate_times(None, END)


def test_end_must_follow_start_and_may_not_be_past():
    with pytest.raises(InvalidInput, match="end after it starts") as err:
        validate_times(END, START)
    assert err.value.status == 400 and err.value.hint
    with pytest.raises(InvalidInput, match="end after it starts"):
        validate_times(START, START)
    with pytest.raises(InvalidInput, match="already past"):
        validate_times(START, END, now=END + timedelta(minutes=1))


def test_naive_times_are_refused():
    with pytest.raises(InvalidInput, match="time zone"):
        validate_times(datetime(2024, 11, 15, 15, 0), END)


def test_status_lines_for_people():
    paris = ZoneInfo("Europe/Paris")
    before = START - timedelta(hours=3)  # 09:00 UTC, same day
    assert describe_status("unset", START, END, before, tz=UTC) == "Will be programmed at 14:30"
    assert describe_status("unset", START, END, before, tz=paris) == "Will be programmed at 15:30"
    day_before = START - timedelta(days=1)
    assert describe_status("unset", START, END, day_before, tz=UTC) == "Will be programmed at 14:30 on 15 Nov"
    assert describe_status("unset", START, END, START, tz=UTC).startswith("Not on the lock yet")
    assert describe_status("set", None, None, START) == "Active on the lock"
    assert describe_status("set", START, END, START, tz=UTC) == "Active on the lock until 11:00 on 17 Nov"
    assert describe_status("setting", None, None, START) == "Being programmed on the lock"
    assert describe_status("removing", START, END, END) == "Being removed"
    assert describe_status("unset", START, END, END) == "Ended; no longer on the lock"
    assert "removal expected" in describe_status("set", START, END, END + timedelta(hours=1))
    assert describe_status("unknown", None, None, START) == "State unknown; check the lock"
    assert "frobnicating" in describe_status("frobnicating", None, None, START)


def test_validate_code_checks_times_pin_name_and_future_start(make_code):
    lock = CodeConstraints(
        rules=frozenset({"no_zeros", "start_date_in_future"}), name_max_length=12, name_must_be_unique=True
    )
    now = START - timedelta(hours=1)
    good = make_code(code="4821", name="Room 12", starts_at=START, ends_at=END)
    validate_code(good, lock, taken={"5555"}, taken_names={"Room 14"}, now=now)
    validate_code(make_code(code=None, starts_at=START, ends_at=END), lock, now=now)  # provider fills it
    with pytest.raises(InvalidInput, match="start in the future"):
        validate_code(good, lock, now=START + timedelta(minutes=1))
    with pytest.raises(InvalidInput, match="PIN not accepted"):
        validate_code(make_code(code="4820"), lock, now=now)
    with pytest.raises(Conflict, match="already on the lock"):
        validate_code(good, lock, taken={"4821"}, now=now)
    with pytest.raises(InvalidInput, match="name"):
        validate_code(good, lock, taken_names={"Room 12"}, now=now)
    with pytest.raises(InvalidInput, match="both a start and an end"):
        validate_code(make_code(code="4821", starts_at=START), lock, now=now)
