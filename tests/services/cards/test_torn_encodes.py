"""A card taken off the reader during the k-th command of an encode, a re-encode or a duplicate, for every k.

The desk records a card before the first write reaches its chip, and writes the block that makes
a card valid last. So whatever k: no card is reported as issued unless it was verified; a chip
opens a door only with a card the desk has on record (issued, or unconfirmed and revoked, with
an error saying so); and an unconfirmed card is refused once a newer card of its stay was used.
"""

from __future__ import annotations

import pytest

from frontdesk.domain.commands import AddGuest, CheckIn
from frontdesk.domain.errors import FrontDeskError
from tests.helpers import at
from tests.services.cards.conftest import Desk, Prompter, RecordingEncoder

MAY_OPEN = "This card may open Room 101 until it is revoked; it has been revoked."


async def _pulled_encode(desk: Desk, grant_id: str, k: int) -> FrontDeskError:
    desk.hand.vanish_after(k)
    wait = 0.5 if desk.hand.driver == "pcsc" else 0.05  # how long the desk waits for the card to come back
    with pytest.raises(FrontDeskError) as failed:
        await desk.app.cards.encode(grant_id, Prompter(), reader=desk.hand.reader, timeout=wait)
    desk.hand.put_back()
    return failed.value


async def test_a_card_pulled_at_any_command_of_an_encode_opens_only_if_the_desk_has_it(desk: Desk) -> None:
    app, hand = desk.app, desk.hand
    stay = await app.desk.check_in(CheckIn(("Ann",), ("room-101",), at(17, 15), at(20, 11)))
    grant_id = stay.grants_created[0].access_grant_id
    recorder = RecordingEncoder(hand.encoder)
    app.cards.use_encoder(recorder)
    hand.new_card("probe")
    before = hand.operations()
    await app.cards.encode(grant_id, Prompter(), reader=hand.reader, timeout=5)
    commands = hand.operations() - before
    assert commands > 10

    hand.new_card("torn")
    opened, refused = 0, 0
    for k in range(1, commands + 1):
        hand.blank_again()
        recorder.images.clear()
        known = {c.card_serial for c in await app.cards.cards(grant_id)}
        error = await _pulled_encode(desk, grant_id, k)
        cards = await app.cards.cards(grant_id)
        assert [c.status for c in cards if c.status == "issued"] == ["issued"], f"k={k}"  # the probe only
        recorded = [c for c in cards if c.card_serial not in known]
        # Pulled while the card was being identified, no row: then nothing was written either.
        assert len(recorded) == 1 or not recorder.images, f"k={k}"
        status = recorded[0].status if recorded else None
        assert status in ("unconfirmed", "failed", None), f"k={k}: {status}"
        whole = bool(recorder.images) and hand.stored_image() == recorder.images[-1]
        if whole and hand.card_type.is_classic:  # the valid block lands after every trailer
            assert hand.sectors_on_factory_keys() == [], f"k={k}"
        verdict = await app.doors.tap("room-101", reader=hand.reader, at=at(17, 16), timeout=5)
        # A chip that opens holds a card the desk has on record, and the desk said it may open.
        assert verdict.opened == whole, f"k={k}: {verdict}"
        assert (MAY_OPEN in error.hint) == (status == "unconfirmed"), f"k={k}: {error.hint}"
        if verdict.opened:
            assert status == "unconfirmed" and recorded[0].cancelled_at is not None, f"k={k}"
        opened += verdict.opened
        refused += not verdict.opened
    assert opened and refused  # both happened: the sweep saw the valid block land

    # The stay's next card carries every unconfirmed serial; once used, the torn card is refused.
    unconfirmed = {c.card_serial for c in await app.cards.cards(grant_id) if c.status == "unconfirmed"}
    assert len(unconfirmed) == opened
    await desk.encode(grant_id, "fresh")
    assert unconfirmed <= set((await desk.read("fresh")).cancelled_serials)
    assert (await desk.tap("fresh", "room-101", at(17, 17))).opened
    torn = await desk.tap("torn", "room-101", at(17, 18))
    assert (torn.opened, torn.reason) == (False, "cancelled")


