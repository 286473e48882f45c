"""Key cards, card key versions and the virtual doors' lock memory. Never any key material.

The property secret and everything derived from it live in the OS keyring and in memory only;
these tables hold what the desk may show anyone: serials, UIDs, doors, windows, key version numbers.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk.domain.cards.revocation import Revocation
from frontdesk.domain.errors import NotFound
from frontdesk.domain.words import say
from frontdesk.store.repository import require_property_row
from frontdesk.store.tables import (
    AccessGrantRow,
    CardKeyVersionRow,
    CardRow,
    DoorGroupRow,
    DoorStateRow,
    EntranceRow,
    PropertyRow,
)

LIVE_CARD_STATUSES = ("issued", "needs_reencode")
# Cards a chip may still hold: a card being written, and one whose write ended without proof.
UNCERTAIN_CARD_STATUSES = ("writing", "unconfirmed")


@dataclass(frozen=True)
class CardProperty:
    """What the card code needs to know about the property."""

    property_id: str
    property_number: int
    time_zone: str


@dataclass(frozen=True)
class CardLock:
    """A door with a card lock: its number, whether it takes part in reservations, its groups."""

    entrance_id: str
    name: str
    lock_number: int
    takes_part_in_reservations: bool
    time_zone: str | None
    group_numbers: tuple[int, ...]


@dataclass(frozen=True)
class KeyVersion:
    """One card key version of the property (the key itself is in the OS keyring)."""

    key_version: int
    created_at: datetime
    accepted_until: datetime | None


@dataclass(frozen=True)
class CardRecord:
    """A card the desk encoded or began to encode.

    `status`: writing (recorded before the first write), issued, needs_reencode, unconfirmed (the
    write never finished with proof: the chip may hold it), failed (the write ended before the
    valid block was sent: it opens nothing), cancelled, returned (its chip holds another card now).
    `cancelled_at`: when its serial went on the cancelled list that new cards carry to the doors
    (a cancelled or unconfirmed card, and a card that an interrupted encode may have spoilt).
    """

    card_serial: int
    access_grant_id: str | None
    kind: str
    status: str
    card_type: str
    uid_hex: str
    key_version: int
    reservation_sequence: int
    entrance_ids: tuple[str, ...]
    starts_at: datetime
    ends_at: datetime
    issued_at: datetime
    reencode_reason: str | None = None
    cancelled_at: datetime | None = None
    shift: str | None = None  # a staff card's shift, "days:start:end" (Shift.to_text)
    lock_action: str | None = None  # a lock-state card's action: emergency_open, block_room, ...


def _record(row: CardRow) -> CardRecord:
    return CardRecord(
        card_serial=row.card_serial,
        access_grant_id=row.access_grant_id,
        kind=row.kind,
        status=row.status,
        card_type=row.card_type,
        uid_hex=row.uid_hex,
        key_version=row.key_version,
        reservation_sequence=row.reservation_sequence,
        entrance_ids=tuple(row.entrance_ids),
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        issued_at=row.issued_at,
        reencode_reason=row.reencode_reason,
        cancelled_at=row.cancelled_at,
        shift=row.shift,
        lock_action=row.lock_action,
    )


class CardRepository:
    """Cards, key versions and door states of the (one) property in this database."""

    def __init__(self, session: Session) -> None:
        self.session = session

    # --- property ------------------------------------------------------------------------------

    def _property_row(self) -> PropertyRow:
        return require_property_row(self.session)

    def property(self) -> CardProperty:
        row = self._property_row()
        return CardProperty(row.property_id, row.property_number, row.time_zone)

    def next_card_serial(self) -> int:
        """Take the next card serial (never reused, also when the encode then fails)."""
        row = self._property_row()
        row.card_serial_counter += 1
        self.session.flush()
        return row.card_serial_counter

    # --- doors ----------------------------------------------------------------------------------

    def card_locks(self) -> dict[str, CardLock]:
        """Every door that takes key cards, by entrance id, with the door groups it belongs to."""
        property_id = self._property_row().property_id
        groups: dict[str, list[int]] = {}
        for group in self.session.scalars(
            select(DoorGroupRow).where(DoorGroupRow.property_id == property_id)
        ):
            for entrance_id in group.entrance_ids:
                groups.setdefault(entrance_id, []).append(group.group_number)
        rows = self.session.scalars(
            select(EntranceRow)
            .where(EntranceRow.property_id == property_id)
            .order_by(EntranceRow.lock_number)
        )
        return {
            r.entrance_id: CardLock(
                entrance_id=r.entrance_id,
                name=r.name,
                lock_number=r.lock_number,
                takes_part_in_reservations=r.can_belong_to_reservation,
                time_zone=r.time_zone,
                group_numbers=tuple(sorted(groups.get(r.entrance_id, ()))),
            )
            for r in rows
            if "card" in r.credential_kinds.split(",")
        }

    def door_groups(self) -> dict[str, tuple[int, frozenset[str]]]:
        """Door groups by name: (group number, entrance ids)."""
        property_id = self._property_row().property_id
        rows = self.session.scalars(
            select(DoorGroupRow)
            .where(DoorGroupRow.property_id == property_id)
            .order_by(DoorGroupRow.group_number)
        )
        return {r.name: (r.group_number, frozenset(r.entrance_ids)) for r in rows}

    def door_state(self, entrance_id: str) -> dict[str, Any] | None:
        row = self.session.get(DoorStateRow, entrance_id)
        return None if row is None else dict(row.state)

    def save_door_state(self, entrance_id: str, state: dict[str, Any], now: datetime) -> None:
        row = self.session.get(DoorStateRow, entrance_id)
        if row is None:
            self.session.add(DoorStateRow(entrance_id=entrance_id, state=state, updated_at=now))
        else:
            row.state = state
            row.updated_at = now

    # --- key versions ---------------------------------------------------------------------------

    def key_versions(self) -> list[KeyVersion]:
        property_id = self._property_row().property_id
        rows = self.session.scalars(
            select(CardKeyVersionRow)
            .where(CardKeyVersionRow.property_id == property_id)
            .order_by(CardKeyVersionRow.key_version)
        )
        return [KeyVersion(r.key_version, r.created_at, r.accepted_until) for r in rows]

    def add_key_version(self, key_version: int, now: datetime) -> None:
        self.session.add(
            CardKeyVersionRow(
                property_id=self._property_row().property_id,
                key_version=key_version,
                created_at=now,
                accepted_until=None,
            )
        )
        self.session.flush()

    def retire_key_versions_before(self, key_version: int, until: datetime) -> None:
        """Every version older than `key_version` stays accepted only until `until` (never longer)."""
        property_id = self._property_row().property_id
        for row in self.session.scalars(
            select(CardKeyVersionRow).where(
                CardKeyVersionRow.property_id == property_id, CardKeyVersionRow.key_version < key_version
            )
        ):
            if row.accepted_until is None or row.accepted_until > until:
                row.accepted_until = until

    # --- cards ----------------------------------------------------------------------------------

    def add_card(self, card: CardRecord) -> None:
        self.session.add(
            CardRow(
                card_serial=card.card_serial,
                property_id=self._property_row().property_id,
                access_grant_id=card.access_grant_id,
                kind=card.kind,
                status=card.status,
                card_type=card.card_type,
                uid_hex=card.uid_hex,
                key_version=card.key_version,
                reservation_sequence=card.reservation_sequence,
                entrance_ids=list(card.entrance_ids),
                starts_at=card.starts_at,
                ends_at=card.ends_at,
                issued_at=card.issued_at,
                reencode_reason=card.reencode_reason,
                cancelled_at=card.cancelled_at,
                shift=card.shift,
                lock_action=card.lock_action,
            )
        )
        self.session.flush()

    def card(self, card_serial: int) -> CardRecord | None:
        row = self.session.get(CardRow, card_serial)
        return None if row is None else _record(row)

    def require_card(self, card_serial: int) -> CardRecord:
        found = self.card(card_serial)
        if found is None:
            raise NotFound(
                say("Card not found."),
                say(
                    "Check the card serial; 'frontdesk cards read' shows the serial of a card on the reader."
                ),
                detail={"card_serial": card_serial},
            )
        return found

    def cards(
        self, *, access_grant_id: str | None = None, grant_ids: list[str] | None = None, limit: int = 500
    ) -> list[CardRecord]:
        """Cards newest first: of one grant, of these grants (a stay's), or all."""
        query = select(CardRow).order_by(CardRow.card_serial.desc()).limit(limit)
        if access_grant_id is not None:
            query = query.where(CardRow.access_grant_id == access_grant_id)
        if grant_ids is not None:
            query = query.where(CardRow.access_grant_id.in_(grant_ids))
        return [_record(r) for r in self.session.scalars(query)]

    def set_status(
        self, card_serial: int, status: str, now: datetime | None = None, *, revoke: bool = False
    ) -> None:
        """Change a card's status; `revoke` (always for cancelled) puts its serial on the cancelled
        list from `now` on, unless it is there already."""
        row = self.session.get(CardRow, card_serial)
        if row is None:
            raise NotFound(
                say("Card not found."), say("Check the card serial."), detail={"card_serial": card_serial}
            )
        row.status = status
        if (revoke or status == "cancelled") and row.cancelled_at is None:
            row.cancelled_at = now
        self.session.flush()

    def live_cards_ending_after(self, moment: datetime) -> list[CardRecord]:
        """Issued (or to-be-re-encoded) cards whose window runs past `moment`, serial order."""
        rows = self.session.scalars(
            select(CardRow)
            .where(CardRow.status.in_(LIVE_CARD_STATUSES), CardRow.ends_at > moment)
            .order_by(CardRow.card_serial)
        )
        return [_record(r) for r in rows]

    def flag_for_reencode(self, card_serial: int, reason: str) -> None:
        row = self.session.get(CardRow, card_serial)
        if row is not None:
            row.status, row.reencode_reason = "needs_reencode", reason

    def set_issued_at(self, card_serial: int, now: datetime) -> None:
        row = self.session.get(CardRow, card_serial)
        if row is not None:
            row.issued_at = now

    def cards_being_written(
        self, *, started_before: datetime | None = None, grant_ids: Iterable[str] = ()
    ) -> list[CardRecord]:
        """Cards still `writing`: whose write began before `started_before`, or of these grants."""
        wanted = list(grant_ids)
        rows = self.session.scalars(
            select(CardRow).where(CardRow.status == "writing").order_by(CardRow.card_serial)
        )
        return [
            _record(r)
            for r in rows
            if (started_before is not None and r.issued_at < started_before) or r.access_grant_id in wanted
        ]

    def grant_ids_of_reservation(self, reservation_key: str) -> list[str]:
        """Every grant (also ended ones) of a stay: its cards are the stay's cards."""
        return list(
            self.session.scalars(
                select(AccessGrantRow.access_grant_id).where(
                    AccessGrantRow.reservation_key == reservation_key
                )
            )
        )

    def live_cards_with_uid(self, uid_hex: str, *, uncertain: bool = False) -> list[CardRecord]:
        """Cards still counted as out there that were written on this chip (with `uncertain`, also
        those being written or unconfirmed)."""
        statuses = LIVE_CARD_STATUSES + (UNCERTAIN_CARD_STATUSES if uncertain else ())
        rows = self.session.scalars(
            select(CardRow)
            .where(CardRow.uid_hex == uid_hex, CardRow.status.in_(statuses))
            .order_by(CardRow.card_serial)
        )
        return [_record(r) for r in rows]

    def revocations_in_force(self, now: datetime) -> list[Revocation]:
        """Every revoked card that has not ended yet (the domain chooses what a card carries)."""
        rows = self.session.scalars(
            select(CardRow).where(CardRow.cancelled_at.is_not(None), CardRow.ends_at > now)
        )
        return [
            Revocation(r.card_serial, frozenset(r.entrance_ids), r.ends_at, r.cancelled_at, r.access_grant_id)
            for r in rows
            if r.cancelled_at is not None
        ]

    def cards_by_serials(self, serials: Iterable[int]) -> dict[int, CardRecord]:
        wanted = list(serials)
        if not wanted:
            return {}
        rows = self.session.scalars(select(CardRow).where(CardRow.card_serial.in_(wanted)))
        return {r.card_serial: _record(r) for r in rows}
