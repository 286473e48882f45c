"""The provider outbox: PIN code changes waiting to be sent, claimed under a lease, then done or failed."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Table, Update, and_, bindparam, func, or_, select, update
from sqlalchemy.orm.attributes import set_committed_value

from frontdesk.domain.codes import AccessCode, OutboxOperation, OutboxState
from frontdesk.store.code_tables import OutboxRow


@dataclass(frozen=True)
class OutboxItem:
    """One outbox row as the sync worker reads it."""

    outbox_id: int
    operation: OutboxOperation
    local_id: str
    device_id: str
    state: OutboxState
    attempts: int
    outcome_unknown: bool
    next_attempt_at: datetime
    last_error: str | None
    created_at: datetime


def _leased_by_other(row: OutboxRow, owner: str, now: datetime) -> bool:
    return row.lease_owner not in (None, owner) and row.lease_until is not None and row.lease_until > now


def _item(row: OutboxRow) -> OutboxItem:
    return OutboxItem(
        row.outbox_id,
        OutboxOperation(row.operation),
        row.local_id,
        row.device_id,
        OutboxState(row.state),
        row.attempts,
        row.outcome_unknown,
        row.next_attempt_at,
        row.last_error,
        row.created_at,
    )


@functools.cache
def _update_of(columns: tuple[str, ...]) -> Update:
    """`UPDATE code_outbox SET <columns> WHERE outbox_id IN (:ids)`, built once per set of columns: a
    statement made anew each time costs more Python (construction, its cache key) than SQLite takes
    to run it. A Core statement on the table: the ORM objects already have the values."""
    table = cast(Table, OutboxRow.__table__)
    return (
        update(table)
        .where(table.c.outbox_id.in_(bindparam("ids", expanding=True)))
        .values({name: bindparam(name) for name in columns})
    )


class OutboxRepository:
    """The outbox rows, inside the caller's transaction (CodeRepository hands its calls here)."""

    def __init__(self, session: Any) -> None:
        self.session = session
        # Pending rows of codes loaded with `load`, by code: `has_pending_items` answers from them
        # without a query. The rows are held, by id (the session keeps only weak references, and
        # a lookup here is cheaper than the session's).
        self._pending_of: dict[str, list[OutboxRow]] = {}
        self._held: dict[int, OutboxRow] = {}
        # Changed columns not yet written, by row (the row held with them). `write_changes` writes
        # them as one UPDATE per distinct set of values: a batch of the sync worker's writes mostly
        # shares its values (every "maybe sent" mark, every finish), so a batch takes one or two
        # statements where the ORM's flush took one per row, and on SQLite each statement and each
        # row stepped hands the GIL to the event loop thread and waits to get it back.
        self._changes: dict[int, tuple[OutboxRow, dict[str, Any]]] = {}

    def _set(self, row: OutboxRow, **values: Any) -> None:
        """Change a row: the object shows the new values at once (without becoming dirty, so the
        ORM's flush leaves it alone) and the table gets them at `write_changes`."""
        for name, value in values.items():
            set_committed_value(row, name, value)
        self._changes.setdefault(row.outbox_id, (row, {}))[1].update(values)

    def write_changes(self) -> None:
        """Write what `_set` changed. Called before every query of the outbox (so no query reads
        a row older than its object) and by the unit of work before it commits."""
        if not self._changes:
            return
        changes, self._changes = self._changes, {}
        groups: dict[tuple[tuple[str, Any], ...], list[int]] = {}
        for outbox_id, (_row, values) in changes.items():
            groups.setdefault(tuple(sorted(values.items())), []).append(outbox_id)
        for same, ids in groups.items():
            values = dict(same)
            self.session.execute(_update_of(tuple(values)), values | {"ids": ids})

    def enqueue(self, operation: OutboxOperation, code: AccessCode, now: datetime) -> int | None:
        """Add a change for the provider; returns its id, or None when an unsent item already covers it.

        The worker sends a code's *current* values, so an unsent create or update already carries any
        later change. A delete of a code the provider never received cancels its unsent create.
        """
        self.write_changes()
        waiting = self.session.scalars(
            select(OutboxRow).where(
                OutboxRow.local_id == code.local_id,
                OutboxRow.state == OutboxState.PENDING.value,
                OutboxRow.lease_owner.is_(None),
                OutboxRow.attempts == 0,
            )
        ).all()
        if operation is OutboxOperation.UPDATE and any(
            OutboxOperation(r.operation) in (OutboxOperation.CREATE, OutboxOperation.UPDATE) for r in waiting
        ):
            return None
        if operation is OutboxOperation.DELETE:
            for row in waiting:  # never sent: the provider has never seen these
                if OutboxOperation(row.operation) in (OutboxOperation.CREATE, OutboxOperation.UPDATE):
                    self._set(
                        row,
                        state=OutboxState.DONE.value,
                        finished_at=now,
                        last_error="cancelled by a later delete",
                    )
        row = OutboxRow(
            operation=operation.value,
            local_id=code.local_id,
            device_id=code.device_id,
            state=OutboxState.PENDING.value,
            attempts=0,
            outcome_unknown=False,
            next_attempt_at=now,
            created_at=now,
        )
        self.session.add(row)
        self.session.flush()
        if code.local_id in self._pending_of:
            self._pending_of[code.local_id].append(row)
        return row.outbox_id

    def has_pending_items(self, local_id: str, *, other_than: int | None = None) -> bool:
        known = self._pending_of.get(local_id)
        if known is not None:  # loaded, and every row added since is in the list (enqueue)
            return any(r.state == OutboxState.PENDING.value and r.outbox_id != other_than for r in known)
        self.write_changes()
        query = select(func.count()).where(
            OutboxRow.local_id == local_id, OutboxRow.state == OutboxState.PENDING.value
        )
        if other_than is not None:
            query = query.where(OutboxRow.outbox_id != other_than)
        return bool(self.session.scalar(query))

    def was_sent(self, local_id: str) -> bool:
        """True once any change of this code may have reached the provider."""
        self.write_changes()
        query = select(func.count()).where(
            OutboxRow.local_id == local_id,
            or_(OutboxRow.attempts > 0, OutboxRow.lease_owner.is_not(None)),
        )
        return bool(self.session.scalar(query))

    def cancel_pending(self, local_id: str, now: datetime) -> None:
        """Drop this code's unsent items (the code never reached the provider and is no longer wanted)."""
        self.write_changes()
        self.session.execute(
            update(OutboxRow)
            .where(
                OutboxRow.local_id == local_id,
                OutboxRow.state == OutboxState.PENDING.value,
                OutboxRow.lease_owner.is_(None),
            )
            .values(state=OutboxState.DONE.value, finished_at=now, last_error="cancelled: never sent")
        )

    def claim(
        self, now: datetime, owner: str, lease: timedelta, *, force: bool = False, limit: int = 5000
    ) -> dict[str, list[OutboxItem]]:
        """Take every due pending item, grouped by door, in order, under a lease.

        Changes of one code always go in order: an item waits while an earlier item of the same code
        waits (for its backoff, or in another desk's hands). `force` ignores backoff (a person
        pressed "sync now").
        """
        self.write_changes()
        rows = self.session.scalars(
            select(OutboxRow)
            .where(OutboxRow.state == OutboxState.PENDING.value)
            .order_by(OutboxRow.outbox_id)
            .limit(limit)
        ).all()
        blocked: set[str] = set()
        claimed: dict[str, list[OutboxItem]] = {}
        for row in rows:
            if row.local_id in blocked:
                continue
            if _leased_by_other(row, owner, now) or (not force and row.next_attempt_at > now):
                blocked.add(row.local_id)
                continue
            self._set(row, lease_owner=owner, lease_until=now + lease)
            claimed.setdefault(row.device_id, []).append(_item(row))
        return claimed

    def item(self, outbox_id: int) -> OutboxItem:
        return _item(self._get(outbox_id))

    def mark_sending(self, outbox_id: int) -> None:
        """Before a call whose answer may be lost: a retry must first look for what it did."""
        row = self._get(outbox_id)
        self._set(row, attempts=row.attempts + 1, outcome_unknown=True)

    def load(self, outbox_ids: Iterable[int], local_ids: Iterable[str] = ()) -> None:
        """Bring these rows, and every pending row of these codes, into the transaction with one query
        (a batch of writes then finds them without one query each)."""
        ids, codes = sorted(set(outbox_ids)), sorted(set(local_ids) - set(self._pending_of))
        if not ids and not codes:
            return
        self.write_changes()
        rows = self.session.scalars(
            select(OutboxRow).where(
                or_(
                    OutboxRow.outbox_id.in_(ids),
                    and_(OutboxRow.local_id.in_(codes), OutboxRow.state == OutboxState.PENDING.value),
                )
            )
        ).all()
        self.hold(rows, codes)

    def hold(self, rows: Iterable[OutboxRow], codes: Iterable[str]) -> None:
        """Keep rows read for a batch; `codes`: codes all of whose pending rows are among them."""
        rows = list(rows)
        self._held.update((row.outbox_id, row) for row in rows)
        for local_id in codes:
            self._pending_of.setdefault(local_id, [])
        for row in rows:
            pending = self._pending_of.get(row.local_id)
            if pending is not None and row.state == OutboxState.PENDING.value and row not in pending:
                pending.append(row)

    def _get(self, outbox_id: int) -> OutboxRow:
        # A row with unwritten changes is held (in `_changes`), so the session finds it without a
        # query: `get` never reads an older row from the table.
        row = self._held.get(outbox_id) or self.session.get(OutboxRow, outbox_id)
        assert row is not None
        return row

    def unmark_sending(self, outbox_id: int, outcome_unknown: bool) -> None:
        """Undo `mark_sending` for an item that was never sent after all (its door stopped first)."""
        row = self._get(outbox_id)
        self._set(row, attempts=max(0, row.attempts - 1), outcome_unknown=outcome_unknown)

    def finish(self, outbox_id: int, now: datetime, note: str | None = None) -> None:
        self._set(
            self._get(outbox_id),
            state=OutboxState.DONE.value,
            finished_at=now,
            last_error=note,
            lease_owner=None,
            lease_until=None,
            outcome_unknown=False,
        )

    def retry_later(self, outbox_id: int, at: datetime, error: str) -> None:
        self._set(
            self._get(outbox_id), next_attempt_at=at, last_error=error, lease_owner=None, lease_until=None
        )

    def give_up(self, outbox_id: int, now: datetime, error: str) -> None:
        self._set(
            self._get(outbox_id),
            state=OutboxState.FAILED.value,
            finished_at=now,
            last_error=error,
            lease_owner=None,
            lease_until=None,
        )

    def make_waiting_due(self, now: datetime) -> int:
        """Every pending item waiting out a backoff becomes due now (the provider answers again)."""
        self.write_changes()
        result = self.session.execute(
            update(OutboxRow)
            .where(OutboxRow.state == OutboxState.PENDING.value, OutboxRow.next_attempt_at > now)
            .values(next_attempt_at=now)
        )
        return int(result.rowcount or 0)

    def clear_outcome(self, outbox_id: int) -> None:
        """The provider refused the last send outright, so it did nothing: no lookup is needed."""
        self._set(self._get(outbox_id), outcome_unknown=False)

    def release(self, outbox_ids: Iterable[int]) -> None:
        ids = list(outbox_ids)
        if ids:
            self.write_changes()
            self.session.execute(
                update(OutboxRow)
                .where(OutboxRow.outbox_id.in_(ids))
                .values(lease_owner=None, lease_until=None)
            )

    def outbox(
        self, *, states: Iterable[OutboxState] = (OutboxState.PENDING,), limit: int = 500
    ) -> list[OutboxItem]:
        self.write_changes()
        rows = self.session.scalars(
            select(OutboxRow)
            .where(OutboxRow.state.in_([OutboxState(s).value for s in states]))
            .order_by(OutboxRow.outbox_id)
            .limit(limit)
        )
        return [_item(r) for r in rows]

    def outbox_counts(self) -> dict[OutboxState, int]:
        self.write_changes()
        rows = self.session.execute(select(OutboxRow.state, func.count()).group_by(OutboxRow.state)).all()
        return {OutboxState(state): n for state, n in rows}
