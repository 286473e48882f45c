"""The simulated provider's event log: what Seam's fake server cannot show (a code reaching its
lock, failing to, vanishing from it, and a guest's PIN opening the door).

Code states are derived from the clock (provider_state.py), so the log is brought up to date each
time the provider is called: a code first seen "set" gets one `access_code.set_on_device` (again
after a change of its PIN or times), a code first seen with a failed_to_set error one
`access_code.failed_to_set_on_device`. Events live in memory only (not in the state file).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any

from drivers.simulated.provider_state import SimCode, iso
from frontdesk.services.codes.provider import ProviderEvent


class EventLog:
    """Events in the order the simulated provider recorded them."""

    def __init__(self, now: Callable[[], datetime], lead: timedelta, delay: timedelta) -> None:
        self._now = now
        self._lead, self._delay = lead, delay
        self._events: list[dict[str, Any]] = []
        self._told: set[tuple[str, str, datetime]] = set()  # (event type, code, its request time)

    def add(
        self, event_type: str, *, device_id: str, occurred_at: datetime | None = None, **extra: Any
    ) -> None:
        now = self._now()
        self._events.append(
            {
                "event_id": f"sim_event_{len(self._events) + 1}",
                "event_type": event_type,
                "created_at": iso(now),
                "occurred_at": iso(occurred_at or now),
                "device_id": device_id,
                **extra,
            }
        )

    def observe(self, codes: Iterable[SimCode], online: Callable[[str], bool]) -> None:
        """Record what happened at the locks since the last call."""
        now = self._now()
        for code in codes:
            if code.is_offline:
                continue  # an offline code is never programmed by the provider: no lock state
            status, _late = code.status(now, online(code.device_id), self._lead, self._delay)
            key = (code.access_code_id, code.program_from)
            if status == "set" and ("set", *key) not in self._told:
                self._told.add(("set", *key))
                begin = (
                    code.program_from
                    if code.starts_at is None
                    else max(code.program_from, code.starts_at - self._lead)
                )
                self.add(
                    "access_code.set_on_device",
                    device_id=code.device_id,
                    access_code_id=code.access_code_id,
                    occurred_at=min(begin + self._delay, now),
                )
            failed = any(str(e.get("error_code", "")).startswith("failed_to_set") for e in code.errors)
            if failed and ("failed", *key) not in self._told:
                self._told.add(("failed", *key))
                self.add(
                    "access_code.failed_to_set_on_device",
                    device_id=code.device_id,
                    access_code_id=code.access_code_id,
                )

    def listed(self, since: datetime, event_types: Sequence[str], limit: int) -> list[ProviderEvent]:
        # Like the real service: `since` counts from when an event was recorded, and includes it.
        events = [ProviderEvent.from_dict(e) for e in self._events if e["event_type"] in event_types]
        return [e for e in events if e.created_at >= since][:limit]
