"""How a PIN code entity is stored: the columns copied as they are, and the JSON of its issues,
pending mutations, appearance and Oracode metadata."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from frontdesk.domain.codes import (
    AccessCode,
    CodeAppearance,
    CodeIssue,
    OracodeMetadata,
    PendingMutation,
    SyncState,
)
from frontdesk.store.code_tables import AccessCodeRow


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


def code_from_row(row: AccessCodeRow, pin: str | None) -> AccessCode:
    """The entity a stored row holds, with `pin` for its PIN (the row holds it encrypted)."""
    appearance = CodeAppearance(**row.appearance) if row.appearance else None
    oracode = OracodeMetadata(**row.dormakaba_oracode_metadata) if row.dormakaba_oracode_metadata else None
    plain = {name: getattr(row, name) for name in _PLAIN}
    plain["code"] = pin
    return AccessCode(
        local_id=row.local_id,
        sync_state=SyncState(row.sync_state),
        errors=_issues_in(row.errors),
        warnings=_issues_in(row.warnings),
        pending_mutations=_mutations_in(row.pending_mutations),
        appearance=appearance,
        dormakaba_oracode_metadata=oracode,
        **plain,
    )


def write_code_to_row(row: AccessCodeRow, code: AccessCode) -> None:
    """Copy every field of the entity into the row (the desk's extras are left as they are).

    Only fields that differ are set: each set costs the ORM an attribute event and a history
    entry to compare at flush, and a sync result changes a handful of a code's thirty columns."""
    values: dict[str, Any] = {name: getattr(code, name) for name in _PLAIN}
    values["sync_state"] = code.sync_state.value
    values["errors"] = _issues_out(code.errors)
    values["warnings"] = _issues_out(code.warnings)
    values["pending_mutations"] = _mutations_out(code.pending_mutations)
    values["appearance"] = dataclasses.asdict(code.appearance) if code.appearance else None
    values["dormakaba_oracode_metadata"] = (
        dataclasses.asdict(code.dormakaba_oracode_metadata) if code.dormakaba_oracode_metadata else None
    )
    stored = row.__dict__  # the loaded values; a new row has none, so everything is set
    for name, value in values.items():
        if name not in stored or stored[name] != value:
            setattr(row, name, value)
