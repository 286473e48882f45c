"""Healing: a code the provider lost before its end is put back, and late codes are flagged."""

from __future__ import annotations

from datetime import timedelta

from tests.services.codes.conftest import Desk, stay

FRONT, BACK = "front-door-keypad", "back-door-keypad"


async def test_a_code_deleted_at_the_provider_is_put_back_with_the_same_pin_and_the_desk_is_told(
    desk: Desk,
) -> None:
    start, end = stay(desk.clock)
    made = await desk.app.codes.create(FRONT, name="Ann", starts_at=start, ends_at=end)
    await desk.settle()
    before = await desk.app.codes.get(made.local_id)
    del desk.sim._codes[before.access_code_id]  # removed by someone else, straight at the provider

    report = await desk.app.sync.run_once()
    after = await desk.app.codes.get(made.local_id)
    assert after.sync_state == "synced" and after.access_code_id != before.access_code_id
    assert after.code == before.code  # the guest's PIN still works
    assert desk.sim._codes[after.access_code_id].code == before.code
    (alert,) = [a for a in (await desk.app.sync.status()).alerts if a.kind == "code_recreated"]
    assert alert.title == "A PIN code vanished at the lock provider; the desk is putting it back."
    assert "“Ann” on Front door keypad" in alert.message and before.code not in alert.message
    assert report.codes_recreated == 1


async def test_an_update_of_a_code_gone_at_the_provider_puts_it_back_with_the_new_times(desk: Desk) -> None:
    start, end = stay(desk.clock)
    made = await desk.app.codes.create(BACK, name="Bo", starts_at=start, ends_at=end)
    await desk.settle()
    gone = (await desk.app.codes.get(made.local_id)).access_code_id
    del desk.sim._codes[gone]
    await desk.app.codes.update(made.local_id, starts_at=start, ends_at=end + timedelta(days=1))
    await desk.app.sync.run_once()
    after = await desk.app.codes.get(made.local_id)
    assert after.sync_state == "synced" and after.access_code_id != gone
    assert desk.sim._codes[after.access_code_id].ends_at == end + timedelta(days=1)


async def test_a_code_the_lock_never_took_raises_an_alert_once_its_time_has_passed(desk: Desk) -> None:
    start, end = stay(desk.clock)
    made = await desk.app.codes.create(FRONT, name="Cy", starts_at=start, ends_at=end)
    await desk.settle()
    desk.sim.force_status((await desk.app.codes.get(made.local_id)).access_code_id, "unset")
    desk.clock.now = start - timedelta(minutes=5)
    await desk.app.sync.run_once()
    assert [a for a in (await desk.app.sync.status()).alerts if a.kind == "code_overdue"] == []
    desk.clock.now = start + timedelta(minutes=1)
    await desk.app.sync.run_once()
    await desk.app.sync.run_once()  # once, not once per run
    (alert,) = [a for a in (await desk.app.sync.status()).alerts if a.kind == "code_overdue"]
    assert alert.title == "A PIN code should be on its lock by now and is not."
    assert "“Cy” on Front door keypad was due on the lock at 15:30" in alert.message

    desk.sim.force_status((await desk.app.codes.get(made.local_id)).access_code_id, None)
    await desk.app.sync.run_once()
    assert [a for a in (await desk.app.sync.status()).alerts if a.kind == "code_overdue"] == []


async def test_a_code_still_on_the_lock_after_its_end_raises_an_alert(desk: Desk) -> None:
    start, end = stay(desk.clock)
    made = await desk.app.codes.create(FRONT, name="Di", starts_at=start, ends_at=end)
    await desk.settle()
    desk.sim.set_device_online(FRONT, False)  # the keypad lost its bridge: the removal cannot reach it
    desk.sim.force_status((await desk.app.codes.get(made.local_id)).access_code_id, "set")
    desk.clock.now = end + timedelta(minutes=31)
    await desk.app.sync.run_once()
    (alert,) = [a for a in (await desk.app.sync.status()).alerts if a.kind == "code_removal_overdue"]
    assert alert.title == "A PIN code is still on its lock after its end."
    assert "it may still open the door" in alert.message
