"""`frontdesk cards read` and `cards encode` with another property's card on the reader, through the
real pcscd, vpcd and the card emulator: it reads as "other property", and the encoder refuses it
naming that property, writing nothing (its keys, or its NTAG password, are not ours)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from frontdesk.domain.cards import CardKind, CardPayload, PropertyKeys, encode_card, generate_property_secret
from frontdesk.services.cards.keys import ClassicSectorKeys
from frontdesk.services.drivers import ENCODERS, create_driver
from tests.cli.test_card_commands import READER, CardCli
from tests.pcsc_fixtures import card_emulator, pcscd  # noqa: F401  (fixtures)

pytestmark = pytest.mark.pcsc
THEIRS = 4242


async def _their_desk_encodes() -> bytes:
    encoder: Any = create_driver(ENCODERS, "pcsc")
    try:
        chip = await encoder.wait_for_card(READER, timeout=10)
        keys = PropertyKeys.from_secret(generate_property_secret(), THEIRS)
        image = encode_card(CardPayload(CardKind.GUEST, THEIRS, (101,), 0, 1, 7, 0, 10**7), chip.uid, keys)
        await encoder.write(chip, image, ClassicSectorKeys(keys))
        return image
    finally:
        await encoder.close()


@pytest.mark.parametrize("kind", ["classic1k", "ntag213"])
def test_another_propertys_card_reads_as_such_and_is_not_written_over(
    kind: str,
    db_url: str,
    capsys: pytest.CaptureFixture[str],
    secret_service: Any,
    request: pytest.FixtureRequest,
) -> None:
    cli = CardCli(db_url, capsys)
    cli.ok("demo", "--empty")
    stay = cli.ok(
        "reservations", "check-in", "--guest", "Ann", "--entrance", "room-101",
        "--starts-at", "2026-11-17T15:00", "--ends-at", "2026-11-20T11:00",
    )  # fmt: skip
    emulator = request.getfixturevalue("card_emulator")(kind, reader=READER)
    asyncio.run(_their_desk_encodes())
    before = emulator.memory_dump()

    read = cli.ok("cards", "read", "--reader", READER, "--timeout", "10")
    assert (read["valid"], read["reason"]) == (False, "other_property")
    tap = cli.ok("doors", "tap", "room-101", "--reader", READER, "--at", "2026-11-18T09:00")
    assert (tap["opened"], tap["reason"]) == (False, "other_property")

    grant_id = stay["grants_created"][0]["access_grant_id"]
    error = cli.fails("cards", "encode", grant_id, "--reader", READER, "--timeout", "10")
    assert error["status"] == 409
    assert (
        error["title"]
        == f"This card belongs to another property (number {THEIRS}) and is protected with its keys."
    )
    assert "Nothing was written" in error["hint"]
    assert emulator.memory_dump() == before
