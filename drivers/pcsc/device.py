"""One thread that owns a device: every call into the vendor library runs there, in order.

Async code submits jobs and awaits them; the Qt thread never blocks on the reader. When the queue is
empty an optional idle job runs (the card presence watcher), which must return within a fraction of
a second so queued jobs start promptly.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import queue
import threading
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")
_STOP = object()


class DeviceThread:
    """A worker thread with a job queue; `call` runs a function there and awaits its result."""

    def __init__(self, name: str) -> None:
        self._jobs: queue.Queue[Any] = queue.Queue()
        self._idle: Callable[[], None] | None = None
        self._thread = threading.Thread(target=self._loop, name=name, daemon=True)
        self._thread.start()

    @property
    def thread(self) -> threading.Thread:
        return self._thread

    def set_idle(self, idle: Callable[[], None] | None) -> None:
        """Run `idle` whenever no job is waiting (it should block for at most ~0.1 s)."""
        self._idle = idle
        self._jobs.put(None)  # wake the loop so the change takes effect

    def submit(self, function: Callable[..., T], *args: Any) -> concurrent.futures.Future[T]:
        future: concurrent.futures.Future[T] = concurrent.futures.Future()
        self._jobs.put((future, function, args))
        return future

    async def call(self, function: Callable[..., T], *args: Any) -> T:
        return await asyncio.wrap_future(self.submit(function, *args))

    def stop(self, timeout: float = 5.0) -> None:
        self._jobs.put(_STOP)
        if threading.current_thread() is not self._thread:
            self._thread.join(timeout)

    def _loop(self) -> None:
        while True:
            idle = self._idle
            try:
                job = self._jobs.get(block=idle is None)
            except queue.Empty:
                # A watcher failure must not kill the device thread.
                with contextlib.suppress(Exception):
                    idle()  # type: ignore[misc]
                continue
            if job is _STOP:
                return
            if job is None:
                continue
            future, function, args = job
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(function(*args))
            except BaseException as error:  # handed to the awaiting coroutine
                future.set_exception(error)
