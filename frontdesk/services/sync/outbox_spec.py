"""What a create sends to the provider: the code's current values, shaped for the lock."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from frontdesk.domain.codes import AccessCode
from frontdesk.services.codes import operations as code_ops
from frontdesk.services.codes.provider import AccessCodeSpec, ProviderDevice
from frontdesk.store.code_repository import CodeExtras
from frontdesk.store.unit_of_work import UnitOfWork


def create_spec(
    uow: UnitOfWork, code: AccessCode, extras: CodeExtras, device: ProviderDevice | None = None
) -> AccessCodeSpec:
    """The create request for `code`. The backup pool only where the lock has one; an offline code's
    times in the lock's own offset (it counts its time slots in its wall time, and the provider
    expects that offset, not "Z"); one-time use only when asked for. `device`: the door as the
    provider last described it (the sender keeps it in memory for the run); read when not given."""
    device = device or code_ops.cached_device(uow, code.device_id)
    pooled = extras.use_backup_pool and code_ops.uses_provider_pool(device)
    starts_at, ends_at = code.starts_at, code.ends_at
    if code.is_offline_access_code and starts_at is not None and ends_at is not None:
        zone = ZoneInfo(code_ops.lock_zone(uow, code.device_id, device))
        starts_at, ends_at = starts_at.astimezone(zone), ends_at.astimezone(zone)
    return AccessCodeSpec(
        code.device_id,
        name=code.name,
        code=code.code,
        starts_at=starts_at,
        ends_at=ends_at,
        use_backup_access_code_pool=True if pooled else None,
        is_offline_access_code=True if code.is_offline_access_code else None,
        max_time_rounding=extras.max_time_rounding if code.is_offline_access_code else None,
        common_code_key=code.common_code_key,
        is_one_time_use=True if code.is_one_time_use else None,
    )
