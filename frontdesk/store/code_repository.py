"""Loading and saving PIN codes; the one repository sync and the code services use.

The outbox, the cached devices, sync alerts, settings and lockout's reads live in modules of their own
(outbox_repository, sync_records, lockout_reads); CodeRepository hands those calls to them so that
callers keep one `uow.codes`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select

from frontdesk.domain.codes import AccessCode
from frontdesk.domain.errors import NotFound
from frontdesk.store.code_rows import code_from_row, write_code_to_row
from frontdesk.store.code_tables import AccessCodeRow
from frontdesk.store.lockout_reads import LockoutReads
from frontdesk.store.outbox_repository import DONE, FAILED, PENDING, OutboxItem, OutboxRepository
from frontdesk.store.sync_records import SyncAlert, SyncRecords

__all__ = ["DONE", "FAILED", "PENDING", "CodeExtras", "CodeRepository", "OutboxItem", "SyncAlert"]


@dataclass(frozen=True)
class CodeExtras:
    """What the desk keeps about a code beyond the entity: how it was asked for and how sync went."""

    pin_chosen_by_desk: bool = True
    use_backup_pool: bool = False
    max_time_rounding: str | None = None
    sync_error: str | None = None
    removed_at: datetime | None = None


class CodeRepository:
    """PIN codes and everything sync needs, inside the caller's transaction (see UnitOfWork)."""

    def __init__(self, session: Any) -> None:
        self.session = session
        self._outbox = OutboxRepository(session)
        self._records = SyncRecords(session)
        self._lockout = LockoutReads(session)

    # --- codes ---------------------------------------------------------------------------------

    def _row(self, local_id: str) -> AccessCodeRow:
        row = self.session.get(AccessCodeRow, local_id)
        if row is None:
            raise NotFound(
                "Access code not found.",
                "Check the id with 'frontdesk codes list'.",
                detail={"access_code_id": local_id},
            )
        return row

    def get(self, local_id: str) -> AccessCode:
        return code_from_row(self._row(local_id))

    def find(self, some_id: str) -> AccessCode:
        """By the provider's access_code_id or the desk's local id (a code not yet sent has only that)."""
        row = self.session.scalars(
            select(AccessCodeRow).where(
                or_(AccessCodeRow.access_code_id == some_id, AccessCodeRow.local_id == some_id)
            )
        ).first()
        if row is None:
            raise NotFound(
                "Access code not found.",
                "Check the id with 'frontdesk codes list' (either the provider's id or the desk's id works).",
                detail={"access_code_id": some_id},
            )
        return code_from_row(row)

    def extras(self, local_id: str) -> CodeExtras:
        row = self._row(local_id)
        return CodeExtras(
            row.pin_chosen_by_desk, row.use_backup_pool, row.max_time_rounding, row.sync_error, row.removed_at
        )

    def add(self, code: AccessCode, now: datetime, extras: CodeExtras = CodeExtras()) -> None:
        row = AccessCodeRow(local_id=code.local_id, updated_at=now)
        write_code_to_row(row, code)
        for name, value in dataclasses.asdict(extras).items():
            setattr(row, name, value)
        self.session.add(row)
        self.session.flush()

    def save(self, code: AccessCode, now: datetime, **extras: Any) -> None:
        """Write the entity (and any CodeExtras fields given by name)."""
        row = self._row(code.local_id)
        write_code_to_row(row, code)
        for name, value in extras.items():
            setattr(row, name, value)
        row.updated_at = now

    def codes(
        self,
        *,
        device_id: str | None = None,
        access_grant_id: str | None = None,
        reservation_key: str | None = None,
        common_code_key: str | None = None,
        include_removed: bool = False,
        backups: bool | None = None,
    ) -> list[AccessCode]:
        query = select(AccessCodeRow).order_by(AccessCodeRow.created_at, AccessCodeRow.local_id)
        if device_id is not None:
            query = query.where(AccessCodeRow.device_id == device_id)
        if access_grant_id is not None:
            query = query.where(AccessCodeRow.access_grant_id == access_grant_id)
        if reservation_key is not None:
            query = query.where(AccessCodeRow.reservation_key == reservation_key)
        if common_code_key is not None:
            query = query.where(AccessCodeRow.common_code_key == common_code_key)
        if not include_removed:
            query = query.where(AccessCodeRow.removed_at.is_(None))
        if backups is not None:
            query = query.where(AccessCodeRow.is_backup.is_(backups))
        return [code_from_row(r) for r in self.session.scalars(query)]

    def pins_on_device(self, device_id: str, *, except_local_id: str | None = None) -> frozenset[str]:
        query = select(AccessCodeRow.code).where(
            AccessCodeRow.device_id == device_id,
            AccessCodeRow.removed_at.is_(None),
            AccessCodeRow.code.is_not(None),
        )
        if except_local_id is not None:
            query = query.where(AccessCodeRow.local_id != except_local_id)
        return frozenset(self.session.scalars(query))

    def devices_using_backup_pool(self) -> list[str]:
        """Doors with a live guest code that asked for the backup pool: their pools are kept full."""
        query = (
            select(AccessCodeRow.device_id)
            .where(
                AccessCodeRow.removed_at.is_(None),
                AccessCodeRow.use_backup_pool.is_(True),
                AccessCodeRow.is_backup.is_(False),
            )
            .distinct()
        )
        return sorted(self.session.scalars(query))

    def known_access_code_ids(self) -> frozenset[str]:
        query = select(AccessCodeRow.access_code_id).where(AccessCodeRow.access_code_id.is_not(None))
        return frozenset(self.session.scalars(query))

    def devices_with_codes(self) -> list[str]:
        """Doors with at least one code the desk still follows."""
        query = select(AccessCodeRow.device_id).where(AccessCodeRow.removed_at.is_(None)).distinct()
        return sorted(self.session.scalars(query))

    def count_by_sync_state(self) -> dict[str, int]:
        rows = self.session.execute(
            select(AccessCodeRow.sync_state, func.count())
            .where(AccessCodeRow.removed_at.is_(None))
            .group_by(AccessCodeRow.sync_state)
        ).all()
        return {state: n for state, n in rows}

    # --- outbox (outbox_repository) ------------------------------------------------------------

    def enqueue(self, operation: str, code: AccessCode, now: datetime) -> int | None:
        """See OutboxRepository.enqueue: None when an unsent item already covers the change."""
        return self._outbox.enqueue(operation, code, now)

    def has_pending_items(self, local_id: str, *, other_than: int | None = None) -> bool:
        return self._outbox.has_pending_items(local_id, other_than=other_than)

    def was_sent(self, local_id: str) -> bool:
        return self._outbox.was_sent(local_id)

    def cancel_pending(self, local_id: str, now: datetime) -> None:
        self._outbox.cancel_pending(local_id, now)

    def claim(
        self, now: datetime, owner: str, lease: timedelta, *, force: bool = False, limit: int = 5000
    ) -> dict[str, list[OutboxItem]]:
        """See OutboxRepository.claim: every due pending item, grouped by door, in order, under a lease."""
        return self._outbox.claim(now, owner, lease, force=force, limit=limit)

    def item(self, outbox_id: int) -> OutboxItem:
        return self._outbox.item(outbox_id)

    def mark_sending(self, outbox_id: int) -> None:
        self._outbox.mark_sending(outbox_id)

    def finish(self, outbox_id: int, now: datetime, note: str | None = None) -> None:
        self._outbox.finish(outbox_id, now, note)

    def retry_later(self, outbox_id: int, at: datetime, error: str) -> None:
        self._outbox.retry_later(outbox_id, at, error)

    def give_up(self, outbox_id: int, now: datetime, error: str) -> None:
        self._outbox.give_up(outbox_id, now, error)

    def clear_outcome(self, outbox_id: int) -> None:
        self._outbox.clear_outcome(outbox_id)

    def release(self, outbox_ids: Iterable[int]) -> None:
        self._outbox.release(outbox_ids)

    def outbox(self, *, states: Iterable[str] = (PENDING,), limit: int = 500) -> list[OutboxItem]:
        return self._outbox.outbox(states=states, limit=limit)

    def outbox_counts(self) -> dict[str, int]:
        return self._outbox.outbox_counts()

    # --- devices, alerts, settings (sync_records) ----------------------------------------------

    def save_device(self, data: Mapping[str, Any], now: datetime) -> None:
        self._records.save_device(data, now)

    def device_data(self, device_id: str) -> dict[str, Any] | None:
        return self._records.device_data(device_id)

    def devices(self) -> list[tuple[dict[str, Any], datetime]]:
        return self._records.devices()

    def add_alert(
        self,
        now: datetime,
        kind: str,
        title: str,
        message: str,
        *,
        device_id: str | None = None,
        local_id: str | None = None,
        outbox_id: int | None = None,
    ) -> None:
        self._records.add_alert(
            now, kind, title, message, device_id=device_id, local_id=local_id, outbox_id=outbox_id
        )

    def alerts(self, *, open_only: bool = True) -> list[SyncAlert]:
        return self._records.alerts(open_only=open_only)

    def setting(self, key: str) -> str | None:
        return self._records.setting(key)

    def set_setting(self, key: str, value: str, now: datetime) -> None:
        self._records.set_setting(key, value, now)

    # --- what lockout needs to read from the rest of the desk (lockout_reads) -----------------

    def cards_of_grants(self, grant_ids: Iterable[str]) -> list[dict[str, Any]]:
        """The key cards issued for these grants (no key material is ever stored)."""
        return self._lockout.cards_of_grants(grant_ids)

    def reservation_end(self, reservation_key: str) -> datetime | None:
        """The latest end among the stay's live grants."""
        return self._lockout.reservation_end(reservation_key)

    def grant_end(self, access_grant_id: str) -> datetime | None:
        return self._lockout.grant_end(access_grant_id)

    def reservation_status(self, reservation_key: str) -> str | None:
        return self._lockout.reservation_status(reservation_key)
