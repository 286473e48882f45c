"""The app on a real SQLite file with the demo property, talking to the simulated provider on the app's clock.

`sync` sleeps by moving the clock, so backoff is honoured without the tests waiting for it.
"""

from __future__ import annotations

import random
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta

import pytest_asyncio

from drivers.simulated.provider import SimulatedProvider
from frontdesk.services.bootstrap import App
from frontdesk.services.clock import FixedClock
from frontdesk.services.codes import operations as code_ops
from frontdesk.services.codes.views import CodeView


@dataclass
class Desk:
    app: App
    sim: SimulatedProvider
    clock: FixedClock

    async def settle(self, minutes: float = 10) -> None:
        """Let the locks catch up (time moves), then sync and pull their state back."""
        self.clock.advance(minutes=minutes)
        await self.app.sync.run_until_idle()

    async def codes(self, **filters: object) -> list[CodeView]:
        return await self.app.codes.list(**filters)  # type: ignore[arg-type]


@pytest_asyncio.fixture
async def desk(app: App, clock: FixedClock) -> AsyncIterator[Desk]:
    code_ops.RNG = random.Random(1234)  # repeatable PINs

    async def sleep(seconds: float) -> None:
        clock.advance(seconds=seconds + 0.001)

    app.sync.set_timing(sleep=sleep, rng=random.Random(99))
    sim = SimulatedProvider(clock, seed=3, time_zone="America/Los_Angeles")
    app.sync.use_provider(sim)
    await app.sync.run_once()  # learn the doors (constraints, time slots)
    try:
        yield Desk(app, sim, clock)
    finally:
        await app.sync.close()
        code_ops.RNG = random.SystemRandom()


def stay(clock: FixedClock, nights: int = 2) -> tuple:
    """16:00 today to 10:00 after `nights`, hotel time (the clock starts at 10:00 hotel time)."""
    start = clock.now + timedelta(hours=6)
    return start, start + timedelta(days=nights, hours=-6)
