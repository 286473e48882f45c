"""PIN codes that follow stays: check-in, offline desk, date change, check-out, lockout."""

from __future__ import annotations

from datetime import timedelta

import pytest

from frontdesk.domain.codes.errors import NoTimeSlotsFound
from frontdesk.domain.commands import ChangeDates, CheckIn, CheckOut
from frontdesk.domain.model import AccessMethod
from frontdesk.services.codes.views import CodeView
from tests.services.codes.conftest import Desk, stay

PIN = frozenset({AccessMethod.CARD, AccessMethod.PIN})
KEYPADS = ("front-door-keypad", "back-door-keypad")


async def check_in(
    desk: Desk, doors: tuple[str, ...] = ("room-101", *KEYPADS), name: str = "Ann Lee", override: bool = False
) -> str:
    start, end = stay(desk.clock)
    change = await desk.app.desk.check_in(
        CheckIn((name,), doors, start, end, None, PIN, override_live=override)
    )
    assert change.reservation_key
    return change.reservation_key


def guest_codes(codes: list[CodeView]) -> list[CodeView]:
    return [c for c in codes if not c.is_backup]


def provider_codes(desk: Desk, device_id: str) -> list:
    return [c for c in desk.sim._codes.values() if c.device_id == device_id and c.deleted_at is None]


async def test_check_in_with_pin_gives_one_pin_on_every_keypad_and_it_reaches_the_locks(desk: Desk) -> None:
    key = await check_in(desk)
    mine = guest_codes(await desk.codes())
    assert {c.device_id for c in mine} == set(KEYPADS)
    assert len({c.code for c in mine}) == 1  # linked: one PIN for both doors
    assert len({c.common_code_key for c in mine}) == 1
    assert all(c.sync_state == "pending_create" and c.pending for c in mine)
    assert all(c.reservation_key == key for c in mine)

    await desk.settle()
    mine = guest_codes(await desk.codes())
    assert all(c.sync_state == "synced" and c.access_code_id for c in mine)
    for code in mine:
        on_lock = [p for p in provider_codes(desk, code.device_id) if p.code == code.code]
        assert [p.access_code_id for p in on_lock] == [code.access_code_id]
    # Time-bound codes go on the lock 30 minutes before the start: until then the status says so.
    assert all(c.status == "unset" and c.status_text.startswith("Will be programmed at 15:30") for c in mine)
    desk.clock.advance(hours=6)
    await desk.app.sync.run_once()
    assert {c.status for c in guest_codes(await desk.codes())} == {"set"}


async def test_with_the_provider_down_the_desk_works_and_nothing_is_lost(desk: Desk) -> None:
    desk.sim.set_outage(True)
    keys = [await check_in(desk, name=f"Guest {n}", override=True) for n in range(3)]
    new_end = desk.clock.now + timedelta(days=3)
    await desk.app.desk.change_dates(ChangeDates(keys[0], desk.clock.now + timedelta(hours=6), new_end))
    await desk.app.desk.check_out(CheckOut(keys[1]))
    report = await desk.app.sync.run_once()
    assert report.pending > 0 and not report.provider_reachable
    status = await desk.app.sync.status()
    assert status.pending == report.pending and status.waiting[0].last_error

    desk.clock.advance(minutes=3)
    desk.sim.set_outage(False)
    report = await desk.app.sync.run_until_idle()
    assert report.pending == 0 and report.gave_up == 0
    live = guest_codes(await desk.codes())
    assert {c.reservation_key for c in live} == {keys[0], keys[2]}  # the checked-out stay left nothing
    for code in live:
        on_lock = [p for p in provider_codes(desk, code.device_id) if p.code == code.code]
        assert len(on_lock) == 1, code
    moved = [c for c in live if c.reservation_key == keys[0]]
    assert {desk.sim._codes[c.access_code_id].ends_at for c in moved} == {new_end}


