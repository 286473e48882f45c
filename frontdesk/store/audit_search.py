"""Finding audit rows by operator, room, guest and kind of action (domain/audit.py AuditFilter).

A row is "about" a room or a guest when its subject is one of the things that belong to it (the
room's doors, the stays, grants, cards and PIN codes that include them) or when its details name
one of its doors (or, for a guest, its sentence or details name the guest). The things are looked
up first, so a card encoded for Room 102 is found by the room even though its row names only the
card's serial.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import ColumnElement, Text, cast, false, func, or_, select
from sqlalchemy.orm import Session

from frontdesk.domain.audit import AuditFilter
from frontdesk.domain.events import AuditEntry
from frontdesk.store.code_tables import AccessCodeRow
from frontdesk.store.tables import (
    AccessGrantRow,
    AuditRow,
    CardRow,
    EntranceRow,
    ReservationRow,
    UserIdentityRow,
)


def _details_text() -> ColumnElement[str]:
    return cast(AuditRow.details, Text)


def _subjects_of_grants(session: Session, grants: list[AccessGrantRow], keys: set[str]) -> set[str]:
    """The subjects that belong to these grants and stays: keys, grant ids, card serials, code ids."""
    grant_ids = {g.access_grant_id for g in grants}
    keys = keys | {g.reservation_key for g in grants if g.reservation_key}
    subjects = set(keys) | grant_ids
    if grant_ids:
        serials = session.scalars(select(CardRow.card_serial).where(CardRow.access_grant_id.in_(grant_ids)))
        subjects.update(str(s) for s in serials)
    if grant_ids or keys:
        codes = session.scalars(
            select(AccessCodeRow.local_id).where(
                or_(AccessCodeRow.access_grant_id.in_(grant_ids), AccessCodeRow.reservation_key.in_(keys))
            )
        )
        subjects.update(codes)
    return subjects


def _about_room(session: Session, space_id: str) -> ColumnElement[bool]:
    doors = set(session.scalars(select(EntranceRow.entrance_id).where(EntranceRow.space_id == space_id)))
    if not doors:
        return false()
    grants = [g for g in session.scalars(select(AccessGrantRow)) if doors & set(g.entrance_ids)]
    keys = {r.reservation_key for r in session.scalars(select(ReservationRow)) if doors & set(r.door_set)}
    subjects = _subjects_of_grants(session, grants, keys) | doors | {space_id}
    subjects.update(
        str(c.card_serial) for c in session.scalars(select(CardRow)) if doors & set(c.entrance_ids)
    )
    named = [_details_text().contains(f'"{door}"') for door in sorted(doors)]
    return or_(AuditRow.subject.in_(sorted(subjects)), *named)


def _about_guest(session: Session, guest: str) -> ColumnElement[bool]:
    pattern = f"%{guest.strip().lower()}%"
    people = list(
        session.scalars(
            select(UserIdentityRow.user_identity_id).where(
                func.lower(UserIdentityRow.full_name).like(pattern)
            )
        )
    )
    grants = (
        list(session.scalars(select(AccessGrantRow).where(AccessGrantRow.user_identity_id.in_(people))))
        if people
        else []
    )
    subjects = _subjects_of_grants(session, grants, set())
    return or_(
        AuditRow.subject.in_(sorted(subjects)),
        func.lower(AuditRow.sentence).like(pattern),
        func.lower(_details_text()).like(pattern),
    )


def search_audit(session: Session, query: AuditFilter) -> list[AuditEntry]:
    """The rows that match every field of `query`, newest first, at most `query.limit`."""
    statement = select(AuditRow).order_by(AuditRow.audit_id.desc()).limit(query.limit)
    if query.operator:
        statement = statement.where(AuditRow.operator == query.operator)
    if query.action:
        statement = statement.where(AuditRow.action == query.action)
    if query.room:
        statement = statement.where(_about_room(session, query.room))
    if query.guest and query.guest.strip():
        statement = statement.where(_about_guest(session, query.guest))
    return [_entry(r) for r in session.scalars(statement)]


def audit_operators(session: Session) -> list[str]:
    """Every operator name the audit log holds, in order, for a filter list."""
    names: Iterable[str | None] = session.scalars(
        select(AuditRow.operator).where(AuditRow.operator.is_not(None)).distinct()
    )
    return sorted({n for n in names if n})


def _entry(r: AuditRow) -> AuditEntry:
    return AuditEntry(
        r.audit_id,
        r.at,
        r.workstation,
        r.action,
        r.subject,
        dict(r.details),
        operator=r.operator,
        outcome=r.outcome,
        sentence=r.sentence,
    )
