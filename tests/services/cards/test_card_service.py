"""Reading, duplicating and cancelling cards, re-encoding a chip, and the audit of each step."""

from __future__ import annotations

import pytest

from frontdesk.domain.commands import AddGuest, ChangeDates, CheckIn, CheckOut
from frontdesk.domain.errors import Conflict, InvalidInput, NotFound
from frontdesk.domain.model import AccessMethod
from frontdesk.services.cards.encoder import NoCardOnReader
from tests.helpers import at
from tests.services.cards.conftest import Desk, Prompter


async def test_read_tells_who_which_doors_when_and_each_doors_verdict(simulated_desk: Desk) -> None:
    desk, app = simulated_desk, simulated_desk.app
    stay = await app.desk.check_in(CheckIn(("Ann",), ("room-101", "lobby", "gym"), at(17, 15), at(20, 11)))
    card = await desk.encode(stay.grants_created[0].access_grant_id, "ann")
    app.clock.now = at(18, 9)
    read = await desk.read("ann")
    assert read.valid is True and read.kind == "guest" and read.card_serial == card.card_serial
    assert read.record.holder == "Ann" and read.record.status == "issued"
    assert (read.valid_from.isoformat(), read.valid_until.isoformat()) == (
        at(17, 15).isoformat(),
        at(20, 11).isoformat(),
    )
    assert {d.entrance_id: (d.opened, d.reason) for d in read.doors} == {
        "room-101": (True, "opened"),
        "lobby": (True, "opened"),
        "gym": (True, "opened"),
    }
    app.clock.now = at(20, 12)
    assert {d.reason for d in (await desk.read("ann")).doors} == {"expired"}
    actions = [a.action for a in await app.queries.audit()]
    assert actions.count("card.read") == 2 and actions.count("card.encoded") == 1


async def test_a_blank_card_reads_as_blank_and_is_audited(simulated_desk: Desk) -> None:
    desk = simulated_desk
    desk.hand.new_card("blank")
    read = await desk.app.cards.read(reader=desk.hand.reader, timeout=1)
    assert (read.valid, read.reason, read.title) == (False, "blank", "Card is blank.")
    assert (await desk.app.queries.audit(action="card.read"))[0].details["reason"] == "blank"
    assert (await desk.tap("blank", "room-101", at(17, 16))).reason == "blank"


async def test_cancelled_card_is_refused_once_a_newer_card_was_used_at_the_door(simulated_desk: Desk) -> None:
    desk, app = simulated_desk, simulated_desk.app
    stay = await app.desk.check_in(CheckIn(("Ann",), ("room-101",), at(17, 15), at(20, 11)))
    lost = await desk.encode(stay.grants_created[0].access_grant_id, "lost")
    assert (await desk.tap("lost", "room-101", at(17, 16))).opened
    cancelled = await app.cards.cancel(lost.card_serial)
    assert cancelled.status == "cancelled"
    with pytest.raises(Conflict):
        await app.cards.cancel(lost.card_serial)
    with pytest.raises(NotFound):
        await app.cards.cancel(99999)
    # The door has not heard yet: an offline lock only learns from newer cards.
    assert (await desk.tap("lost", "room-101", at(17, 17))).opened
    tom = await app.desk.add_guest(AddGuest(stay.reservation_key, "Tom"))
    await desk.encode(tom.grants_created[0].access_grant_id, "tom")
    assert (await desk.read("tom")).cancelled_serials == (lost.card_serial,)
    assert (await desk.tap("tom", "room-101", at(17, 18))).opened
    assert (await desk.tap("lost", "room-101", at(17, 19))).reason == "cancelled"
    assert (await app.queries.audit(action="card.cancelled"))[0].subject == str(lost.card_serial)


async def test_duplicate_and_reencode_of_the_same_chip(simulated_desk: Desk) -> None:
    desk, app = simulated_desk, simulated_desk.app
    stay = await app.desk.check_in(CheckIn(("Ann",), ("room-101",), at(17, 15), at(19, 11)))
    first = await desk.encode(stay.grants_created[0].access_grant_id, "first")
    desk.hand.new_card("second")
    second = await app.cards.duplicate(first.card_serial, Prompter(), reader=desk.hand.reader, timeout=1)
    assert second.duplicate_of == first.card_serial and second.holder == "Ann"
    assert (await desk.tap("first", "room-101", at(17, 16))).opened
    assert (await desk.tap("second", "room-101", at(17, 16))).opened

    changed = await app.desk.change_dates(ChangeDates(stay.reservation_key, at(17, 15), at(21, 11)))
    assert sorted(changed.cards_to_reencode) == [first.card_serial, second.card_serial]
    again = await desk.encode(stay.grants_created[0].access_grant_id, "first", new=False)
    cards = {c.card_serial: c.status for c in await app.cards.cards()}
    assert cards == {
        first.card_serial: "returned",
        second.card_serial: "needs_reencode",
        again.card_serial: "issued",
    }
    assert (await desk.tap("first", "room-101", at(20, 16))).opened  # the new dates are on the chip
    with pytest.raises(Conflict):
        await app.cards.cancel(first.card_serial)  # that card no longer exists


async def test_encode_refusals_take_no_card(simulated_desk: Desk) -> None:
    desk, app = simulated_desk, simulated_desk.app
    stay = await app.desk.check_in(CheckIn(("Ann",), ("room-101",), at(17, 15), at(19, 11)))
    pins = await app.desk.check_in(
        CheckIn(("Pia",), ("room-102",), at(17, 15), at(19, 11), access_methods=frozenset({AccessMethod.PIN}))
    )
    with pytest.raises(InvalidInput) as no_card:
        await desk.encode(pins.grants_created[0].access_grant_id, "pia")
    assert no_card.value.title == "This access does not include a key card."
    with pytest.raises(NotFound):
        await desk.encode("grant_missing", "nobody")
    desk.hand.remove()
    with pytest.raises(NoCardOnReader):
        await app.cards.encode(stay.grants_created[0].access_grant_id, Prompter(), timeout=0.1)
    await app.desk.check_out(CheckOut(stay.reservation_key))  # no card was encoded: nothing to ask
    with pytest.raises(Conflict):
        await desk.encode(stay.grants_created[0].access_grant_id, "ann")
    assert [c for c in await app.cards.cards() if c.status == "issued"] == []
    failed = await app.queries.audit(action="card.encoding_failed")
    assert [f.details["reason"] for f in failed] == ["No card on the reader."]
