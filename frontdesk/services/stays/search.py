"""Finding a stay by guest name, room name, door id or reservation key."""

from __future__ import annotations

from datetime import datetime

from frontdesk.domain.model import AccessGrant, UserKind
from frontdesk.services.stays.views import GrantState, SearchHit, SearchMatch, local
from frontdesk.store.unit_of_work import UnitOfWork


def search_stays(uow: UnitOfWork, now: datetime, needle: str, limit: int) -> list[SearchHit]:
    """Stays whose guests, rooms, doors or key contain `needle` (already case-folded).

    Stays in house or to come are listed first, then ended ones, newest first.
    """
    zone = uow.desk.property().time_zone
    spaces = {s.space_id: s.name for s in uow.desk.spaces()}
    entrances = uow.desk.entrances()
    by_key: dict[str, list[AccessGrant]] = {}
    for g in uow.desk.grants():
        if g.reservation_key and g.kind is not UserKind.STAFF:
            by_key.setdefault(g.reservation_key, []).append(g)
    overridden = {k for grants in by_key.values() for g in grants for k in g.overrides}
    hits: list[SearchHit] = []
    for key, grants in by_key.items():
        live = [g for g in grants if g.is_live]
        shown = live or grants
        rooms = tuple(
            dict.fromkeys(
                spaces[entrances[d].space_id]
                for g in shown
                for d in sorted(g.entrance_ids)
                if d in entrances and entrances[d].can_belong_to_reservation
            )
        )
        doors = {d.casefold() for g in shown for d in g.entrance_ids}
        if needle in key.casefold():
            matched = SearchMatch.RESERVATION
        elif any(needle in g.user_name.casefold() for g in shown):
            matched = SearchMatch.GUEST
        elif any(needle in r.casefold() for r in rooms) or needle in doors:
            matched = SearchMatch.ROOM
        else:
            continue
        if not live:
            status = GrantState.ENDED
        else:
            status = GrantState.OVERRIDDEN if key in overridden else GrantState.ACTIVE
        hits.append(
            SearchHit(
                key,
                tuple(g.user_name for g in shown),
                rooms,
                local(min(g.starts_at for g in shown), zone),
                local(max(g.ends_at for g in shown), zone),
                status,
                matched,
            )
        )
    hits.sort(key=lambda h: (h.status is GrantState.ENDED, h.ends_at < now, -h.starts_at.timestamp()))
    return hits[:limit]
