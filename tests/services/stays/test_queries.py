"""The room rack and the search: what they say about each room, and that the rack's cost does not
grow with the number of rooms."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from sqlalchemy import event

from frontdesk.domain.commands import CheckIn, CheckOut
from tests.conftest import NOW


def _stay(guests: tuple[str, ...], doors: tuple[str, ...], start_h: float, end_h: float) -> CheckIn:
    return CheckIn(guests, doors, NOW + timedelta(hours=start_h), NOW + timedelta(hours=end_h))


async def _checked_in_back_then(app, clock, stay: CheckIn):  # type: ignore[no-untyped-def]
    """A stay that began before today is checked in when it began (past stays are refused)."""
    now = clock.now
    clock.now = stay.starts_at
    try:
        return await app.desk.check_in(stay)
    finally:
        clock.now = now


async def test_the_rack_tells_free_occupied_reserved_due_out_and_override_pending(app, clock) -> None:  # type: ignore[no-untyped-def]
    await _checked_in_back_then(app, clock, _stay(("Ann",), ("room-101",), -30, 30))
    newer = await app.desk.check_in(replace(_stay(("Bob",), ("room-101",), -1, 40), override_live=True))
    await app.desk.check_in(_stay(("Cy",), ("room-102",), -1, 40))
    await app.desk.check_in(_stay(("Di",), ("room-103",), 5, 40))
    await _checked_in_back_then(
        app, clock, _stay(("Ed",), ("room-104",), -40, -2)
    )  # left without checking out
    rack = {r.name: r for r in await app.queries.room_rack()}

    assert rack["Room 101"].state == "override_pending"
    assert (
        rack["Room 101"].guest_names == ("Bob",) and rack["Room 101"].reservation_key == newer.reservation_key
    )
    assert len(rack["Room 101"].pending_keys) == 1
    assert rack["Room 102"].state == "occupied"
    assert rack["Room 103"].state == "reserved" and rack["Room 103"].guest_names == ("Di",)
    assert rack["Room 104"].state == "due_out"
    assert rack["Room 105"].state == "free" and rack["Room 105"].reservation_key is None
    assert rack["Lobby"].state == "free"


async def test_checking_out_frees_the_room_in_the_rack(app) -> None:  # type: ignore[no-untyped-def]
    change = await app.desk.check_in(_stay(("Ann",), ("room-101",), -1, 30))
    await app.desk.check_out(CheckOut(change.reservation_key))
    rack = {r.name: r for r in await app.queries.room_rack()}
    assert rack["Room 101"].state == "free"


async def test_the_rack_costs_the_same_queries_with_one_stay_or_twenty(app) -> None:  # type: ignore[no-untyped-def]
    statements: list[str] = []
    engine = app.engines.read
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(engine, "before_cursor_execute", listener)
    try:
        await app.desk.check_in(_stay(("One",), ("room-101",), -1, 30))
        statements.clear()
        await app.queries.room_rack()
        with_one = len(statements)
        for n in range(2, 12):
            await app.desk.check_in(_stay((f"Guest {n}", f"Partner {n}"), (f"room-1{n:02d}",), -1, 30))
        statements.clear()
        await app.queries.room_rack()
        with_many = len(statements)
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    assert with_one == with_many
    assert with_many <= 8


async def test_search_by_name_room_or_key_lists_live_stays_before_ended_ones(app, clock) -> None:  # type: ignore[no-untyped-def]
    old = await _checked_in_back_then(app, clock, _stay(("Ann Lee",), ("room-101",), -60, -30))
    await app.desk.check_out(CheckOut(old.reservation_key))
    live = await app.desk.check_in(_stay(("Ann Lee", "Tom Lee"), ("room-204",), -1, 30))

    by_name = await app.queries.search("ann lee")
    assert [h.reservation_key for h in by_name] == [live.reservation_key, old.reservation_key]
    assert [h.status for h in by_name] == ["active", "ended"]
    assert by_name[0].room_names == ("Room 204",) and by_name[0].matched == "guest"
    by_room = await app.queries.search("Room 204")
    assert [(h.reservation_key, h.matched) for h in by_room] == [(live.reservation_key, "room")]
    by_key = await app.queries.search(live.reservation_key.lower())
    assert [(h.reservation_key, h.matched) for h in by_key] == [(live.reservation_key, "reservation")]
    assert await app.queries.search("   ") == []
