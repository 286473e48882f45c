"""The other desk for the live test: checks a guest in when told to and says when it committed."""

from __future__ import annotations

import asyncio
import time
from datetime import timedelta
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Event


def check_in_when_told(url: str, go: Event, out: Queue) -> None:  # type: ignore[type-arg]
    from frontdesk.domain.commands import CheckIn
    from frontdesk.services.bootstrap import bootstrap
    from frontdesk.services.clock import FixedClock
    from tests.conftest import NOW

    app = bootstrap(url, workstation="desk-2", clock=FixedClock(NOW))
    try:
        out.put(("ready", time.time()))
        go.wait(timeout=60)
        stay = CheckIn(("Marta Ruiz",), ("room-110",), NOW, NOW + timedelta(days=1))
        asyncio.run(app.desk.check_in(stay))
        out.put(("committed", time.time()))
    except Exception as exc:  # reported to the test
        out.put(("failed", f"{type(exc).__name__}: {exc}"))
    finally:
        app.close()
