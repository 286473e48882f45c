"""A check-in or move onto a room held by another stay over the same dates asks first (issue 9).

The services refuse with RoomOccupied, naming the stay, unless the desk says override_live; a stay
that ends at or before the new one starts (back to back) is taken over without a question.
"""

from __future__ import annotations

import pytest

from frontdesk.domain.commands import CheckIn, MoveRoom
from frontdesk.domain.errors import RoomOccupied
from tests.helpers import at


async def _grant_count(app) -> int:  # type: ignore[no-untyped-def]
    return len(await app.queries.grants(include_ended=True))


async def test_a_check_in_over_a_live_stay_is_refused_naming_it_and_writes_nothing(app) -> None:  # type: ignore[no-untyped-def]
    marta = await app.desk.check_in(CheckIn(("Marta Ruiz",), ("room-101",), at(17, 15), at(19, 11)))
    before = await _grant_count(app)
    with pytest.raises(RoomOccupied) as caught:
        await app.desk.check_in(CheckIn(("Bob",), ("room-101",), at(17, 16), at(18, 11)))
    error = caught.value
    assert (error.status, error.title) == (409, "Room is occupied.")
    assert "--override" in error.hint
    [held] = error.detail["occupied"]
    assert held == {
        "reservation_key": marta.reservation_key,
        "guest_names": ["Marta Ruiz"],
        "entrance_ids": ["room-101"],
        "rooms": ["Room 101"],
        "ends_at": "2026-11-19T11:00:00-08:00",
    }
    assert await _grant_count(app) == before
    assert (await app.queries.reservation(marta.reservation_key)).status == "active"


async def test_with_override_live_the_new_stay_takes_the_room(app) -> None:  # type: ignore[no-untyped-def]
    marta = await app.desk.check_in(CheckIn(("Marta Ruiz",), ("room-101",), at(17, 15), at(19, 11)))
    bob = await app.desk.check_in(
        CheckIn(("Bob",), ("room-101",), at(17, 16), at(18, 11), override_live=True)
    )
    assert [o.reservation_key for o in bob.reservations_overridden] == [marta.reservation_key]


async def test_back_to_back_needs_no_question_where_an_overlap_is_asked(app) -> None:  # type: ignore[no-untyped-def]
    ann = await app.desk.check_in(CheckIn(("Ann",), ("room-101",), at(17, 15), at(19, 11)))
    bob = await app.desk.check_in(CheckIn(("Bob",), ("room-101",), at(19, 11), at(21, 11)))
    assert [o.reservation_key for o in bob.reservations_overridden] == [ann.reservation_key]
    with pytest.raises(RoomOccupied):  # one minute into Bob's stay: that one is asked
        await app.desk.check_in(CheckIn(("Cy",), ("room-101",), at(21, 10), at(22, 11)))


async def test_a_move_onto_a_held_room_is_refused_and_the_stay_stays_put(app) -> None:  # type: ignore[no-untyped-def]
    eve = await app.desk.check_in(CheckIn(("Eve",), ("room-102",), at(17, 15), at(19, 11)))
    ann = await app.desk.check_in(CheckIn(("Ann",), ("room-101",), at(17, 15), at(20, 11)))
    with pytest.raises(RoomOccupied) as caught:
        await app.desk.move_room(MoveRoom(ann.reservation_key, ("room-102",)))
    assert caught.value.detail["occupied"][0]["guest_names"] == ["Eve"]
    assert (await app.queries.reservation(ann.reservation_key)).entrance_ids == ("room-101",)
    moved = await app.desk.move_room(MoveRoom(ann.reservation_key, ("room-102",), override_live=True))
    assert [o.reservation_key for o in moved.reservations_overridden] == [eve.reservation_key]


async def test_a_move_onto_a_room_free_by_then_needs_no_question(app) -> None:  # type: ignore[no-untyped-def]
    await app.desk.check_in(CheckIn(("Eve",), ("room-102",), at(17, 15), at(18, 11)))
    ann = await app.desk.check_in(CheckIn(("Ann",), ("room-101",), at(18, 11), at(20, 11)))
    moved = await app.desk.move_room(MoveRoom(ann.reservation_key, ("room-102",)))
    assert len(moved.reservations_overridden) == 1
    cy = await app.desk.check_in(CheckIn(("Cy",), ("room-103",), at(17, 15), at(20, 11)))
    with pytest.raises(RoomOccupied):  # Ann is in 102 over Cy's dates now
        await app.desk.move_room(MoveRoom(cy.reservation_key, ("room-102",)))


async def test_agreeing_to_override_one_stay_does_not_take_the_room_from_another(app) -> None:  # type: ignore[no-untyped-def]
    """The person said Override to Marta; Cy took the room meanwhile: the check-in is refused, naming Cy."""
    marta = await app.desk.check_in(CheckIn(("Marta Ruiz",), ("room-101",), at(17, 15), at(19, 11)))
    cy = await app.desk.check_in(CheckIn(("Cy",), ("room-101",), at(17, 15), at(19, 11), override_live=True))
    agreed = frozenset({marta.reservation_key})
    with pytest.raises(RoomOccupied) as caught:
        await app.desk.check_in(
            CheckIn(("Bob",), ("room-101",), at(17, 16), at(18, 11), override_stays=agreed)
        )
    assert cy.reservation_key in {s["reservation_key"] for s in caught.value.detail["occupied"]}
    both = agreed | {cy.reservation_key}
    bob = await app.desk.check_in(
        CheckIn(("Bob",), ("room-101",), at(17, 16), at(18, 11), override_stays=both)
    )
    assert cy.reservation_key in {o.reservation_key for o in bob.reservations_overridden}


async def test_a_move_agreed_for_one_stay_is_refused_when_another_holds_the_room(app) -> None:  # type: ignore[no-untyped-def]
    eve = await app.desk.check_in(CheckIn(("Eve",), ("room-102",), at(17, 15), at(19, 11)))
    ann = await app.desk.check_in(CheckIn(("Ann",), ("room-101",), at(17, 15), at(20, 11)))
    with pytest.raises(RoomOccupied):
        await app.desk.move_room(
            MoveRoom(ann.reservation_key, ("room-102",), override_stays=frozenset({"R-OTHER"}))
        )
    moved = await app.desk.move_room(
        MoveRoom(ann.reservation_key, ("room-102",), override_stays=frozenset({eve.reservation_key}))
    )
    assert eve.reservation_key in {o.reservation_key for o in moved.reservations_overridden}
