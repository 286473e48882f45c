"""Outages of the lock provider on a fake clock: guest PINs whose stay is live are never given up.

The desk runs as the GUI does (`run_forever`: one run, then wait until the next retry, at most
30 s), with the simulated provider unreachable for a while; checks happen during the outage, while
guests check in.
"""

from __future__ import annotations

import itertools
from collections import Counter
from datetime import timedelta

import pytest

from frontdesk.services.codes.provider import AccessCodeSpec, ProviderAccessCode
from tests.services.codes.conftest import Desk, stay

FRONT, BACK = "front-door-keypad", "back-door-keypad"
INTERVAL = 30.0  # the GUI loop's longest wait


async def run_desk_for(desk: Desk, span: timedelta) -> None:
    """What the GUI's sync loop does over `span` of (fake) time."""
    until = desk.clock.now + span
    while desk.clock.now < until:
        await desk.app.sync.run_once()
        desk.clock.advance(seconds=await desk.app.sync.seconds_until_next_run(INTERVAL))


async def check_in_during_outage(desk: Desk, guests: int) -> list[str]:
    """Guests get PINs while the provider is down, a few minutes apart (the desk works offline)."""
    start, end = stay(desk.clock)
    made = []
    for n in range(guests):
        code = await desk.app.codes.create(
            FRONT if n % 2 else BACK, name=f"Guest {n}", starts_at=start, ends_at=end
        )
        made.append(code.local_id)
        await run_desk_for(desk, timedelta(seconds=20))
    return made


@pytest.mark.parametrize("outage", [timedelta(minutes=10), timedelta(minutes=30), timedelta(hours=2)])
async def test_an_outage_loses_no_live_guest_pin(desk: Desk, outage: timedelta) -> None:
    desk.sim.set_outage(True)
    began = desk.clock.now
    made = await check_in_during_outage(desk, 30)
    await run_desk_for(desk, outage - (desk.clock.now - began))
    during = [await desk.app.codes.get(i) for i in made]
    assert {c.sync_state for c in during} == {"pending_create"}  # none given up while the stay is live

    desk.sim.set_outage(False)
    await run_desk_for(desk, timedelta(seconds=INTERVAL + 1))  # one loop turn: everything goes at once
    after = [await desk.app.codes.get(i) for i in made]
    assert [c.sync_state for c in after] == ["synced"] * 30
    on_lock = Counter((c.device_id, c.code) for c in desk.sim._codes.values() if c.deleted_at is None)
    assert all(on_lock[(c.device_id, c.code)] == 1 for c in after)
    status = await desk.app.sync.status()
    assert status.failed == 0 and status.alerts == ()  # the "still trying" alerts close themselves


async def test_during_a_long_outage_each_code_is_tried_every_few_minutes_and_the_alert_says_so(
    desk: Desk,
) -> None:
    desk.sim.set_outage(True)
    (local_id,) = await check_in_during_outage(desk, 1)
    tries: list = []  # a retry of a create whose answer may be lost starts by listing the door's codes
    create, list_codes = desk.sim.create_access_code, desk.sim.list_access_codes

    async def count_create(spec: AccessCodeSpec) -> ProviderAccessCode:
        tries.append(desk.clock.now)
        return await create(spec)

    async def count_list(device_id: str) -> list[ProviderAccessCode]:
        tries.append(desk.clock.now)
        return await list_codes(device_id)

    desk.sim.create_access_code = count_create  # type: ignore[method-assign]
    desk.sim.list_access_codes = count_list  # type: ignore[method-assign]
    await run_desk_for(desk, timedelta(hours=1))
    gaps = [b - a for a, b in itertools.pairwise(tries)]
    assert len(tries) > 12 and max(gaps) <= desk.app.sync.policy.cap + timedelta(seconds=INTERVAL)
    (alert,) = (await desk.app.sync.status()).alerts
    assert alert.access_code_local_id == local_id
    assert alert.title == "A PIN code change has not reached the lock yet (create)."
    assert "keeps trying at least every 5 minutes for as long as the code is valid (until" in alert.message
    assert "at once when the provider answers again" in alert.message
    assert (await desk.app.codes.get(local_id)).sync_state == "pending_create"


async def test_a_change_stops_being_retried_once_its_code_has_ended(desk: Desk) -> None:
    desk.sim.set_outage(True)
    created = await desk.app.codes.create(
        BACK, name="Short", starts_at=desk.clock.now, ends_at=desk.clock.now + timedelta(minutes=40)
    )
    await run_desk_for(desk, timedelta(hours=2))
    assert (await desk.app.codes.get(created.local_id)).sync_state == "failed"
    alerts = {a.kind: a for a in (await desk.app.sync.status()).alerts}
    assert "because the code's end has passed" in alerts["create_failed"].message


async def test_when_the_provider_answers_again_everything_waiting_goes_at_once(desk: Desk) -> None:
    desk.sim.set_outage(True)
    start, end = stay(desk.clock)
    made = [
        (await desk.app.codes.create(BACK, name=f"Guest {n}", starts_at=start, ends_at=end)).local_id
        for n in range(10)
    ]
    await run_desk_for(desk, timedelta(seconds=100))  # a short outage: backoffs have grown past a minute
    waits = [w.next_attempt_at for w in (await desk.app.sync.status()).waiting]
    assert max(waits) > desk.clock.now + timedelta(seconds=INTERVAL)

    desk.sim.set_outage(False)
    await run_desk_for(desk, timedelta(seconds=INTERVAL + 1))
    assert [(await desk.app.codes.get(i)).sync_state for i in made] == ["synced"] * 10
    assert desk.app.sync.last_report is not None
