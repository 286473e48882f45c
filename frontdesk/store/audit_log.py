"""The audit log as a hash chain: appending rows and checking that none was changed, deleted or inserted.

Each row's `row_hash` is the SHA-256 of its canonical content (id, time, workstation, operator,
action, outcome, subject, sentence, details as sorted compact JSON) together with `prev_hash`, the
row before it's `row_hash` (the first row's is 64 zeros). Appends happen inside a write unit of
work, which already holds the database's write lock (BEGIN IMMEDIATE on SQLite, an advisory
transaction lock on PostgreSQL): two desks therefore never read the same last row and fork the
chain. Ids are given here (last + 1), not by a sequence, for the same reason.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk.domain.audit import Outcome, action_of, sentence_of, sentence_of_record, signed
from frontdesk.domain.events import Event
from frontdesk.store.tables import AccessGrantRow, AuditRow, CardRow, EntranceRow, UserIdentityRow

# Card events name cards by serial; the row also says whose card it was ("holder", and "by_holder"
# for the card that took another's place), so the sentence says to whom it happened.
_HOLDER_OF = {"card_serial": "holder", "by_card_serial": "by_holder"}

GENESIS = "0" * 64

# The first of these an event carries names the audit line's subject (the thing it is about).
_SUBJECT_FIELDS = (
    "reservation_key",
    "access_grant_id",
    "card_serial",
    "access_code_id",
    "entrance_id",
    "property_id",
    "space_id",
)


def subject_of(event: Event) -> str | None:
    for name in _SUBJECT_FIELDS:
        value = getattr(event, name, None)
        if value is not None:
            return str(value)
    return None


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def row_hash(
    *,
    audit_id: int,
    at: datetime,
    workstation: str,
    operator: str | None,
    action: str,
    outcome: str,
    subject: str | None,
    sentence: str,
    details: Any,
    prev_hash: str,
) -> str:
    content = {
        "audit_id": audit_id,
        "at": at.astimezone(UTC).isoformat(timespec="microseconds"),
        "workstation": workstation,
        "operator": operator,
        "action": action,
        "outcome": outcome,
        "subject": subject,
        "sentence": sentence,
        "details": details,
        "prev_hash": prev_hash,
    }
    return hashlib.sha256(canonical_json(content).encode("utf-8")).hexdigest()


def hash_of_row(row: AuditRow) -> str:
    return row_hash(
        audit_id=row.audit_id,
        at=row.at,
        workstation=row.workstation,
        operator=row.operator,
        action=row.action,
        outcome=row.outcome,
        subject=row.subject,
        sentence=row.sentence,
        details=row.details,
        prev_hash=row.prev_hash,
    )


@dataclass(frozen=True)
class ChainBreak:
    """The first place the chain does not hold: which row, and what was done to it."""

    audit_id: int
    kind: str  # "changed", "deleted" (a row before this one is missing), "inserted"


@dataclass(frozen=True)
class ChainCheck:
    """The outcome of checking the whole chain."""

    rows: int
    head_id: int | None
    head_hash: str
    broken: ChainBreak | None


class AuditLog:
    """Appends chained rows and checks the chain, in the caller's session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def _last(self) -> tuple[int, str]:
        last = self.session.execute(
            select(AuditRow.audit_id, AuditRow.row_hash).order_by(AuditRow.audit_id.desc()).limit(1)
        ).first()
        return (0, GENESIS) if last is None else (int(last[0]), str(last[1]))

    def _door_names(self, events: Iterable[Event]) -> dict[str, str]:
        ids: set[str] = set()
        for event in events:
            for name in ("entrance_ids", "from_entrance_ids", "to_entrance_ids"):
                ids.update(getattr(event, name, ()) or ())
            if isinstance(getattr(event, "entrance_id", None), str):
                ids.add(event.entrance_id)  # type: ignore[attr-defined]
        if not ids:
            return {}
        rows = self.session.execute(
            select(EntranceRow.entrance_id, EntranceRow.name).where(EntranceRow.entrance_id.in_(ids))
        )
        return {str(i): str(n) for i, n in rows}

    def _holders(self, events: Iterable[Event]) -> dict[int, str]:
        """The guest's or staff member's name on each card the events name, by serial."""
        serials = {
            value
            for event in events
            for field in _HOLDER_OF
            if isinstance(value := getattr(event, field, None), int)
        }
        if not serials:
            return {}
        rows = self.session.execute(
            select(CardRow.card_serial, UserIdentityRow.full_name)
            .join(AccessGrantRow, AccessGrantRow.access_grant_id == CardRow.access_grant_id)
            .join(UserIdentityRow, UserIdentityRow.user_identity_id == AccessGrantRow.user_identity_id)
            .where(CardRow.card_serial.in_(serials))
        )
        return {int(serial): str(name) for serial, name in rows}

    def append_events(
        self, events: Iterable[Event], *, at: datetime, workstation: str, operator: str | None
    ) -> None:
        recorded = list(events)
        names = self._door_names(recorded)
        holders = self._holders(recorded)

        def door_name(entrance_id: str) -> str:
            return names.get(entrance_id, entrance_id)

        for event in recorded:
            details = event.audit_details()
            for field, holder in _HOLDER_OF.items():
                name = holders.get(details.get(field))  # type: ignore[arg-type]
                if name is not None:
                    details[holder] = name
            action = action_of(event)
            # The stored sentence is made from the row's details, as the window makes it again.
            made = sentence_of_record(action, details, door_name) or sentence_of(event, door_name)
            self.append(
                at=at,
                workstation=workstation,
                operator=operator,
                action=action,
                outcome=Outcome.DONE,
                subject=subject_of(event),
                sentence=signed(made, operator, workstation),
                details=details,
            )

    def append(
        self,
        *,
        at: datetime,
        workstation: str,
        operator: str | None,
        action: str,
        outcome: Outcome,
        subject: str | None,
        sentence: str,
        details: dict[str, Any],
    ) -> None:
        last_id, last_hash = self._last()
        # What comes back from the JSON column is what gets hashed at verification.
        stored_details = json.loads(canonical_json(details))
        row = AuditRow(
            audit_id=last_id + 1,
            at=at,
            workstation=workstation,
            operator=operator,
            action=action,
            outcome=outcome.value,
            subject=subject,
            sentence=sentence,
            details=stored_details,
            prev_hash=last_hash,
        )
        row.row_hash = hash_of_row(row)
        self.session.add(row)
        self.session.flush()

    def rows(self) -> Iterator[AuditRow]:
        yield from self.session.scalars(select(AuditRow).order_by(AuditRow.audit_id))

    def check(self) -> ChainCheck:
        """Walk the whole chain from the first row; stop at the first row that does not fit."""
        return check_chain(self.rows())