async def test_a_re_encode_pulled_at_any_command_never_leaves_a_card_the_desk_lists_wrongly(
    desk: Desk,
) -> None:
    app, hand = desk.app, desk.hand
    stay = await app.desk.check_in(CheckIn(("Ann",), ("room-101",), at(17, 15), at(20, 11)))
    ann = stay.grants_created[0].access_grant_id
    joined = await app.desk.add_guest(AddGuest(stay.reservation_key, "Tom"))
    tom = joined.grants_created[0].access_grant_id
    recorder = RecordingEncoder(hand.encoder)
    app.cards.use_encoder(recorder)
    hand.new_card("chip")
    await app.cards.encode(ann, Prompter(), reader=hand.reader, timeout=5)
    before = hand.operations()
    await app.cards.encode(tom, Prompter(), reader=hand.reader, timeout=5)  # Ann's card overwritten
    commands = hand.operations() - before
    assert commands > 10

    for k in range(1, commands + 1):
        old = await desk.encode(ann, "chip", new=False)  # the chip holds Ann's issued card
        ann_image = recorder.images[-1]
        recorder.images.clear()
        known = {c.card_serial for c in await app.cards.cards(tom)}
        error = await _pulled_encode(desk, tom, k)
        recorded = [c for c in await app.cards.cards(tom) if c.card_serial not in known]
        if not recorded:  # pulled while the card was being identified: nothing was written
            assert not recorder.images and hand.stored_image() == ann_image, f"k={k}"
            continue
        new = recorded[0]
        old_now = next(c for c in await app.cards.cards(ann) if c.card_serial == old.card_serial)
        assert new.status in ("unconfirmed", "failed"), f"k={k}"
        held = hand.stored_image()
        tom_whole = bool(recorder.images) and held == recorder.images[-1]
        # The old card is listed as issued only while the chip still holds it untouched.
        if old_now.status == "issued":
            assert held == ann_image, f"k={k}"
        verdict = await app.doors.tap("room-101", reader=hand.reader, at=at(17, 16), timeout=5)
        if verdict.opened:
            opener = new if verdict.card_serial == new.card_serial else old_now
            assert verdict.card_serial in (new.card_serial, old.card_serial), f"k={k}"
            assert opener.status in ("issued", "unconfirmed"), f"k={k}: {opener.status}"
            if opener is new:
                assert MAY_OPEN in error.hint, f"k={k}: {error.hint}"
            elif opener.status == "unconfirmed":
                said = f"Card {old.card_serial} that this chip held may still open Room 101 until"
                assert said in error.hint, f"k={k}: {error.hint}"
        assert tom_whole == (verdict.opened and verdict.card_serial == new.card_serial), f"k={k}"

    # Whatever the chip holds now is refused once the stay's newer card was used at the door.
    await desk.encode(tom, "fresh")
    assert (await desk.tap("fresh", "room-101", at(17, 17))).opened
    left = await desk.tap("chip", "room-101", at(17, 18))
    if left.card_serial is not None:
        assert (left.opened, left.reason) == (False, "cancelled")


async def _pulled_duplicate(desk: Desk, card_serial: int, k: int) -> FrontDeskError:
    desk.hand.vanish_after(k)
    wait = 0.5 if desk.hand.driver == "pcsc" else 0.05
    with pytest.raises(FrontDeskError) as failed:
        await desk.app.cards.duplicate(card_serial, Prompter(), reader=desk.hand.reader, timeout=wait)
    desk.hand.put_back()
    return failed.value


async def test_a_duplicate_pulled_at_any_command_opens_only_if_the_desk_has_it(desk: Desk) -> None:
    app, hand = desk.app, desk.hand
    stay = await app.desk.check_in(CheckIn(("Ann",), ("room-101",), at(17, 15), at(20, 11)))
    grant_id = stay.grants_created[0].access_grant_id
    original = await desk.encode(grant_id, "original")
    recorder = RecordingEncoder(hand.encoder)
    app.cards.use_encoder(recorder)
    hand.new_card("probe")
    before = hand.operations()
    await app.cards.duplicate(original.card_serial, Prompter(), reader=hand.reader, timeout=5)
    commands = hand.operations() - before
    assert commands > 10

    hand.new_card("torn")
    opened = refused = 0
    for k in range(1, commands + 1):
        hand.blank_again()
        recorder.images.clear()
        known = {c.card_serial for c in await app.cards.cards(grant_id)}
        error = await _pulled_duplicate(desk, original.card_serial, k)
        cards = await app.cards.cards(grant_id)
        issued = sorted(c.card_serial for c in cards if c.status == "issued")
        assert len(issued) == 2 and original.card_serial in issued, f"k={k}"  # the original and the probe
        recorded = [c for c in cards if c.card_serial not in known]
        assert len(recorded) == 1 or not recorder.images, f"k={k}"
        status = recorded[0].status if recorded else None
        assert status in ("unconfirmed", "failed", None), f"k={k}: {status}"
        whole = bool(recorder.images) and hand.stored_image() == recorder.images[-1]
        verdict = await app.doors.tap("room-101", reader=hand.reader, at=at(17, 16), timeout=5)
        assert verdict.opened == whole, f"k={k}: {verdict}"
        assert (MAY_OPEN in error.hint) == (status == "unconfirmed"), f"k={k}: {error.hint}"
        if verdict.opened:
            assert status == "unconfirmed" and verdict.card_serial == recorded[0].card_serial, f"k={k}"
        opened += verdict.opened
        refused += not verdict.opened
    assert opened and refused

    # The torn copies are refused once the stay's next card was used; the original still opens.
    await desk.encode(grant_id, "fresh")
    assert (await desk.tap("fresh", "room-101", at(17, 17))).opened
    torn = await desk.tap("torn", "room-101", at(17, 18))
    assert (torn.opened, torn.reason) == (False, "cancelled")
    assert (await desk.tap("original", "room-101", at(17, 19))).opened


async def test_a_card_put_back_after_removal_is_finished_and_issued(desk: Desk) -> None:
    app, hand = desk.app, desk.hand
    stay = await app.desk.check_in(CheckIn(("Ann",), ("room-101",), at(17, 15), at(20, 11)))
    grant_id = stay.grants_created[0].access_grant_id
    hand.new_card("probe")
    before = hand.operations()
    await app.cards.encode(grant_id, Prompter(), reader=hand.reader, timeout=5)
    commands = hand.operations() - before  # read first, then write, then read back
    hand.new_card("ann")
    hand.vanish_after(commands - 20)  # in the middle of the writes
    prompter = Prompter(on_put_back=hand.put_back)
    card = await app.cards.encode(grant_id, prompter, reader=hand.reader, timeout=5)
    assert prompter.said == ["place", "put back", "ready"]
    assert card.status == "issued"
    assert (await desk.tap("ann", "room-101", at(17, 16))).opened
