"""Shared by the card, lockout and code GUI tests: the simulated encoder at the desk, and awaiting a
service call from a test while Qt keeps running the loop."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any

from frontdesk.services.bootstrap import App
from frontdesk.services.drivers import ENCODERS, create_driver
from tests.ui.helpers import WAIT


def simulated_encoder(app: App) -> Any:
    """The simulated encoder (found through its entry point, as the demo finds it), put in the desk."""
    encoder = create_driver(ENCODERS, "simulated")
    app.cards.use_encoder(encoder)
    return encoder


def wait_for(qtbot: Any, coroutine: Coroutine[Any, Any, Any], timeout: int = WAIT) -> Any:
    """Run a coroutine on the qasync loop and wait for its result, letting Qt work meanwhile."""
    task = asyncio.ensure_future(coroutine)
    qtbot.waitUntil(task.done, timeout=timeout)
    return task.result()


def pin_stay(app: App, name: str = "Marta Silva", room: str = "room-102") -> str:
    """A stay in house with a card and a PIN on both front keypads, synced to the simulated provider
    (codes set on the locks, backup pools full). Call before the `qloop` fixture starts."""
    from datetime import timedelta

    from frontdesk.domain.commands import CheckIn
    from frontdesk.domain.model import AccessMethod
    from tests.ui.conftest import AFTERNOON

    methods = frozenset({AccessMethod.CARD, AccessMethod.PIN})
    doors = (room, "lobby", "front-door-keypad", "back-door-keypad")
    start, end = AFTERNOON - timedelta(hours=1), AFTERNOON + timedelta(days=2)

    async def make() -> str:
        await app.sync.run_once()  # learn the doors
        change = await app.desk.check_in(CheckIn((name,), doors, start, end, None, methods))
        for _ in range(3):  # the simulated locks take a few minutes to set codes
            app.clock.advance(minutes=10)  # type: ignore[attr-defined]
            await app.sync.run_until_idle()
        return str(change.reservation_key)

    return asyncio.run(make())
