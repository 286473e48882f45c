"""Sending the outbox to the lock provider: each door's items started in order, several in flight, then
create, update or delete.

The sync worker (services/sync/worker.py) claims nothing itself: each run makes an OutboxSender and lets it
push what is due. The sender keeps the sending rules of docs/pin-codes.md: a create whose answer may
have been lost first looks on the door and adopts what it finds; a duplicate PIN the desk chose is
replaced by a fresh one; a retryable failure waits with backoff (outbox_failures.py) and is given up
only once its code has ended; an answer that retrying cannot change fails the code with an alert.
"""

from __future__ import annotations

import asyncio
import inspect
import random
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import datetime
from typing import Protocol, TypeVar

from frontdesk.domain.codes import (
    AccessCode,
    OutboxOperation,
    OutboxState,
    SyncState,
)
from frontdesk.services.codes import operations as code_ops
from frontdesk.services.codes.provider import (
    AccessCodeSpec,
    DuplicateAccessCode,
    LockProvider,
    ProviderAccessCode,
    ProviderDevice,
    ProviderError,
    ProviderNotFound,
)
from frontdesk.services.sync.door_queue import LOOKAHEAD, DoorListings, DoorQueue, DoorStopped
from frontdesk.services.sync.healing import heal_vanished
from frontdesk.services.sync.outbox_failures import DELAYED_ALERTS, describe, mark_failed, wait_for_next_try
from frontdesk.services.sync.outbox_results import record_result, replace_pin
from frontdesk.services.sync.outbox_spec import create_spec
from frontdesk.services.sync.policy import AGAIN, NEXT, WAIT, RetryPolicy, SendOutcome, SyncTally
from frontdesk.services.sync.reconcile import same_code
from frontdesk.services.sync.write_batches import WriteBatches, WriteOnDatabaseThread
from frontdesk.store.code_repository import CodeExtras, OutboxItem
from frontdesk.store.unit_of_work import UnitOfWork

T = TypeVar("T")


class ReadOnDatabaseThread(Protocol):
    """Runs `work` in a read transaction on the database thread (SyncService._db)."""

    async def __call__(self, work: Callable[[UnitOfWork], T]) -> T: ...


