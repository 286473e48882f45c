"""The contract every encoder driver passes: simulated, and PC/SC through the real pcscd with the
card emulator on vpcd (MIFARE Classic 1K and NTAG213)."""

from __future__ import annotations

import threading
import time

import pytest

from frontdesk.services.cards.encoder import (
    CardPresenceChanged,
    CardRemovedWhileWriting,
    CardWriteProtected,
    ImageTooLarge,
    NoCardOnReader,
    NoReader,
)
from tests.drivers.encoder.conftest import CLASSIC_SECTORS, IMAGE, KEYS, KeysForTests

pytestmark = pytest.mark.timeout(600)


async def test_write_puts_the_image_on_the_card_and_reads_back(rig) -> None:
    card = await rig.encoder.wait_for_card(rig.reader, timeout=5)
    assert card.uid == rig.uid and card.card_type is rig.card_type

    await rig.encoder.write(card, IMAGE, KEYS)

    assert rig.stored_image(len(IMAGE)) == IMAGE  # looked at inside the card, not through the driver
    assert await rig.encoder.read(card, KEYS, len(IMAGE)) == IMAGE
    assert await rig.encoder.read(card, KEYS, 10) == IMAGE[:10]


async def test_an_issued_card_can_be_encoded_again(rig) -> None:
    card = await rig.encoder.wait_for_card(rig.reader, timeout=5)
    await rig.encoder.write(card, IMAGE, KEYS)
    second = bytes(reversed(IMAGE))[:100]

    await rig.encoder.write(card, second, KEYS)

    assert rig.stored_image(100) == second


async def test_a_blank_classic_card_is_taken_over_with_the_property_keys(classic_rig) -> None:
    rig = classic_rig
    card = await rig.encoder.wait_for_card(rig.reader, timeout=5)
    assert [rig.sector_keys(sector) for sector in CLASSIC_SECTORS] == [None] * len(CLASSIC_SECTORS)

    await rig.encoder.write(card, IMAGE, KEYS)

    for sector in CLASSIC_SECTORS:
        assert rig.sector_keys(sector) is not None, f"sector {sector} still opens with the factory key"
        assert rig.sector_keys(sector) == rig.expected_sector_keys(sector)


async def test_a_classic_card_of_another_property_is_refused(classic_rig) -> None:
    rig = classic_rig
    card = await rig.encoder.wait_for_card(rig.reader, timeout=5)
    await rig.encoder.write(card, IMAGE, KeysForTests(b"another property"))

    with pytest.raises(CardWriteProtected) as refused:
        await rig.encoder.write(card, bytes(144), KEYS)

    assert refused.value.status == 409
    assert rig.stored_image(len(IMAGE)) == IMAGE


async def test_a_card_taken_away_at_any_command_is_never_issued(rig) -> None:
    card = await rig.encoder.wait_for_card(rig.reader, timeout=5)
    before = rig.operations()
    await rig.encoder.write(card, IMAGE, KEYS)
    commands = rig.operations() - before
    assert commands >= 10

    for k in range(1, commands + 1):
        rig.replace_with_blank()
        card = await rig.encoder.wait_for_card(rig.reader, timeout=5)
        rig.vanish_after(k)
        with pytest.raises(CardRemovedWhileWriting) as removed:
            await rig.encoder.write(card, IMAGE, KEYS)
        assert removed.value.status == 409, f"k={k}"
        assert removed.value.title == "The card was removed while it was being written."


async def test_the_same_card_put_back_after_a_removal_can_be_finished(rig) -> None:
    card = await rig.encoder.wait_for_card(rig.reader, timeout=5)
    rig.vanish_after(12)
    with pytest.raises(CardRemovedWhileWriting):
        await rig.encoder.write(card, IMAGE, KEYS)
    assert rig.stored_image(len(IMAGE)) != IMAGE

    rig.put_back()
    again = await rig.encoder.wait_for_card(rig.reader, timeout=5)
    await rig.encoder.write(again, IMAGE, KEYS)

    assert again.uid == card.uid
    assert rig.stored_image(len(IMAGE)) == IMAGE


async def test_no_card_within_the_timeout_is_a_408(rig) -> None:
    rig.remove()

    with pytest.raises(NoCardOnReader) as waited:
        await rig.encoder.wait_for_card(rig.reader, timeout=0.5)

    assert waited.value.status == 408 and waited.value.title == "No card on the reader."


async def test_an_unknown_reader_is_a_clear_error(rig) -> None:
    with pytest.raises(NoReader) as missing:
        await rig.encoder.wait_for_card("Reader that is not plugged in", timeout=1)

    assert missing.value.status == 503
    assert "Reader that is not plugged in" not in await rig.encoder.readers()
    assert rig.reader in await rig.encoder.readers()


async def test_a_write_protected_card_is_refused(rig) -> None:
    rig.make_write_protected()
    card = await rig.encoder.wait_for_card(rig.reader, timeout=5)

    with pytest.raises(CardWriteProtected) as refused:
        await rig.encoder.write(card, IMAGE, KEYS)

    assert refused.value.status == 409 and refused.value.title == "The card refused to be written."
    assert rig.stored_image(len(IMAGE)) != IMAGE


async def test_an_image_too_large_for_the_layout_is_refused_before_writing(rig) -> None:
    card = await rig.encoder.wait_for_card(rig.reader, timeout=5)
    before = rig.operations()

    with pytest.raises(ImageTooLarge) as refused:
        await rig.encoder.write(card, bytes(145), KEYS)

    assert refused.value.status == 400
    assert rig.operations() == before


async def test_cards_arriving_and_leaving_are_reported(rig) -> None:
    events: list[CardPresenceChanged] = []
    lock = threading.Lock()

    def seen(event: CardPresenceChanged) -> None:
        with lock:
            events.append(event)

    def wait_for(event: CardPresenceChanged) -> None:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with lock:
                if event in events:
                    return
            time.sleep(0.05)
        raise AssertionError(f"{event} not reported; got {events}")

    rig.encoder.watch(seen)
    try:
        rig.remove()
        wait_for(CardPresenceChanged(rig.reader, False))
        rig.put_back()
        wait_for(CardPresenceChanged(rig.reader, True))
    finally:
        rig.encoder.watch(None)
