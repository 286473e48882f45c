"""NTAG write protection, for every encoder driver: once written with the property's keys an NTAG
takes no write without its diversified password (a phone, another property), reads stay open for
the locks, and the desk writes it again after PWD_AUTH. A card pulled during the protection step
stays writable by the desk."""

from __future__ import annotations

import pytest

from frontdesk.services.cards.encoder import CardRemovedWhileWriting, CardWriteProtected
from tests.drivers.encoder.conftest import IMAGE, KEYS, KeysForTests

pytestmark = pytest.mark.timeout(600)
OTHER = bytes(reversed(IMAGE))


async def test_a_written_ntag_refuses_writes_without_the_password_but_reads_openly(ntag_rig) -> None:
    rig = ntag_rig
    card = await rig.encoder.wait_for_card(rig.reader, timeout=5)
    await rig.encoder.write(card, IMAGE, KEYS)

    with pytest.raises(CardWriteProtected):  # a phone: no password at all
        await rig.encoder.write(card, OTHER, None)
    with pytest.raises(CardWriteProtected):  # another property's keys: the wrong password
        await rig.encoder.write(card, OTHER, KeysForTests(b"another property"))
    assert rig.stored_image(len(IMAGE)) == IMAGE  # nothing written

    assert await rig.encoder.read(card, None, len(IMAGE)) == IMAGE  # locks read without it
    await rig.encoder.write(card, OTHER, KEYS)  # the desk: PWD_AUTH, then the pages
    assert rig.stored_image(len(OTHER)) == OTHER
    with pytest.raises(CardWriteProtected):
        await rig.encoder.write(card, IMAGE, None)


async def test_a_pull_during_the_protection_step_leaves_a_card_the_desk_can_write(ntag_rig) -> None:
    rig = ntag_rig
    card = await rig.encoder.wait_for_card(rig.reader, timeout=5)
    before = rig.operations()
    await rig.encoder.write(card, IMAGE, KEYS)
    commands = rig.operations() - before
    rig.replace_with_blank()
    await rig.encoder.write(card, IMAGE, KEYS)
    # An unprotected-to-protected write ends with PWD, PACK, AUTH0 and the configuration read.
    for k in range(commands - 3, commands + 1):
        rig.replace_with_blank()
        rig.vanish_after(k)
        with pytest.raises(CardRemovedWhileWriting):
            await rig.encoder.write(card, IMAGE, KEYS)
        rig.put_back()
        again = await rig.encoder.wait_for_card(rig.reader, timeout=5)
        assert rig.stored_image(len(IMAGE)) == IMAGE, f"k={k}"  # the image was whole already
        await rig.encoder.write(again, OTHER, KEYS)
        assert rig.stored_image(len(OTHER)) == OTHER, f"k={k}"
        with pytest.raises(CardWriteProtected):
            await rig.encoder.write(again, IMAGE, None)
