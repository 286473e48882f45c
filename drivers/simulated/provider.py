"""A stateful, simulated remote lock provider for demo, training and the tests Seam's fake cannot serve.

It behaves like the real service where the fake does not: codes move through their lifecycle as the
clock advances (unset -> setting 30 minutes before `starts_at` -> set -> removing at `ends_at` or on
delete -> gone), a backup pool is kept per door, linked codes share a PIN, and faults can be injected
(calls that fail, responses lost after the work was done, device offline, code errors and warnings).
State is derived lazily from the injected clock, so tests move time with `ManualClock.advance`.

The codes and the rules for them are in provider_codes.py (CodeBook); this module holds the doors,
fault injection and the plumbing every call goes through (faults, purging finished removals, the
state file).

Entry point group `frontdesk.lock_providers`, name `simulated`.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from drivers.simulated import provider_file
from drivers.simulated.provider_codes import BEHAVIORS, PROGRAMMING_DELAY, SET_LEAD, CodeBook
from drivers.simulated.provider_events import EventLog
from drivers.simulated.provider_faults import ManualClock, NetworkFaults
from drivers.simulated.provider_state import SimCode, default_devices, iso
from frontdesk.services.codes.provider import (
    EVENT_TYPES,
    AccessCodeSpec,
    ProviderAccessCode,
    ProviderDevice,
    ProviderEvent,
    ProviderInvalidInput,
)


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
        provider_pool: bool = False,
    ) -> None:
        self._clock = clock or (lambda: datetime.now(UTC))
        rng = random.Random(seed)
        self.faults = NetworkFaults(seed + 1)
        self.calls = 0
        self._devices: dict[str, dict[str, Any]] = {
            d["device_id"]: d for d in default_devices(time_zone, provider_pool=provider_pool)
        }
        self._codes: dict[str, SimCode] = {}
        self._state_file = state_file
        if state_file is not None:
            # Another process may have made codes from the same seed: draw ids and PINs afresh.
            rng = random.Random()
            self._codes, online = provider_file.load(state_file)
            for device_id, is_online in online.items():
                if device_id in self._devices:
                    self._devices[device_id]["properties"]["online"] = is_online
        self._book = CodeBook(
            self._devices,
            self._codes,
            rng,
            now=self._now,
            request_id=self._rid,
            backup_pool_size=backup_pool_size,
            workspace_id="simulated_workspace",
        )
        self.events = EventLog(self._now, SET_LEAD, PROGRAMMING_DELAY)

    @property
    def backup_pool_size(self) -> int:
        """How many unused backup codes each door that uses the pool keeps."""
        return self._book.backup_pool_size

    @backup_pool_size.setter
    def backup_pool_size(self, size: int) -> None:
        self._book.backup_pool_size = size

    @property
    def workspace_id(self) -> str:
        return self._book.workspace_id

    @workspace_id.setter
    def workspace_id(self, workspace_id: str) -> None:
        self._book.workspace_id = workspace_id

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

    def forget_all(self) -> None:
        """Drop every code (and its saved state): a demo reset starts from empty locks."""
        self._codes.clear()
        if self._state_file is not None:
            online = {d: bool(v["properties"].get("online")) for d, v in self._devices.items()}
            provider_file.save(self._state_file, self._codes, online)

    def add_device(self, data: dict[str, Any]) -> None:
        """Another device in the workspace, as the provider describes it (tests: a thermostat)."""
        self._devices[str(data["device_id"])] = data

    def set_device_online(self, device_id: str, online: bool) -> None:
        self._book.device(device_id)["properties"]["online"] = online

    def add_code_error(self, access_code_id: str, error_code: str, message: str | None = None) -> None:
        """Attach an error (e.g. failed_to_set_on_device, or any unknown code) to a code."""
        self._issue(access_code_id, "errors", "error_code", error_code, message)

    def add_code_warning(self, access_code_id: str, warning_code: str, message: str | None = None) -> None:
        """Attach a warning (e.g. delay_in_setting_on_device) to a code."""
        self._issue(access_code_id, "warnings", "warning_code", warning_code, message)

    def clear_code_issues(self, access_code_id: str) -> None:
        code = self._book.code(access_code_id)
        code.errors.clear()
        code.warnings.clear()

    def force_status(self, access_code_id: str, status: str | None) -> None:
        """Pin a code's status (e.g. "unknown"); None goes back to the derived lifecycle."""
        self._book.code(access_code_id).forced_status = status

    def remove_externally(self, access_code_id: str) -> None:
        """Someone took the code off the lock outside the provider (at the keypad, by a factory
        reset): it is gone, and an `access_code.removed_externally` event says so."""
        code = self._book.code(access_code_id)
        del self._codes[access_code_id]
        self.events.add(
            "access_code.removed_externally", device_id=code.device_id, access_code_id=access_code_id
        )

    def unlock_with_pin(self, device_id: str, pin: str) -> bool:
        """A guest types `pin` at `device_id` (the demo's "unlock with PIN"): when a code set on that
        lock has it, the door opens and a `lock.unlocked` event names the code. Returns whether it opened."""
        self.events.observe(self._codes.values(), self._book.online)
        for code in self._codes.values():
            if code.device_id != device_id or code.code != pin:
                continue
            if (
                code.status(self._now(), self._book.online(device_id), SET_LEAD, PROGRAMMING_DELAY)[0]
                == "set"
            ):
                self.events.add(
                    "lock.unlocked", device_id=device_id, access_code_id=code.access_code_id, method="keycode"
                )
                return True
        return False

    def _issue(self, access_code_id: str, kind: str, key: str, value: str, message: str | None) -> None:
        issue: dict[str, str | bool] = {
            key: value,
            "message": message or value.replace("_", " "),
            "created_at": iso(self._now()),
        }
        if kind == "errors":
            issue["is_access_code_error"] = True
        getattr(self._book.code(access_code_id), kind).append(issue)

    # --- call plumbing ------------------------------------------------------------------------

    def _now(self) -> datetime:
        return _aware(self._clock()) or datetime.now(UTC)

    async def _call(self, work: Callable[[], Any]) -> Any:
        await asyncio.sleep(0)  # let other tasks run, as a network call would
        self.calls += 1
        self.faults.before(self._rid())
        self._book.purge()
        self.events.observe(self._codes.values(), self._book.online)
        result = work()
        if self._state_file is not None:
            online = {d: bool(v["properties"].get("online")) for d, v in self._devices.items()}
            provider_file.save(self._state_file, self._codes, online)
        self.faults.after(self._rid())
        return result

    def _rid(self) -> str:
        return f"sim_request_{self.calls}"

    # --- a door to JSON -------------------------------------------------------------------------

    def _device_json(self, device_id: str) -> dict[str, Any]:
        device = dict(self._devices[device_id])
        online = self._book.online(device_id)
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
            self._book.device(device_id)
            return ProviderDevice.from_dict(self._device_json(device_id))

        return await self._call(work)

    # --- LockProvider: codes (the work is CodeBook's) ------------------------------------------

    async def create_access_code(self, spec: AccessCodeSpec) -> ProviderAccessCode:
        in_utc = replace(spec, starts_at=_aware(spec.starts_at), ends_at=_aware(spec.ends_at))
        return await self._call(
            lambda: ProviderAccessCode.from_dict(self._book.code_json(self._book.create(in_utc)))
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
        return await self._call(
            lambda: self._book.create_multiple(device_ids, behavior, preferred_code_length, name, start, end)
        )

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
                self._book.code_json(self._book.update(access_code_id, name, code, start, end, make_ongoing))
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

        await self._call(lambda: self._book.update_multiple(common_code_key, name, start, end))

    async def delete_access_code(self, access_code_id: str) -> None:
        await self._call(lambda: self._book.delete(access_code_id))

    async def get_access_code(self, access_code_id: str) -> ProviderAccessCode:
        return await self._call(
            lambda: ProviderAccessCode.from_dict(self._book.code_json(self._book.code(access_code_id)))
        )

    async def list_access_codes(self, device_id: str) -> list[ProviderAccessCode]:
        return await self._call(lambda: self._book.list_codes(device_id))

    async def pull_backup_access_code(self, access_code_id: str) -> ProviderAccessCode:
        return await self._call(lambda: self._book.pull_backup(access_code_id))

    async def generate_code(self, device_id: str) -> str:
        return await self._call(lambda: self._book.generate_pin(device_id))

    async def list_events(
        self, since: datetime, event_types: Sequence[str] = EVENT_TYPES, *, limit: int = 500
    ) -> list[ProviderEvent]:
        since_utc = _aware(since) or since
        return await self._call(lambda: self.events.listed(since_utc, event_types, limit))

    async def close(self) -> None:
        return None


def available() -> bool:
    """The simulator needs nothing outside Python."""
    return True


def create(
    *, clock: Callable[[], datetime] | None = None, seed: int = 0, **options: Any
) -> SimulatedProvider:
    """A simulated provider on `clock` (the real clock when None); options: time_zone, backup_pool_size,
    provider_pool (the keypads keep the provider's backup pool; default: the desk keeps its own),
    state_file (default: FRONTDESK_SIMULATED_PROVIDER_STATE; without either, codes live in memory only)."""
    options.setdefault("state_file", provider_file.path_from_env())
    return SimulatedProvider(clock, seed, **options)


__all__ = [
    "BEHAVIORS",
    "PROGRAMMING_DELAY",
    "SET_LEAD",
    "ManualClock",
    "SimulatedProvider",
    "available",
    "create",
]
