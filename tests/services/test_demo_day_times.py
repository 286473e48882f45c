"""The demo day's times: arrivals are always still to come today, whatever the hour it is made."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from frontdesk.services.property.demo_day import _Day

HOTEL = ZoneInfo("America/Los_Angeles")


@pytest.mark.parametrize("hour,minute", [(0, 10), (9, 0), (14, 59), (15, 30), (18, 45), (23, 40), (23, 59)])
def test_arrivals_are_after_now_and_before_midnight(hour: int, minute: int) -> None:
    now = datetime(2026, 11, 18, hour, minute, tzinfo=HOTEL)
    day = _Day(now, "America/Los_Angeles")
    midnight = datetime(2026, 11, 19, 0, 0, tzinfo=HOTEL)
    arrivals = [day.arrival(n) for n in (1, 2, 3)]
    assert all(now < a < midnight for a in arrivals), arrivals
    assert day.at(-1, 15) < now < day.at(1, 11)  # the in-house stays hold now
    departures = [day.departure(n) for n in (1, 2, 3)]
    assert all(now < d < midnight for d in departures), departures  # still due out, not over


def test_times_are_in_the_property_zone_across_a_clock_change() -> None:
    # 1 November 2026: the hotel's clocks go back an hour; 15:00 is still 15:00 at the hotel.
    now = datetime(2026, 11, 1, 12, 0, tzinfo=HOTEL)
    day = _Day(now, "America/Los_Angeles")
    assert day.at(-1, 15).hour == 15 and day.at(0, 15).hour == 15
    # (through UTC: Python subtracts two times of one zone object as wall-clock times)
    assert day.at(0, 15).astimezone(UTC) - day.at(-1, 15).astimezone(UTC) == timedelta(hours=25)
