"""PIN-code operations inside one unit of work: the desk's change and its outbox items, together.

Synchronous on purpose, like services/stays/grants.py: they run on the database thread, and a check-in that
also creates codes stays one transaction. Nothing here talks to the provider; the sync worker
(services/sync/worker.py) sends the outbox later. Handing out backup PINs is backups.py; taking
in what the provider says about a code is provider_fields.py.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import replace
from datetime import datetime

from frontdesk.domain.codes import (
    DEFAULT_POOL_SIZE,
    MAX_OFFLINE_STAY,
    AccessCode,
    CodeConstraints,
    DeviceCodeContext,
    LinkedCodePlan,
    LinkedCodeRequest,
    OutboxOperation,
    SyncState,
    TimeSlot,
    changed,
    check_mutable,
    check_pin,
    generate_pin,
    marked_for_removal,
    match_time_slot,
    new_code,
    new_pool_codes,
    plan_linked_codes,
    pool_health,
    validate_code,
    validate_times,
)
from frontdesk.domain.codes.capabilities import DeviceAbilities, require_code_holder, require_online_codes
from frontdesk.domain.codes.constraints import NO_CONSTRAINTS, choose_length
from frontdesk.domain.codes.errors import LockNotKnown, StayTooLong
from frontdesk.domain.codes.events import (
    AccessCodeChangeRequested,
    AccessCodeRemovalRequested,
    AccessCodeRequested,
)
from frontdesk.domain.errors import InvalidInput
from frontdesk.domain.model import CredentialKind
from frontdesk.domain.words import say
from frontdesk.services.codes.provider import ProviderDevice
from frontdesk.store.code_repository import CodeExtras
from frontdesk.store.unit_of_work import UnitOfWork

RNG: random.Random = random.SystemRandom()  # real PINs; tests may swap in a seeded Random


def new_local_id() -> str:
    return uuid.uuid4().hex


# --- audit events (no PIN in any of them: the audit log is exported and shown) ---------------------


# --- what the desk knows about a lock -------------------------------------------------------------


def cached_device(uow: UnitOfWork, device_id: str) -> ProviderDevice | None:
    data = uow.sync_records.device_data(device_id)
    return None if data is None else ProviderDevice.from_dict(data)


def constraints_for(device: ProviderDevice | None) -> CodeConstraints:
    if device is None:
        return NO_CONSTRAINTS
    return CodeConstraints.from_device(
        [
            {"constraint_type": c.constraint_type, "min_length": c.min_length, "max_length": c.max_length}
            for c in device.code_constraints
        ],
        device.supported_code_lengths or None,
    )


def uses_provider_pool(device: ProviderDevice | None) -> bool:
    """The lock keeps the provider's own backup pool: the desk pulls backups from it and keeps no
    "Backup code" codes of its own there (both would hold 10 slots of a lock for one purpose)."""
    return bool(
        device is not None
        and device.supports_backup_access_code_pool
        and device.backup_access_code_pool_enabled is not False
    )


def is_offline_door(uow: UnitOfWork, device_id: str, device: ProviderDevice | None) -> bool:
    """An offline time-slot lock: by the desk's own door list first, then by the provider's flags."""
    for entrance in uow.desk.entrances().values():
        if entrance.device_id == device_id:
            return entrance.takes(CredentialKind.OFFLINE_PIN) and not entrance.takes(
                CredentialKind.ONLINE_PIN
            )
    return bool(
        device is not None
        and device.can_program_offline_access_codes
        and not device.can_program_online_access_codes
    )


def lock_zone(uow: UnitOfWork, device_id: str, device: ProviderDevice | None) -> str:
    for entrance in uow.desk.entrances().values():
        if entrance.device_id == device_id and entrance.time_zone:
            return entrance.time_zone
    if device is not None and device.time_zone:
        return device.time_zone
    return uow.desk.property().time_zone


def abilities(device: ProviderDevice) -> DeviceAbilities:
    return DeviceAbilities(
        device.device_id,
        device.display_name,
        device.device_type,
        device.capabilities_supported,
        device.can_program_online_access_codes,
        device.can_program_offline_access_codes,
    )


def known_abilities(uow: UnitOfWork, device_id: str, device: ProviderDevice | None) -> DeviceAbilities | None:
    """What the provider last said the device can take; before it has said anything, what the desk's
    own door list says (a door set up for offline PINs only); None when neither knows the device."""
    if device is not None:
        return abilities(device)
    for entrance in uow.desk.entrances().values():
        if entrance.device_id == device_id:
            online = entrance.takes(CredentialKind.ONLINE_PIN)
            offline = entrance.takes(CredentialKind.OFFLINE_PIN)
            return DeviceAbilities(device_id, entrance.name, None, (), online, offline)
    return None


def require_known_device(uow: UnitOfWork, device_ids: list[str]) -> None:
    """Refuse a door neither the desk nor the provider's last device list knows (once that list exists)."""
    if not uow.sync_records.devices():
        return  # never synced yet (first run offline): the provider will judge the id
    known = {d["device_id"] for d, _ in uow.sync_records.devices()}
    known |= {e.device_id for e in uow.desk.entrances().values() if e.device_id}
    missing = [d for d in device_ids if d not in known]
    if missing:
        raise LockNotKnown(detail={"device_ids": missing})


