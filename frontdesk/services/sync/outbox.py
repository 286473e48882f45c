"""Sending the outbox to the lock provider: one door's items in order, then create, update or delete.

The sync worker (services/sync/worker.py) claims nothing itself: each run makes an OutboxSender and lets it
push what is due. The sender keeps the sending rules of docs/pin-codes.md: a create whose answer may
have been lost first looks on the door and adopts what it finds; a duplicate PIN the desk chose is
replaced by a fresh one; a retryable failure waits with backoff (outbox_failures.py) and is given up
only once its code has ended; an answer that retrying cannot change fails the code with an alert.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Protocol, TypeVar

from frontdesk.domain.codes import (
    AccessCode,
    OutboxOperation,
    OutboxState,
    SyncState,
    generate_pin,
)
from frontdesk.domain.words import say
from frontdesk.services.codes import operations as code_ops
from frontdesk.services.codes.provider import (
    DuplicateAccessCode,
    LockProvider,
    ProviderAccessCode,
    ProviderError,
    ProviderNotFound,
)
from frontdesk.services.codes.provider_fields import merge_provider_fields
from frontdesk.services.sync.healing import RECREATED, door_name, heal_vanished
from frontdesk.services.sync.outbox_failures import DELAYED_ALERTS, describe, mark_failed, wait_for_next_try
from frontdesk.services.sync.outbox_spec import create_spec
from frontdesk.services.sync.policy import AGAIN, NEXT, WAIT, RetryPolicy, SendOutcome, SyncTally
from frontdesk.services.sync.reconcile import same_code
from frontdesk.store.code_repository import CodeExtras, OutboxItem
from frontdesk.store.unit_of_work import UnitOfWork

T = TypeVar("T")


class ReadOnDatabaseThread(Protocol):
    """Runs `work` in a read transaction on the database thread (SyncService._db)."""

    async def __call__(self, work: Callable[[UnitOfWork], T]) -> T: ...


class WriteOnDatabaseThread(Protocol):
    """Runs `work(uow, now)` in a write transaction on the database thread and commits it."""

    async def __call__(self, work: Callable[[UnitOfWork, datetime], T]) -> T: ...


class OutboxSender:
    """One run's sending of the outbox; the worker makes a new one per run with its current policy."""

    def __init__(
        self,
        db: ReadOnDatabaseThread,
        write: WriteOnDatabaseThread,
        *,
        owner: str,
        policy: RetryPolicy,
        rng: random.Random,
        concurrency: int,
    ) -> None:
        self._db = db
        self._write = write
        self._owner = owner
        self.policy = policy
        self._rng = rng
        self._concurrency = concurrency

    async def push(self, provider: LockProvider, report: SyncTally, force: bool) -> None:
        """Claim every due item (all of them with `force`) and send them, doors side by side."""
        claimed = await self._write(
            lambda uow, now: uow.outbox.claim(now, self._owner, self.policy.lease, force=force)
        )
        gate = asyncio.Semaphore(self._concurrency)

        async def door(items: list[OutboxItem]) -> None:
            """One door's items in order. A code whose change must wait holds back its later changes;
            after a few retryable failures in a row the door itself waits (no storm on a dead lock)."""
            async with gate:
                waiting: set[str] = set()
                failures = 0
                index = 0
                while index < len(items):
                    item = items[index]
                    if item.local_id in waiting:
                        await self._release(item.outbox_id)
                        index += 1
                        continue
                    outcome = await self._send(provider, item.outbox_id, report)
                    if outcome is AGAIN:
                        continue
                    index += 1
                    if outcome is not WAIT:
                        failures = 0
                        continue
                    waiting.add(item.local_id)
                    failures += 1
                    if failures >= self.policy.failures_before_door_waits:
                        await self._release(*(i.outbox_id for i in items[index:]))
                        return

        await asyncio.gather(*(door(items) for items in claimed.values()))

    async def _release(self, *outbox_ids: int) -> None:
        """Give these items back unsent, for the next run."""

        def work(uow: UnitOfWork, now: datetime) -> None:
            uow.outbox.release(outbox_ids)

        await self._write(work)

    async def _send(self, provider: LockProvider, outbox_id: int, report: SyncTally) -> SendOutcome:
        def prepare(uow: UnitOfWork, now: datetime) -> tuple[OutboxItem, AccessCode, CodeExtras]:
            item = uow.outbox.item(outbox_id)
            if item.state is OutboxState.PENDING:
                uow.outbox.mark_sending(outbox_id)
            return item, uow.codes.get(item.local_id), uow.codes.extras(item.local_id)

        item, code, extras = await self._write(prepare)
        if item.state is not OutboxState.PENDING:
            return NEXT  # cancelled while queued
        handler = {
            OutboxOperation.CREATE: self._create,
            OutboxOperation.UPDATE: self._update,
            OutboxOperation.DELETE: self._delete,
        }[item.operation]
        try:
            outcome = await handler(provider, item, code, extras, report)
        except DuplicateAccessCode as exc:
            report.answered += 1
            return await self._duplicate(provider, item, code, extras, exc, report)
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
            uow.outbox.finish(item.outbox_id, now, note)
            uow.sync_records.resolve_alerts(now, local_id=item.local_id, kinds=DELAYED_ALERTS)
            if provider_code is None and not accepted:
                return
            current = uow.codes.get(item.local_id)
            merged = current if provider_code is None else merge_provider_fields(current, provider_code)
            others = uow.outbox.has_pending_items(item.local_id, other_than=item.outbox_id)
            moved = sent is not None and (sent.starts_at, sent.ends_at, sent.name) != (
                current.starts_at,
                current.ends_at,
                current.name,
            )
            if current.sync_state is SyncState.PENDING_DELETE:
                state = SyncState.PENDING_DELETE
            elif moved:
                state = SyncState.PENDING_UPDATE  # changed at the desk while the create was on its way
            elif others:
                state = (
                    SyncState.PENDING_UPDATE
                    if current.access_code_id or merged.access_code_id
                    else current.sync_state
                )
            else:
                state = SyncState.SYNCED
            merged = replace(merged, sync_state=state)
            uow.codes.save(merged, now, sync_error=None)
            if moved:
                uow.outbox.enqueue(OutboxOperation.UPDATE, merged, now)

        await self._write(work)

    async def _find(
        self, provider: LockProvider, code: AccessCode
    ) -> tuple[ProviderAccessCode | None, set[str]]:
        """Look on the door for a code this desk sent but never heard back about."""
        listed = await provider.list_access_codes(code.device_id)
        known = await self._db(lambda uow: uow.codes.known_access_code_ids())
        pins = {p.code for p in listed if p.code}
        for p in listed:
            if p.access_code_id not in known and same_code(p, code):
                return p, pins
        return None, pins

    async def _create(
        self,
        provider: LockProvider,
        item: OutboxItem,
        code: AccessCode,
        extras: CodeExtras,
        report: SyncTally,
    ) -> SendOutcome:
        if code.access_code_id is not None:
            await self._finish(item, None, "already created")
            return NEXT
        if code.sync_state is SyncState.PENDING_DELETE:
            await self._finish(item, None, "deleted before it was sent")
            return NEXT
        if item.outcome_unknown:
            found, _ = await self._find(provider, code)
            if found is not None:
                report.adopted += 1
                await self._finish(item, found, "adopted after a lost answer", sent=code)
                return NEXT
        spec = await self._db(lambda uow: create_spec(uow, code, extras))
        created = await provider.create_access_code(spec)
        report.sent += 1
        await self._finish(item, created, sent=code)
        return NEXT

    async def _duplicate(
        self,
        provider: LockProvider,
        item: OutboxItem,
        code: AccessCode,
        extras: CodeExtras,
        exc: DuplicateAccessCode,
        report: SyncTally,
    ) -> SendOutcome:
        """The lock already has this PIN: ours from a lost answer, or someone else's."""
        try:
            found, pins = await self._find(provider, code)
        except ProviderError as lookup_failed:
            return await self._failed(item, code, lookup_failed, report)
        if found is not None:
            report.adopted += 1
            await self._finish(item, found, "adopted after a duplicate answer", sent=code)
            return NEXT
        if item.operation is not OutboxOperation.CREATE or not extras.pin_chosen_by_desk or code.code is None:
            return await self._give_up(item, code, exc, report, issue="duplicate_code_on_device")

        def new_pin(uow: UnitOfWork, now: datetime) -> None:
            current = uow.codes.get(code.local_id)
            device = code_ops.cached_device(uow, code.device_id)
            taken = uow.codes.pins_on_device(code.device_id) | pins
            pin = generate_pin(
                code_ops.RNG, len(current.code or "") or None, code_ops.constraints_for(device), taken
            )
            uow.codes.save(replace(current, code=pin), now)
            if uow.sync_records.has_open_alert(code.local_id, RECREATED):  # the guest has the old PIN
                uow.sync_records.add_alert(
                    now,
                    "pin_changed",
                    say("A guest's PIN had to change when it was put back on the lock."),
                    f"The lock refused the PIN of “{current.name or 'an unnamed code'}” on "
                    f"{door_name(uow, code.device_id)} because another code holds it; the desk chose a "
                    "new PIN. Give the guest the new PIN (the lockout screen shows it).",
                    device_id=code.device_id,
                    local_id=code.local_id,
                )
            uow.outbox.retry_later(item.outbox_id, now, "PIN already on the lock; a new PIN was chosen")
            uow.outbox.clear_outcome(item.outbox_id)

        await self._write(new_pin)
        report.pins_replaced += 1
        fresh = await self._db(lambda uow: uow.outbox.item(item.outbox_id))
        if fresh.attempts >= self.policy.max_attempts:
            return await self._give_up(item, code, exc, report)
        return AGAIN

    async def _update(
        self,
        provider: LockProvider,
        item: OutboxItem,
        code: AccessCode,
        extras: CodeExtras,
        report: SyncTally,
    ) -> SendOutcome:
        if code.access_code_id is None or code.is_offline_access_code:
            # Not created yet (the pending create carries the change) or an offline code (never changes).
            await self._finish(item, None, "nothing to send")
            return NEXT
        try:
            updated = await provider.update_access_code(
                code.access_code_id,
                name=code.name,
                starts_at=code.starts_at,
                ends_at=code.ends_at,
                make_ongoing=not code.is_time_bound,
            )
        except ProviderNotFound:
            # Gone at the provider although the desk never removed it: put it back (or let it go, if
            # it has ended). healing.heal_vanished says which, and tells the desk.
            def heal(uow: UnitOfWork, now: datetime) -> bool:
                uow.outbox.finish(item.outbox_id, now, "the code was gone at the provider")
                return heal_vanished(uow, now, uow.codes.get(item.local_id))

            report.codes_recreated += int(await self._write(heal))
            return NEXT
        report.sent += 1
        if updated is None:  # accepted, read-back lost: the change is there, the next sync reads it
            await self._finish(item, None, "accepted; its state is read at the next sync", accepted=True)
        else:
            await self._finish(item, updated)
        return NEXT

    async def _delete(
        self,
        provider: LockProvider,
        item: OutboxItem,
        code: AccessCode,
        extras: CodeExtras,
        report: SyncTally,
    ) -> SendOutcome:
        target = code.access_code_id
        if target is None:
            found, _ = await self._find(provider, code)  # a create whose answer was lost
            target = found.access_code_id if found is not None else None
        if target is not None:
            try:
                await provider.delete_access_code(target)
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

        await self._write(work)
        return NEXT

    async def _failed(
        self, item: OutboxItem, code: AccessCode, exc: ProviderError, report: SyncTally
    ) -> SendOutcome:
        if not exc.retryable:
            return await self._give_up(item, code, exc, report)
        report.provider_reachable = False
        message = describe(exc, code.code)
        waits = await self._write(
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
        await self._write(lambda uow, now: mark_failed(uow, now, item, exc, message, issue))
        report.gave_up += 1
        report.problems.append(f"{item.device_id}: {message}")
        return NEXT
