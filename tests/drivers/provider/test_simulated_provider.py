"""What only the simulated provider can show: the code lifecycle over time, the backup pool's
policy at the provider, offline time-slot doors, and injected faults."""

from __future__ import annotations

import contextlib
from datetime import datetime, timedelta

import pytest

from drivers.simulated.provider import ManualClock, SimulatedProvider
from frontdesk.services.codes.provider import (
    AccessCodeSpec,
    DuplicateAccessCode,
    ProviderInvalidInput,
    ProviderNotFound,
    ProviderUnreachable,
)
from tests.drivers.provider.conftest import START

pytestmark = pytest.mark.asyncio

CHECK_IN = START + timedelta(days=2)
CHECK_OUT = CHECK_IN + timedelta(days=3)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture
def sim(clock: ManualClock) -> SimulatedProvider:
    return SimulatedProvider(clock, seed=3, provider_pool=True)


async def status_of(sim: SimulatedProvider, access_code_id: str) -> str | None:
    return (await sim.get_access_code(access_code_id)).status


async def test_time_bound_code_lifecycle(sim: SimulatedProvider, clock: ManualClock) -> None:
    code = await sim.create_access_code(
        AccessCodeSpec("front-door-keypad", code="4321", starts_at=CHECK_IN, ends_at=CHECK_OUT)
    )
    assert code.status == "unset"
    clock.now = CHECK_IN - timedelta(minutes=31)
    assert await status_of(sim, code.access_code_id) == "unset"
    clock.now = CHECK_IN - timedelta(minutes=29)  # programmed 30 minutes ahead of the stay
    fetched = await sim.get_access_code(code.access_code_id)
    assert fetched.status == "setting" and [m.mutation_code for m in fetched.pending_mutations] == [
        "creating"
    ]
    clock.advance(minutes=5)
    assert await status_of(sim, code.access_code_id) == "set"
    clock.now = CHECK_OUT
    assert await status_of(sim, code.access_code_id) == "removing"
    clock.advance(minutes=5)
    with pytest.raises(ProviderNotFound):
        await sim.get_access_code(code.access_code_id)


async def test_delete_goes_through_removing(sim: SimulatedProvider, clock: ManualClock) -> None:
    code = await sim.create_access_code(AccessCodeSpec("front-door-keypad", code="4321"))
    clock.advance(minutes=5)
    assert await status_of(sim, code.access_code_id) == "set"
    await sim.delete_access_code(code.access_code_id)
    assert await status_of(sim, code.access_code_id) == "removing"
    clock.advance(minutes=5)
    assert code.access_code_id not in {
        c.access_code_id for c in await sim.list_access_codes("front-door-keypad")
    }


async def test_offline_lock_delays_setting_with_a_warning(sim: SimulatedProvider, clock: ManualClock) -> None:
    sim.set_device_online("front-door-keypad", False)
    code = await sim.create_access_code(AccessCodeSpec("front-door-keypad", code="4321"))
    clock.advance(minutes=10)
    fetched = await sim.get_access_code(code.access_code_id)
    assert fetched.status == "setting"
    assert "delay_in_setting_on_device" in {w.code for w in fetched.warnings}
    device = await sim.get_device("front-door-keypad")
    assert device.online is False and "device_offline" in {e.code for e in device.errors}
    sim.set_device_online("front-door-keypad", True)
    clock.advance(minutes=1)
    fetched = await sim.get_access_code(code.access_code_id)
    assert fetched.status == "set" and not fetched.warnings


async def test_failed_to_set_keeps_the_code_off_the_lock(sim: SimulatedProvider, clock: ManualClock) -> None:
    code = await sim.create_access_code(AccessCodeSpec("front-door-keypad", code="4321"))
    sim.add_code_error(code.access_code_id, "failed_to_set_on_device")
    clock.advance(minutes=10)
    assert await status_of(sim, code.access_code_id) == "setting"
    sim.clear_code_issues(code.access_code_id)
    assert await status_of(sim, code.access_code_id) == "set"
    sim.force_status(code.access_code_id, "unknown")
    assert await status_of(sim, code.access_code_id) == "unknown"


async def test_changing_the_pin_programs_the_lock_again(sim: SimulatedProvider, clock: ManualClock) -> None:
    code = await sim.create_access_code(AccessCodeSpec("front-door-keypad", code="4321"))
    clock.advance(minutes=5)
    updated = await sim.update_access_code(code.access_code_id, code="9876")
    assert (updated.code, updated.status) == ("9876", "setting")


