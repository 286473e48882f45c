"""Read before write: a card that still works for another stay, or a staff card, is not written
over without the person's say-so; written over, it is marked replaced and audited."""

from __future__ import annotations

import pytest

from frontdesk.domain.commands import CheckIn, GrantStaffAccess
from frontdesk.services.cards.overwrite import LiveCardOnReader
from tests.helpers import at
from tests.services.cards.conftest import Desk, Prompter

START, END = at(16, 15), at(20, 11)


async def _encode_on(desk: Desk, grant_id: str, card: str, *, overwrite: bool = False) -> object:
    desk.hand.place(card)
    return await desk.app.cards.encode(
        grant_id, Prompter(), reader=desk.hand.reader, timeout=desk.timeout, overwrite=overwrite
    )


async def test_another_stays_live_card_is_written_over_only_when_asked(simulated_desk: Desk) -> None:
    desk, app = simulated_desk, simulated_desk.app
    ann = (await app.desk.check_in(CheckIn(("Ann",), ("room-101",), START, END))).grants_created[0]
    bob = (await app.desk.check_in(CheckIn(("Bob",), ("room-102",), START, END))).grants_created[0]
    anns = await desk.encode(ann.access_grant_id, "ann")

    with pytest.raises(LiveCardOnReader) as refused:
        await _encode_on(desk, bob.access_grant_id, "ann")
    assert refused.value.status == 409 and "--overwrite" in refused.value.hint
    assert (refused.value.holder, refused.value.doors) == ("Ann", ["Room 101"])
    assert [c.status for c in await app.cards.cards(bob.access_grant_id)] == []  # nothing recorded
    assert (await desk.tap("ann", "room-101", at(17, 11))).opened  # Ann's card untouched

    bobs = await _encode_on(desk, bob.access_grant_id, "ann", overwrite=True)
    [old] = await app.cards.cards(ann.access_grant_id)
    assert old.status == "replaced"
    [line] = await app.queries.audit(action="card.overwritten")
    assert line.details["by_card_serial"] == bobs.card_serial and line.details["asked"] is True
    assert line.subject == str(anns.card_serial)
    # The activity says to whom it happened: whose card the chip held, and whose it holds now.
    assert line.sentence == (
        f"Card {bobs.card_serial} for Bob replaced Ann's card {anns.card_serial} on the reader (test-desk)"
    )
    encoded = await app.queries.audit(action="card.encoded")
    [written] = [e for e in encoded if e.subject == str(bobs.card_serial)]
    assert written.sentence.startswith(f"Card {bobs.card_serial} for Bob was encoded for Room 102")
    assert (await desk.tap("ann", "room-102", at(17, 12))).opened  # the chip is Bob's card now


async def test_a_staff_card_is_not_written_over_but_the_same_stays_card_is(simulated_desk: Desk) -> None:
    desk, app = simulated_desk, simulated_desk.app
    stay = await app.desk.check_in(CheckIn(("Ann", "Tom"), ("room-101",), START, END))
    ann, tom = stay.grants_created
    staff = await app.desk.grant_staff_access(
        GrantStaffAccess("Hana", START, END, entrance_ids=("room-101",))
    )
    await desk.encode(staff.grants_created[0].access_grant_id, "hana")
    with pytest.raises(LiveCardOnReader) as refused:
        await _encode_on(desk, ann.access_grant_id, "hana")
    assert refused.value.kind == "staff"

    await desk.encode(ann.access_grant_id, "ann")
    toms = await _encode_on(desk, tom.access_grant_id, "ann")  # a re-encode within the stay: no question
    assert toms.status == "issued"
    assert {c.status for c in await app.cards.cards(ann.access_grant_id)} == {"returned"}
