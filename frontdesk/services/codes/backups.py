"""Handing a backup PIN to a guest whose own PIN failed, inside one unit of work: from the desk's
pool (which works offline), or as the provider hands one out from its own. Keeping the pools full
is operations.refill_pool (a new code orders its pool with it).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from frontdesk.domain.codes import (
    AccessCode,
    SyncState,
    changed,
    generate_pin,
    new_code,
    pull_backup,
)
from frontdesk.domain.codes.events import BackupCodePulled
from frontdesk.services.codes import operations as code_ops
from frontdesk.services.codes.provider import ProviderAccessCode
from frontdesk.services.codes.provider_fields import merge_provider_fields
from frontdesk.store.code_repository import CodeExtras
from frontdesk.store.unit_of_work import UnitOfWork


def stay_end(uow: UnitOfWork, code: AccessCode) -> datetime | None:
    if code.reservation_key:
        end = uow.lockout_reads.reservation_end(code.reservation_key)
        if end is not None:
            return end
    if code.access_grant_id:
        end = uow.lockout_reads.grant_end(code.access_grant_id)
        if end is not None:
            return end
    return code.ends_at


def pull_from_pool(uow: UnitOfWork, now: datetime, failed: AccessCode) -> AccessCode:
    """Give the guest a backup PIN already on the lock (works offline); order its replacement."""
    end = stay_end(uow, failed)
    if end is None:
        end = failed.ends_at or now
    device = code_ops.cached_device(uow, failed.device_id)
    constraints = code_ops.constraints_for(device)
    replacement_pin = None
    if constraints.desk_can_choose_pin:
        replacement_pin = generate_pin(
            code_ops.RNG, None, constraints, uow.codes.pins_on_device(failed.device_id)
        )
    pool = uow.codes.codes(device_id=failed.device_id, backups=True)
    pulled = pull_backup(
        pool, failed, end, now, new_id=code_ops.new_local_id, replacement_pin=replacement_pin
    )
    code_ops.save_change(uow, pulled.backup, now)
    uow.codes.save(pulled.failed, now)
    code_ops.add_code(
        uow, pulled.replacement, now, CodeExtras(pin_chosen_by_desk=replacement_pin is not None)
    )
    uow.record(
        BackupCodePulled(
            failed.access_code_id or failed.local_id,
            pulled.backup.access_code_id or pulled.backup.local_id,
            failed.device_id,
        )
    )
    return pulled.backup


def adopt_provider_backup(
    uow: UnitOfWork, now: datetime, failed: AccessCode, backup: ProviderAccessCode
) -> AccessCode:
    """Record a backup code the provider handed out from its own pool; bound it to the stay."""
    end = stay_end(uow, failed) or failed.ends_at
    code = new_code(
        local_id=code_ops.new_local_id(),
        device_id=failed.device_id,
        now=now,
        name=backup.name,
        is_backup=True,
        pulled_for=failed.local_id,
        access_grant_id=failed.access_grant_id,
        reservation_key=failed.reservation_key,
        starts_at=backup.starts_at_time,
        ends_at=backup.ends_at_time,
    )
    code = replace(merge_provider_fields(code, backup), sync_state=SyncState.SYNCED)
    uow.codes.add(code, now, CodeExtras(pin_chosen_by_desk=False))
    uow.codes.save(replace(failed, pulled_backup_access_code_id=backup.access_code_id), now)
    if end is not None and code.ends_at != end:
        # The provider may hand the backup out with no end (the fake does): give it the stay's end.
        code_ops.save_change(uow, changed(code, starts_at=min(code.starts_at or now, now), ends_at=end), now)
    uow.record(
        BackupCodePulled(failed.access_code_id or failed.local_id, backup.access_code_id, failed.device_id)
    )
    return uow.codes.get(code.local_id)
