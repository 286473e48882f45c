"""Replacing a lock that was factory reset.

After a factory reset the provider usually sees the lock as a brand-new device: the old one goes
offline for good and its codes are gone from the door. The operator tells the desk which new
device is the old lock; the desk then re-creates the codes that still matter on the new device
and marks the old copies for removal.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from frontdesk.domain.codes.access_code import AccessCode, SyncState, new_code
from frontdesk.domain.codes.errors import SameDevice

# Which fields the copy on the new lock carries over; everything else starts afresh.
_CARRIED = (
    "code",
    "name",
    "common_code_key",
    "starts_at",
    "ends_at",
    "access_grant_id",
    "reservation_key",
    "is_backup",
    "pulled_for",
    "is_external_modification_allowed",
    "is_one_time_use",
)


def _new_local_id() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True)
class DeviceReplacement:
    """What replacing the lock means for its codes.

    `to_create`: copies for the new lock. `old_marked`: the old lock's codes, marked for removal
    and pointing at their copy. `left_behind`: codes not carried over, with the reason (for
    the receptionist: an offline code's guest needs a new code).
    """

    to_create: tuple[AccessCode, ...]
    old_marked: tuple[AccessCode, ...]
    left_behind: tuple[tuple[AccessCode, str], ...]


def replace_device(
    codes: Iterable[AccessCode],
    old_device_id: str,
    new_device_id: str,
    now: datetime,
    *,
    new_id: Callable[[], str] = _new_local_id,
) -> DeviceReplacement:
    """Plan moving the old lock's codes onto its replacement.

    Carried over: live codes (ongoing, or not yet ended), with the same PIN so guests need no
    new code. Not carried over: ended codes, codes already being deleted, unused backup-pool
    codes (the pool on the new lock refills by itself), and offline codes (they are tied to the
    old lock's keys and cannot be moved or deleted).
    """
    if old_device_id == new_device_id:
        raise SameDevice(detail={"device_id": old_device_id})
    mine = [c for c in codes if c.device_id == old_device_id and c.sync_state is not SyncState.PENDING_DELETE]
    carried_over = [
        c for c in mine if not c.is_offline_access_code and not c.has_ended(now) and not c.is_in_backup_pool
    ]
    new_ids = {c.local_id: new_id() for c in carried_over}
    to_create: list[AccessCode] = []
    old_marked: list[AccessCode] = []
    left_behind: list[tuple[AccessCode, str]] = []
    for code in mine:
        if code.is_offline_access_code:
            left_behind.append((code, "offline code: issue the guest a new code for the new lock"))
            continue
        removed = dataclasses.replace(code, sync_state=SyncState.PENDING_DELETE)
        if code.local_id in new_ids:
            carried = {name: getattr(code, name) for name in _CARRIED}
            # A pulled backup keeps pointing at the guest's code, now the copy on the new lock.
            carried["pulled_for"] = new_ids.get(code.pulled_for or "", code.pulled_for)
            copy = new_code(local_id=new_ids[code.local_id], device_id=new_device_id, now=now, **carried)
            to_create.append(copy)
            removed = dataclasses.replace(removed, replaced_by=copy.local_id)
        elif code.has_ended(now):
            left_behind.append((code, "already ended"))
        else:
            left_behind.append((code, "unused backup code: the new lock's pool refills by itself"))
        old_marked.append(removed)
    return DeviceReplacement(tuple(to_create), tuple(old_marked), tuple(left_behind))
