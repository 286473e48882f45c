"""PIN codes as the receptionist and the command line use them: create, link, change, list, delete, pull
a backup, list the provider's doors.

Every write is one transaction holding the desk's change and its outbox items; none waits for the
provider. With the provider unreachable every action still succeeds and the code shows as pending.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from frontdesk.domain.codes import (
    AccessCode,
    LinkedCodeRequest,
    describe_status,
    issue_views,
    update_group_times,
)
from frontdesk.domain.codes.errors import EmptyBackupPool
from frontdesk.domain.input_rules import refuse_unsafe_text
from frontdesk.services.codes import operations as code_ops
from frontdesk.services.codes.provider import ProviderDevice, ProviderError
from frontdesk.services.results import iso
from frontdesk.services.sync.worker import SyncService
from frontdesk.services.transactions import Transactions
from frontdesk.store.unit_of_work import UnitOfWork

T = TypeVar("T")


def code_to_dict(code: AccessCode, zone: str, now: datetime) -> dict[str, Any]:
    """Every property of the code, the desk's own fields, and plain words for its state and problems."""
    tz = ZoneInfo(zone)
    return {
        "access_code_id": code.access_code_id,
        "local_id": code.local_id,
        "device_id": code.device_id,
        "code": code.code,
        "name": code.name,
        "common_code_key": code.common_code_key,
        "type": code.type.value,
        "status": code.status,
        "status_text": describe_status(code.status, code.starts_at, code.ends_at, now, tz),
        "sync_state": code.sync_state.value,
        "pending": code.sync_state.value.startswith("pending"),
        "created_at": iso(code.created_at, zone),
        "starts_at": iso(code.starts_at, zone),
        "ends_at": iso(code.ends_at, zone),
        "errors": [{"error_code": i.code, "message": i.message} for i in code.errors],
        "warnings": [{"warning_code": i.code, "message": i.message} for i in code.warnings],
        "issues": [view._asdict() for view in issue_views(code)],
        "pending_mutations": [
            {"mutation_code": m.mutation_code, "message": m.message} for m in code.pending_mutations
        ],
        "is_managed": code.is_managed,
        "is_backup": code.is_backup,
        "is_backup_access_code_available": code.is_backup_access_code_available,
        "is_external_modification_allowed": code.is_external_modification_allowed,
        "is_offline_access_code": code.is_offline_access_code,
        "is_one_time_use": code.is_one_time_use,
        "is_scheduled_on_device": code.is_scheduled_on_device,
        "is_waiting_for_code_assignment": code.is_waiting_for_code_assignment,
        "appearance": None if code.appearance is None else dataclasses.asdict(code.appearance),
        "pulled_backup_access_code_id": code.pulled_backup_access_code_id,
        "dormakaba_oracode_metadata": None
        if code.dormakaba_oracode_metadata is None
        else dataclasses.asdict(code.dormakaba_oracode_metadata),
        "workspace_id": code.workspace_id,
        "access_grant_id": code.access_grant_id,
        "reservation_key": code.reservation_key,
        "pulled_for": code.pulled_for,
    }


def device_to_dict(device: ProviderDevice, refreshed_at: datetime | None, source: str) -> dict[str, Any]:
    return {
        "device_id": device.device_id,
        "display_name": device.display_name,
        "device_type": device.device_type,
        "online": device.online,
        "can_program_online_access_codes": device.can_program_online_access_codes,
        "can_program_offline_access_codes": device.can_program_offline_access_codes,
        "time_zone": device.time_zone,
        "supported_code_lengths": list(device.supported_code_lengths),
        "code_constraints": [c.constraint_type for c in device.code_constraints],
        "supports_backup_access_code_pool": device.supports_backup_access_code_pool,
        "time_slots": [s.name for s in device.predefined_time_slots],
        "errors": [{"error_code": e.code, "message": e.message} for e in device.errors],
        "warnings": [{"warning_code": w.code, "message": w.message} for w in device.warnings],
        "refreshed_at": refreshed_at.isoformat() if refreshed_at else None,
        "source": source,
    }


