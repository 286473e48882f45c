"""The room rack: every space with who holds it now and what needs the desk's attention there."""

from __future__ import annotations

from datetime import datetime

from frontdesk.domain.codes.issues import describe_issue
from frontdesk.domain.model import AccessGrant, UserKind
from frontdesk.services.stays.views import RackRow, RoomState, local
from frontdesk.store.unit_of_work import UnitOfWork


def room_rack(uow: UnitOfWork, now: datetime) -> list[RackRow]:
    """Spaces, doors, live grants, their cards and the live PIN codes, each read once and matched here."""
    zone = uow.desk.property().time_zone
    entrances = uow.desk.entrances()
    doors_of: dict[str, list[str]] = {}
    for e in entrances.values():
        doors_of.setdefault(e.space_id, []).append(e.entrance_id)
    grants = [
        g for g in uow.desk.grants(live_only=True) if g.reservation_key and g.kind is not UserKind.STAFF
    ]
    # Reservation -> its grants, and space -> the reservations whose reservation doors are in it.
    stays: dict[str, list[AccessGrant]] = {}
    on_space: dict[str, list[str]] = {}
    for g in grants:
        stay_key = g.reservation_key or ""
        stays.setdefault(stay_key, []).append(g)
        for d in g.entrance_ids:
            door = entrances.get(d)
            if (
                door is not None
                and door.can_belong_to_reservation
                and stay_key not in on_space.get(door.space_id, [])
            ):
                on_space.setdefault(door.space_id, []).append(stay_key)
    overridden = {k for g in grants for k in g.overrides}
    grant_space: dict[str, set[str]] = {
        g.access_grant_id: {entrances[d].space_id for d in g.entrance_ids if d in entrances} for g in grants
    }
    reencode: dict[str, list[int]] = {}
    for card in uow.lockout_reads.cards_of_grants(list(grant_space)):
        if card["status"] == "needs_reencode":
            for space_id in grant_space.get(card["access_grant_id"] or "", ()):
                reencode.setdefault(space_id, []).append(card["card_serial"])
    device_space = {e.device_id: e.space_id for e in entrances.values() if e.device_id}
    problems: dict[str, list[str]] = {}
    for code in uow.codes.codes():
        code_space = device_space.get(code.device_id)
        if code_space is not None and code.errors:
            problems.setdefault(code_space, []).extend(describe_issue(i.code).title for i in code.errors)

    out = {s: e for s, e in uow.out_of_order.all().items() if e.in_effect(now)}
    rows: list[RackRow] = []
    key: str | None
    for space in uow.desk.spaces():
        keys = on_space.get(space.space_id, [])
        current = [k for k in keys if any(g.starts_at <= now < g.ends_at for g in stays[k])]
        coming = [k for k in keys if all(g.starts_at > now for g in stays[k])]
        overdue = [k for k in keys if all(g.ends_at <= now for g in stays[k])]
        holder = next((k for k in current if k not in overridden), None)
        if holder is None and current:
            # A stay checked in over the current one (override over overlapping dates) holds the
            # room even before its own start: the rack names it, and flags the overridden card.
            holder = next((k for k in keys if _took_over(k, current, stays, overridden)), current[0])
        state, key = RoomState.FREE, None
        pending: tuple[str, ...] = ()
        if holder is not None:
            key = holder
            pending = tuple(k for k in keys if k != holder and k in overridden)
            state = RoomState.OVERRIDE_PENDING if pending else RoomState.OCCUPIED
        elif coming:
            key = min(coming, key=lambda k: min(g.starts_at for g in stays[k]))
            state = RoomState.RESERVED
        elif overdue:
            key, state = overdue[0], RoomState.DUE_OUT
        broken = out.get(space.space_id)
        if broken is not None and state in (RoomState.FREE, RoomState.RESERVED):
            # Setting out of order refuses a room held in that time, so only a stay to come after
            # it can share the room: until then the rack says out of order.
            state = RoomState.OUT_OF_ORDER
        held = stays.get(key or "", [])
        rows.append(
            RackRow(
                space.space_id,
                space.name,
                space.kind,
                tuple(doors_of.get(space.space_id, ())),
                state,
                key,
                tuple(g.user_name for g in held),
                local(min((g.starts_at for g in held), default=None), zone),
                local(max((g.ends_at for g in held), default=None), zone),
                pending,
                tuple(sorted(set(reencode.get(space.space_id, ())))),
                tuple(dict.fromkeys(problems.get(space.space_id, ()))),
                broken.reason if broken is not None else None,
                local(broken.until, zone) if broken is not None else None,
            )
        )
    return rows


def _took_over(
    key: str, current: list[str], stays: dict[str, list[AccessGrant]], overridden: set[str]
) -> bool:
    """Whether `key` is active and overrode a current stay whose dates it overlaps.

    Back to back (the current stay ends by the new one's start) is not taking over: the guest who is
    in the room until check-out is the one the rack names until then.
    """
    if key in overridden or key in current:
        return False
    grants = stays[key]
    taken = {k for g in grants for k in g.overrides} & set(current)
    starts = min(g.starts_at for g in grants)
    return any(starts < max(g.ends_at for g in stays[k]) for k in taken)
