"""A stateful, simulated remote lock provider for demo, training and the tests Seam's fake cannot serve.

It behaves like the real service where the fake does not: codes move through their lifecycle as the
clock advances (unset -> setting 30 minutes before `starts_at` -> set -> removing at `ends_at` or on
delete -> gone), a backup pool is kept per door, linked codes share a PIN, and faults can be injected
(calls that fail, responses lost after the work was done, device offline, code errors and warnings).
State is derived lazily from the injected clock, so tests move time with `ManualClock.advance`.

Entry point group `frontdesk.lock_providers`, name `simulated`.
"""

from __future__ import annotations

import asyncio
import random
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from drivers.simulated import provider_file
from drivers.simulated.provider_faults import ManualClock, NetworkFaults
from drivers.simulated.provider_state import (
    MAX_OFFLINE_DAYS,
    ROUNDING_VALUES,
    SimCode,
    default_devices,
    iso,
)
from frontdesk.services.provider import (
    DuplicateAccessCode,
    ProviderAccessCode,
    ProviderDevice,
    ProviderError,
    ProviderInvalidInput,
    ProviderNotFound,
)

SET_LEAD = timedelta(minutes=30)  # a time-bound code is programmed this long before it starts
PROGRAMMING_DELAY = timedelta(minutes=2)  # how long the lock takes to take or drop a code
BEHAVIORS = ("throw", "create_random_code")


def _aware(value: datetime | None) -> datetime | None:
    if value is not None and (value.tzinfo is None or value.utcoffset() is None):
        raise ProviderInvalidInput(error_type="invalid_input", provider_message="times need a time zone")
    return None if value is None else value.astimezone(UTC)


