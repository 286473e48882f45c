"""Back-to-back stays through real encoded cards, judged by the virtual doors (the lock model).

Runs on the simulated encoder and through the real pcscd with the card emulator, Classic 1K and NTAG213.
"""

from __future__ import annotations

import pytest

from frontdesk.domain.commands import AddGuest, CheckIn, GrantStaffAccess
from frontdesk.domain.errors import Conflict
from tests.helpers import at
from tests.services.cards.conftest import Desk

OPENED = {"opened": True, "reason": "opened"}


def outcome(result: dict) -> dict:
    return {"opened": result.opened, "reason": result.reason}


async def test_override_joiner_and_staff_with_encoded_cards(desk: Desk) -> None:
    app = desk.app
    ann_stay = await app.desk.check_in(CheckIn(("Ann",), ("room-101",), at(17, 15), at(20, 11)))
    ann = await desk.encode(ann_stay.grants_created[0].access_grant_id, "ann")
    staff = await app.desk.grant_staff_access(
        GrantStaffAccess("Maria", at(17, 8), at(30, 17), ("housekeeping",))
    )
    maria = await desk.encode(staff.grants_created[0].access_grant_id, "maria")
    assert ann.status == maria.status == "issued"
    assert desk.prompts.count("place") == 2 and desk.prompts.count("ready") == 2

    assert outcome(await desk.tap("ann", "room-101", at(17, 16))) == OPENED
    assert outcome(await desk.tap("maria", "room-101", at(17, 17))) == OPENED
    assert outcome(await desk.tap("ann", "room-101", at(17, 18))) == OPENED  # staff overrode nobody
    assert (await desk.tap("ann", "room-102", at(17, 18))).reason == "wrong_door"

    # Ann leaves early without checking out; Bob checks in to room 101 with a new key.
    bob_stay = await app.desk.check_in(
        CheckIn(("Bob",), ("room-101",), at(18, 15), at(21, 11), override_live=True)
    )
    assert [r.reservation_key for r in bob_stay.reservations_overridden] == [ann_stay.reservation_key]
    bob = await desk.encode(bob_stay.grants_created[0].access_grant_id, "bob")
    assert bob.reservation_sequence > ann.reservation_sequence
    # Until Bob's card is used there, the offline lock still opens for Ann.
    assert outcome(await desk.tap("ann", "room-101", at(18, 12))) == OPENED
    assert outcome(await desk.tap("bob", "room-101", at(18, 16))) == OPENED
    assert outcome(await desk.tap("ann", "room-101", at(18, 17))) == {"opened": False, "reason": "overridden"}

    bea_grant = await app.desk.add_guest(AddGuest(bob_stay.reservation_key, "Bea"))
    await desk.encode(bea_grant.grants_created[0].access_grant_id, "bea")
    assert outcome(await desk.tap("bea", "room-101", at(18, 18))) == OPENED
    assert outcome(await desk.tap("bob", "room-101", at(18, 19))) == OPENED  # joiners override nobody
    assert outcome(await desk.tap("maria", "room-101", at(18, 20))) == OPENED
    assert outcome(await desk.tap("bob", "room-101", at(18, 21))) == OPENED
    assert outcome(await desk.tap("maria", "room-305", at(18, 21))) == OPENED  # by door group
    assert (await desk.tap("maria", "lobby", at(18, 21))).reason == "wrong_door"  # not housekeeping

    # Reading Ann's card says who it is for and what room 101 says now.
    app.clock.now = at(18, 22)
    read = await desk.read("ann")
    assert read.record.holder == "Ann" and read.card_serial == ann.card_serial
    assert [(d.entrance_id, d.reason) for d in read.doors] == [("room-101", "overridden")]

    # A new card for the overridden stay would be refused at the door anyway: the desk says so.
    with pytest.raises(Conflict) as refused:
        await desk.encode(ann_stay.grants_created[0].access_grant_id, "ann-again")
    assert "overridden" in refused.value.title
    state = await app.doors.state("room-101")
    assert state.guest_sequence == bob.reservation_sequence
