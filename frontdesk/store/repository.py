"""Repositories: load and save domain entities; the only place rows become entities."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from frontdesk.domain.errors import NotFound
from frontdesk.domain.model import (
    AccessGrant,
    AccessMethod,
    CredentialKind,
    DoorGroup,
    Entrance,
    GrantStatus,
    Property,
    Reservation,
    ReservationStatus,
    Space,
    UserIdentity,
    UserKind,
)
from frontdesk.domain.words import say
from frontdesk.store.tables import (
    AccessGrantRow,
    CardRow,
    DoorGroupRow,
    EntranceRow,
    LockSystemRow,
    PropertyRow,
    ReservationRow,
    SpaceRow,
    UserIdentityRow,
)


def _kinds(text: str) -> frozenset[CredentialKind]:
    return frozenset(CredentialKind(k) for k in text.split(",") if k)


def _methods(text: str) -> frozenset[AccessMethod]:
    return frozenset(AccessMethod(k) for k in text.split(",") if k)


def _join(values: Iterable[Any]) -> str:
    return ",".join(sorted(v.value for v in values))


def require_property_row(session: Session) -> PropertyRow:
    """The database's property (one per database), or a 404 saying how to make one."""
    row = session.scalars(select(PropertyRow).order_by(PropertyRow.created_at)).first()
    if row is None:
        raise NotFound(
            say("No property set up yet."),
            say("Create the demo property with 'frontdesk demo', or set up your property in Settings."),
        )
    return row