class CodeService:
    """PIN-code use cases. Results are plain dicts (the same the CLI prints and the GUI shows)."""

    def __init__(self, tx: Transactions, sync: SyncService) -> None:
        self._tx = tx
        self._sync = sync

    @staticmethod
    def _view(uow: UnitOfWork, now: datetime, codes: list[AccessCode]) -> list[dict[str, Any]]:
        zone = uow.desk.property().time_zone if uow.desk.has_property() else "UTC"
        return [code_to_dict(c, zone, now) for c in codes]

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
    ) -> dict[str, Any]:
        if name is not None:
            refuse_unsafe_text(name, "code's name")

        def work(uow: UnitOfWork, now: datetime) -> dict[str, Any]:
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
            )
            return self._view(uow, now, [created])[0]

        return await self._tx.write(work)

    async def create_multiple(self, request: LinkedCodeRequest) -> dict[str, Any]:
        def work(uow: UnitOfWork, now: datetime) -> dict[str, Any]:
            plan = code_ops.create_linked(uow, now, request)
            return {
                "common_code_key": plan.common_code_key,
                "own_pin_device_ids": list(plan.own_pin_device_ids),
                "access_codes": self._view(uow, now, list(plan.codes)),
            }

        return await self._tx.write(work)

    async def update_multiple(
        self, common_code_key: str, starts_at: datetime | None, ends_at: datetime | None
    ) -> dict[str, Any]:
        """New start and end for every code of a linked group; each door's change is sent on its own."""

        def work(uow: UnitOfWork, now: datetime) -> dict[str, Any]:
            group = uow.codes.codes(common_code_key=common_code_key)
            updated = update_group_times(group, common_code_key, starts_at, ends_at)
            for code in updated:
                if code in group:
                    continue  # already had these times
                code_ops.save_change(uow, code, now)
            fresh = uow.codes.codes(common_code_key=common_code_key)
            return {"common_code_key": common_code_key, "access_codes": self._view(uow, now, fresh)}

        return await self._tx.write(work)

    async def update(
        self, some_id: str, *, starts_at: datetime | None, ends_at: datetime | None
    ) -> dict[str, Any]:
        """New start and end for one code (both None: no end date)."""

        def work(uow: UnitOfWork, now: datetime) -> dict[str, Any]:
            code = code_ops.change_times(uow, now, uow.codes.find(some_id), starts_at, ends_at)
            return self._view(uow, now, [code])[0]

        return await self._tx.write(work)

    async def delete(self, some_id: str) -> dict[str, Any]:
        def work(uow: UnitOfWork, now: datetime) -> dict[str, Any]:
            gone = code_ops.remove_code(uow, uow.codes.find(some_id), now, "deleted at the desk")
            return self._view(uow, now, [uow.codes.get(gone.local_id)])[0]

        return await self._tx.write(work)

    async def pull_backup(self, some_id: str) -> dict[str, Any]:
        """Hand the guest a backup PIN: from the desk's pool (works offline), else from the provider's."""

        def from_pool(uow: UnitOfWork, now: datetime) -> dict[str, Any]:
            backup = code_ops.pull_from_pool(uow, now, uow.codes.find(some_id))
            return self._view(uow, now, [backup])[0]

        try:
            return await self._tx.write(from_pool)
        except EmptyBackupPool as empty:
            failed = await self._tx.read(lambda uow, now: uow.codes.find(some_id))
            if failed.access_code_id is None:
                raise
            provider = await self._sync.provider()
            try:
                backup = await provider.pull_backup_access_code(failed.access_code_id)
            except ProviderError as exc:
                empty.detail["provider"] = exc.title
                raise empty from None

            def record(uow: UnitOfWork, now: datetime) -> dict[str, Any]:
                adopted = code_ops.adopt_provider_backup(uow, now, uow.codes.get(failed.local_id), backup)
                return self._view(uow, now, [adopted])[0]

            return await self._tx.write(record)

    # --- reads ---------------------------------------------------------------------------------

    async def list(
        self, device_id: str | None = None, *, include_removed: bool = False
    ) -> list[dict[str, Any]]:
        return await self._tx.read(
            lambda uow, now: self._view(
                uow, now, uow.codes.codes(device_id=device_id, include_removed=include_removed)
            )
        )

    async def get(self, some_id: str) -> dict[str, Any]:
        return await self._tx.read(lambda uow, now: self._view(uow, now, [uow.codes.find(some_id)])[0])

    async def devices(self, *, refresh: bool = True) -> list[dict[str, Any]]:
        """The provider's doors; from the last known list when the provider cannot be reached."""
        source = "cache"
        if refresh:
            try:
                provider = await self._sync.provider()
                live = await provider.list_devices()
            except ProviderError:
                live = None
            if live is not None:
                source = "provider"

                def store(uow: UnitOfWork, now: datetime) -> None:
                    for device in live:
                        uow.sync_records.save_device(dict(device.raw) or {"device_id": device.device_id}, now)

                await self._tx.write(store)
        rows = await self._tx.read(lambda uow, now: uow.sync_records.devices())
        return [device_to_dict(ProviderDevice.from_dict(data), at, source) for data, at in rows]
