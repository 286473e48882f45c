"""The desk's model of one PIN code on one lock.

It mirrors every property of the provider's `access_code` object, and adds what only the desk
knows: its own id (codes are created at the desk, possibly offline, before the provider has
assigned an `access_code_id`), the grant or reservation the code belongs to, and how far the
code has been synchronised with the provider.

Status, error codes and warning codes are open strings on purpose: providers add new values
and keep legacy ones, and an unknown value must be kept and shown, never dropped.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from frontdesk.domain.codes.errors import OfflineCodeImmutable


class CodeType(enum.StrEnum):
    """`ongoing`: no start or end, on the lock until removed. `time_bound`: has both."""

    ONGOING = "ongoing"
    TIME_BOUND = "time_bound"


class CodeStatus:
    """The status values the provider documents. The field itself stays a plain string."""

    SETTING = "setting"  # being programmed onto the lock
    SET = "set"  # live on the lock
    UNSET = "unset"  # not on the lock: before programming, or after removal
    REMOVING = "removing"  # being taken off the lock
    UNKNOWN = "unknown"  # the provider cannot tell

    KNOWN = frozenset({SETTING, SET, UNSET, REMOVING, UNKNOWN})


class SyncState(enum.StrEnum):
    """Where the desk's copy of a code stands with respect to the provider."""

    PENDING_CREATE = "pending_create"  # made at the desk, not yet sent
    PENDING_UPDATE = "pending_update"  # changed at the desk, change not yet sent
    PENDING_DELETE = "pending_delete"  # removal asked for, not yet sent
    SYNCED = "synced"  # the provider has what the desk has
    FAILED = "failed"  # the provider refused the last change; see the code's errors


@dataclass(frozen=True)
class CodeIssue:
    """One error or warning attached to a code; `code` is an open string."""

    code: str
    message: str = ""
    created_at: datetime | None = None


@dataclass(frozen=True)
class PendingMutation:
    """A change the provider is still pushing to the lock (creating, deleting, updating_code...)."""

    mutation_code: str
    message: str = ""
    created_at: datetime | None = None
    # Extra fields of the mutation (from/to values, scheduled_at); kept as given.
    details: Mapping[str, Any] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class CodeAppearance:
    """The name exactly as the lock or the lock maker's app shows it."""

    name: str
    first_name: str | None = None
    last_name: str | None = None


@dataclass(frozen=True)
class OracodeMetadata:
    """What a dormakaba Oracode offline code records about its stay."""

    stay_id: int | None = None
    user_level_id: str | None = None
    user_level_name: str | None = None
    site_name: str | None = None
    is_cancellable: bool | None = None
    is_extendable: bool | None = None
    is_early_checkin_able: bool | None = None
    is_overridable: bool | None = None  # False: the lock's override limit has been reached


@dataclass(frozen=True, kw_only=True)
class AccessCode:
    """A PIN code on one lock, as the desk knows it.

    Immutable: rules return changed copies (`dataclasses.replace`, or `changed()` below which
    also marks the change for the sync worker).
    """

    # --- the desk's own fields ---
    local_id: str
    access_grant_id: str | None = None
    reservation_key: str | None = None
    sync_state: SyncState = SyncState.PENDING_CREATE
    pulled_for: str | None = None  # backup codes: local id of the code this backup stands in for
    replaced_by: str | None = None  # local id of the copy made on a replacement lock

    # --- the provider's access_code properties ---
    device_id: str
    access_code_id: str | None = None  # None until the provider has created the code
    code: str | None = None  # None while the provider still has to assign a PIN
    name: str | None = None
    common_code_key: str | None = None
    created_at: datetime | None = None
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    status: str = CodeStatus.UNSET
    errors: tuple[CodeIssue, ...] = ()
    warnings: tuple[CodeIssue, ...] = ()
    pending_mutations: tuple[PendingMutation, ...] = ()
    is_backup: bool = False
    is_backup_access_code_available: bool = False
    is_external_modification_allowed: bool = False
    is_managed: bool = True
    is_offline_access_code: bool = False
    is_one_time_use: bool = False
    is_scheduled_on_device: bool | None = None
    is_waiting_for_code_assignment: bool | None = None
    appearance: CodeAppearance | None = None
    pulled_backup_access_code_id: str | None = None
    dormakaba_oracode_metadata: OracodeMetadata | None = None
    workspace_id: str | None = None

    @property
    def type(self) -> CodeType:
        """Derived from the times, never stored: the two cannot disagree."""
        if self.starts_at is None and self.ends_at is None:
            return CodeType.ONGOING
        return CodeType.TIME_BOUND

    @property
    def is_time_bound(self) -> bool:
        return self.type is CodeType.TIME_BOUND

    @property
    def has_errors(self) -> bool:
        return bool(self.errors)

    @property
    def is_in_backup_pool(self) -> bool:
        """A backup code nobody has been given yet."""
        return self.is_backup and self.pulled_for is None

    @property
    def is_known_status(self) -> bool:
        return self.status in CodeStatus.KNOWN

    def has_ended(self, now: datetime) -> bool:
        """A time-bound code whose end has passed; ongoing codes never end by themselves."""
        return self.ends_at is not None and self.ends_at <= now


def new_code(*, local_id: str, device_id: str, now: datetime, **fields: Any) -> AccessCode:
    """A code made at the desk just now: not yet on the lock, waiting to be sent."""
    fields.setdefault("status", CodeStatus.UNSET)
    return AccessCode(
        local_id=local_id,
        device_id=device_id,
        created_at=now,
        sync_state=SyncState.PENDING_CREATE,
        **fields,
    )


def changed(code: AccessCode, **fields: Any) -> AccessCode:
    """A copy with `fields` changed, marked for the sync worker to send.

    A code the provider has no id for yet is (still) `pending_create`: it will be created with
    the new values. A code being deleted stays `pending_delete`; any other becomes `pending_update`.
    """
    if code.sync_state is SyncState.PENDING_DELETE:
        state = SyncState.PENDING_DELETE
    elif code.access_code_id is None:
        state = SyncState.PENDING_CREATE
    else:
        state = SyncState.PENDING_UPDATE
    return dataclasses.replace(code, sync_state=state, **fields)


def marked_for_removal(code: AccessCode) -> AccessCode:
    """A copy marked for the sync worker to delete at the provider.

    Offline codes refuse (409): they cannot be deleted. A code the provider never received
    still needs the mark, so that the worker drops it instead of creating it.
    """
    if code.is_offline_access_code:
        raise OfflineCodeImmutable(detail={"local_id": code.local_id, "access_code_id": code.access_code_id})
    return dataclasses.replace(code, sync_state=SyncState.PENDING_DELETE)


def to_send_again(code: AccessCode) -> AccessCode:
    """A copy to create again after the provider lost it before its end: same PIN, name and times,
    no provider id (the old one is gone), not on the lock, its old errors and warnings dropped."""
    return dataclasses.replace(
        code,
        access_code_id=None,
        sync_state=SyncState.PENDING_CREATE,
        status=CodeStatus.UNSET,
        errors=(),
        warnings=(),
        pending_mutations=(),
        is_scheduled_on_device=None,
    )
