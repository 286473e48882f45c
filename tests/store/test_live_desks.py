"""Two desks (two processes) on one database: each sees the other's check-in within 2 seconds,
without pressing Refresh (LISTEN/NOTIFY on PostgreSQL, a polled change counter on SQLite)."""

from __future__ import annotations

import asyncio
import multiprocessing
import time
from datetime import timedelta

import pytest

from frontdesk.domain.commands import CheckIn
from frontdesk.domain.events import Topic
from frontdesk.services.bootstrap import bootstrap
from frontdesk.services.changes import DeskChanged
from frontdesk.services.clock import FixedClock
from tests.conftest import NOW
from tests.store.live_worker import check_in_when_told


def other_desk_checks_in(url: str) -> None:
    app = bootstrap(url, workstation="desk-1", clock=FixedClock(NOW))
    asyncio.run(app.setup.create_demo())
    heard: list[tuple[float, DeskChanged]] = []
    ctx = multiprocessing.get_context("spawn")
    go, out = ctx.Event(), ctx.Queue()
    other = ctx.Process(target=check_in_when_told, args=(url, go, out))

    async def desk_one() -> float:
        app.changes.subscribe(lambda change: heard.append((time.time(), change)))
        app.live.start()
        other.start()
        kind, _ = await asyncio.to_thread(out.get, True, 120)
        assert kind == "ready"
        await asyncio.sleep(1.0)  # the listener is up; nothing has happened yet
        assert heard == []
        go.set()
        kind, committed = await asyncio.to_thread(out.get, True, 120)
        assert kind == "committed", committed
        deadline = time.time() + 5
        while not any(c.touches(Topic.STAYS) for _, c in heard) and time.time() < deadline:
            await asyncio.sleep(0.05)
        return float(committed)

    try:
        committed = asyncio.run(desk_one())
        other.join(timeout=60)
        arrived = [at for at, change in heard if change.touches(Topic.STAYS)]
        assert arrived, "desk 1 never heard of desk 2's check-in"
        assert arrived[0] - committed < 2.0
    finally:
        app.close()


def own_changes_are_not_heard_twice(url: str) -> None:
    app = bootstrap(url, workstation="desk-1", clock=FixedClock(NOW))
    asyncio.run(app.setup.create_demo())
    heard: list[DeskChanged] = []

    async def run() -> None:
        app.changes.subscribe(heard.append)
        app.live.start()
        await asyncio.sleep(0.6)
        await app.desk.check_in(CheckIn(("Ann Lee",), ("room-101",), NOW, NOW + timedelta(days=1)))
        await asyncio.sleep(1.5)

    try:
        asyncio.run(run())
    finally:
        app.close()
    assert len(heard) == 1 and heard[0].events  # its own publish, and no echo from the feed


def test_two_desks_on_sqlite_see_each_other_live(db_url: str) -> None:
    other_desk_checks_in(db_url)


@pytest.mark.postgres
def test_two_desks_on_postgres_see_each_other_live(postgres_url: str) -> None:
    other_desk_checks_in(postgres_url)


def test_a_desk_does_not_hear_its_own_changes_back_on_sqlite(db_url: str) -> None:
    own_changes_are_not_heard_twice(db_url)


@pytest.mark.postgres
def test_a_desk_does_not_hear_its_own_changes_back_on_postgres(postgres_url: str) -> None:
    own_changes_are_not_heard_twice(postgres_url)
