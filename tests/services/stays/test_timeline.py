"""The stay timeline: each room's stays over the next 14 days, overlaps and overrides included."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from frontdesk.domain.commands import CheckIn
from tests.conftest import NOW


def _stay(guest: str, door: str, start_h: float, end_h: float) -> CheckIn:
    return CheckIn((guest,), (door,), NOW + timedelta(hours=start_h), NOW + timedelta(hours=end_h))


async def test_the_timeline_lists_each_rooms_stays_with_overrides(app) -> None:  # type: ignore[no-untyped-def]
    ann = await app.desk.check_in(_stay("Ann", "room-101", 1, 50))
    bob = await app.desk.check_in(replace(_stay("Bob", "room-101", 20, 80), override_live=True))
    await app.desk.check_in(_stay("Cy", "suite-401-entry", 24 * 20, 24 * 22))  # beyond 14 days
    await app.desk.set_out_of_order("Room 102", "paint", NOW + timedelta(days=3))
    chart = await app.queries.timeline()
    assert (chart.first_day, chart.days) == (date(2026, 11, 17), 14)
    rooms = {r.name: r for r in chart.rooms}
    assert "Lobby" not in rooms and "Suite 401" in rooms and len(rooms) == 38
    assert rooms["Suite 401"].entrance_ids == ("suite-401-bedroom", "suite-401-entry")
    bars = rooms["Room 101"].bars
    assert [b.guest_names for b in bars] == [("Ann",), ("Bob",)]
    assert bars[0].overridden and not bars[1].overridden
    assert bars[1].overrides == (ann.reservation_key,) and bars[1].reservation_key == bob.reservation_key
    assert rooms["Suite 401"].bars == ()
    (broken,) = rooms["Room 102"].bars
    assert broken.reservation_key is None and broken.out_of_order_reason == "paint"