# --- writing codes and their outbox items ---------------------------------------------------------


def add_code(uow: UnitOfWork, code: AccessCode, now: datetime, extras: CodeExtras) -> AccessCode:
    uow.codes.add(code, now, extras)
    uow.outbox.enqueue(OutboxOperation.CREATE, code, now)
    uow.record(
        AccessCodeRequested(
            code.local_id,
            code.device_id,
            code.access_grant_id,
            code.common_code_key,
            code.is_backup,
            code.is_offline_access_code,
        )
    )
    return code


def save_change(uow: UnitOfWork, code: AccessCode, now: datetime) -> AccessCode:
    """Store a changed code and queue it for the provider (an unsent create already carries it)."""
    uow.codes.save(code, now)
    if code.access_code_id is not None:
        uow.outbox.enqueue(OutboxOperation.UPDATE, code, now)
    elif not uow.outbox.has_pending_items(code.local_id):
        # Its create failed earlier: try again with the new values.
        uow.outbox.enqueue(OutboxOperation.CREATE, code, now)
    uow.record(
        AccessCodeChangeRequested(
            code.access_code_id or code.local_id, code.device_id, code.starts_at, code.ends_at
        )
    )
    return code


def remove_code(uow: UnitOfWork, code: AccessCode, now: datetime, reason: str) -> AccessCode:
    """Mark a code for removal. A code the provider never received is simply dropped."""
    gone = marked_for_removal(code)
    uow.codes.save(gone, now)
    never_sent = gone.access_code_id is None and not uow.outbox.was_sent(gone.local_id)
    uow.outbox.enqueue(OutboxOperation.DELETE, gone, now)
    if never_sent:
        uow.outbox.cancel_pending(gone.local_id, now)
        gone = replace(gone, sync_state=SyncState.SYNCED, status="unset")
        uow.codes.save(gone, now, removed_at=now)
    uow.record(AccessCodeRemovalRequested(code.access_code_id or code.local_id, code.device_id, reason))
    return gone


def offline_code(
    uow: UnitOfWork,
    now: datetime,
    device_id: str,
    starts_at: datetime | None,
    ends_at: datetime | None,
    *,
    name: str | None,
    max_time_rounding: str | None,
    access_grant_id: str | None = None,
    reservation_key: str | None = None,
    is_one_time_use: bool = False,
) -> tuple[AccessCode, CodeExtras]:
    """An offline time-slot code: rounded to a slot when the lock's slots are known, PIN from the provider."""
    if starts_at is None or ends_at is None:
        raise InvalidInput(
            say("Offline PIN codes need a start and an end."),
            say("Give --starts-at and --ends-at; an offline lock only takes codes for a stay."),
        )
    rounding = max_time_rounding or "1hour"
    device = cached_device(uow, device_id)
    if device is not None and device.predefined_time_slots:
        slots = [TimeSlot.from_provider(s.raw) for s in device.predefined_time_slots]
        match = match_time_slot(slots, starts_at, ends_at, lock_zone(uow, device_id, device), rounding)
        starts_at, ends_at = match.starts_at, match.ends_at
    else:
        validate_times(starts_at, ends_at)
        # No slots known (never synced, or a lock without them): the 31-day limit still holds.
        if ends_at - starts_at > MAX_OFFLINE_STAY:
            raise StayTooLong(detail={"days": (ends_at - starts_at).days})
    code = new_code(
        local_id=new_local_id(),
        device_id=device_id,
        now=now,
        name=name,
        starts_at=starts_at,
        ends_at=ends_at,
        is_offline_access_code=True,
        is_one_time_use=is_one_time_use,
        is_waiting_for_code_assignment=True,
        access_grant_id=access_grant_id,
        reservation_key=reservation_key,
    )
    return code, CodeExtras(pin_chosen_by_desk=False, max_time_rounding=rounding)


