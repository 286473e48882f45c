"""The LockProvider contract, run against every implementation (see conftest: seam-on-fake, simulated).

Where Seam's fake server deviates from the real API these tests assert
only what both the real API and the fake do, and say so:
  * statuses never move on the fake (ongoing stay "setting", time-bound stay "unset"), so status is
    only checked to be one of the documented values;
  * `/access_codes/list` ignores `device_id` on the fake; the driver filters, which the list test checks;
  * an update without times turns a time-bound code "ongoing" on the fake: updates here send times;
  * the fake's pulled backup code is ongoing and unbounded: its end is only checked on the simulator;
  * the fake has no `update_multiple`: the Seam driver's per-code fallback is what runs there.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from frontdesk.domain.codes import normalized_issue_code
from frontdesk.services.codes.provider import (
    AccessCodeSpec,
    DuplicateAccessCode,
    LockProvider,
    ProviderInvalidInput,
    ProviderNotFound,
    ProviderUnreachable,
)
from tests.drivers.provider.conftest import START, ProviderEnv

pytestmark = pytest.mark.asyncio

STATUSES = {"unset", "setting", "set", "removing", "unknown"}
CHECK_IN = START + timedelta(days=2, hours=6)
CHECK_OUT = CHECK_IN + timedelta(days=3)


async def test_provider_satisfies_the_protocol(provider_env: ProviderEnv) -> None:
    assert isinstance(provider_env.provider, LockProvider)


async def test_devices_list_and_get(provider_env: ProviderEnv) -> None:
    devices = {d.device_id: d for d in await provider_env.provider.list_devices()}
    assert {provider_env.keypad, provider_env.other_keypad, provider_env.offline_door} <= set(devices)
    keypad = await provider_env.provider.get_device(provider_env.keypad)
    assert keypad.device_id == provider_env.keypad
    assert keypad.can_program_online_access_codes is True
    assert keypad.time_zone  # hotel keypads carry the lock's local zone
    assert keypad.supports_backup_access_code_pool is True


async def test_offline_door_shows_its_time_slots(provider_env: ProviderEnv) -> None:
    door = await provider_env.provider.get_device(provider_env.offline_door)
    assert door.can_program_offline_access_codes is True
    assert door.online is False
    names = [slot.name for slot in door.predefined_time_slots]
    assert names == ["Standard 4pm-10am", "Late 6pm-12pm", "24 hour 12pm-12pm"]
    assert [slot.is_24_hour for slot in door.predefined_time_slots] == [False, False, True]
    assert door.predefined_time_slots[0].check_in_time.startswith("16:00")


async def test_unknown_device_is_not_found(provider_env: ProviderEnv) -> None:
    with pytest.raises(ProviderNotFound) as caught:
        await provider_env.provider.get_device("no_such_device")
    assert caught.value.http_status == 404
    assert caught.value.retryable is False


async def test_create_get_and_list_a_time_bound_code(provider_env: ProviderEnv) -> None:
    provider = provider_env.provider
    other = await provider.create_access_code(
        AccessCodeSpec(provider_env.other_keypad, name="Other door", code="5926")
    )
    created = await provider.create_access_code(
        AccessCodeSpec(
            provider_env.keypad, name="Room 101 - Ada", code="4812", starts_at=CHECK_IN, ends_at=CHECK_OUT
        )
    )
    assert (created.device_id, created.name, created.code, created.type) == (
        provider_env.keypad,
        "Room 101 - Ada",
        "4812",
        "time_bound",
    )
    assert created.starts_at_time == CHECK_IN and created.ends_at_time == CHECK_OUT
    assert created.starts_at.endswith("Z")
    assert created.status in STATUSES

    fetched = await provider.get_access_code(created.access_code_id)
    assert (fetched.access_code_id, fetched.code, fetched.ends_at_time) == (
        created.access_code_id,
        "4812",
        CHECK_OUT,
    )
    listed = await provider.list_access_codes(provider_env.keypad)
    assert created.access_code_id in {c.access_code_id for c in listed}
    # Never another door's codes (the fake's own filter is broken; the driver must filter).
    assert other.access_code_id not in {c.access_code_id for c in listed}
    assert {c.device_id for c in listed} == {provider_env.keypad}


async def test_create_an_ongoing_code_with_a_provider_chosen_pin(provider_env: ProviderEnv) -> None:
    created = await provider_env.provider.create_access_code(
        AccessCodeSpec(provider_env.keypad, name="Staff")
    )
    assert created.type == "ongoing"
    assert created.starts_at is None and created.ends_at is None
    assert created.code is not None and created.code.isdigit()


async def test_duplicate_pin_on_one_door_is_a_conflict(provider_env: ProviderEnv) -> None:
    await provider_env.provider.create_access_code(
        AccessCodeSpec(provider_env.keypad, name="First", code="3141")
    )
    with pytest.raises(DuplicateAccessCode) as caught:
        await provider_env.provider.create_access_code(
            AccessCodeSpec(provider_env.keypad, name="Second", code="3141")
        )
    assert (caught.value.http_status, caught.value.error_type) == (409, "duplicate_access_code")
    assert caught.value.status == 409 and caught.value.retryable is False


async def test_half_a_time_frame_is_rejected(provider_env: ProviderEnv) -> None:
    with pytest.raises(ProviderInvalidInput) as caught:
        await provider_env.provider.create_access_code(
            AccessCodeSpec(provider_env.keypad, code="2718", starts_at=CHECK_IN)
        )
    assert caught.value.http_status == 400


async def test_update_name_and_times(provider_env: ProviderEnv) -> None:
    provider = provider_env.provider
    created = await provider.create_access_code(
        AccessCodeSpec(provider_env.keypad, name="Guest", code="6121", starts_at=CHECK_IN, ends_at=CHECK_OUT)
    )
    later = CHECK_OUT + timedelta(days=1)
    updated = await provider.update_access_code(
        created.access_code_id, name="Guest (late checkout)", starts_at=CHECK_IN, ends_at=later
    )
    assert (updated.name, updated.ends_at_time, updated.type) == (
        "Guest (late checkout)",
        later,
        "time_bound",
    )
    fetched = await provider.get_access_code(created.access_code_id)
    assert (fetched.name, fetched.ends_at_time) == ("Guest (late checkout)", later)


async def test_delete_removes_the_code(provider_env: ProviderEnv) -> None:
    provider = provider_env.provider
    created = await provider.create_access_code(
        AccessCodeSpec(provider_env.keypad, name="Gone soon", code="8642")
    )
    await provider.delete_access_code(created.access_code_id)
    provider_env.settle()  # the real service takes the code off the lock first ("removing")
    with pytest.raises(ProviderNotFound):
        await provider.get_access_code(created.access_code_id)
    assert created.access_code_id not in {
        c.access_code_id for c in await provider.list_access_codes(provider_env.keypad)
    }


@pytest.mark.parametrize("operation", ["get", "update", "delete", "pull_backup"])
async def test_unknown_code_is_not_found(provider_env: ProviderEnv, operation: str) -> None:
    provider = provider_env.provider
    calls = {
        "get": lambda: provider.get_access_code("no_such_code"),
        "update": lambda: provider.update_access_code("no_such_code", name="x"),
        "delete": lambda: provider.delete_access_code("no_such_code"),
        "pull_backup": lambda: provider.pull_backup_access_code("no_such_code"),
    }
    with pytest.raises(ProviderNotFound) as caught:
        await calls[operation]()
    assert caught.value.http_status == 404


async def test_linked_codes_share_one_pin_and_move_together(provider_env: ProviderEnv) -> None:
    provider = provider_env.provider
    doors = [provider_env.keypad, provider_env.other_keypad]
    linked = await provider.create_multiple(
        doors, name="Smith family", starts_at=CHECK_IN, ends_at=CHECK_OUT, preferred_code_length=4
    )
    assert sorted(c.device_id for c in linked) == sorted(doors)
    assert len({c.code for c in linked}) == 1 and len(linked[0].code or "") == 4
    keys = {c.common_code_key for c in linked}
    assert len(keys) == 1 and None not in keys

    new_in, new_out = CHECK_IN - timedelta(hours=2), CHECK_OUT + timedelta(days=1)
    await provider.update_multiple(linked[0].common_code_key or "", starts_at=new_in, ends_at=new_out)
    for code in linked:
        fetched = await provider.get_access_code(code.access_code_id)
        assert (fetched.starts_at_time, fetched.ends_at_time) == (new_in, new_out)


async def test_pull_a_backup_code(provider_env: ProviderEnv) -> None:
    provider = provider_env.provider
    original = await provider.create_access_code(
        AccessCodeSpec(
            provider_env.keypad,
            name="Guest",
            code="7154",
            starts_at=CHECK_IN,
            ends_at=CHECK_OUT,
            use_backup_access_code_pool=True,
        )
    )
    backup = await provider.pull_backup_access_code(original.access_code_id)
    assert backup.access_code_id != original.access_code_id
    assert backup.is_backup is True and backup.device_id == provider_env.keypad
    assert backup.code and backup.code != original.code
    linked = await provider.get_access_code(original.access_code_id)
    assert linked.pulled_backup_access_code_id == backup.access_code_id
    again = await provider.pull_backup_access_code(original.access_code_id)
    assert again.access_code_id == backup.access_code_id  # pulling twice hands out the same code


async def test_backup_only_for_time_bound_codes(provider_env: ProviderEnv) -> None:
    ongoing = await provider_env.provider.create_access_code(
        AccessCodeSpec(provider_env.keypad, name="Staff", code="9753")
    )
    with pytest.raises(ProviderInvalidInput) as caught:
        await provider_env.provider.pull_backup_access_code(ongoing.access_code_id)
    assert caught.value.error_type == "access_code_not_time_bound"


async def test_generate_code_gives_a_pin(provider_env: ProviderEnv) -> None:
    pin = await provider_env.provider.generate_code(provider_env.keypad)
    assert pin.isdigit() and len(pin) >= 4


async def test_unknown_errors_and_warnings_are_kept(provider_env: ProviderEnv) -> None:
    provider = provider_env.provider
    created = await provider.create_access_code(
        AccessCodeSpec(provider_env.keypad, name="Guest", code="1357")
    )
    provider_env.add_issues(
        created.access_code_id,
        [
            {
                "error_code": "failed_to_set_on_device",
                "message": "Lock refused the code",
                "is_access_code_error": True,
            },
            {"error_code": "brand_new_error_2031", "message": "Something new", "is_access_code_error": True},
        ],
        [{"warning_code": "delay_in_setting_code_on_device", "message": "Slow lock"}],
    )
    fetched = await provider.get_access_code(created.access_code_id)
    assert {"failed_to_set_on_device", "brand_new_error_2031"} <= {e.code for e in fetched.errors}
    assert "Something new" in {e.message for e in fetched.errors}
    assert "delay_in_setting_on_device" in {normalized_issue_code(w.code) for w in fetched.warnings}
    assert fetched.status != "set"  # a code that failed to set is not live on the lock


async def test_outage_is_unreachable_and_retryable(provider_env: ProviderEnv) -> None:
    provider = provider_env.provider
    provider_env.start_outage()
    with pytest.raises(ProviderUnreachable) as caught:
        await provider.list_devices()
    assert caught.value.retryable is True and caught.value.status == 503
    with pytest.raises(ProviderUnreachable):
        await provider.create_access_code(
            AccessCodeSpec(provider_env.keypad, name="During outage", code="2468")
        )
    provider_env.end_outage()
    assert await provider.list_devices()


async def test_stopped_service_is_unreachable_then_recovers(provider_env: ProviderEnv) -> None:
    provider = provider_env.provider
    provider_env.stop_service()
    with pytest.raises(ProviderUnreachable) as caught:
        await provider.get_device(provider_env.keypad)
    assert caught.value.retryable is True
    provider_env.start_service()
    assert (await provider.get_device(provider_env.keypad)).device_id == provider_env.keypad