class SimulatedProvider:
    """Implements `LockProvider` in memory. Not thread-safe; use from one event loop."""

    def __init__(
        self,
        clock: Callable[[], datetime] | None = None,
        seed: int = 0,
        *,
        time_zone: str = "Europe/Berlin",
        backup_pool_size: int = 5,
        state_file: Path | None = None,
    ) -> None:
        self._clock = clock or (lambda: datetime.now(UTC))
        self._rng = random.Random(seed)
        self.faults = NetworkFaults(seed + 1)
        self.backup_pool_size = backup_pool_size
        self.calls = 0
        self.workspace_id = "simulated_workspace"
        self._devices: dict[str, dict[str, Any]] = {d["device_id"]: d for d in default_devices(time_zone)}
        self._codes: dict[str, SimCode] = {}
        self._state_file = state_file
        if state_file is not None:
            # Another process may have made codes from the same seed: draw ids and PINs afresh.
            self._rng = random.Random()
            self._codes, online = provider_file.load(state_file)
            for device_id, is_online in online.items():
                if device_id in self._devices:
                    self._devices[device_id]["properties"]["online"] = is_online

    def __repr__(self) -> str:
        return f"SimulatedProvider(devices={len(self._devices)}, codes={len(self._codes)})"

    # --- fault injection (not counted as provider calls) ---------------------------------------

    def fail_next(self, count: int = 1) -> None:
        """The next `count` calls fail as unreachable before doing anything."""
        self.faults.fail_next += count

    def drop_next(self, count: int = 1) -> None:
        """The next `count` calls do their work, then the answer is lost (raise unreachable)."""
        self.faults.drop_next += count

    def set_drop_rate(self, rate: float) -> None:
        """Lose this fraction of answers after the work is done (seeded, so runs repeat)."""
        self.faults.drop_rate = rate

    def set_outage(self, down: bool) -> None:
        """While down, every call fails as unreachable."""
        self.faults.outage = down

    def set_device_online(self, device_id: str, online: bool) -> None:
        self._device(device_id)["properties"]["online"] = online

    def add_code_error(self, access_code_id: str, error_code: str, message: str | None = None) -> None:
        """Attach an error (e.g. failed_to_set_on_device, or any unknown code) to a code."""
        self._issue(access_code_id, "errors", "error_code", error_code, message)

    def add_code_warning(self, access_code_id: str, warning_code: str, message: str | None = None) -> None:
        """Attach a warning (e.g. delay_in_setting_on_device) to a code."""
        self._issue(access_code_id, "warnings", "warning_code", warning_code, message)

    def clear_code_issues(self, access_code_id: str) -> None:
        code = self._code(access_code_id)
        code.errors.clear()
        code.warnings.clear()

    def force_status(self, access_code_id: str, status: str | None) -> None:
        """Pin a code's status (e.g. "unknown"); None goes back to the derived lifecycle."""
        self._code(access_code_id).forced_status = status

    def _issue(self, access_code_id: str, kind: str, key: str, value: str, message: str | None) -> None:
        issue = {key: value, "message": message or value.replace("_", " "), "created_at": iso(self._now())}
        if kind == "errors":
            issue["is_access_code_error"] = True
        getattr(self._code(access_code_id), kind).append(issue)

    # --- call plumbing ------------------------------------------------------------------------

    def _now(self) -> datetime:
        return _aware(self._clock()) or datetime.now(UTC)

    async def _call(self, work: Callable[[], Any]) -> Any:
        await asyncio.sleep(0)  # let other tasks run, as a network call would
        self.calls += 1
        self.faults.before(self._rid())
        self._purge()
        result = work()
        if self._state_file is not None:
            online = {d: bool(v["properties"].get("online")) for d, v in self._devices.items()}
            provider_file.save(self._state_file, self._codes, online)
        self.faults.after(self._rid())
        return result

    def _rid(self) -> str:
        return f"sim_request_{self.calls}"

    def _bad(self, message: str, error_type: str = "invalid_input") -> ProviderError:
        return ProviderInvalidInput(
            error_type=error_type, http_status=400, request_id=self._rid(), provider_message=message
        )

    def _device(self, device_id: str) -> dict[str, Any]:
        if device_id not in self._devices:
            raise ProviderNotFound(
                error_type="device_not_found",
                http_status=404,
                request_id=self._rid(),
                provider_message="Device not found",
            )
        return self._devices[device_id]

    def _code(self, access_code_id: str) -> SimCode:
        if access_code_id not in self._codes:
            raise ProviderNotFound(
                error_type="access_code_not_found",
                http_status=404,
                request_id=self._rid(),
                provider_message="Could not find an access_code with access_code_id",
            )
        return self._codes[access_code_id]

    def _online(self, device_id: str) -> bool:
        return bool(self._devices[device_id]["properties"].get("online"))

    def _purge(self) -> None:
        """Drop codes the lock has finished removing."""
        now = self._now()
        for code in list(self._codes.values()):
            gone_from = code.removal_started(now)
            if (
                gone_from is not None
                and now >= gone_from + PROGRAMMING_DELAY
                and (code.is_offline or self._online(code.device_id))
            ):
                del self._codes[code.access_code_id]

    # --- state to JSON -------------------------------------------------------------------------

    def _code_json(self, code: SimCode) -> dict[str, Any]:
        now = self._now()
        online = code.is_offline or self._online(code.device_id)
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

    def _device_json(self, device_id: str) -> dict[str, Any]:
        device = dict(self._devices[device_id])
        online = self._online(device_id)
        offline_only = not device.get("can_program_online_access_codes")
        device["errors"] = (
            []
            if online or offline_only
            else [
                {
                    "error_code": "device_offline",
                    "message": "Device is offline",
                    "is_device_error": True,
                    "created_at": iso(self._now()),
                }
            ]
        )
        return device

    # --- LockProvider: devices -----------------------------------------------------------------

    async def list_devices(self) -> list[ProviderDevice]:
        return await self._call(
            lambda: [ProviderDevice.from_dict(self._device_json(d)) for d in self._devices]
        )

    async def get_device(self, device_id: str) -> ProviderDevice:
        def work() -> ProviderDevice:
            self._device(device_id)
            return ProviderDevice.from_dict(self._device_json(device_id))

        return await self._call(work)

    # --- LockProvider: codes -------------------------------------------------------------------

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

    def _create(
        self,
        device_id: str,
        name: str | None,
        pin: str | None,
        starts_at: datetime | None,
        ends_at: datetime | None,
        use_pool: bool,
        offline: bool,
        rounding: str | None,
        length: int | None,
        common_code_key: str | None,
    ) -> SimCode:
        device = self._device(device_id)
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
            name=name,
            starts_at=starts_at,
            ends_at=ends_at,
            uses_backup_pool=use_pool,
            is_offline=offline,
            common_code_key=common_code_key,
        )
        if use_pool:
            self._fill_pool(device_id)
        return code

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
        start, end = _aware(starts_at), _aware(ends_at)
        return await self._call(
            lambda: ProviderAccessCode.from_dict(
                self._code_json(
                    self._create(
                        device_id,
                        name,
                        code,
                        start,
                        end,
                        bool(use_backup_access_code_pool),
                        bool(is_offline_access_code),
                        max_time_rounding,
                        preferred_code_length,
                        common_code_key,
                    )
                )
            )
        )

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
        start, end = _aware(starts_at), _aware(ends_at)
        behavior = behavior_when_code_cannot_be_shared or "throw"

        def work() -> list[ProviderAccessCode]:
            if not device_ids:
                raise self._bad("device_ids must not be empty")
            if behavior not in BEHAVIORS:
                raise self._bad(f"behavior_when_code_cannot_be_shared must be one of {', '.join(BEHAVIORS)}")
            for device_id in device_ids:
                if not self._device(device_id).get("can_program_online_access_codes"):
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
                self._create(
                    d,
                    name,
                    pin if d in sharing and pin else None,
                    start,
                    end,
                    False,
                    False,
                    None,
                    length,
                    key,
                )
                for d in device_ids
            ]
            return [ProviderAccessCode.from_dict(self._code_json(c)) for c in created]

        return await self._call(work)

    def _update(
        self,
        access_code_id: str,
        name: str | None,
        pin: str | None,
        starts_at: datetime | None,
        ends_at: datetime | None,
        make_ongoing: bool,
    ) -> SimCode:
        code = self._code(access_code_id)
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
        start, end = _aware(starts_at), _aware(ends_at)
        return await self._call(
            lambda: ProviderAccessCode.from_dict(
                self._code_json(self._update(access_code_id, name, code, start, end, make_ongoing))
            )
        )

    async def update_multiple(
        self,
        common_code_key: str,
        *,
        starts_at: datetime | None = None,
        ends_at: datetime | None = None,
        name: str | None = None,
    ) -> None:
        start, end = _aware(starts_at), _aware(ends_at)

        def work() -> None:
            for code in [c for c in self._codes.values() if c.common_code_key == common_code_key]:
                self._update(code.access_code_id, name, None, start, end, False)

        await self._call(work)

    async def delete_access_code(self, access_code_id: str) -> None:
        def work() -> None:
            code = self._code(access_code_id)
            if code.is_offline:
                raise self._bad("Offline access codes cannot be deleted")
            if code.deleted_at is None:
                code.deleted_at = self._now()

        await self._call(work)

    async def get_access_code(self, access_code_id: str) -> ProviderAccessCode:
        return await self._call(
            lambda: ProviderAccessCode.from_dict(self._code_json(self._code(access_code_id)))
        )

    async def list_access_codes(self, device_id: str) -> list[ProviderAccessCode]:
        def work() -> list[ProviderAccessCode]:
            self._device(device_id)
            # Unused backup-pool codes stay hidden until one is pulled, as at the real provider.
            shown = [c for c in self._live_codes(device_id) if not c.is_backup or c.pulled]
            return [ProviderAccessCode.from_dict(self._code_json(c)) for c in shown]

        return await self._call(work)

    async def pull_backup_access_code(self, access_code_id: str) -> ProviderAccessCode:
        def work() -> ProviderAccessCode:
            original = self._code(access_code_id)
            if original.starts_at is None:
                raise self._bad(
                    "Backups can only be used for time_bound access codes.", "access_code_not_time_bound"
                )
            if original.pulled_backup_access_code_id in self._codes:
                return ProviderAccessCode.from_dict(
                    self._code_json(self._codes[original.pulled_backup_access_code_id])
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
            return ProviderAccessCode.from_dict(self._code_json(backup))

        return await self._call(work)

    async def generate_code(self, device_id: str) -> str:
        def work() -> str:
            self._device(device_id)
            pin = self._new_pin([device_id], self._lengths(device_id)[0])
            if pin is None:
                raise self._bad("No free code left on this device", "no_space_for_access_code_on_device")
            return pin

        return await self._call(work)

    async def close(self) -> None:
        return None


def available() -> bool:
    """The simulator needs nothing outside Python."""
    return True


def create(
    *, clock: Callable[[], datetime] | None = None, seed: int = 0, **options: Any
) -> SimulatedProvider:
    """A simulated provider on `clock` (the real clock when None); options: time_zone, backup_pool_size,
    state_file (default: FRONTDESK_SIMULATED_PROVIDER_STATE; without either, codes live in memory only)."""
    options.setdefault("state_file", provider_file.path_from_env())
    return SimulatedProvider(clock, seed, **options)


__all__ = ["ManualClock", "SimulatedProvider", "available", "create"]
