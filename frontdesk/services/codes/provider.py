"""The remote lock provider contract: what the desk needs from a service that programs PIN codes.

Drivers (`drivers.seam`, `drivers.simulated.provider`) implement `LockProvider`. The data it answers
with live in provider_data.py, the errors it raises in provider_errors.py; both are re-exported
here, so a driver imports everything of the contract from this one module.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol, runtime_checkable

from frontdesk.domain.codes import CodeIssue, PendingMutation
from frontdesk.services.codes.provider_data import (
    CodeConstraint,
    PredefinedTimeSlot,
    ProviderAccessCode,
    ProviderDevice,
    format_provider_time,
    parse_provider_time,
)
from frontdesk.services.codes.provider_errors import (
    DuplicateAccessCode,
    ProviderAuthFailed,
    ProviderBadResponse,
    ProviderConflict,
    ProviderError,
    ProviderInvalidInput,
    ProviderNotFound,
    ProviderUnreachable,
    ProviderUnsupported,
)

__all__ = [
    "EVENT_TYPES",
    "AccessCodeSpec",
    "CodeConstraint",
    "CodeIssue",
    "DuplicateAccessCode",
    "LockProvider",
    "PendingMutation",
    "PredefinedTimeSlot",
    "ProviderAccessCode",
    "ProviderAuthFailed",
    "ProviderBadResponse",
    "ProviderConflict",
    "ProviderDevice",
    "ProviderError",
    "ProviderEvent",
    "ProviderInvalidInput",
    "ProviderNotFound",
    "ProviderUnreachable",
    "ProviderUnsupported",
    "format_provider_time",
    "parse_provider_time",
]


@dataclass(frozen=True)
class AccessCodeSpec:
    """One code to create on one lock. Give both times (time-bound) or neither (ongoing).

    `code` None lets the provider pick the PIN (of `preferred_code_length` when the lock allows it);
    `use_backup_access_code_pool` asks the provider to keep backup codes for it; an offline code
    (`is_offline_access_code`) is rounded to the lock's time slot within `max_time_rounding`."""

    device_id: str
    name: str | None = None
    code: str | None = None
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    use_backup_access_code_pool: bool | None = None
    is_offline_access_code: bool | None = None
    max_time_rounding: str | None = None
    preferred_code_length: int | None = None
    common_code_key: str | None = None
    is_one_time_use: bool | None = None  # offline codes only: the PIN opens the door once

    def __repr__(self) -> str:
        # The PIN is a secret of the guest: keep it out of reprs (and so out of logs and test output).
        return (
            f"AccessCodeSpec(device_id={self.device_id!r}, name={self.name!r}, "
            f"starts_at={self.starts_at!r}, ends_at={self.ends_at!r})"
        )


# The provider's events the desk reads (services/sync/events.py); others are not asked for.
EVENT_TYPES = (
    "access_code.set_on_device",
    "access_code.failed_to_set_on_device",
    "access_code.removed_externally",
    "lock.unlocked",
)


@dataclass(frozen=True)
class ProviderEvent:
    """One thing the provider reports as having happened. `created_at` is when the provider
    recorded it (what `since` counts from), `occurred_at` when it happened at the lock; a
    `lock.unlocked` carries the `access_code_id` of the PIN that opened the door, when one did."""

    event_id: str
    event_type: str
    created_at: datetime
    occurred_at: datetime
    device_id: str | None = None
    access_code_id: str | None = None

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> ProviderEvent:
        created = parse_provider_time(str(data["created_at"])) or datetime.now(UTC)
        occurred = parse_provider_time(str(data["occurred_at"])) if data.get("occurred_at") else None
        return cls(
            event_id=str(data["event_id"]),
            event_type=str(data["event_type"]),
            created_at=created,
            occurred_at=occurred or created,
            device_id=str(data["device_id"]) if data.get("device_id") else None,
            access_code_id=str(data["access_code_id"]) if data.get("access_code_id") else None,
        )


# --- The contract ------------------------------------------------------------------------------


@runtime_checkable
class LockProvider(Protocol):
    """A remote service that programs PIN codes onto locks. All methods raise `ProviderError`s."""

    async def list_devices(self) -> list[ProviderDevice]: ...

    async def get_device(self, device_id: str) -> ProviderDevice: ...

    async def create_access_code(self, spec: AccessCodeSpec) -> ProviderAccessCode:
        """Create one code as `spec` describes it."""
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
    ) -> ProviderAccessCode | None:
        """Change a code; fields left None stay as they are. Returns the code as stored afterwards,
        or None when the provider accepted the change but the code could not be read back (the
        next sync reads it). A change the provider refused raises."""
        ...

    async def update_multiple(
        self,
        common_code_key: str,
        *,
        starts_at: datetime | None = None,
        ends_at: datetime | None = None,
        name: str | None = None,
    ) -> None:
        """Change every code of a linked group together; raises when no code of the group was changed."""
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

    async def list_events(
        self, since: datetime, event_types: Sequence[str] = EVENT_TYPES, *, limit: int = 500
    ) -> list[ProviderEvent]:
        """Events of these types recorded at or after `since` (a provider may leave out those at
        exactly `since`), oldest first, at most `limit`. The caller skips the ones it has seen."""
        ...

    async def close(self) -> None: ...
