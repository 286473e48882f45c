"""A desk process for the concurrency tests: checks guests in to one room, in step with another."""

from __future__ import annotations

import asyncio
import sys
from datetime import UTC, datetime, timedelta
from multiprocessing.synchronize import Barrier

from frontdesk.domain.commands import CheckIn


def check_in_many(url: str, desk: str, rounds: int, barrier: Barrier) -> list[str]:
    from frontdesk.services.bootstrap import bootstrap
    from frontdesk.services.clock import FixedClock

    start = datetime(2026, 11, 17, 23, 0, tzinfo=UTC)
    app = bootstrap(url, workstation=desk, clock=FixedClock(start))  # past stays are refused

    async def run() -> list[str]:
        keys = []
        for i in range(rounds):
            barrier.wait(timeout=60)  # both desks press "Check in" at the same moment
            change = await app.desk.check_in(
                CheckIn(
                    (f"{desk} guest {i}",),
                    ("room-101",),
                    start + timedelta(days=i),
                    start + timedelta(days=i + 1),
                    override_live=True,  # each desk's receptionist said yes to taking the room over
                )
            )
            keys.append(str(change.reservation_key))
        return keys

    try:
        return asyncio.run(run())
    finally:
        app.close()


def worker(url: str, desk: str, rounds: int, barrier: Barrier, out: object) -> None:
    try:
        out.put((desk, check_in_many(url, desk, rounds, barrier)))  # type: ignore[attr-defined]
    except BaseException as exc:  # reported to the test, which fails with it
        out.put((desk, f"error: {exc!r}"))  # type: ignore[attr-defined]
        sys.exit(1)
