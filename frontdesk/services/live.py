"""Other desks' changes, live: what they commit reaches this desk's ChangeBus within a second or so.

`LiveUpdates.start(loop)` listens (PostgreSQL LISTEN/NOTIFY, or a polled change counter on SQLite;
see store/change_feed.py) and publishes each change another desk made as a `DeskChanged`, on the
given event loop's thread, so the window refreshes exactly as after its own operations. A change
whose topics are unknown touches every topic.
"""

from __future__ import annotations

import asyncio

from frontdesk.domain.events import Topic
from frontdesk.services.changes import ChangeBus, DeskChanged
from frontdesk.store.change_feed import ChangeFeed
from frontdesk.store.engine import Engines


def _topics(names: frozenset[str]) -> frozenset[Topic]:
    known = {t.value: t for t in Topic}
    if not names or any(n not in known for n in names):
        return frozenset(Topic)
    return frozenset(known[n] for n in names)


class LiveUpdates:
    """Publishes other desks' changes into this desk's ChangeBus while started."""

    def __init__(self, engines: Engines, bus: ChangeBus, origin: str) -> None:
        self._engines = engines
        self._bus = bus
        self._origin = origin
        self._feed: ChangeFeed | None = None

    @property
    def running(self) -> bool:
        return self._feed is not None

    def start(self, loop: asyncio.AbstractEventLoop | None = None) -> None:
        if self._feed is not None:
            return
        target = loop or asyncio.get_running_loop()

        def heard(names: frozenset[str]) -> None:  # on the feed's thread
            change = DeskChanged(_topics(names))
            target.call_soon_threadsafe(self._bus.publish, change)

        self._feed = ChangeFeed(self._engines, self._origin, heard)
        self._feed.start()

    def stop(self) -> None:
        feed, self._feed = self._feed, None
        if feed is not None:
            feed.stop()
