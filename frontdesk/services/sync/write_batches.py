"""Group commit for the sync worker: the many small writes of one run share few transactions.

A run sends hundreds of changes, each with a write before it ("maybe sent") and one after it (the
result). Each write waits here while the database thread is busy with the previous batch, then
all that waited run together, in the order they came, in ONE write transaction: one commit and
one trip to the database thread instead of one per write. A caller resumes only once its batch
has committed, so a "maybe sent" mark is on disk before its request leaves.

If one write of a batch raises, the batch is rolled back and its writes run again one by one, so
only the faulty one fails.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol, TypeVar

from frontdesk.store.sync_batch import load_batch
from frontdesk.store.unit_of_work import UnitOfWork

T = TypeVar("T")
Work = Callable[[UnitOfWork, datetime], Any]


class WriteOnDatabaseThread(Protocol):
    """Runs `work(uow, now)` in a write transaction on the database thread and commits it."""

    async def __call__(self, work: Callable[[UnitOfWork, datetime], T]) -> T: ...


@dataclass
class _Waiting:
    work: Work
    future: asyncio.Future[Any]
    outbox_ids: tuple[int, ...] = ()
    local_ids: tuple[str, ...] = ()


@dataclass
class WriteBatches:
    """Queue writes with `await batches.write(work, outbox_ids=..., local_ids=...)`.

    The ids name the outbox rows and codes the write touches: the batch loads them all, with
    whether the codes have open alerts, in one query before the writes run (store/sync_batch.py),
    instead of queries per write."""

    _write: WriteOnDatabaseThread
    max_batch: int = 400
    # How long a batch waits for more writes before it goes: a few milliseconds of answers share
    # one commit. Nothing waits on a result for long: the sender marks items well ahead.
    gather_seconds: float = 0.02
    transactions: int = 0
    _queue: list[_Waiting] = field(default_factory=list)
    _flusher: asyncio.Task[None] | None = None

    async def write(
        self,
        work: Callable[[UnitOfWork, datetime], T],
        *,
        outbox_ids: Iterable[int] = (),
        local_ids: Iterable[str] = (),
    ) -> T:
        future: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        self._queue.append(_Waiting(work, future, tuple(outbox_ids), tuple(local_ids)))
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.ensure_future(self._flush())
        return await future

    async def _flush(self) -> None:
        await asyncio.sleep(self.gather_seconds)  # let the writes of the next moments join the batch
        while self._queue:
            batch, self._queue = self._queue[: self.max_batch], self._queue[self.max_batch :]
            try:
                results = await self._write(functools.partial(_run_all, batch=batch))
                self.transactions += 1
            except Exception:
                await self._one_by_one(batch)
                continue
            for waiting, result in zip(batch, results, strict=True):
                if not waiting.future.done():
                    waiting.future.set_result(result)

    async def _one_by_one(self, batch: list[_Waiting]) -> None:
        for waiting in batch:
            try:
                result = await self._write(waiting.work)
                self.transactions += 1
            except Exception as exc:  # this write's own failure, handed to its caller
                if not waiting.future.done():
                    waiting.future.set_exception(exc)
                continue
            if not waiting.future.done():
                waiting.future.set_result(result)


def _run_all(uow: UnitOfWork, now: datetime, *, batch: list[_Waiting]) -> list[Any]:
    load_batch(uow, [i for w in batch for i in w.outbox_ids], [i for w in batch for i in w.local_ids])
    return [waiting.work(uow, now) for waiting in batch]
