"""Offline (Oracode) codes: times in the lock's own zone and offset, the 31-day limit, one-time use."""

from __future__ import annotations

import copy
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from drivers.simulated.provider_state import default_devices
from frontdesk.cli.timeparse import parse_time
from frontdesk.domain.codes.errors import StayTooLong
from frontdesk.domain.errors import InvalidInput
from frontdesk.services.codes.provider import AccessCodeSpec, ProviderAccessCode, format_provider_time
from tests.services.codes.conftest import Desk, stay

COTTAGE, FRONT, PARIS = "cottage-1", "front-door-keypad", "paris-cottage"


def capture_creates(desk: Desk) -> list[AccessCodeSpec]:
    sent: list[AccessCodeSpec] = []
    original = desk.sim.create_access_code

    async def create(spec: AccessCodeSpec) -> ProviderAccessCode:
        sent.append(spec)
        return await original(spec)

    desk.sim.create_access_code = create  # type: ignore[method-assign]
    return sent


async def test_an_offline_code_is_sent_in_the_locks_own_offset_not_z(desk: Desk) -> None:
    sent = capture_creates(desk)
    start, end = stay(desk.clock)
    await desk.app.codes.create(COTTAGE, name="Ann", starts_at=start, ends_at=end)
    await desk.app.sync.run_once()
    (spec,) = [s for s in sent if s.device_id == COTTAGE]
    assert format_provider_time(spec.starts_at).endswith("-08:00")  # Los Angeles in November
    assert format_provider_time(spec.ends_at).endswith("-08:00")
    assert format_provider_time(spec.starts_at).startswith("2026-11-17T16:00:00")  # the slot's wall time


async def test_a_time_typed_without_offset_is_read_in_the_locks_zone(desk: Desk) -> None:
    (cottage,) = [d for d in default_devices("Europe/Paris") if d["device_id"] == COTTAGE]
    paris = copy.deepcopy(cottage) | {"device_id": PARIS, "display_name": "Paris cottage"}
    desk.sim.add_device(paris)
    await desk.app.sync.run_once()
    zone = await desk.app.codes.typed_time_zone(PARIS)
    assert zone == "Europe/Paris" and await desk.app.codes.typed_time_zone(FRONT) == "America/Los_Angeles"
    starts, ends = parse_time("2026-11-18T16:00", zone, "start"), parse_time("2026-11-20T10:00", zone, "end")
    made = await desk.app.codes.create(PARIS, name="Ann", starts_at=starts, ends_at=ends)  # the 4pm slot fits
    assert made.starts_at == datetime(2026, 11, 18, 16, tzinfo=ZoneInfo("Europe/Paris"))


async def test_without_known_time_slots_an_offline_code_over_31_days_is_refused(desk: Desk) -> None:
    desk.sim._devices[COTTAGE]["properties"]["dormakaba_oracode_metadata"]["predefined_time_slots"] = []
    await desk.app.sync.run_once()  # the desk now knows no slots for the cottage
    start, _ = stay(desk.clock)
    with pytest.raises(StayTooLong):
        await desk.app.codes.create(COTTAGE, name="Long", starts_at=start, ends_at=start + timedelta(days=40))
    assert (await desk.app.sync.status()).pending == 0 and await desk.codes(device_id=COTTAGE) == []


async def test_a_one_time_use_offline_code_can_be_asked_for(desk: Desk) -> None:
    sent = capture_creates(desk)
    start, end = stay(desk.clock)
    made = await desk.app.codes.create(
        COTTAGE, name="Once", starts_at=start, ends_at=end, is_one_time_use=True
    )
    await desk.app.sync.run_once()
    assert [s.is_one_time_use for s in sent if s.device_id == COTTAGE] == [True]
    shown = await desk.app.codes.get(made.local_id)
    assert shown.is_one_time_use and shown.code  # the provider's PIN arrived
    with pytest.raises(InvalidInput) as online:
        await desk.app.codes.create(FRONT, name="Once", starts_at=start, ends_at=end, is_one_time_use=True)
    assert online.value.title == "Only offline (time-slot) codes can be one-time-use."
