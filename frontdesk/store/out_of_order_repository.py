"""Reading and writing which spaces are out of order (the rules live in services/stays/out_of_order.py)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk.domain.out_of_order import OutOfOrder
from frontdesk.store.tables import OutOfOrderRow


def _entry(row: OutOfOrderRow) -> OutOfOrder:
    return OutOfOrder(row.space_id, row.reason, row.since, row.until)


class OutOfOrderRepository:
    """Spaces out of order, one row each (one session, one transaction)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def all(self) -> dict[str, OutOfOrder]:
        """Every recorded entry by space, the ones whose time is over included."""
        rows = self.session.scalars(select(OutOfOrderRow).order_by(OutOfOrderRow.space_id))
        return {r.space_id: _entry(r) for r in rows}

    def of(self, space_id: str) -> OutOfOrder | None:
        row = self.session.get(OutOfOrderRow, space_id)
        return None if row is None else _entry(row)

    def save(self, entry: OutOfOrder) -> None:
        row = self.session.get(OutOfOrderRow, entry.space_id)
        if row is None:
            row = OutOfOrderRow(space_id=entry.space_id)
            self.session.add(row)
        row.reason, row.since, row.until = entry.reason, entry.since, entry.until
        self.session.flush()

    def remove(self, space_id: str) -> None:
        row = self.session.get(OutOfOrderRow, space_id)
        if row is not None:
            self.session.delete(row)
            self.session.flush()
