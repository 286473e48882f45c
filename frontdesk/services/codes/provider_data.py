"""The provider's `access_code` and `device` objects, and its timestamps, as the desk reads them.

The data classes mirror the provider's objects field by field, but every field except the ids is
optional and every enum-like value (status, type, error and warning codes) stays an open string:
providers add new values over time, and an unknown one must be kept and shown, never dropped. Each
object also keeps the provider's raw JSON (`raw`) for fields nobody modelled yet. Errors and warnings
are the domain's `CodeIssue`s, pending mutations its `PendingMutation`s.

Times: callers pass timezone-aware datetimes; the provider's answers carry ISO 8601 strings
(UTC written with "Z"). `parse_provider_time` turns them back into datetimes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from frontdesk.domain.codes import CodeIssue, PendingMutation
from frontdesk.domain.errors import InvalidInput
from frontdesk.domain.words import say

# --- Times -------------------------------------------------------------------------------------


def format_provider_time(value: datetime) -> str:
    """ISO 8601 for the provider. Keeps the caller's UTC offset (offline time-slot locks need the
    lock's local offset); UTC is written with "Z"."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidInput(
            say("A time without a time zone was given."), say("Pass timezone-aware datetimes.")
        )
    text = value.isoformat(timespec="seconds")
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def parse_provider_time(value: str | None) -> datetime | None:
    """Parse a provider timestamp ("...Z" or with an offset) into an aware datetime in UTC."""
    if value is None:
        return None
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


# --- Data --------------------------------------------------------------------------------------


def _issue(data: Mapping[str, Any], key: str) -> CodeIssue:
    return CodeIssue(
        str(data.get(key) or "unknown"),
        str(data.get("message") or ""),
        parse_provider_time(data.get("created_at")),
    )


def _issues(items: Any, key: str) -> tuple[CodeIssue, ...]:
    """An `errors` or `warnings` list, each code kept verbatim (an unknown one is never dropped)."""
    return tuple(_issue(item, key) for item in (items or ()) if isinstance(item, Mapping))


def _mutations(items: Any) -> tuple[PendingMutation, ...]:
    """A `pending_mutations` list; the fields nobody modelled (from, to, scheduled_at) stay in `details`."""
    return tuple(
        PendingMutation(
            str(item.get("mutation_code") or "unknown"),
            str(item.get("message") or ""),
            parse_provider_time(item.get("created_at")),
            dict(item),
        )
        for item in (items or ())
        if isinstance(item, Mapping)
    )


@dataclass(frozen=True)
class PredefinedTimeSlot:
    """A check-in/check-out pair an offline time-slot lock accepts (a dormakaba "user level").

    Times of day are kept as the provider writes them, e.g. "16:00:00+01:00[Europe/Berlin]"."""

    name: str
    check_in_time: str | None
    check_out_time: str | None
    is_24_hour: bool = False
    is_biweekly_mode: bool = False
    is_one_shot: bool = False
    is_master: bool = False
    raw: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PredefinedTimeSlot:
        return cls(
            name=str(data.get("name") or ""),
            check_in_time=data.get("check_in_time"),
            check_out_time=data.get("check_out_time"),
            is_24_hour=bool(data.get("is_24_hour", False)),
            is_biweekly_mode=bool(data.get("is_biweekly_mode", False)),
            is_one_shot=bool(data.get("is_one_shot", False)),
            is_master=bool(data.get("is_master", False)),
            raw=dict(data),
        )


@dataclass(frozen=True)
class CodeConstraint:
    """A rule the lock puts on PINs (`no_zeros`, ...) or names (`name_length` with bounds)."""

    constraint_type: str
    min_length: int | None = None
    max_length: int | None = None


