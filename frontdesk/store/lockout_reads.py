"""What lockout needs to read from the rest of the desk: the cards of grants, and stays' ends and status."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from frontdesk.store.tables import AccessGrantRow, CardRow, ReservationRow


class LockoutReads:
    """Reads of cards, grants and reservations for lockout, inside the caller's transaction."""

    def __init__(self, session: Any) -> None:
        self.session = session

    def cards_of_grants(self, grant_ids: Iterable[str]) -> list[dict[str, Any]]:
        """The key cards issued for these grants (no key material is ever stored)."""
        ids = list(grant_ids)
        if not ids:
            return []
        rows = self.session.scalars(
            select(CardRow).where(CardRow.access_grant_id.in_(ids)).order_by(CardRow.card_serial)
        )
        return [
            {
                "card_serial": r.card_serial,
                "access_grant_id": r.access_grant_id,
                "status": r.status,
                "entrance_ids": list(r.entrance_ids),
                "starts_at": r.starts_at,
                "ends_at": r.ends_at,
                "reencode_reason": r.reencode_reason,
            }
            for r in rows
        ]

    def reservation_end(self, reservation_key: str) -> datetime | None:
        """The latest end among the stay's live grants."""
        return self.session.scalar(
            select(func.max(AccessGrantRow.ends_at)).where(
                AccessGrantRow.reservation_key == reservation_key, AccessGrantRow.status == "active"
            )
        )

    def grant_end(self, access_grant_id: str) -> datetime | None:
        return self.session.scalar(
            select(AccessGrantRow.ends_at).where(AccessGrantRow.access_grant_id == access_grant_id)
        )

    def reservation_status(self, reservation_key: str) -> str | None:
        return self.session.scalar(
            select(ReservationRow.status).where(ReservationRow.reservation_key == reservation_key)
        )
