"""Every card type the desk makes, encoded through the service and judged by the virtual doors
(the reference lock model): one-shot, emergency, room-blocking and unblocking cards."""

from __future__ import annotations

import pytest

from frontdesk.domain.cards import Shift
from frontdesk.domain.commands import CheckIn, GrantStaffAccess
from frontdesk.domain.errors import FrontDeskError
from frontdesk.domain.operators import NotPermitted, Role
from tests.helpers import at
from tests.operator_fixtures import add_staff, sign_in
from tests.services.cards.conftest import Desk, Prompter

START, END = at(16, 15), at(20, 11)  # in house: the desk's clock says 10:00 on the 17th


async def _guest(desk: Desk, card: str = "guest") -> int:
    stay = await desk.app.desk.check_in(CheckIn(("Ann",), ("room-101",), START, END))
    return (await desk.encode(stay.grants_created[0].access_grant_id, card)).card_serial


async def _staff(desk: Desk, card: str = "staff") -> None:
    staff = await desk.app.desk.grant_staff_access(
        GrantStaffAccess("Hana", START, END, entrance_ids=("room-101",))
    )
    await desk.encode(staff.grants_created[0].access_grant_id, card)


async def test_a_one_shot_card_opens_each_of_its_doors_once_within_its_window(simulated_desk: Desk) -> None:
    desk, app = simulated_desk, simulated_desk.app
    visit = await app.desk.grant_staff_access(
        GrantStaffAccess("Ace Plumbing", at(17, 9), at(17, 13), entrance_ids=("room-101", "room-102"))
    )
    desk.hand.new_card("contractor")
    card = await app.cards.encode(
        visit.grants_created[0].access_grant_id, Prompter(), reader=desk.hand.reader, one_shot=True
    )
    assert card.kind == "one_shot"
    assert [(await desk.tap("contractor", "room-101", at(17, 11))).reason] == ["opened"]
    again = await desk.tap("contractor", "room-101", at(17, 11))
    assert (again.opened, again.reason) == (False, "already_used")
    assert (await desk.tap("contractor", "room-102", at(17, 12))).opened  # its other door, once too
    assert (await desk.tap("contractor", "room-102", at(17, 12))).reason == "already_used"
    [listed] = await app.cards.cards(visit.grants_created[0].access_grant_id)
    assert (listed.kind, listed.status) == ("one_shot", "issued")
    reading = await desk.read("contractor")
    assert reading.kind == "one_shot" and reading.card_serial == card.card_serial


async def test_a_one_shot_card_is_not_for_a_guest(simulated_desk: Desk) -> None:
    stay = await simulated_desk.app.desk.check_in(CheckIn(("Ann",), ("room-101",), START, END))
    simulated_desk.hand.new_card("x")
    with pytest.raises(FrontDeskError, match="One-shot cards are for staff access"):
        await simulated_desk.app.cards.encode(
            stay.grants_created[0].access_grant_id,
            Prompter(),
            reader=simulated_desk.hand.reader,
            one_shot=True,
        )


async def test_an_emergency_card_opens_every_door_also_a_deadbolted_room(simulated_desk: Desk) -> None:
    desk, app = simulated_desk, simulated_desk.app
    await _guest(desk)
    await _staff(desk)
    await app.doors.throw_deadbolt("room-101")  # the guest double-locked the room from inside
    assert (await desk.tap("guest", "room-101", at(17, 11))).reason == "deadbolted"
    assert (await desk.tap("staff", "room-101", at(17, 11))).reason == "deadbolted"

    desk.hand.new_card("emergency")
    card = await app.cards.encode_emergency(
        "guest not answering, welfare check", Prompter(), reader=desk.hand.reader
    )
    assert card.kind == "lock_state"
    assert card.ends_at - card.starts_at == (at(17, 14) - at(17, 10))  # 4 hours by default
    for door in ("room-101", "room-102", "lobby", "gym", "suite-401-bedroom"):
        tapped = await desk.tap("emergency", door, at(17, 11))
        assert (door, tapped.opened) == (door, True)
    assert (await desk.tap("emergency", "room-101", at(17, 12))).opened  # repeatable while valid
    assert (await desk.tap("emergency", "room-101", at(17, 14))).reason == "expired"
    audit = await app.queries.audit(limit=20)
    assert any("emergency card" in a.sentence and "welfare check" in a.sentence for a in audit)


