"""Loading and saving PIN codes, the provider outbox, cached devices, sync alerts and settings."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select, update

from frontdesk.domain.codes import (
    AccessCode,
    CodeAppearance,
    CodeIssue,
    OracodeMetadata,
    PendingMutation,
    SyncState,
)
from frontdesk.domain.errors import NotFound
from frontdesk.store.code_tables import (
    AccessCodeRow,
    OutboxRow,
    ProviderDeviceRow,
    SettingRow,
    SyncAlertRow,
)
from frontdesk.store.tables import AccessGrantRow, CardRow, ReservationRow

PENDING, DONE, FAILED = "pending", "done", "failed"


@dataclass(frozen=True)
class CodeExtras:
    """What the desk keeps about a code beyond the entity: how it was asked for and how sync went."""

    pin_chosen_by_desk: bool = True
    use_backup_pool: bool = False
    max_time_rounding: str | None = None
    sync_error: str | None = None
    removed_at: datetime | None = None


@dataclass(frozen=True)
class OutboxItem:
    outbox_id: int
    operation: str
    local_id: str
    device_id: str
    state: str
    attempts: int
    outcome_unknown: bool
    next_attempt_at: datetime
    last_error: str | None
    created_at: datetime


@dataclass(frozen=True)
class SyncAlert:
    alert_id: int
    device_id: str | None
    local_id: str | None
    outbox_id: int | None
    kind: str
    title: str
    message: str
    created_at: datetime
    resolved_at: datetime | None


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _time(value: Any) -> datetime | None:
    return None if not value else datetime.fromisoformat(str(value))


def _issues_out(items: Iterable[CodeIssue]) -> list[dict[str, Any]]:
    return [{"code": i.code, "message": i.message, "created_at": _iso(i.created_at)} for i in items]


def _issues_in(items: Iterable[Mapping[str, Any]] | None) -> tuple[CodeIssue, ...]:
    return tuple(
        CodeIssue(str(i.get("code")), str(i.get("message") or ""), _time(i.get("created_at")))
        for i in items or ()
    )


def _mutations_out(items: Iterable[PendingMutation]) -> list[dict[str, Any]]:
    return [
        {
            "mutation_code": m.mutation_code,
            "message": m.message,
            "created_at": _iso(m.created_at),
            "details": dict(m.details),
        }
        for m in items
    ]


def _mutations_in(items: Iterable[Mapping[str, Any]] | None) -> tuple[PendingMutation, ...]:
    return tuple(
        PendingMutation(
            str(m.get("mutation_code")),
            str(m.get("message") or ""),
            _time(m.get("created_at")),
            dict(m.get("details") or {}),
        )
        for m in items or ()
    )


_PLAIN = (
    "access_grant_id",
    "reservation_key",
    "pulled_for",
    "replaced_by",
    "device_id",
    "access_code_id",
    "code",
    "name",
    "common_code_key",
    "created_at",
    "starts_at",
    "ends_at",
    "status",
    "is_backup",
    "is_backup_access_code_available",
    "is_external_modification_allowed",
    "is_managed",
    "is_offline_access_code",
    "is_one_time_use",
    "is_scheduled_on_device",
    "is_waiting_for_code_assignment",
    "pulled_backup_access_code_id",
    "workspace_id",
)


def _to_entity(row: AccessCodeRow) -> AccessCode:
    appearance = CodeAppearance(**row.appearance) if row.appearance else None
    oracode = OracodeMetadata(**row.dormakaba_oracode_metadata) if row.dormakaba_oracode_metadata else None
    return AccessCode(
        local_id=row.local_id,
        sync_state=SyncState(row.sync_state),
        errors=_issues_in(row.errors),
        warnings=_issues_in(row.warnings),
        pending_mutations=_mutations_in(row.pending_mutations),
        appearance=appearance,
        dormakaba_oracode_metadata=oracode,
        **{name: getattr(row, name) for name in _PLAIN},
    )


def _write(row: AccessCodeRow, code: AccessCode) -> None:
    for name in _PLAIN:
        setattr(row, name, getattr(code, name))
    row.sync_state = code.sync_state.value
    row.errors = _issues_out(code.errors)
    row.warnings = _issues_out(code.warnings)
    row.pending_mutations = _mutations_out(code.pending_mutations)
    row.appearance = dataclasses.asdict(code.appearance) if code.appearance else None
    row.dormakaba_oracode_metadata = (
        dataclasses.asdict(code.dormakaba_oracode_metadata) if code.dormakaba_oracode_metadata else None
    )


def _leased_by_other(row: OutboxRow, owner: str, now: datetime) -> bool:
    return row.lease_owner not in (None, owner) and row.lease_until is not None and row.lease_until > now


def _item(row: OutboxRow) -> OutboxItem:
    return OutboxItem(
        row.outbox_id,
        row.operation,
        row.local_id,
        row.device_id,
        row.state,
        row.attempts,
        row.outcome_unknown,
        row.next_attempt_at,
        row.last_error,
        row.created_at,
    )


class CodeRepository:
    """PIN codes and everything sync needs, inside the caller's transaction (see UnitOfWork)."""

    def __init__(self, session: Any) -> None:
        self.session = session

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
        return _to_entity(self._row(local_id))

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
        return _to_entity(row)

    def extras(self, local_id: str) -> CodeExtras:
        row = self._row(local_id)
        return CodeExtras(
            row.pin_chosen_by_desk, row.use_backup_pool, row.max_time_rounding, row.sync_error, row.removed_at
        )

    def add(self, code: AccessCode, now: datetime, extras: CodeExtras = CodeExtras()) -> None:
        row = AccessCodeRow(local_id=code.local_id, updated_at=now)
        _write(row, code)
        for name, value in dataclasses.asdict(extras).items():
            setattr(row, name, value)
        self.session.add(row)
        self.session.flush()

    def save(self, code: AccessCode, now: datetime, **extras: Any) -> None:
        """Write the entity (and any CodeExtras fields given by name)."""
        row = self._row(code.local_id)
        _write(row, code)
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
        return [_to_entity(r) for r in self.session.scalars(query)]

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

    # --- outbox --------------------------------------------------------------------------------

    def enqueue(self, operation: str, code: AccessCode, now: datetime) -> int | None:
        """Add a change for the provider; returns its id, or None when an unsent item already covers it.

        The worker sends a code's *current* values, so an unsent create or update already carries any
        later change. A delete of a code the provider never received cancels its unsent create.
        """
        waiting = self.session.scalars(
            select(OutboxRow).where(
                OutboxRow.local_id == code.local_id,
                OutboxRow.state == PENDING,
                OutboxRow.lease_owner.is_(None),
                OutboxRow.attempts == 0,
            )
        ).all()
        if operation == "update" and any(r.operation in ("create", "update") for r in waiting):
            return None
        if operation == "delete":
            for row in waiting:  # never sent: the provider has never seen these
                if row.operation in ("create", "update"):
                    row.state, row.finished_at, row.last_error = DONE, now, "cancelled by a later delete"
        row = OutboxRow(
            operation=operation,
            local_id=code.local_id,
            device_id=code.device_id,
            state=PENDING,
            attempts=0,
            outcome_unknown=False,
            next_attempt_at=now,
            created_at=now,
        )
        self.session.add(row)
        self.session.flush()
        return row.outbox_id

    def has_pending_items(self, local_id: str, *, other_than: int | None = None) -> bool:
        query = select(func.count()).where(OutboxRow.local_id == local_id, OutboxRow.state == PENDING)
        if other_than is not None:
            query = query.where(OutboxRow.outbox_id != other_than)
        return bool(self.session.scalar(query))

    def was_sent(self, local_id: str) -> bool:
        """True once any change of this code may have reached the provider."""
        query = select(func.count()).where(
            OutboxRow.local_id == local_id,
            or_(OutboxRow.attempts > 0, OutboxRow.lease_owner.is_not(None)),
        )
        return bool(self.session.scalar(query))

    def cancel_pending(self, local_id: str, now: datetime) -> None:
        """Drop this code's unsent items (the code never reached the provider and is no longer wanted)."""
        self.session.execute(
            update(OutboxRow)
            .where(
                OutboxRow.local_id == local_id, OutboxRow.state == PENDING, OutboxRow.lease_owner.is_(None)
            )
            .values(state=DONE, finished_at=now, last_error="cancelled: never sent")
        )

    def claim(
        self, now: datetime, owner: str, lease: timedelta, *, force: bool = False, limit: int = 5000
    ) -> dict[str, list[OutboxItem]]:
        """Take every due pending item, grouped by door, in order, under a lease.

        Changes of one code always go in order: an item waits while an earlier item of the same code
        waits (for its backoff, or in another desk's hands). `force` ignores backoff (a person
        pressed "sync now").
        """
        rows = self.session.scalars(
            select(OutboxRow).where(OutboxRow.state == PENDING).order_by(OutboxRow.outbox_id).limit(limit)
        ).all()
        blocked: set[str] = set()
        claimed: dict[str, list[OutboxItem]] = {}
        for row in rows:
            if row.local_id in blocked:
                continue
            if _leased_by_other(row, owner, now) or (not force and row.next_attempt_at > now):
                blocked.add(row.local_id)
                continue
            row.lease_owner, row.lease_until = owner, now + lease
            claimed.setdefault(row.device_id, []).append(_item(row))
        return claimed

    def item(self, outbox_id: int) -> OutboxItem:
        row = self.session.get(OutboxRow, outbox_id)
        assert row is not None
        return _item(row)

    def mark_sending(self, outbox_id: int) -> None:
        """Before a call whose answer may be lost: a retry must first look for what it did."""
        row = self.session.get(OutboxRow, outbox_id)
        assert row is not None
        row.attempts += 1
        row.outcome_unknown = True

    def finish(self, outbox_id: int, now: datetime, note: str | None = None) -> None:
        self.session.execute(
            update(OutboxRow)
            .where(OutboxRow.outbox_id == outbox_id)
            .values(
                state=DONE,
                finished_at=now,
                lease_owner=None,
                lease_until=None,
                last_error=note,
                outcome_unknown=False,
            )
        )

    def retry_later(self, outbox_id: int, at: datetime, error: str) -> None:
        self.session.execute(
            update(OutboxRow)
            .where(OutboxRow.outbox_id == outbox_id)
            .values(next_attempt_at=at, last_error=error, lease_owner=None, lease_until=None)
        )

    def give_up(self, outbox_id: int, now: datetime, error: str) -> None:
        self.session.execute(
            update(OutboxRow)
            .where(OutboxRow.outbox_id == outbox_id)
            .values(state=FAILED, finished_at=now, last_error=error, lease_owner=None, lease_until=None)
        )

    def clear_outcome(self, outbox_id: int) -> None:
        """The provider refused the last send outright, so it did nothing: no lookup is needed."""
        self.session.execute(
            update(OutboxRow).where(OutboxRow.outbox_id == outbox_id).values(outcome_unknown=False)
        )

    def release(self, outbox_ids: Iterable[int]) -> None:
        ids = list(outbox_ids)
        if ids:
            self.session.execute(
                update(OutboxRow)
                .where(OutboxRow.outbox_id.in_(ids))
                .values(lease_owner=None, lease_until=None)
            )

    def outbox(self, *, states: Iterable[str] = (PENDING,), limit: int = 500) -> list[OutboxItem]:
        rows = self.session.scalars(
            select(OutboxRow)
            .where(OutboxRow.state.in_(list(states)))
            .order_by(OutboxRow.outbox_id)
            .limit(limit)
        )
        return [_item(r) for r in rows]

    def outbox_counts(self) -> dict[str, int]:
        rows = self.session.execute(select(OutboxRow.state, func.count()).group_by(OutboxRow.state)).all()
        return {state: n for state, n in rows}

    # --- devices -------------------------------------------------------------------------------

    def save_device(self, data: Mapping[str, Any], now: datetime) -> None:
        device_id = str(data["device_id"])
        row = self.session.get(ProviderDeviceRow, device_id)
        props = data.get("properties") or {}
        values = {
            "display_name": data.get("display_name") or props.get("name"),
            "device_type": data.get("device_type"),
            "online": props.get("online"),
            "data": dict(data),
            "refreshed_at": now,
        }
        if row is None:
            self.session.add(ProviderDeviceRow(device_id=device_id, **values))
        else:
            for name, value in values.items():
                setattr(row, name, value)

    def device_data(self, device_id: str) -> dict[str, Any] | None:
        row = self.session.get(ProviderDeviceRow, device_id)
        return None if row is None else dict(row.data)

    def devices(self) -> list[tuple[dict[str, Any], datetime]]:
        rows = self.session.scalars(select(ProviderDeviceRow).order_by(ProviderDeviceRow.device_id))
        return [(dict(r.data), r.refreshed_at) for r in rows]

    # --- alerts --------------------------------------------------------------------------------

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
        self.session.add(
            SyncAlertRow(
                device_id=device_id,
                local_id=local_id,
                outbox_id=outbox_id,
                kind=kind,
                title=title,
                message=message,
                created_at=now,
            )
        )

    def alerts(self, *, open_only: bool = True) -> list[SyncAlert]:
        query = select(SyncAlertRow).order_by(SyncAlertRow.alert_id)
        if open_only:
            query = query.where(SyncAlertRow.resolved_at.is_(None))
        return [
            SyncAlert(
                r.alert_id,
                r.device_id,
                r.local_id,
                r.outbox_id,
                r.kind,
                r.title,
                r.message,
                r.created_at,
                r.resolved_at,
            )
            for r in self.session.scalars(query)
        ]

    # --- settings ------------------------------------------------------------------------------

    def setting(self, key: str) -> str | None:
        row = self.session.get(SettingRow, key)
        return None if row is None else row.value

    def set_setting(self, key: str, value: str, now: datetime) -> None:
        row = self.session.get(SettingRow, key)
        if row is None:
            self.session.add(SettingRow(key=key, value=value, updated_at=now))
        else:
            row.value, row.updated_at = value, now

    # --- what lockout needs to read from the rest of the desk ----------------------------------

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