@dataclass(frozen=True)
class ProviderDevice:
    """A lock (or other device) as the provider reports it."""

    device_id: str
    device_type: str | None = None
    display_name: str | None = None
    online: bool | None = None
    can_program_online_access_codes: bool | None = None
    can_program_offline_access_codes: bool | None = None
    time_zone: str | None = None
    supported_code_lengths: tuple[int, ...] = ()
    max_active_codes_supported: int | None = None
    code_constraints: tuple[CodeConstraint, ...] = ()
    supports_backup_access_code_pool: bool | None = None
    backup_access_code_pool_enabled: bool | None = None
    predefined_time_slots: tuple[PredefinedTimeSlot, ...] = ()
    capabilities_supported: tuple[str, ...] = ()
    workspace_id: str | None = None
    errors: tuple[CodeIssue, ...] = ()
    warnings: tuple[CodeIssue, ...] = ()
    raw: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ProviderDevice:
        props: Mapping[str, Any] = data.get("properties") or {}
        location: Mapping[str, Any] = data.get("location") or {}
        oracode: Mapping[str, Any] = props.get("dormakaba_oracode_metadata") or {}
        online_codes = data.get("can_program_online_access_codes")
        offline_codes = data.get("can_program_offline_access_codes")
        return cls(
            device_id=str(data["device_id"]),
            device_type=data.get("device_type"),
            display_name=data.get("display_name") or data.get("nickname") or props.get("name"),
            online=props.get("online"),
            # The `properties.*_access_codes_enabled` flags are deprecated; read them only as fallback.
            can_program_online_access_codes=(
                online_codes if online_codes is not None else props.get("online_access_codes_enabled")
            ),
            can_program_offline_access_codes=(
                offline_codes if offline_codes is not None else props.get("offline_access_codes_enabled")
            ),
            time_zone=location.get("time_zone") or location.get("timezone") or oracode.get("iana_timezone"),
            supported_code_lengths=tuple(int(n) for n in props.get("supported_code_lengths") or ()),
            max_active_codes_supported=props.get("max_active_codes_supported"),
            code_constraints=tuple(
                CodeConstraint(str(c.get("constraint_type")), c.get("min_length"), c.get("max_length"))
                for c in props.get("code_constraints") or ()
                if isinstance(c, Mapping)
            ),
            supports_backup_access_code_pool=props.get("supports_backup_access_code_pool"),
            backup_access_code_pool_enabled=props.get("backup_access_code_pool_enabled"),
            predefined_time_slots=tuple(
                PredefinedTimeSlot.from_dict(s)
                for s in oracode.get("predefined_time_slots") or ()
                if isinstance(s, Mapping)
            ),
            capabilities_supported=tuple(data.get("capabilities_supported") or ()),
            workspace_id=data.get("workspace_id"),
            errors=_issues(data.get("errors"), "error_code"),
            warnings=_issues(data.get("warnings"), "warning_code"),
            raw=dict(data),
        )


@dataclass(frozen=True)
class ProviderAccessCode:
    """A managed access code, mirroring every property of the provider's `access_code` object.

    `type` is "ongoing" or "time_bound"; `status` is "unset", "setting", "set", "removing" or
    "unknown" (or anything newer). `display_status` is a label for people, never branch on it."""

    access_code_id: str
    device_id: str
    workspace_id: str | None = None
    name: str | None = None
    code: str | None = None
    common_code_key: str | None = None
    type: str | None = None
    status: str | None = None
    display_status: str | None = None
    created_at: str | None = None
    starts_at: str | None = None
    ends_at: str | None = None
    errors: tuple[CodeIssue, ...] = ()
    warnings: tuple[CodeIssue, ...] = ()
    pending_mutations: tuple[PendingMutation, ...] = ()
    is_managed: bool | None = None
    is_backup: bool | None = None
    is_backup_access_code_available: bool | None = None
    pulled_backup_access_code_id: str | None = None
    is_external_modification_allowed: bool | None = None
    is_offline_access_code: bool | None = None
    is_one_time_use: bool | None = None
    is_scheduled_on_device: bool | None = None
    is_waiting_for_code_assignment: bool | None = None
    appearance: Mapping[str, Any] | None = field(default=None, compare=False)
    dormakaba_oracode_metadata: Mapping[str, Any] | None = field(default=None, compare=False)
    raw: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def __repr__(self) -> str:
        # The PIN is a secret of the guest: keep it out of reprs (and so out of logs and test output).
        return (
            f"ProviderAccessCode(access_code_id={self.access_code_id!r}, device_id={self.device_id!r}, "
            f"type={self.type!r}, status={self.status!r}, starts_at={self.starts_at!r}, "
            f"ends_at={self.ends_at!r}, errors={[e.code for e in self.errors]!r}, "
            f"warnings={[w.code for w in self.warnings]!r})"
        )

    @property
    def starts_at_time(self) -> datetime | None:
        return parse_provider_time(self.starts_at)

    @property
    def ends_at_time(self) -> datetime | None:
        return parse_provider_time(self.ends_at)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ProviderAccessCode:
        def flag(name: str) -> bool | None:
            value = data.get(name)
            return None if value is None else bool(value)

        return cls(
            access_code_id=str(data["access_code_id"]),
            device_id=str(data.get("device_id") or ""),
            workspace_id=data.get("workspace_id"),
            name=data.get("name"),
            code=None if data.get("code") is None else str(data["code"]),
            common_code_key=data.get("common_code_key"),
            type=data.get("type"),
            status=data.get("status"),
            display_status=data.get("display_status"),
            created_at=data.get("created_at"),
            starts_at=data.get("starts_at"),
            ends_at=data.get("ends_at"),
            errors=_issues(data.get("errors"), "error_code"),
            warnings=_issues(data.get("warnings"), "warning_code"),
            pending_mutations=_mutations(data.get("pending_mutations")),
            is_managed=flag("is_managed"),
            is_backup=flag("is_backup"),
            is_backup_access_code_available=flag("is_backup_access_code_available"),
            pulled_backup_access_code_id=data.get("pulled_backup_access_code_id"),
            is_external_modification_allowed=flag("is_external_modification_allowed"),
            is_offline_access_code=flag("is_offline_access_code"),
            is_one_time_use=flag("is_one_time_use"),
            is_scheduled_on_device=flag("is_scheduled_on_device"),
            is_waiting_for_code_assignment=flag("is_waiting_for_code_assignment"),
            appearance=data.get("appearance"),
            dormakaba_oracode_metadata=data.get("dormakaba_oracode_metadata"),
            raw=dict(data),
        )
