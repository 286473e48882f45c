"""The remote lock provider contract: what the desk needs from a service that programs PIN codes.

Drivers (`drivers.seam`, `drivers.simulated.provider`) implement `LockProvider`. The data classes
mirror the provider's `access_code` and `device` objects field by field, but every field except
the ids is optional and every enum-like value (status, type, error and warning codes) stays an
open string: providers add new values over time, and an unknown one must be kept and shown, never
dropped. Each object also keeps the provider's raw JSON (`raw`) for fields nobody modelled yet.

Times: callers pass timezone-aware datetimes; the provider's answers carry ISO 8601 strings
(UTC written with "Z"). `parse_provider_time` turns them back into datetimes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol, runtime_checkable

from frontdesk.domain.errors import Conflict, FrontDeskError, InvalidInput, NotFound, Unavailable

# The hospitality guide spells this warning differently from the API; both mean the same thing.
_ISSUE_ALIASES = {"delay_in_setting_code_on_device": "delay_in_setting_on_device"}


# --- Times -------------------------------------------------------------------------------------


def format_provider_time(value: datetime) -> str:
    """ISO 8601 for the provider. Keeps the caller's UTC offset (offline time-slot locks need the
    lock's local offset); UTC is written with "Z"."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidInput("A time without a time zone was given.", "Pass timezone-aware datetimes.")
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


@dataclass(frozen=True)
class CodeIssue:
    """One entry of an `errors`, `warnings` or `pending_mutations` list, code kept verbatim."""

    code: str
    message: str
    created_at: str | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def normalized_code(self) -> str:
        """The code with known spelling variants folded into the API's spelling."""
        return _ISSUE_ALIASES.get(self.code, self.code)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], key: str) -> CodeIssue:
        return cls(
            code=str(data.get(key) or "unknown"),
            message=str(data.get("message") or ""),
            created_at=data.get("created_at"),
            raw=dict(data),
        )


def _issues(items: Any, key: str) -> tuple[CodeIssue, ...]:
    return tuple(CodeIssue.from_dict(item, key) for item in (items or ()) if isinstance(item, Mapping))


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
    pending_mutations: tuple[CodeIssue, ...] = ()
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
            pending_mutations=_issues(data.get("pending_mutations"), "mutation_code"),
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


# --- Errors ------------------------------------------------------------------------------------


class ProviderError(FrontDeskError):
    """The provider refused or could not do a request. Carries what the provider said.

    `retryable` tells the sync worker whether sending the same request later can succeed."""

    status = 503
    title = "The lock provider could not do this."
    hint = "Look at the provider's message below; if it keeps happening, ask your IT contact."
    retryable = False

    def __init__(
        self,
        title: str | None = None,
        hint: str | None = None,
        *,
        error_type: str | None = None,
        http_status: int | None = None,
        request_id: str | None = None,
        provider_message: str | None = None,
        retryable: bool | None = None,
    ) -> None:
        self.error_type = error_type
        self.http_status = http_status
        self.request_id = request_id
        self.provider_message = provider_message
        if retryable is not None:
            self.retryable = retryable
        detail = {
            "error_type": error_type,
            "http_status": http_status,
            "request_id": request_id,
            "provider_message": provider_message,
        }
        super().__init__(title, hint, detail={k: v for k, v in detail.items() if v is not None})


class ProviderUnreachable(ProviderError, Unavailable):
    """No usable answer: connection refused, timeout, 429 or 5xx. Sending again later may work."""

    status = 503
    title = "The lock provider cannot be reached."
    hint = "Check the internet connection; the desk keeps working and sends pending changes later."
    retryable = True


class ProviderAuthFailed(ProviderError, Unavailable):
    """The provider refused the API key (401/403)."""

    status = 503
    title = "The lock provider refused the API key."
    hint = "Store a valid key with: frontdesk provider set --endpoint URL --api-key-stdin"


