"""Healing what went wrong at the provider: codes that vanished before their end are put back, and
codes whose time to be set (or removed) has passed are flagged for the desk.

Both run inside the sync worker's write transactions. No alert carries a PIN: alerts are shown in
the status bar and printed by `sync status`.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

from frontdesk.domain.codes import (
    AccessCode,
    CodeIssue,
    OutboxOperation,
    SyncState,
    is_overdue,
    is_removal_overdue,
    programming_time,
    to_send_again,
)
from frontdesk.domain.codes.lifecycle import MONTHS
from frontdesk.domain.words import say
from frontdesk.store.unit_of_work import UnitOfWork

RECREATED = "code_recreated"
NOT_ON_LOCK = "code_overdue"
STILL_ON_LOCK = "code_removal_overdue"


def door_name(uow: UnitOfWork, device_id: str) -> str:
    data = uow.sync_records.device_data(device_id) or {}
    return str(data.get("display_name") or (data.get("properties") or {}).get("name") or device_id)


def hotel_time(uow: UnitOfWork, moment: datetime) -> str:
    zone = uow.desk.property().time_zone if uow.desk.has_property() else "UTC"
    local = moment.astimezone(ZoneInfo(zone))
    return say(
        "{time} on {day} {month} {year}",
        time=f"{local:%H:%M}",
        day=f"{local:%d}",
        month=MONTHS[local.month - 1],
        year=local.year,
    )


def _named(code: AccessCode) -> str:
    return f"“{code.name}”" if code.name else say("an unnamed code")


def _named_first(code: AccessCode) -> str:  # the same, at the start of a sentence
    return f"“{code.name}”" if code.name else say("An unnamed code")


def heal_vanished(uow: UnitOfWork, now: datetime, code: AccessCode) -> bool:
    """The provider no longer has this code although the desk has not removed it. Returns True when
    the desk is sending it again.

    - ended, or being removed by the desk: gone is what was wanted;
    - a pool backup nobody was given: dropped, the pool refill orders another;
    - an offline code: its PIN is computed by the provider and cannot be made again: kept, warned;
    - anything else: created again with the same PIN, name and times, and the desk is told.
    """
    if code.has_ended(now) or code.sync_state is SyncState.PENDING_DELETE:
        uow.codes.save(replace(code, status="unset", sync_state=SyncState.SYNCED), now, removed_at=now)
        return False
    if code.is_backup and code.pulled_for is None:
        uow.codes.save(replace(code, status="unset"), now, removed_at=now)
        return False
    if code.is_offline_access_code:
        if all(w.code != "not_found_at_provider" for w in code.warnings):
            missing = CodeIssue("not_found_at_provider", "The provider no longer lists this code.", now)
            uow.codes.save(replace(code, warnings=(*code.warnings, missing)), now)
        return False
    again = to_send_again(code)
    uow.codes.save(again, now, sync_error=None)
    uow.codes.forget_set_on_device(code.local_id)  # the new code has not reached the lock yet
    uow.outbox.cancel_pending(code.local_id, now)  # an update of the lost code has nothing to update
    uow.outbox.enqueue(OutboxOperation.CREATE, again, now)
    until = say(" (valid until {time})", time=hotel_time(uow, code.ends_at)) if code.ends_at else ""
    uow.sync_records.add_alert(
        now,
        RECREATED,
        say("A PIN code vanished at the lock provider; the desk is putting it back."),
        say(
            "The provider no longer had {code} on {door}{until}, although the desk never removed it. "
            "The desk is sending it again with the same PIN; if the lock refuses that PIN, the desk "
            "chooses a new one and says so here.",
            code=_named(code),
            door=door_name(uow, code.device_id),
            until=until,
        ),
        device_id=code.device_id,
        local_id=code.local_id,
    )
    return True


def flag_late_codes(uow: UnitOfWork, now: datetime) -> int:
    """Raise an alert for each code that should be on its lock by now and is not, or should have
    left it and has not; close the alert once that is over. Returns the alerts raised."""
    raised = 0
    open_alerts = {
        (a.local_id, a.kind): a for a in uow.sync_records.alerts() if a.kind in (NOT_ON_LOCK, STILL_ON_LOCK)
    }
    for code in uow.codes.codes():
        if code.is_offline_access_code or (code.is_backup and code.pulled_for is None):
            continue  # offline codes have no lock state; the pool's health is the refill's business
        late = is_overdue(code, now) and code.sync_state is not SyncState.FAILED
        if late and (code.local_id, NOT_ON_LOCK) not in open_alerts:
            due = programming_time(code) or code.created_at or now
            uow.sync_records.add_alert(
                now,
                NOT_ON_LOCK,
                say("A PIN code should be on its lock by now and is not."),
                say(
                    "{code} on {door} was due on the lock at {time}; the provider reports it as "
                    "'{status}'. Until it is, give the guest a backup PIN or a key card, and check the lock.",
                    code=_named_first(code),
                    door=door_name(uow, code.device_id),
                    time=hotel_time(uow, due),
                    status=code.status,
                ),
                device_id=code.device_id,
                local_id=code.local_id,
            )
            raised += 1
        elif not late and (code.local_id, NOT_ON_LOCK) in open_alerts:
            uow.sync_records.resolve_alerts(now, local_id=code.local_id, kinds=(NOT_ON_LOCK,))
        lingering = is_removal_overdue(code, now)
        if lingering and code.ends_at and (code.local_id, STILL_ON_LOCK) not in open_alerts:
            uow.sync_records.add_alert(
                now,
                STILL_ON_LOCK,
                say("A PIN code is still on its lock after its end."),
                say(
                    "{code} on {door} ended at {time}, but the provider still reports it as set: it may "
                    "still open the door. Check the lock.",
                    code=_named_first(code),
                    door=door_name(uow, code.device_id),
                    time=hotel_time(uow, code.ends_at),
                ),
                device_id=code.device_id,
                local_id=code.local_id,
            )
            raised += 1
        elif not lingering and (code.local_id, STILL_ON_LOCK) in open_alerts:
            uow.sync_records.resolve_alerts(now, local_id=code.local_id, kinds=(STILL_ON_LOCK,))
    return raised
