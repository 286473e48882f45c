"""Replacing a lock that was factory reset, inside one unit of work.

After a reset the provider shows the lock as a new device and the old one's codes are gone from the
door. The plan is the domain's (`domain/codes/replacement.py`); here it meets the new lock: each live
code is created again on it with the same PIN where the new lock takes it (its constraints, the PINs
already on it), else with a new one, and the receptionist is told which guests keep their PIN and
which must be given a new one. The old lock's codes are ended at the desk, without a delete for the
provider: they died with the reset, and the old device will never answer. The desk's doors that
named the old lock name the new one, so later check-ins go to it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from frontdesk.domain.codes import AccessCode, SyncState, generate_pin, replace_device
from frontdesk.domain.codes.capabilities import require_code_holder
from frontdesk.domain.codes.constraints import pin_problems
from frontdesk.domain.codes.events import LockReplaced
from frontdesk.domain.events import EntranceUpdated
from frontdesk.domain.words import say_plural
from frontdesk.services.codes import operations as code_ops
from frontdesk.services.codes.views import LeftBehindCode, LockReplacement, MovedCode
from frontdesk.store.code_repository import CodeExtras
from frontdesk.store.property_repository import PropertyRepository
from frontdesk.store.unit_of_work import UnitOfWork


def _guest(code: AccessCode) -> str:
    if code.pulled_for is not None:
        return f"{code.name or 'A guest'} (backup PIN)"
    return code.name or code.local_id


def _door_name(uow: UnitOfWork, device_id: str) -> str:
    for entrance in uow.desk.entrances().values():
        if entrance.device_id == device_id:
            return entrance.name
    device = code_ops.cached_device(uow, device_id)
    return (device.display_name if device is not None else None) or device_id


def replace_lock(
    uow: UnitOfWork, now: datetime, old_device_id: str, new_device_id: str, *, apply: bool
) -> LockReplacement:
    """Plan (apply=False, nothing written) or carry out moving the old lock's live codes to the new one."""
    plan = replace_device(
        uow.codes.codes(device_id=old_device_id),
        old_device_id,
        new_device_id,
        now,
        new_id=code_ops.new_local_id,
    )
    code_ops.require_known_device(uow, [old_device_id, new_device_id])
    new_device = code_ops.cached_device(uow, new_device_id)
    if new_device is not None:
        require_code_holder(code_ops.abilities(new_device))
    constraints = code_ops.constraints_for(new_device)
    taken = set(uow.codes.pins_on_device(new_device_id))
    door = _door_name(uow, old_device_id)  # the desk's name for the door, which the new lock now serves
    originals = {c.local_id: c for c in uow.codes.codes(device_id=old_device_id)}
    moved: list[MovedCode] = []
    copies: list[tuple[AccessCode, CodeExtras]] = []
    for copy in sorted(plan.to_create, key=lambda c: c.pulled_for is not None):  # guests' own codes first
        source = next(o for o in plan.old_marked if o.replaced_by == copy.local_id)
        extras = uow.codes.extras(source.local_id)
        pin = copy.code
        kept = (
            pin is not None and constraints.desk_can_choose_pin and not pin_problems(pin, constraints, taken)
        )
        if not kept:
            pin = (
                generate_pin(code_ops.RNG, None, constraints, taken)
                if constraints.desk_can_choose_pin
                else None
            )
            # A new PIN no longer matches the linked group's other doors: it stands alone on this lock.
            copy = replace(copy, code=pin, common_code_key=None, is_waiting_for_code_assignment=pin is None)
        if pin is not None:
            taken.add(pin)
        guest = _guest(copy)
        if kept:
            sentence = f"{guest} keeps the same PIN on {door}."
        elif pin is None:
            sentence = (
                f"{guest} gets a new PIN on {door}: the lock assigns it; give it to the guest once it shows."
            )
        elif not apply:  # the preview's PIN is not the one the replacement will pick: show none
            pin = None
            sentence = f"{guest} gets a new PIN on {door}: the new lock does not take the old one."
        else:
            sentence = (
                f"{guest} gets a new PIN on {door}: {pin}. Tell the guest; the old PIN no longer opens."
            )
        moved.append(MovedCode(guest, source.local_id, copy.local_id, pin, kept, sentence))
        chosen_by_desk = extras.pin_chosen_by_desk if kept else pin is not None
        copies.append(
            (copy, replace(extras, pin_chosen_by_desk=chosen_by_desk, sync_error=None, removed_at=None))
        )
    left = [
        LeftBehindCode(_guest(c), c.local_id, reason)
        for c, reason in plan.left_behind
        if not c.is_in_backup_pool
    ]
    doors = [(eid, e) for eid, e in uow.desk.entrances().items() if e.device_id == old_device_id]
    ended = list(originals.values())
    sentences = [m.sentence for m in moved]
    sentences += [f"{c.guest}: not moved ({c.reason})." for c in left]
    sentences.append(
        say_plural(
            "{n} code of the old lock ends at the desk: the factory reset wiped it from the door.",
            "{n} codes of the old lock end at the desk: the factory reset wiped them from the door.",
            n=len(ended),
        )
    )
    if doors:
        names = ", ".join(sorted(e.name for _, e in doors))
        sentences.append(
            say_plural(
                "{doors} now uses the new lock.", "{doors} now use the new lock.", n=len(doors), doors=names
            )
        )
    if apply:
        for code in ended:  # no delete for the provider: the old device is gone and its codes with it
            uow.outbox.cancel_pending(code.local_id, now)
            marked = next((o for o in plan.old_marked if o.local_id == code.local_id), code)
            uow.codes.save(replace(marked, sync_state=SyncState.SYNCED, status="unset"), now, removed_at=now)
        for copy, extras in copies:
            code_ops.add_code(uow, copy, now, extras)
        repo = PropertyRepository(uow.session, uow.desk.property_row().property_id)
        for entrance_id, _ in doors:
            record = repo.door(entrance_id)
            if record is not None:
                repo.save_door(replace(record, device_id=new_device_id))
                change = {"device_id": {"from": old_device_id, "to": new_device_id}}
                uow.record(EntranceUpdated(entrance_id, change, repo.property_id))
        if any(extras.use_backup_pool for _, extras in copies):
            code_ops.refill_pool(uow, now, new_device_id)
        uow.record(
            LockReplaced(
                old_device_id,
                new_device_id,
                tuple(m.guest for m in moved if m.pin_kept),
                tuple(m.guest for m in moved if not m.pin_kept),
                tuple(c.guest for c in left),
                len(ended),
            )
        )
    return LockReplacement(
        old_device_id,
        new_device_id,
        apply,
        tuple(moved),
        tuple(left),
        len(ended),
        tuple(sorted(e.name for _, e in doors)),
        tuple(sentences),
    )
