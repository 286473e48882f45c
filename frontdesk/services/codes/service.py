"""PIN codes as the receptionist and the command line use them: create, link, change, list, delete, pull
a backup, list the provider's doors.

Every write is one transaction holding the desk's change and its outbox items; none waits for the
provider. With the provider unreachable every action still succeeds and the code shows as pending.
"""

from __future__ import annotations

import builtins
from datetime import datetime

from frontdesk.domain.codes import AccessCode, LinkedCodeRequest, update_group_times
from frontdesk.domain.codes.errors import AlertNotFound, BackupAlreadyPulled, EmptyBackupPool
from frontdesk.domain.codes.events import SyncAlertDismissed
from frontdesk.domain.input_rules import refuse_unsafe_text
from frontdesk.domain.operators import Permission as P
from frontdesk.services.codes import backups, lock_replacement
from frontdesk.services.codes import operations as code_ops
from frontdesk.services.codes.provider import ProviderDevice, ProviderError
from frontdesk.services.codes.views import (
    CodeView,
    DeviceListSource,
    DeviceView,
    LinkedCodesChanged,
    LinkedCodesCreated,
    LockReplacement,
    TypedTimeZone,
    code_view,
    device_view,
)
from frontdesk.services.request_ids import recall, remember
from frontdesk.services.sync.views import SyncAlertView
from frontdesk.services.sync.worker import SyncService
from frontdesk.services.transactions import Transactions
from frontdesk.store.unit_of_work import UnitOfWork


