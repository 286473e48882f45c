"""State of the simulated lock provider: its demo doors and one stored access code's lifecycle."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

MAX_OFFLINE_DAYS = 31  # offline time-slot codes may span at most this many days
ROUNDING_VALUES = ("1hour", "1day", "1h", "1d")


def iso(value: datetime) -> str:
    """The provider's timestamp format: UTC, milliseconds, "Z"."""
    return value.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _slot(name: str, check_in: str, check_out: str, time_zone: str, **flags: bool) -> dict[str, Any]:
    # Offsets in the time-of-day strings are only labels here; the IANA zone in brackets decides.
    return {
        "name": name,
        "prefix": 0,
        "check_in_time": f"{check_in}:00[{time_zone}]",
        "check_out_time": f"{check_out}:00[{time_zone}]",
        "is_24_hour": flags.get("is_24_hour", False),
        "is_biweekly_mode": False,
        "is_one_shot": False,
        "is_master": False,
    }


def _keypad(
    device_id: str, name: str, time_zone: str, lengths: list[int], provider_pool: bool
) -> dict[str, Any]:
    return {
        "device_id": device_id,
        "device_type": "schlage_lock",
        "display_name": name,
        "capabilities_supported": ["lock", "access_code"],
        "can_program_online_access_codes": True,
        "can_program_offline_access_codes": False,
        "location": {"location_name": "Demo hotel", "time_zone": time_zone},
        "workspace_id": "simulated_workspace",
        "errors": [],
        "warnings": [],
        "properties": {
            "name": name,
            "online": True,
            "supported_code_lengths": lengths,
            "max_active_codes_supported": 250,
            "code_constraints": [{"constraint_type": "no_zeros"}],
            "supports_backup_access_code_pool": provider_pool,
            "backup_access_code_pool_enabled": provider_pool,
        },
    }


def default_devices(time_zone: str, *, provider_pool: bool = False) -> list[dict[str, Any]]:
    """The demo property's doors: two online keypads and an offline time-slot keypad.

    `provider_pool`: the keypads keep the provider's own backup pool (`supports_backup_access_code_pool`);
    without it (the demo) they do not, and the desk keeps its own pool of backup codes on them."""
    cottage = {
        "device_id": "cottage-1",
        "device_type": "dormakaba_oracode_door",
        "display_name": "Cottage 1",
        "capabilities_supported": ["access_code"],
        "can_program_online_access_codes": False,
        "can_program_offline_access_codes": True,
        "location": {"location_name": "Demo hotel", "time_zone": time_zone},
        "workspace_id": "simulated_workspace",
        "errors": [],
        "warnings": [],
        "properties": {
            "name": "Cottage 1",
            "online": False,  # an offline lock: codes are computed at the provider, never sent to it
            "supported_code_lengths": [9],
            "dormakaba_oracode_metadata": {
                "door_id": 1,
                "door_name": "Cottage 1",
                "site_name": "Demo hotel",
                "iana_timezone": time_zone,
                "predefined_time_slots": [
                    _slot("Standard 4pm-10am", "16:00", "10:00", time_zone),
                    _slot("Late 6pm-12pm", "18:00", "12:00", time_zone),
                    _slot("24 hour 12pm-12pm", "12:00", "12:00", time_zone, is_24_hour=True),
                ],
            },
        },
    }
    return [
        _keypad("front-door-keypad", "Front door keypad", time_zone, [4, 5, 6, 7, 8], provider_pool),
        _keypad("back-door-keypad", "Back door keypad", time_zone, [4, 6], provider_pool),
        cottage,
    ]


@dataclass
class SimCode:
    """One access code as the simulated provider stores it; its status is derived from the clock."""

    access_code_id: str
    device_id: str
    code: str
    created_at: datetime
    program_from: datetime  # when the current PIN/times were requested (creation or last change)
    name: str | None = None
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    common_code_key: str | None = None
    uses_backup_pool: bool = False
    is_offline: bool = False
    is_one_time_use: bool = False
    is_backup: bool = False
    pulled: bool = False
    pulled_backup_access_code_id: str | None = None
    deleted_at: datetime | None = None
    forced_status: str | None = None
    errors: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[dict[str, Any]] = field(default_factory=list)

    def removal_started(self, now: datetime) -> datetime | None:
        """When taking the code off the lock began (delete or end of stay), or None."""
        if self.deleted_at is not None:
            return self.deleted_at
        if self.ends_at is not None and now >= self.ends_at:
            return self.ends_at
        return None

    def status(self, now: datetime, online: bool, lead: timedelta, delay: timedelta) -> tuple[str, bool]:
        """(status, late): late means the lock is taking longer than `delay` to follow."""
        if self.forced_status:
            return self.forced_status, False
        removal = self.removal_started(now)
        if removal is not None:
            return "removing", not online and now >= removal + delay
        begin = self.program_from if self.starts_at is None else max(self.program_from, self.starts_at - lead)
        if now < begin:
            return "unset", False
        blocked = any(str(e.get("error_code", "")).startswith("failed_to_set") for e in self.errors)
        if blocked or not online:
            return "setting", now >= begin + delay
        return ("setting" if now < begin + delay else "set"), False

    def to_json(
        self,
        *,
        workspace_id: str,
        status: str,
        warnings: list[dict[str, Any]],
        pending_mutations: list[dict[str, Any]],
        backup_available: bool,
    ) -> dict[str, Any]:
        """The provider's `access_code` object for this code."""
        return {
            "access_code_id": self.access_code_id,
            "device_id": self.device_id,
            "workspace_id": workspace_id,
            "name": self.name,
            "appearance": {"name": self.name},
            "code": self.code,
            "common_code_key": self.common_code_key,
            "type": "ongoing" if self.starts_at is None else "time_bound",
            "status": status,
            "created_at": iso(self.created_at),
            "starts_at": None if self.starts_at is None else iso(self.starts_at),
            "ends_at": None if self.ends_at is None else iso(self.ends_at),
            "errors": list(self.errors),
            "warnings": warnings,
            "pending_mutations": pending_mutations,
            "is_managed": True,
            "is_backup": self.is_backup,
            "is_backup_access_code_available": backup_available,
            "pulled_backup_access_code_id": self.pulled_backup_access_code_id,
            "is_external_modification_allowed": False,
            "is_offline_access_code": self.is_offline,
            "is_one_time_use": self.is_one_time_use,
            "is_scheduled_on_device": False,
            "is_waiting_for_code_assignment": False,
            "dormakaba_oracode_metadata": {
                "site_name": "Demo hotel",
                "is_cancellable": False,
                "is_extendable": False,
                "is_early_checkin_able": False,
                "is_overridable": True,
            }
            if self.is_offline
            else None,
        }
