"""Ending access early revokes the cards, and revocations are not pushed out by noise.

Through encoded cards and the virtual doors: a removed joiner's card, a moved guest's old-room card
and an early check-out's card are refused at the next use of any newer card at that door (here a
housekeeper's card, which overrides nothing, so only the revocation can stop them). A lost card
stays revoked however many encodes failed elsewhere meanwhile.
"""

from __future__ import annotations

import contextlib

import pytest

from frontdesk.domain.commands import (
    CardsAtCheckOut,
    CheckIn,
    CheckOut,
    DeleteGrant,
    GrantStaffAccess,
    MoveRoom,
)
from frontdesk.domain.errors import Conflict, FrontDeskError
from tests.helpers import at
from tests.services.cards.conftest import Desk, Prompter

START, END = at(16, 15), at(20, 11)  # in house: the desk's clock says 10:00 on the 17th


async def _housekeeper_taps(desk: Desk, door: str, when: object) -> None:
    """A card encoded now (so it carries today's revocations) is used at the door."""
    staff = await desk.app.desk.grant_staff_access(GrantStaffAccess("Hana", START, END, entrance_ids=(door,)))
    await desk.encode(staff.grants_created[0].access_grant_id, "housekeeper")
    assert (await desk.tap("housekeeper", door, when)).opened


async def test_a_removed_joiners_card_is_refused_after_a_newer_card_was_used(simulated_desk: Desk) -> None:
    desk, app = simulated_desk, simulated_desk.app
    stay = await app.desk.check_in(CheckIn(("Ann", "Tom"), ("room-101",), START, END))
    ann, tom = stay.grants_created
    await desk.encode(ann.access_grant_id, "ann")
    joiner = await desk.encode(tom.access_grant_id, "tom")
    assert (await desk.tap("tom", "room-101", at(17, 11))).opened

    await app.desk.delete_grant(DeleteGrant(tom.access_grant_id))
    [card] = await app.cards.cards(tom.access_grant_id)
    assert card.status == "revoked" and card.cancelled_at is not None
    await desk.encode(ann.access_grant_id, "ann again")  # the stay's newer card
    assert (await desk.tap("ann again", "room-101", at(17, 12))).opened
    refused = await desk.tap("tom", "room-101", at(17, 13))
    assert (refused.opened, refused.reason, refused.card_serial) == (False, "cancelled", joiner.card_serial)
    assert (await desk.tap("ann", "room-101", at(17, 14))).opened  # Ann's first card still works


async def test_a_moved_guests_old_room_card_is_refused_there(simulated_desk: Desk) -> None:
    desk, app = simulated_desk, simulated_desk.app
    stay = await app.desk.check_in(CheckIn(("Ann",), ("room-101",), START, END))
    await desk.encode(stay.grants_created[0].access_grant_id, "ann")
    moved = await app.desk.move_room(MoveRoom(stay.reservation_key, ("room-102",)))
    [old] = await app.cards.cards(stay.grants_created[0].access_grant_id)
    assert old.status == "revoked"
    await desk.encode(moved.grants_created[0].access_grant_id, "ann in 102")
    assert (await desk.tap("ann in 102", "room-102", at(17, 11))).opened

    await _housekeeper_taps(desk, "room-101", at(17, 12))
    refused = await desk.tap("ann", "room-101", at(17, 13))
    assert (refused.opened, refused.reason) == (False, "cancelled")


async def test_an_early_check_outs_card_is_refused_after_a_newer_card_was_used(simulated_desk: Desk) -> None:
    desk, app = simulated_desk, simulated_desk.app
    stay = await app.desk.check_in(CheckIn(("Ann",), ("room-101",), START, END))
    await desk.encode(stay.grants_created[0].access_grant_id, "ann")
    with pytest.raises(Conflict) as asked:  # the desk never silently does nothing with the cards
        await app.desk.check_out(CheckOut(stay.reservation_key))
    assert asked.value.title == "This stay's key cards still open doors."
    await app.desk.check_out(CheckOut(stay.reservation_key, CardsAtCheckOut.REVOKE))  # three days early
    [card] = await app.cards.cards(stay.grants_created[0].access_grant_id)
    assert card.status == "revoked"

    assert (await desk.tap("ann", "room-101", at(17, 11))).opened  # the door has not heard yet
    await _housekeeper_taps(desk, "room-101", at(17, 12))
    refused = await desk.tap("ann", "room-101", at(17, 13))
    assert (refused.opened, refused.reason) == (False, "cancelled")


async def test_cards_collected_at_check_out_are_not_revoked(simulated_desk: Desk) -> None:
    desk, app = simulated_desk, simulated_desk.app
    stay = await app.desk.check_in(CheckIn(("Ann", "Tom"), ("room-101",), START, END))
    for grant, name in zip(stay.grants_created, ("ann", "tom"), strict=True):
        await desk.encode(grant.access_grant_id, name)
    out = await app.desk.check_out(CheckOut(stay.reservation_key, CardsAtCheckOut.COLLECTED))
    cards = await app.cards.cards(reservation_key=stay.reservation_key)
    assert [c.status for c in cards] == ["collected", "collected"]
    assert all(c.cancelled_at is None for c in cards)  # they take no room on newer cards
    staff = await app.desk.grant_staff_access(
        GrantStaffAccess("Hana", START, END, entrance_ids=("room-101",))
    )
    housekeeper = await desk.encode(staff.grants_created[0].access_grant_id, "housekeeper")
    assert (await desk.read("housekeeper")).cancelled_serials == ()
    assert housekeeper.status == "issued" and out.reservation_status[stay.reservation_key] == "ended"
    collected = await app.queries.audit(action="card.collected")
    assert len(collected) == 2 and "was collected at check-out" in collected[0].sentence


async def test_failed_encodes_elsewhere_never_push_a_lost_card_off_the_list(simulated_desk: Desk) -> None:
    desk, app, hand = simulated_desk, simulated_desk.app, simulated_desk.hand
    stay = await app.desk.check_in(CheckIn(("Ann",), ("room-101",), START, END))
    grant_id = stay.grants_created[0].access_grant_id
    lost = await desk.encode(grant_id, "lost")
    await app.cards.cancel(lost.card_serial)

    other = await app.desk.check_in(CheckIn(("Bob",), ("room-102",), START, END))
    bob = other.grants_created[0].access_grant_id
    hand.new_card("bob")
    before = hand.operations()
    await app.cards.encode(bob, Prompter(), reader=hand.reader, timeout=5)
    commands = hand.operations() - before
    for n in range(25):  # each pulled during its read-back: 25 unconfirmed, revoked cards of room 102
        hand.new_card(f"pulled {n}")
        hand.vanish_after(commands - 1)
        with contextlib.suppress(FrontDeskError):
            await app.cards.encode(bob, Prompter(), reader=hand.reader, timeout=0.05)
    revoked = [c for c in await app.cards.cards(bob) if c.cancelled_at is not None]
    assert len(revoked) == 25

    await desk.encode(grant_id, "replacement")
    assert (await desk.read("replacement")).cancelled_serials == (lost.card_serial,)
    assert (await desk.tap("replacement", "room-101", at(17, 11))).opened
    refused = await desk.tap("lost", "room-101", at(17, 12))
    assert (refused.opened, refused.reason) == (False, "cancelled")
