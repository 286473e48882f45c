"""The one background loop (SyncService.run_forever): it reports each run and waits for the next retry."""

from __future__ import annotations

import asyncio

from frontdesk.services.codes.provider import AccessCodeSpec, ProviderUnreachable
from tests.services.codes.conftest import Desk

BACK = "back-door-keypad"


async def test_the_loop_reports_each_run_and_stops_when_asked(desk: Desk) -> None:
    stop = asyncio.Event()
    heard: list[Exception | None] = []

    async def after_run(failure: Exception | None) -> None:
        heard.append(failure)
        if len(heard) == 2:
            stop.set()

    await desk.app.codes.create(BACK, name="Loop")
    await asyncio.wait_for(desk.app.sync.run_forever(stop, interval=0.01, after_run=after_run), timeout=30)
    assert heard == [None, None]
    assert desk.app.sync.last_report is not None and desk.app.sync.last_report.pending == 0


async def test_a_failed_run_is_reported_and_the_loop_goes_on(desk: Desk) -> None:
    stop = asyncio.Event()
    heard: list[Exception | None] = []

    async def no_provider() -> None:
        raise ProviderUnreachable()

    async def after_run(failure: Exception | None) -> None:
        heard.append(failure)
        stop.set()

    desk.app.sync.provider = no_provider  # type: ignore[method-assign, assignment]
    await asyncio.wait_for(desk.app.sync.run_forever(stop, interval=0.01, after_run=after_run), timeout=30)
    assert len(heard) == 1 and isinstance(heard[0], ProviderUnreachable)


async def test_the_wait_is_until_the_next_retry_and_never_zero(desk: Desk) -> None:
    async def down(spec: AccessCodeSpec) -> None:
        raise ProviderUnreachable(http_status=503)

    desk.sim.create_access_code = down  # type: ignore[method-assign, assignment]
    await desk.app.codes.create(BACK, name="Later")
    assert await desk.app.sync._seconds_to_next_retry(default=30.0) == 30.0  # nothing sent yet: no retry
    await desk.app.sync.run_once(reconcile=False)
    wait = await desk.app.sync._seconds_to_next_retry(default=30.0)
    assert 0.0 < wait <= desk.app.sync.policy.base.total_seconds()  # the backoff of the first failure
    desk.clock.advance(seconds=wait + 1)
    # Due now but not yet sent again: the loop would run at once, so it does not count as "ahead".
    assert await desk.app.sync._seconds_to_next_retry(default=30.0) == 30.0
