"""The property secret in the OS keyring: made on first need, refused without a secure keyring,
rotated with a window in which doors still accept the older cards."""

from __future__ import annotations

from datetime import timedelta
from typing import Any, ClassVar

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null

from frontdesk.cli.json_out import to_json
from frontdesk.domain.commands import CheckIn
from frontdesk.domain.errors import Conflict
from frontdesk.services.bootstrap import bootstrap
from frontdesk.services.cards.encoder import CardType, CardWriteProtected, PresentedCard
from frontdesk.services.cards.keys import (
    KEYRING_SERVICE,
    CardKeyStore,
    CardSecretMissing,
    ClassicSectorKeys,
    KeyringUnavailable,
    secret_name,
)
from frontdesk.store.card_repository import CardProperty
from tests.helpers import at
from tests.services.cards.conftest import Desk, Prompter, SimulatedHand


class PlaintextKeyring(KeyringBackend):
    """Stands in for keyrings.alt's plain-text file backends: works, and must still be refused."""

    priority = 1  # type: ignore[assignment]
    stored: ClassVar[dict[tuple[str, str], str]] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.stored.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.stored[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.stored.pop((service, username), None)


PlaintextKeyring.__module__ = "keyrings.alt.file"


async def _property(app: Any) -> CardProperty:
    return await app.tx.read(lambda uow, now: uow.cards.property())


@pytest.mark.parametrize(
    "backend", [fail.Keyring(), null.Keyring(), PlaintextKeyring()], ids=["fail", "null", "plaintext"]
)
async def test_without_a_secure_keyring_encoding_is_refused(
    app: Any, secret_service: Any, backend: Any
) -> None:
    hand = SimulatedHand(CardType.NTAG213)
    app.cards.use_encoder(hand.encoder)
    stay = await app.desk.check_in(CheckIn(("Ann",), ("room-101",), at(17, 15), at(20, 11)))
    hand.new_card("ann")
    previous = secret_service.get_keyring()
    secret_service.set_keyring(backend)
    try:
        with pytest.raises(KeyringUnavailable) as refused:
            await app.cards.encode(stay.grants_created[0].access_grant_id, Prompter(), timeout=1)
        with pytest.raises(KeyringUnavailable):
            await app.cards.read(timeout=1)
        with pytest.raises(KeyringUnavailable):
            await app.doors.tap("room-101", timeout=1)
    finally:
        secret_service.set_keyring(previous)
    assert refused.value.status == 503
    assert refused.value.title == "No secure keyring is available for the card secret."
    assert "keyring" in refused.value.hint
    assert PlaintextKeyring.stored == {}
    assert await app.cards.key_versions() == [] and await app.cards.cards() == []
    assert hand.stored_image() == bytes(144)  # nothing was written


async def test_the_secret_is_made_on_first_need_and_lives_in_the_keyring_only(simulated_desk: Desk) -> None:
    desk, app = simulated_desk, simulated_desk.app
    import keyring

    assert await app.cards.key_versions() == []
    stay = await app.desk.check_in(CheckIn(("Ann",), ("room-101",), at(17, 15), at(20, 11)))
    await desk.encode(stay.grants_created[0].access_grant_id, "ann")
    versions = await app.cards.key_versions()
    assert [(v.key_version, v.accepted_until) for v in versions] == [(1, None)]
    stored = keyring.get_password(KEYRING_SERVICE, secret_name(await _property(app), 1))
    assert stored is not None and len(bytes.fromhex(stored)) == 32
    assert [a.action for a in await app.queries.audit(action="card_key.created")] == ["card_key.created"]


async def test_rotation_keeps_old_cards_working_for_the_window_only(simulated_desk: Desk) -> None:
    desk, app = simulated_desk, simulated_desk.app
    stay = await app.desk.check_in(CheckIn(("Ann",), ("room-101",), at(17, 15), at(27, 11)))
    grant_id = stay.grants_created[0].access_grant_id
    old = await desk.encode(grant_id, "old")
    rotated = await app.cards.rotate_key(timedelta(days=2), force=True)  # Ann stays till the 27th
    assert to_json(rotated) == {
        "key_version": 2,
        "old_accepted_until": at(19, 10).isoformat(),
        "cards_to_reencode": [old.card_serial],
    }
    new = await desk.encode(grant_id, "new")
    assert (old.key_version, new.key_version) == (1, 2)
    assert (await desk.tap("old", "room-101", at(18, 9))).opened
    assert (await desk.tap("new", "room-101", at(18, 10))).opened
    assert (await desk.tap("old", "room-101", at(19, 10))).reason == "key_retired"
    assert (await desk.tap("new", "room-101", at(19, 10))).opened
    # A Classic chip taken over under version 1 still opens with version 1's sector keys:
    # the desk can encode it again, and the card now carries version 2.
    again = await desk.encode(grant_id, "old", new=False)
    assert again.key_version == 2 and again.uid == old.uid
    assert (await desk.tap("old", "room-101", at(19, 11))).opened
    if desk.hand.card_type.is_classic:  # its sectors moved to version 2's keys with the re-encode
        ring = await app.tx.write(lambda uow, now: CardKeyStore().key_ring(uow, now))
        chip = PresentedCard(desk.hand.reader, old_uid := bytes.fromhex(old.uid), CardType.MIFARE_CLASSIC_1K)
        desk.hand.place("old")
        assert len(await desk.hand.encoder.read(chip, ClassicSectorKeys(ring.keys[2]), 144)) == 144
        with pytest.raises(CardWriteProtected):
            await desk.hand.encoder.read(chip, ClassicSectorKeys(ring.keys[1]), 144)
        assert old_uid == desk.hand.uid("old")


async def test_a_computer_without_the_secret_refuses_clearly(
    simulated_desk: Desk, db_url: str, clock: Any
) -> None:
    desk, app = simulated_desk, simulated_desk.app
    import keyring

    stay = await app.desk.check_in(CheckIn(("Ann",), ("room-101",), at(17, 15), at(20, 11)))
    await desk.encode(stay.grants_created[0].access_grant_id, "ann")
    keyring.delete_password(KEYRING_SERVICE, secret_name(await _property(app), 1))
    other = bootstrap(db_url, clock=clock, workstation="other-desk")  # another workstation, same database
    other.cards.use_encoder(desk.hand.encoder)
    try:
        with pytest.raises(CardSecretMissing) as missing:
            await other.cards.encode(stay.grants_created[0].access_grant_id, Prompter(), timeout=1)
    finally:
        other.close()
    assert missing.value.status == 503 and "secret" in missing.value.title


async def test_a_rotation_that_would_strand_a_long_stay_is_refused_unless_forced(
    simulated_desk: Desk,
) -> None:
    desk, app = simulated_desk, simulated_desk.app
    long_stay = await app.desk.check_in(
        CheckIn(("Lia",), ("room-101",), at(17, 15), at(17, 15) + timedelta(days=60))
    )
    short = await app.desk.check_in(CheckIn(("Sam",), ("room-102",), at(17, 15), at(18, 11)))
    lias = await desk.encode(long_stay.grants_created[0].access_grant_id, "lia")
    await desk.encode(short.grants_created[0].access_grant_id, "sam")

    with pytest.raises(Conflict) as refused:
        await app.cards.rotate_key(timedelta(days=2))
    assert refused.value.status == 409 and "61 days or more" in refused.value.hint
    assert "--" not in refused.value.hint  # the window's wording; the command line's names the flag
    assert "--window-days 61" in refused.value.command_line_hint  # type: ignore[attr-defined]
    assert refused.value.detail["cards"] == [lias.card_serial]
    assert [v.key_version for v in await app.cards.key_versions()] == [1]  # nothing rotated

    rotated = await app.cards.rotate_key(timedelta(days=2), force=True)
    assert rotated.cards_to_reencode == (lias.card_serial,)
    [lia] = await app.cards.cards(long_stay.grants_created[0].access_grant_id)
    assert (lia.status, lia.reencode_reason) == ("needs_reencode", "key rotation")
