"""Replacing a factory-reset lock: every live code moves to the new device, the receptionist is told
who keeps the PIN and who must be given a new one, the old lock's codes end at the desk."""

from __future__ import annotations

from datetime import timedelta

import pytest

from drivers.simulated.provider_state import default_devices
from frontdesk.domain.codes.errors import SameDevice
from frontdesk.domain.commands import CheckIn
from frontdesk.domain.model import AccessMethod
from tests.services.codes.conftest import Desk, stay

OLD, NEW = "front-door-keypad", "front-door-keypad-after-reset"


def add_new_lock(desk: Desk, lengths: list[int]) -> None:
    """The device the provider shows after the reset: a keypad like the old one, other PIN lengths."""
    data = next(d for d in default_devices("America/Los_Angeles") if d["device_id"] == OLD)
    data = {**data, "device_id": NEW, "display_name": "Smart Device"}
    data["properties"] = {**data["properties"], "supported_code_lengths": lengths}
    desk.sim.add_device(data)


async def two_guests(desk: Desk) -> None:
    start, end = stay(desk.clock)
    methods = frozenset({AccessMethod.CARD, AccessMethod.PIN})
    await desk.app.desk.check_in(
        CheckIn(("Ann Lee",), ("room-101", OLD, "back-door-keypad"), start, end, None, methods)
    )
    await desk.app.codes.create(OLD, code="12345", name="Bob Day", starts_at=start, ends_at=end)
    await desk.settle()


async def test_replacing_a_lock_moves_live_codes_and_names_who_gets_a_new_pin(desk: Desk) -> None:
    await two_guests(desk)
    add_new_lock(desk, [4, 6])  # Ann's linked PIN fits; Bob's 5-digit PIN does not
    await desk.app.sync.run_once()
    before = {c.name: c for c in await desk.codes(device_id=OLD) if not c.is_backup}

    preview = await desk.app.codes.replace_device(OLD, NEW, apply=False)
    assert not preview.applied
    assert {c.name for c in await desk.codes(device_id=OLD) if not c.is_backup} == {"Ann Lee", "Bob Day"}
    assert await desk.codes(device_id=NEW) == []  # the preview changes nothing

    done = await desk.app.codes.replace_device(OLD, NEW)
    by_guest = {m.guest: m for m in done.moved}
    assert by_guest["Ann Lee"].pin_kept and by_guest["Ann Lee"].pin == before["Ann Lee"].code
    assert not by_guest["Bob Day"].pin_kept and by_guest["Bob Day"].pin not in (None, "12345")
    assert [m.guest for m in done.new_pins] == ["Bob Day"]
    assert "Ann Lee keeps the same PIN on Front door keypad." in done.sentences
    assert any(
        s.startswith("Bob Day gets a new PIN") and by_guest["Bob Day"].pin in s for s in done.sentences
    )
    assert done.doors == ("Front door keypad",)

    # The old lock's codes end at the desk, and no delete goes to the provider for them.
    assert await desk.codes(device_id=OLD) == []
    old_at_provider = [c for c in desk.sim._codes.values() if c.device_id == OLD and c.deleted_at is None]
    await desk.settle()
    assert [
        c for c in desk.sim._codes.values() if c.device_id == OLD and c.deleted_at is None
    ] == old_at_provider
    # The new lock has both guests' PINs, and its backup pool (Ann's code asked for one).
    on_new = await desk.codes(device_id=NEW)
    guests = {c.name: c for c in on_new if not c.is_backup}
    assert (
        guests["Ann Lee"].code == before["Ann Lee"].code and guests["Bob Day"].code == by_guest["Bob Day"].pin
    )
    assert all(c.sync_state == "synced" and c.access_code_id for c in on_new)
    assert len([c for c in on_new if c.in_backup_pool]) == 5
    # The door list names the new lock, so the next check-in goes there.
    doors = {e.entrance_id: e for e in await desk.app.queries.entrances()}
    assert doors[OLD].device_id == NEW

    audit = await desk.app.queries.audit(action="lock.replaced")
    assert len(audit) == 1 and "Bob Day" in audit[0].sentence
    assert before["Ann Lee"].code not in str(audit[0]) and "12345" not in str(audit[0])


async def test_a_lock_cannot_replace_itself(desk: Desk) -> None:
    with pytest.raises(SameDevice):
        await desk.app.codes.replace_device(OLD, OLD)


async def test_an_ended_code_is_not_moved_and_the_receptionist_is_told(desk: Desk) -> None:
    start = desk.clock.now
    await desk.app.codes.create(OLD, name="Old Guest", starts_at=start, ends_at=start + timedelta(hours=1))
    desk.clock.advance(hours=2)
    add_new_lock(desk, [4, 5, 6, 7, 8])
    await desk.app.codes.devices()  # the desk learns of the new lock (no sync has removed the code yet)
    done = await desk.app.codes.replace_device(OLD, NEW)
    assert done.moved == ()
    assert [(c.guest, c.reason) for c in done.left_behind] == [("Old Guest", "already ended")]
    assert "Old Guest: not moved (already ended)." in done.sentences
