"""The sync worker: sends the outbox to the lock provider and brings status, errors and warnings back.

Rules it keeps (see docs/pin-codes.md):
- Items of one door go in order; a door whose calls fail waits with capped, jittered backoff while
  the other doors carry on.
- A create is never sent twice blindly: once a send may have reached the provider, the retry first
  lists the door's codes and adopts the one it finds.
- A duplicate PIN the desk chose is replaced by a fresh PIN, not retried as it was; a duplicate PIN
  a person typed fails at once.
- After `max_attempts` the worker stops retrying that item and raises an alert.
- Database work runs on the database thread; network calls are async: the GUI loop never blocks.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import datetime
from typing import Any, TypeVar

from frontdesk.domain.codes import (
    AccessCode,
    CodeIssue,
    SyncState,
    generate_pin,
)
from frontdesk.services import code_ops
from frontdesk.services.clock import Clock
from frontdesk.services.code_ops import merge_provider_fields
from frontdesk.services.drivers import LOCK_PROVIDERS, create_driver
from frontdesk.services.provider import (
    DuplicateAccessCode,
    LockProvider,
    ProviderAccessCode,
    ProviderError,
    ProviderNotFound,
)
from frontdesk.services.runner import BlockingRunner
from frontdesk.services.settings import SettingsService
from frontdesk.services.sync_policy import AGAIN, NEXT, WAIT, RetryPolicy, SyncReport
from frontdesk.services.sync_reconcile import describe, merge_listing, same_code
from frontdesk.store.code_repository import PENDING, CodeExtras, OutboxItem
from frontdesk.store.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)
T = TypeVar("T")


class SyncService:
    """Owns the provider connection. One instance per desk process; `run_forever` is the background loop."""

    def __init__(
        self,
        uow_factory: Callable[..., UnitOfWork],
        runner: BlockingRunner,
        clock: Clock,
        settings: SettingsService,
        *,
        workstation: str,
        policy: RetryPolicy | None = None,
        sleep: Callable[[float], Awaitable[Any]] | None = None,
        rng: random.Random | None = None,
        concurrency: int = 8,
    ) -> None:
        self._uow = uow_factory
        self._runner = runner
        self._clock = clock
        self._settings = settings
        self._owner = workstation
        self.policy = policy or RetryPolicy()
        self._sleep = sleep or asyncio.sleep
        self._rng = rng or random.Random()
        self._concurrency = concurrency
        self._provider: LockProvider | None = None
        self.last_report: SyncReport | None = None
        self.last_run_at: datetime | None = None
        self._lock = asyncio.Lock()

    # --- the provider --------------------------------------------------------------------------

    def set_timing(
        self, *, sleep: Callable[[float], Awaitable[Any]] | None = None, rng: random.Random | None = None
    ) -> None:
        """Inject how the worker waits and draws jitter (tests move a clock instead of sleeping)."""
        if sleep is not None:
            self._sleep = sleep
        if rng is not None:
            self._rng = rng

    def use_provider(self, provider: LockProvider) -> None:
        """Use this provider instead of the configured one (tests, benchmarks, the demo's simulator)."""
        self._provider = provider

    async def provider(self) -> LockProvider:
        if self._provider is None:
            chosen = await self._settings.provider()
            options: dict[str, Any] = {}
            if chosen.driver == "simulated":
                options["clock"] = self._clock
                zone = await self._db(
                    lambda uow: uow.desk.property().time_zone if uow.desk.has_property() else None
                )
                if zone:
                    options["time_zone"] = zone
            elif chosen.endpoint:
                options["endpoint"] = chosen.endpoint
            self._provider = create_driver(LOCK_PROVIDERS, chosen.driver, **options)
        return self._provider

    async def close(self) -> None:
        provider, self._provider = self._provider, None
        if provider is not None:
            await provider.close()

    # --- database helpers ----------------------------------------------------------------------

    async def _db(self, work: Callable[[UnitOfWork], T], *, write: bool = False) -> T:
        def transaction() -> T:
            with self._uow(write=write) as uow:
                result = work(uow)
                if write:
                    uow.commit()
                return result

        return await self._runner.run(transaction)

    async def _write(self, work: Callable[[UnitOfWork, datetime], T]) -> T:
        return await self._db(lambda uow: work(uow, self._clock()), write=True)

    # --- runs ----------------------------------------------------------------------------------

    async def run_once(self, *, force: bool = False, reconcile: bool = True) -> SyncReport:
        """Send what is due (everything with `force`), refresh doors, pull codes' state, refill pools."""
        async with self._lock:
            report = SyncReport()
            provider = await self.provider()
            await self._push(provider, report, force)
            if reconcile:
                await self._refresh_devices(provider, report)
            if reconcile and report.provider_reachable:
                await self._reconcile(provider, report)
                report.pool_codes_ordered = await self._write(self._refill_pools)
                if report.pool_codes_ordered:
                    await self._push(provider, report, True)  # fresh pool codes go out in the same run
            counts = await self._db(lambda uow: (uow.codes.outbox_counts(), len(uow.codes.alerts())))
            report.pending = counts[0].get(PENDING, 0)
            report.failed = counts[0].get("failed", 0)
            report.open_alerts = counts[1]
            self.last_report, self.last_run_at = report, self._clock()
            return report

    async def run_until_idle(self, max_rounds: int = 1000) -> SyncReport:
        """Send, waiting out each backoff with the injected sleep, until nothing is pending; then one
        full run (devices, state, pools). Stops early after `max_rounds`."""
        report = await self.run_once(reconcile=False)
        for _ in range(max_rounds):
            if report.pending == 0:
                report = await self.run_once()
                if report.pending == 0:
                    break
                continue
            await self._sleep(await self._seconds_to_next_due())
            report = await self.run_once(reconcile=False)
        return report

    async def run_forever(self, stop: asyncio.Event, interval: float = 30.0) -> None:
        """The background loop of the GUI: one run, then wait for the next due retry or `interval`."""
        while not stop.is_set():
            try:
                await self.run_once()
                wait = min(interval, await self._seconds_to_next_due(default=interval))
            except Exception:  # keep the loop alive: a missing key or a bad answer is shown, not fatal
                log.exception("sync run failed")
                wait = interval
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=max(wait, 0.05))

    async def _seconds_to_next_due(self, default: float = 0.0) -> float:
        items = await self._db(lambda uow: uow.codes.outbox(limit=100000))
        if not items:
            return default
        due = min(i.next_attempt_at for i in items)
        return max(0.0, (due - self._clock()).total_seconds())

    # --- pushing the outbox --------------------------------------------------------------------

    async def _push(self, provider: LockProvider, report: SyncReport, force: bool) -> None:
        claimed = await self._write(
            lambda uow, now: uow.codes.claim(now, self._owner, self.policy.lease, force=force)
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
                        await self._write(lambda uow, now, i=item.outbox_id: uow.codes.release([i]))
                        index += 1
                        continue
                    outcome = await self._send(provider, item.outbox_id, report)
                    if outcome == AGAIN:
                        continue
                    index += 1
                    if outcome != WAIT:
                        failures = 0
                        continue
                    waiting.add(item.local_id)
                    failures += 1
                    if failures >= self.policy.failures_before_door_waits:
                        rest = [i.outbox_id for i in items[index:]]
                        await self._write(lambda uow, now, rest=rest: uow.codes.release(rest))
                        return

        await asyncio.gather(*(door(items) for items in claimed.values()))

    async def _send(self, provider: LockProvider, outbox_id: int, report: SyncReport) -> str:
        def prepare(uow: UnitOfWork, now: datetime) -> tuple[OutboxItem, AccessCode, CodeExtras]:
            item = uow.codes.item(outbox_id)
            if item.state == PENDING:
                uow.codes.mark_sending(outbox_id)
            return item, uow.codes.get(item.local_id), uow.codes.extras(item.local_id)

        item, code, extras = await self._write(prepare)
        if item.state != PENDING:
            return NEXT  # cancelled while queued
        handler = {"create": self._create, "update": self._update, "delete": self._delete}[item.operation]
        try:
            return await handler(provider, item, code, extras, report)
        except DuplicateAccessCode as exc:
            return await self._duplicate(provider, item, code, extras, exc, report)
        except ProviderError as exc:
            return await self._failed(item, code, exc, report)

    async def _finish(
        self,
        item: OutboxItem,
        provider_code: ProviderAccessCode | None,
        note: str | None = None,
        *,
        sent: AccessCode | None = None,
    ) -> None:
        """Record the outcome: merge what the provider said into the code as it is *now*."""

        def work(uow: UnitOfWork, now: datetime) -> None:
            uow.codes.finish(item.outbox_id, now, note)
            if provider_code is None:
                return
            current = uow.codes.get(item.local_id)
            merged = merge_provider_fields(current, provider_code)
            others = uow.codes.has_pending_items(item.local_id, other_than=item.outbox_id)
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
                uow.codes.enqueue("update", merged, now)

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
        report: SyncReport,
    ) -> str:
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
        device = await self._db(lambda uow: code_ops.cached_device(uow, code.device_id))
        pooled = extras.use_backup_pool and bool(device and device.supports_backup_access_code_pool)
        created = await provider.create_access_code(
            code.device_id,
            name=code.name,
            code=code.code,
            starts_at=code.starts_at,
            ends_at=code.ends_at,
            use_backup_access_code_pool=True if pooled else None,
            is_offline_access_code=True if code.is_offline_access_code else None,
            max_time_rounding=extras.max_time_rounding if code.is_offline_access_code else None,
            common_code_key=code.common_code_key,
        )
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
        report: SyncReport,
    ) -> str:
        """The lock already has this PIN: ours from a lost answer, or someone else's."""
        try:
            found, pins = await self._find(provider, code)
        except ProviderError as lookup_failed:
            return await self._failed(item, code, lookup_failed, report)
        if found is not None:
            report.adopted += 1
            await self._finish(item, found, "adopted after a duplicate answer", sent=code)
            return NEXT
        if item.operation != "create" or not extras.pin_chosen_by_desk or code.code is None:
            return await self._give_up(item, code, exc, report, issue="duplicate_code_on_device")

        def new_pin(uow: UnitOfWork, now: datetime) -> None:
            current = uow.codes.get(code.local_id)
            device = code_ops.cached_device(uow, code.device_id)
            taken = uow.codes.pins_on_device(code.device_id) | pins
            pin = generate_pin(
                code_ops.RNG, len(current.code or "") or None, code_ops.constraints_for(device), taken
            )
            uow.codes.save(replace(current, code=pin), now)
            uow.codes.retry_later(item.outbox_id, now, "PIN already on the lock; a new PIN was chosen")
            uow.codes.clear_outcome(item.outbox_id)

        await self._write(new_pin)
        report.pins_replaced += 1
        fresh = await self._db(lambda uow: uow.codes.item(item.outbox_id))
        if fresh.attempts >= self.policy.max_attempts:
            return await self._give_up(item, code, exc, report)
        return AGAIN

    async def _update(
        self,
        provider: LockProvider,
        item: OutboxItem,
        code: AccessCode,
        extras: CodeExtras,
        report: SyncReport,
    ) -> str:
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
        except ProviderNotFound as exc:
            return await self._give_up(item, code, exc, report, issue="not_found_at_provider")
        report.sent += 1
        await self._finish(item, updated)
        return NEXT

    async def _delete(
        self,
        provider: LockProvider,
        item: OutboxItem,
        code: AccessCode,
        extras: CodeExtras,
        report: SyncReport,
    ) -> str:
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
            uow.codes.finish(item.outbox_id, now)
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
        self, item: OutboxItem, code: AccessCode, exc: ProviderError, report: SyncReport
    ) -> str:
        if not exc.retryable:
            return await self._give_up(item, code, exc, report)
        report.provider_reachable = False
        attempts = (await self._db(lambda uow: uow.codes.item(item.outbox_id))).attempts
        if attempts >= self.policy.max_attempts:
            await self._give_up(item, code, exc, report)
            return WAIT
        delay = self.policy.delay(attempts, self._rng)
        message = describe(exc)
        await self._write(lambda uow, now: uow.codes.retry_later(item.outbox_id, now + delay, message))
        report.retrying += 1
        return WAIT

    async def _give_up(
        self,
        item: OutboxItem,
        code: AccessCode,
        exc: ProviderError,
        report: SyncReport,
        *,
        issue: str | None = None,
    ) -> str:
        message = describe(exc)

        def work(uow: UnitOfWork, now: datetime) -> None:
            uow.codes.give_up(item.outbox_id, now, message)
            current = uow.codes.get(item.local_id)
            errors = current.errors
            if issue is not None and all(e.code != issue for e in errors):
                errors = (*errors, CodeIssue(issue, exc.provider_message or exc.title, now))
            uow.codes.save(
                replace(current, sync_state=SyncState.FAILED, errors=errors), now, sync_error=message
            )
            uow.codes.add_alert(
                now,
                f"{item.operation}_failed",
                f"A PIN code change did not reach the lock ({item.operation}).",
                f"{message} The desk stopped retrying; check the door, then change or re-create the code.",
                device_id=item.device_id,
                local_id=item.local_id,
                outbox_id=item.outbox_id,
            )

        await self._write(work)
        report.gave_up += 1
        report.problems.append(f"{item.device_id}: {message}")
        return NEXT

    # --- pulling state back --------------------------------------------------------------------

    async def _refresh_devices(self, provider: LockProvider, report: SyncReport) -> None:
        try:
            devices = await provider.list_devices()
        except ProviderError as exc:
            report.provider_reachable = report.provider_reachable and not exc.retryable
            report.problems.append(f"devices: {describe(exc)}")
            return
        report.provider_reachable = True

        def work(uow: UnitOfWork, now: datetime) -> None:
            for device in devices:
                uow.codes.save_device(dict(device.raw) or {"device_id": device.device_id}, now)

        await self._write(work)

    async def _reconcile(self, provider: LockProvider, report: SyncReport) -> None:
        device_ids = await self._db(lambda uow: uow.codes.devices_with_codes())
        gate = asyncio.Semaphore(self._concurrency)

        async def door(device_id: str) -> None:
            async with gate:
                try:
                    listed = {p.access_code_id: p for p in await provider.list_access_codes(device_id)}
                except ProviderError as exc:
                    report.problems.append(f"{device_id}: {describe(exc)}")
                    return
                ours = await self._db(lambda uow: uow.codes.codes(device_id=device_id))
                for code in ours:
                    if code.access_code_id and code.access_code_id not in listed:
                        try:  # the list may leave some codes out (the fake hides backup codes)
                            listed[code.access_code_id] = await provider.get_access_code(code.access_code_id)
                        except ProviderNotFound:
                            pass
                        except ProviderError:
                            return
                merged = await self._write(lambda uow, now: merge_listing(uow, now, device_id, listed))
                report.reconciled_codes += merged

        await asyncio.gather(*(door(d) for d in device_ids))

    def _refill_pools(self, uow: UnitOfWork, now: datetime) -> int:
        return sum(code_ops.refill_pool(uow, now, d) for d in uow.codes.devices_using_backup_pool())

    # --- status --------------------------------------------------------------------------------

    async def status(self) -> dict[str, Any]:
        settings = await self._settings.provider()

        def work(uow: UnitOfWork) -> dict[str, Any]:
            counts = uow.codes.outbox_counts()
            return {
                "provider": settings.to_dict(),
                "pending": counts.get(PENDING, 0),
                "failed": counts.get("failed", 0),
                "done": counts.get("done", 0),
                "codes_by_sync_state": uow.codes.count_by_sync_state(),
                "waiting": [
                    {
                        "outbox_id": i.outbox_id,
                        "operation": i.operation,
                        "device_id": i.device_id,
                        "access_code_local_id": i.local_id,
                        "attempts": i.attempts,
                        "next_attempt_at": i.next_attempt_at.isoformat(),
                        "last_error": i.last_error,
                    }
                    for i in uow.codes.outbox(limit=50)
                ],
                "alerts": [
                    {
                        "alert_id": a.alert_id,
                        "kind": a.kind,
                        "title": a.title,
                        "message": a.message,
                        "device_id": a.device_id,
                        "access_code_local_id": a.local_id,
                        "created_at": a.created_at.isoformat(),
                    }
                    for a in uow.codes.alerts()
                ],
            }

        out = await self._db(work)
        out["last_run_at"] = self.last_run_at.isoformat() if self.last_run_at else None
        out["last_run"] = self.last_report.to_dict() if self.last_report else None
        return out