async def test_backup_pool(sim: SimulatedProvider, clock: ManualClock) -> None:
    first = await sim.create_access_code(
        AccessCodeSpec(
            "front-door-keypad",
            code="1111",
            starts_at=CHECK_IN,
            ends_at=CHECK_OUT,
            use_backup_access_code_pool=True,
        )
    )
    assert first.is_backup_access_code_available is True
    listed = await sim.list_access_codes("front-door-keypad")
    assert [c.access_code_id for c in listed] == [first.access_code_id]  # the pool stays hidden
    clock.now = CHECK_IN
    backup = await sim.pull_backup_access_code(first.access_code_id)
    assert backup.is_backup is True and backup.ends_at_time == CHECK_OUT  # ends with the stay
    assert backup.status == "set"  # pool codes are already on the lock
    second = await sim.create_access_code(
        AccessCodeSpec(
            "front-door-keypad",
            code="2222",
            starts_at=CHECK_IN,
            ends_at=CHECK_OUT,
            use_backup_access_code_pool=True,
        )
    )
    other_backup = await sim.pull_backup_access_code(second.access_code_id)
    assert other_backup.access_code_id != backup.access_code_id
    clock.now = CHECK_OUT + timedelta(minutes=5)
    with pytest.raises(ProviderNotFound):  # removed when the reservation ended
        await sim.get_access_code(backup.access_code_id)


async def test_offline_time_slot_door(sim: SimulatedProvider) -> None:
    with pytest.raises(ProviderInvalidInput):  # this door only takes offline codes
        await sim.create_access_code(AccessCodeSpec("cottage-1", starts_at=CHECK_IN, ends_at=CHECK_OUT))
    with pytest.raises(ProviderInvalidInput):  # at most 31 days
        await sim.create_access_code(
            AccessCodeSpec(
                "cottage-1",
                is_offline_access_code=True,
                starts_at=CHECK_IN,
                ends_at=CHECK_IN + timedelta(days=32),
            )
        )
    code = await sim.create_access_code(
        AccessCodeSpec(
            "cottage-1",
            is_offline_access_code=True,
            starts_at=CHECK_IN,
            ends_at=CHECK_OUT,
            max_time_rounding="1d",
        )
    )
    assert code.is_offline_access_code is True and code.dormakaba_oracode_metadata is not None
    with pytest.raises(ProviderInvalidInput):  # neither updated nor deleted once created
        await sim.update_access_code(code.access_code_id, ends_at=CHECK_OUT + timedelta(days=1))
    with pytest.raises(ProviderInvalidInput):
        await sim.delete_access_code(code.access_code_id)


async def test_linked_codes_when_a_door_cannot_share(sim: SimulatedProvider) -> None:
    doors = ["front-door-keypad", "back-door-keypad"]  # the back door takes 4 or 6 digits only
    with pytest.raises(ProviderInvalidInput):
        await sim.create_multiple(doors, preferred_code_length=5)
    codes = await sim.create_multiple(
        doors, preferred_code_length=5, behavior_when_code_cannot_be_shared="create_random_code"
    )
    by_door = {c.device_id: c for c in codes}
    assert len(by_door["front-door-keypad"].code or "") == 5
    assert len(by_door["back-door-keypad"].code or "") in (4, 6)
    assert len({c.common_code_key for c in codes}) == 1


async def test_failed_calls_do_nothing(sim: SimulatedProvider) -> None:
    sim.fail_next(2)
    for _ in range(2):
        with pytest.raises(ProviderUnreachable):
            await sim.create_access_code(AccessCodeSpec("front-door-keypad", code="5555"))
    assert await sim.list_access_codes("front-door-keypad") == []
    assert (await sim.create_access_code(AccessCodeSpec("front-door-keypad", code="5555"))).code == "5555"


async def test_lost_answer_still_did_the_work(sim: SimulatedProvider) -> None:
    sim.drop_next()
    with pytest.raises(ProviderUnreachable) as caught:
        await sim.create_access_code(AccessCodeSpec("front-door-keypad", code="5555"))
    assert caught.value.retryable is True
    assert [c.code for c in await sim.list_access_codes("front-door-keypad")] == ["5555"]
    with pytest.raises(DuplicateAccessCode):  # a blind retry collides with the code it already made
        await sim.create_access_code(AccessCodeSpec("front-door-keypad", code="5555"))


async def test_drop_rate_is_seeded_and_repeatable(clock: ManualClock) -> None:
    async def dropped_in_run() -> int:
        sim = SimulatedProvider(clock, seed=11, provider_pool=True)
        sim.set_drop_rate(0.3)
        for _ in range(1000):
            with contextlib.suppress(ProviderUnreachable):
                await sim.generate_code("front-door-keypad")
        return sim.faults.dropped

    first = await dropped_in_run()
    assert 200 < first < 400
    assert await dropped_in_run() == first


async def test_times_without_a_zone_are_refused(sim: SimulatedProvider) -> None:
    with pytest.raises(ProviderInvalidInput):
        await sim.create_access_code(
            AccessCodeSpec("front-door-keypad", starts_at=datetime(2030, 1, 1), ends_at=datetime(2030, 1, 2))
        )
