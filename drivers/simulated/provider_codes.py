"""The codes on the simulated locks and the rules the simulated provider applies to them: PIN lengths
and duplicates, times, offline codes, backup pools, codes shared across doors, and each code's lifecycle
as JSON. SimulatedProvider (provider.py) runs these inside its call plumbing (faults, state file)."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

from drivers.simulated.provider_state import MAX_OFFLINE_DAYS, ROUNDING_VALUES, SimCode, iso
from frontdesk.services.codes.provider import (
    AccessCodeSpec,
    DuplicateAccessCode,
    ProviderAccessCode,
    ProviderError,
    ProviderInvalidInput,
    ProviderNotFound,
)

SET_LEAD = timedelta(minutes=30)  # a time-bound code is programmed this long before it starts
PROGRAMMING_DELAY = timedelta(minutes=2)  # how long the lock takes to take or drop a code
BEHAVIORS = ("throw", "create_random_code")


class CodeBook:
    """The simulated doors' codes. `now` and `request_id` come from the provider (its clock, its calls)."""

    def __init__(
        self,
        devices: dict[str, dict[str, Any]],
        codes: dict[str, SimCode],
        rng: random.Random,
        *,
        now: Callable[[], datetime],
        request_id: Callable[[], str],
        backup_pool_size: int,
        workspace_id: str,
    ) -> None:
        self._devices = devices
        self._codes = codes
        self._rng = rng
        self._now = now
        self._rid = request_id
        self.backup_pool_size = backup_pool_size
        self.workspace_id = workspace_id

    # --- lookups and errors --------------------------------------------------------------------

    def _bad(self, message: str, error_type: str = "invalid_input") -> ProviderError:
        return ProviderInvalidInput(
            error_type=error_type, http_status=400, request_id=self._rid(), provider_message=message
        )

    def device(self, device_id: str) -> dict[str, Any]:
        if device_id not in self._devices:
            raise ProviderNotFound(
                error_type="device_not_found",
                http_status=404,
                request_id=self._rid(),
                provider_message="Device not found",
            )
        return self._devices[device_id]

    def code(self, access_code_id: str) -> SimCode:
        if access_code_id not in self._codes:
            raise ProviderNotFound(
                error_type="access_code_not_found",
                http_status=404,
                request_id=self._rid(),
                provider_message="Could not find an access_code with access_code_id",
            )
        return self._codes[access_code_id]

    def online(self, device_id: str) -> bool:
        return bool(self._devices[device_id]["properties"].get("online"))

    def purge(self) -> None:
        """Drop codes the lock has finished removing."""
        now = self._now()
        for code in list(self._codes.values()):
            gone_from = code.removal_started(now)
            if (
                gone_from is not None
                and now >= gone_from + PROGRAMMING_DELAY
                and (code.is_offline or self.online(code.device_id))
            ):
                del self._codes[code.access_code_id]

    # --- a code as the provider shows it -------------------------------------------------------

    def code_json(self, code: SimCode) -> dict[str, Any]:
        now = self._now()
        online = code.is_offline or self.online(code.device_id)
        status, late = code.status(now, online, SET_LEAD, PROGRAMMING_DELAY)
        warnings = list(code.warnings)
        if late and status == "setting":
            warnings.append(
                {"warning_code": "delay_in_setting_on_device", "message": "Lock is slow to take the code"}
            )
        if late and status == "removing":
            warnings.append(
                {"warning_code": "delay_in_removing_from_device", "message": "Lock is slow to drop it"}
            )
        mutations = []
        if status in ("setting", "removing") and not code.forced_status:
            mutation = "creating" if status == "setting" else "deleting"
            mutations.append({"mutation_code": mutation, "message": mutation, "created_at": iso(now)})
        pool = self._pool(code.device_id)
        return code.to_json(
            workspace_id=self.workspace_id,
            status=status,
            warnings=warnings,
            pending_mutations=mutations,
            backup_available=bool(code.uses_backup_pool and (pool or code.pulled_backup_access_code_id)),
        )

    # --- PINs, checks, backup pools, creating ---------------------------------------------------

    def _live_codes(self, device_id: str) -> list[SimCode]:
        return [c for c in self._codes.values() if c.device_id == device_id]

    def _pool(self, device_id: str) -> list[SimCode]:
        return [
            c for c in self._live_codes(device_id) if c.is_backup and not c.pulled and c.deleted_at is None
        ]

    def _pin_free(self, device_id: str, pin: str, ignore: str | None = None) -> bool:
        return all(c.code != pin or c.access_code_id == ignore for c in self._live_codes(device_id))

    def _lengths(self, device_id: str) -> list[int]:
        return sorted(self._devices[device_id]["properties"].get("supported_code_lengths") or [4])

    def _new_pin(self, device_ids: Sequence[str], length: int) -> str | None:
        for _ in range(200):
            pin = "".join(self._rng.choice("123456789") for _ in range(length))
            if all(self._pin_free(d, pin) for d in device_ids):
                return pin
        return None

    def _new_id(self) -> str:
        while True:
            new = str(uuid.UUID(int=self._rng.getrandbits(128), version=4))
            if new not in self._codes:
                return new

    def _check_times(self, starts_at: datetime | None, ends_at: datetime | None) -> None:
        if (starts_at is None) != (ends_at is None):
            raise self._bad("Both starts_at and ends_at must be provided if one is")
        if starts_at is not None and ends_at is not None and ends_at <= starts_at:
            raise self._bad("ends_at must be after starts_at")

    def _check_pin(self, device_id: str, pin: str, ignore: str | None = None) -> None:
        if not pin.isdigit() or len(pin) not in self._lengths(device_id):
            raise self._bad(f"code must be {self._lengths(device_id)} digits long")
        if not self._pin_free(device_id, pin, ignore):
            raise DuplicateAccessCode(
                error_type="duplicate_access_code",
                http_status=409,
                request_id=self._rid(),
                provider_message="Cannot set duplicate access code on this device",
            )

    def _add(self, device_id: str, pin: str, **fields: Any) -> SimCode:
        now = self._now()
        code = SimCode(self._new_id(), device_id, pin, created_at=now, program_from=now, **fields)
        self._codes[code.access_code_id] = code
        return code

    def _fill_pool(self, device_id: str) -> None:
        while len(self._pool(device_id)) < self.backup_pool_size:
            pin = self._new_pin([device_id], self._lengths(device_id)[0])
            if pin is None:
                return
            self._add(device_id, pin, name="Backup code", is_backup=True)

    def create(self, spec: AccessCodeSpec) -> SimCode:
        """One code as `spec` asks (its times already in UTC), checked as the provider checks it."""
        device_id, pin, starts_at, ends_at = spec.device_id, spec.code, spec.starts_at, spec.ends_at
        use_pool, offline = bool(spec.use_backup_access_code_pool), bool(spec.is_offline_access_code)
        rounding, length = spec.max_time_rounding, spec.preferred_code_length
        device = self.device(device_id)
        self._check_times(starts_at, ends_at)
        if rounding is not None and rounding not in ROUNDING_VALUES:
            raise self._bad(f"max_time_rounding must be one of {', '.join(ROUNDING_VALUES)}")
        if use_pool and starts_at is None:
            raise self._bad("Cannot use the backup pool for ongoing codes")
        if use_pool and not device["properties"].get("supports_backup_access_code_pool"):
            raise self._bad("This device has no backup access code pool")
        if offline:
            if not device.get("can_program_offline_access_codes"):
                raise self._bad("This device cannot program offline access codes")
            if starts_at is None or ends_at is None or ends_at - starts_at > timedelta(days=MAX_OFFLINE_DAYS):
                raise self._bad(
                    f"Offline codes need a start and an end at most {MAX_OFFLINE_DAYS} days apart"
                )
        elif not device.get("can_program_online_access_codes"):
            raise self._bad("This device only takes offline access codes (is_offline_access_code)")
        if spec.is_one_time_use and not offline:
            raise self._bad("Only offline access codes can be one-time-use")
        if pin is not None:
            self._check_pin(device_id, pin)
        else:
            lengths = self._lengths(device_id)
            pin = self._new_pin([device_id], length if length in lengths else lengths[0])
            if pin is None:
                raise self._bad("No free code left on this device", "no_space_for_access_code_on_device")
        code = self._add(
            device_id,
            pin,
            name=spec.name,
            starts_at=starts_at,
            ends_at=ends_at,
            uses_backup_pool=use_pool,
            is_offline=offline,
            is_one_time_use=bool(spec.is_one_time_use),
            common_code_key=spec.common_code_key,
        )
        if use_pool:
            self._fill_pool(device_id)
        return code

    def create_multiple(
        self,
        device_ids: Sequence[str],
        behavior: str,
        preferred_code_length: int | None,
        name: str | None,
        start: datetime | None,
        end: datetime | None,
    ) -> list[ProviderAccessCode]:
        """One code per door sharing one PIN where the doors allow it (`behavior` says what happens
        when they do not)."""
        if not device_ids:
            raise self._bad("device_ids must not be empty")
        if behavior not in BEHAVIORS:
            raise self._bad(f"behavior_when_code_cannot_be_shared must be one of {', '.join(BEHAVIORS)}")
        for device_id in device_ids:
            if not self.device(device_id).get("can_program_online_access_codes"):
                raise self._bad(f"{device_id} cannot program online access codes")
        self._check_times(start, end)
        common = set.intersection(*(set(self._lengths(d)) for d in device_ids))
        length = preferred_code_length or min(common or self._lengths(device_ids[0]))
        sharing = [d for d in device_ids if length in self._lengths(d)]
        pin = self._new_pin(sharing, length)
        if (pin is None or len(sharing) < len(device_ids)) and behavior == "throw":
            raise self._bad("The code cannot be shared across all of these devices")
        key = f"auto_set_by_create_multiple_{self._new_id()}"
        created = [
            self.create(
                AccessCodeSpec(
                    d,
                    name=name,
                    code=pin if d in sharing and pin else None,
                    starts_at=start,
                    ends_at=end,
                    preferred_code_length=length,
                    common_code_key=key,
                )
            )
            for d in device_ids
        ]
        return [ProviderAccessCode.from_dict(self.code_json(c)) for c in created]

    # --- changing, removing, listing -----------------------------------------------------------

    def update(
        self,
        access_code_id: str,
        name: str | None,
        pin: str | None,
        starts_at: datetime | None,
        ends_at: datetime | None,
        make_ongoing: bool,
    ) -> SimCode:
        code = self.code(access_code_id)
        if code.is_offline:
            raise self._bad("Offline access codes cannot be changed after they are created")
        if code.removal_started(self._now()) is not None:
            raise self._bad("The code is being removed", "access_code_being_removed")
        new_start = None if make_ongoing else (starts_at or code.starts_at)
        new_end = None if make_ongoing else (ends_at or code.ends_at)
        self._check_times(new_start, new_end)
        if pin is not None:
            self._check_pin(code.device_id, pin, ignore=code.access_code_id)
        reprogram = (pin not in (None, code.code)) or (new_start, new_end) != (code.starts_at, code.ends_at)
        code.name = name if name is not None else code.name
        code.code = pin or code.code
        code.starts_at, code.ends_at = new_start, new_end
        if reprogram:
            code.program_from = self._now()
        return code

    def update_multiple(
        self, common_code_key: str, name: str | None, start: datetime | None, end: datetime | None
    ) -> None:
        for code in [c for c in self._codes.values() if c.common_code_key == common_code_key]:
            self.update(code.access_code_id, name, None, start, end, False)

    def delete(self, access_code_id: str) -> None:
        code = self.code(access_code_id)
        if code.is_offline:
            raise self._bad("Offline access codes cannot be deleted")
        if code.deleted_at is None:
            code.deleted_at = self._now()

    def list_codes(self, device_id: str) -> list[ProviderAccessCode]:
        self.device(device_id)
        # Unused backup-pool codes stay hidden until one is pulled, as at the real provider.
        shown = [c for c in self._live_codes(device_id) if not c.is_backup or c.pulled]
        return [ProviderAccessCode.from_dict(self.code_json(c)) for c in shown]

    def pull_backup(self, access_code_id: str) -> ProviderAccessCode:
        original = self.code(access_code_id)
        if original.starts_at is None:
            raise self._bad(
                "Backups can only be used for time_bound access codes.", "access_code_not_time_bound"
            )
        if original.pulled_backup_access_code_id in self._codes:
            return ProviderAccessCode.from_dict(
                self.code_json(self._codes[original.pulled_backup_access_code_id])
            )
        pool = self._pool(original.device_id) if original.uses_backup_pool else []
        if not pool:
            raise ProviderNotFound(
                error_type="backup_access_code_not_found",
                http_status=404,
                request_id=self._rid(),
                provider_message="No backup access code is available for this code",
            )
        backup = pool[0]
        # The backup is already on the lock: give it the guest's end so it goes away with the stay.
        backup.pulled = True
        backup.starts_at, backup.ends_at = original.starts_at, original.ends_at
        original.pulled_backup_access_code_id = backup.access_code_id
        self._fill_pool(original.device_id)
        return ProviderAccessCode.from_dict(self.code_json(backup))

    def generate_pin(self, device_id: str) -> str:
        self.device(device_id)
        pin = self._new_pin([device_id], self._lengths(device_id)[0])
        if pin is None:
            raise self._bad("No free code left on this device", "no_space_for_access_code_on_device")
        return pin
