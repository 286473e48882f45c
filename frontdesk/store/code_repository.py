"""Loading and saving PIN codes; the one repository sync and the code services use.

The outbox, the cached devices, sync alerts, settings and lockout's reads are repositories of their
own (outbox_repository, sync_records, lockout_reads), each an attribute of the unit of work.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select

from frontdesk.domain.codes import AccessCode
from frontdesk.domain.errors import NotFound
from frontdesk.domain.words import say
from frontdesk.store.code_rows import code_from_row, write_code_to_row
from frontdesk.store.code_tables import AccessCodeRow
from frontdesk.store.outbox_repository import OutboxItem
from frontdesk.store.pin_cipher import PinCipher, PinKeys
from frontdesk.store.sync_records import SyncAlert

__all__ = ["CodeExtras", "CodeRepository", "OutboxItem", "SyncAlert"]


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

    def __init__(self, session: Any, pin_keys: PinKeys | None = None) -> None:
        self.session = session
        # PIN values are encrypted in the table and plain everywhere else (store/pin_cipher.py).
        self._pins = PinCipher(session, pin_keys)
        # Rows this transaction has read, by id, held so that a later `get` or `save` finds them
        # without a query (the session itself keeps only weak references) and without the
        # session's identity lookup (a sync batch looks each code up several times).
        self._held: dict[str, AccessCodeRow] = {}

    def _code(self, row: AccessCodeRow) -> AccessCode:
        return code_from_row(row, self._pins.open(row.local_id, row.code))

    def _write(self, row: AccessCodeRow, code: AccessCode, now: datetime) -> None:
        stored = row.code
        write_code_to_row(row, code)
        row.code = self._pins.seal(row.local_id, code.code, now, stored=stored)

    # --- codes ---------------------------------------------------------------------------------

    def _row(self, local_id: str) -> AccessCodeRow:
        row = self._held.get(local_id) or self.session.get(AccessCodeRow, local_id)
        if row is None:
            raise NotFound(
                say("Access code not found."),
                say("Check the id with 'frontdesk codes list'."),
                detail={"access_code_id": local_id},
            )
        return row

    def hold(self, rows: Iterable[AccessCodeRow]) -> None:
        """Keep rows read for a batch (store/sync_batch.py), so `get` and `save` find them."""
        self._held.update((row.local_id, row) for row in rows)

    def get(self, local_id: str) -> AccessCode:
        return self._code(self._row(local_id))

    def find(self, some_id: str) -> AccessCode:
        """By the provider's access_code_id or the desk's local id (a code not yet sent has only that)."""
        row = self.session.scalars(
            select(AccessCodeRow).where(
                or_(AccessCodeRow.access_code_id == some_id, AccessCodeRow.local_id == some_id)
            )
        ).first()
        if row is None:
            raise NotFound(
                say("Access code not found."),
                say(
                    "Check the id with 'frontdesk codes list' "
                    "(either the provider's id or the desk's id works)."
                ),
                detail={"access_code_id": some_id},
            )
        return self._code(row)

    def extras(self, local_id: str) -> CodeExtras:
        row = self._row(local_id)
        return CodeExtras(
            row.pin_chosen_by_desk, row.use_backup_pool, row.max_time_rounding, row.sync_error, row.removed_at
        )

    def add(self, code: AccessCode, now: datetime, extras: CodeExtras = CodeExtras()) -> None:
        row = AccessCodeRow(local_id=code.local_id, updated_at=now)
        self._write(row, code, now)
        for name, value in dataclasses.asdict(extras).items():
            setattr(row, name, value)
        self.session.add(row)
        self.session.flush()

    def save(self, code: AccessCode, now: datetime, **extras: Any) -> None:
        """Write the entity (and any CodeExtras fields given by name)."""
        row = self._row(code.local_id)
        self._write(row, code, now)
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
        rows = list(self.session.scalars(query))
        self.hold(rows)
        return [self._code(r) for r in rows]

    def pins_on_device(self, device_id: str, *, except_local_id: str | None = None) -> frozenset[str]:
        query = select(AccessCodeRow.local_id, AccessCodeRow.code).where(
            AccessCodeRow.device_id == device_id,
            AccessCodeRow.removed_at.is_(None),
            AccessCodeRow.code.is_not(None),
        )
        if except_local_id is not None:
            query = query.where(AccessCodeRow.local_id != except_local_id)
        return frozenset(
            pin
            for local_id, stored in self.session.execute(query)
            if (pin := self._pins.open(local_id, stored))
        )

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

    def access_code_ids(self, device_id: str) -> list[str]:
        """The provider's ids of the codes the desk still follows on this door (just the ids: no
        entity to build for each code, nor a PIN to open)."""
        query = (
            select(AccessCodeRow.access_code_id)
            .where(
                AccessCodeRow.device_id == device_id,
                AccessCodeRow.removed_at.is_(None),
                AccessCodeRow.access_code_id.is_not(None),
            )
            .order_by(AccessCodeRow.created_at, AccessCodeRow.local_id)  # the order `codes` gives
        )
        return list(self.session.scalars(query))

    def record_lock_event(
        self,
        access_code_id: str,
        *,
        set_on_device_at: datetime | None = None,
        used_at: datetime | None = None,
    ) -> str | None:
        """Remember when the provider said this code reached its lock, or opened the door; a later
        moment replaces an earlier one, never the reverse. Returns the code's local id, or None when
        the desk has no such code."""
        row = self.session.scalars(
            select(AccessCodeRow).where(AccessCodeRow.access_code_id == access_code_id)
        ).first()
        if row is None:
            return None
        if set_on_device_at is not None and (
            row.set_on_device_at is None or set_on_device_at > row.set_on_device_at
        ):
            row.set_on_device_at = set_on_device_at
        if used_at is not None and (row.last_used_at is None or used_at > row.last_used_at):
            row.last_used_at = used_at
        return row.local_id

    def forget_set_on_device(self, local_id: str) -> None:
        """The code is being created again: it is no longer on the lock it once reached."""
        self._row(local_id).set_on_device_at = None

    def lock_history(self, local_ids: Iterable[str]) -> dict[str, tuple[datetime | None, datetime | None]]:
        """(reached its lock at, last used at the door) per code, as the provider's events told."""
        ids = list(local_ids)
        if not ids:
            return {}
        rows = self.session.execute(
            select(AccessCodeRow.local_id, AccessCodeRow.set_on_device_at, AccessCodeRow.last_used_at).where(
                AccessCodeRow.local_id.in_(ids)
            )
        ).all()
        return {local_id: (set_at, used_at) for local_id, set_at, used_at in rows}

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
