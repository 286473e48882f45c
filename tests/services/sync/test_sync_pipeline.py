"""The sender at speed: several requests in flight per door, and one look at a door after a crash."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import datetime

from frontdesk.services.codes.provider import AccessCodeSpec
from frontdesk.store.unit_of_work import UnitOfWork
from tests.services.codes.conftest import Desk, stay

FRONT = "front-door-keypad"


def live_on_provider(desk: Desk, device_id: str) -> list:
    return [c for c in desk.sim._codes.values() if c.device_id == device_id and c.deleted_at is None]


async def test_one_door_has_several_requests_in_flight(desk: Desk) -> None:
    start, end = stay(desk.clock)
    for n in range(16):
        await desk.app.codes.create(FRONT, name=f"G{n}", starts_at=start, ends_at=end)
    in_flight, most = Counter(), Counter()
    create = desk.sim.create_access_code

    async def slow_create(spec: AccessCodeSpec):  # type: ignore[no-untyped-def]
        in_flight[spec.device_id] += 1
        most[spec.device_id] = max(most[spec.device_id], in_flight[spec.device_id])
        await asyncio.sleep(0.01)  # a real lock provider takes a while to answer
        in_flight[spec.device_id] -= 1
        return await create(spec)

    desk.sim.create_access_code = slow_create  # type: ignore[method-assign]
    report = await desk.app.sync.run_once(force=True)

    assert report.pending == 0 and report.sent == 16
    assert 1 < most[FRONT] <= 4  # several at once on the one door, never more than the door's share
    assert len(live_on_provider(desk, FRONT)) >= 16


async def test_after_a_crash_the_next_run_looks_at_each_door_once_and_creates_nothing_twice(
    desk: Desk,
) -> None:
    start, end = stay(desk.clock)
    made = [await desk.app.codes.create(FRONT, name=f"G{n}", starts_at=start, ends_at=end) for n in range(12)]
    for code in made[:6]:  # these reached the lock before the desk died; their answers never came
        await desk.sim.create_access_code(
            AccessCodeSpec(FRONT, name=code.name, code=code.code, starts_at=start, ends_at=end)
        )

    def killed_mid_run(uow: UnitOfWork, now: datetime) -> None:
        for item in uow.outbox.outbox():  # all marked "maybe sent" ahead of their requests
            uow.outbox.mark_sending(item.outbox_id)

    await desk.app.sync._tx.write(killed_mid_run)
    looks = Counter()
    listing = desk.sim.list_access_codes

    async def counted(device_id: str):  # type: ignore[no-untyped-def]
        looks[device_id] += 1
        return await listing(device_id)

    desk.sim.list_access_codes = counted  # type: ignore[method-assign]
    report = await desk.app.sync.run_once(force=True, reconcile=False)

    assert (report.adopted, report.sent, report.pending) == (6, 6, 0)
    assert looks[FRONT] == 1  # one look at the door for all twelve, not one per code
    names = Counter(c.name for c in live_on_provider(desk, FRONT) if c.name and c.name.startswith("G"))
    assert names == Counter(f"G{n}" for n in range(12))
