"""PIN codes that follow grants: grant_ops calls one of these per grant, inside the same transaction.

- A grant asking for `pin` gets linked codes (one PIN) on its online-PIN doors and a time-slot code
  on each offline-PIN door.
- New dates move the grant's codes (the whole linked group, and any backup the guest was given).
- The end of a grant removes its codes and pulled backups. Offline codes cannot be changed or
  removed: they stay valid until their own end, and the audit log says so.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from frontdesk.domain.codes import AccessCode, LinkedCodeRequest, SyncState
from frontdesk.domain.codes.events import OfflineCodeLeftValid
from frontdesk.domain.codes.linked import CREATE_RANDOM_CODE
from frontdesk.domain.model import AccessGrant, AccessMethod, CredentialKind
from frontdesk.services.codes import operations as code_ops
from frontdesk.services.results import Change
from frontdesk.store.unit_of_work import UnitOfWork


def _pin_doors(uow: UnitOfWork, grant: AccessGrant) -> tuple[list[str], list[str]]:
    """Device ids of the grant's online-PIN and offline-PIN doors."""
    entrances = uow.desk.entrances()
    online: list[str] = []
    offline: list[str] = []
    for entrance_id in sorted(grant.entrance_ids):
        entrance = entrances.get(entrance_id)
        if entrance is None or not entrance.device_id:
            continue
        if entrance.takes(CredentialKind.ONLINE_PIN):
            online.append(entrance.device_id)
        elif entrance.takes(CredentialKind.OFFLINE_PIN):
            offline.append(entrance.device_id)
    return list(dict.fromkeys(online)), list(dict.fromkeys(offline))


def on_grant_issued(uow: UnitOfWork, grant: AccessGrant, change: Change, now: datetime) -> None:
    if AccessMethod.PIN not in grant.access_methods:
        return
    online, offline = _pin_doors(uow, grant)
    if online:
        request = LinkedCodeRequest(
            device_ids=tuple(online),
            name=grant.user_name,
            starts_at=grant.starts_at,
            ends_at=grant.ends_at,
            # A lock that cannot share the PIN gets its own rather than failing the check-in.
            behavior_when_code_cannot_be_shared=CREATE_RANDOM_CODE,
            access_grant_id=grant.access_grant_id,
            reservation_key=grant.reservation_key,
        )
        plan = code_ops.create_linked(uow, now, request, use_backup_pool=True)
        change.codes_created += plan.codes
    for device_id in offline:
        code, extras = code_ops.offline_code(
            uow,
            now,
            device_id,
            grant.starts_at,
            grant.ends_at,
            name=grant.user_name,
            max_time_rounding=None,
            access_grant_id=grant.access_grant_id,
            reservation_key=grant.reservation_key,
        )
        change.codes_created.append(code_ops.add_code(uow, code, now, extras))


def on_grant_times_changed(uow: UnitOfWork, grant: AccessGrant, change: Change, now: datetime) -> None:
    for code in uow.codes.codes(access_grant_id=grant.access_grant_id):
        if code.sync_state is SyncState.PENDING_DELETE:
            continue
        if code.is_offline_access_code:
            _move_offline_code(uow, grant, code, now)
        elif code.is_backup:
            # A pulled backup lasts until the stay ends; it started when it was handed out.
            start = min(code.starts_at or now, grant.ends_at)
            code_ops.change_times(uow, now, code, start, grant.ends_at)
        elif code.is_time_bound:
            code_ops.change_times(uow, now, code, grant.starts_at, grant.ends_at)


def _move_offline_code(uow: UnitOfWork, grant: AccessGrant, code: AccessCode, now: datetime) -> None:
    """An offline code not yet issued is re-planned; one already issued stays, and a new one is issued."""
    fresh, extras = code_ops.offline_code(
        uow,
        now,
        code.device_id,
        grant.starts_at,
        grant.ends_at,
        name=code.name,
        max_time_rounding=uow.codes.extras(code.local_id).max_time_rounding,
        access_grant_id=grant.access_grant_id,
        reservation_key=grant.reservation_key,
    )
    if code.access_code_id is None and not uow.outbox.was_sent(code.local_id):
        uow.codes.save(replace(code, starts_at=fresh.starts_at, ends_at=fresh.ends_at), now)
        return
    uow.record(
        OfflineCodeLeftValid(
            code.access_code_id or code.local_id, code.device_id, "dates changed; a new code was issued"
        )
    )
    code_ops.add_code(uow, fresh, now, extras)


def on_grant_ended(uow: UnitOfWork, grant: AccessGrant, change: Change, now: datetime) -> None:
    for code in uow.codes.codes(access_grant_id=grant.access_grant_id):
        if code.sync_state is SyncState.PENDING_DELETE:
            continue
        if code.is_offline_access_code:
            uow.record(
                OfflineCodeLeftValid(
                    code.access_code_id or code.local_id, code.device_id, "offline codes cannot be removed"
                )
            )
            continue
        code_ops.remove_code(uow, code, now, grant.ended_reason or "access ended")
