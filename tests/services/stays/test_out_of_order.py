"""Rooms out of order: check-in and moves refuse them, the rack shows them, and a room that holds a
stay is not taken out from under its guests."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from frontdesk.domain.commands import CheckIn, MoveRoom
from frontdesk.domain.errors import InvalidInput, NotFound
from frontdesk.domain.out_of_order import RoomHoldsAStay, RoomOutOfOrder
from tests.conftest import NOW

UNTIL = NOW + timedelta(days=2)


def _stay(doors: tuple[str, ...], start_h: float = 1, end_h: float = 30) -> CheckIn:
    return CheckIn(("Ann Lee",), doors, NOW + timedelta(hours=start_h), NOW + timedelta(hours=end_h))


async def test_check_in_refuses_a_room_out_of_order_even_with_override(app) -> None:  # type: ignore[no-untyped-def]
    view = await app.desk.set_out_of_order("101", "leaking tap", UNTIL)
    assert (view.room, view.reason, view.until) == ("Room 101", "leaking tap", UNTIL)
    with pytest.raises(RoomOutOfOrder) as refused:
        await app.desk.check_in(_stay(("room-101",)))
    assert refused.value.status == 409 and refused.value.hint
    assert refused.value.detail["out_of_order"][0]["reason"] == "leaking tap"
    with pytest.raises(RoomOutOfOrder):
        await app.desk.check_in(replace(_stay(("room-101",)), override_live=True))
    assert await app.queries.search("Ann Lee") == []  # nothing was written


async def test_a_stay_after_until_is_accepted(app) -> None:  # type: ignore[no-untyped-def]
    await app.desk.set_out_of_order("room-101", "paint", UNTIL)
    change = await app.desk.check_in(_stay(("room-101",), 48, 70))
    assert change.reservation_key


async def test_move_refuses_a_room_out_of_order(app) -> None:  # type: ignore[no-untyped-def]
    stay = await app.desk.check_in(_stay(("room-102",)))
    await app.desk.set_out_of_order("Suite 401", "no hot water", UNTIL)
    with pytest.raises(RoomOutOfOrder):
        await app.desk.move_room(MoveRoom(stay.reservation_key, ("suite-401-entry", "suite-401-bedroom")))
    rack = {r.name: r for r in await app.queries.room_rack()}
    assert rack["Room 102"].guest_names == ("Ann Lee",)


async def test_the_rack_shows_it_until_back_in_order(app) -> None:  # type: ignore[no-untyped-def]
    await app.desk.set_out_of_order("Room 103", "broken window", UNTIL)
    rack = {r.name: r for r in await app.queries.room_rack()}
    assert rack["Room 103"].state == "out_of_order"
    assert (rack["Room 103"].out_of_order_reason, rack["Room 103"].out_of_order_until) == (
        "broken window",
        UNTIL,
    )
    assert [v.room for v in await app.queries.out_of_order()] == ["Room 103"]
    await app.desk.back_in_order("Room 103")
    rack = {r.name: r for r in await app.queries.room_rack()}
    assert rack["Room 103"].state == "free" and rack["Room 103"].out_of_order_reason is None
    await app.desk.check_in(_stay(("room-103",)))


async def test_out_of_order_ends_by_itself_at_until(app, clock) -> None:  # type: ignore[no-untyped-def]
    await app.desk.set_out_of_order("104", "carpet", NOW + timedelta(hours=3))
    clock.now = NOW + timedelta(hours=3)
    rack = {r.name: r for r in await app.queries.room_rack()}
    assert rack["Room 104"].state == "free"
    await app.desk.check_in(_stay(("room-104",), 1, 20))


async def test_a_room_holding_a_stay_is_not_taken_out(app) -> None:  # type: ignore[no-untyped-def]
    stay = await app.desk.check_in(_stay(("room-105",), 5, 30))
    with pytest.raises(RoomHoldsAStay) as refused:
        await app.desk.set_out_of_order("105", "leak", UNTIL)
    assert refused.value.detail["reservation_keys"] == [stay.reservation_key]
    assert await app.queries.out_of_order() == []


async def test_bad_reasons_rooms_and_times_are_refused(app) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidInput, match="No reason"):
        await app.desk.set_out_of_order("101", "   ", UNTIL)
    with pytest.raises(InvalidInput, match="not in the future"):
        await app.desk.set_out_of_order("101", "leak", NOW)
    with pytest.raises(NotFound):
        await app.desk.set_out_of_order("999", "leak", UNTIL)
    with pytest.raises(InvalidInput, match="not out of order"):
        await app.desk.back_in_order("101")
