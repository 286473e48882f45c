"""NTAG cards the desk writes are write-protected with a password diversified per card: a phone
cannot rewrite a guest's card, a door still reads it, the desk re-encodes it (also after a key
rotation, which moves the password to the new version), and an NTAG another property protected
is refused with its property named and nothing written."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import pytest

from frontdesk.domain.cards import CardKind, CardPayload, PropertyKeys, encode_card, generate_property_secret
from frontdesk.domain.commands import CheckIn
from frontdesk.services.cards.encoder import CardType, CardWriteProtected
from frontdesk.services.cards.encoding import CardOfAnotherProperty
from frontdesk.services.cards.keys import CardKeyStore, ClassicSectorKeys
from tests.helpers import at
from tests.services.cards.conftest import RIGS, Desk, Prompter, _desk

NTAG_RIGS = [param for param in RIGS if param.values[0][1] is CardType.NTAG213]
THEIR_NUMBER = 4242


@pytest.fixture(params=NTAG_RIGS)
async def ntag_desk(request: pytest.FixtureRequest, app: Any, secret_service: Any) -> AsyncIterator[Desk]:
    async for made in _desk(request, app):
        yield made


async def _chip(desk: Desk) -> Any:
    return await desk.hand.encoder.wait_for_card(desk.hand.reader, timeout=5)


async def test_a_guest_ntag_cannot_be_rewritten_without_the_property_keys(ntag_desk: Desk) -> None:
    desk, app = ntag_desk, ntag_desk.app
    stay = await app.desk.check_in(CheckIn(("Ann",), ("room-101",), at(17, 15), at(27, 11)))
    grant_id = stay.grants_created[0].access_grant_id
    await desk.encode(grant_id, "ann")
    issued = desk.hand.stored_image()

    chip = await _chip(desk)
    with pytest.raises(CardWriteProtected):  # a phone with an NFC app writes without a password
        await desk.hand.encoder.write(chip, bytes(144), None)
    assert desk.hand.stored_image() == issued
    assert (await desk.tap("ann", "room-101", at(17, 16))).opened  # the lock reads it openly

    # The desk writes it again: a duplicate over the same chip, then after a key rotation.
    again = await desk.encode(grant_id, "ann", new=False)
    assert again.status == "issued"
    await app.cards.rotate_key(timedelta(days=30))
    moved = await desk.encode(grant_id, "ann", new=False)
    assert moved.key_version == 2
    assert (await desk.tap("ann", "room-101", at(17, 17))).opened
    ring = await app.tx.write(lambda uow, now: CardKeyStore().key_ring(uow, now))
    with pytest.raises(CardWriteProtected):  # the chip's password is version 2's now
        await desk.hand.encoder.write(await _chip(desk), bytes(144), ClassicSectorKeys(ring.keys[1]))


async def test_an_ntag_protected_by_another_property_is_refused_naming_it(ntag_desk: Desk) -> None:
    desk, app = ntag_desk, ntag_desk.app
    stay = await app.desk.check_in(CheckIn(("Ann",), ("room-101",), at(17, 15), at(20, 11)))
    grant_id = stay.grants_created[0].access_grant_id
    theirs = PropertyKeys.from_secret(generate_property_secret(), THEIR_NUMBER)
    desk.hand.new_card("theirs")
    chip = await _chip(desk)
    their_card = encode_card(
        CardPayload(CardKind.GUEST, THEIR_NUMBER, (7,), 0, 1, 99, 0, 10**7), chip.uid, theirs
    )
    await desk.hand.encoder.write(chip, their_card, ClassicSectorKeys(theirs))  # their desk wrote it

    with pytest.raises(CardOfAnotherProperty) as refused:
        await app.cards.encode(grant_id, Prompter(), reader=desk.hand.reader, timeout=desk.timeout)
    assert f"another property (number {THEIR_NUMBER})" in refused.value.title
    assert "Nothing was written" in refused.value.hint
    assert desk.hand.stored_image() == their_card
    assert [c.status for c in await app.cards.cards(grant_id)] == ["failed"]  # opens nothing
    reading = await desk.read("theirs")
    assert reading.reason == "other_property"