def check_chain(rows: Iterable[AuditRow]) -> ChainCheck:
    """The first row that does not fit, and why. Ids are contiguous (each append takes last + 1
    under the write lock), so a gap is a deletion; a row the next one skips over was inserted; a
    row whose hash is not its content's was changed; a row that fits but does not follow its
    predecessor means the predecessor was changed and its hash computed again."""
    listed = list(rows)
    seen: dict[str, int] = {GENESIS: 0}  # row hash -> audit id
    expected, prev_id = GENESIS, 0
    for i, row in enumerate(listed):
        linked = row.prev_hash == expected
        intact = hash_of_row(row) == row.row_hash
        if linked and intact and row.audit_id == prev_id + 1:
            seen[row.row_hash] = row.audit_id
            expected, prev_id = row.row_hash, row.audit_id
            continue
        nxt = listed[i + 1] if i + 1 < len(listed) else None
        if nxt is not None and nxt.prev_hash == expected:
            found = ChainBreak(row.audit_id, "inserted")  # the next row skips over this one
        elif not linked and seen.get(row.prev_hash, prev_id) < prev_id:
            # It follows an older row: whatever stands between them was put there afterwards.
            found = ChainBreak(_first_after(seen, row.prev_hash), "inserted")
        elif not intact:
            found = ChainBreak(row.audit_id, "changed")
        elif row.audit_id != prev_id + 1:
            found = ChainBreak(prev_id + 1, "deleted")
        else:
            found = ChainBreak(prev_id, "changed")  # the row before was changed and re-hashed
        return ChainCheck(len(seen) - 1, prev_id or None, expected, found)
    return ChainCheck(len(seen) - 1, prev_id or None, expected, None)


def _first_after(seen: dict[str, int], prev_hash: str) -> int:
    """The id of the row that came right after the row whose hash is `prev_hash`."""
    after = seen[prev_hash]
    return min(i for i in seen.values() if i > after)
