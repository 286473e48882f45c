"""What the outbox sender writes when a change got through: the provider's view merged into the
code as it is *now* (the desk may have changed it while the request was on its way), or a fresh
PIN when the lock refused the one the desk chose. Each runs inside one of the sender's batches."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from frontdesk.domain.codes import AccessCode, OutboxOperation, SyncState, generate_pin
from frontdesk.domain.words import say
from frontdesk.services.codes import operations as code_ops
from frontdesk.services.codes.provider import ProviderAccessCode
from frontdesk.services.codes.provider_fields import merge_provider_fields
from frontdesk.services.sync.healing import RECREATED, door_name
from frontdesk.services.sync.outbox_failures import DELAYED_ALERTS
from frontdesk.store.code_repository import OutboxItem
from frontdesk.store.unit_of_work import UnitOfWork


def record_result(
    uow: UnitOfWork,
    now: datetime,
    item: OutboxItem,
    provider_code: ProviderAccessCode | None,
    note: str | None,
    *,
    sent: AccessCode | None = None,
    accepted: bool = False,
) -> None:
    """The item is done. `accepted`: the provider took the change without saying what it stored
    (nothing to merge); `sent`: the code as it was sent (a create), to notice a change made since."""
    uow.outbox.finish(item.outbox_id, now, note)
    uow.sync_records.resolve_alerts(now, local_id=item.local_id, kinds=DELAYED_ALERTS)
    if provider_code is None and not accepted:
        return
    current = uow.codes.get(item.local_id)
    merged = current if provider_code is None else merge_provider_fields(current, provider_code)
    others = uow.outbox.has_pending_items(item.local_id, other_than=item.outbox_id)
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
        uow.outbox.enqueue(OutboxOperation.UPDATE, merged, now)


def replace_pin(uow: UnitOfWork, now: datetime, item: OutboxItem, code: AccessCode, pins: set[str]) -> None:
    """The lock holds the PIN the desk chose for someone else: choose another (not among `pins`,
    those on the lock) and send again; a guest who was already told the old PIN must hear of it."""
    current = uow.codes.get(code.local_id)
    device = code_ops.cached_device(uow, code.device_id)
    taken = uow.codes.pins_on_device(code.device_id) | pins
    pin = generate_pin(code_ops.RNG, len(current.code or "") or None, code_ops.constraints_for(device), taken)
    uow.codes.save(replace(current, code=pin), now)
    if uow.sync_records.has_open_alert(code.local_id, RECREATED):  # the guest has the old PIN
        uow.sync_records.add_alert(
            now,
            "pin_changed",
            say("A guest's PIN had to change when it was put back on the lock."),
            say(
                "The lock refused the PIN of {code} on {door} because another code holds it; the desk "
                "chose a new PIN. Give the guest the new PIN (the lockout screen shows it).",
                code=f"“{current.name}”" if current.name else say("an unnamed code"),
                door=door_name(uow, code.device_id),
            ),
            device_id=code.device_id,
            local_id=code.local_id,
        )
    uow.outbox.retry_later(item.outbox_id, now, "PIN already on the lock; a new PIN was chosen")
    uow.outbox.clear_outcome(item.outbox_id)
