"""Rooms out of order: taking a space out of service until a set time, putting it back, and the
refusal check-in and room moves run before they give guests a room.

A room is only taken out of order when no stay holds it in that time (the desk never strands a
guest silently: move them first). Once `until` has passed the room is in order again by itself;
the row stays until someone puts it back or sets it again, and nothing reads it as in effect.
"""

from __future__ import annotations

from datetime import datetime

from frontdesk.domain import events as ev
from frontdesk.domain.errors import InvalidInput, NotFound
from frontdesk.domain.model import ReservationStatus, Space
from frontdesk.domain.out_of_order import OutOfOrder, RoomHoldsAStay, RoomOutOfOrder
from frontdesk.domain.words import say
from frontdesk.services.stays.views import OutOfOrderView, local
from frontdesk.store.unit_of_work import UnitOfWork

MAX_REASON = 200


def find_space(uow: UnitOfWork, room: str) -> Space:
    """The space `room` names: its id, one of its doors' ids, its name, or its number alone ("101")."""
    typed = room.strip().casefold()
    spaces = uow.desk.spaces()
    by_id = {s.space_id: s for s in spaces}
    door = uow.desk.entrances().get(room.strip())
    if room.strip() in by_id:
        return by_id[room.strip()]
    if door is not None:
        return by_id[door.space_id]
    named = [s for s in spaces if s.name.casefold() == typed]
    if not named and typed:
        named = [s for s in spaces if s.name.casefold().split()[-1:] == [typed]]
    if len(named) == 1:
        return named[0]
    raise NotFound(
        say("There is no such room."),
        say("Type the room as the rack shows it, e.g. Room 101 (or its number alone)."),
        detail={"room": room},
    )


def view_of(entry: OutOfOrder, name: str, zone: str) -> OutOfOrderView:
    return OutOfOrderView(
        entry.space_id, name, entry.reason, local(entry.since, zone), local(entry.until, zone)
    )


def refuse_out_of_order(
    uow: UnitOfWork, entrance_ids: tuple[str, ...], starts_at: datetime, ends_at: datetime
) -> None:
    """Raise RoomOutOfOrder when a room of these doors is out of order for part of the stay."""
    entries = uow.out_of_order.all()
    if not entries:
        return
    entrances = uow.desk.entrances()
    spaces = {entrances[d].space_id for d in entrance_ids if d in entrances}
    hit = [e for s, e in entries.items() if s in spaces and e.overlaps(starts_at, ends_at)]
    if not hit:
        return
    zone = uow.desk.property().time_zone
    names = {s.space_id: s.name for s in uow.desk.spaces()}
    raise RoomOutOfOrder(
        detail={
            "out_of_order": [
                {
                    "room": names.get(e.space_id, e.space_id),
                    "reason": e.reason,
                    "until": local(e.until, zone).isoformat(),
                }
                for e in hit
            ]
        }
    )


def _stays_in(uow: UnitOfWork, space_id: str, since: datetime, until: datetime) -> list[str]:
    entrances = uow.desk.entrances()
    doors = {d for d, e in entrances.items() if e.space_id == space_id}
    held = []
    for r in uow.desk.reservations(statuses=[ReservationStatus.ACTIVE, ReservationStatus.OVERRIDDEN]):
        live = [g for g in r.live_grants if doors & g.entrance_ids]
        if any(g.overlaps(since, until) for g in live):
            held.append(r.reservation_key)
    return held


def clean_reason(reason: str) -> str:
    text = " ".join(reason.split())
    if not text:
        raise InvalidInput(
            say("No reason given."), say("Say why the room is out of order, e.g. 'leaking tap'.")
        )
    if len(text) > MAX_REASON:
        raise InvalidInput(
            say("The reason is too long."),
            say("Keep it under {max_reason} characters; details go elsewhere.", max_reason=MAX_REASON),
        )
    return text


def set_out_of_order(
    uow: UnitOfWork, now: datetime, room: str, reason: str, until: datetime
) -> OutOfOrderView:
    """Take the room out of service from now until `until` (setting it again replaces reason and end).

    Refused while a stay holds the room in that time (RoomHoldsAStay): move the guests first."""
    text = clean_reason(reason)
    space = find_space(uow, room)
    zone = uow.desk.property().time_zone
    if until <= now:
        raise InvalidInput(
            say("'Until' is not in the future."),
            say("Give the date and time the room will be ready again, later than now."),
            detail={"until": local(until, zone).isoformat()},
        )
    held = _stays_in(uow, space.space_id, now, until)
    if held:
        raise RoomHoldsAStay(detail={"room": space.name, "reservation_keys": held})
    entry = OutOfOrder(space.space_id, text, now, until)
    uow.out_of_order.save(entry)
    uow.record(ev.RoomSetOutOfOrder(space.space_id, text, until))
    return view_of(entry, space.name, zone)


def back_in_order(uow: UnitOfWork, now: datetime, room: str) -> OutOfOrderView:
    """Put the room back in service now; refused (400) when it is not out of order."""
    space = find_space(uow, room)
    entry = uow.out_of_order.of(space.space_id)
    if entry is None or entry.until <= now:
        raise InvalidInput(
            say("The room is not out of order."),
            say("Nothing to do: the room can be given to guests."),
            detail={"room": space.name},
        )
    uow.out_of_order.remove(space.space_id)
    uow.record(ev.RoomBackInOrder(space.space_id, entry.reason))
    return view_of(entry, space.name, uow.desk.property().time_zone)


def out_of_order_now(uow: UnitOfWork, now: datetime) -> list[OutOfOrderView]:
    """The rooms out of order now (or from a later time on), in the order of their ids."""
    zone = uow.desk.property().time_zone
    names = {s.space_id: s.name for s in uow.desk.spaces()}
    return [view_of(e, names.get(s, s), zone) for s, e in uow.out_of_order.all().items() if now < e.until]