async def test_date_change_reaches_every_lock_of_the_group(desk: Desk) -> None:
    key = await check_in(desk)
    await desk.settle()
    new_end = desk.clock.now + timedelta(days=4)
    await desk.app.desk.change_dates(ChangeDates(key, desk.clock.now + timedelta(hours=6), new_end))
    pending = guest_codes(await desk.codes())
    assert {c.sync_state for c in pending} == {"pending_update"}
    await desk.settle()
    for code in guest_codes(await desk.codes()):
        assert code.sync_state == "synced"
        assert desk.sim._codes[code.access_code_id].ends_at == new_end


async def test_check_out_removes_the_codes_and_the_pulled_backup(desk: Desk) -> None:
    key = await check_in(desk)
    await desk.settle(minutes=6 * 60)
    await desk.settle()  # the desk's backup pool reaches the lock (the simulated keypads keep no other)
    front = next(c for c in guest_codes(await desk.codes()) if c.device_id == "front-door-keypad")
    backup = await desk.app.codes.pull_backup(front.access_code_id)
    await desk.settle()
    assert desk.sim._codes[backup.access_code_id].deleted_at is None

    await desk.app.desk.check_out(CheckOut(key))
    await desk.settle()
    left = [c for c in await desk.codes() if c.reservation_key == key]
    assert left == []
    removed = [c for c in await desk.codes(include_removed=True) if c.reservation_key == key]
    assert len(removed) == 3
    for code in removed:
        assert code.access_code_id not in desk.sim._codes or desk.sim._codes[code.access_code_id].deleted_at


async def test_offline_lock_gets_a_code_rounded_to_its_time_slot(desk: Desk) -> None:
    start, end = stay(desk.clock)
    await desk.app.desk.check_in(
        CheckIn(
            ("Cottage Guest",),
            ("room-102", "cottage-1"),
            start + timedelta(minutes=40),
            end - timedelta(minutes=20),
            None,
            PIN,
        )
    )
    (code,) = await desk.codes(device_id="cottage-1")
    assert code.is_offline_access_code and code.code is None
    assert code.starts_at.isoformat().startswith("2026-11-17T16:00")
    assert code.ends_at.isoformat().startswith("2026-11-19T10:00")
    await desk.settle()
    (code,) = await desk.codes(device_id="cottage-1")
    assert code.sync_state == "synced" and code.code and len(code.code) == 9


async def test_offline_lock_without_a_matching_slot_refuses_and_names_the_slots(desk: Desk) -> None:
    start, _ = stay(desk.clock)
    with pytest.raises(NoTimeSlotsFound) as caught:
        await desk.app.desk.check_in(
            CheckIn(
                ("X",),
                ("room-102", "cottage-1"),
                start + timedelta(hours=3),
                start + timedelta(days=1),
                None,
                PIN,
            )
        )
    assert "Standard 4pm-10am (16:00 to 10:00)" in caught.value.hint
    assert await desk.codes(device_id="cottage-1") == []  # nothing half-written


async def test_lockout_shows_codes_and_gives_a_backup_pin_with_the_text_to_send(desk: Desk) -> None:
    key = await check_in(desk)
    await desk.settle(minutes=6 * 60)
    await desk.settle()  # the backup pool codes are on the lock by now
    front = next(c for c in guest_codes(await desk.codes()) if c.device_id == "front-door-keypad")
    desk.sim.add_code_error(front.access_code_id, "failed_to_set_on_device")
    await desk.app.sync.run_once()

    view = await desk.app.lockout.lookup(key)
    assert view.guests == ("Ann Lee",)
    shown = next(c for c in view.codes if c.access_code_id == front.access_code_id)
    assert shown.issues[0].title == "The code could not be put on the lock."
    assert any(s.startswith("Front door keypad: the PIN does not work now") for s in view.suggestions)
    assert not any("frontdesk " in s for s in view.suggestions)  # the GUI shows them: no commands

    desk.sim.set_outage(True)  # the internet is down during the call: the pool still answers
    pulled = await desk.app.lockout.pull_backup(front.access_code_id)
    backup = pulled.backup
    assert backup.code and backup.code != front.code and backup.ends_at == front.ends_at
    assert f"Front door keypad: {backup.code}" in pulled.message
    assert front.code + " until" in pulled.message  # the back door's code still works
    desk.sim.set_outage(False)
    await desk.settle()
    assert desk.sim._codes[backup.access_code_id].ends_at is not None
