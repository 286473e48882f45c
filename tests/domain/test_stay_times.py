"""The stay time rules and the name rules, as pure functions (domain/stay_times.py, input_rules.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from frontdesk.domain.errors import InvalidInput
from frontdesk.domain.input_rules import BIDI_CONTROLS, MAX_NAME_LENGTH, clean_person_name
from frontdesk.domain.stay_times import (
    CHECK_IN_TIME,
    CHECK_OUT_TIME,
    MAX_STAY,
    arrival_on,
    check_stay_times,
    departure_on,
    is_real_local_time,
    local_time,
)

ZONE = "America/Los_Angeles"
HOTEL = ZoneInfo(ZONE)
NOW = datetime(2026, 11, 17, 18, 0, tzinfo=UTC)  # 10:00 at the hotel


def hotel(*args: int) -> datetime:
    return datetime(*args, tzinfo=HOTEL)  # type: ignore[misc]


def refused(starts: datetime, ends: datetime, **kw: datetime) -> str:
    with pytest.raises(InvalidInput) as caught:
        check_stay_times(starts, ends, NOW, **kw)
    assert caught.value.hint
    return caught.value.title


def test_a_stay_from_today_within_a_year_is_fine() -> None:
    check_stay_times(hotel(2026, 11, 17, 8), hotel(2026, 11, 19, 11), NOW)  # earlier today
    check_stay_times(hotel(2026, 11, 20, 15), hotel(2026, 11, 20, 15) + MAX_STAY, NOW)


def test_past_far_and_long_stays_are_refused() -> None:
    assert refused(hotel(2026, 11, 10, 15), hotel(2026, 11, 12, 11)) == "The stay is already over."
    assert refused(hotel(1, 1, 1, 15), hotel(2026, 11, 19, 11)) == "The start date is out of range."
    assert refused(hotel(3000, 1, 1, 15), hotel(3000, 1, 2, 11)) == "The start date is out of range."
    assert refused(hotel(2026, 11, 20), hotel(9999, 12, 31)) == "The end date is out of range."
    assert refused(hotel(2029, 1, 1, 15), hotel(2029, 1, 2, 11)) == "The stay starts too far ahead."
    assert refused(hotel(2026, 11, 20), hotel(2027, 11, 22)) == "The stay is longer than a year."
    assert refused(hotel(2026, 11, 20), hotel(2026, 11, 20)) == "The end is not after the start."


def test_a_stay_that_began_days_ago_and_is_not_over_is_fine() -> None:
    """A guest in the house whose stay is entered late, or whose dates change, started days ago."""
    check_stay_times(hotel(2026, 11, 15, 15), hotel(2026, 11, 21, 11), NOW)


def test_a_time_in_the_spring_gap_is_refused_naming_the_real_times() -> None:
    with pytest.raises(InvalidInput) as caught:
        local_time(datetime(2027, 3, 14, 2, 30), ZONE, "start")
    assert caught.value.title == "The start time does not exist in America/Los_Angeles."
    assert "from 02:00 to 03:00" in caught.value.hint
    gap = hotel(2027, 3, 14, 2, 30)
    assert not is_real_local_time(gap)
    assert refused(gap, hotel(2027, 3, 15, 11)) == "The start time does not exist in its time zone."


def test_a_time_in_the_autumn_fold_is_its_first_occurrence_and_says_so() -> None:
    resolved = local_time(datetime(2026, 11, 1, 1, 30), ZONE, "start")
    assert resolved.value.isoformat() == "2026-11-01T01:30:00-07:00"
    assert resolved.note is not None and "2026-11-01T01:30:00-07:00" in resolved.note
    assert local_time(datetime(2026, 11, 2, 1, 30), ZONE, "start").note is None


def test_a_date_alone_means_now_today_else_check_in_and_check_out_times() -> None:
    late = NOW.replace(second=42, microsecond=7)
    assert arrival_on(date(2026, 11, 17), ZONE, late) == hotel(2026, 11, 17, 10, 0)
    assert arrival_on(date(2026, 11, 18), ZONE, NOW) == datetime.combine(
        date(2026, 11, 18), CHECK_IN_TIME, HOTEL
    )
    assert departure_on(date(2026, 11, 19), ZONE) == datetime.combine(
        date(2026, 11, 19), CHECK_OUT_TIME, HOTEL
    )


@given(st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30)), st.timedeltas())
def test_any_times_are_accepted_or_refused_with_a_title(wall: datetime, length: timedelta) -> None:
    starts = wall.replace(tzinfo=HOTEL)
    try:
        ends = starts + length
    except OverflowError:
        return
    try:
        check_stay_times(starts, ends, NOW)
    except InvalidInput as error:
        assert error.title and error.hint
    else:
        assert ends > NOW and starts < ends and ends - starts <= MAX_STAY
        assert starts.date() >= date(2026, 11, 17) and is_real_local_time(starts)


@given(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 12, 31)))
def test_a_wall_time_is_refused_or_names_one_moment_that_reads_back_the_same(wall: datetime) -> None:
    try:
        resolved = local_time(wall, ZONE, "start")
    except InvalidInput as error:
        assert "does not exist" in error.title
        return
    stored = resolved.value.astimezone(UTC)
    assert stored.astimezone(HOTEL).isoformat() == resolved.value.isoformat()  # printed == stored


NAME_CHARS = st.one_of(
    st.characters(),
    st.sampled_from(sorted(BIDI_CONTROLS)),
    st.integers(0, 0x1F).map(chr),
    st.integers(0x7F, 0x9F).map(chr),
    st.integers(0xDC80, 0xDCFF).map(chr),  # surrogate escapes: bytes that were not UTF-8
)


@given(st.text(NAME_CHARS, max_size=300))
def test_a_name_is_clean_visible_text_or_refused(name: str) -> None:
    try:
        cleaned = clean_person_name(name)
    except InvalidInput as error:
        assert error.title and error.hint
        return
    assert cleaned == cleaned.strip() and 0 < len(cleaned) <= MAX_NAME_LENGTH
    assert not any(ch in BIDI_CONTROLS or ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F for ch in cleaned)
    assert not any(0xD800 <= ord(ch) <= 0xDFFF for ch in cleaned)
    cleaned.encode("utf-8")


def test_control_bidi_and_invalid_utf8_names_are_refused() -> None:
    for name in ("Ann\x00", "Ann\x1b[31m", "Ann\u202eeeL", "Ann\u2066Lee", "Ann\x85\x9b", "Ann\udcff"):
        with pytest.raises(InvalidInput) as caught:
            clean_person_name(name)
        assert caught.value.title in (
            "The name has invisible control characters.",
            "The guest's name is not valid text.",
        )
    assert clean_person_name("  Ann\tLee\n") == "Ann Lee"
