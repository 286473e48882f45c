"""The four common scenarios of the reservation reference, and check-out, through the services."""

from __future__ import annotations

import pytest

from frontdesk.domain.commands import AddGuest, ChangeDates, CheckIn, CheckOut, GrantStaffAccess, MoveRoom
from frontdesk.domain.errors import Conflict, ReservationKeyNotSupported
from tests.helpers import at
from tests.issued_cards import issue_card_record


async def test_back_to_back_stays(app) -> None:
    """A leaves at 11:00, B arrives at 15:00 with a new key: B overrides A; A's grant stays on record."""
    a = await app.desk.check_in(CheckIn(("Ann",), ("room-101",), at(17, 15), at(19, 11)))
    b = await app.desk.check_in(CheckIn(("Bob",), ("room-101",), at(19, 15), at(21, 11)))
    assert a.reservation_key != b.reservation_key
    assert [o.reservation_key for o in b.reservations_overridden] == [a.reservation_key]
    a_view = await app.queries.reservation(a.reservation_key)
    assert (a_view.status, a_view.overridden_by) == ("overridden", b.reservation_key)
    b_view = await app.queries.reservation(b.reservation_key)
    assert b_view.sequence > a_view.sequence


async def test_several_guests_on_one_stay(app) -> None:
    stay = await app.desk.check_in(
        CheckIn(
            ("Ann", "Tom", "Lia"), ("suite-401-entry", "suite-401-bedroom", "pool"), at(17, 15), at(20, 11)
        )
    )
    assert len(stay.grants_created) == 3
    assert {g.reservation_key for g in stay.grants_created} == {stay.reservation_key}
    assert stay.reservations_overridden == []
    kid = await app.desk.add_guest(AddGuest(stay.reservation_key, "Kid", ("suite-401-bedroom",)))
    assert kid.grants_created[0].entrance_ids == {"suite-401-bedroom"}
    assert kid.grants_created[0].starts_at == at(17, 15)
    grants = await app.queries.grants(reservation_key=stay.reservation_key)
    assert {g.status for g in grants} == {"active"} and len(grants) == 4


async def test_room_move_is_one_action_and_names_the_cards_to_reencode(app, clock) -> None:  # type: ignore[no-untyped-def]
    stay = await app.desk.check_in(CheckIn(("Ann", "Tom"), ("room-101", "lobby"), at(17, 15), at(20, 11)))
    now, clock.now = clock.now, at(16, 15)  # Eve arrived yesterday: checked in back then
    other = await app.desk.check_in(CheckIn(("Eve",), ("room-102",), at(16, 15), at(18, 11)))
    clock.now = now
    cards = [await issue_card_record(app, g.access_grant_id) for g in stay.grants_created]

    moved = await app.desk.move_room(MoveRoom(stay.reservation_key, ("room-102",), override_live=True))

    assert sorted(moved.cards_to_reencode) == sorted(cards)
    assert len(moved.grants_ended) == 2 and len(moved.grants_created) == 2
    for grant in moved.grants_created:
        assert grant.entrance_ids == {"room-102", "lobby"}  # common doors follow the guests
        assert (grant.starts_at, grant.ends_at) == (at(17, 15), at(20, 11))
    assert [o.reservation_key for o in moved.reservations_overridden] == [other.reservation_key]
    view = await app.queries.reservation(stay.reservation_key)
    assert view.entrance_ids == ("room-102",)
    assert {g.user_name for g in await app.queries.grants(reservation_key=stay.reservation_key)} == {
        "Ann",
        "Tom",
    }


async def test_room_move_that_breaks_a_rule_changes_nothing(app) -> None:
    stay = await app.desk.check_in(CheckIn(("Ann",), ("room-101",), at(17, 15), at(20, 11)))
    with pytest.raises(ReservationKeyNotSupported):
        await app.desk.move_room(MoveRoom(stay.reservation_key, ("gym",)))
    view = await app.queries.reservation(stay.reservation_key)
    assert view.entrance_ids == ("room-101",)
    assert [g.status for g in view.grants] == ["active"]


async def test_date_change_updates_grants_and_flags_issued_cards(app) -> None:
    stay = await app.desk.check_in(CheckIn(("Ann", "Tom"), ("room-101",), at(17, 15), at(19, 11)))
    card = await issue_card_record(app, stay.grants_created[0].access_grant_id)
    changed = await app.desk.change_dates(ChangeDates(stay.reservation_key, at(17, 15), at(21, 11)))
    assert changed.cards_to_reencode == [card]
    assert {(g.starts_at, g.ends_at) for g in changed.grants_updated} == {(at(17, 15), at(21, 11))}
    actions = [a.action for a in await app.queries.audit()]
    assert "card.flagged_for_reencoding" in actions and "stay.dates_changed" in actions


async def test_check_out_ends_the_stay(app) -> None:
    stay = await app.desk.check_in(CheckIn(("Ann",), ("room-101",), at(17, 15), at(19, 11)))
    out = await app.desk.check_out(CheckOut(stay.reservation_key))
    assert [g.ended_reason for g in out.grants_ended] == ["checked_out"]
    assert (await app.queries.reservation(stay.reservation_key)).status == "ended"
    with pytest.raises(Conflict):
        await app.desk.check_out(CheckOut(stay.reservation_key))
    with pytest.raises(Conflict):  # a separate stay needs a new key
        await app.desk.check_in(
            CheckIn(("Ann",), ("room-101",), at(20, 15), at(21, 11), stay.reservation_key)
        )


async def test_staff_access_by_door_group(app) -> None:
    change = await app.desk.grant_staff_access(
        GrantStaffAccess("Maria", at(17, 8), at(30, 17), ("housekeeping",))
    )
    doors = change.grants_created[0].entrance_ids
    assert "room-101" in doors and "suite-402-bedroom" in doors and "lobby" not in doors
    assert change.grants_created[0].reservation_key is None


async def test_check_in_with_a_key_in_use_is_refused(app) -> None:
    stay = await app.desk.check_in(CheckIn(("Ann",), ("room-101",), at(17, 15), at(19, 11)))
    with pytest.raises(Conflict) as caught:
        await app.desk.check_in(
            CheckIn(("Bob",), ("room-103",), at(17, 15), at(19, 11), stay.reservation_key)
        )
    assert "Add guest" in caught.value.hint