class CodeService:
    """PIN-code use cases. Results are views (services/codes/views.py) the GUI reads and the CLI prints."""

    def __init__(self, tx: Transactions, sync: SyncService) -> None:
        self._tx = tx
        self._sync = sync

    @staticmethod
    def _view(uow: UnitOfWork, now: datetime, codes: builtins.list[AccessCode]) -> builtins.list[CodeView]:
        zone = uow.desk.property().time_zone if uow.desk.has_property() else "UTC"
        return [code_view(c, zone, now) for c in codes]

    # --- writes --------------------------------------------------------------------------------

    async def create(
        self,
        device_id: str,
        *,
        code: str | None = None,
        name: str | None = None,
        starts_at: datetime | None = None,
        ends_at: datetime | None = None,
        use_backup_pool: bool = False,
        preferred_code_length: int | None = None,
        max_time_rounding: str | None = None,
        request_id: str | None = None,
        is_one_time_use: bool = False,
    ) -> CodeView:
        await self._tx.guard.require(P.GUEST_PINS if ends_at is not None else P.OPEN_ENDED_PINS)
        """One code on one lock; with no PIN given the desk picks one the lock accepts.

        `request_id`: the same id again shows this first code (services/request_ids.py)."""
        if name is not None:
            refuse_unsafe_text(name, "code's name")
        args = {
            "device_id": device_id,
            "code": code,
            "name": name,
            "starts_at": starts_at,
            "ends_at": ends_at,
            "use_backup_pool": use_backup_pool,
            "preferred_code_length": preferred_code_length,
            "max_time_rounding": max_time_rounding,
            "is_one_time_use": is_one_time_use,
        }

        def work(uow: UnitOfWork, now: datetime) -> CodeView:
            known = None if request_id is None else recall(uow, request_id, "codes-create", args)
            if known is not None:
                return self._view(uow, now, [uow.codes.get(known["local_id"])])[0]
            created = code_ops.create_code(
                uow,
                now,
                device_id,
                pin=code,
                name=name,
                starts_at=starts_at,
                ends_at=ends_at,
                use_backup_pool=use_backup_pool,
                preferred_code_length=preferred_code_length,
                max_time_rounding=max_time_rounding,
                is_one_time_use=is_one_time_use,
            )
            if request_id is not None:
                remember(uow, request_id, "codes-create", args, {"local_id": created.local_id}, now)
            return self._view(uow, now, [created])[0]

        return await self._tx.write(work)

    async def typed_time_zone(self, device_id: str) -> str:
        """The zone a time typed without an offset is read in for a code on this lock: an offline
        (time-slot) lock's own zone, since it counts its slots in its wall time; the property's zone
        for every other lock (the desk's times are property times)."""
        return (await self.typed_zone(device_id)).zone

    async def typed_zone(self, device_id: str) -> TypedTimeZone:
        """`typed_time_zone` with whether it is the lock's own zone (the GUI says which it used)."""

        def work(uow: UnitOfWork, now: datetime) -> TypedTimeZone:
            device = code_ops.cached_device(uow, device_id)
            if code_ops.is_offline_door(uow, device_id, device):
                return TypedTimeZone(code_ops.lock_zone(uow, device_id, device), True)
            return TypedTimeZone(uow.desk.property().time_zone, False)

        return await self._tx.read(work)

    async def create_multiple(self, request: LinkedCodeRequest) -> LinkedCodesCreated:
        """Linked codes on several locks sharing one PIN where the locks allow it."""
        await self._tx.guard.require(P.GUEST_PINS if request.ends_at is not None else P.OPEN_ENDED_PINS)

        def work(uow: UnitOfWork, now: datetime) -> LinkedCodesCreated:
            plan = code_ops.create_linked(uow, now, request)
            return LinkedCodesCreated(
                plan.common_code_key,
                tuple(plan.own_pin_device_ids),
                tuple(self._view(uow, now, builtins.list(plan.codes))),
            )

        return await self._tx.write(work)

    async def update_multiple(
        self, common_code_key: str, starts_at: datetime | None, ends_at: datetime | None
    ) -> LinkedCodesChanged:
        """New start and end for every code of a linked group; each door's change is sent on its own."""
        await self._tx.guard.require(
            P.OPEN_ENDED_PINS if starts_at is None and ends_at is None else P.GUEST_PINS
        )

        def work(uow: UnitOfWork, now: datetime) -> LinkedCodesChanged:
            group = uow.codes.codes(common_code_key=common_code_key)
            updated = update_group_times(group, common_code_key, starts_at, ends_at)
            for code in updated:
                if code in group:
                    continue  # already had these times
                code_ops.save_change(uow, code, now)
            fresh = uow.codes.codes(common_code_key=common_code_key)
            return LinkedCodesChanged(common_code_key, tuple(self._view(uow, now, fresh)))

        return await self._tx.write(work)

    async def update(self, some_id: str, *, starts_at: datetime | None, ends_at: datetime | None) -> CodeView:
        """New start and end for one code (both None: no end date)."""
        await self._tx.guard.require(
            P.OPEN_ENDED_PINS if starts_at is None and ends_at is None else P.GUEST_PINS
        )

        def work(uow: UnitOfWork, now: datetime) -> CodeView:
            code = code_ops.change_times(uow, now, uow.codes.find(some_id), starts_at, ends_at)
            return self._view(uow, now, [code])[0]

        return await self._tx.write(work)

    async def delete(self, some_id: str) -> CodeView:
        """Take a code off its lock; returns the code as it stands (removing)."""
        await self._tx.guard.require(P.GUEST_PINS)

        def work(uow: UnitOfWork, now: datetime) -> CodeView:
            gone = code_ops.remove_code(uow, uow.codes.find(some_id), now, "deleted at the desk")
            return self._view(uow, now, [uow.codes.get(gone.local_id)])[0]

        return await self._tx.write(work)

    async def pull_backup(self, some_id: str) -> CodeView:
        """Hand the guest a backup PIN from the one pool the lock has: the provider's own where the
        lock supports it (online only), else the desk's (backups already on the lock; works offline)."""
        await self._tx.guard.require(P.GUEST_PINS)

        def which(uow: UnitOfWork, now: datetime) -> tuple[AccessCode, bool]:
            failed = uow.codes.find(some_id)
            provider_pool = code_ops.uses_provider_pool(code_ops.cached_device(uow, failed.device_id))
            earlier = [
                c for c in uow.codes.codes(device_id=failed.device_id) if c.pulled_for == failed.local_id
            ]
            if provider_pool and (failed.pulled_backup_access_code_id or earlier):
                shown = earlier[0].local_id if earlier else failed.pulled_backup_access_code_id
                raise BackupAlreadyPulled(detail={"backup": shown})
            return failed, provider_pool

        failed, provider_pool = await self._tx.read(which)
        if not provider_pool:

            def from_pool(uow: UnitOfWork, now: datetime) -> CodeView:
                backup = backups.pull_from_pool(uow, now, uow.codes.get(failed.local_id))
                return self._view(uow, now, [backup])[0]

            return await self._tx.write(from_pool)
        empty = EmptyBackupPool(detail={"device_id": failed.device_id, "pool": "provider"})
        if failed.access_code_id is None:
            empty.detail["provider"] = "The code has not reached the lock provider yet."
            raise empty
        provider = await self._sync.provider()
        try:
            backup = await provider.pull_backup_access_code(failed.access_code_id)
        except ProviderError as exc:
            empty.detail["provider"] = exc.title
            raise empty from None

        def record(uow: UnitOfWork, now: datetime) -> CodeView:
            adopted = backups.adopt_provider_backup(uow, now, uow.codes.get(failed.local_id), backup)
            return self._view(uow, now, [adopted])[0]

        return await self._tx.write(record)

    async def uses_provider_pool(self, device_id: str) -> bool:
        """Whether the lock keeps the provider's backup pool (else the desk keeps its own on it)."""
        return await self._tx.read(
            lambda uow, now: code_ops.uses_provider_pool(code_ops.cached_device(uow, device_id))
        )

    async def replace_device(
        self, old_device_id: str, new_device_id: str, *, apply: bool = True
    ) -> LockReplacement:
        """Move a factory-reset lock's live codes to its new device and say which guests got new
        PINs; `apply=False` is the preview the receptionist is shown first (nothing changes)."""
        await self._tx.guard.require(P.REPLACE_LOCK)

        def work(uow: UnitOfWork, now: datetime) -> LockReplacement:
            return lock_replacement.replace_lock(uow, now, old_device_id, new_device_id, apply=apply)

        return await (self._tx.write(work) if apply else self._tx.read(work))

    async def dismiss_alert(self, alert_id: int) -> SyncAlertView:
        """Take a sync alert off the desk's list, audited with who did it. Only the alert goes: the
        change it is about is still retried, and the same problem coming back after it was over
        raises a new alert."""
        await self._tx.guard.require(P.GUEST_PINS)

        def work(uow: UnitOfWork, now: datetime) -> SyncAlertView:
            alert = uow.sync_records.dismiss_alert(alert_id, now, uow.operator)
            if alert is None:
                raise AlertNotFound(detail={"alert_id": alert_id})
            uow.record(SyncAlertDismissed(alert.alert_id, alert.kind, alert.device_id))
            return SyncAlertView(
                alert.alert_id,
                alert.kind,
                alert.title,
                alert.message,
                alert.device_id,
                alert.local_id,
                alert.created_at,
            )

        return await self._tx.write(work)

    # --- reads ---------------------------------------------------------------------------------

    async def list(
        self, device_id: str | None = None, *, include_removed: bool = False
    ) -> builtins.list[CodeView]:
        """The codes (of one lock), newest state; removed ones only with `include_removed`."""
        return await self._tx.read(
            lambda uow, now: self._view(
                uow, now, uow.codes.codes(device_id=device_id, include_removed=include_removed)
            )
        )

    async def get(self, some_id: str) -> CodeView:
        """One code, by the provider's id or the desk's own."""
        return await self._tx.read(lambda uow, now: self._view(uow, now, [uow.codes.find(some_id)])[0])

    async def devices(self, *, refresh: bool = True) -> builtins.list[DeviceView]:
        """The provider's doors; from the last known list when the provider cannot be reached."""
        source = DeviceListSource.CACHE
        if refresh:
            try:
                provider = await self._sync.provider()
                live = await provider.list_devices()
            except ProviderError:
                live = None
            if live is not None:
                source = DeviceListSource.PROVIDER

                def store(uow: UnitOfWork, now: datetime) -> None:
                    for device in live:
                        uow.sync_records.save_device(dict(device.raw) or {"device_id": device.device_id}, now)

                await self._tx.write(store)
        rows = await self._tx.read(lambda uow, now: uow.sync_records.devices())
        return [device_view(ProviderDevice.from_dict(data), at, source) for data, at in rows]