class OutboxSender:
    """One run's sending of the outbox; the worker makes a new one per run with its current policy.

    Throughput without giving up "never twice": each door keeps up to `per_door` requests in flight
    (at most `concurrency` over all doors), changes of one code still go one after the other, and
    the "maybe sent" marks and the results go through group commit (write_batches.py): one
    transaction per batch, the mark always committed before its request leaves."""

    def __init__(
        self,
        db: ReadOnDatabaseThread,
        write: WriteOnDatabaseThread,
        *,
        owner: str,
        policy: RetryPolicy,
        rng: random.Random,
        concurrency: int,
        per_door: int = 4,
    ) -> None:
        self._db = db
        self._write = write
        self._owner = owner
        self.policy = policy
        self._rng = rng
        self._gate = asyncio.Semaphore(concurrency)
        self._per_door = per_door
        self._batches = WriteBatches(write)
        self._devices: dict[str, ProviderDevice | None] = {}  # the run's device cache (database thread)
        self._listings = DoorListings()

    @property
    def transactions(self) -> int:
        """Write transactions the batches took so far (the benchmark prints it)."""
        return self._batches.transactions

    async def push(self, provider: LockProvider, report: SyncTally, force: bool) -> None:
        """Claim every due item (all of them with `force`) and send them, doors side by side."""
        claimed = await self._write(
            lambda uow, now: uow.outbox.claim(now, self._owner, self.policy.lease, force=force)
        )
        await asyncio.gather(*(self._door(provider, items, report) for items in claimed.values()))

    async def _door(self, provider: LockProvider, items: list[OutboxItem], report: SyncTally) -> None:
        """One door's items, in order of their start. A code whose change must wait holds back its
        later changes; after a few retryable failures in a row the door itself waits (no storm on a
        dead lock): what has not left yet is given back for the next run."""
        door = DoorQueue(asyncio.Semaphore(self._per_door))
        ahead = asyncio.Semaphore(LOOKAHEAD)
        last_of_code: dict[str, asyncio.Task[None]] = {}
        tasks: list[asyncio.Task[None]] = []
        for item in items:
            await ahead.acquire()
            task = asyncio.ensure_future(
                self._item(provider, item, last_of_code.get(item.local_id), door, report, ahead)
            )
            last_of_code[item.local_id] = task
            tasks.append(task)
        await asyncio.gather(*tasks)

    async def _item(
        self,
        provider: LockProvider,
        item: OutboxItem,
        previous: asyncio.Task[None] | None,
        door: DoorQueue,
        report: SyncTally,
        ahead: asyncio.Semaphore,
    ) -> None:
        try:
            if previous is not None:
                await asyncio.wait([previous])  # the code's earlier change first (its own errors are its own)
            if item.local_id in door.waiting or door.stopped:
                await self._release(item.outbox_id)
                return
            while True:
                prepared = await self._prepare(item.outbox_id, item.local_id)
                if prepared is None:
                    return  # cancelled while queued
                try:
                    outcome = await self._send(provider, prepared, door, report)
                except DoorStopped:
                    await self._release(item.outbox_id, was_unknown=prepared[0].outcome_unknown)
                    return
                if outcome is not AGAIN:
                    break
            door.count(outcome, item.local_id, self.policy.failures_before_door_waits)
        finally:
            ahead.release()

    async def _net(self, door: DoorQueue, call: Awaitable[T]) -> T:
        """One provider call, within the door's and the run's limits of requests in flight."""
        async with door.slots, self._gate:
            if door.stopped:
                if inspect.iscoroutine(call):
                    call.close()
                raise DoorStopped()
            return await call

    async def _release(self, outbox_id: int, *, was_unknown: bool | None = None) -> None:
        """Give this item back unsent, for the next run (undoing its "maybe sent" mark, if any)."""

        def work(uow: UnitOfWork, now: datetime) -> None:
            if was_unknown is not None:
                uow.outbox.unmark_sending(outbox_id, was_unknown)
            uow.outbox.release((outbox_id,))

        await self._batches.write(work, outbox_ids=(outbox_id,))

    async def _prepare(
        self, outbox_id: int, local_id: str
    ) -> tuple[OutboxItem, AccessCode, CodeExtras, AccessCodeSpec | None] | None:
        """Mark the item "maybe sent" (committed before anything leaves) and read what to send."""

        def prepare(
            uow: UnitOfWork, now: datetime
        ) -> tuple[OutboxItem, AccessCode, CodeExtras, AccessCodeSpec | None] | None:
            item = uow.outbox.item(outbox_id)
            if item.state is not OutboxState.PENDING:
                return None
            uow.outbox.mark_sending(outbox_id)
            code, extras = uow.codes.get(item.local_id), uow.codes.extras(item.local_id)
            spec = None
            if item.operation is OutboxOperation.CREATE:
                if code.device_id not in self._devices:
                    self._devices[code.device_id] = code_ops.cached_device(uow, code.device_id)
                spec = create_spec(uow, code, extras, self._devices[code.device_id])
            return item, code, extras, spec

        return await self._batches.write(prepare, outbox_ids=(outbox_id,), local_ids=(local_id,))

    async def _send(
        self,
        provider: LockProvider,
        prepared: tuple[OutboxItem, AccessCode, CodeExtras, AccessCodeSpec | None],
        door: DoorQueue,
        report: SyncTally,
    ) -> SendOutcome:
        item, code, extras, spec = prepared
        try:
            if item.operation is OutboxOperation.CREATE:
                assert spec is not None
                outcome = await self._create(door, provider, item, code, spec, report)
            elif item.operation is OutboxOperation.UPDATE:
                outcome = await self._update(door, provider, item, code, report)
            else:
                outcome = await self._delete(door, provider, item, code, report)
        except DuplicateAccessCode as exc:
            report.answered += 1
            return await self._duplicate(door, provider, item, code, extras, exc, report)
        except ProviderError as exc:
            report.answered += 0 if exc.retryable else 1
            return await self._failed(item, code, exc, report)
        report.answered += 1
        return outcome

    async def _finish(
        self,
        item: OutboxItem,
        provider_code: ProviderAccessCode | None,
        note: str | None = None,
        *,
        sent: AccessCode | None = None,
        accepted: bool = False,
    ) -> None:
        """Record the outcome: merge what the provider said into the code as it is *now*.
        `accepted`: the provider took the change without saying what it stored (nothing to merge)."""

        def work(uow: UnitOfWork, now: datetime) -> None:
            record_result(uow, now, item, provider_code, note, sent=sent, accepted=accepted)

        await self._batches.write(work, outbox_ids=(item.outbox_id,), local_ids=(item.local_id,))

    async def _find(
        self, door: DoorQueue, provider: LockProvider, code: AccessCode, *, fresh: bool = False
    ) -> tuple[ProviderAccessCode | None, set[str]]:
        """Look on the door for a code this desk sent but never heard back about. The door's list is
        read once per run (`fresh`: read it again, after the lock refused a PIN)."""
        listed = await self._listings.listing(
            code.device_id, lambda: self._net(door, provider.list_access_codes(code.device_id)), fresh=fresh
        )
        known = await self._db(lambda uow: uow.codes.known_access_code_ids())
        pins = {p.code for p in listed if p.code}
        for p in listed:
            if (
                p.access_code_id not in known
                and not self._listings.taken(p.access_code_id)
                and same_code(p, code)
            ):
                self._listings.take(p.access_code_id)
                return p, pins
        return None, pins

    async def _create(
        self,
        door: DoorQueue,
        provider: LockProvider,
        item: OutboxItem,
        code: AccessCode,
        spec: AccessCodeSpec,
        report: SyncTally,
    ) -> SendOutcome:
        if code.access_code_id is not None:
            await self._finish(item, None, "already created")
            return NEXT
        if code.sync_state is SyncState.PENDING_DELETE:
            await self._finish(item, None, "deleted before it was sent")
            return NEXT
        if item.outcome_unknown:
            found, _ = await self._find(door, provider, code)
            if found is not None:
                report.adopted += 1
                await self._finish(item, found, "adopted after a lost answer", sent=code)
                return NEXT
        created = await self._net(door, provider.create_access_code(spec))
        self._listings.take(created.access_code_id)
        report.sent += 1
        await self._finish(item, created, sent=code)
        return NEXT

    async def _duplicate(
        self,
        door: DoorQueue,
        provider: LockProvider,
        item: OutboxItem,
        code: AccessCode,
        extras: CodeExtras,
        exc: DuplicateAccessCode,
        report: SyncTally,
    ) -> SendOutcome:
        """The lock already has this PIN: ours from a lost answer, or someone else's."""
        try:
            found, pins = await self._find(door, provider, code, fresh=True)
        except ProviderError as lookup_failed:
            return await self._failed(item, code, lookup_failed, report)
        if found is not None:
            report.adopted += 1
            await self._finish(item, found, "adopted after a duplicate answer", sent=code)
            return NEXT
        if item.operation is not OutboxOperation.CREATE or not extras.pin_chosen_by_desk or code.code is None:
            return await self._give_up(item, code, exc, report, issue="duplicate_code_on_device")

        def new_pin(uow: UnitOfWork, now: datetime) -> None:
            replace_pin(uow, now, item, code, pins)

        await self._batches.write(new_pin)
        report.pins_replaced += 1
        fresh = await self._db(lambda uow: uow.outbox.item(item.outbox_id))
        if fresh.attempts >= self.policy.max_attempts:
            return await self._give_up(item, code, exc, report)
        return AGAIN

    async def _update(
        self, door: DoorQueue, provider: LockProvider, item: OutboxItem, code: AccessCode, report: SyncTally
    ) -> SendOutcome:
        if code.access_code_id is None or code.is_offline_access_code:
            # Not created yet (the pending create carries the change) or an offline code (never changes).
            await self._finish(item, None, "nothing to send")
            return NEXT
        try:
            updated = await self._net(
                door,
                provider.update_access_code(
                    code.access_code_id,
                    name=code.name,
                    starts_at=code.starts_at,
                    ends_at=code.ends_at,
                    make_ongoing=not code.is_time_bound,
                ),
            )
        except ProviderNotFound:
            # Gone at the provider although the desk never removed it: put it back (or let it go, if
            # it has ended). healing.heal_vanished says which, and tells the desk.
            def heal(uow: UnitOfWork, now: datetime) -> bool:
                uow.outbox.finish(item.outbox_id, now, "the code was gone at the provider")
                return heal_vanished(uow, now, uow.codes.get(item.local_id))

            report.codes_recreated += int(await self._batches.write(heal))
            return NEXT
        report.sent += 1
        if updated is None:  # accepted, read-back lost: the change is there, the next sync reads it
            await self._finish(item, None, "accepted; its state is read at the next sync", accepted=True)
        else:
            await self._finish(item, updated)
        return NEXT

    async def _delete(
        self, door: DoorQueue, provider: LockProvider, item: OutboxItem, code: AccessCode, report: SyncTally
    ) -> SendOutcome:
        target = code.access_code_id
        if target is None:
            found, _ = await self._find(door, provider, code)  # a create whose answer was lost
            target = found.access_code_id if found is not None else None
        if target is not None:
            try:
                await self._net(door, provider.delete_access_code(target))
                report.sent += 1
            except ProviderNotFound:
                pass  # already gone: that is what we wanted

        def work(uow: UnitOfWork, now: datetime) -> None:
            uow.outbox.finish(item.outbox_id, now)
            uow.sync_records.resolve_alerts(now, local_id=item.local_id, kinds=DELAYED_ALERTS)
            current = uow.codes.get(item.local_id)
            gone = replace(
                current,
                sync_state=SyncState.SYNCED,
                access_code_id=target,
                status="removing" if target else "unset",
            )
            uow.codes.save(gone, now, removed_at=now, sync_error=None)

        await self._batches.write(work, outbox_ids=(item.outbox_id,), local_ids=(item.local_id,))
        return NEXT

    async def _failed(
        self, item: OutboxItem, code: AccessCode, exc: ProviderError, report: SyncTally
    ) -> SendOutcome:
        if not exc.retryable:
            return await self._give_up(item, code, exc, report)
        report.provider_reachable = False
        message = describe(exc, code.code)
        waits = await self._batches.write(
            lambda uow, now: wait_for_next_try(uow, now, item, message, self.policy, self._rng)
        )
        if not waits:
            await self._give_up(item, code, exc, report)
            return WAIT
        report.retrying += 1
        return WAIT

    async def _give_up(
        self,
        item: OutboxItem,
        code: AccessCode,
        exc: ProviderError,
        report: SyncTally,
        *,
        issue: str | None = None,
    ) -> SendOutcome:
        message = describe(exc, code.code)
        await self._batches.write(lambda uow, now: mark_failed(uow, now, item, exc, message, issue))
        report.gave_up += 1
        report.problems.append(f"{item.device_id}: {message}")
        return NEXT
