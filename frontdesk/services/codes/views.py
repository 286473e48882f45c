"""What the PIN-code services hand to the GUI and the command line: frozen views with real types.

Times are aware datetimes already in the property's zone; the sync state and the code type are
enums. A code's `status` stays an open string: the provider adds statuses over time, and an
unknown one must be kept and shown (see domain/codes/access_code.py). The command line prints
these through cli/json_out.py; the field order is the order of its JSON keys.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from frontdesk.domain.codes import (
    AccessCode,
    CodeAppearance,
    CodeType,
    OracodeMetadata,
    SyncState,
    describe_code_state,
    issue_views,
)
from frontdesk.services.codes.provider import ProviderDevice


@dataclass(frozen=True)
class CodeErrorView:
    """One error the provider attached to a code or a lock."""

    error_code: str
    message: str


@dataclass(frozen=True)
class CodeWarningView:
    """One warning the provider attached to a code or a lock."""

    warning_code: str
    message: str


@dataclass(frozen=True)
class CodeIssueView:
    """One line of a code's problem list in the desk's words, keeping the provider's raw code."""

    severity: str  # "error" or "warning"
    code: str
    title: str
    hint: str
    message: str


@dataclass(frozen=True)
class PendingMutationView:
    """A change the provider is still pushing to the lock."""

    mutation_code: str
    message: str


@dataclass(frozen=True)
class CodeView:
    """A PIN code: every property the provider reports, the desk's own fields, and plain words."""

    access_code_id: str | None
    local_id: str
    device_id: str
    code: str | None
    name: str | None
    common_code_key: str | None
    type: CodeType
    status: str
    status_text: str
    sync_state: SyncState
    pending: bool
    created_at: datetime | None
    starts_at: datetime | None
    ends_at: datetime | None
    errors: tuple[CodeErrorView, ...]
    warnings: tuple[CodeWarningView, ...]
    issues: tuple[CodeIssueView, ...]
    pending_mutations: tuple[PendingMutationView, ...]
    is_managed: bool
    is_backup: bool
    is_backup_access_code_available: bool
    is_external_modification_allowed: bool
    is_offline_access_code: bool
    is_one_time_use: bool
    is_scheduled_on_device: bool | None
    is_waiting_for_code_assignment: bool | None
    appearance: CodeAppearance | None
    pulled_backup_access_code_id: str | None
    dormakaba_oracode_metadata: OracodeMetadata | None
    workspace_id: str | None
    access_grant_id: str | None
    reservation_key: str | None
    pulled_for: str | None

    @property
    def some_id(self) -> str:
        """The id to name the code by: the provider's once it has one, else the desk's own."""
        return self.access_code_id or self.local_id

    @property
    def in_backup_pool(self) -> bool:
        """A backup code still waiting in the lock's pool (not yet handed to a guest)."""
        return self.is_backup and not self.pulled_for


def _local(value: datetime | None, tz: ZoneInfo) -> datetime | None:
    return None if value is None else value.astimezone(tz)


def code_view(code: AccessCode, zone: str, now: datetime) -> CodeView:
    """The code as the desk shows it, its times in the property's zone `zone`."""
    tz = ZoneInfo(zone)
    return CodeView(
        access_code_id=code.access_code_id,
        local_id=code.local_id,
        device_id=code.device_id,
        code=code.code,
        name=code.name,
        common_code_key=code.common_code_key,
        type=code.type,
        status=code.status,
        status_text=describe_code_state(code, now, tz),
        sync_state=code.sync_state,
        pending=code.sync_state.value.startswith("pending"),
        created_at=_local(code.created_at, tz),
        starts_at=_local(code.starts_at, tz),
        ends_at=_local(code.ends_at, tz),
        errors=tuple(CodeErrorView(i.code, i.message) for i in code.errors),
        warnings=tuple(CodeWarningView(i.code, i.message) for i in code.warnings),
        issues=tuple(CodeIssueView(*view) for view in issue_views(code)),
        pending_mutations=tuple(
            PendingMutationView(m.mutation_code, m.message) for m in code.pending_mutations
        ),
        is_managed=code.is_managed,
        is_backup=code.is_backup,
        is_backup_access_code_available=code.is_backup_access_code_available,
        is_external_modification_allowed=code.is_external_modification_allowed,
        is_offline_access_code=code.is_offline_access_code,
        is_one_time_use=code.is_one_time_use,
        is_scheduled_on_device=code.is_scheduled_on_device,
        is_waiting_for_code_assignment=code.is_waiting_for_code_assignment,
        appearance=code.appearance,
        pulled_backup_access_code_id=code.pulled_backup_access_code_id,
        dormakaba_oracode_metadata=code.dormakaba_oracode_metadata,
        workspace_id=code.workspace_id,
        access_grant_id=code.access_grant_id,
        reservation_key=code.reservation_key,
        pulled_for=code.pulled_for,
    )


@dataclass(frozen=True)
class LinkedCodesCreated:
    """Codes made together on several locks: one PIN where the locks allow it."""

    common_code_key: str
    own_pin_device_ids: tuple[str, ...]
    access_codes: tuple[CodeView, ...]


@dataclass(frozen=True)
class LinkedCodesChanged:
    """Every code of a linked group after new times were given to all of them."""

    common_code_key: str
    access_codes: tuple[CodeView, ...]


class DeviceListSource(enum.StrEnum):
    """Where a list of locks came from."""

    PROVIDER = "provider"  # asked just now
    CACHE = "cache"  # the last list the desk stored (the provider could not be asked)


