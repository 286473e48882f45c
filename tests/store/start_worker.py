"""A desk process for the first-start test: waits for the others, then starts the desk once."""

from __future__ import annotations

from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier


def start_desk(url: str, desk: str, barrier: Barrier, out: Queue) -> None:  # type: ignore[type-arg]
    from frontdesk.services.bootstrap import bootstrap

    try:
        barrier.wait(timeout=180)  # every desk is switched on at the same moment
        app = bootstrap(url, workstation=desk)
        app.close()
        out.put((desk, "ok"))
    except Exception as exc:  # reported to the test, which names what failed
        out.put((desk, f"{type(exc).__name__}: {exc}"))
