"""Codes a device cannot take are refused before they are queued, naming what the device can do."""

from __future__ import annotations

import pytest

from frontdesk.domain.codes import LinkedCodeRequest
from frontdesk.domain.codes.errors import DeviceCannotTakeCode
from tests.services.codes.conftest import Desk, stay

FRONT, COTTAGE, THERMOSTAT = "front-door-keypad", "cottage-1", "lobby-thermostat"


async def add_thermostat(desk: Desk) -> None:
    desk.sim.add_device(
        {
            "device_id": THERMOSTAT,
            "device_type": "ecobee_thermostat",
            "display_name": "Lobby thermostat",
            "capabilities_supported": ["thermostat"],
            "properties": {"name": "Lobby thermostat", "online": True},
        }
    )
    await desk.app.sync.run_once()  # the desk learns the device list


async def waiting(desk: Desk) -> int:
    return (await desk.app.sync.status()).pending


async def test_a_thermostat_gets_no_pin_code(desk: Desk) -> None:
    await add_thermostat(desk)
    start, end = stay(desk.clock)
    with pytest.raises(DeviceCannotTakeCode) as refused:
        await desk.app.codes.create(THERMOSTAT, name="Ann", starts_at=start, ends_at=end)
    assert refused.value.title == (
        "Lobby thermostat (ecobee_thermostat) is not a lock that takes PIN codes "
        "(capabilities: thermostat; online PIN codes: not said; offline codes: not said)."
    )
    assert refused.value.detail["capabilities_supported"] == ["thermostat"]
    assert await waiting(desk) == 0 and await desk.codes(device_id=THERMOSTAT) == []


@pytest.mark.parametrize("behavior", ["throw", "create_random_code"])
async def test_create_multiple_sends_no_online_pin_to_an_offline_only_lock(desk: Desk, behavior: str) -> None:
    start, end = stay(desk.clock)
    with pytest.raises(DeviceCannotTakeCode) as refused:
        await desk.app.codes.create_multiple(
            LinkedCodeRequest(
                (FRONT, COTTAGE),
                name="Bo",
                starts_at=start,
                ends_at=end,
                behavior_when_code_cannot_be_shared=behavior,
            )
        )
    assert refused.value.title.startswith(
        "Cottage 1 (dormakaba_oracode_door) takes only offline (time-slot) codes, not an online PIN"
    )
    assert "online PIN codes: no; offline codes: yes" in refused.value.title
    assert await waiting(desk) == 0 and await desk.codes() == []  # nothing queued, not even the front door


async def test_create_multiple_with_a_thermostat_queues_nothing(desk: Desk) -> None:
    await add_thermostat(desk)
    start, end = stay(desk.clock)
    with pytest.raises(DeviceCannotTakeCode):
        await desk.app.codes.create_multiple(
            LinkedCodeRequest((FRONT, THERMOSTAT), name="Cy", starts_at=start, ends_at=end)
        )
    assert await waiting(desk) == 0 and await desk.codes() == []
