"""One backup pool per lock: the provider's own where the lock supports it, the desk's "Backup code"
codes only where it does not, never both; a lockout hands out a backup from the lock's pool."""

from __future__ import annotations

import random
from collections.abc import AsyncIterator

import pytest_asyncio

from drivers.simulated.provider import SimulatedProvider
from frontdesk.domain.commands import CheckIn
from frontdesk.domain.model import AccessMethod
from frontdesk.services.bootstrap import App
from frontdesk.services.clock import FixedClock
from frontdesk.services.codes import operations as code_ops
from tests.services.codes.conftest import Desk, stay

KEYPAD = "front-door-keypad"
PIN = frozenset({AccessMethod.CARD, AccessMethod.PIN})


@pytest_asyncio.fixture
async def pool_desk(app: App, clock: FixedClock) -> AsyncIterator[Desk]:
    """The desk with keypads that keep the provider's backup pool (`supports_backup_access_code_pool`)."""
    code_ops.RNG = random.Random(1234)

    async def sleep(seconds: float) -> None:
        clock.advance(seconds=seconds + 0.001)

    app.sync.set_timing(sleep=sleep, rng=random.Random(99))
    sim = SimulatedProvider(clock, seed=3, time_zone="America/Los_Angeles", provider_pool=True)
    app.sync.use_provider(sim)
    await app.sync.run_once()
    try:
        yield Desk(app, sim, clock)
    finally:
        await app.sync.close()
        code_ops.RNG = random.SystemRandom()


async def guest_in_house(desk: Desk) -> str:
    start, end = stay(desk.clock)
    change = await desk.app.desk.check_in(CheckIn(("Ann Lee",), ("room-101", KEYPAD), start, end, None, PIN))
    await desk.settle()
    desk.clock.advance(hours=6)  # the stay has started; the guest's PIN is on the lock
    await desk.settle()
    return str(change.reservation_key)


def provider_pool(desk: Desk) -> list:
    """Unused backups the provider keeps on the keypad (hidden from the desk until pulled)."""
    return [
        c
        for c in desk.sim._codes.values()
        if c.device_id == KEYPAD and c.is_backup and not c.pulled and c.deleted_at is None
    ]


async def test_a_lock_with_the_providers_pool_gets_no_desk_backups_and_the_lockout_pulls_the_providers(
    pool_desk: Desk,
) -> None:
    key = await guest_in_house(pool_desk)
    desk_pool = [c for c in await pool_desk.codes(device_id=KEYPAD) if c.in_backup_pool]
    assert desk_pool == []  # no "Backup code" of the desk's beside the provider's five
    assert len(provider_pool(pool_desk)) == 5
    assert await pool_desk.app.codes.uses_provider_pool(KEYPAD)

    guest = next(c for c in await pool_desk.codes(device_id=KEYPAD) if c.name == "Ann Lee")
    pool_before = {c.access_code_id for c in provider_pool(pool_desk)}
    pulled = await pool_desk.app.lockout.pull_backup(guest.local_id)
    assert pulled.backup.access_code_id in pool_before  # one of the provider's own backups
    assert pulled.backup.code and pulled.backup.code in pulled.message
    assert pulled.reservation_key == key


async def test_a_lock_without_it_gets_the_desks_pool_and_nothing_from_the_provider(desk: Desk) -> None:
    await guest_in_house(desk)
    desk_pool = [c for c in await desk.codes(device_id=KEYPAD) if c.in_backup_pool]
    assert len(desk_pool) == 5 and all(c.name == "Backup code" for c in desk_pool)
    assert provider_pool(desk) == []  # the provider was not asked to keep a pool as well
    assert not await desk.app.codes.uses_provider_pool(KEYPAD)

    guest = next(c for c in await desk.codes(device_id=KEYPAD) if c.name == "Ann Lee")
    desk.sim.faults.outage = True  # the desk's pool works with the internet down
    pulled = await desk.app.lockout.pull_backup(guest.local_id)
    assert pulled.backup.access_code_id in {c.access_code_id for c in desk_pool}


async def test_desk_backups_leave_a_lock_once_the_provider_says_it_keeps_the_pool(desk: Desk) -> None:
    await guest_in_house(desk)
    assert len([c for c in await desk.codes(device_id=KEYPAD) if c.in_backup_pool]) == 5
    device = desk.sim._devices[KEYPAD]["properties"]
    device["supports_backup_access_code_pool"] = device["backup_access_code_pool_enabled"] = True
    await desk.settle()
    assert [c for c in await desk.codes(device_id=KEYPAD) if c.in_backup_pool] == []
