"""The sync worker against the simulated provider: retries, isolation, alerts, duplicates, lost answers."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest

from frontdesk.domain.codes import LinkedCodeRequest
from frontdesk.services.codes.provider import (
    AccessCodeSpec,
    ProviderAccessCode,
    ProviderAuthFailed,
    ProviderBadResponse,
    ProviderConflict,
    ProviderError,
    ProviderInvalidInput,
    ProviderNotFound,
    ProviderUnreachable,
    ProviderUnsupported,
)
from tests.services.codes.conftest import Desk, stay

FRONT, BACK = "front-door-keypad", "back-door-keypad"


def live_on_provider(desk: Desk, device_id: str) -> list:
    return [c for c in desk.sim._codes.values() if c.device_id == device_id and c.deleted_at is None]


async def test_errors_and_warnings_come_back_in_plain_words_and_unknown_ones_are_kept(desk: Desk) -> None:
    start, end = stay(desk.clock)
    created = await desk.app.codes.create(FRONT, name="Ann", starts_at=start, ends_at=end)
    await desk.settle()
    (code,) = [c for c in await desk.codes() if c.local_id == created.local_id]
    desk.sim.add_code_error(code.access_code_id, "failed_to_set_on_device")
    desk.sim.add_code_warning(code.access_code_id, "delay_in_setting_code_on_device")
    desk.sim.add_code_error(code.access_code_id, "brand_new_error_2031", "Something new")
    await desk.app.sync.run_once()
    shown = await desk.app.codes.get(code.access_code_id)
    assert [e.error_code for e in shown.errors] == ["failed_to_set_on_device", "brand_new_error_2031"]
    assert [w.warning_code for w in shown.warnings] == ["delay_in_setting_code_on_device"]
    titles = {i.code: i.title for i in shown.issues}
    assert titles["failed_to_set_on_device"] == "The code could not be put on the lock."
    assert "brand_new_error_2031" in titles  # never dropped

    desk.sim.clear_code_issues(code.access_code_id)
    await desk.app.sync.run_once()
    assert (await desk.app.codes.get(code.access_code_id)).errors == ()


async def test_lifecycle_status_follows_the_lock(desk: Desk) -> None:
    start, end = stay(desk.clock)
    created = await desk.app.codes.create(FRONT, starts_at=start, ends_at=end)
    seen = [(await desk.app.codes.get(created.local_id)).status]
    await desk.app.sync.run_once()
    seen.append((await desk.app.codes.get(created.local_id)).status)
    desk.clock.now = start - timedelta(minutes=29)
    await desk.app.sync.run_once()
    seen.append((await desk.app.codes.get(created.local_id)).status)
    desk.clock.advance(minutes=5)
    await desk.app.sync.run_once()
    seen.append((await desk.app.codes.get(created.local_id)).status)
    desk.clock.now = end + timedelta(minutes=1)
    await desk.app.sync.run_once()
    seen.append((await desk.app.codes.get(created.local_id)).status)
    assert seen == ["unset", "unset", "setting", "set", "removing"]
    desk.clock.advance(minutes=10)
    await desk.app.sync.run_once()
    assert created.local_id not in {c.local_id for c in await desk.codes()}  # gone after its end


async def test_backup_pool_is_refilled_and_unhealthy_codes_leave_it(desk: Desk) -> None:
    start, end = stay(desk.clock)
    await desk.app.codes.create(FRONT, starts_at=start, ends_at=end, use_backup_pool=True)
    await desk.settle()
    await desk.settle()
    pool = [c for c in await desk.codes(device_id=FRONT) if c.is_backup]
    assert len(pool) == 5 and {c.status for c in pool} == {"set"}
    assert len({c.code for c in pool}) == 5

    sick = pool[0]
    desk.sim.add_code_error(sick.access_code_id, "failed_to_set_on_device")
    await desk.settle()
    pool_now = [c for c in await desk.codes(device_id=FRONT) if c.is_backup]
    assert sick.local_id not in {c.local_id for c in pool_now}  # a code with errors never stays
    assert len(pool_now) == 5
    assert desk.sim._codes[sick.access_code_id].deleted_at is not None


async def test_one_unreachable_lock_does_not_hold_up_the_others(desk: Desk) -> None:
    start, end = stay(desk.clock)
    plan = await desk.app.codes.create_multiple(
        LinkedCodeRequest((FRONT, BACK), name="Linked", starts_at=start, ends_at=end)
    )
    original = desk.sim.create_access_code

    async def front_is_down(spec: AccessCodeSpec) -> ProviderAccessCode:
        if spec.device_id == FRONT:
            raise ProviderUnreachable(provider_message="front keypad bridge unreachable")
        return await original(spec)

    desk.sim.create_access_code = front_is_down  # type: ignore[method-assign]
    report = await desk.app.sync.run_once()
    assert report.retrying == 1
    codes = {c.device_id: c for c in await desk.codes() if c.common_code_key == plan.common_code_key}
    assert codes[BACK].sync_state == "synced" and codes[FRONT].sync_state == "pending_create"
    desk.sim.create_access_code = original  # type: ignore[method-assign]
    report = await desk.app.sync.run_until_idle()
    assert report.pending == 0
    assert len([c for c in live_on_provider(desk, FRONT) if c.common_code_key == plan.common_code_key]) == 1


async def test_an_ongoing_code_that_keeps_failing_is_retried_at_the_cap_with_an_alert(desk: Desk) -> None:
    sends = []

    async def down(spec: AccessCodeSpec) -> None:
        sends.append(desk.clock.now)
        raise ProviderUnreachable(http_status=503)

    desk.sim.create_access_code = down  # type: ignore[method-assign, assignment]
    created = await desk.app.codes.create(BACK, name="Never")  # no end: it may be needed any time
    report = None
    for _ in range(desk.app.sync.policy.max_attempts + 3):
        report = await desk.app.sync.run_once()
        desk.clock.advance(seconds=desk.app.sync.policy.cap.total_seconds() + 1)
    assert report is not None and report.pending == 1 and report.failed == 0
    assert len(sends) == desk.app.sync.policy.max_attempts + 3  # one try per wait: no retry storm
    status = await desk.app.sync.status()
    (alert,) = [a for a in status.alerts if a.kind == "create_delayed"]  # one alert, not one per try
    assert alert.access_code_local_id == created.local_id
    assert "keeps trying at least every 5 minutes for as long as the code exists" in alert.message
    assert (await desk.app.codes.get(created.local_id)).sync_state == "pending_create"


async def test_a_failing_door_waits_for_its_backoff(desk: Desk) -> None:
    desk.sim.set_outage(True)
    await desk.app.codes.create(BACK, name="Later")
    await desk.app.sync.run_once()
    calls = desk.sim.faults.failed
    await desk.app.sync.run_once()  # not due yet: the item is not sent again (only the door list is asked)
    assert desk.sim.faults.failed == calls + 1
    due = (await desk.app.sync.status()).waiting[0].next_attempt_at
    assert due > desk.clock.now


def test_backoff_is_capped_and_jittered() -> None:
    import random

    from frontdesk.services.sync.worker import RetryPolicy

    policy = RetryPolicy()
    rng = random.Random(5)
    delays = [policy.delay(n, rng) for n in range(1, 12)]
    assert all(d <= policy.cap for d in delays)
    assert delays[0] <= policy.base and delays[-1] >= policy.cap / 2
    assert len({policy.delay(3, rng) for _ in range(5)}) > 1  # jitter: retries do not line up


async def test_a_duplicate_pin_the_desk_chose_is_replaced_not_retried_forever(desk: Desk) -> None:
    created = await desk.app.codes.create(FRONT, name="Clash")
    await desk.sim.create_access_code(AccessCodeSpec(FRONT, code=created.code, name="someone else's code"))
    report = await desk.app.sync.run_once()
    assert report.pins_replaced == 1 and report.pending == 0
    now = await desk.app.codes.get(created.local_id)
    assert now.sync_state == "synced" and now.code != created.code
    assert [c.code for c in live_on_provider(desk, FRONT)].count(now.code) == 1


async def test_a_duplicate_pin_typed_by_a_person_fails_at_once_with_an_alert(desk: Desk) -> None:
    await desk.sim.create_access_code(AccessCodeSpec(FRONT, code="4242", name="someone else's code"))
    created = await desk.app.codes.create(FRONT, code="4242", name="Typed")
    report = await desk.app.sync.run_once()
    assert report.gave_up == 1 and desk.sim.calls < 10
    shown = await desk.app.codes.get(created.local_id)
    assert shown.sync_state == "failed"
    assert shown.issues[0].title == "The same PIN is already on this lock."


@pytest.mark.parametrize(
    ("error", "gives_up"),
    [
        (ProviderInvalidInput(error_type="invalid_input", http_status=400), True),
        (ProviderNotFound(error_type="device_not_found", http_status=404), True),
        (ProviderConflict(error_type="conflict", http_status=409), True),
        (ProviderAuthFailed(error_type="unauthorized", http_status=401), True),
        (ProviderBadResponse(http_status=200), True),
        (ProviderUnsupported(http_status=404), True),
        (ProviderUnreachable(http_status=503), False),
        (ProviderUnreachable(error_type="simulated_lost_response"), False),
    ],
)
async def test_each_provider_error_is_retried_or_given_up_as_it_deserves(
    desk: Desk, error: ProviderError, gives_up: bool
) -> None:
    async def refuse(*_a: object, **_kw: object) -> None:
        raise error

    desk.sim.create_access_code = refuse  # type: ignore[method-assign, assignment]
    created = await desk.app.codes.create(BACK, name="E")
    report = await desk.app.sync.run_once()
    state = (await desk.app.codes.get(created.local_id)).sync_state
    if gives_up:
        assert (report.gave_up, state) == (1, "failed")
        assert (await desk.app.sync.status()).alerts[0].message.startswith(error.title)
    else:
        assert (report.retrying, state) == (1, "pending_create")


async def test_30_percent_lost_answers_over_1000_operations_leave_exactly_one_code_each(desk: Desk) -> None:
    desk.sim.set_drop_rate(0.30)
    start, end = stay(desk.clock)
    intended: list[str] = []
    for n in range(500):
        device = FRONT if n % 2 else BACK
        made = await desk.app.codes.create(device, name=f"Guest {n}", starts_at=start, ends_at=end)
        intended.append(made.local_id)
    await desk.app.sync.run_until_idle()
    deleted = set(intended[::5])  # 100 deletes
    for local_id in deleted:
        await desk.app.codes.delete(local_id)
    new_end = end + timedelta(days=1)  # and 400 updates
    for local_id in intended:
        if local_id not in deleted:
            await desk.app.codes.update(local_id, starts_at=start, ends_at=new_end)
    report = await desk.app.sync.run_until_idle()
    assert report.pending == 0 and report.failed == 0 and desk.sim.faults.dropped > 200

    kept = [await desk.app.codes.get(i) for i in intended if i not in deleted]
    by_pin = Counter((c.device_id, c.code) for c in desk.sim._codes.values() if c.deleted_at is None)
    for code in kept:
        assert code.sync_state == "synced"
        assert by_pin[(code.device_id, code.code)] == 1
        assert desk.sim._codes[code.access_code_id].ends_at == new_end
    names = Counter(c.name for c in desk.sim._codes.values() if c.deleted_at is None and c.name)
    assert all(names[f"Guest {n}"] == (0 if intended[n] in deleted else 1) for n in range(500))
