"""The stay timeline (tape chart): each guest room's stays over the next days, as bars.

Stays whose dates overlap on one room are both listed (the screen draws them one above the other),
and a stay overridden by a newer one says so, so the desk sees an override before it happens at
the door. Read in a fixed number of queries: spaces, doors, live stays, out of order.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from frontdesk.domain.model import ReservationStatus, UserKind
from frontdesk.services.stays.views import Timeline, TimelineBar, TimelineRoom, local
from frontdesk.store.unit_of_work import UnitOfWork

MAX_DAYS = 62


def timeline(uow: UnitOfWork, now: datetime, days: int) -> Timeline:
    """Rooms with reservation doors, and every live stay or out-of-order time within the days."""
    days = max(1, min(days, MAX_DAYS))
    zone = uow.desk.property().time_zone
    tz = ZoneInfo(zone)
    first_day = now.astimezone(tz).date()
    start = datetime.combine(first_day, time(0), tz)
    end = datetime.combine(first_day + timedelta(days=days), time(0), tz)
    entrances = uow.desk.entrances()
    doors_of: dict[str, list[str]] = {}
    for e in entrances.values():
        if e.can_belong_to_reservation:
            doors_of.setdefault(e.space_id, []).append(e.entrance_id)
    bars: dict[str, list[TimelineBar]] = {s: [] for s in doors_of}
    live = uow.desk.reservations(statuses=[ReservationStatus.ACTIVE, ReservationStatus.OVERRIDDEN])
    for r in live:
        grants = [g for g in r.live_grants if g.kind is not UserKind.STAFF]
        if not grants:
            continue
        starts, ends = min(g.starts_at for g in grants), max(g.ends_at for g in grants)
        if not (starts < end and start < ends):
            continue
        bar = TimelineBar(
            r.reservation_key,
            tuple(g.user_name for g in grants),
            local(starts, zone),
            local(ends, zone),
            r.status is ReservationStatus.OVERRIDDEN,
            tuple(dict.fromkeys(k for g in grants for k in g.overrides)),
        )
        for space_id in dict.fromkeys(entrances[d].space_id for d in sorted(r.door_set) if d in entrances):
            bars.setdefault(space_id, []).append(bar)
    for space_id, entry in uow.out_of_order.all().items():
        if space_id in bars and entry.since < end and start < entry.until:
            bars[space_id].append(
                TimelineBar(
                    None, (), local(entry.since, zone), local(entry.until, zone), False, (), entry.reason
                )
            )
    rooms = [
        TimelineRoom(
            s.space_id,
            s.name,
            tuple(sorted(doors_of[s.space_id])),
            tuple(sorted(bars[s.space_id], key=lambda b: b.starts_at)),
        )
        for s in uow.desk.spaces()
        if s.space_id in doors_of
    ]
    return Timeline(first_day, days, start, tuple(rooms))