def create_code(
    uow: UnitOfWork,
    now: datetime,
    device_id: str,
    *,
    pin: str | None = None,
    name: str | None = None,
    starts_at: datetime | None = None,
    ends_at: datetime | None = None,
    use_backup_pool: bool = False,
    preferred_code_length: int | None = None,
    max_time_rounding: str | None = None,
    access_grant_id: str | None = None,
    reservation_key: str | None = None,
    is_one_time_use: bool = False,
) -> AccessCode:
    """One code on one lock, checked against what the desk knows of the lock, queued for the provider.
    `is_one_time_use`: an offline code that opens the door once (online locks refuse it)."""
    require_known_device(uow, [device_id])
    device = cached_device(uow, device_id)
    if device is not None:  # what the provider last said the device can take, checked before queuing
        require_code_holder(abilities(device))
    if is_offline_door(uow, device_id, device):
        if pin is not None:
            raise InvalidInput(
                say("An offline lock computes its own PINs."),
                say("Leave --code out for offline (time-slot) locks."),
            )
        code, extras = offline_code(
            uow,
            now,
            device_id,
            starts_at,
            ends_at,
            name=name,
            max_time_rounding=max_time_rounding,
            access_grant_id=access_grant_id,
            reservation_key=reservation_key,
            is_one_time_use=is_one_time_use,
        )
        return add_code(uow, code, now, extras)
    if is_one_time_use:
        raise InvalidInput(
            say("Only offline (time-slot) codes can be one-time-use."),
            say("Leave one-time use off for this lock, or choose an offline lock."),
            detail={"device_id": device_id},
        )
    if device is not None:
        require_online_codes(abilities(device))
    constraints = constraints_for(device)
    taken = uow.codes.pins_on_device(device_id)
    custom_pin = pin is not None
    if pin is not None:
        check_pin(pin, constraints, taken)
    elif constraints.desk_can_choose_pin:
        pin = generate_pin(RNG, choose_length(constraints, preferred_code_length), constraints, taken)
    code = new_code(
        local_id=new_local_id(),
        device_id=device_id,
        now=now,
        code=pin,
        name=name,
        starts_at=starts_at,
        ends_at=ends_at,
        access_grant_id=access_grant_id,
        reservation_key=reservation_key,
        is_waiting_for_code_assignment=pin is None,
    )
    validate_code(code, constraints, taken=taken, now=now)
    if use_backup_pool and not code.is_time_bound:
        raise InvalidInput(
            say("Only a code with a start and an end can use the backup pool."),
            say("Give --starts-at and --ends-at, or leave out --use-backup-pool."),
        )
    extras = CodeExtras(pin_chosen_by_desk=not custom_pin, use_backup_pool=use_backup_pool)
    add_code(uow, code, now, extras)
    if use_backup_pool:
        refill_pool(uow, now, device_id)
    return code


def create_linked(
    uow: UnitOfWork, now: datetime, request: LinkedCodeRequest, *, use_backup_pool: bool = False
) -> LinkedCodePlan:
    """One PIN on several locks, one code (and one outbox item) per lock so a failing lock stays alone."""
    require_known_device(uow, list(request.device_ids))
    contexts: dict[str, DeviceCodeContext] = {}
    for device_id in request.device_ids:
        device = cached_device(uow, device_id)
        known = known_abilities(uow, device_id, device)
        if known is not None:  # a linked PIN is an online code on every door: no offline-only lock
            require_online_codes(known)
        contexts[device_id] = DeviceCodeContext(
            device_id, constraints_for(device), uow.codes.pins_on_device(device_id)
        )
    plan = plan_linked_codes(request, contexts, RNG, now, new_id=new_local_id)
    pooled = use_backup_pool and request.starts_at is not None
    for code in plan.codes:
        add_code(uow, code, now, CodeExtras(pin_chosen_by_desk=True, use_backup_pool=pooled))
    if pooled:
        for device_id in request.device_ids:
            refill_pool(uow, now, device_id)
    return plan


def change_times(
    uow: UnitOfWork, now: datetime, code: AccessCode, starts_at: datetime | None, ends_at: datetime | None
) -> AccessCode:
    check_mutable(code)
    validate_times(starts_at, ends_at)
    if (code.starts_at, code.ends_at) == (starts_at, ends_at):
        return code
    return save_change(uow, changed(code, starts_at=starts_at, ends_at=ends_at), now)


# --- backup pool ----------------------------------------------------------------------------------


def refill_pool(uow: UnitOfWork, now: datetime, device_id: str, target: int = DEFAULT_POOL_SIZE) -> int:
    """Drop unhealthy pool codes and order new ones; returns how many were ordered.

    A lock that keeps the provider's pool gets none of the desk's: any it still holds (ordered
    before the provider said so) leave the lock, and nothing is ordered."""
    health = pool_health(uow.codes.codes(device_id=device_id, backups=True), now, target)
    for code in health.to_drop:
        remove_code(uow, code, now, "unhealthy backup code")
    device = cached_device(uow, device_id)
    if uses_provider_pool(device):
        for code in (*health.healthy, *health.on_the_way):
            remove_code(uow, code, now, "the lock keeps the provider's backup pool")
        return 0
    if not health.to_create:
        return 0
    constraints = constraints_for(device)
    rng = RNG if constraints.desk_can_choose_pin else None
    fresh = new_pool_codes(
        device_id,
        health.to_create,
        now,
        rng=rng,
        constraints=constraints,
        taken=uow.codes.pins_on_device(device_id),
        new_id=new_local_id,
    )
    for code in fresh:
        add_code(uow, code, now, CodeExtras(pin_chosen_by_desk=rng is not None))
    return len(fresh)
