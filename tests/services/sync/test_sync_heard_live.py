"""A sync run on one desk reaches the other desks on the database live: the PIN codes it put on the
locks show there without pressing Refresh, and a run that changed nothing tells nobody."""

from __future__ import annotations

import asyncio
import time

from frontdesk.domain.events import Topic
from frontdesk.services.bootstrap import bootstrap
from frontdesk.services.changes import DeskChanged
from tests.services.codes.conftest import Desk, stay

FRONT = "front-door-keypad"


async def _heard_within(heard: list[DeskChanged], topic: Topic, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if any(change.touches(topic) for change in heard):
            return True
        await asyncio.sleep(0.05)
    return False


async def test_the_other_desk_hears_of_a_sync_run_that_put_codes_on_locks(desk: Desk, db_url: str) -> None:
    other = bootstrap(db_url, clock=desk.clock, workstation="desk-2")
    heard: list[DeskChanged] = []
    try:
        other.changes.subscribe(heard.append)
        other.live.start(asyncio.get_running_loop())
        start, end = stay(desk.clock)
        made = await desk.app.codes.create(FRONT, name="Ann", starts_at=start, ends_at=end)
        assert await _heard_within(heard, Topic.CODES, 2.0), "the code's creation itself is heard"
        before = await other.codes.get(made.local_id)
        assert before.sync_state != "synced"
        await asyncio.sleep(1.0)  # anything still on its way from the creation arrives now
        heard.clear()

        desk.clock.advance(minutes=10)
        await desk.app.sync.run_until_idle()  # sent, and the lock's state pulled back

        assert await _heard_within(heard, Topic.CODES, 2.0), "desk 2 never heard of the sync run"
        after = await other.codes.get(made.local_id)
        assert after.sync_state == "synced" and after.access_code_id is not None

        await asyncio.sleep(1.0)
        heard.clear()
        await desk.app.sync.run_once()  # nothing to send, nothing moved at the locks
        assert not await _heard_within(heard, Topic.CODES, 1.5), "a run that changed nothing told desk 2"
    finally:
        other.live.stop()
        await other.aclose()
