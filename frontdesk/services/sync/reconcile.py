"""Bringing the provider's view of codes back into the desk, and saying what went wrong in words."""

from __future__ import annotations

from datetime import datetime

from frontdesk.domain.codes import AccessCode
from frontdesk.services.codes.provider import ProviderAccessCode
from frontdesk.services.codes.provider_fields import merge_provider_fields
from frontdesk.services.sync.healing import heal_vanished
from frontdesk.store.unit_of_work import UnitOfWork


def merge_listing(
    uow: UnitOfWork, now: datetime, device_id: str, listed: dict[str, ProviderAccessCode]
) -> tuple[int, int, int]:
    """Bring each code's provider state into the desk. A code gone after its end is no longer
    followed; one gone before its end is sent again (healing.heal_vanished). Returns the codes
    merged, the codes sent again and the codes whose state at the provider moved."""
    merged = recreated = moved = 0
    for code in uow.codes.codes(device_id=device_id):
        if code.access_code_id is None:
            continue
        found = listed.get(code.access_code_id)
        if found is not None:
            fresh = merge_provider_fields(code, found)
            if fresh != code:  # most codes have not moved since the last run: no write for those
                uow.codes.save(fresh, now)
                moved += 1
            merged += 1
        elif uow.outbox.has_pending_items(code.local_id):
            continue  # a change of it is on its way: its answer says whether the code is gone
        elif heal_vanished(uow, now, code):
            recreated += 1
    return merged, recreated, moved


def same_code(p: ProviderAccessCode, code: AccessCode) -> bool:
    """Is this listed code the one the desk sent? Same PIN (when the desk chose it), name and times.

    The PIN alone is not enough: another system may hold the same PIN on the lock (that is what a
    duplicate answer means), and adopting its code would leave ours never created.
    """
    if code.code is not None and p.code != code.code:
        return False
    if (p.name or None) != (code.name or None):
        return False
    if code.is_offline_access_code:
        return bool(p.is_offline_access_code)  # the provider rounds the times to a slot
    return (p.starts_at_time, p.ends_at_time) == (code.starts_at, code.ends_at)
