"""One query for a batch of the sync worker's writes (services/sync/write_batches.py).

Before the writes of a batch run, their codes, the codes' pending outbox rows (and the rows the
writes name) and whether each code has an open sync alert come in ONE statement, a join, instead of
three. On SQLite every statement hands the GIL to the event loop thread and waits to get it back
(docs/benchmarks.md, "Sync"), so the number of statements, more than what they do, sets the cost.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import and_, bindparam, or_, select

from frontdesk.domain.codes import OutboxState
from frontdesk.store.code_tables import AccessCodeRow, OutboxRow, SyncAlertRow

if TYPE_CHECKING:
    from frontdesk.store.unit_of_work import UnitOfWork


# Built once: a statement made anew for each batch costs more Python (construction, its cache key)
# than SQLite takes to run it.
_OPEN_ALERTS = (
    select(SyncAlertRow.local_id)
    .where(SyncAlertRow.resolved_at.is_(None), SyncAlertRow.local_id.in_(bindparam("codes", expanding=True)))
    .distinct()
    .subquery()
)
_BATCH = (
    select(AccessCodeRow, OutboxRow, _OPEN_ALERTS.c.local_id)
    .outerjoin(
        OutboxRow,
        and_(
            OutboxRow.local_id == AccessCodeRow.local_id,
            or_(
                OutboxRow.state == OutboxState.PENDING.value,
                OutboxRow.outbox_id.in_(bindparam("ids", expanding=True)),
            ),
        ),
    )
    .outerjoin(_OPEN_ALERTS, _OPEN_ALERTS.c.local_id == AccessCodeRow.local_id)
    .where(AccessCodeRow.local_id.in_(bindparam("codes", expanding=True)))
)


def load_batch(uow: UnitOfWork, outbox_ids: Iterable[int], local_ids: Iterable[str]) -> None:
    """Bring into `uow` what a batch touches; the repositories then answer without a query each."""
    ids, codes = sorted(set(outbox_ids)), sorted(set(local_ids))
    if not codes:
        uow.outbox.load(ids)
        return
    uow.outbox.write_changes()  # a batch loads first; this only keeps the rule "write before reading"
    found = uow.codes.session.execute(_BATCH, {"codes": codes, "ids": ids}).all()
    code_rows = {row.local_id: row for row, _, _ in found}
    outbox_rows = {o.outbox_id: o for _, o, _ in found if o is not None}
    uow.codes.hold(code_rows.values())
    uow.outbox.hold(outbox_rows.values(), code_rows)
    uow.sync_records.know_open_alerts(code_rows, {a for _, _, a in found if a is not None})
    # Rows named by id whose code is not among the batch's codes (a release names only its row).
    missing = [i for i in ids if i not in outbox_rows]
    if missing:
        uow.outbox.load(missing)