async def test_an_emergency_card_needs_a_reason_and_a_short_validity(simulated_desk: Desk) -> None:
    app = simulated_desk.app
    simulated_desk.hand.new_card("e")
    with pytest.raises(FrontDeskError, match="No reason given"):
        await app.cards.encode_emergency("  ", Prompter(), reader=simulated_desk.hand.reader)
    with pytest.raises(FrontDeskError, match="at most 24 hours"):
        await app.cards.encode_emergency(
            "fire drill", Prompter(), hours=48, reader=simulated_desk.hand.reader
        )
    assert await app.cards.cards() == []


async def test_emergency_and_room_blocking_cards_are_a_managers(simulated_desk: Desk) -> None:
    app = simulated_desk.app
    await add_staff(app)
    await sign_in(app, Role.RECEPTIONIST)
    with pytest.raises(NotPermitted):
        await app.cards.encode_emergency("fire", Prompter())
    with pytest.raises(NotPermitted):
        await app.cards.encode_room_block(("room-101",), "leak", Prompter())


async def test_a_blocked_room_refuses_guest_cards_until_it_is_unblocked(simulated_desk: Desk) -> None:
    desk, app = simulated_desk, simulated_desk.app
    await _guest(desk)
    await _staff(desk)
    assert (await desk.tap("guest", "room-101", at(17, 10))).opened
    desk.hand.new_card("block")
    await app.cards.encode_room_block(("room-101",), "water leak", Prompter(), reader=desk.hand.reader)
    blocking = await desk.tap("block", "room-101", at(17, 11))
    assert (blocking.opened, blocking.reason) == (False, "programmed")
    assert (await app.doors.state("room-101")).blocked
    assert (await desk.tap("guest", "room-101", at(17, 11))).reason == "room_blocked"
    assert (await desk.tap("staff", "room-101", at(17, 11))).opened  # maintenance still gets in
    assert (await desk.tap("guest", "room-102", at(17, 11))).reason == "wrong_door"  # only its doors

    desk.hand.new_card("unblock")
    await app.cards.encode_room_block(
        ("room-101",), "leak fixed", Prompter(), block=False, reader=desk.hand.reader
    )
    assert (await desk.tap("unblock", "room-101", at(17, 12))).reason == "programmed"
    assert (await desk.tap("guest", "room-101", at(17, 12))).opened
    assert not (await app.doors.state("room-101")).blocked


async def test_a_staff_shift_card_opens_on_its_days_and_hours_in_the_hotels_zone(
    simulated_desk: Desk,
) -> None:
    desk, app = simulated_desk, simulated_desk.app
    staff = await app.desk.grant_staff_access(
        GrantStaffAccess("Hana", START, at(30, 11), entrance_ids=("room-101",))
    )
    grant_id = staff.grants_created[0].access_grant_id
    desk.hand.new_card("hana")
    early = Shift.parse("mon-fri", "07:00-15:00")
    card = await app.cards.encode(grant_id, Prompter(), reader=desk.hand.reader, shift=early)
    # at() is hotel time (America/Los_Angeles); 17 Nov 2026 is a Tuesday, 21 Nov a Saturday.
    assert (await desk.tap("hana", "room-101", at(17, 7))).opened
    assert (await desk.tap("hana", "room-101", at(17, 6, 59))).reason == "off_shift"
    assert (await desk.tap("hana", "room-101", at(17, 15))).reason == "off_shift"
    assert (await desk.tap("hana", "room-101", at(21, 10))).reason == "off_shift"
    assert (await desk.read("hana")).shift == "mon,tue,wed,thu,fri 07:00-15:00"

    desk.hand.new_card("hana 2")
    copy = await app.cards.duplicate(card.card_serial, Prompter(), reader=desk.hand.reader)
    assert (await desk.tap("hana 2", "room-101", at(18, 14))).opened
    assert (await desk.tap("hana 2", "room-101", at(18, 16))).reason == "off_shift"  # the same shift
    assert copy.kind == "staff"


async def test_a_shift_is_only_for_staff_cards(simulated_desk: Desk) -> None:
    stay = await simulated_desk.app.desk.check_in(CheckIn(("Ann",), ("room-101",), START, END))
    simulated_desk.hand.new_card("x")
    with pytest.raises(FrontDeskError, match="Only staff cards have shifts"):
        await simulated_desk.app.cards.encode(
            stay.grants_created[0].access_grant_id,
            Prompter(),
            reader=simulated_desk.hand.reader,
            shift=Shift.parse("mon", "07:00-08:00"),
        )
