"""A card signed with another property's keys reads as "other property" (not "forged or damaged"),
Classic and NTAG alike: in Read card and at the doors. A Classic card's header sector opens with the
published header key, so its property number can be read without that property's keys."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from frontdesk.domain.cards import CardKind, CardPayload, PropertyKeys, encode_card, generate_property_secret
from frontdesk.domain.commands import CheckIn
from frontdesk.services.cards.encoder import CardType
from frontdesk.services.cards.keys import ClassicSectorKeys
from tests.helpers import at
from tests.services.cards.conftest import RIGS, Desk, _desk

THEIR_NUMBER = 4242


async def put_their_card_on_the_reader(desk: Desk, name: str) -> bytes:
    """Another property's desk encodes a card for its own lock 101 (same lock number as ours)."""
    theirs = PropertyKeys.from_secret(generate_property_secret(), THEIR_NUMBER)
    desk.hand.new_card(name)
    chip: Any = await desk.hand.encoder.wait_for_card(desk.hand.reader, timeout=5)
    payload = CardPayload(CardKind.GUEST, THEIR_NUMBER, (101,), 0, 1, 7, 0, 10**7)
    image = encode_card(payload, chip.uid, theirs)
    await desk.hand.encoder.write(chip, image, ClassicSectorKeys(theirs))
    return image


async def test_a_card_of_another_property_reads_as_other_property(desk: Desk) -> None:
    app = desk.app
    await app.desk.check_in(CheckIn(("Ann",), ("room-101",), at(17, 15), at(20, 11)))
    await put_their_card_on_the_reader(desk, "theirs")

    reading = await desk.read("theirs")
    assert (reading.reason, reading.title) == ("other_property", "Card belongs to another property.")
    verdict = await desk.tap("theirs", "room-101", at(17, 16))
    assert (verdict.opened, verdict.reason) == (False, "other_property")
    [line] = await app.queries.audit(action="card.read")
    assert line.details["reason"] == "other_property"


CLASSIC_RIGS = [param for param in RIGS if param.values[0][1] is CardType.MIFARE_CLASSIC_1K]


@pytest.fixture(params=CLASSIC_RIGS)
async def classic_desk(request: pytest.FixtureRequest, app: Any, secret_service: Any) -> AsyncIterator[Desk]:
    async for made in _desk(request, app):
        yield made


async def test_another_systems_classic_card_is_still_not_ours(classic_desk: Desk) -> None:
    """Sectors on keys nobody publishes (a parking system's card): nothing to read, no property."""
    desk = classic_desk
    desk.hand.new_card("parking")
    desk.hand.remove()
    if desk.hand.driver == "simulated":
        desk.hand.encoder.place_card(desk.hand.card_type, write_protected=True)
    else:
        desk.hand.emulator = desk.hand.start("classic1k", reader=desk.hand.reader, write_protect=True)
    reading = await desk.app.cards.read(reader=desk.hand.reader, timeout=desk.timeout)
    assert reading.reason == "forged_or_damaged"