class ProviderBadResponse(ProviderError, Unavailable):
    """The provider answered 2xx with something that is not the expected JSON."""

    status = 503
    title = "The lock provider sent an answer the desk cannot read."
    hint = "Check the provider endpoint in the settings; it may point at the wrong server."


class ProviderUnsupported(ProviderError):
    """The server has no such route (404 with a non-JSON body): the operation is not offered."""

    status = 400
    title = "The lock provider does not offer this operation."
    hint = "Use a provider that supports it, or do the change code by code."


class ProviderInvalidInput(ProviderError, InvalidInput):
    """4xx other than 401/403/404/409: the request itself is wrong, sending it again will not help."""

    status = 400
    title = "The lock provider rejected the request."
    hint = "Check the dates, the PIN and the door; the provider's message says what it did not accept."


class ProviderNotFound(ProviderError, NotFound):
    status = 404
    title = "The lock provider does not know this door or code."
    hint = "It may have been removed at the provider; refresh the list of doors and codes."


class ProviderConflict(ProviderError, Conflict):
    status = 409
    title = "The lock provider reports a conflict."
    hint = "Refresh and try again; the provider's message says what clashed."


class DuplicateAccessCode(ProviderConflict):
    """The PIN is already on that lock (`duplicate_access_code`)."""

    title = "This PIN is already in use on the lock."
    hint = "Choose another PIN, or leave it empty and let the provider pick one."


# --- The contract ------------------------------------------------------------------------------


@runtime_checkable
class LockProvider(Protocol):
    """A remote service that programs PIN codes onto locks. All methods raise `ProviderError`s."""

    async def list_devices(self) -> list[ProviderDevice]: ...

    async def get_device(self, device_id: str) -> ProviderDevice: ...

    async def create_access_code(
        self,
        device_id: str,
        *,
        name: str | None = None,
        code: str | None = None,
        starts_at: datetime | None = None,
        ends_at: datetime | None = None,
        use_backup_access_code_pool: bool | None = None,
        is_offline_access_code: bool | None = None,
        max_time_rounding: str | None = None,
        preferred_code_length: int | None = None,
        common_code_key: str | None = None,
    ) -> ProviderAccessCode:
        """Create one code; give both times (time-bound) or neither (ongoing)."""
        ...

    async def create_multiple(
        self,
        device_ids: Sequence[str],
        *,
        behavior_when_code_cannot_be_shared: str | None = None,
        preferred_code_length: int | None = None,
        name: str | None = None,
        starts_at: datetime | None = None,
        ends_at: datetime | None = None,
    ) -> list[ProviderAccessCode]:
        """Create linked codes sharing one PIN and one `common_code_key` (the provider picks the PIN).
        `behavior_when_code_cannot_be_shared` is "throw" (default) or "create_random_code"."""
        ...

    async def update_access_code(
        self,
        access_code_id: str,
        *,
        name: str | None = None,
        code: str | None = None,
        starts_at: datetime | None = None,
        ends_at: datetime | None = None,
        make_ongoing: bool = False,
    ) -> ProviderAccessCode:
        """Change a code; fields left None stay as they are. Returns the code as stored afterwards."""
        ...

    async def update_multiple(
        self,
        common_code_key: str,
        *,
        starts_at: datetime | None = None,
        ends_at: datetime | None = None,
        name: str | None = None,
    ) -> None:
        """Change every code of a linked group together."""
        ...

    async def delete_access_code(self, access_code_id: str) -> None: ...

    async def get_access_code(self, access_code_id: str) -> ProviderAccessCode: ...

    async def list_access_codes(self, device_id: str) -> list[ProviderAccessCode]:
        """The managed codes on one device (never another device's)."""
        ...

    async def pull_backup_access_code(self, access_code_id: str) -> ProviderAccessCode:
        """Hand out a backup code for a time-bound code whose own PIN failed; returns the backup."""
        ...

    async def generate_code(self, device_id: str) -> str:
        """A PIN the device would accept, without creating anything."""
        ...

    async def close(self) -> None: ...
