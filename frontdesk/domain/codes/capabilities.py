"""What a device can take, judged before a code is queued: a thermostat takes no PIN code, and an
offline-only (time-slot) lock takes no online PIN the desk chose.

The provider's device list says it: `capabilities_supported` (a lock with a keypad lists
"access_code") and `can_program_online_access_codes` / `can_program_offline_access_codes`.
A flag the provider did not give (None) is not held against the device: the provider judges then.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from frontdesk.domain.codes.errors import DeviceCannotTakeCode
from frontdesk.domain.words import say


@dataclass(frozen=True)
class DeviceAbilities:
    """What the provider last said a device can do."""

    device_id: str
    name: str | None
    device_type: str | None
    capabilities: Sequence[str]
    online_codes: bool | None
    offline_codes: bool | None

    def describe(self) -> str:
        """The device's capabilities in words, for the refusal."""
        listed = ", ".join(self.capabilities) or "none listed"
        online = {True: "yes", False: "no", None: "not said"}[self.online_codes]
        offline = {True: "yes", False: "no", None: "not said"}[self.offline_codes]
        return f"capabilities: {listed}; online PIN codes: {online}; offline codes: {offline}"

    @property
    def label(self) -> str:
        kind = f" ({self.device_type})" if self.device_type else ""
        return f"{self.name or self.device_id}{kind}"


def _refuse(device: DeviceAbilities, what: str) -> DeviceCannotTakeCode:
    return DeviceCannotTakeCode(
        say(
            "{label} {what} ({device}).",
            label=device.label,
            what=what,
            device=device.describe(),
        ),
        detail={
            "device_id": device.device_id,
            "capabilities_supported": list(device.capabilities),
            "can_program_online_access_codes": device.online_codes,
            "can_program_offline_access_codes": device.offline_codes,
        },
    )


def require_code_holder(device: DeviceAbilities) -> None:
    """Refuse a device that is not a lock taking PIN codes (a thermostat, a sensor)."""
    if device.capabilities and "access_code" not in device.capabilities:
        raise _refuse(device, "is not a lock that takes PIN codes")
    if device.online_codes is False and device.offline_codes is False:
        raise _refuse(device, "takes no PIN codes")


def require_online_codes(device: DeviceAbilities) -> None:
    """Refuse an online code (a PIN sent to the lock) on a device that cannot take one."""
    require_code_holder(device)
    if device.online_codes is False:
        raise _refuse(device, "takes only offline (time-slot) codes, not an online PIN")
