"""The sync worker: sends the outbox to the lock provider and brings status, errors and warnings back.

Rules it keeps (see docs/pin-codes.md):
- Items of one door go in order; a door whose calls fail waits with capped, jittered backoff while
  the other doors carry on.
- A create is never sent twice blindly: once a send may have reached the provider, the retry first
  lists the door's codes and adopts the one it finds.
- A duplicate PIN the desk chose is replaced by a fresh PIN, not retried as it was; a duplicate PIN
  a person typed fails at once.
- After `max_attempts` the desk gets an alert; a code that can still open its door is retried on
  (at most `cap` apart) until its end, and everything waiting goes at once when the provider is back.
- Database work runs on the database thread; network calls are async: the GUI loop never blocks.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import random
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any, TypeVar

from frontdesk.domain.codes import OutboxState
from frontdesk.domain.events import SyncRan, Topic
from frontdesk.services.changes import DeskChanged
from frontdesk.services.codes import operations as code_ops
from frontdesk.services.codes.provider import LockProvider, ProviderError, ProviderNotFound
from frontdesk.services.drivers import LOCK_PROVIDERS, create_driver
from frontdesk.services.property.provider_settings import SettingsService, check_endpoint_binding
from frontdesk.services.results import Change
from frontdesk.services.sync.events import read_events
from frontdesk.services.sync.healing import flag_late_codes
from frontdesk.services.sync.outbox import OutboxSender
from frontdesk.services.sync.outbox_failures import describe
from frontdesk.services.sync.policy import RetryPolicy, SyncReport, SyncTally
from frontdesk.services.sync.reconcile import merge_listing
from frontdesk.services.sync.views import SyncAlertView, SyncStatusView, WaitingChangeView
from frontdesk.services.transactions import Transactions
from frontdesk.store.unit_of_work import UnitOfWork

__all__ = ["RetryPolicy", "SyncReport", "SyncService"]

log = logging.getLogger(__name__)
# Setting: when the provider stopped answering (ISO time), while it does not answer.
OUTAGE_SINCE = "sync.provider_unreachable_since"
T = TypeVar("T")


RUN_TOPICS = frozenset({Topic.CODES, Topic.SYNC})


def _nothing(uow: UnitOfWork, now: datetime) -> None:
    """A write with nothing in it but its announcement (the run's own writes were made quietly)."""


class SyncService:
    """Owns the provider connection. One instance per desk process; `run_forever` is the GUI's loop."""

    def __init__(
        self,
        tx: Transactions,
        settings: SettingsService,
        *,
        workstation: str,
        policy: RetryPolicy | None = None,
        sleep: Callable[[float], Awaitable[Any]] | None = None,
        rng: random.Random | None = None,
        concurrency: int = 8,
    ) -> None:
        self._tx = tx
        self._clock = tx.clock
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
            else:
                # The API key goes only to the endpoint it was given for (provider_settings.py).
                await self._tx.blocking(check_endpoint_binding, chosen.endpoint)
                if chosen.endpoint:
                    options["endpoint"] = chosen.endpoint
            self._provider = create_driver(LOCK_PROVIDERS, chosen.driver, **options)
        return self._provider

    async def close(self) -> None:
        provider, self._provider = self._provider, None
        if provider is not None:
            await provider.close()

    # --- database helpers ----------------------------------------------------------------------

    async def _db(self, work: Callable[[UnitOfWork], T]) -> T:
        return await self._tx.read(lambda uow, now: work(uow))

    async def _write(self, work: Callable[[UnitOfWork, datetime], T]) -> T:
        # Quiet: a run announces itself once, at its end (run_once).
        return await self._tx.write(work, publish=False)

    # --- runs ----------------------------------------------------------------------------------

    async def run_once(self, *, force: bool = False, reconcile: bool = True) -> SyncReport:
        """Send what is due (everything with `force`), refresh doors, pull codes' state, refill pools.

        After an outage the run first asks the provider for its doors: when it answers, every change
        still waiting out a backoff is sent at once instead of one by one as their waits end."""
        async with self._lock:
            report = SyncTally()
            provider = await self.provider()
            refreshed: bool | None = None  # None: not asked this run
            if await self._db(lambda uow: uow.sync_records.setting(OUTAGE_SINCE)) is not None:
                refreshed = await self._refresh_devices(provider, report)
                if refreshed:
                    report.retried_at_once = await self._write(self._provider_back)
            await self._push(provider, report, force)
            if reconcile and refreshed is None:
                refreshed = await self._refresh_devices(provider, report)
            if refreshed is False or (refreshed is None and report.retrying and not report.answered):
                await self._write(self._provider_gone)
            if reconcile and report.provider_reachable:
                await self._read_events(provider, report)
                await self._reconcile(provider, report)
                report.pool_codes_ordered = await self._write(self._refill_pools)
                if report.pool_codes_ordered or report.codes_recreated:
                    await self._push(provider, report, True)  # fresh and lost codes go out in the same run
            if reconcile:
                report.late_codes = await self._write(flag_late_codes)
            counts = await self._db(lambda uow: (uow.outbox.outbox_counts(), len(uow.sync_records.alerts())))
            report.pending = counts[0].get(OutboxState.PENDING, 0)
            report.failed = counts[0].get(OutboxState.FAILED, 0)
            report.open_alerts = counts[1]
            finished = report.report()
            moved = finished.moved_since(self.last_report)
            self.last_report, self.last_run_at = finished, self._clock()
            # One change for the whole run: the codes' states and the sync strip may have moved.
            # When they did, the other desks on the database hear of it too (their steps were quiet).
            if moved:
                await self._tx.write(_nothing, topics=RUN_TOPICS)
            else:
                self._tx.bus.publish(DeskChanged.of((), RUN_TOPICS))
            return finished

    @staticmethod
    def _provider_gone(uow: UnitOfWork, now: datetime) -> None:
        """Nothing the provider was asked this run got an answer: remember since when."""
        if uow.sync_records.setting(OUTAGE_SINCE) is None:
            uow.sync_records.set_setting(OUTAGE_SINCE, now.isoformat(), now)

    @staticmethod
    def _provider_back(uow: UnitOfWork, now: datetime) -> int:
        uow.sync_records.delete_setting(OUTAGE_SINCE)
        return uow.outbox.make_waiting_due(now)

    async def run_by_hand(self) -> SyncReport:
        """`sync run`: one forced run, then one audit row saying what it did (no PIN, no key)."""
        report = await self.run_once(force=True)
        ran = SyncRan(
            sent=report.sent,
            failed=report.failed,
            pending=report.pending,
            provider_reachable=report.provider_reachable,
            problems=len(report.problems),
        )
        await self._tx.write(lambda uow, now: Change(events=[ran]))
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

    async def run_forever(
        self,
        stop: asyncio.Event,
        interval: float = 30.0,
        *,
        after_run: Callable[[Exception | None], Awaitable[None]] | None = None,
    ) -> None:
        """The background loop of the GUI: one run, then wait until the next retry is due, at most
        `interval`, until `stop` is set. `after_run` hears how each run ended (None: it worked)."""
        while not stop.is_set():
            failure: Exception | None = None
            try:
                await self.run_once()
                wait = await self.seconds_until_next_run(interval)
            except Exception as exc:  # keep the loop alive: a missing key or a bad answer is shown, not fatal
                failure, wait = exc, interval
            if after_run is not None:
                await after_run(failure)
            elif failure is not None:
                log.error("sync run failed", exc_info=failure)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=wait)

    async def seconds_until_next_run(self, interval: float = 30.0) -> float:
        """How long `run_forever` waits after a run: until the next retry is due, at most `interval`
        (so a provider that comes back is noticed within `interval`), never zero."""
        return max(min(await self._seconds_to_next_retry(default=interval), interval), 0.05)

    async def _seconds_to_next_retry(self, default: float) -> float:
        # Only retries still ahead count: an item due now that the run just left waiting is behind an
        # earlier change of its code or in another desk's hands, and asking again at once would spin.
        now = self._clock()
        items = await self._db(lambda uow: uow.outbox.outbox(limit=100000))
        ahead = [i.next_attempt_at for i in items if i.next_attempt_at > now]
        return (min(ahead) - now).total_seconds() if ahead else default

    async def _seconds_to_next_due(self, default: float = 0.0) -> float:
        items = await self._db(lambda uow: uow.outbox.outbox(limit=100000))
        if not items:
            return default
        due = min(i.next_attempt_at for i in items)
        return max(0.0, (due - self._clock()).total_seconds())

    # --- pushing the outbox (sync_outbox) -------------------------------------------------------

    async def _push(self, provider: LockProvider, report: SyncTally, force: bool) -> None:
        sender = OutboxSender(
            self._db,
            self._write,
            owner=self._owner,
            policy=self.policy,
            rng=self._rng,
            concurrency=self._concurrency,
        )
        await sender.push(provider, report, force)

    # --- pulling state back --------------------------------------------------------------------

    async def _refresh_devices(self, provider: LockProvider, report: SyncTally) -> bool:
        """Refresh the cached doors; False when the provider could not be reached."""
        try:
            devices = await provider.list_devices()
        except ProviderError as exc:
            report.provider_reachable = report.provider_reachable and not exc.retryable
            report.problems.append(f"devices: {describe(exc)}")
            return not exc.retryable
        report.provider_reachable = True

        def work(uow: UnitOfWork, now: datetime) -> None:
            for device in devices:
                uow.sync_records.save_device(dict(device.raw) or {"device_id": device.device_id}, now)

        await self._write(work)
        return True

    async def _read_events(self, provider: LockProvider, report: SyncTally) -> None:
        """What the provider saw happen since the last run (codes set, failed, removed, used)."""
        try:
            done = await read_events(provider, self._tx)
        except ProviderError as exc:
            report.problems.append(f"events: {describe(exc)}")
            return
        report.events_read += done.read
        report.codes_recreated += done.codes_recreated

    async def _reconcile(self, provider: LockProvider, report: SyncTally) -> None:
        device_ids = await self._db(lambda uow: uow.codes.devices_with_codes())
        gate = asyncio.Semaphore(self._concurrency)

        async def door(device_id: str) -> None:
            async with gate:
                try:
                    listed = {p.access_code_id: p for p in await provider.list_access_codes(device_id)}
                except ProviderError as exc:
                    report.problems.append(f"{device_id}: {describe(exc)}")
                    return
                ours = await self._db(lambda uow: uow.codes.access_code_ids(device_id))
                for access_code_id in ours:
                    if access_code_id and access_code_id not in listed:
                        try:  # the list may leave some codes out (the fake hides backup codes)
                            listed[access_code_id] = await provider.get_access_code(access_code_id)
                        except ProviderNotFound:
                            pass
                        except ProviderError:
                            return
                merged, recreated, moved = await self._write(
                    lambda uow, now: merge_listing(uow, now, device_id, listed)
                )
                report.reconciled_codes += merged
                report.codes_moved += moved
                report.codes_recreated += recreated

        await asyncio.gather(*(door(d) for d in device_ids))

    def _refill_pools(self, uow: UnitOfWork, now: datetime) -> int:
        return sum(code_ops.refill_pool(uow, now, d) for d in uow.codes.devices_using_backup_pool())

    # --- status --------------------------------------------------------------------------------

    async def status(self) -> SyncStatusView:
        """What waits, what failed, open alerts and the last run, for the status bar and `sync status`."""
        settings = await self._settings.provider()

        def work(uow: UnitOfWork) -> SyncStatusView:
            counts = uow.outbox.outbox_counts()
            return SyncStatusView(
                provider=settings,
                pending=counts.get(OutboxState.PENDING, 0),
                failed=counts.get(OutboxState.FAILED, 0),
                done=counts.get(OutboxState.DONE, 0),
                codes_by_sync_state=uow.codes.count_by_sync_state(),
                waiting=tuple(
                    WaitingChangeView(
                        i.outbox_id,
                        i.operation,
                        i.device_id,
                        i.local_id,
                        i.attempts,
                        i.next_attempt_at,
                        i.last_error,
                    )
                    for i in uow.outbox.outbox(limit=50)
                ),
                alerts=tuple(
                    SyncAlertView(
                        a.alert_id, a.kind, a.title, a.message, a.device_id, a.local_id, a.created_at
                    )
                    for a in uow.sync_records.alerts(shown_only=True)  # a dismissed alert is not shown
                ),
                last_run_at=None,
                last_run=None,
            )

        view = await self._db(work)
        return dataclasses.replace(view, last_run_at=self.last_run_at, last_run=self.last_report)