@dataclass(frozen=True)
class DeviceView:
    """A lock as the provider last reported it."""

    device_id: str
    display_name: str | None
    device_type: str | None
    online: bool | None
    can_program_online_access_codes: bool | None
    can_program_offline_access_codes: bool | None
    time_zone: str | None
    supported_code_lengths: tuple[int, ...]
    code_constraints: tuple[str, ...]
    supports_backup_access_code_pool: bool | None
    time_slots: tuple[str, ...]
    errors: tuple[CodeErrorView, ...]
    warnings: tuple[CodeWarningView, ...]
    refreshed_at: datetime | None
    source: DeviceListSource


def device_view(
    device: ProviderDevice, refreshed_at: datetime | None, source: DeviceListSource
) -> DeviceView:
    """The lock as the desk shows it; `refreshed_at` is when the desk last heard of it."""
    return DeviceView(
        device_id=device.device_id,
        display_name=device.display_name,
        device_type=device.device_type,
        online=device.online,
        can_program_online_access_codes=device.can_program_online_access_codes,
        can_program_offline_access_codes=device.can_program_offline_access_codes,
        time_zone=device.time_zone,
        supported_code_lengths=tuple(device.supported_code_lengths),
        code_constraints=tuple(c.constraint_type for c in device.code_constraints),
        supports_backup_access_code_pool=device.supports_backup_access_code_pool,
        time_slots=tuple(s.name for s in device.predefined_time_slots),
        errors=tuple(CodeErrorView(e.code, e.message) for e in device.errors),
        warnings=tuple(CodeWarningView(w.code, w.message) for w in device.warnings),
        refreshed_at=refreshed_at,
        source=source,
    )


# --- lockout ---------------------------------------------------------------------------------------


class CardVerdict(enum.StrEnum):
    """Whether a key card the desk issued should open the guest's door."""

    SHOULD_OPEN = "should_open"
    MAY_NOT_OPEN = "may_not_open"
    WILL_NOT_OPEN = "will_not_open"


@dataclass(frozen=True)
class LockoutCardView:
    """One key card of the stay and the desk's verdict on it."""

    card_serial: int
    access_grant_id: str
    status: str
    verdict: CardVerdict
    reason: str


@dataclass(frozen=True)
class LockoutCodeCheck:
    """Whether one of the stay's PINs opens its door now, and why not when it does not."""

    local_id: str
    access_code_id: str | None
    device_id: str
    door: str
    works_now: bool
    reason: str
    keypad_online: bool | None  # as the provider last reported it; None when not known
    works_later: bool  # it does not work yet but will by itself (the reason says when)
    # From the provider's events (services/sync/events.py); None when no event told it.
    reached_lock_at: datetime | None = None
    last_used_at: datetime | None = None
    history: str = ""  # the two above in words, for the screen; empty when neither is known


@dataclass(frozen=True)
class LockoutView:
    """Everything for a "the guest can't get in" call: the stay's codes and cards, what to do next,
    and the text to send the guest."""

    reservation_key: str | None
    reservation_status: str | None
    guests: tuple[str, ...]
    access_grant_ids: tuple[str, ...]
    codes: tuple[CodeView, ...]
    cards: tuple[LockoutCardView, ...]
    suggestions: tuple[str, ...]
    message: str
    checks: tuple[LockoutCodeCheck, ...]  # one per code in `codes`, same order

    def check_of(self, code: CodeView) -> LockoutCodeCheck | None:
        """The works-now check of one of `codes`."""
        return next((c for c in self.checks if c.local_id == code.local_id), None)

    @property
    def any_works_now(self) -> bool:
        """At least one of the guest's PINs (not a backup waiting in the pool) opens a door now."""
        return any(c.works_now for c in self.checks)


@dataclass(frozen=True)
class LockoutWithBackup(LockoutView):
    """The lockout view after a backup PIN was handed out, with that backup."""

    backup: CodeView


@dataclass(frozen=True)
class LetInResult:
    """What "Get the guest in now" did, and what is left for the receptionist."""

    view: LockoutView
    backup: CodeView | None  # the backup PIN handed out, when one was needed
    started_now: bool  # the stay's start was moved to now
    done: tuple[str, ...]
    left: tuple[str, ...]  # e.g. re-encode the key cards, which needs the reader


# --- replacing a factory-reset lock ----------------------------------------------------------------


@dataclass(frozen=True)
class MovedCode:
    """One guest's code moved to the new lock: whether the guest keeps the PIN or must be told a new one."""

    guest: str
    old_local_id: str
    new_local_id: str
    pin: str | None  # the PIN on the new lock; None while the provider assigns it
    pin_kept: bool
    sentence: str


@dataclass(frozen=True)
class LeftBehindCode:
    """A code of the old lock that is not moved, and what the receptionist should do about it."""

    guest: str
    local_id: str
    reason: str


@dataclass(frozen=True)
class LockReplacement:
    """What replacing a factory-reset lock does (`applied` False: the preview shown before) or did.

    `moved`: the live codes re-created on the new lock; `left_behind`: codes not moved (offline
    codes, ended ones, unused pool backups); `ended_at_desk`: how many of the old lock's codes the
    desk ends without asking the provider (the reset wiped them); `doors`: the desk's doors that
    now point at the new lock; `sentences`: all of it in words, for the receptionist."""

    old_device_id: str
    new_device_id: str
    applied: bool
    moved: tuple[MovedCode, ...]
    left_behind: tuple[LeftBehindCode, ...]
    ended_at_desk: int
    doors: tuple[str, ...]
    sentences: tuple[str, ...]

    @property
    def new_pins(self) -> tuple[MovedCode, ...]:
        """The guests who must be told a new PIN."""
        return tuple(m for m in self.moved if not m.pin_kept)


@dataclass(frozen=True)
class TypedTimeZone:
    """The zone a time typed without an offset is read in for a code on one lock, and whether it is
    the lock's own (an offline lock) rather than the property's."""

    zone: str
    is_lock_zone: bool
