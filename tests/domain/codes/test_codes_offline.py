"""Offline (time-slot) codes: reading slots, rounding stays to them, and immutability."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from frontdesk.domain.codes import TimeSlot, check_mutable, match_time_slot, parse_time_of_day
from frontdesk.domain.errors import Conflict, InvalidInput

LA = "America/Los_Angeles"
LA_ZONE = ZoneInfo(LA)


def la(*args: int) -> datetime:
    return datetime(*args, tzinfo=LA_ZONE)


def slot(name: str, check_in: str, check_out: str, **flags: bool) -> TimeSlot:
    return TimeSlot(
        name,
        parse_time_of_day(f"{check_in}:00-08:00[{LA}]"),
        parse_time_of_day(f"{check_out}:00-08:00[{LA}]"),
        **flags,
    )


GUEST = slot("Guest 4pm-10am", "16:00", "10:00")
LATE = slot("Late 6pm-11am", "18:00", "11:00")
DAY = slot("24 hours", "12:00", "12:00", is_24_hour=True)


def test_parse_provider_time_of_day():
    tod = parse_time_of_day("15:30:00-08:00[America/Los_Angeles]")
    assert tod.time == time(15, 30)
    assert tod.utc_offset == timedelta(hours=-8)
    assert tod.zone == LA
    assert str(tod) == "15:30"
    assert parse_time_of_day("07:05:00Z").utc_offset == timedelta(0)
    assert parse_time_of_day("07:05").zone is None
    assert parse_time_of_day("23:59:59+05:30[Asia/Kolkata]").utc_offset == timedelta(hours=5, minutes=30)


@pytest.mark.parametrize("bad", ["", "25:00:00", "12:60", "noon", "12:00:00-08:00[", "12h30"])
def test_bad_time_of_day_is_a_400(bad):
    with pytest.raises(InvalidInput, match="Time slot time not understood"):
        parse_time_of_day(bad)


def test_slot_from_device_properties():
    s = TimeSlot.from_provider(
        {
            "name": "Guest Standard 4pm-10am",
            "prefix": 3,
            "check_in_time": "16:00:00-07:00[America/Los_Angeles]",
            "check_out_time": "10:00:00-07:00[America/Los_Angeles]",
            "is_24_hour": False,
            "is_biweekly_mode": True,
            "is_one_shot": False,
            "is_master": False,
            "dormakaba_oracode_user_level_id": "ul-1",
        }
    )
    assert (s.check_in_time.time, s.check_out_time.time) == (time(16), time(10))
    assert s.is_biweekly_mode and s.user_level_id == "ul-1" and s.usable_for_stays


def test_booking_is_rounded_to_the_slot_within_an_hour():
    match = match_time_slot([GUEST, LATE], la(2024, 9, 10, 15, 45), la(2024, 9, 12, 10, 15), LA)
    assert match.slot is GUEST
    assert match.starts_at == la(2024, 9, 10, 16, 0)
    assert match.ends_at == la(2024, 9, 12, 10, 0)
    assert match.starts_at.utcoffset() == timedelta(hours=-7)  # summer: the slot's -08:00 is not used
    assert match.shift(la(2024, 9, 10, 15, 45), la(2024, 9, 12, 10, 15)) == (
        timedelta(minutes=15),
        timedelta(minutes=-15),
    )


def test_booking_given_in_utc_is_read_in_the_locks_zone():
    starts = la(2024, 9, 10, 18, 0).astimezone(UTC)
    ends = la(2024, 9, 12, 11, 0).astimezone(UTC)
    assert match_time_slot([GUEST, LATE], starts, ends, LA).slot is LATE


def test_no_slot_within_an_hour_lists_the_slots_that_exist():
    with pytest.raises(InvalidInput) as err:
        match_time_slot([GUEST, LATE], la(2024, 9, 10, 13, 0), la(2024, 9, 12, 10, 0), LA)
    assert err.value.status == 400
    assert err.value.title == "No time slots found."
    assert "Guest 4pm-10am (16:00 to 10:00)" in err.value.hint
    assert "Late 6pm-11am (18:00 to 11:00)" in err.value.hint
    assert err.value.detail["time_slots"] == [
        "Guest 4pm-10am (16:00 to 10:00)",
        "Late 6pm-11am (18:00 to 11:00)",
    ]


def test_just_over_an_hour_is_too_far_but_exactly_an_hour_is_fine():
    assert match_time_slot([GUEST], la(2024, 9, 10, 15, 0), la(2024, 9, 12, 11, 0), LA).slot is GUEST
    with pytest.raises(InvalidInput, match="No time slots found"):
        match_time_slot([GUEST], la(2024, 9, 10, 14, 59), la(2024, 9, 12, 10, 0), LA)


def test_daily_rounding_reaches_within_a_day():
    starts, ends = la(2024, 9, 10, 9, 0), la(2024, 9, 13, 9, 0)
    with pytest.raises(InvalidInput, match="No time slots found"):
        match_time_slot([DAY], starts, ends, LA)
    match = match_time_slot([DAY], starts, ends, LA, max_time_rounding="1day")
    assert (match.starts_at, match.ends_at) == (la(2024, 9, 10, 12, 0), la(2024, 9, 13, 12, 0))
    assert match_time_slot([DAY], starts, ends, LA, max_time_rounding="1d").slot is DAY
    with pytest.raises(InvalidInput, match="rounding"):
        match_time_slot([DAY], starts, ends, LA, max_time_rounding="2weeks")


def test_one_shot_and_master_slots_are_never_used_for_stays():
    one_shot = slot("One shot", "16:00", "10:00", is_one_shot=True)
    master = slot("Master", "16:00", "10:00", is_master=True)
    with pytest.raises(InvalidInput) as err:
        match_time_slot([one_shot, master], la(2024, 9, 10, 16), la(2024, 9, 12, 10), LA)
    assert "no time slots for guest stays" in err.value.hint


def test_stays_longer_than_31_days_are_refused():
    assert match_time_slot([GUEST], la(2024, 9, 1, 16), la(2024, 10, 2, 10), LA).slot is GUEST  # 30d18h
    with pytest.raises(InvalidInput) as err:
        match_time_slot([GUEST], la(2024, 9, 1, 16), la(2024, 10, 3, 10), LA)
    assert err.value.title == "Offline codes can last at most 31 days."
    assert match_time_slot([DAY], la(2024, 9, 1, 12), la(2024, 10, 2, 12, 30), LA).slot is DAY  # 31 days
    # Exactly 31 days asked, but rounding to this slot would make it 31 days and an hour.
    noon_to_one = slot("Noon to 1pm", "12:00", "13:00")
    with pytest.raises(InvalidInput, match="31 days"):
        match_time_slot([noon_to_one], la(2024, 9, 1, 12, 30), la(2024, 10, 2, 12, 30), LA)


def test_stay_across_the_autumn_change_keeps_wall_clock_times():
    # Clocks go back on 3 Nov 2024 at 02:00 in Los Angeles: check-in in PDT, check-out in PST.
    starts, ends = la(2024, 11, 1, 16, 0), la(2024, 11, 5, 10, 0)
    match = match_time_slot([GUEST, LATE], starts, ends, LA)
    assert match.slot is GUEST
    assert match.starts_at.utcoffset() == timedelta(hours=-7)
    assert match.ends_at.utcoffset() == timedelta(hours=-8)
    assert match.ends_at.astimezone(UTC) == datetime(2024, 11, 5, 18, 0, tzinfo=UTC)
    assert match.shift(starts, ends) == (timedelta(0), timedelta(0))


def test_stay_across_the_spring_change_keeps_wall_clock_times():
    # Clocks go forward on 10 Mar 2024: 10:00 after the change is 17:00 UTC, not 18:00.
    starts = datetime(2024, 3, 8, 16, 0, tzinfo=UTC) + timedelta(hours=8)  # 16:00 PST
    ends = datetime(2024, 3, 12, 17, 0, tzinfo=UTC)  # 10:00 PDT
    match = match_time_slot([GUEST], starts, ends, LA)
    assert match.ends_at.astimezone(UTC) == ends
    assert match.starts_at.astimezone(UTC) == starts


def test_unknown_lock_zone_and_backwards_stays_are_refused():
    with pytest.raises(InvalidInput, match="time zone"):
        match_time_slot([GUEST], la(2024, 9, 10, 16), la(2024, 9, 12, 10), "Mars/Olympus_Mons")
    with pytest.raises(InvalidInput, match="end after it starts"):
        match_time_slot([GUEST], la(2024, 9, 12, 10), la(2024, 9, 10, 16), LA)


def test_offline_codes_can_be_neither_updated_nor_deleted(make_code):
    check_mutable(make_code())  # an online code may change
    with pytest.raises(Conflict) as err:
        check_mutable(make_code(is_offline_access_code=True))
    assert err.value.status == 409
    assert err.value.title == "Offline PIN codes cannot be changed or deleted."
    assert "new code" in err.value.hint


SLOT_TIMES = st.builds(time, st.integers(0, 23), st.sampled_from([0, 15, 30, 45]))


@settings(max_examples=300, deadline=None)
@given(
    times=st.lists(st.tuples(SLOT_TIMES, SLOT_TIMES), min_size=1, max_size=4),
    start=st.datetimes(
        min_value=datetime(2024, 1, 1), max_value=datetime(2025, 12, 31), timezones=st.just(UTC)
    ),
    nights=st.integers(0, 31),
    extra_minutes=st.integers(0, 24 * 60 - 1),
    rounding=st.sampled_from(["1hour", "1day"]),
)
def test_a_matched_slot_is_never_further_than_the_tolerance(times, start, nights, extra_minutes, rounding):
    slots = [TimeSlot(f"s{i}", parse_time_of_day(f"{a:%H:%M}"), parse_time_of_day(f"{b:%H:%M}"))
             for i, (a, b) in enumerate(times)]  # fmt: skip
    ends = start + timedelta(days=nights, minutes=extra_minutes + 1)
    tolerance = timedelta(hours=1) if rounding == "1hour" else timedelta(days=1)
    try:
        match = match_time_slot(slots, start, ends, LA, max_time_rounding=rounding)
    except InvalidInput as exc:
        assert exc.title in ("No time slots found.", "Offline codes can last at most 31 days.")
        return
    assert abs(match.starts_at - start) <= tolerance
    assert abs(match.ends_at - ends) <= tolerance
    assert match.ends_at > match.starts_at
    local_start, local_end = match.starts_at.astimezone(LA_ZONE), match.ends_at.astimezone(LA_ZONE)
    assert on_slot_clock(local_start, match.slot.check_in_time.time)
    assert on_slot_clock(local_end, match.slot.check_out_time.time)
    assert local_end.replace(tzinfo=None) - local_start.replace(tzinfo=None) <= timedelta(days=31)


def on_slot_clock(moment: datetime, clock: time) -> bool:
    """At the slot's wall-clock time, or an hour later when that time did not exist that day."""
    skipped = datetime.combine(moment.date(), clock) + timedelta(hours=1)
    return moment.time() == clock or (moment.time() == skipped.time() and moment.fold == 0)


@settings(max_examples=200, deadline=None)
@given(
    day=st.dates(min_value=datetime(2024, 1, 1).date(), max_value=datetime(2025, 12, 31).date()),
    nights=st.integers(1, 30),
    moved_in=st.integers(-60, 60),
    moved_out=st.integers(-60, 60),
)
def test_a_booking_within_an_hour_of_a_slot_always_matches_it(day, nights, moved_in, moved_out):
    """Whatever the season (DST changes included), an hour's difference is always rounded away."""
    booked_in = datetime.combine(day, time(16), tzinfo=LA_ZONE) + timedelta(minutes=moved_in)
    checkout_day = day + timedelta(days=nights)
    booked_out = datetime.combine(checkout_day, time(10), tzinfo=LA_ZONE) + timedelta(minutes=moved_out)
    match = match_time_slot([GUEST], booked_in, booked_out, LA)
    assert match.starts_at.astimezone(LA_ZONE).replace(tzinfo=None) == datetime.combine(day, time(16))
    assert match.ends_at.astimezone(LA_ZONE).replace(tzinfo=None) == datetime.combine(checkout_day, time(10))
