"""Today's lists from the live reservations: one function for the full read and the quick first one.

`DeskQueries.today` builds them inside a transaction (SQLAlchemy); `quick_today` builds the very
same lists from the standard library's sqlite3 (store/quick_read.py) while a starting window waits
for the full application, so the first rows on screen are exactly the rows the desk then reloads.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from frontdesk.domain.model import AccessGrant, Reservation, UserKind
from frontdesk.services.stays.views import StayRow, Today, local
from frontdesk.store.quick_read import read_quick_desk


def stay_row(r: Reservation, spaces: dict[str, str], entrance_space: dict[str, str], zone: str) -> StayRow:
    """One line of the Today lists: the stay's guests (not staff), rooms and times on the property's clock."""
    live: list[AccessGrant] = [g for g in r.live_grants if g.kind is not UserKind.STAFF]
    rooms = tuple(dict.fromkeys(spaces[entrance_space[d]] for d in sorted(r.door_set)))
    return StayRow(
        reservation_key=r.reservation_key,
        guest_names=tuple(g.user_name for g in live),
        entrance_ids=tuple(sorted(r.door_set)),
        room_names=rooms,
        starts_at=local(min(g.starts_at for g in live), zone),
        ends_at=local(max(g.ends_at for g in live), zone),
        status=r.status,
    )


def build_today(
    live: Iterable[Reservation],
    spaces: dict[str, str],
    entrance_space: dict[str, str],
    zone: str,
    now: datetime,
) -> Today:
    """Arrivals still to come today, guests in house now and today's departures."""
    day = now.astimezone(ZoneInfo(zone)).date()
    start = datetime.combine(day, time(0), ZoneInfo(zone))
    end = start + timedelta(days=1)
    rows = [stay_row(r, spaces, entrance_space, zone) for r in live if r.live_grants]
    return Today(
        day=day,
        arrivals=tuple(s for s in rows if start <= s.starts_at < end and s.starts_at > now),
        in_house=tuple(s for s in rows if s.starts_at <= now < s.ends_at),
        departures=tuple(s for s in rows if start <= s.ends_at < end),
    )


@dataclass(frozen=True)
class QuickToday:
    """Today read before the application is built: the property's name and zone, and the lists."""

    property_name: str
    time_zone: str
    today: Today


def quick_today(url: str, now: datetime) -> QuickToday | None:
    """Today from a current, sign-in-free SQLite desk without SQLAlchemy; None when only the full
    start can say (PostgreSQL, migrations pending, operators, anything unusual)."""
    desk = read_quick_desk(url)
    if desk is None:
        return None
    today = build_today(desk.reservations, desk.spaces, desk.entrance_space, desk.time_zone, now)
    return QuickToday(desk.name, desk.time_zone, today)