class DeskRepository:
    """Everything of one property: its doors, people, grants and reservations."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._property: PropertyRow | None = None

    # --- property and its doors ---------------------------------------------------------------

    def property_row(self) -> PropertyRow:
        if self._property is None:
            self._property = require_property_row(self.session)
        return self._property

    def has_property(self) -> bool:
        return (self.session.scalar(select(func.count()).select_from(PropertyRow)) or 0) > 0

    def property(self) -> Property:
        row = self.property_row()
        return Property(row.property_id, row.name, row.time_zone)

    def next_reservation_sequence(self) -> int:
        row = self.property_row()
        row.reservation_sequence += 1
        return row.reservation_sequence

    def entrances(self) -> dict[str, Entrance]:
        rows = self.session.execute(
            select(EntranceRow, LockSystemRow.requires_reservation_key_for_guest_cards)
            .join(LockSystemRow, EntranceRow.lock_system_id == LockSystemRow.lock_system_id)
            .where(EntranceRow.property_id == self.property_row().property_id)
            .order_by(EntranceRow.lock_number)
        ).all()
        return {
            r.entrance_id: Entrance(
                entrance_id=r.entrance_id,
                name=r.name,
                space_id=r.space_id,
                lock_system_id=r.lock_system_id,
                can_belong_to_reservation=r.can_belong_to_reservation,
                credential_kinds=_kinds(r.credential_kinds),
                requires_reservation_key_for_guest_cards=requires,
                device_id=r.device_id,
                time_zone=r.time_zone,
            )
            for r, requires in rows
        }

    def lock_numbers(self) -> dict[str, int]:
        rows = self.session.execute(select(EntranceRow.entrance_id, EntranceRow.lock_number)).all()
        return dict(rows)

    def spaces(self) -> list[Space]:
        rows = self.session.scalars(select(SpaceRow).order_by(SpaceRow.space_id))
        return [Space(r.space_id, r.name, r.kind) for r in rows]

    def door_groups(self) -> dict[str, DoorGroup]:
        rows = self.session.scalars(select(DoorGroupRow).order_by(DoorGroupRow.group_number))
        return {r.name: DoorGroup(r.name, frozenset(r.entrance_ids)) for r in rows}

    def door_group_numbers(self) -> dict[str, int]:
        return dict(self.session.execute(select(DoorGroupRow.name, DoorGroupRow.group_number)).all())

    # --- people --------------------------------------------------------------------------------

    def add_user(self, user: UserIdentity, created_at: datetime) -> None:
        self.session.add(
            UserIdentityRow(
                user_identity_id=user.user_identity_id,
                property_id=self.property_row().property_id,
                full_name=user.full_name,
                kind=user.kind.value,
                email=user.email,
                phone=user.phone,
                created_at=created_at,
            )
        )
        self.session.flush()  # grants refer to the user; without relationships SQLAlchemy won't order them

    # --- grants --------------------------------------------------------------------------------

    def _grant(self, row: AccessGrantRow, name: str) -> AccessGrant:
        return AccessGrant(
            access_grant_id=row.access_grant_id,
            user_identity_id=row.user_identity_id,
            user_name=name,
            kind=UserKind(row.kind),
            entrance_ids=frozenset(row.entrance_ids),
            starts_at=row.starts_at,
            ends_at=row.ends_at,
            reservation_key=row.reservation_key,
            access_methods=_methods(row.access_methods),
            status=GrantStatus(row.status),
            created_at=row.created_at,
            ended_at=row.ended_at,
            ended_reason=row.ended_reason,
            overrides=tuple(row.overrides),
        )

    def _grant_query(self) -> Any:
        return select(AccessGrantRow, UserIdentityRow.full_name).join(
            UserIdentityRow, AccessGrantRow.user_identity_id == UserIdentityRow.user_identity_id
        )

    def grant(self, access_grant_id: str) -> AccessGrant:
        found = self.session.execute(
            self._grant_query().where(AccessGrantRow.access_grant_id == access_grant_id)
        ).first()
        if found is None:
            raise NotFound(
                say("Access grant not found."),
                say("Check the grant id with 'frontdesk grants list'."),
                detail={"access_grant_id": access_grant_id},
            )
        return self._grant(*found)

    def grants(
        self,
        *,
        reservation_key: str | None = None,
        live_only: bool = False,
        kind: UserKind | None = None,
    ) -> list[AccessGrant]:
        query = self._grant_query().order_by(AccessGrantRow.created_at, AccessGrantRow.access_grant_id)
        if reservation_key is not None:
            query = query.where(AccessGrantRow.reservation_key == reservation_key)
        if live_only:
            query = query.where(AccessGrantRow.status == GrantStatus.ACTIVE.value)
        if kind is not None:
            query = query.where(AccessGrantRow.kind == kind.value)
        return [self._grant(row, name) for row, name in self.session.execute(query).all()]

    def add_grant(self, grant: AccessGrant) -> None:
        self.session.add(
            AccessGrantRow(
                access_grant_id=grant.access_grant_id,
                property_id=self.property_row().property_id,
                user_identity_id=grant.user_identity_id,
                kind=grant.kind.value,
                reservation_key=grant.reservation_key,
                entrance_ids=sorted(grant.entrance_ids),
                starts_at=grant.starts_at,
                ends_at=grant.ends_at,
                access_methods=_join(grant.access_methods),
                status=grant.status.value,
                overrides=list(grant.overrides),
                created_at=grant.created_at,
            )
        )

    def save_grant(self, grant: AccessGrant) -> None:
        row = self.session.get(AccessGrantRow, grant.access_grant_id)
        assert row is not None
        row.starts_at = grant.starts_at
        row.ends_at = grant.ends_at
        row.status = grant.status.value
        row.ended_at = grant.ended_at
        row.ended_reason = grant.ended_reason
        row.entrance_ids = sorted(grant.entrance_ids)

    # --- reservations --------------------------------------------------------------------------

    def _reservation(self, row: ReservationRow, with_grants: bool = True) -> Reservation:
        return Reservation(
            reservation_key=row.reservation_key,
            door_set=frozenset(row.door_set),
            sequence=row.sequence,
            status=ReservationStatus(row.status),
            overridden_by=row.overridden_by,
            overridden_at=row.overridden_at,
            created_at=row.created_at,
            grants=self.grants(reservation_key=row.reservation_key) if with_grants else [],
        )

    def reservation(self, reservation_key: str) -> Reservation | None:
        row = self.session.get(ReservationRow, reservation_key)
        return None if row is None else self._reservation(row)

    def require_reservation(self, reservation_key: str) -> Reservation:
        found = self.reservation(reservation_key)
        if found is None:
            raise NotFound(
                say("Reservation not found."),
                say("Check the reservation key; 'frontdesk grants list' shows the keys in use."),
                detail={"reservation_key": reservation_key},
            )
        return found

    def reservations(self, *, statuses: Iterable[ReservationStatus] | None = None) -> list[Reservation]:
        query = select(ReservationRow).order_by(ReservationRow.sequence)
        if statuses is not None:
            query = query.where(ReservationRow.status.in_([s.value for s in statuses]))
        return [self._reservation(r) for r in self.session.scalars(query)]

    def save_reservation(self, reservation: Reservation) -> None:
        row = self.session.get(ReservationRow, reservation.reservation_key)
        values = {
            "door_set": sorted(reservation.door_set),
            "sequence": reservation.sequence,
            "status": reservation.status.value,
            "overridden_by": reservation.overridden_by,
            "overridden_at": reservation.overridden_at,
        }
        if row is None:
            self.session.add(
                ReservationRow(
                    reservation_key=reservation.reservation_key,
                    property_id=self.property_row().property_id,
                    created_at=reservation.created_at,
                    **values,
                )
            )
        else:
            for name, value in values.items():
                setattr(row, name, value)

    # --- audit ---------------------------------------------------------------------------------

    # --- cards ---------------------------------------------------------------------------------

    def flag_cards_for_reencode(self, grant_ids: list[str], reason: str) -> list[tuple[int, str | None]]:
        """Mark the grants' issued cards as needing re-encoding; returns (serial, grant id) pairs."""
        if not grant_ids:
            return []
        rows = self.session.scalars(
            select(CardRow)
            .where(CardRow.access_grant_id.in_(grant_ids), CardRow.status.in_(["issued", "needs_reencode"]))
            .order_by(CardRow.card_serial)
        ).all()
        for row in rows:
            row.status = "needs_reencode"
            row.reencode_reason = reason
        return [(r.card_serial, r.access_grant_id) for r in rows]
