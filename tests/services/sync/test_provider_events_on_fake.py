"""The provider's events against Seam's own fake server: the cursor, and `lock.unlocked`.

The fake records `lock.unlocked` when a lock is unlocked remotely (without an `access_code_id`:
no PIN opened the door) and never emits the set/failed/removed events of a code, so those are
tried on the simulated provider (test_provider_events.py)."""

from __future__ import annotations

import httpx
import pytest

from drivers.seam import SeamProvider
from frontdesk.services.bootstrap import App
from frontdesk.services.sync.events import EVENTS_CURSOR
from tests.seam_fixtures import FakeSeam
from tests.services.codes.test_seam_fake import ROOM, fake_seam, seam_app

__all__ = ["fake_seam", "seam_app"]  # fixtures
pytestmark = pytest.mark.seam


def unlock(server: FakeSeam, device_id: str) -> None:
    response = httpx.post(
        f"{server.url}/locks/unlock_door",
        json={"device_id": device_id},
        headers={"Authorization": f"Bearer {server.api_key}"},
        timeout=10.0,
    )
    response.raise_for_status()


async def test_each_unlock_at_the_fake_is_read_once_and_the_cursor_is_kept(
    seam_app: App, fake_seam: FakeSeam
) -> None:
    await seam_app.sync.run_once()  # the seeded device.connected is not asked for
    unlock(fake_seam, ROOM)
    unlock(fake_seam, "august_device_1")
    first = await seam_app.sync.run_once()
    assert first.events_read == 2 and first.problems == ()
    assert (await seam_app.sync.run_once()).events_read == 0  # the same events are not read again
    unlock(fake_seam, ROOM)
    assert (await seam_app.sync.run_once()).events_read == 1

    # A desk started afresh (a new provider connection) goes on from the cursor in the database.
    seam_app.sync.use_provider(SeamProvider(fake_seam.url, fake_seam.api_key, timeout=5.0))
    assert (await seam_app.sync.run_once()).events_read == 0
    cursor = await seam_app.tx.read(lambda uow, now: uow.sync_records.setting(EVENTS_CURSOR))
    assert cursor is not None and "since" in cursor


async def test_events_the_provider_does_not_answer_are_read_on_the_next_run(
    seam_app: App, fake_seam: FakeSeam
) -> None:
    await seam_app.sync.run_once()
    unlock(fake_seam, ROOM)
    fake_seam.hook("/_frontdesk/fail_next", {"route": "/events/list", "count": 1, "status": 503})
    missed = await seam_app.sync.run_once()
    assert missed.events_read == 0 and any(p.startswith("events:") for p in missed.problems)
    assert (await seam_app.sync.run_once()).events_read == 1
